package dk.netdesk.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one printed week could not show in full, numbered from 1 in the order the layout meets it and printed
 * whole on the notes page ({@link NotesPage}): the notes that did not fit in their event's box, and the events whose
 * box had no room for their whole start–end time (the number is printed on the event; the notes page gives its day,
 * times and title), and the events that had no room at all (the number is printed at the top right of their "+N
 * more" box, and the notes page lists each with its day, times and title). An event over several days has one
 * number.
 */
final class Footnotes {

    /**
     * One numbered entry: an event whose note or times its box could not show ({@code event}, its first day here,
     * and its {@code text}, the note, may be empty; {@code last} its last day's part here, {@code event} itself for
     * an event of one day; {@code hidden} empty), or the events of {@code day} that were only counted in a "+N more"
     * box ({@code event} and {@code last} null, {@code text} empty).
     */
    record Note(int number, PrintEvent event, PrintEvent last, String text, LocalDate day, List<PrintEvent> hidden) {

        Note {
            hidden = List.copyOf(hidden);
        }
    }

    private final List<Note> notes = new ArrayList<>();

    /**
     * Numbers {@code text} (a note, may be empty) of {@code event}, which the notes page lists with its day, times and
     * title; returns the mark to print on the event, e.g. "²". An event that covers several days (printed as one
     * {@code PrintEvent} per day, going on from the day before) gets one number, the one of its first day here, when
     * {@code sameOnEveryDay}: its entry says nothing that differs between its days (not its times).
     */
    String add(PrintEvent event, String text, boolean sameOnEveryDay) {
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            if (event.equals(note.event()) || event.equals(note.last())) {
                return superscript(note.number());
            }
            if (sameOnEveryDay && continues(note.last(), event)) {
                notes.set(i, new Note(note.number(), note.event(), event, note.text(), note.day(), note.hidden()));
                return superscript(note.number());
            }
        }
        Note note = new Note(notes.size() + 1, event, event, text, event.date(), List.of());
        notes.add(note);
        return superscript(note.number());
    }

    /** True when {@code later} is a later day's part of the event {@code earlier} is part of. */
    private static boolean continues(PrintEvent earlier, PrintEvent later) {
        return earlier != null && earlier.toDayAfter() && later.fromDayBefore() && earlier.date() != null
                && later.date() != null && earlier.date().isBefore(later.date()) && earlier.allDay() == later.allDay()
                && earlier.title().equals(later.title()) && earlier.notes().equals(later.notes())
                && earlier.work() == later.work() && earlier.kindLabel().equals(later.kindLabel());
    }

    /**
     * Numbers the events of {@code day} a "+N more" box stands for (in the order given: by start); returns the
     * mark to print on the box, e.g. "³".
     */
    String hidden(LocalDate day, List<PrintEvent> events) {
        Note note = new Note(notes.size() + 1, null, null, "", day, events);
        notes.add(note);
        return superscript(note.number());
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }

    /** {@code number} in superscript digits, e.g. 12 → "¹²". */
    static String superscript(int number) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }
}
