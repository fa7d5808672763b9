package dk.netdesk.archfixture.features.contacts;

/** A contact's name: plain data, no dependencies. */
public record Name(String text) {
}
