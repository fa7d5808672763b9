package dk.netdesk.db;

import static dk.netdesk.db.generated.Tables.BACKUP_ERASURE;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SQL of the {@code backup_erasure} table: the erases and anonymises whose backups taken before them may
 * still hold the person as they were (decision records 0013, 0014). A row holds no personal data: the
 * contact's id (for an erase its row is gone), the moment and a random reference, the ids of the calendar
 * events the user chose to keep without an erased person, and an anonymised person's neutral label. One
 * statement per method, so each joins the caller's transaction.
 */
public final class BackupErasureRepository {

    /** What a pending entry repeats on each backup that holds its person. */
    public enum Kind {
        /** An erase ({@code PersonErase}): the contact and everything only about them go. */
        ERASE,
        /** An anonymise ({@code RetentionService}): the contact row stays with the neutral label. */
        ANONYMISE
    }

    /**
     * One erase or anonymise whose older backups are not all re-written or deleted yet.
     *
     * @param id         the row's id
     * @param contactId  the erased or anonymised contact's id (the same id in every backup of this data file)
     * @param erasedAt   when the erase or anonymise was committed (UTC)
     * @param reference  the erasure log's random reference (an erase), or the entry's own random one (an anonymise)
     * @param keptEvents ids of the linked events the user kept without the person; every other event linked
     *                   to the person in a backup is deleted there (empty for an anonymise, which keeps them all)
     * @param kind       what is repeated on the backups
     * @param label      the neutral name an anonymise gave ("Anonymised 7F3A"); empty for an erase
     */
    public record Pending(long id, long contactId, Instant erasedAt, String reference, Set<Long> keptEvents, Kind kind,
                          String label) {
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

    /**
     * Adds an entry for the anonymise of {@code contactId} at {@code anonymisedAt}, which gave it the name
     * {@code label} (non-empty); its reference is a new random UUID.
     */
    public void addAnonymise(long contactId, Instant anonymisedAt, String label) {
        if (label.isEmpty()) {
            throw new IllegalArgumentException("An anonymise's label must not be empty");
        }
        database.dsl().insertInto(BACKUP_ERASURE)
                .set(BACKUP_ERASURE.CONTACT_ID, contactId)
                .set(BACKUP_ERASURE.ERASED_AT, anonymisedAt.toString())
                .set(BACKUP_ERASURE.REFERENCE, UUID.randomUUID().toString())
                .set(BACKUP_ERASURE.KIND, Kind.ANONYMISE.name())
                .set(BACKUP_ERASURE.LABEL, label)
                .execute();
    }

    /** Every pending entry, oldest first; empty when every backup is clean. */
    public List<Pending> pending() {
        return database.dsl().selectFrom(BACKUP_ERASURE).orderBy(BACKUP_ERASURE.ID)
                .fetch(r -> new Pending(r.getId(), r.getContactId(), Instant.parse(r.getErasedAt()), r.getReference(),
                        parseIds(r.getKeptEvents()), Kind.valueOf(r.getKind()), r.getLabel()));
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
