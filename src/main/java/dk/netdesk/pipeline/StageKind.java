package dk.netdesk.pipeline;

/** What a stage means: still working on it, won (as customer or team member), or parked. */
public enum StageKind {
    OPEN, WON_CUSTOMER, WON_TEAM_MEMBER, PARKED;

    public String key() {
        return "pipeline.kind." + name();
    }
}
