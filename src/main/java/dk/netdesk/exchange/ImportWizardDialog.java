package dk.netdesk.exchange;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * "Import contacts…": the wizard over an {@link ImportWizardViewModel}. A heading names the step ("Step 2: Preview",
 * numbered as the user came: see {@link ImportWizardViewModel#headingProperty()}); below it the step's content ({@link ImportWizardSteps}); at the bottom Back (Alt+B), Next (Alt+N,
 * the default button: Enter; "Import" on the last choice) and Cancel (Escape; from the mapping step on, it asks
 * before throwing the choices away). The summary has only Close. Ids: {@code #import-dialog}, {@code #import-step},
 * {@code #import-back}, {@code #import-next}, {@code #import-cancel}, {@code #import-confirm-leave} and those of
 * {@link ImportWizardSteps}.
 */
public final class ImportWizardDialog {

    /** The content's size when the screen has room, in pixels: the window is then about 940 x 630 plus its title bar. */
    static final double WIDTH = 940;
    static final double HEIGHT = 560;
    /** The smallest the content is made when the user resizes the window. */
    static final double MIN_WIDTH = 560;
    static final double MIN_HEIGHT = 380;

    private final ImportWizardViewModel model;
    private final Messages messages;
    private Function<Window, Path> chooser = this::chooseFile;

    public ImportWizardDialog(ImportWizardViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    /** Replaces the file chooser (tests): it gets the owner window and gives a path or null. */
    public void setChooser(Function<Window, Path> chooser) {
        this.chooser = chooser;
    }

    /**
     * Opens the wizard over {@code owner} (not waiting for it to close). With {@code fileOrNull} the file is read at
     * once and the wizard opens on its preview; without, on "Choose file".
     */
    public void show(Window owner, Path fileOrNull) {
        build(owner, fileOrNull).show();
    }

    /** The wizard, not yet shown (screenshots set its size first). */
    public Dialog<ButtonType> build(Window owner, Path fileOrNull) {
        model.open(fileOrNull);
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogFit.onScreen(dialog);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("exchange.wizard.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("import-dialog");
        dialog.getDialogPane().getStylesheets().add(Theme.APP_STYLESHEET);

        ImportWizardSteps steps = new ImportWizardSteps(model, () -> choose(dialog));
        Map<ImportStep, Node> nodes = new EnumMap<>(ImportStep.class);
        Label heading = new Label();
        heading.setId("import-step");
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(model.headingProperty());
        BorderPane body = new BorderPane();
        body.setTop(heading);
        BorderPane.setMargin(heading, new Insets(0, 0, 10, 0));
        Runnable showStep = () -> {
            Node node = nodes.computeIfAbsent(model.stepProperty().get(), steps::build);
            body.setCenter(node);
        };
        showStep.run();
        model.stepProperty().addListener((obs, old, now) -> {
            showStep.run();
            steps.focus(now);
        });
        body.setPadding(new Insets(4, 4, 0, 4));
        // The preview's columns need room: as large as fits the screen up to WIDTH x HEIGHT (a 1024 x 700 screen
        // keeps the window's title and the task bar), never smaller than MIN_WIDTH x MIN_HEIGHT when resized.
        Rectangle2D screen = screenOf(owner);
        body.setPrefSize(Math.min(WIDTH, screen.getWidth() - 64), Math.min(HEIGHT, screen.getHeight() - 150));
        body.setMinSize(MIN_WIDTH, MIN_HEIGHT);
        VBox.setVgrow(body, Priority.ALWAYS);
        dialog.getDialogPane().setContent(body);
        // The theme's stylesheet caps a dialog at 600 px wide (and beats a value set in code): the wizard may be as
        // wide as the user makes it.
        dialog.getDialogPane().setStyle("-fx-max-width: 100000px;");

        ButtonType backType = new ButtonType(messages.get("exchange.wizard.back"), ButtonBar.ButtonData.BACK_PREVIOUS);
        ButtonType nextType = new ButtonType(messages.get("exchange.wizard.next"), ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonType cancelType = new ButtonType(messages.get("exchange.wizard.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(backType, nextType, cancelType);
        Button back = (Button) dialog.getDialogPane().lookupButton(backType);
        back.setId("import-back");
        back.disableProperty().bind(model.canBackProperty().not());
        back.visibleProperty().bind(model.stepProperty().isNotEqualTo(ImportStep.SUMMARY));
        back.managedProperty().bind(back.visibleProperty());
        back.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.back();
        });
        Button next = (Button) dialog.getDialogPane().lookupButton(nextType);
        next.setId("import-next");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canNextProperty().not());
        next.visibleProperty().bind(back.visibleProperty());
        next.managedProperty().bind(next.visibleProperty());
        next.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.stepProperty().get() == ImportStep.TARGET ? "exchange.wizard.run" : "exchange.wizard.next"),
                model.stepProperty()));
        next.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ImportStep was = model.stepProperty().get();
            model.next();
            if (model.stepProperty().get() == was && !model.errorProperty().get().isEmpty()) {
                dk.netdesk.ui.FirstError.focus(dialog.getDialogPane().getContent()); // refused: to the field in error
            }
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancel.setId("import-cancel");
        cancel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.stepProperty().get() == ImportStep.SUMMARY ? "exchange.wizard.close" : "exchange.wizard.cancel"),
                model.stepProperty()));
        cancel.disableProperty().bind(model.stepProperty().isEqualTo(ImportStep.RUNNING));
        // On the summary, Enter closes too.
        model.stepProperty().addListener((obs, old, now) -> {
            next.setDefaultButton(now != ImportStep.SUMMARY);
            cancel.setDefaultButton(now == ImportStep.SUMMARY);
        });
        // the summary shows Close alone: Back and Next leave the bar, taking no room
        dk.netdesk.ui.DialogButtons.showOnlyWhen(dialog.getDialogPane(), back, back.visibleProperty());
        dk.netdesk.ui.DialogButtons.showOnlyWhen(dialog.getDialogPane(), next, next.visibleProperty());
        boolean[] leaving = {false};
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (mayLeave(dialog)) {
                leaving[0] = true;
            } else {
                e.consume();
            }
        });
        // Escape goes through Cancel (the dialog would otherwise close itself without asking). Enter is Next (Close
        // on the summary) wherever the focus is, except in an open list of choices or on another button: the
        // default button's own Enter was lost once Next had been disabled on the first step.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isControlDown() && !e.isAltDown() && !e.isShiftDown()
                    && !e.isMetaDown() && !choosing(dialog.getDialogPane().getScene().getFocusOwner())) {
                Button target = model.stepProperty().get() == ImportStep.SUMMARY ? cancel : next;
                e.consume();
                if (!target.isDisabled()) {
                    target.fire();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                if (!cancel.isDisabled()) {
                    // After this key's dispatch, so that a question asked meanwhile gets the keyboard on its own.
                    javafx.application.Platform.runLater(cancel::fire);
                }
            }
        });
        // The window's close button comes here.
        dialog.setOnCloseRequest(e -> {
            if (!leaving[0] && !mayLeave(dialog)) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> steps.focus(model.stepProperty().get()));
        return dialog;
    }

    /** True when Enter belongs to the focused control: an open choice list, or a button other than Next. */
    private static boolean choosing(Node focus) {
        return focus != null && dk.netdesk.ui.DialogKeys.openList(focus)
                || focus instanceof Button button && !button.isDefaultButton();
    }

    /** Asks before throwing away the choices made (from the mapping step on); never while the import runs. */
    private boolean mayLeave(Dialog<ButtonType> dialog) {
        if (model.isRunning()) {
            return false;
        }
        return !model.askBeforeLeaving() || ConfirmDialog.ask(dialog.getDialogPane().getScene().getWindow(), messages,
                messages.get("exchange.wizard.title"), messages.get("exchange.wizard.leave.header"),
                messages.get("exchange.wizard.leave.text"), messages.get("exchange.wizard.leave.confirm"),
                "import-confirm-leave");
    }

    /** The usable part of the screen {@code owner} is on (the primary screen without an owner). */
    private static Rectangle2D screenOf(Window owner) {
        if (owner == null || Double.isNaN(owner.getX())) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    private void choose(Dialog<ButtonType> dialog) {
        Path chosen = chooser.apply(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            model.choose(chosen);
        }
    }

    private Path chooseFile(Window owner) {
        FileChooser fileChooser = new FileChooser();
        fileChooser.setTitle(messages.get("exchange.wizard.chooseTitle"));
        fileChooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("exchange.wizard.filter.all"), "*.vcf", "*.vcard", "*.csv",
                        "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter(messages.get("exchange.export.filter.vcf"), "*.vcf", "*.vcard"),
                new FileChooser.ExtensionFilter(messages.get("exchange.export.filter.csv"), "*.csv"));
        File file = fileChooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }
}
