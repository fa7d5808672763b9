package dk.netdesk.contacts;

/** Where a contact came from. Stored by name; the message key is {@code contact.source.<NAME>}. */
public enum Source {
    WARM_MARKET, COLD_MARKET, SOCIAL_MEDIA, EVENT, REFERRAL;

    public String key() {
        return "contact.source." + name();
    }
}
