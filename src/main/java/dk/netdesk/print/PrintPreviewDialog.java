package dk.netdesk.print;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.FieldMessage;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.NumberText;
import dk.netdesk.ui.SpinnerText;
import dk.netdesk.ui.ViewListeners;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Print week…": options on the left (printer, paper, orientation, what to show, which weeks), the page as
 * it will print on the right, and Print / Save as PDF… / Close. With no printer installed, Print is off,
 * the printer list explains why, and Save as PDF… is the default button. Call {@link #show(Window, LocalDate)}
 * from the calendar (Ctrl+P there). The view-model lives as long as the app; the dialog's listeners on it
 * go with the dialog.
 */
public final class PrintPreviewDialog {

    /** "Print week…" in the calendar and Print inside the dialog: Ctrl+P (Cmd+P on a Mac). */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    /**
     * The content's preferred height, in pixels: with the dialog's button row the dialog asks for less than
     * 700 pixels, so it opens whole on a 1,024x700 screen and never grows past that for a message.
     */
    static final double PREF_HEIGHT = 600;

    private final PrintViewModel model;
    private final Messages messages;
    private final PageNodeRenderer renderer;
    private Path lastFolder;
    /** The dialog's number fields: hours and weeks typed there must be readable before printing. */
    private final List<Spinner<Integer>> spinners = new java.util.ArrayList<>();

    public PrintPreviewDialog(PrintViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.renderer = new PageNodeRenderer(model.fonts());
    }

    /** Opens the preview for the week holding {@code day} and waits until it is closed. */
    public void show(Window owner, LocalDate day) {
        build(owner, day).showAndWait();
    }

    /** Builds the dialog without showing it (tests and screenshots show it themselves). */
    public Dialog<ButtonType> build(Window owner, LocalDate day) {
        model.open(day);
        spinners.clear();
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogFit.onScreen(dialog);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("print.dialog.title"));
        dialog.setResizable(true);
        ButtonType print = new ButtonType(messages.get("print.button.print"), ButtonBar.ButtonData.OK_DONE);
        ButtonType pdf = new ButtonType(messages.get("print.button.pdf"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(messages.get("print.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(print, pdf, close);
        dialog.getDialogPane().setContent(content(dialog));
        dialog.getDialogPane().setId("print-dialog");
        dialog.getDialogPane().getStylesheets().add(
                PrintPreviewDialog.class.getResource("/dk/netdesk/print/print.css").toExternalForm());

        Button printButton = (Button) dialog.getDialogPane().lookupButton(print);
        printButton.setId("print-print");
        // refused while the hours run backwards or a number field holds text that cannot be read (the message
        // under the field says so); the text goes as soon as it is corrected while typing, so the button is on then
        javafx.beans.binding.BooleanBinding wrong = model.hoursMessageProperty().isNotEmpty().or(unreadable());
        printButton.disableProperty().bind(model.noPrinterProperty().or(model.busyProperty()).or(wrong));
        printButton.defaultButtonProperty().bind(model.noPrinterProperty().not());
        printButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (SpinnerText.commit(spinners.toArray(Spinner[]::new))) {
                model.print();
            } else {
                dk.netdesk.ui.FirstError.focus(dialog.getDialogPane().getContent());
            }
        });
        Button pdfButton = (Button) dialog.getDialogPane().lookupButton(pdf);
        pdfButton.setId("print-pdf");
        pdfButton.disableProperty().bind(model.busyProperty().or(wrong));
        pdfButton.defaultButtonProperty().bind(model.noPrinterProperty());
        pdfButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (SpinnerText.commit(spinners.toArray(Spinner[]::new))) {
                choosePdf(dialog.getDialogPane().getScene().getWindow());
            } else {
                dk.netdesk.ui.FirstError.focus(dialog.getDialogPane().getContent());
            }
        });
        dialog.getDialogPane().lookupButton(close).setId("print-close");
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUT.match(e)) {
                e.consume();
                if (SpinnerText.commit(spinners.toArray(Spinner[]::new))) {
                    model.print();
                } else {
                    dk.netdesk.ui.FirstError.focus(dialog.getDialogPane().getContent());
                }
            }
        });
        int[] seen = {model.finishedProperty().get()};
        ViewListeners.onChange(dialog.getDialogPane(), model.finishedProperty(), (obs, old, now) -> {
            if (now.intValue() > seen[0] && dialog.isShowing()) {
                dialog.setResult(close);
                dialog.close();
            }
        });
        return dialog;
    }

    /** True while any of the dialog's number fields holds text that cannot be read (its message shows under it). */
    private javafx.beans.binding.BooleanBinding unreadable() {
        List<Spinner<Integer>> fields = List.copyOf(spinners);
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> fields.stream().anyMatch(f -> SpinnerText.problemProperty(f).get() != null),
                fields.stream().map(SpinnerText::problemProperty).toArray(javafx.beans.Observable[]::new));
    }

    private void choosePdf(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("print.pdf.title"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(messages.get("print.pdf.filter"), "*.pdf"));
        chooser.setInitialFileName(model.suggestedFileName());
        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        if (folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            lastFolder = file.toPath().toAbsolutePath().getParent();
            model.savePdf(file.toPath());
        }
    }

    private Node content(Dialog<ButtonType> dialog) {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("print-preview");
        // on a low screen the options scroll and the page shrinks, so the buttons stay on screen
        root.setLeft(DialogFit.scrolling(options(dialog)));
        root.setCenter(previewArea());
        // the whole dialog (this, its padding and the button row) no taller than a 1,024x700 screen: what
        // does not fit in the options column scrolls, and the page shrinks
        root.setPrefSize(980, PREF_HEIGHT);
        root.getProperties().put(DialogFit.SCROLLS_ITSELF, Boolean.TRUE);
        root.setPadding(new Insets(4, 0, 0, 8));
        return root;
    }

    private Node options(Dialog<ButtonType> dialog) {
        VBox box = new VBox(6);
        box.getStyleClass().add("print-options");
        box.setPadding(new Insets(0, 16, 0, 0));
        box.setPrefWidth(290);
        box.setMinWidth(260);

        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.setId("print-heading");
        heading.textProperty().bind(model.rangeTextProperty());

        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.getItems().setAll(PaperSize.values());
        paper.setId("print-paper");
        paper.setMaxWidth(Double.MAX_VALUE);
        paper.setConverter(DisplayText.of(value -> messages.get("print.paper." + value.name())));
        paper.valueProperty().bindBidirectional(model.paperProperty());

        CheckBox personal = check("print-personal", "print.option.personal");
        personal.selectedProperty().bindBidirectional(model.includePersonalProperty());
        CheckBox notes = check("print-notes", "print.option.notes");
        notes.selectedProperty().bindBidirectional(model.showNotesProperty());
        CheckBox summary = check("print-summary", "print.option.summary");
        summary.selectedProperty().bindBidirectional(model.showSummaryProperty());

        box.getChildren().add(heading);
        List<Node> printer = printer(dialog);
        Label printerLabel = section("print.printer");
        printerLabel.setLabelFor(printer.get(0)); // named by its heading, also when printers are installed
        box.getChildren().add(printerLabel);
        box.getChildren().addAll(printer);
        Label paperLabel = section("print.paper");
        paperLabel.setLabelFor(paper); // a screen reader names the list by its heading
        box.getChildren().addAll(paperLabel, paper, section("print.orientation"), orientation(),
                section("print.include"), personal, notes, summary, section("print.hours"));
        box.getChildren().addAll(hours());
        box.getChildren().add(section("print.range.label"));
        box.getChildren().addAll(weeks());
        box.getChildren().addAll(progress());
        return box;
    }

    /**
     * The printer list, and why it is empty when no printer is installed. The box lets go of the view-model's
     * list and choice when the dialog closes: a closed box still bound to them cleared the printer the next time
     * the list was read (the dialog opened a second time with an empty printer box).
     */
    private List<Node> printer(Dialog<ButtonType> dialog) {
        ComboBox<String> printer = new ComboBox<>(model.printerNames());
        printer.setId("print-printer");
        printer.setMaxWidth(Double.MAX_VALUE);
        printer.valueProperty().bindBidirectional(model.printerProperty());
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> {
            printer.valueProperty().unbindBidirectional(model.printerProperty());
            printer.setItems(javafx.collections.FXCollections.observableArrayList());
        });
        printer.disableProperty().bind(model.noPrinterProperty());
        Label noPrinter = new Label(messages.get("print.printer.none"));
        noPrinter.setId("print-no-printer");
        noPrinter.getStyleClass().add("print-warning");
        noPrinter.setWrapText(true);
        noPrinter.visibleProperty().bind(model.noPrinterProperty());
        noPrinter.managedProperty().bind(noPrinter.visibleProperty());
        return List.of(printer, noPrinter);
    }

    private Node orientation() {
        ToggleGroup group = new ToggleGroup();
        HBox orientation = new HBox(12);
        for (PrintOrientation value : PrintOrientation.values()) {
            RadioButton radio = new RadioButton(messages.get("print.orientation." + value.name()));
            radio.setId("print-" + value.name().toLowerCase(java.util.Locale.ROOT));
            radio.setToggleGroup(group);
            radio.setUserData(value);
            radio.setSelected(model.orientationProperty().get() == value);
            orientation.getChildren().add(radio);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.orientationProperty().set((PrintOrientation) now.getUserData());
            }
        });
        // the remembered orientation may arrive after the dialog is built
        ViewListeners.onChange(orientation, model.orientationProperty(), (obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        return orientation;
    }

    /** "Fit to the events", or from–to with two hour spinners. */
    private List<Node> hours() {
        ToggleGroup group = new ToggleGroup();
        RadioButton fit = new RadioButton(messages.get("print.hours.fit"));
        fit.setId("print-hours-fit");
        fit.setToggleGroup(group);
        RadioButton range = new RadioButton(messages.get("print.hours.range"));
        range.setId("print-hours-range");
        range.setToggleGroup(group);
        Spinner<Integer> from = hourSpinner("print-hours-from", "print.hours.from", 0, 23, model.fromHourProperty());
        Spinner<Integer> to = hourSpinner("print-hours-to", "print.hours.to", 1, 24, model.toHourProperty());
        from.disableProperty().bind(model.fitHoursProperty());
        to.disableProperty().bind(model.fitHoursProperty());
        HBox row = new HBox(6, range, from, new Label("–"), to);
        row.setAlignment(Pos.CENTER_LEFT);
        Runnable select = () -> (model.fitHoursProperty().get() ? fit : range).setSelected(true);
        select.run();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.fitHoursProperty().set(now == fit);
            }
        });
        ViewListeners.onChange(row, model.fitHoursProperty(), (obs, old, now) -> select.run());
        Label pages = new Label();
        pages.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("print.pages.notes", Math.max(1, model.pageCountProperty().get() - 1)),
                model.pageCountProperty()));
        pages.setId("print-notes-page");
        pages.setWrapText(true);
        pages.getStyleClass().add("text-muted");
        pages.visibleProperty().bind(model.pageCountProperty().greaterThan(1));
        pages.managedProperty().bind(pages.visibleProperty());
        // hours that run backwards ("22 to 7"): a message under the fields, which are marked, until corrected; it
        // goes while typing as soon as the typed hour puts them right (so Print is on again under the pointer)
        Label backwards = FieldMessage.label("print-hours-error", model.hoursMessageProperty());
        PseudoClass danger = PseudoClass.getPseudoClass("danger");
        backwards.visibleProperty().addListener((obs, old, now) -> {
            from.pseudoClassStateChanged(danger, now);
            to.pseudoClassStateChanged(danger, now);
        });
        correctWhileTyping(from, to, true);
        correctWhileTyping(to, from, false);
        return List.of(fit, row, SpinnerText.message(from, messages), SpinnerText.message(to, messages), backwards,
                pages);
    }

    /**
     * While the hours run backwards, takes in an hour typed into {@code typed} as soon as it puts them right with
     * the other field's hour ({@code isFrom}: {@code typed} is the first hour).
     */
    private void correctWhileTyping(Spinner<Integer> typed, Spinner<Integer> other, boolean isFrom) {
        typed.getEditor().textProperty().addListener((obs, old, now) -> {
            if (model.hoursMessageProperty().get().isEmpty() || other.getValue() == null) {
                return;
            }
            SpinnerValueFactory.IntegerSpinnerValueFactory values =
                    (SpinnerValueFactory.IntegerSpinnerValueFactory) typed.getValueFactory();
            NumberText.Reading reading = SpinnerText.read(now, values.getMin(), values.getMax(), messages.getLocale());
            if (reading.ok()) {
                int hour = reading.value().intValue();
                if (isFrom ? hour < other.getValue() : hour > other.getValue()) {
                    typed.commitValue();
                }
            }
        });
    }

    private Spinner<Integer> hourSpinner(String id, String nameKey, int min, int max,
                                         javafx.beans.property.IntegerProperty hour) {
        Spinner<Integer> spinner = SpinnerText.spinner(id, min, max, hour.get(), messages);
        spinners.add(spinner);
        spinner.setPrefWidth(72);
        spinner.setAccessibleText(messages.get(nameKey));
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                hour.set(now);
            }
        });
        ViewListeners.onChange(spinner, hour, (obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    /** "This week" or "several weeks" with their count. */
    private List<Node> weeks() {
        ToggleGroup rangeGroup = new ToggleGroup();
        RadioButton thisWeek = new RadioButton(messages.get("print.range.this"));
        thisWeek.setId("print-this-week");
        thisWeek.setToggleGroup(rangeGroup);
        RadioButton several = new RadioButton(messages.get("print.range.several"));
        several.setId("print-several-weeks");
        several.setToggleGroup(rangeGroup);
        Spinner<Integer> count = SpinnerText.spinner("print-week-count", 2, PrintViewModel.MAX_WEEKS, 4, messages);
        spinners.add(count);
        count.setPrefWidth(90);
        count.setAccessibleText(messages.get("print.range.count"));
        count.disableProperty().bind(several.selectedProperty().not());
        Label countRange = new Label();
        countRange.setId("print-week-range");
        countRange.getStyleClass().add("text-muted");
        countRange.textProperty().bind(model.rangeTextProperty());
        // not while the typed count cannot be read: the weeks it names would not be the ones typed
        countRange.visibleProperty().bind(several.selectedProperty()
                .and(SpinnerText.problemProperty(count).isNull()));
        HBox countRow = new HBox(8, count, countRange);
        countRow.setAlignment(Pos.CENTER_LEFT);
        countRow.setPadding(new Insets(0, 0, 0, 24));
        thisWeek.setSelected(model.weeksProperty().get() <= 1);
        several.setSelected(model.weeksProperty().get() > 1);
        rangeGroup.selectedToggleProperty().addListener((obs, old, now) ->
                model.weeksProperty().set(now == several ? count.getValue() : 1));
        count.valueProperty().addListener((obs, old, now) -> {
            if (several.isSelected() && now != null) {
                model.weeksProperty().set(now);
            }
        });
        Label countMessage = SpinnerText.message(count, messages);
        VBox.setMargin(countMessage, new Insets(0, 0, 0, 24));
        return List.of(thisWeek, several, countRow, countMessage);
    }

    /** "Working…" while busy, then what came of the print or PDF. */
    private List<Node> progress() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        Label busyText = new Label(messages.get("print.busy"));
        HBox busyRow = new HBox(8, busy, busyText);
        busyRow.setAlignment(Pos.CENTER_LEFT);
        busyRow.visibleProperty().bind(model.busyProperty());
        busyRow.managedProperty().bind(busyRow.visibleProperty());

        Label message = new Label();
        message.setId("print-message");
        // wraps over as many lines as it needs, never cut with "…"
        FieldMessage.wrap(message);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        ViewListeners.onChange(message, model.messageIsErrorProperty(), (obs, old, now) -> styleMessage(message, now));
        styleMessage(message, model.messageIsErrorProperty().get());
        return List.of(busyRow, message);
    }

    private static void styleMessage(Label message, boolean error) {
        message.getStyleClass().removeAll("print-error", "print-info");
        message.getStyleClass().add(error ? "print-error" : "print-info");
    }

    private Node previewArea() {
        StackPane area = new StackPane();
        area.setId("print-preview-area");
        area.getStyleClass().add("print-preview-area");
        area.setMinSize(300, 300);
        HBox.setHgrow(area, Priority.ALWAYS);
        Group holder = new Group();
        Scale scale = new Scale(1, 1, 0, 0);
        area.getChildren().add(holder);
        Runnable rescale = () -> {
            PrintedPage page = model.previewProperty().get();
            if (page == null) {
                return;
            }
            double factor = Math.min((area.getWidth() - 32) / page.paperWidth(), (area.getHeight() - 32) / page.paperHeight());
            factor = Math.max(0.1, factor);
            scale.setX(factor);
            scale.setY(factor);
        };
        Runnable redraw = () -> {
            PrintedPage page = model.previewProperty().get();
            if (page == null) {
                holder.getChildren().clear();
                return;
            }
            javafx.scene.layout.Pane sheet = renderer.sheet(page);
            sheet.getStyleClass().add("print-sheet");
            sheet.getTransforms().setAll(scale);
            holder.getChildren().setAll(sheet);
            rescale.run();
        };
        ViewListeners.onChange(area, model.previewProperty(), (obs, old, now) -> redraw.run());
        area.widthProperty().addListener((obs, old, now) -> rescale.run());
        area.heightProperty().addListener((obs, old, now) -> rescale.run());
        redraw.run();
        return area;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("print-section");
        return label;
    }

    private CheckBox check(String id, String key) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        // a long label wraps in the options column instead of being cut
        box.setWrapText(true);
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

}
