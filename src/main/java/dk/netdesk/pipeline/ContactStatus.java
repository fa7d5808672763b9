package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;

/**
 * A contact's place in the pipeline as its details panel shows it; {@code stageKey} is the stage's
 * default key while it has one ({@link Stage#defaultKey()}), else null.
 */
public record ContactStatus(String stageName, LocalDate nextFollowUp, boolean doNotContact, String doNotContactReason,
                            Long stageId, String stageKey) {

    public ContactStatus(String stageName, LocalDate nextFollowUp, boolean doNotContact, String doNotContactReason,
                         Long stageId) {
        this(stageName, nextFollowUp, doNotContact, doNotContactReason, stageId, null);
    }

    /** The stage's name to show (in the UI language for a default stage never renamed); "" for none. */
    public String stageName(Messages messages) {
        return Stage.shown(stageName, stageKey, messages);
    }
}
