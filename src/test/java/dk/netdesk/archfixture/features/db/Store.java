package dk.netdesk.archfixture.features.db;

/** The fixture's database: it depends on no feature. */
public class Store {
    /** Where the data lives. */
    public String name() {
        return "fixture";
    }
}
