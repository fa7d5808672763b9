package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import java.time.Instant;

/**
 * When a contact entered a stage (the name is kept even if the stage is renamed or deleted later);
 * {@code stageKey} is the default key of a stage that still has the name it had then, else null.
 */
public record StageVisit(String stageName, Instant enteredAt, String stageKey) {

    public StageVisit(String stageName, Instant enteredAt) {
        this(stageName, enteredAt, null);
    }

    /** The stage's name to show (in the UI language for a default stage never renamed). */
    public String stageName(Messages messages) {
        return Stage.shown(stageName, stageKey, messages);
    }
}
