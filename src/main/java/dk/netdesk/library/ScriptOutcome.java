package dk.netdesk.library;

/** How using a script went; the message key is {@code library.outcome.<NAME>}. */
public enum ScriptOutcome {
    WORKED, NEUTRAL, DID_NOT_WORK
}
