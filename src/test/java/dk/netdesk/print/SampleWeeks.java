package dk.netdesk.print;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Weeks to print in tests and screenshots: a distributor's ordinary week, and one that is far too full. */
final class SampleWeeks {

    /** Monday of ISO week 48, 2026. */
    static final LocalDate MONDAY_48 = LocalDate.of(2026, 11, 23);

    private SampleWeeks() {
    }

    /** A realistic week: evening work around a family, with a party, calls, kids' sport and a birthday. */
    static PrintWeek ordinary(LocalDate monday) {
        List<PrintEvent> events = new ArrayList<>();
        LocalDate mon = monday;
        events.add(work(mon, "19:00", "20:00", "Team call with upline", "Zoom link in the group chat", "Meeting"));
        events.add(work(mon, "20:15", "21:00", "Follow-up calls: Anna, Bo", "Ask Bo about the starter kit", "Calls"));
        events.add(personal(mon, "16:30", "17:30", "Ida's football practice", "Bring water bottle"));
        events.add(personal(mon.plusDays(1), "17:00", "18:30", "Family dinner at mormor's", ""));
        events.add(work(mon.plusDays(1), "19:30", "21:30", "Product party at Karen Østergaard's", "Skin care line; bring samples and order forms", "Party"));
        events.add(work(mon.plusDays(2), "12:00", "12:30", "Lunch-break posts", "Schedule three posts", "Social"));
        events.add(work(mon.plusDays(2), "20:00", "21:00", "Facebook live: winter routine", "", "Live"));
        events.add(personal(mon.plusDays(2), "17:30", "18:15", "Dentist (Søren)", "Tandlæge Jensen, Vesterbro"));
        events.add(work(mon.plusDays(3), "19:00", "19:45", "1:1 with new partner Mette", "Onboarding checklist step 2", "Coaching"));
        events.add(work(mon.plusDays(3), "19:45", "20:30", "Order follow-up", "", "Calls"));
        events.add(personal(mon.plusDays(3), "16:00", "17:00", "Swimming with the kids", ""));
        events.add(personal(mon.plusDays(4), "18:00", "22:00", "Friday pizza and film", "Our evening, phone off"));
        events.add(work(mon.plusDays(5), "10:00", "12:00", "Christmas market stand", "Table 14, Odense Rådhus", "Event"));
        events.add(work(mon.plusDays(5), "12:00", "13:00", "Pack and deliver orders", "", "Orders"));
        events.add(personal(mon.plusDays(5), "14:00", "16:00", "Ida's handball match", "Away game in Nyborg"));
        events.add(personal(mon.plusDays(6), "10:00", "13:00", "Brunch with family", ""));
        events.add(work(mon.plusDays(6), "19:00", "19:30", "Plan next week", "Review budget and goals", "Planning"));
        events.add(PrintEvent.allDay(mon.plusDays(4), "Aksel's birthday", false));
        events.add(PrintEvent.allDay(mon.plusDays(2), "Winter catalogue launch", true));
        List<PrintSpan> work = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY)) {
            work.add(span(day, "19:00", "21:30"));
        }
        work.add(span(WEDNESDAY, "12:00", "12:45"));
        work.add(span(SATURDAY, "10:00", "13:00"));
        work.add(span(SUNDAY, "19:00", "20:00"));
        List<PrintSpan> protectedTimes = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            protectedTimes.add(span(day, "16:00", "19:00"));
        }
        protectedTimes.add(span(FRIDAY, "19:00", "22:00"));
        protectedTimes.add(span(SUNDAY, "09:00", "17:00"));
        return new PrintWeek(monday, "Maria Sørensen", events, work, protectedTimes,
                new PrintSummary(11.75, 12, 14.25, 1));
    }

    /** The ordinary week plus a Thursday evening with eleven overlapping items, notes everywhere and long titles. */
    static PrintWeek busy(LocalDate monday) {
        PrintWeek base = ordinary(monday);
        List<PrintEvent> events = new ArrayList<>(base.events());
        LocalDate thursday = monday.plusDays(3);
        for (int i = 0; i < 11; i++) {
            LocalTime start = LocalTime.of(17, 0).plusMinutes(i * 10L);
            events.add(new PrintEvent(thursday, start, start.plusMinutes(40), false,
                    "Quick call " + (i + 1) + " with a prospect about the autumn offer", "Note " + (i + 1), i % 3 != 0, "Call"));
        }
        LocalDate tuesday = monday.plusDays(1);
        for (int i = 0; i < 6; i++) {
            LocalTime start = LocalTime.of(7, 0).plusMinutes(i * 15L);
            events.add(PrintEvent.timed(tuesday, start, start.plusMinutes(15),
                    "Message reply batch " + (i + 1), true).withNotes("Inbox zero before work"));
        }
        for (int i = 0; i < 5; i++) {
            events.add(PrintEvent.allDay(monday.plusDays(6), "All-day item number " + (i + 1) + " with a long title", i % 2 == 0));
        }
        events.add(new PrintEvent(monday.plusDays(6), LocalTime.of(22, 30), LocalTime.of(0, 0), false,
                "Late: order cut-off reminder with an exceptionally long title that never fits anywhere",
                "Væk, æbler, øl og blåbær", true, "Deadline"));
        return new PrintWeek(monday, "Maria Sørensen-Østergaard", events, base.workWindows(), base.protectedTimes(),
                new PrintSummary(19.5, 12, 14.25, 3));
    }

    private static PrintEvent work(LocalDate date, String start, String end, String title, String notes, String kind) {
        return new PrintEvent(date, LocalTime.parse(start), LocalTime.parse(end), false, title, notes, true, kind);
    }

    private static PrintEvent personal(LocalDate date, String start, String end, String title, String notes) {
        return new PrintEvent(date, LocalTime.parse(start), LocalTime.parse(end), false, title, notes, false, "");
    }

    private static PrintSpan span(DayOfWeek day, String start, String end) {
        return new PrintSpan(day, LocalTime.parse(start), LocalTime.parse(end));
    }
}
