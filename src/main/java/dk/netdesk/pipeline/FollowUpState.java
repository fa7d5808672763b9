package dk.netdesk.pipeline;

/** How a card's next follow-up stands today. */
public enum FollowUpState {
    OVERDUE, TODAY, PLANNED, NONE
}
