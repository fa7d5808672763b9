package dk.netdesk.db;

import java.time.Instant;
import java.util.Set;

/**
 * What an erase or an anonymise tells the backups, and what an erase asks of them (decision records 0013,
 * 0014): implemented by {@link BackupErasures}; {@link #NONE} for one that has no backups (one run on a
 * backup's own copy).
 */
public interface ErasedBackups {

    /** Records nothing and counts no backups. */
    ErasedBackups NONE = new ErasedBackups() {
        @Override
        public void erased(long contactId, Instant erasedAt, String reference, Set<Long> keptEvents) {
        }

        @Override
        public void anonymised(long contactId, Instant anonymisedAt, String label) {
        }

        @Override
        public int holding(long contactId) {
            return 0;
        }
    };

    /**
     * Notes that {@code contactId} was erased at {@code erasedAt}, so that the backups taken before can be
     * re-written or deleted. One statement: it joins the erase's transaction. No personal data is stored.
     *
     * @param reference  the erasure log's random reference
     * @param keptEvents ids of the linked events the user kept without the person
     */
    void erased(long contactId, Instant erasedAt, String reference, Set<Long> keptEvents);

    /**
     * Notes that {@code contactId} was anonymised at {@code anonymisedAt} and named {@code label}, so that the
     * backups taken before, which hold the person as they were, can be re-written (the same anonymise, the
     * same label) or deleted. One statement: it joins the anonymise's transaction. No personal data is stored.
     */
    void anonymised(long contactId, Instant anonymisedAt, String label);

    /**
     * How many backups in the backup folder hold the contact (have its row; each backup opened
     * read-only). A backup that cannot be read is not counted. Call on the database thread.
     */
    int holding(long contactId);
}
