package dk.netdesk.ui;

/** What to do with unsaved edits when the user leaves them: save them first, drop them, or stay. */
public enum LeaveChoice { SAVE, DISCARD, CANCEL }
