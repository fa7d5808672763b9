package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves known weeks as PDF and reads them back with PDFBox text extraction. */
class PdfWeekWriterTest {

    @TempDir
    Path dir;

    private final Messages danish = new Messages(new Locale("da"), Bundles.ALL);

    @Test
    void aDanishWeekReadsBackWithWeekNumberDayNamesAndTitles() throws IOException {
        PrintFonts fonts = new PrintFonts();
        PrintWeek week = SampleWeeks.ordinary(SampleWeeks.MONDAY_48);
        PrintedPage page = new WeekLayout(fonts, danish).page(week, PrintOptions.DEFAULT);
        Path file = dir.resolve("uge-48.pdf");

        new PdfWeekWriter(fonts).write(file, List.of(page), "Uge 48", week.ownerName());

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Uge 48", "Maria Sørensen", "23. november – 29. november 2026");
            assertThat(text).contains("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag");
            assertThat(text).contains("Team call with upline", "Brunch with family", "Friday pizza and film",
                    "Aksel's birthday", "Dentist (Søren)", "Product party at Karen Østergaard's");
            assertThat(text).contains("Arbejde", "Privat", "Beskyttet fritid", "Planlagt arbejde: 11 t 45 min af et budget på 12 t");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Uge 48");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Maria Sørensen");
        }
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void theCreationDateIsGregorianWhateverTheMachinesCalendar() throws IOException {
        // issue 17, item 7: Calendar.getInstance() under th-TH is a Buddhist calendar, so the PDF said it was
        // made in 2569; the date comes from the print preview's clock, in the Gregorian calendar
        Locale before = Locale.getDefault();
        Locale beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
        try {
            PrintFonts fonts = new PrintFonts();
            PrintedPage page = new WeekLayout(fonts, danish).page(SampleWeeks.ordinary(SampleWeeks.MONDAY_48), PrintOptions.DEFAULT);
            Path file = dir.resolve("th.pdf");
            java.time.ZonedDateTime made = java.time.ZonedDateTime.parse("2026-11-28T10:00:00+01:00[Europe/Copenhagen]");

            new PdfWeekWriter(fonts).write(file, List.of(page), "Uge 48", "", made);

            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                java.util.Calendar created = pdf.getDocumentInformation().getCreationDate();
                assertThat(created.toInstant()).isEqualTo(made.toInstant());
                assertThat(pdf.getDocumentInformation().getCOSObject()
                        .getString(org.apache.pdfbox.cos.COSName.CREATION_DATE)).startsWith("D:20261128");
            }
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
            Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
        }
    }

    @Test
    void aRangeOfWeeksGivesOnePageEach() throws IOException {
        PrintFonts fonts = new PrintFonts();
        WeekLayout layout = new WeekLayout(fonts, danish);
        PrintOptions landscape = PrintOptions.DEFAULT.with(PrintOrientation.LANDSCAPE);
        List<PrintedPage> pages = List.of(
                layout.page(SampleWeeks.ordinary(SampleWeeks.MONDAY_48), landscape),
                layout.page(SampleWeeks.busy(SampleWeeks.MONDAY_48.plusWeeks(1)), landscape),
                layout.page(PrintWeek.empty(SampleWeeks.MONDAY_48.plusWeeks(2)), landscape));
        Path file = dir.resolve("uger.pdf");

        new PdfWeekWriter(fonts).write(file, pages, "Uge 48–50", "");

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pdf.getPage(1).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(1).getMediaBox().getHeight());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= 3; n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                assertThat(stripper.getText(pdf)).contains("Uge " + (47 + n));
            }
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("mere").contains("Aftaler uden pause: 3").doesNotContain("Manglende pauser");
        }
    }

    @Test
    void theJarsFontIsUsedWhenTheSystemHasNone() throws IOException {
        PrintFonts fallback = new PrintFonts(dir.resolve("no-fonts-here"));
        PrintedPage page = new WeekLayout(fallback, danish).page(SampleWeeks.ordinary(SampleWeeks.MONDAY_48), PrintOptions.DEFAULT);
        Path file = dir.resolve("fallback.pdf");

        new PdfWeekWriter(fallback).write(file, List.of(page), "Uge 48", "");

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Uge 48", "lørdag", "søndag");
        }
        assertThat(fallback.width("æøå", 10, false)).isGreaterThan(10);
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws IOException {
        PrintFonts fonts = new PrintFonts();
        PrintedPage page = new WeekLayout(fonts, danish).page(PrintWeek.empty(SampleWeeks.MONDAY_48), PrintOptions.DEFAULT);
        Path folderInTheWay = dir.resolve("taken.pdf");
        Files.createDirectories(folderInTheWay.resolve("child"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                new PdfWeekWriter(fonts).write(folderInTheWay, List.of(page), "Uge 48", "")).isInstanceOf(IOException.class);

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(folderInTheWay);
        }
    }

    @Test
    void charactersTheFontLacksArePrintedAsQuestionMarks() throws IOException {
        PrintFonts fonts = new PrintFonts();
        assertThat(fonts.printable("Kaffe 中 med\tAnna\n")).isEqualTo("Kaffe ? med Anna");
        PrintWeek week = new PrintWeek(SampleWeeks.MONDAY_48, "", List.of(PrintEvent.timed(SampleWeeks.MONDAY_48,
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(11, 0), "Kaffe 中 med Anna", true)),
                List.of(), List.of(), PrintSummary.EMPTY);
        Path file = dir.resolve("emoji.pdf");
        new PdfWeekWriter(fonts).write(file, List.of(new WeekLayout(fonts, danish).page(week, PrintOptions.DEFAULT)), "Uge 48", "");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Kaffe ? med Anna");
        }
    }
}
