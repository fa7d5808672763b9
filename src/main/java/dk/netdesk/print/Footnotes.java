package dk.netdesk.print;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes of one printed week that did not fit in their event's box: numbered from 1 in the order the
 * layout meets them, marked on the event with a superscript number, and printed whole on the notes page
 * ({@link NotesPage}).
 */
final class Footnotes {

    /** One note: its number, the event (on its day) and the note text. */
    record Note(int number, PrintEvent event, String text) {
    }

    private final List<Note> notes = new ArrayList<>();

    /** Numbers {@code text} of {@code event}; returns the mark to print on the event, e.g. "²". */
    String add(PrintEvent event, String text) {
        for (Note note : notes) {
            if (note.event().equals(event)) {
                return superscript(note.number());
            }
        }
        Note note = new Note(notes.size() + 1, event, text);
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
