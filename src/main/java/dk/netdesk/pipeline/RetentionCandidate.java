package dk.netdesk.pipeline;

import java.time.LocalDate;
import java.util.Set;

/**
 * One contact in the retention review.
 *
 * @param reasons      why they are listed, never empty
 * @param lastActivity the day of their newest interaction, stage move or creation (in the clock's
 *                     zone); for {@link RetentionReason#INACTIVE} they have been inactive since this day
 */
public record RetentionCandidate(long contactId, String name, Set<RetentionReason> reasons, LocalDate lastActivity) {

    public RetentionCandidate {
        reasons = Set.copyOf(reasons);
    }
}
