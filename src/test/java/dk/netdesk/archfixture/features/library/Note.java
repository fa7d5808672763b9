package dk.netdesk.archfixture.features.library;

import dk.netdesk.archfixture.features.calendar.Agenda;

/** Uses the calendar's agenda directly on purpose: the other half of the calendar-library cycle. */
public class Note {
    /** The event this note was taken at. */
    public Agenda event;
}
