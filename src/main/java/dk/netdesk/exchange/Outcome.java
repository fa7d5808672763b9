package dk.netdesk.exchange;

/**
 * What became of one record: exactly one of the two is not null.
 *
 * @param contact  the contact read, or null
 * @param rejected why the record is left out, or null
 */
public record Outcome(IncomingContact contact, RejectedRecord rejected) {

    static Outcome read(IncomingContact contact) {
        return new Outcome(contact, null);
    }

    static Outcome rejected(RejectedRecord rejected) {
        return new Outcome(null, rejected);
    }

    /** True if the record can be imported. */
    public boolean isRead() {
        return contact != null;
    }
}
