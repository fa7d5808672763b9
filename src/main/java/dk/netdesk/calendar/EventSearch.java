package dk.netdesk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the calendar search: which text matches (NFC, case-insensitive also for æ, ø, å and
 * other letters beyond ASCII) and which occurrences of a matching event are shown. SQL pre-selects
 * candidate rows with {@link #likePattern}; {@link #hits} then checks each occurrence exactly.
 */
final class EventSearch {

    /** Hits shown at most. */
    static final int LIMIT = 100;
    private static final Duration NEAR = Duration.ofDays(366);
    private static final Duration FAR = Duration.ofDays(366L * 20);

    private EventSearch() {
    }

    /** One found occurrence with the name of its linked contact ("" when none). */
    record Hit(Occurrence occurrence, String contactName, boolean upcoming) {
    }

    /**
     * The text as the search compares it: as a one-line value ({@link dk.netdesk.db.PlainText#line}: NFC, every
     * kind of space a plain one, invisible marks dropped, outer spaces removed), lower case (Æ → æ); null gives "".
     */
    static String fold(String text) {
        return dk.netdesk.db.PlainText.line(text).toLowerCase(Locale.ROOT);
    }

    /**
     * A SQLite LIKE pattern (escape character {@code \}) that every text containing {@code needle} matches,
     * ignoring case: SQLite's LIKE folds only ASCII letters, so any other character becomes {@code _}
     * (one character), as does a space (the stored text may hold a no-break or another kind of space there), and
     * {@code %}, {@code _} and {@code \} are escaped. "Ærø" gives {@code %_r_%}.
     */
    static String likePattern(String needle) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : fold(needle).toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') {
                pattern.append('\\').append(c);
            } else if (c == ' ') {
                // a stored no-break or thin space is one character too, and reads as this space
                pattern.append('_');
            } else if (c < 128) {
                pattern.append(c);
            } else {
                pattern.append('_');
            }
        }
        return pattern.append('%').toString();
    }

    /** True when the occurrence's title, notes or contact name contains the folded needle. */
    static boolean matches(Occurrence occurrence, String contactName, String foldedNeedle) {
        return fold(occurrence.title()).contains(foldedNeedle) || fold(occurrence.row().notes()).contains(foldedNeedle)
                || fold(contactName).contains(foldedNeedle);
    }

    /**
     * The occurrences to show for a search. Per event (a single event, or a series with its overridden
     * occurrences): the first matching occurrence that has not ended at {@code now} ("upcoming") and the
     * last matching one that has; a series looks one year each way, then twenty. Upcoming hits come first,
     * soonest first, then past ones, latest first; at most {@link #LIMIT}.
     *
     * @param rows         stored rows, each series complete (master and overrides)
     * @param contactNames names of linked contacts by id
     * @param needle       what the user typed; blank finds nothing
     */
    static List<Hit> hits(List<EventRow> rows, Map<Long, String> contactNames, String needle, Instant now) {
        String folded = fold(needle);
        if (folded.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EventRow>> events = new LinkedHashMap<>();
        for (EventRow row : rows) {
            events.computeIfAbsent(row.seriesId() != null ? row.seriesId() : row.id(), id -> new ArrayList<>()).add(row);
        }
        List<Hit> upcoming = new ArrayList<>();
        List<Hit> past = new ArrayList<>();
        for (List<EventRow> event : events.values()) {
            boolean series = event.stream().anyMatch(EventRow::isMaster);
            nearest(event, series, contactNames, folded, now, true).ifPresent(upcoming::add);
            nearest(event, series, contactNames, folded, now, false).ifPresent(past::add);
        }
        upcoming.sort(Comparator.comparing(h -> h.occurrence().zonedStart().toInstant()));
        past.sort(Comparator.comparing((Hit h) -> h.occurrence().zonedStart().toInstant()).reversed());
        List<Hit> all = new ArrayList<>(upcoming);
        all.addAll(past);
        return all.size() > LIMIT ? List.copyOf(all.subList(0, LIMIT)) : List.copyOf(all);
    }

    private static Optional<Hit> nearest(List<EventRow> event, boolean series, Map<Long, String> names, String folded,
                                         Instant now, boolean upcoming) {
        for (Duration reach : series ? List.of(NEAR, FAR) : List.of(FAR)) {
            Instant from = upcoming ? now : now.minus(reach);
            Instant to = upcoming ? now.plus(reach) : now;
            List<Occurrence> found = Recurrences.expand(event, from, to).stream()
                    .filter(o -> upcoming == o.zonedEnd().toInstant().isAfter(now))
                    .filter(o -> matches(o, name(o, names), folded))
                    .toList();
            if (!found.isEmpty()) {
                Occurrence o = upcoming ? found.get(0) : found.get(found.size() - 1);
                return Optional.of(new Hit(o, name(o, names), upcoming));
            }
        }
        return Optional.empty();
    }

    private static String name(Occurrence occurrence, Map<Long, String> names) {
        Long id = occurrence.row().contactId();
        return id == null ? "" : names.getOrDefault(id, "");
    }

    /** The day an occurrence is shown on in {@code zone}, for jumping to it. */
    static java.time.LocalDate day(Occurrence occurrence, java.time.ZoneId zone) {
        LocalDateTime start = occurrence.row().allDay() ? occurrence.start() : occurrence.startIn(zone);
        return start.toLocalDate();
    }
}
