package dk.netdesk.archfixture.jooq;

import org.jooq.DSLContext;

/** A repository as it should be: it owns the SQL, and so may its nested types. */
public class GoodNotesRepository {
    /** A row as the repository reads it. */
    record Row(long id) {
        static Row of(org.jooq.Record record) {
            return new Row(record.get(0, Long.class));
        }
    }

    int count(DSLContext db) {
        return db.fetchCount(dk.netdesk.db.generated.Tables.LIBRARY_ITEM);
    }
}
