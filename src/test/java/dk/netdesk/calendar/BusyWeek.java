package dk.netdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A busy week 48 of 2026 for screenshots and layout tests: overlapping events (more than fit side
 * by side), 15-minute events, long Danish titles, all-day and multi-day chips, a long run of work
 * without a break, and work in protected time (Friday evening).
 */
final class BusyWeek {

    private BusyWeek() {
    }

    static void plan(CalendarViewModel model, boolean da) {
        add(model, da ? "Ring til nye kundeemner" : "Call new leads", "2026-11-23T18:00", "2026-11-23T19:00", Kind.PROSPECTING);
        add(model, da ? "Opfølgning: Anna Jensen" : "Follow-up: Anna Jensen", "2026-11-23T18:15", "2026-11-23T19:15", Kind.FOLLOW_UP);
        add(model, da ? "Præsentation hos Bo" : "Presentation at Bo's", "2026-11-23T18:30", "2026-11-23T19:45", Kind.PRESENTATION);
        add(model, da ? "Prospektering" : "Prospecting", "2026-11-23T18:45", "2026-11-23T19:30", Kind.PROSPECTING);
        add(model, da ? "Teamopkald med sponsor" : "Team call with sponsor", "2026-11-23T19:00", "2026-11-23T19:30", Kind.TRAINING);
        add(model, da ? "Hurtigt opkald" : "Quick call", "2026-11-24T07:30", "2026-11-24T07:45", Kind.FOLLOW_UP);
        add(model, da ? "Svar på beskeder" : "Answer messages", "2026-11-24T12:00", "2026-11-24T12:15", Kind.ADMIN);
        add(model, da ? "Prospektering og opfølgninger" : "Prospecting and follow-ups", "2026-11-24T18:00", "2026-11-24T20:30",
                Kind.PROSPECTING);
        add(model, da ? "Tandlæge" : "Dentist", "2026-11-24T16:00", "2026-11-24T16:30", Kind.HEALTH);
        add(model, da ? "Svømning med børnene" : "Swimming with the kids", "2026-11-25T17:00", "2026-11-25T18:30", Kind.FAMILY);
        model.create(draft(da ? "Teamopkald" : "Team call", "2026-11-04T19:00", "2026-11-04T20:00", Kind.TRAINING)
                .withRepeat(new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.WEDNESDAY), null, 20)));
        add(model, da ? "Kort status" : "Short status", "2026-11-25T20:00", "2026-11-25T20:15", Kind.ADMIN);
        add(model, da ? "Ordrer og fakturaer" : "Orders and invoices", "2026-11-26T18:00", "2026-11-26T19:00", Kind.ADMIN);
        add(model, da ? "Opfølgninger" : "Follow-ups", "2026-11-26T19:15", "2026-11-26T20:15", Kind.FOLLOW_UP);
        model.create(new EventDraft(da ? "Mors fødselsdag" : "Mum's birthday", LocalDateTime.parse("2026-11-26T00:00"),
                LocalDateTime.parse("2026-11-27T00:00"), true, "", "", null, Kind.FAMILY, null, null));
        model.create(new EventDraft(da ? "Konference i Odense" : "Convention in Odense", LocalDateTime.parse("2026-11-27T00:00"),
                LocalDateTime.parse("2026-11-30T00:00"), true, "", "", null, Kind.TRAINING, null, null));
        add(model, da ? "Zoom-præsentation for nye kundeemner" : "Zoom presentation for new leads", "2026-11-27T18:00",
                "2026-11-27T19:30", Kind.PRESENTATION);
        add(model, da ? "Workshop: hudpleje" : "Workshop: skin care", "2026-11-28T10:00", "2026-11-28T12:00", Kind.PRESENTATION);
        add(model, da ? "Frokost med forældre" : "Lunch with my parents", "2026-11-28T12:30", "2026-11-28T14:00", Kind.FAMILY);
        add(model, da ? "Skovtur" : "Walk in the forest", "2026-11-29T11:00", "2026-11-29T13:00", Kind.REST);
    }

    private static void add(CalendarViewModel model, String title, String start, String end, Kind kind) {
        model.create(draft(title, start, end, kind));
    }

    private static EventDraft draft(String title, String start, String end, Kind kind) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", "", null, kind, null, null);
    }
}
