package dk.netdesk.print;

import static dk.netdesk.print.PageDecor.INK;

import dk.netdesk.print.PageElement.Label;
import dk.netdesk.print.PageElement.Rule;
import dk.netdesk.ui.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The back pages of a printed week, for what the week page could not show in full, each entry under the footnote
 * number printed on the week: an event note that did not fit in its box, in full, under the event's day, time and
 * title; and the events of a "+N more" box, each on its own line with its times and title (and its note, when
 * notes are printed). Same paper and margins as the week page; all sizes in points. When the entries need more
 * than one page they go on over further pages, each with the same title.
 */
final class NotesPage {

    private static final double SIZE = 10;

    private final PrintFonts fonts;
    private final Messages messages;
    private final TextFit text;

    NotesPage(PrintFonts fonts, Messages messages) {
        this.fonts = fonts;
        this.messages = messages;
        this.text = new TextFit(fonts);
    }

    /** The notes pages for {@code week} (at least one), laid out on the same paper and printable area as {@code front}. */
    List<PrintedPage> pages(PrintWeek week, List<Footnotes.Note> notes, PrintedPage front) {
        return new Pages(week, front).run(notes);
    }

    /** The pages being filled, and where the next line goes. */
    private final class Pages {
        private final PrintWeek week;
        private final PrintedPage front;
        private final double width;
        private final double height;
        private final double lineHeight = SIZE * 1.3;
        private final double numberWidth;
        private final DateTimeFormatter day;
        private final List<PrintedPage> done = new ArrayList<>();
        private List<PageElement> elements;
        private double baseline;

        Pages(PrintWeek week, PrintedPage front) {
            this.week = week;
            this.front = front;
            this.width = front.contentWidth();
            this.height = front.contentHeight();
            this.numberWidth = fonts.width("⁰⁰ ", SIZE + 2, true) + 4;
            this.day = DateTimeFormatter.ofPattern(messages.get("print.notes.day"), messages.getLocale());
        }

        List<PrintedPage> run(List<Footnotes.Note> notes) {
            newPage();
            for (Footnotes.Note note : notes) {
                if (room() < 2) {
                    newPage();
                }
                elements.add(new Label("notes-number", 0, baseline, Footnotes.superscript(note.number()), SIZE + 2, true, INK));
                if (note.hidden().isEmpty()) {
                    lines("notes-heading", when(note) + "  " + fonts.printable(note.event().title()), true, 2,
                            numberWidth);
                    lines("notes-text", note.text(), false, Integer.MAX_VALUE, numberWidth);
                } else {
                    lines("notes-heading", messages.format("print.notes.hidden", day.format(note.day())), true, 2,
                            numberWidth);
                    for (PrintEvent event : note.hidden()) {
                        String when = event.allDay() ? messages.get("print.notes.allDay") : times(event);
                        lines("notes-event", when + "  " + fonts.printable(event.title()), false, 3, numberWidth);
                        String eventNotes = fonts.printable(event.notes()).strip();
                        if (!eventNotes.isEmpty()) {
                            lines("notes-text", eventNotes, false, Integer.MAX_VALUE, numberWidth + SIZE);
                        }
                    }
                }
                baseline += lineHeight * 0.5;
            }
            finish();
            return done;
        }

        /**
         * The day and times of a note's event: "Wednesday 25 November 10:00–11:00"; over several days from its
         * first day to its last ("Wednesday 25 November – Friday 27 November", with the start and end times when
         * it is timed).
         */
        private String when(Footnotes.Note note) {
            PrintEvent first = note.event();
            PrintEvent last = note.last() == null ? first : note.last();
            if (last.date() == null || !last.date().isAfter(first.date())) {
                return day.format(first.date()) + (first.allDay() ? "" : " " + times(first));
            }
            if (first.allDay()) {
                return day.format(first.date()) + " – " + day.format(last.date());
            }
            return day.format(first.date()) + " " + time(first.startMinute()) + " – " + day.format(last.date()) + " "
                    + time(last.endMinute());
        }

        /** Lines of text from {@code x}, wrapped to the page; goes on over a new page when this one is full. */
        private void lines(String role, String line, boolean bold, int most, double x) {
            List<String> wrapped = text.wrap(line, SIZE, bold, width - x, 1000);
            if (wrapped.size() > most) {
                wrapped = text.wrap(line, SIZE, bold, width - x, most);
            }
            for (int i = 0; i < wrapped.size(); i++) {
                if (room() < 1) {
                    newPage();
                }
                elements.add(new Label(role, x, baseline, wrapped.get(i), SIZE, bold, INK));
                baseline += lineHeight;
            }
        }

        /** Whole lines left on the page below the current baseline, counting the one it is on. */
        private int room() {
            return (int) Math.floor((height - (baseline + fonts.descent(SIZE))) / lineHeight) + 1;
        }

        private void newPage() {
            finish();
            elements = new ArrayList<>();
            double titleSize = 16;
            double titleBaseline = fonts.ascent(titleSize);
            elements.add(new Label("notes-title", 0, titleBaseline,
                    text.fit(messages.format("print.notes.title", week.isoWeek()), titleSize, true, width), titleSize,
                    true, INK));
            double y = titleBaseline + fonts.descent(titleSize) + 3;
            elements.add(new Rule("header-rule", 0, y, width, y, INK, 1.2, false));
            baseline = y + 6 + fonts.ascent(SIZE);
        }

        private void finish() {
            if (elements != null) {
                done.add(new PrintedPage(front.paperWidth(), front.paperHeight(), front.marginLeft(), front.marginTop(),
                        width, height, SIZE, elements));
            }
        }
    }

    private static String times(PrintEvent event) {
        return event.endMinute() == event.startMinute() ? time(event.startMinute())
                : time(event.startMinute()) + "–" + time(event.endMinute());
    }

    private static String time(int minute) {
        return dk.netdesk.ui.TimeOfDay.format(minute);
    }
}
