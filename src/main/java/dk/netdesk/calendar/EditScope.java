package dk.netdesk.calendar;

/** Which occurrences of a repeating event a change applies to. */
public enum EditScope {
    THIS, THIS_AND_FOLLOWING, ALL
}
