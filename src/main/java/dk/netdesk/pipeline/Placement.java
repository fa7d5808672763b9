package dk.netdesk.pipeline;

import java.time.Instant;

/** Where a card sits and since when: enough to put it back exactly (undo). */
public record Placement(long stageId, int position, Instant stageEnteredAt, Instant lastTouchedAt) {
}
