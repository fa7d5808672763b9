package dk.netdesk.app;

import dk.netdesk.calendar.BalanceSettings;
import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.TimeSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A busy, realistic week in the real calendar: ISO week 11 of 2027 (Monday 15 March), with work windows
 * and protected time, back-to-back half-hour calls, a run without a break, work in protected time, an
 * overnight "Night event" (Tue 22:00 → Wed 02:00), a "Late call" from the Sunday before (22:00 → Mon 01:00),
 * an all-day "Convention" Fri 19 – Sun 21 March, and a long note. Used by the printed-week tests and screenshots.
 */
final class BusyWeek {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 15);

    /** The presentation's note: far too long for its box. */
    static final String LONG_NOTE = "Husk prøver af hudplejeserien, bestillingssedler og kortterminal. Karen har "
            + "inviteret otte veninder, og to af dem vil gerne høre om at blive partner. Parkering i gården bag huset; "
            + "ring på hos stuen til venstre.";

    private BusyWeek() {
    }

    /** Stores the balance settings and the events through the calendar, as a user would. */
    static void fill(AppContext context) {
        Map<DayOfWeek, List<TimeSpan>> windows = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<TimeSpan>> protectedTime = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            windows.put(day, List.of(TimeSpan.of(9, 0, 11, 0), TimeSpan.of(18, 0, 21, 0)));
            protectedTime.put(day, List.of(TimeSpan.of(16, 0, 18, 0)));
        }
        windows.put(DayOfWeek.SATURDAY, List.of(TimeSpan.of(10, 0, 13, 0)));
        protectedTime.put(DayOfWeek.FRIDAY, List.of(TimeSpan.of(17, 0, 24, 0)));
        protectedTime.put(DayOfWeek.SUNDAY, List.of(TimeSpan.of(0, 0, 24, 0)));
        context.calendarService().saveBalanceSettings(new BalanceSettings(windows, protectedTime, 12, 90));
        context.calendar().load();

        timed(context, "Late call", "2027-03-14T22:00", "2027-03-15T01:00", Kind.FOLLOW_UP, "");
        timed(context, "Teamopkald med upline", "2027-03-15T09:00", "2027-03-15T09:30", Kind.TRAINING, "");
        timed(context, "Ring til Anna Jensen", "2027-03-15T09:30", "2027-03-15T10:00", Kind.FOLLOW_UP, "");
        timed(context, "Ring til Bo Nielsen", "2027-03-15T10:00", "2027-03-15T10:30", Kind.FOLLOW_UP, "");
        timed(context, "Idas fodboldtræning", "2027-03-15T16:30", "2027-03-15T17:30", Kind.FAMILY, "Husk vandflaske");
        timed(context, "Præsentation hos Karen Østergaard", "2027-03-15T19:00", "2027-03-15T20:00", Kind.PRESENTATION,
                LONG_NOTE);
        timed(context, "Webinar: produktnyheder", "2027-03-16T16:30", "2027-03-16T17:30", Kind.TRAINING, "");
        timed(context, "Produktaften", "2027-03-16T18:00", "2027-03-16T20:00", Kind.PRESENTATION, "");
        timed(context, "Opfølgning på ordrer", "2027-03-16T20:00", "2027-03-16T21:30", Kind.ADMIN, "");
        timed(context, "Night event", "2027-03-16T22:00", "2027-03-17T02:00", Kind.NETWORKING, "");
        timed(context, "Frokostopslag på Facebook", "2027-03-17T12:00", "2027-03-17T12:30", Kind.NETWORKING, "");
        timed(context, "Tandlæge", "2027-03-17T17:30", "2027-03-17T18:15", Kind.HEALTH, "Tandlæge Jensen, Vesterbro");
        timed(context, "Ring til Jonas", "2027-03-17T19:00", "2027-03-17T19:30", Kind.FOLLOW_UP, "");
        timed(context, "Ring til Line", "2027-03-17T19:30", "2027-03-17T20:00", Kind.FOLLOW_UP, "");
        timed(context, "1:1 med ny partner Mette", "2027-03-18T09:00", "2027-03-18T10:00", Kind.TRAINING,
                "Onboarding, trin 2");
        timed(context, "Svømning med børnene", "2027-03-18T16:00", "2027-03-18T17:00", Kind.FAMILY, "");
        timed(context, "Opkald: Per og Sanne", "2027-03-18T19:00", "2027-03-18T20:00", Kind.FOLLOW_UP, "");
        timed(context, "Fredagspizza og film", "2027-03-19T18:00", "2027-03-19T22:00", Kind.FAMILY, "Telefonen slukket");
        timed(context, "Stand på påskemarkedet", "2027-03-20T10:00", "2027-03-20T12:00", Kind.NETWORKING,
                "Bord 14, Odense Rådhus");
        timed(context, "Brunch med familien", "2027-03-21T10:00", "2027-03-21T13:00", Kind.FAMILY, "");
        allDay(context, "Convention", "2027-03-19", "2027-03-22", Kind.TRAINING);
        allDay(context, "Aksels fødselsdag", "2027-03-17", "2027-03-18", Kind.FAMILY);
    }

    private static void timed(AppContext context, String title, String start, String end, Kind kind, String notes) {
        create(context, new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", notes,
                null, kind, null, null));
    }

    /** {@code end} is the day after the last day, as the calendar stores all-day events. */
    private static void allDay(AppContext context, String title, String first, String dayAfterLast, Kind kind) {
        create(context, new EventDraft(title, LocalDate.parse(first).atStartOfDay(),
                LocalDate.parse(dayAfterLast).atStartOfDay(), true, "", "", null, kind, null, null));
    }

    private static void create(AppContext context, EventDraft draft) {
        if (!context.calendar().create(draft)) {
            throw new IllegalStateException("The calendar refused " + draft.title());
        }
    }
}
