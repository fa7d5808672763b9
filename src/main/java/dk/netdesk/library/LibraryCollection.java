package dk.netdesk.library;

/** A folder of items. */
public record LibraryCollection(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
