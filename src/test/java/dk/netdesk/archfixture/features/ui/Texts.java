package dk.netdesk.archfixture.features.ui;

import dk.netdesk.archfixture.features.db.Store;

/** Shared UI text: ui may use db. */
public class Texts {
    /** A label for the store. */
    public String label(Store store) {
        return store.name();
    }
}
