package dk.netdesk.pipeline;

import java.time.LocalDate;

/** A contact whose next follow-up is due, for the Today list. */
public record FollowUp(long contactId, String name, LocalDate date, String stageName) {
}
