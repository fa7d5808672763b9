package dk.netdesk.pipeline;

import java.time.Instant;

/** When a contact entered a stage (the name is kept even if the stage is renamed or deleted later). */
public record StageVisit(String stageName, Instant enteredAt) {
}
