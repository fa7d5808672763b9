package dk.netdesk.print;

import static dk.netdesk.print.PageDecor.INK;

import dk.netdesk.print.PageElement.Label;
import dk.netdesk.print.PageElement.Rule;
import dk.netdesk.ui.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The back page of a printed week: the event notes that did not fit in their boxes, in full, each with the
 * footnote number printed on its event, its day, time and title. Same paper and margins as the week page;
 * all sizes in points. Notes that would run off the page end in "…" on its last line.
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

    /** The notes page for {@code week}, laid out on the same paper and printable area as {@code front}. */
    PrintedPage page(PrintWeek week, List<Footnotes.Note> notes, PrintedPage front) {
        double width = front.contentWidth();
        double height = front.contentHeight();
        List<PageElement> elements = new ArrayList<>();
        double titleSize = 16;
        double baseline = fonts.ascent(titleSize);
        elements.add(new Label("notes-title", 0, baseline,
                text.fit(messages.format("print.notes.title", week.isoWeek()), titleSize, true, width), titleSize, true, INK));
        double y = baseline + fonts.descent(titleSize) + 3;
        elements.add(new Rule("header-rule", 0, y, width, y, INK, 1.2, false));
        y += 6;
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.get("print.notes.day"), messages.getLocale());
        double lineHeight = SIZE * 1.3;
        double numberWidth = fonts.width("⁰⁰ ", SIZE + 2, true) + 4;
        double textWidth = width - numberWidth;
        for (Footnotes.Note note : notes) {
            PrintEvent event = note.event();
            String when = day.format(event.date()) + (event.allDay() ? ""
                    : " " + time(event.startMinute()) + "–" + time(event.endMinute()));
            String heading = when + "  " + fonts.printable(event.title());
            int room = (int) Math.floor((height - y) / lineHeight);
            if (room < 2) {
                break;
            }
            baseline = y + fonts.ascent(SIZE);
            elements.add(new Label("notes-number", 0, baseline, Footnotes.superscript(note.number()), SIZE + 2, true, INK));
            for (String line : text.wrap(heading, SIZE, true, textWidth, 2)) {
                elements.add(new Label("notes-heading", numberWidth, baseline, line, SIZE, true, INK));
                baseline += lineHeight;
                room--;
            }
            for (String line : text.wrap(note.text(), SIZE, false, textWidth, Math.max(1, room - 1))) {
                elements.add(new Label("notes-text", numberWidth, baseline, line, SIZE, false, INK));
                baseline += lineHeight;
            }
            y = baseline - fonts.ascent(SIZE) + lineHeight * 0.5;
        }
        return new PrintedPage(front.paperWidth(), front.paperHeight(), front.marginLeft(), front.marginTop(), width,
                height, SIZE, elements);
    }

    private static String time(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
