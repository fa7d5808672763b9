package dk.netdesk.pipeline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A contact's next follow-up as planned in the editor: its date, and optionally the time of day and the kind.
 * The time and kind belong to the date (decision 0045): the board and Today go by the date alone.
 *
 * @param date the day; never null
 * @param time the time of day, or null for "some time that day"
 * @param kind call, message or meeting, or null when not said
 */
public record NextFollowUp(LocalDate date, LocalTime time, FollowUpKind kind) {

    public NextFollowUp {
        Objects.requireNonNull(date, "date");
        time = time == null ? null : time.withSecond(0).withNano(0);
    }

    /** A follow-up on {@code date} with no time or kind. */
    public static NextFollowUp on(LocalDate date) {
        return new NextFollowUp(date, null, null);
    }
}
