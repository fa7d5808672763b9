package dk.netdesk.exchange;

/**
 * What an incoming record shares with a stored contact or with an earlier record of the same file. A match
 * ({@link ImportMatch.Target}) has one or more of these; listed strongest first.
 */
public enum MatchReason {
    /** The same email address, ignoring case. */
    EMAIL,
    /** The same phone number once normalised (an 8-digit number is Danish: +45). */
    PHONE,
    /** The same name, ignoring case, accents' composition (NFC) and extra spaces. */
    NAME
}
