package dk.netdesk.library;

/** A pipeline stage a script can be linked to. */
public record StageOption(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
