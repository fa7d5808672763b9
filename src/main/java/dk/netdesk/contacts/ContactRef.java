package dk.netdesk.contacts;

/** A contact named in a choice list (for example "referred by"). */
public record ContactRef(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
