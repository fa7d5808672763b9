package dk.netdesk.print;

import dk.netdesk.app.Bundles;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.ui.Messages;
import java.util.Locale;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=PrintScreenshotTest}: the printed page as PNG, English and Danish,
 * A4 portrait and landscape, at 2× (144 dpi), to {@code target/screenshots/print-<lang>-a4-<orientation>.png};
 * the same with an over-full week ({@code -busy}), A5 portrait, and the preview dialog in both themes, with
 * and without a printer.
 */
@Tag("screenshots")
class PrintScreenshotTest {

    @Test
    void printedPages() throws Exception {
        FxToolkit.registerPrimaryStage();
        PrintFonts fonts = new PrintFonts();
        for (Locale locale : Messages.LANGUAGES) {
            Messages messages = new Messages(locale, withPrint());
            WeekLayout layout = new WeekLayout(fonts, messages);
            for (PrintOrientation orientation : PrintOrientation.values()) {
                PrintOptions options = new PrintOptions(PaperSize.A4, orientation, true, true, true);
                String name = "print-" + locale.getLanguage() + "-a4-" + orientation.name().toLowerCase(Locale.ROOT);
                sheet(fonts, layout.page(SampleWeeks.ordinary(SampleWeeks.MONDAY_48), options), name);
                sheet(fonts, layout.page(SampleWeeks.busy(SampleWeeks.MONDAY_48), options), name + "-busy");
            }
            Messages a5 = new Messages(locale, withPrint());
            sheet(fonts, new WeekLayout(fonts, a5).page(SampleWeeks.ordinary(SampleWeeks.MONDAY_48),
                    new PrintOptions(PaperSize.A5, PrintOrientation.PORTRAIT, true, false, true)),
                    "print-" + locale.getLanguage() + "-a5-portrait");
        }
    }

    private static void sheet(PrintFonts fonts, PrintedPage page, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Pane sheet = new PageNodeRenderer(fonts).sheet(page);
            new javafx.scene.Scene(sheet);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(2, 2));
            parameters.setFill(Color.WHITE);
            Screenshots.save(sheet, name, parameters);
        }).get();
    }

    @Test
    void previewDialog() throws Exception {
        FxToolkit.registerPrimaryStage();
        PrintFonts fonts = new PrintFonts();
        for (dk.netdesk.testing.ScreenshotRun run : dk.netdesk.testing.ScreenshotRun.all()) {
            for (boolean withPrinter : new boolean[] {true, false}) {
                Messages messages = new Messages(run.locale(), withPrint());
                PrinterAccess printers = new PrinterAccess() {
                    @Override
                    public java.util.List<String> printerNames() {
                        return withPrinter ? java.util.List.of("HP LaserJet (kontor)", "PDF") : java.util.List.of();
                    }

                    @Override
                    public java.util.Optional<String> defaultPrinter() {
                        return printerNames().stream().findFirst();
                    }

                    @Override
                    public Result print(String printer, PrintOptions options, PageMaker pages, String jobName) {
                        return Result.FAILED;
                    }
                };
                PrintViewModel model = new PrintViewModel((monday, personal) -> SampleWeeks.ordinary(monday),
                        () -> "Maria Sørensen", fonts, printers, dk.netdesk.ui.Background.direct(), messages,
                        new dk.netdesk.ui.StatusLine(), java.time.Clock.systemDefaultZone());
                String name = run.name(withPrinter ? "print-dialog" : "print-dialog-noprinter");
                WaitForAsyncUtils.asyncFx(() -> {
                    run.theme().apply();
                    javafx.stage.Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
                    if (owner.getScene() == null) {
                        owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
                    }
                    javafx.scene.control.Dialog<?> dialog = new PrintPreviewDialog(model, messages)
                            .build(FxToolkit.toolkitContext().getRegisteredStage(), SampleWeeks.MONDAY_48);
                    dialog.getDialogPane().getStyleClass().add(run.theme().styleClass());
                    dialog.show();
                    // as large as the screen lets it be: the window's size, up to what the preview asks for
                    dialog.setWidth(Math.min(1040, run.size().width()));
                    dialog.setHeight(Math.min(780, run.size().height()));
                    if (withPrinter) {
                        model.print();
                    }
                    return dialog;
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    javafx.stage.Window window = Screenshots.openDialog();
                    Screenshots.saveDialog(window, run, name);
                    ((javafx.stage.Stage) window).close();
                }).get();
            }
        }
    }

    static java.util.List<String> withPrint() {
        java.util.List<String> bundles = new java.util.ArrayList<>(Bundles.ALL);
        if (!bundles.contains("dk.netdesk.print.messages")) {
            bundles.add("dk.netdesk.print.messages");
        }
        return bundles;
    }
}
