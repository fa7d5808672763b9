package dk.netdesk.pipeline;

/**
 * What a move did: the card's place before and after, and the stage-history row it wrote
 * (null when the card stayed in its stage).
 */
public record MoveResult(long contactId, Placement before, Placement after, Long historyId) {

    public boolean changedStage() {
        return before.stageId() != after.stageId();
    }
}
