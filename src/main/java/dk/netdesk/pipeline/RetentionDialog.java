package dk.netdesk.pipeline;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.SpinnerText;
import dk.netdesk.ui.ToolDialog;
import dk.netdesk.ui.ViewListeners;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Retention review…": the contacts due for review (name, why listed, last activity), the period in
 * months, and per selected contact Erase…, Anonymise… (asks first) and Keep (with the typed reason;
 * the default button). Bound to a {@link RetentionViewModel}. Ids: {@code #retention-dialog},
 * {@code #retention-period}, {@code #retention-table}, {@code #retention-erase},
 * {@code #retention-anonymise} (confirmed with {@code #retention-confirm-anonymise}),
 * {@code #retention-reason}, {@code #retention-keep}, {@code #retention-status}, {@code #retention-close}.
 * Alt+E, Alt+A and Alt+K (Danish Alt+S, Alt+A, Alt+B) reach the three actions.
 */
public final class RetentionDialog {

    private final RetentionViewModel model;
    private final Messages messages;

    public RetentionDialog(RetentionViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    /** Opens the dialog over {@code owner} and reads the list; returns at once. */
    public void show(Window owner) {
        build(owner).show();
    }

    /** The dialog, not yet shown (screenshots set its size first); reads the list. */
    public Dialog<ButtonType> build(Window owner) {
        Dialog<ButtonType> dialog = ToolDialog.create(owner, "retention-dialog", messages.get("retention.title"),
                messages.get("retention.header"));

        Label intro = new Label(messages.get("retention.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        // Typed months count too (read by the shared SpinnerText): what is no whole number of months in range stays
        // in the field with a message under the row, and the actions wait until it is corrected.
        Spinner<Integer> period = SpinnerText.spinner("retention-period", RetentionService.MIN_MONTHS,
                RetentionService.MAX_MONTHS, model.periodProperty().get(), messages);
        SpinnerValueFactory<Integer> values = period.getValueFactory();
        period.setPrefWidth(90);
        period.setAccessibleText(messages.get("retention.period") + " (" + messages.get("retention.period.months") + ")");
        ViewListeners.onChange(period, model.periodProperty(), (obs, old, now) -> values.setValue(now.intValue()));
        values.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.periodProperty().get()) {
                model.periodProperty().set(now);
            }
        });
        Label periodLabel = new Label(messages.get("retention.period"));
        periodLabel.setLabelFor(period);
        HBox periodRow = new HBox(8, periodLabel, period, new Label(messages.get("retention.period.months")));
        periodRow.setAlignment(Pos.CENTER_LEFT);
        VBox periodCell = new VBox(2, periodRow, SpinnerText.message(period, messages));

        TableView<RetentionCandidate> table = new TableView<>(model.rows());
        table.setId("retention-table");
        table.setAccessibleText(messages.get("retention.title"));
        table.setPlaceholder(new Label(messages.get("retention.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("retention.column.name", 220, RetentionCandidate::name));
        table.getColumns().add(column("retention.column.reason", 330, model::reasonText));
        table.getColumns().add(column("retention.column.lastActivity", 150, model::lastActivityText));
        // Low enough that the dialog, with a sideways scroll bar under the table, fits a 1,024x700 screen.
        table.setPrefSize(760, 320);
        dk.netdesk.ui.ColumnFit.contents(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        ViewListeners.onChange(table, model.selectedProperty(), (obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));

        Button erase = new Button(messages.get("retention.erase"));
        erase.setId("retention-erase");
        erase.getStyleClass().add("danger");
        erase.setMinWidth(Region.USE_PREF_SIZE);
        erase.disableProperty().bind(model.hasSelection().not());
        erase.setOnAction(e -> model.erase(model.selectedProperty().get()));
        Button anonymise = new Button(messages.get("retention.anonymise"));
        anonymise.setId("retention-anonymise");
        anonymise.setMinWidth(Region.USE_PREF_SIZE);
        anonymise.disableProperty().bind(model.hasSelection().not());
        anonymise.setOnAction(e -> confirmAndAnonymise(dialog));

        TextField reason = new TextField();
        reason.setId("retention-reason");
        reason.setPromptText(messages.get("retention.keep.prompt"));
        dk.netdesk.ui.HintFit.whole(reason);
        reason.textProperty().bindBidirectional(model.reasonProperty());
        reason.setAccessibleText(messages.get("retention.keep.reason"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Label reasonLabel = new Label(messages.get("retention.keep.reason"));
        reasonLabel.setLabelFor(reason);
        reasonLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button keep = new Button(messages.get("retention.keep"));
        keep.setId("retention-keep");
        keep.setDefaultButton(true);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        keep.disableProperty().bind(model.hasSelection().not());
        keep.setOnAction(e -> {
            if (!model.keep(model.selectedProperty().get())) {
                reason.requestFocus();
            }
        });
        // the list is for the period shown: while the typed period cannot be read, nothing is done to a contact
        for (Button action : new Button[] {erase, anonymise, keep}) {
            SpinnerText.guard(action, period);
        }
        Region gap = new Region();
        gap.setMinWidth(16);
        HBox actions = new HBox(8, erase, anonymise, gap, reasonLabel, reason, keep);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("retention-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Runnable colour = () -> {
            status.getStyleClass().removeAll("nd-field-error", "text-muted");
            status.getStyleClass().add(model.failedProperty().get() ? "nd-field-error" : "text-muted");
        };
        colour.run();
        ViewListeners.onChange(status, model.failedProperty(), (obs, old, now) -> colour.run());

        VBox content = new VBox(10, intro, periodCell, table, actions, status);
        content.setPrefWidth(800);
        dialog.getDialogPane().setMinWidth(840);
        dialog.getDialogPane().setContent(content);
        ToolDialog.closeButton(dialog, messages.get("retention.close"), "retention-close");
        dialog.setOnShown(e -> table.requestFocus());
        dialog.setOnHidden(e -> model.close());
        model.open();
        return dialog;
    }

    private void confirmAndAnonymise(Dialog<?> dialog) {
        RetentionCandidate chosen = model.selectedProperty().get();
        if (chosen != null && ConfirmDialog.ask(dialog.getDialogPane().getScene().getWindow(), messages,
                messages.get("retention.anonymise.title"), messages.format("retention.anonymise.header", chosen.name()),
                messages.get("retention.anonymise.text"), messages.get("retention.anonymise.button"),
                "retention-confirm-anonymise", true)) {
            model.anonymise(chosen);
        }
    }

    private TableColumn<RetentionCandidate, String> column(String key, double width,
                                                           Function<RetentionCandidate, String> text) {
        TableColumn<RetentionCandidate, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.6);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
