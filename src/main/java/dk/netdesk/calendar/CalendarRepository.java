package dk.netdesk.calendar;

import dk.netdesk.db.TextOrder;
import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;
import static dk.netdesk.db.generated.Tables.CONTACT;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.generated.tables.records.CalendarEventRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** The SQL of the calendar. Every method is one transaction; writes publish {@code CALENDAR}. */
public final class CalendarRepository {

    /** Stored wall-clock times: minute precision, sortable as text. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", java.util.Locale.ROOT);
    /** EXDATE values in RFC 5545 form (floating local time). */
    static final DateTimeFormatter EXDATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", java.util.Locale.ROOT);

    private final Database database;
    private final Changes changes;

    public CalendarRepository(Database database, Changes changes) {
        this.database = database;
        this.changes = changes;
    }

    /** The occurrences overlapping [from, to), repeating events expanded, sorted by start. */
    public List<Occurrence> occurrences(Instant from, Instant to) {
        return database.dsl().transactionResult(cfg -> Recurrences.expand(rowsFor(org.jooq.impl.DSL.using(cfg), from, to), from, to));
    }

    private List<EventRow> rowsFor(DSLContext dsl, Instant from, Instant to) {
        List<EventRow> rows = new ArrayList<>();
        List<org.jooq.ResultQuery<CalendarEventRecord>> reads = weekReads(dsl, from, to);
        reads.get(0).fetch().forEach(r -> rows.add(toRow(r)));
        Set<Long> overridesKnown = new HashSet<>();
        rows.forEach(r -> overridesKnown.add(r.id()));
        reads.get(1).fetch().forEach(r -> rows.add(toRow(r)));
        // overrides whose original slot lies in the range hide that generated occurrence
        reads.get(2).fetch().forEach(r -> {
                    if (!overridesKnown.contains(r.getId())) {
                        EventRow row = toRow(r);
                        // shown only where it now is; here it only hides its original slot
                        rows.add(row.withTimes(LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(1, 1, 1, 0, 0)));
                    }
                });
        return rows;
    }

    /**
     * The three reads of {@link #occurrences} for [from, to), in this order: single events (and overridden
     * occurrences where they now are) that may overlap it, every series master starting before its end, and the
     * overridden occurrences whose original slot lies in it. Wall-clock bounds with a day of margin for any zone
     * (and {@link EventDraft#MAX_LENGTH} before for long events); {@link Recurrences#expand} filters exactly. Each
     * read is answered from an index (V3, V15): {@code CalendarRepositoryTest} checks their query plans.
     */
    static List<org.jooq.ResultQuery<CalendarEventRecord>> weekReads(DSLContext dsl, Instant from, Instant to) {
        String lo = LOCAL.format(LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusDays(1));
        String hi = LOCAL.format(LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusDays(1));
        String earliestStart = LOCAL.format(LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusDays(1)
                .minus(EventDraft.MAX_LENGTH));
        return List.of(
                dsl.selectFrom(CALENDAR_EVENT)
                        .where(CALENDAR_EVENT.RRULE.isNull())
                        .and(CALENDAR_EVENT.START_LOCAL.ge(earliestStart))
                        .and(CALENDAR_EVENT.START_LOCAL.lt(hi))
                        .and(CALENDAR_EVENT.END_LOCAL.ge(lo)),
                dsl.selectFrom(CALENDAR_EVENT)
                        .where(CALENDAR_EVENT.RRULE.isNotNull())
                        .and(CALENDAR_EVENT.START_LOCAL.lt(hi)),
                dsl.selectFrom(CALENDAR_EVENT)
                        .where(CALENDAR_EVENT.SERIES_ID.isNotNull())
                        .and(CALENDAR_EVENT.RECURRENCE_ID.ge(lo))
                        .and(CALENDAR_EVENT.RECURRENCE_ID.lt(hi)));
    }

    /** The stored rows of the event an occurrence belongs to: its series (master first) or the single row. */
    public List<EventRow> rowsOf(long masterOrSingleId) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext dsl = org.jooq.impl.DSL.using(cfg);
            List<EventRow> rows = new ArrayList<>();
            dsl.selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(masterOrSingleId))
                    .fetch().forEach(r -> rows.add(toRow(r)));
            dsl.selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.SERIES_ID.eq(masterOrSingleId))
                    .orderBy(CALENDAR_EVENT.RECURRENCE_ID).fetch().forEach(r -> rows.add(toRow(r)));
            return rows;
        });
    }

    /**
     * Replaces the stored rows {@code before} by {@code after} in one transaction: rows of
     * before missing from after are deleted, rows with id 0 are inserted (a new master first, so
     * that {@link EventRow#NEW_MASTER} can point at it), the rest are written with their ids
     * (re-created if they were deleted, as undo needs). Returns after with the real ids.
     *
     * @throws dk.netdesk.contacts.DoNotContactException (nothing written) when a row of after would give a
     *         do-not-contact person a new event that reaches out to them ({@link Kind#reachesOut()}); see
     *         {@link #refuseDoNotContact}
     */
    public List<EventRow> replace(List<EventRow> before, List<EventRow> after) {
        List<EventRow> written = database.dsl().transactionResult(cfg -> {
            DSLContext dsl = org.jooq.impl.DSL.using(cfg);
            refuseDoNotContact(dsl, after);
            Set<Long> keep = new HashSet<>();
            after.forEach(r -> keep.add(r.id()));
            for (EventRow row : before) {
                if (!keep.contains(row.id())) {
                    dsl.deleteFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(row.id())).execute();
                }
            }
            List<EventRow> ordered = new ArrayList<>(after);
            ordered.sort(Comparator.comparing((EventRow r) -> r.isOverride() ? 1 : 0));
            long newMaster = EventRow.NEW_MASTER;
            List<EventRow> result = new ArrayList<>();
            for (EventRow row : ordered) {
                EventRow resolved = row;
                if (row.isOverride() && row.seriesId() == EventRow.NEW_MASTER) {
                    resolved = row.withSeries(newMaster, row.recurrenceId());
                }
                CalendarEventRecord record = dsl.newRecord(CALENDAR_EVENT);
                fill(record, resolved);
                if (resolved.id() == 0) {
                    record.store();
                    resolved = resolved.withId(record.getId());
                    if (resolved.isMaster()) {
                        newMaster = resolved.id();
                    }
                } else {
                    record.setId(resolved.id());
                    if (dsl.fetchExists(CALENDAR_EVENT, CALENDAR_EVENT.ID.eq(resolved.id()))) {
                        record.changed(CALENDAR_EVENT.ID, false);
                        dsl.executeUpdate(record, CALENDAR_EVENT.ID.eq(resolved.id()));
                    } else {
                        record.insert();
                    }
                }
                result.add(resolved);
            }
            return result;
        });
        changes.publish(Changes.Topic.CALENDAR);
        return written;
    }

    /** The first occurrence linked to the contact that ends after {@code now}. */
    public Optional<Occurrence> nextForContact(long contactId, Instant now) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext dsl = org.jooq.impl.DSL.using(cfg);
            List<Long> ids = dsl.select(CALENDAR_EVENT.ID, CALENDAR_EVENT.SERIES_ID).from(CALENDAR_EVENT)
                    .where(CALENDAR_EVENT.CONTACT_ID.eq(contactId))
                    .fetch(r -> r.value2() != null ? r.value2() : r.value1());
            Optional<Occurrence> best = Optional.empty();
            for (long id : new HashSet<>(ids)) {
                List<EventRow> rows = new ArrayList<>();
                dsl.selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(id).or(CALENDAR_EVENT.SERIES_ID.eq(id)))
                        .fetch().forEach(r -> rows.add(toRow(r)));
                for (int years = 1; years <= 16; years *= 4) {
                    Optional<Occurrence> first = Recurrences.expand(rows, now, now.plusSeconds(years * 366L * 86400))
                            .stream().filter(o -> o.zonedEnd().toInstant().isAfter(now))
                            .filter(o -> contactId == (o.row().contactId() == null ? -1 : o.row().contactId()))
                            .findFirst();
                    if (first.isPresent()) {
                        if (best.isEmpty() || first.get().zonedStart().isBefore(best.get().zonedStart())) {
                            best = first;
                        }
                        break;
                    }
                }
            }
            return best;
        });
    }

    /** The contacts that have at least one linked event. */
    public java.util.Set<Long> linkedContactIds() {
        return new java.util.HashSet<>(database.dsl().selectDistinct(CALENDAR_EVENT.CONTACT_ID).from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.CONTACT_ID.isNotNull()).fetch(CALENDAR_EVENT.CONTACT_ID));
    }

    /** Events of the given kinds (series once, by their first start), newest first, at most {@code limit}. */
    public List<EventRow> eventsOfKinds(java.util.Collection<Kind> kinds, int limit) {
        return database.dsl().selectFrom(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.KIND.in(kinds.stream().map(Kind::name).toList()))
                .and(CALENDAR_EVENT.RECURRENCE_ID.isNull())
                .orderBy(CALENDAR_EVENT.START_LOCAL.desc()).limit(limit)
                .fetch(CalendarRepository::toRow);
    }

    /**
     * The rule that a do-not-contact person gets no new event that reaches out to them. A row of
     * {@code after} linked to such a person with a reaching-out kind passes only when it is already
     * stored as it is: the same id, linked to them, of a reaching-out kind, at the same times (so their
     * existing follow-ups can still be renamed, unlinked, given another kind or deleted, but not planned
     * anew, moved, or brought back by undo).
     */
    private static void refuseDoNotContact(DSLContext dsl, List<EventRow> after) {
        for (EventRow row : after) {
            if (row.contactId() == null || !row.kind().reachesOut()) {
                continue;
            }
            var contact = dsl.select(CONTACT.NAME, CONTACT.DO_NOT_CONTACT, CONTACT.DO_NOT_CONTACT_REASON).from(CONTACT)
                    .where(CONTACT.ID.eq(row.contactId())).fetchOptional().orElse(null);
            if (contact == null || contact.value2() != 1L) {
                continue;
            }
            EventRow stored = row.id() == 0 ? null : dsl.selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(row.id()))
                    .fetchOptional().map(CalendarRepository::toRow).orElse(null);
            boolean unchanged = stored != null && row.contactId().equals(stored.contactId()) && stored.kind().reachesOut()
                    && stored.start().equals(row.start()) && stored.end().equals(row.end());
            if (!unchanged) {
                throw new dk.netdesk.contacts.DoNotContactException(row.contactId(), contact.value1(), contact.value3());
            }
        }
    }

    /** All contacts by name, for linking events, with their do-not-contact mark and reason. */
    public List<ContactRef> contacts() {
        return database.dsl().select(CONTACT.ID, CONTACT.NAME, CONTACT.DO_NOT_CONTACT, CONTACT.DO_NOT_CONTACT_REASON)
                .from(CONTACT).orderBy(CONTACT.NAME.collate(TextOrder.COLLATION))
                .fetch(r -> new ContactRef(r.value1(), r.value2(), r.value3() == 1L, r.value4()));
    }

    /** The name of a contact, or "" when there is none with that id. */
    public String contactName(long id) {
        return database.dsl().select(CONTACT.NAME).from(CONTACT).where(CONTACT.ID.eq(id)).fetchOptional(CONTACT.NAME).orElse("");
    }

    public int count() {
        return database.dsl().fetchCount(CALENDAR_EVENT);
    }

    private static void fill(CalendarEventRecord record, EventRow row) {
        record.setTitle(row.title());
        record.setStartLocal(LOCAL.format(row.start()));
        record.setEndLocal(LOCAL.format(row.end()));
        record.setZone(row.zone().getId());
        record.setAllDay(row.allDay() ? 1L : 0L);
        record.setLocation(row.location());
        record.setNotes(row.notes());
        record.setContactId(row.contactId());
        record.setCategory(row.kind().category().name());
        record.setKind(row.kind().name());
        record.setRrule(row.rrule());
        record.setExdates(String.join(",", row.exdates().stream().map(EXDATE::format).toList()));
        record.setSeriesId(row.seriesId());
        record.setRecurrenceId(row.recurrenceId() == null ? null : LOCAL.format(row.recurrenceId()));
        record.setReminderMinutes(row.reminderMinutes() == null ? null : row.reminderMinutes().longValue());
    }

    private static EventRow toRow(CalendarEventRecord r) {
        List<LocalDateTime> exdates = r.getExdates().isBlank() ? List.of()
                : Arrays.stream(r.getExdates().split(",")).map(s -> LocalDateTime.parse(s.trim(), EXDATE)).toList();
        return new EventRow(r.getId(), r.getTitle(), local(r.getStartLocal()),
                local(r.getEndLocal()), zone(r.getZone()), r.getAllDay() != 0,
                r.getLocation(), r.getNotes(), r.getContactId(), Kind.valueOf(r.getKind()), r.getRrule(), exdates,
                r.getSeriesId(), r.getRecurrenceId() == null ? null : local(r.getRecurrenceId()),
                r.getReminderMinutes() == null ? null : r.getReminderMinutes().intValue());
    }

    private static final java.util.concurrent.ConcurrentMap<String, ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The zone of a stored IANA id, each id read once (a week reads hundreds of rows, nearly all in one zone). */
    private static ZoneId zone(String id) {
        ZoneId known = ZONES.get(id);
        if (known == null) {
            known = ZoneId.of(id);
            if (ZONES.size() < 1000) {
                ZONES.put(id, known);
            }
        }
        return known;
    }

    /**
     * A stored wall-clock time, {@code yyyy-MM-ddTHH:mm} ({@link #LOCAL}), read by hand: a week reads hundreds,
     * and the formatter's general parser was a good part of a week's read. Any other form goes to the formatter
     * (which throws {@link java.time.format.DateTimeParseException} for text that is no such time).
     */
    static LocalDateTime local(String text) {
        if (text.length() == 16 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0) {
                return LocalDateTime.of(year, month, day, hour, minute);
            }
        }
        return LocalDateTime.parse(text, LOCAL);
    }

    /** The number written by the ASCII digits of text[from, to), or -1 when one is no digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Ids of the events (single events and series) linked to a contact. */
    public List<Long> eventIdsLinkedTo(long contactId) {
        return database.dsl().select(CALENDAR_EVENT.ID).from(CALENDAR_EVENT).where(CALENDAR_EVENT.CONTACT_ID.eq(contactId))
                .fetch(CALENDAR_EVENT.ID);
    }

    /** Every stored row linked to a contact (single events, series and overridden occurrences), by start. */
    public List<EventRow> eventsLinkedTo(long contactId) {
        return database.dsl().selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.CONTACT_ID.eq(contactId))
                .orderBy(CALENDAR_EVENT.START_LOCAL, CALENDAR_EVENT.ID).fetch(CalendarRepository::toRow);
    }

    /**
     * Links these events to the contact again, where they are linked to nobody now (undo of a contact
     * delete). One statement, so it joins the caller's transaction.
     */
    public void relinkEvents(List<Long> eventIds, long contactId) {
        database.dsl().update(CALENDAR_EVENT).set(CALENDAR_EVENT.CONTACT_ID, contactId)
                .where(CALENDAR_EVENT.ID.in(eventIds)).and(CALENDAR_EVENT.CONTACT_ID.isNull()).execute();
    }

    /**
     * Deletes these events, and with a series its overridden occurrences. One statement, so it joins
     * the caller's transaction; publishes nothing (the caller does once it has committed).
     *
     * @return how many rows went
     */
    public int deleteEvents(java.util.Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return database.dsl().deleteFrom(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.ID.in(eventIds)).or(CALENDAR_EVENT.SERIES_ID.in(eventIds)).execute();
    }

    /**
     * Unlinks one stored row from its contact, gives it {@code title} and empties its location and
     * notes (keeping an event without the person it was about). One statement, joins the caller's
     * transaction; publishes nothing.
     */
    public void keepWithoutContact(long rowId, String title) {
        database.dsl().update(CALENDAR_EVENT).set(CALENDAR_EVENT.CONTACT_ID, (Long) null)
                .set(CALENDAR_EVENT.TITLE, title).set(CALENDAR_EVENT.LOCATION, "").set(CALENDAR_EVENT.NOTES, "")
                .where(CALENDAR_EVENT.ID.eq(rowId)).execute();
    }

    /**
     * Stored rows not linked to {@code contactId} whose title contains {@code text}, ignoring case,
     * by start. A blank text matches nothing.
     */
    public List<EventRow> titlesMentioning(String text, long contactId) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        return database.dsl().selectFrom(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.CONTACT_ID.isNull().or(CALENDAR_EVENT.CONTACT_ID.ne(contactId)))
                .orderBy(CALENDAR_EVENT.START_LOCAL, CALENDAR_EVENT.ID).fetch(CalendarRepository::toRow).stream()
                .filter(r -> r.title().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .toList();
    }

    /**
     * Runs {@code work} as one transaction (the settings share this database, so a service may save settings
     * and rows together); an exception rolls all of it back and is rethrown. Call on the database thread.
     */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return database.dsl().transactionResult(() -> work.get());
    }

    /**
     * Every stored row (single events, series masters and overridden occurrences), masters and single
     * events first, each by start; for the calendar export. One read.
     */
    public List<EventRow> allRows() {
        return database.dsl().selectFrom(CALENDAR_EVENT)
                .orderBy(CALENDAR_EVENT.SERIES_ID.isNotNull(), CALENDAR_EVENT.START_LOCAL, CALENDAR_EVENT.ID)
                .fetch(CalendarRepository::toRow);
    }
    /** Stored rows for the calendar search, with the names of the contacts they link to. */
    public record SearchRows(List<EventRow> rows, java.util.Map<Long, String> contactNames) {
    }

    /**
     * For the calendar search: every row of each event (a single event, or a series with all its overridden
     * occurrences) of which some row's title, notes or linked contact's name is SQLite-LIKE {@code pattern}
     * (escape {@code \}; see {@link EventSearch#likePattern}), at most {@code limit} events, with the linked
     * contacts' names. One read transaction.
     */
    public SearchRows searchRows(String pattern, int limit) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext dsl = org.jooq.impl.DSL.using(cfg);
            Set<Long> events = new java.util.LinkedHashSet<>(dsl.selectDistinct(
                            org.jooq.impl.DSL.coalesce(CALENDAR_EVENT.SERIES_ID, CALENDAR_EVENT.ID))
                    .from(CALENDAR_EVENT).leftJoin(CONTACT).on(CONTACT.ID.eq(CALENDAR_EVENT.CONTACT_ID))
                    .where(CALENDAR_EVENT.TITLE.like(pattern, '\\').or(CALENDAR_EVENT.NOTES.like(pattern, '\\'))
                            .or(CONTACT.NAME.like(pattern, '\\')))
                    .limit(limit).fetch(r -> r.value1()));
            List<EventRow> rows = dsl.selectFrom(CALENDAR_EVENT)
                    .where(CALENDAR_EVENT.ID.in(events).or(CALENDAR_EVENT.SERIES_ID.in(events)))
                    .orderBy(CALENDAR_EVENT.ID).fetch(CalendarRepository::toRow);
            Set<Long> linked = new HashSet<>();
            rows.forEach(r -> {
                if (r.contactId() != null) {
                    linked.add(r.contactId());
                }
            });
            java.util.Map<Long, String> names = new java.util.HashMap<>();
            dsl.select(CONTACT.ID, CONTACT.NAME).from(CONTACT).where(CONTACT.ID.in(linked))
                    .forEach(r -> names.put(r.value1(), r.value2()));
            return new SearchRows(rows, names);
        });
    }
}
