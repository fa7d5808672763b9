package dk.netdesk.pipeline;

/** The kinds of contact moments in the timeline. */
public enum InteractionType {
    CALL, MESSAGE, MEETING, PRESENTATION, NOTE;

    public String key() {
        return "pipeline.interaction." + name();
    }
}
