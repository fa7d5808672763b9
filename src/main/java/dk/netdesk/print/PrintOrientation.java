package dk.netdesk.print;

/** Which way the paper is turned. */
public enum PrintOrientation {
    PORTRAIT,
    LANDSCAPE
}
