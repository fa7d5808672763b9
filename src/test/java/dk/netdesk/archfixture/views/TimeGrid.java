package dk.netdesk.archfixture.views;

/** A time grid that talks jOOQ on purpose: TimeGrid is a view. */
public class TimeGrid {
    Object query(org.jooq.DSLContext db) {
        return db.selectOne();
    }
}
