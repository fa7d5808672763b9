package dk.netdesk.exchange;

/** Why an incoming record is taken to be a stored contact, strongest first. */
public enum MatchReason {
    /** The same email address, ignoring case. */
    EMAIL,
    /** The same phone number once normalised (an 8-digit number is Danish: +45). */
    PHONE,
    /** The same name, ignoring case, accents' composition (NFC) and extra spaces. */
    NAME
}
