package dk.netdesk.calendar;

/** A contact an event can be linked to. */
public record ContactRef(long id, String name) {
}
