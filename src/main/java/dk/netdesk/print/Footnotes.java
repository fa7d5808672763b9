package dk.netdesk.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one printed week could not show in full, numbered from 1 in the order the layout meets it and printed
 * whole on the notes page ({@link NotesPage}): the notes that did not fit in their event's box (the number is
 * printed on the event), and the events that had no room at all (the number is printed on their "+N more" box,
 * and the notes page lists each with its day, times and title).
 */
final class Footnotes {

    /**
     * One numbered entry: a note ({@code event} and its {@code text}; {@code hidden} empty), or the events of
     * {@code day} that were only counted in a "+N more" box ({@code event} null, {@code text} empty).
     */
    record Note(int number, PrintEvent event, String text, LocalDate day, List<PrintEvent> hidden) {

        Note {
            hidden = List.copyOf(hidden);
        }
    }

    private final List<Note> notes = new ArrayList<>();

    /** Numbers {@code text} of {@code event}; returns the mark to print on the event, e.g. "²". */
    String add(PrintEvent event, String text) {
        for (Note note : notes) {
            if (event.equals(note.event())) {
                return superscript(note.number());
            }
        }
        Note note = new Note(notes.size() + 1, event, text, event.date(), List.of());
        notes.add(note);
        return superscript(note.number());
    }

    /**
     * Numbers the events of {@code day} a "+N more" box stands for (in the order given: by start); returns the
     * mark to print on the box, e.g. "³".
     */
    String hidden(LocalDate day, List<PrintEvent> events) {
        Note note = new Note(notes.size() + 1, null, "", day, events);
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
