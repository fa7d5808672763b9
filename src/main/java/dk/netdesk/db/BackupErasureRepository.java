package dk.netdesk.db;

import static dk.netdesk.db.generated.Tables.BACKUP_ERASURE;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The SQL of the {@code backup_erasure} table: the erases whose backups taken before them may still hold
 * the erased person (decision record 0013). A row holds no personal data: the erased contact's id (its
 * row is gone), the erasure log's moment and random reference, and the ids of the calendar events the
 * user chose to keep without the person. One statement per method, so each joins the caller's transaction.
 */
public final class BackupErasureRepository {

    /**
     * One erase whose older backups are not all re-written or deleted yet.
     *
     * @param id         the row's id
     * @param contactId  the erased contact's id (the same id in every backup of this data file)
     * @param erasedAt   when the erase was committed (UTC)
     * @param reference  the erasure log's random reference
     * @param keptEvents ids of the linked events the user kept without the person; every other event linked
     *                   to the person in a backup is deleted there
     */
    public record Pending(long id, long contactId, Instant erasedAt, String reference, Set<Long> keptEvents) {
    }

    private final Database database;

    public BackupErasureRepository(Database database) {
        this.database = database;
    }

    /** Adds an entry for the erase of {@code contactId}; {@code reference} must be new and non-empty. */
    public void add(long contactId, Instant erasedAt, String reference, Set<Long> keptEvents) {
        String kept = new TreeSet<>(keptEvents).stream().map(String::valueOf).collect(Collectors.joining(","));
        database.dsl().insertInto(BACKUP_ERASURE)
                .set(BACKUP_ERASURE.CONTACT_ID, contactId)
                .set(BACKUP_ERASURE.ERASED_AT, erasedAt.toString())
                .set(BACKUP_ERASURE.REFERENCE, reference)
                .set(BACKUP_ERASURE.KEPT_EVENTS, kept)
                .execute();
    }

    /** Every pending entry, oldest first; empty when every backup is clean. */
    public List<Pending> pending() {
        return database.dsl().selectFrom(BACKUP_ERASURE).orderBy(BACKUP_ERASURE.ID)
                .fetch(r -> new Pending(r.getId(), r.getContactId(), Instant.parse(r.getErasedAt()), r.getReference(),
                        parseIds(r.getKeptEvents())));
    }

    /** Removes the entry with {@code id} (its backups are all clean now); nothing when there is none. */
    public void remove(long id) {
        database.dsl().deleteFrom(BACKUP_ERASURE).where(BACKUP_ERASURE.ID.eq(id)).execute();
    }

    private static Set<Long> parseIds(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
