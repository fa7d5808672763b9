package dk.netdesk.pipeline;

import static dk.netdesk.db.generated.Tables.ERASURE_LOG;

import dk.netdesk.db.Database;
import java.time.Instant;
import java.util.List;

/**
 * The SQL of the erasure log: one row per erased person with only the moment and a random
 * reference, never anything that identifies the person. One statement per method, so each joins
 * the caller's transaction.
 */
public final class ErasureLogRepository {

    /** One erasure: when it was done, and its reference. */
    public record Entry(Instant erasedAt, String reference) {
    }

    private final Database database;

    public ErasureLogRepository(Database database) {
        this.database = database;
    }

    /** Appends an entry; the reference must be non-empty and not used before. */
    public void record(Instant erasedAt, String reference) {
        database.dsl().insertInto(ERASURE_LOG).set(ERASURE_LOG.ERASED_AT, erasedAt.toString())
                .set(ERASURE_LOG.REFERENCE, reference).execute();
    }

    /** Every entry, oldest first. */
    public List<Entry> entries() {
        return database.dsl().select(ERASURE_LOG.ERASED_AT, ERASURE_LOG.REFERENCE).from(ERASURE_LOG)
                .orderBy(ERASURE_LOG.ID).fetch(r -> new Entry(Instant.parse(r.value1()), r.value2()));
    }
}
