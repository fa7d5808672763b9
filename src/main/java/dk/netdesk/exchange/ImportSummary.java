package dk.netdesk.exchange;

import java.util.Comparator;
import java.util.List;

/**
 * What an import did, record by record. Every record of the file is counted in exactly one of these, so
 * {@link #total()} is the number of records in the file.
 *
 * @param created      new contacts made
 * @param merged       records that added something to a stored contact, or to a contact made from an earlier
 *                     record of the same file ({@link DuplicateAction#MERGE})
 * @param upToDate     records to be merged that had nothing new to add: the contact already held all of it (an
 *                     import of the same file again)
 * @param skipped      records that matched a contact or an earlier record and were left out as chosen
 *                     ({@link DuplicateAction#SKIP})
 * @param doNotContact records left out because they are a person marked do not contact, whatever the duplicate
 *                     action (never merged or re-added)
 * @param rejected     records that could not be imported, with line, record number, name as read and reasons, sorted
 *                     by line: the file's own ({@link ContactsRead#rejected()}) and those the import refused (an
 *                     invalid field)
 */
public record ImportSummary(int created, int merged, int upToDate, int skipped, int doNotContact,
                            List<RejectedRecord> rejected) {

    public ImportSummary {
        rejected = rejected.stream().sorted(Comparator.comparingInt(RejectedRecord::line)
                .thenComparingInt(RejectedRecord::record)).toList();
    }

    /** All records counted: created + merged + up to date + skipped + do not contact + rejected. */
    public int total() {
        return created + merged + upToDate + skipped + doNotContact + rejected.size();
    }
}
