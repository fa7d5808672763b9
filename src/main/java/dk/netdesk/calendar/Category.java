package dk.netdesk.calendar;

/** The line the calendar keeps visible: time for the business, or time for oneself and family. */
public enum Category {
    WORK, PERSONAL
}
