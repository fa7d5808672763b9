package dk.netdesk.calendar;

import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;

import dk.netdesk.db.Database;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The iCalendar UID of each stored calendar row (column {@code uid}, V10). Every row gets a random
 * UUID when it is inserted (a trigger in V10); an import sets the UID its file gave. Overridden
 * occurrences have a UID of their own in the table, but a file names them by their series' UID.
 * Each method is one statement, so it joins a caller's transaction; none publishes.
 */
public final class CalendarUidRepository {

    private final Database database;

    public CalendarUidRepository(Database database) {
        this.database = database;
    }

    /** Row id to UID, for every stored row. */
    public Map<Long, String> all() {
        Map<Long, String> uids = new HashMap<>();
        database.dsl().select(CALENDAR_EVENT.ID, CALENDAR_EVENT.UID).from(CALENDAR_EVENT)
                .fetch().forEach(r -> uids.put(r.value1(), r.value2()));
        return uids;
    }

    /** Row id to UID, for the given rows (ids not stored are left out). */
    public Map<Long, String> of(java.util.Collection<Long> ids) {
        Map<Long, String> uids = new HashMap<>();
        database.dsl().select(CALENDAR_EVENT.ID, CALENDAR_EVENT.UID).from(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.in(ids))
                .fetch().forEach(r -> uids.put(r.value1(), r.value2()));
        return uids;
    }

    /** The id of the single event or series master with this UID (never an overridden occurrence). */
    public Optional<Long> idOf(String uid) {
        return database.dsl().select(CALENDAR_EVENT.ID).from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.UID.eq(uid)).and(CALENDAR_EVENT.SERIES_ID.isNull())
                .fetchOptional(CALENDAR_EVENT.ID);
    }

    /**
     * Gives row {@code id} the UID {@code uid}.
     *
     * @throws org.jooq.exception.DataAccessException when another row has that UID already (the column is unique)
     */
    public void set(long id, String uid) {
        database.dsl().update(CALENDAR_EVENT).set(CALENDAR_EVENT.UID, uid).where(CALENDAR_EVENT.ID.eq(id)).execute();
    }
}
