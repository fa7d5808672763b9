package dk.netdesk.archfixture.features.calendar;

import dk.netdesk.archfixture.features.library.Note;

/** Uses the library's notes directly on purpose: calendar and library are not allowed to meet. */
public class Agenda {
    /** The note taken at this event. */
    public Note note;
}
