package dk.netdesk.db;

import java.time.Instant;
import java.util.Set;

/**
 * What an erase tells the backups, and asks of them (decision record 0013): implemented by
 * {@link BackupErasures}; {@link #NONE} for an erase that has no backups (one run on a backup's own copy).
 */
public interface ErasedBackups {

    /** Records nothing and counts no backups. */
    ErasedBackups NONE = new ErasedBackups() {
        @Override
        public void erased(long contactId, Instant erasedAt, String reference, Set<Long> keptEvents) {
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
     * How many backups in the backup folder hold the contact (have its row; each backup opened
     * read-only). A backup that cannot be read is not counted. Call on the database thread.
     */
    int holding(long contactId);
}
