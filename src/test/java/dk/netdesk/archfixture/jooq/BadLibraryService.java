package dk.netdesk.archfixture.jooq;

import org.jooq.DSLContext;

/** A service that writes SQL itself on purpose: only repositories and the db package use jOOQ. */
public class BadLibraryService {
    int count(DSLContext db) {
        return db.fetchCount(dk.netdesk.db.generated.Tables.LIBRARY_ITEM);
    }
}
