package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A contact's place in the pipeline as its details panel shows it; {@code stageKey} is the stage's
 * default key while it has one ({@link Stage#defaultKey()}), else null. {@code nextFollowUpTime} and
 * {@code nextFollowUpKind} go with {@code nextFollowUp} (null when not given, always null without a date).
 */
public record ContactStatus(String stageName, LocalDate nextFollowUp, boolean doNotContact, String doNotContactReason,
                            Long stageId, String stageKey, LocalTime nextFollowUpTime, FollowUpKind nextFollowUpKind) {

    /** A status whose follow-up has no time or kind. */
    public ContactStatus(String stageName, LocalDate nextFollowUp, boolean doNotContact, String doNotContactReason,
                         Long stageId, String stageKey) {
        this(stageName, nextFollowUp, doNotContact, doNotContactReason, stageId, stageKey, null, null);
    }

    public ContactStatus(String stageName, LocalDate nextFollowUp, boolean doNotContact, String doNotContactReason,
                         Long stageId) {
        this(stageName, nextFollowUp, doNotContact, doNotContactReason, stageId, null);
    }

    /** The stage's name to show (in the UI language for a default stage never renamed); "" for none. */
    public String stageName(Messages messages) {
        return Stage.shown(stageName, stageKey, messages);
    }

    /** The next follow-up with its time and kind, or null when none is planned. */
    public NextFollowUp followUp() {
        return nextFollowUp == null ? null : new NextFollowUp(nextFollowUp, nextFollowUpTime, nextFollowUpKind);
    }
}
