package dk.netdesk.pipeline;

/** One column of the board. Positions are dense, 0 for the leftmost column. */
public record Stage(long id, String name, StageKind kind, int position, int staleDays) {
}
