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
 * @param skipped      records that matched a contact and were left out ({@link DuplicateAction#SKIP}), or
 *                     whose merge had nothing new to add (an import of the same file again)
 * @param doNotContact records left out because they match a person marked do not contact, whatever the
 *                     duplicate action (never merged or re-added)
 * @param rejected     records that could not be imported, with line, record number and reason, sorted by
 *                     line: the file's own ({@link ContactsRead#rejected()}) and those the import refused
 *                     (an invalid field, or with {@link DuplicateAction#SKIP} the same person as an earlier record)
 */
public record ImportSummary(int created, int merged, int skipped, int doNotContact, List<RejectedRecord> rejected) {

    public ImportSummary {
        rejected = rejected.stream().sorted(Comparator.comparingInt(RejectedRecord::line)
                .thenComparingInt(RejectedRecord::record)).toList();
    }

    /** All records counted: created + merged + skipped + do not contact + rejected. */
    public int total() {
        return created + merged + skipped + doNotContact + rejected.size();
    }
}
