package dk.netdesk.pipeline;

/**
 * What the next follow-up will be: a call, a message or a meeting. Stored in {@code contact.next_follow_up_kind}
 * (V18); shown with the timeline's words for the same kinds ({@code pipeline.interaction.CALL}, …).
 */
public enum FollowUpKind {
    CALL, MESSAGE, MEETING;

    /** The message key of the kind's name ("Call" / "Opkald"). */
    public String key() {
        return "pipeline.interaction." + name();
    }
}
