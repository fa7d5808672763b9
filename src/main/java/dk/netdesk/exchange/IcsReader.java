package dk.netdesk.exchange;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Kind;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.TextLimits;
import dk.netdesk.ui.TypedText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the VEVENTs of a parsed iCalendar file into calendar rows, grouped by UID: one single event
 * or series master with its overridden occurrences (RECURRENCE-ID). A cancelled occurrence becomes
 * an EXDATE of its series. Events the calendar cannot hold are left out with a reason; a value that
 * cannot be read at all (an impossible date) stops the whole file.
 */
final class IcsReader {

    /** Netdesk's own mark of an event's kind (written by {@link IcsWriter}), so a round trip keeps it. */
    static final String KIND = "X-NETDESK-KIND";

    /**
     * One event of the file.
     *
     * @param uid       its UID (a stable one made from its content when the file gives none)
     * @param line      the line of its VEVENT
     * @param master    the single event or the series master (id 0, kind from the file or the chosen default)
     * @param overrides changed occurrences (id 0, series {@link EventRow#NEW_MASTER})
     * @param ownKind   true when the file carries Netdesk's own kind for it
     * @param cancelled true when the whole event is cancelled (STATUS:CANCELLED without RECURRENCE-ID)
     */
    record Series(String uid, int line, int record, EventRow master, List<EventRow> overrides, boolean ownKind,
                  boolean cancelled) {
    }

    /** What the file holds: the events to store and the ones left out. */
    record Result(List<Series> series, List<RejectedRecord> rejected) {
    }

    /** An event left out; the message is the reason. */
    private static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private record Vevent(IcsTree.Node node, int record) {
    }

    private final IcsValues values;
    private final Kind defaultKind;
    private final Messages messages;
    private final IcsRules rules;

    IcsReader(IcsValues values, Kind defaultKind, Messages messages) {
        this.values = values;
        this.defaultKind = defaultKind;
        this.messages = messages;
        this.rules = new IcsRules(values);
    }

    /** The events of {@code calendars}. @throws IcsValues.BadValue when a date, time or duration cannot be read */
    Result read(List<IcsTree.Node> calendars) throws IcsValues.BadValue {
        Map<String, List<Vevent>> byUid = new LinkedHashMap<>();
        int record = 0;
        for (IcsTree.Node calendar : calendars) {
            for (IcsTree.Node event : calendar.children("VEVENT")) {
                record++;
                byUid.computeIfAbsent(uidOf(event), u -> new ArrayList<>()).add(new Vevent(event, record));
            }
        }
        List<Series> series = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        for (Map.Entry<String, List<Vevent>> entry : byUid.entrySet()) {
            List<Vevent> parts = entry.getValue();
            List<Vevent> masters = parts.stream().filter(v -> v.node().prop("RECURRENCE-ID").isEmpty()).toList();
            Vevent first = masters.isEmpty() ? parts.get(0) : masters.get(0);
            try {
                if (masters.isEmpty()) {
                    throw new Rejected(messages.format("exchange.ics.orphan", titleOf(first.node())));
                }
                // Bytes that could not be read (CalendarImport#readText) in a date, a rule or any other value: the
                // event is left out, the rest of the file is read (as for its title or notes, checkText)
                if (damaged(first.node())) {
                    throw new Rejected(messages.format("exchange.ics.damagedText", ContactDraft.shorten(titleOf(first.node()))));
                }
                List<Vevent> readable = new ArrayList<>();
                for (Vevent part : parts) {
                    if (part != first && damaged(part.node())) {
                        rejected.add(reject(part, messages.format("exchange.ics.damagedText", ContactDraft.shorten(titleOf(part.node())))));
                    } else {
                        readable.add(part);
                    }
                }
                for (Vevent extra : masters.subList(1, masters.size())) {
                    rejected.add(reject(extra, messages.format("exchange.ics.twice", titleOf(extra.node()))));
                }
                series.add(series(entry.getKey(), first, readable.stream().filter(v -> !masters.contains(v)).toList(),
                        rejected));
            } catch (Rejected e) {
                rejected.add(reject(first, e.getMessage()));
            }
        }
        return new Result(series, rejected);
    }

    /** Whether a value of {@code node} or of a component inside it (an alarm) holds letters that could not be read. */
    private static boolean damaged(IcsTree.Node node) {
        for (IcsTree.Prop prop : node.props()) {
            if (TextFile.unreadable(prop.value()) || prop.params().values().stream().anyMatch(TextFile::unreadable)) {
                return true;
            }
        }
        return node.children().stream().anyMatch(IcsReader::damaged);
    }

    private static RejectedRecord reject(Vevent vevent, String reason) {
        return new RejectedRecord(vevent.node().line(), vevent.record(), reason);
    }

    private Series series(String uid, Vevent masterEvent, List<Vevent> changed, List<RejectedRecord> rejected)
            throws IcsValues.BadValue, Rejected {
        IcsTree.Node node = masterEvent.node();
        Optional<Kind> own = node.prop(KIND).flatMap(p -> kindNamed(p.value()));
        EventRow master = row(node, own.orElse(defaultKind), null);
        boolean cancelled = isCancelled(node);
        List<LocalDateTime> exdates = new ArrayList<>();
        for (IcsTree.Prop exdate : node.all("EXDATE")) {
            for (IcsValues.Moment m : values.moments(exdate)) {
                exdates.add(onSeriesClock(m, master));
            }
        }
        String rrule = null;
        Optional<IcsTree.Prop> rule = node.prop("RRULE");
        if (rule.isPresent()) {
            try {
                rrule = rules.rrule(rule.get(), master);
            } catch (IcsRules.Unsupported e) {
                throw new Rejected(messages.format("exchange.ics.rule", master.title(), e.getMessage()));
            }
        }
        List<EventRow> overrides = new ArrayList<>();
        for (Vevent part : changed) {
            LocalDateTime recurrenceId = onSeriesClock(values.moment(part.node().prop("RECURRENCE-ID").orElseThrow()), master);
            if (rrule == null) {
                rejected.add(reject(part, messages.format("exchange.ics.notSeries", titleOf(part.node()))));
            } else if (isCancelled(part.node())) {
                exdates.add(recurrenceId);
            } else {
                try {
                    EventRow override = row(part.node(), master.kind(), master.zone());
                    overrides.add(override.withSeries(EventRow.NEW_MASTER, recurrenceId));
                } catch (Rejected e) {
                    rejected.add(reject(part, e.getMessage()));
                }
            }
        }
        EventRow withRule = rrule == null ? master : master.withRule(rrule, exdates.stream().distinct().sorted().toList());
        return new Series(uid, node.line(), masterEvent.record(), withRule, List.copyOf(overrides), own.isPresent(),
                cancelled);
    }

    /** An EXDATE or RECURRENCE-ID as the series' wall-clock time (the date's midnight for an all-day series). */
    private static LocalDateTime onSeriesClock(IcsValues.Moment moment, EventRow master) {
        if (master.allDay() || moment.date()) {
            return moment.local().toLocalDate().atTime(master.start().toLocalTime());
        }
        return moment.in(master.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    /** One VEVENT as a row (id 0, no rule). {@code zone} null: the zone its DTSTART gives. */
    private EventRow row(IcsTree.Node node, Kind kind, ZoneId zone) throws IcsValues.BadValue, Rejected {
        String title = titleOf(node);
        IcsTree.Prop startProp = node.prop("DTSTART").orElseThrow(
                () -> new Rejected(messages.format("exchange.ics.noStart", title)));
        IcsValues.Moment start = values.moment(startProp);
        ZoneId rowZone = zone != null ? zone : start.date() || start.zone().equals(java.time.ZoneOffset.UTC)
                ? values.home() : start.zone();
        boolean allDay = start.date();
        LocalDateTime from = start.in(rowZone).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime to;
        Optional<IcsTree.Prop> endProp = node.prop("DTEND");
        Optional<IcsTree.Prop> duration = node.prop("DURATION");
        if (endProp.isPresent()) {
            IcsValues.Moment end = values.moment(endProp.get());
            to = allDay ? end.local() : end.in(rowZone).truncatedTo(ChronoUnit.MINUTES);
        } else if (duration.isPresent()) {
            to = from.plusMinutes(IcsValues.minutes(duration.get()));
        } else {
            to = allDay ? from.plusDays(1) : from;
        }
        if (to.isBefore(from) || (allDay && !to.isAfter(from))) {
            throw new Rejected(messages.format("exchange.ics.endBeforeStart", title));
        }
        if (Duration.between(from, to).compareTo(EventDraft.MAX_LENGTH) > 0) {
            throw new Rejected(messages.format("exchange.ics.tooLong", title));
        }
        String location = text(node, "LOCATION");
        String notes = text(node, "DESCRIPTION");
        checkText(title, location, notes);
        return new EventRow(0, title, from, to, rowZone, allDay, location, notes,
                null, kind, null, List.of(), null, null, reminder(node, from, to, rowZone));
    }

    /**
     * Refuses an event whose title or place is longer than {@link TextLimits#NAME} characters, whose notes are
     * longer than {@link TextLimits#TEXT}, or whose text holds a control character or broken text
     * ({@link TypedText#problem}; line breaks are allowed in the place, as Apple writes them, and the notes):
     * the event becomes a rejected record saying so, never a silent cut.
     */
    private void checkText(String title, String location, String notes) throws Rejected {
        String shown = ContactDraft.shorten(TypedText.searchable(title).strip());
        if (TextFile.unreadable(title) || TextFile.unreadable(location) || TextFile.unreadable(notes)) {
            // Bytes that could not be read as UTF-8: left out, not imported garbled (CalendarImport#readText).
            throw new Rejected(messages.format("exchange.ics.damagedText", shown));
        }
        if (TextLimits.tooLong(title, TextLimits.NAME)) {
            throw new Rejected(messages.format("exchange.ics.titleTooLong", shown, TextLimits.NAME));
        }
        if (TextLimits.tooLong(location, TextLimits.NAME)) {
            throw new Rejected(messages.format("exchange.ics.locationTooLong", shown, TextLimits.NAME));
        }
        if (TextLimits.tooLong(notes, TextLimits.TEXT)) {
            throw new Rejected(messages.format("exchange.ics.notesTooLong", shown, TextLimits.TEXT));
        }
        if (!TypedText.isClean(title, false) || !TypedText.isClean(location, true) || !TypedText.isClean(notes, true)) {
            throw new Rejected(messages.format("exchange.ics.badText", shown));
        }
    }

    /** Minutes before the start of the first VALARM that fires at or before the start and within a week. */
    private Integer reminder(IcsTree.Node event, LocalDateTime from, LocalDateTime to, ZoneId zone) throws IcsValues.BadValue {
        for (IcsTree.Node alarm : event.children("VALARM")) {
            Optional<IcsTree.Prop> trigger = alarm.prop("TRIGGER");
            if (trigger.isEmpty()) {
                continue;
            }
            long before;
            if ("DATE-TIME".equalsIgnoreCase(trigger.get().params().getOrDefault("VALUE", ""))) {
                LocalDateTime at = values.moment(trigger.get()).in(zone);
                before = Duration.between(at, from).toMinutes();
            } else {
                long offset = IcsValues.minutes(trigger.get());
                boolean fromEnd = "END".equalsIgnoreCase(trigger.get().params().getOrDefault("RELATED", "START"));
                before = -offset - (fromEnd ? Duration.between(from, to).toMinutes() : 0);
            }
            if (before >= 0 && before <= 7 * 24 * 60) {
                return (int) before;
            }
        }
        return null;
    }

    private static boolean isCancelled(IcsTree.Node node) {
        return node.prop("STATUS").map(p -> p.value().strip().equalsIgnoreCase("CANCELLED")).orElse(false);
    }

    private String titleOf(IcsTree.Node node) {
        String title = TypedText.line(text(node, "SUMMARY"));
        return title.isEmpty() ? messages.get("exchange.ics.noTitle") : title;
    }

    private static String text(IcsTree.Node node, String name) {
        return node.prop(name).map(p -> TypedText.text(p.text().replace("\r\n", "\n")))
                .orElse("");
    }

    private static Optional<Kind> kindNamed(String name) {
        try {
            return Optional.of(Kind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The VEVENT's UID, or a stable one made from its start and title when it has none. */
    private static String uidOf(IcsTree.Node event) {
        Optional<String> uid = event.prop("UID").map(p -> p.value().strip()).filter(s -> !s.isEmpty());
        if (uid.isPresent()) {
            return uid.get();
        }
        String content = event.prop("DTSTART").map(IcsTree.Prop::value).orElse("") + "\n"
                + event.prop("SUMMARY").map(IcsTree.Prop::value).orElse("");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + "@netdesk-import";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
