package dk.netdesk.pipeline;

import java.time.LocalDate;

/** One entry of a contact's timeline. */
public record Interaction(long id, long contactId, InteractionType type, LocalDate date, String text, String outcome) {
}
