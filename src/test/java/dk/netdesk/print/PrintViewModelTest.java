package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print view-model with a fake printer list and {@link Background#direct()}: no window, no toolkit. */
class PrintViewModelTest {

    private static final PrintFonts FONTS = new PrintFonts();

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
    private final StatusLine status = new StatusLine();
    private final List<String> requests = new ArrayList<>();
    private final FakePrinters printers = new FakePrinters();
    private String owner = "Maria Sørensen";
    /** Monday 00:30 of week 2 of 2027 in Copenhagen, while it is still Sunday of week 1 in UTC. */
    private final Clock clock = Clock.fixed(Instant.parse("2027-01-10T23:30:00Z"), ZoneId.of("Europe/Copenhagen"));

    private final WeekSource source = (monday, personal) -> {
        requests.add(monday + (personal ? " +personal" : " work only"));
        PrintWeek week = SampleWeeks.ordinary(monday).withOwnerName("");
        return personal ? week : week.workOnly();
    };

    private PrintViewModel model() {
        return new PrintViewModel(source, () -> owner, FONTS, printers, Background.direct(), messages, status, clock);
    }

    @Test
    void opensOnTheMondayOfTheGivenDayWithA4PortraitAndTheDefaultPrinter() {
        printers.names = List.of("Office", "PDF");
        printers.defaultName = "PDF";
        PrintViewModel model = model();

        model.open(LocalDate.of(2026, 11, 26));

        assertThat(model.mondayProperty().get()).isEqualTo(SampleWeeks.MONDAY_48);
        assertThat(requests).containsExactly("2026-11-23 +personal");
        assertThat(model.paperProperty().get()).isEqualTo(PaperSize.A4);
        assertThat(model.orientationProperty().get()).isEqualTo(PrintOrientation.PORTRAIT);
        assertThat(model.printerNames()).containsExactly("Office", "PDF");
        assertThat(model.printerProperty().get()).isEqualTo("PDF");
        assertThat(model.noPrinterProperty().get()).isFalse();
        assertThat(model.rangeTextProperty().get()).isEqualTo("Week 48");
        PrintedPage preview = model.previewProperty().get();
        assertThat(preview.paperWidth()).isLessThan(preview.paperHeight());
        assertThat(preview.texts()).contains("Week 48", "Maria Sørensen");
    }

    @Test
    void optionsChangeThePreviewAndPersonalEventsAreReadAgain() {
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);
        int personalEvents = countEvents(model.previewProperty().get());

        model.orientationProperty().set(PrintOrientation.LANDSCAPE);
        assertThat(model.previewProperty().get().paperWidth()).isGreaterThan(model.previewProperty().get().paperHeight());

        model.paperProperty().set(PaperSize.A5);
        assertThat(model.previewProperty().get().paperHeight()).isCloseTo(419.53, org.assertj.core.data.Offset.offset(0.1));

        model.showSummaryProperty().set(false);
        assertThat(model.previewProperty().get().texts()).noneMatch(t -> t.startsWith("Work planned"));

        model.includePersonalProperty().set(false);
        assertThat(requests).containsExactly("2026-11-23 +personal", "2026-11-23 work only");
        assertThat(countEvents(model.previewProperty().get())).isLessThan(personalEvents);
        assertThat(model.previewProperty().get().texts()).doesNotContain("Brunch with family");
    }

    @Test
    void noPrinterMeansPrintExplainsAndChangesNothing() {
        printers.names = List.of();
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);

        model.print();

        assertThat(model.noPrinterProperty().get()).isTrue();
        assertThat(model.printerProperty().get()).isNull();
        assertThat(model.messageProperty().get()).contains("No printer is installed").contains("Save as PDF");
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(printers.jobs).isEmpty();
        assertThat(model.finishedProperty().get()).isZero();
        assertThat(status.textProperty().get()).isEmpty();
    }

    @Test
    void printLaysOutOnePagePerWeekForThePrintersArea() {
        printers.names = List.of("PDF");
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);
        model.showNotesProperty().set(false); // notes that do not fit would add a notes page per week
        model.weeksProperty().set(3);
        assertThat(model.rangeTextProperty().get()).isEqualTo("Weeks 48–50");

        model.print();

        assertThat(printers.jobs).hasSize(1);
        // one week page per week (an event whose box has no room for its times adds a notes page after its week)
        List<PrintedPage> pages = printers.jobs.get(0).stream()
                .filter(p -> p.flatten().stream().noneMatch(e -> e.role().equals("notes-title"))).toList();
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).contentWidth()).isEqualTo(500);
        assertThat(pages.get(0).marginLeft()).isEqualTo(20);
        assertThat(pages.get(2).texts()).contains("Week 50", "Maria Sørensen");
        assertThat(printers.jobNames).containsExactly("Netdesk Weeks 48–50");
        assertThat(model.finishedProperty().get()).isEqualTo(1);
        assertThat(model.messageIsErrorProperty().get()).isFalse();
        assertThat(status.textProperty().get()).isEqualTo("Weeks 48–50: sent to the printer PDF.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theStatusAfterPrintingOrSavingFollowsTheUiLanguage() {
        Messages switching = new Messages(Locale.ENGLISH, Bundles.ALL);
        StatusLine line = new StatusLine(switching);
        printers.names = List.of("PDF");
        PrintViewModel model = new PrintViewModel(source, () -> owner, FONTS, printers, Background.direct(), switching, line, clock);
        model.open(SampleWeeks.MONDAY_48);
        model.print();
        assertThat(line.textProperty().get()).isEqualTo("Week 48: sent to the printer PDF.");
        switching.setLocale(new Locale("da", "DK"));
        assertThat(line.textProperty().get()).isEqualTo("Uge 48 blev sendt til printeren PDF.");

        model.savePdf(dir.resolve("uge-48.pdf"));
        assertThat(line.textProperty().get()).isEqualTo("Uge 48 blev gemt som uge-48.pdf.");
        switching.setLocale(Locale.ENGLISH);
        assertThat(line.textProperty().get()).isEqualTo("Week 48: saved as uge-48.pdf.");
    }

    @Test
    void aPrinterErrorOrCancelSaysSoAndChangesNothing() {
        printers.names = List.of("Office");
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);

        printers.result = PrinterAccess.Result.FAILED;
        model.print();
        assertThat(model.messageProperty().get()).contains("Office").contains("not printed");
        assertThat(model.messageIsErrorProperty().get()).isTrue();

        printers.result = PrinterAccess.Result.CANCELLED;
        model.print();
        assertThat(model.messageProperty().get()).isEqualTo("Printing was cancelled. Nothing was printed.");

        printers.failure = new IllegalStateException("driver crashed");
        model.print();
        assertThat(model.messageProperty().get()).contains("reported an error");

        assertThat(model.finishedProperty().get()).isZero();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(status.textProperty().get()).isEmpty();
        assertThat(model.printerProperty().get()).isEqualTo("Office");
    }

    @Test
    void hoursThatDoNotRunForwardsAreRefusedWithAMessageUntilCorrected() throws Exception {
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);
        model.fitHoursProperty().set(false);
        model.fromHourProperty().set(23);
        model.toHourProperty().set(5);

        assertThat(model.hoursProblem()).isPresent();
        // under the hour fields, short
        assertThat(model.hoursMessageProperty().get()).isEqualTo("The last hour must be after the first.");
        // said once, under the fields: not a second time at the bottom of the options
        assertThat(model.messageProperty().get()).isEmpty();
        model.print();
        model.savePdf(dir.resolve("backwards.pdf"));
        assertThat(printers.jobs).isEmpty();
        assertThat(dir.resolve("backwards.pdf")).doesNotExist();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.hoursMessageProperty().get()).isEqualTo("The last hour must be after the first.");

        model.toHourProperty().set(23); // equal is not forwards either
        assertThat(model.hoursProblem()).isPresent();
        assertThat(model.hoursMessageProperty().get()).isNotEmpty();
        model.fromHourProperty().set(8);
        assertThat(model.hoursProblem()).isEmpty();
        assertThat(model.hoursMessageProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.options().fromHour()).isEqualTo(8);
        model.print();
        assertThat(printers.jobs).hasSize(1);
    }

    @Test
    void savePdfWritesEveryWeekEvenWithoutAPrinterAndAddsTheExtension() throws Exception {
        printers.names = List.of();
        owner = "";
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);
        model.showNotesProperty().set(false); // notes that do not fit would add a notes page per week
        model.weeksProperty().set(2);
        assertThat(model.suggestedFileName()).isEqualTo("week-2026-48.pdf");

        model.savePdf(dir.resolve("my week"));

        Path written = dir.resolve("my week.pdf");
        assertThat(written).exists();
        try (PDDocument pdf = Loader.loadPDF(written.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(model.messageProperty().get()).isEqualTo("Weeks 48–49: saved as my week.pdf.");
        assertThat(status.textProperty().get()).isEqualTo("Weeks 48–49: saved as my week.pdf.");
        assertThat(model.finishedProperty().get()).isEqualTo(1);
    }

    @Test
    void beforeAWeekIsChosenTheFileNameIsThisWeekByTheClock() {
        assertThat(model().suggestedFileName()).isEqualTo("week-2027-02.pdf");
        PrintViewModel model = new PrintViewModel(source, () -> owner, FONTS, printers, Background.direct(), messages,
                status, Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneId.of("Europe/Copenhagen")));
        assertThat(model.suggestedFileName()).isEqualTo("week-2027-01.pdf");
    }

    @Test
    void aPdfThatCannotBeWrittenSaysWhatToDoAndLeavesNoFile() throws Exception {
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);
        Path missingFolder = dir.resolve("gone").resolve("week.pdf");

        model.savePdf(missingFolder);

        assertThat(model.messageProperty().get()).startsWith("Could not save week.pdf").endsWith("Choose another folder or file name.");
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.finishedProperty().get()).isZero();
        assertThat(model.busyProperty().get()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theLanguageChangesThePreview() {
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);

        messages.setLocale(new Locale("da"));

        assertThat(model.previewProperty().get().texts()).contains("Uge 48", "mandag", "søndag");
        assertThat(model.rangeTextProperty().get()).isEqualTo("Uge 48");
        assertThat(model.suggestedFileName()).isEqualTo("uge-2026-48.pdf");
    }

    private static int countEvents(PrintedPage page) {
        return (int) page.flatten().stream().filter(e -> e.role().equals("event")).count();
    }

    private static final class FakePrinters implements PrinterAccess {
        List<String> names = List.of("PDF");
        String defaultName;
        Result result = Result.PRINTED;
        RuntimeException failure;
        final List<List<PrintedPage>> jobs = new ArrayList<>();
        final List<String> jobNames = new ArrayList<>();

        @Override
        public List<String> printerNames() {
            return names;
        }

        @Override
        public Optional<String> defaultPrinter() {
            return Optional.ofNullable(defaultName);
        }

        @Override
        public Result print(String printer, PrintOptions options, PageMaker pages, String jobName) {
            if (failure != null) {
                throw failure;
            }
            if (result == Result.PRINTED) {
                jobs.add(pages.pages(540, 780, 20, 20, 500, 740));
                jobNames.add(jobName);
            }
            return result;
        }
    }

    @Test
    void openingAgainKeepsTheChosenPrinterAndLeavesAnUnchangedListAlone() {
        printers.names = List.of("Office", "PDF");
        printers.defaultName = "PDF";
        PrintViewModel model = model();
        model.open(SampleWeeks.MONDAY_48);
        model.printerProperty().set("Office");
        List<String> changes = new ArrayList<>();
        model.printerNames().addListener((javafx.collections.ListChangeListener<String>) c -> changes.add(c.toString()));

        model.open(SampleWeeks.MONDAY_48);
        assertThat(changes).isEmpty();
        assertThat(model.printerProperty().get()).isEqualTo("Office");

        printers.names = List.of("PDF");
        model.open(SampleWeeks.MONDAY_48);
        assertThat(model.printerNames()).containsExactly("PDF");
        assertThat(model.printerProperty().get()).isEqualTo("PDF");
    }
}
