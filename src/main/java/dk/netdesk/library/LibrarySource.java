package dk.netdesk.library;

/** Where an item came from; the message key is {@code library.source.<NAME>}. */
public enum LibrarySource {
    MENTOR, COURSE, COMPANY, OWN
}
