package dk.netdesk.exchange;

import dk.netdesk.contacts.Contact;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One record of an imported file that matches stored contacts or earlier records of the same file, listed once
 * for the wizard's duplicates step before the user chooses a {@link DuplicateAction} for it (decision record 0021).
 *
 * @param incoming     the record of the file
 * @param targets      what it matches, never empty, strongest first ({@link Target#weak()} ones last): with
 *                     {@code doNotContact} the do-not-contact people come first
 * @param doNotContact true when the record is a person marked do not contact (it shares an email, phone or name with
 *                     one, or is the same person as an earlier record that does): it is never imported, whatever is
 *                     chosen
 */
public record ImportMatch(IncomingContact incoming, List<Target> targets, boolean doNotContact) {

    public ImportMatch {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a match needs a target");
        }
    }

    /**
     * One contact or earlier record that the record matches: exactly one of {@code existing} and {@code earlier} is
     * not null.
     *
     * @param existing a stored contact (see {@link Contact#doNotContact()}), or null
     * @param earlier  an earlier record of the same file, or null
     * @param reasons  what the two share (one or more); no {@link MatchReason#NAME} means the names differ
     * @param value    the shared value as the file has it: the email address, else the phone number, else the name
     */
    public record Target(Contact existing, IncomingContact earlier, Set<MatchReason> reasons, String value) {

        public Target {
            if ((existing == null) == (earlier == null)) {
                throw new IllegalArgumentException("a target is a stored contact or an earlier record");
            }
            reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
            Objects.requireNonNull(value);
        }

        /**
         * True for the weak match: only a phone number is shared and the names differ (a couple's landline, a
         * switchboard). Every other match (an email address or the name shared) is strong.
         */
        public boolean weak() {
            return reasons.equals(EnumSet.of(MatchReason.PHONE));
        }

        /** True when the target is an earlier record of the same file. */
        public boolean inFile() {
            return earlier != null;
        }

        /** The target's name: the stored contact's, or the earlier record's. */
        public String name() {
            return existing != null ? existing.name() : earlier.details().name();
        }

        /** How strong the match is, for ordering: email 4, name 2, phone 1, added up. */
        int score() {
            return (reasons.contains(MatchReason.EMAIL) ? 4 : 0) + (reasons.contains(MatchReason.NAME) ? 2 : 0)
                    + (reasons.contains(MatchReason.PHONE) ? 1 : 0);
        }
    }

    /** The strongest target: the one a merge goes into. */
    public Target first() {
        return targets.get(0);
    }

    /** True when even the strongest target is a weak match ({@link Target#weak()}). */
    public boolean weak() {
        return first().weak();
    }

    /**
     * What happens to the record unless the user chooses for it: the general choice for a strong match, and
     * {@link DuplicateAction#CREATE} for a weak one, so two differently named people sharing a phone are never
     * merged or left out without the user saying so.
     */
    public DuplicateAction defaultAction(DuplicateAction general) {
        return weak() ? DuplicateAction.CREATE : general;
    }
}
