package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.print.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real {@link javafx.print.PrinterJob}. The printing test runs only where a printer is installed (CI: CUPS
 * with the cups-pdf printer "PDF", which writes each job as a PDF to {@code ~/PDF/}); it prints two weeks and
 * finds the PDF the printer produced. Runs under Monocle headless like every other test.
 */
class WeekPrinterTest {

    private static final PrintFonts FONTS = new PrintFonts();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aPrinterThatIsNotThereGivesNoPrinterAndPrintsNothing() throws Exception {
        WeekPrinter printer = new WeekPrinter(FONTS);
        PrinterAccess.Result result = WaitForAsyncUtils.asyncFx(() -> printer.print("No such printer ÆØÅ",
                PrintOptions.DEFAULT, (pw, ph, l, t, w, h) -> {
                    throw new AssertionError("must not lay out for a missing printer");
                }, "test")).get();
        assertThat(result).isEqualTo(PrinterAccess.Result.NO_PRINTER);
        List<String> names = WaitForAsyncUtils.asyncFx(printer::printerNames).get();
        Optional<String> fallback = WaitForAsyncUtils.asyncFx(printer::defaultPrinter).get();
        assertThat(names.isEmpty()).isEqualTo(fallback.isEmpty());
        assertThat(WaitForAsyncUtils.asyncFx(() -> printer.defaultPaper("No such printer ÆØÅ")).get())
                .as("a printer that is not there reports no paper").isEmpty();
    }

    @Test
    void theInstalledPrintersOwnPaperIsOneOfOursOrNone() throws Exception {
        Optional<Printer> installed = WaitForAsyncUtils.asyncFx(() -> Optional.ofNullable(Printer.getDefaultPrinter())).get();
        assumeTrue(installed.isPresent(), "no printer installed: the real paper test runs where CUPS has one");
        Optional<PaperSize> paper = WaitForAsyncUtils.asyncFx(() -> new WeekPrinter(FONTS).defaultPaper(installed.get().getName())).get();
        javafx.print.Paper own = WaitForAsyncUtils.asyncFx(() -> installed.get().getDefaultPageLayout().getPaper()).get();
        assertThat(paper).isEqualTo(PaperSize.of(own.getWidth(), own.getHeight()));
    }

    @Test
    void printsTwoWeeksOnTheInstalledPdfPrinter() throws Exception {
        Optional<Printer> installed = WaitForAsyncUtils.asyncFx(() -> Optional.ofNullable(Printer.getDefaultPrinter())).get();
        assumeTrue(installed.isPresent(), "no printer installed: the real print test runs where CUPS has one");
        Path output = Path.of(System.getProperty("netdesk.printOutput", System.getProperty("user.home") + "/PDF"));
        String printerName = installed.get().getName();
        java.util.Set<Path> before = existing(output);
        Messages messages = new Messages(new Locale("da"), Bundles.ALL);
        WeekLayout layout = new WeekLayout(FONTS, messages);
        PrintOptions options = PrintOptions.DEFAULT.with(PrintOrientation.LANDSCAPE);
        double[] area = new double[2];

        PrinterAccess.Result result = WaitForAsyncUtils.asyncFx(() -> new WeekPrinter(FONTS).print(printerName, options,
                (pw, ph, left, top, w, h) -> {
                    area[0] = w;
                    area[1] = h;
                    return List.of(layout.page(SampleWeeks.ordinary(SampleWeeks.MONDAY_48), options, pw, ph, left, top, w, h),
                            layout.page(SampleWeeks.busy(SampleWeeks.MONDAY_48.plusWeeks(1)), options, pw, ph, left, top, w, h));
                }, "Netdesk test")).get();

        assertThat(result).isEqualTo(PrinterAccess.Result.PRINTED);
        assertThat(area[0]).as("landscape printable area").isGreaterThan(area[1]);
        Path pdf = waitForNewPdf(output, before, Duration.ofSeconds(30));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            // a printer turns landscape content onto the sheet: the sheet itself is A4 either way
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            assertThat(Math.min(width, height)).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(Math.max(width, height)).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void printInThePreviewDialogReachesThePrinter() throws Exception {
        Optional<Printer> installed = WaitForAsyncUtils.asyncFx(() -> Optional.ofNullable(Printer.getDefaultPrinter())).get();
        assumeTrue(installed.isPresent(), "no printer installed: the real print test runs where CUPS has one");
        Path output = Path.of(System.getProperty("netdesk.printOutput", System.getProperty("user.home") + "/PDF"));
        java.util.Set<Path> before = existing(output);
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        dk.netdesk.ui.StatusLine status = new dk.netdesk.ui.StatusLine();
        PrintViewModel model = new PrintViewModel((monday, personal) -> SampleWeeks.ordinary(monday), () -> "Maria",
                dk.netdesk.ui.Background.direct(), messages, status, java.time.Clock.systemDefaultZone());
        javafx.scene.control.Dialog<?> dialog = WaitForAsyncUtils.asyncFx(() -> {
            dk.netdesk.ui.Theme.LIGHT.apply();
            javafx.stage.Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
            if (owner.getScene() == null) {
                owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
            }
            owner.show();
            javafx.scene.control.Dialog<?> d = new PrintPreviewDialog(model, messages).build(owner, SampleWeeks.MONDAY_48);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.printerProperty().get()).isEqualTo(installed.get().getName());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> model.previewProperty().get() != null);
        int previewPages = model.pageCountProperty().get();
        assertThat(previewPages).as("the sample week's notes do not fit their boxes: the week and its notes page").isEqualTo(2);

        new org.testfx.api.FxRobot().clickOn("#print-print");
        // the print job runs in a nested event loop on the FX thread; wait until it has ended
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !model.messageProperty().get().isEmpty() && !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.messageProperty().get()).startsWith("Week 48: sent to the printer");
        assertThat(dialog.isShowing()).isFalse();
        Path pdf = waitForNewPdf(output, before, Duration.ofSeconds(30));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("what the preview said").isEqualTo(previewPages);
        }
        WaitForAsyncUtils.asyncFx(() -> FxToolkit.toolkitContext().getRegisteredStage().hide()).get();
    }

    /** The newest PDF in {@code folder} that was not there before, once its size stops changing. */
    private static Path waitForNewPdf(Path folder, java.util.Set<Path> since, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastSize = -1;
        while (System.nanoTime() < deadline) {
            Optional<Path> newest = newest(folder, since);
            if (newest.isPresent()) {
                long size = Files.size(newest.get());
                if (size > 0 && size == lastSize && readable(newest.get())) {
                    return newest.get();
                }
                lastSize = size;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The printer wrote no PDF to " + folder + " within " + timeout);
    }

    /** The PDFs already in the printer's output folder, so the test only looks at the one its job makes. */
    private static java.util.Set<Path> existing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(java.util.stream.Collectors.toSet());
        }
    }

    private static Optional<Path> newest(Path folder, java.util.Set<Path> since) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf"))
                    .filter(f -> !since.contains(f))
                    .max(Comparator.comparing(WeekPrinterTest::modified));
        }
    }

    private static boolean readable(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
