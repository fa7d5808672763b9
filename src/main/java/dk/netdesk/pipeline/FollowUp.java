package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A contact whose next follow-up is due, for the Today list; {@code stageKey} is the stage's default
 * key while it has one ({@link Stage#defaultKey()}), else null. {@code time} (local time of day, minutes) and
 * {@code kind} are the follow-up's own when the user set them, else null.
 */
public record FollowUp(long contactId, String name, LocalDate date, String stageName, String stageKey,
                       LocalTime time, FollowUpKind kind) {

    public FollowUp(long contactId, String name, LocalDate date, String stageName) {
        this(contactId, name, date, stageName, null, null, null);
    }

    /** The stage's name to show (in the UI language for a default stage never renamed). */
    public String stageName(Messages messages) {
        return Stage.shown(stageName, stageKey, messages);
    }
}
