package dk.netdesk.contacts;

/** What the contact is interested in. Stored by name; the message key is {@code contact.interest.<NAME>}. */
public enum Interest {
    CUSTOMER, BUSINESS, BOTH;

    public String key() {
        return "contact.interest." + name();
    }
}
