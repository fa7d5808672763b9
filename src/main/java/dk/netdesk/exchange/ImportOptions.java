package dk.netdesk.exchange;

import java.util.List;
import java.util.Objects;

/**
 * What the user chose for an import.
 *
 * @param stageId      the board stage new contacts go to (at its end), or null for the first stage
 * @param tags         tags added to every new and merged contact besides the file's own (may be empty;
 *                     trimmed, NFC, blank ones and repeats ignoring case dropped when stored)
 * @param duplicates   what to do with a record that matches a stored contact
 * @param consentGiven true when the user states that the file's people have given consent: each new
 *                     contact gets a consent-log entry "given" with the file name as its channel; false
 *                     leaves consent unknown (no entry)
 */
public record ImportOptions(Long stageId, List<String> tags, DuplicateAction duplicates, boolean consentGiven) {

    public ImportOptions {
        tags = List.copyOf(tags);
        Objects.requireNonNull(duplicates);
    }

    /** The first stage, no extra tags, skip duplicates, consent unknown. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, List.of(), DuplicateAction.SKIP, false);
    }
}
