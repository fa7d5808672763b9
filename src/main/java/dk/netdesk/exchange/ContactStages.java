package dk.netdesk.exchange;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where each contact stands on the board, as the contacts export writes it. Owned here and answered
 * by the pipeline through the composition root, so that this package does not use the pipeline.
 * Called on the database thread.
 */
@FunctionalInterface
public interface ContactStages {

    /** A contact's stage name ("" when it has none) and next follow-up date (or null). */
    record Place(String stage, LocalDate nextFollowUp) {
        public static final Place NONE = new Place("", null);
    }

    /** Every contact's place by contact id; a contact not in the map has {@link Place#NONE}. */
    Map<Long, Place> all();

    /** No board: every contact has {@link Place#NONE}. */
    static ContactStages none() {
        return Map::of;
    }
}
