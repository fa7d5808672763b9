package dk.netdesk.pipeline;

import java.time.LocalDate;

/** One entry of a contact's consent log: given or withdrawn, on which channel, in which words. */
public record Consent(long id, long contactId, LocalDate date, String channel, String wording, boolean given) {
}
