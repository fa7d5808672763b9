package dk.netdesk.pipeline;

import java.util.List;

/** A stage the board starts with, named in the user's language when the board is first opened. */
public record DefaultStage(String name, StageKind kind, int staleDays) {

    /** The message keys of the default stages, in board order, with their kind and stale threshold. */
    public static final List<DefaultStage> KEYS = List.of(
            new DefaultStage("pipeline.default.newLead", StageKind.OPEN, 7),
            new DefaultStage("pipeline.default.contacted", StageKind.OPEN, 7),
            new DefaultStage("pipeline.default.interested", StageKind.OPEN, 7),
            new DefaultStage("pipeline.default.presentation", StageKind.OPEN, 5),
            new DefaultStage("pipeline.default.followUp", StageKind.OPEN, 7),
            new DefaultStage("pipeline.default.customer", StageKind.WON_CUSTOMER, 60),
            new DefaultStage("pipeline.default.teamMember", StageKind.WON_TEAM_MEMBER, 60),
            new DefaultStage("pipeline.default.notNow", StageKind.PARKED, 90));
}
