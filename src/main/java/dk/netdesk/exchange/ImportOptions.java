package dk.netdesk.exchange;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the user chose for an import.
 *
 * @param stageId      the board stage new contacts go to (at its end), or null for the first stage
 * @param tags         tags added to every new and merged contact besides the file's own (may be empty;
 *                     trimmed, NFC, blank ones and repeats ignoring case dropped when stored)
 * @param duplicates   the general choice for a record that matches a stored contact or an earlier record: what a
 *                     strong match gets; a weak match (only a phone shared, another name) is created unless
 *                     {@code perRecord} says otherwise ({@link ImportMatch#defaultAction})
 * @param consentGiven true when the user states that the file's people have given consent: each new
 *                     contact gets a consent-log entry "given" with the file name as its channel; false
 *                     leaves consent unknown (no entry)
 * @param perRecord    the user's own choice for single records, by record number ({@link IncomingContact#record()});
 *                     records not in it get their default; may be empty
 */
public record ImportOptions(Long stageId, List<String> tags, DuplicateAction duplicates, boolean consentGiven,
                            Map<Integer, DuplicateAction> perRecord) {

    public ImportOptions {
        tags = List.copyOf(tags);
        Objects.requireNonNull(duplicates);
        perRecord = Map.copyOf(perRecord);
    }

    /** Options with no choice for single records: every match gets its default. */
    public ImportOptions(Long stageId, List<String> tags, DuplicateAction duplicates, boolean consentGiven) {
        this(stageId, tags, duplicates, consentGiven, Map.of());
    }

    /** The first stage, no extra tags, skip duplicates, consent unknown. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, List.of(), DuplicateAction.SKIP, false);
    }

    /** What happens to {@code match}: the choice made for its record, else its default. */
    public DuplicateAction actionFor(ImportMatch match) {
        DuplicateAction chosen = perRecord.get(match.incoming().record());
        return chosen != null ? chosen : match.defaultAction(duplicates);
    }
}
