package dk.netdesk.pipeline;

import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.TextLimits;
import dk.netdesk.ui.TypedText;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.function.LongFunction;
import javafx.collections.ObservableList;

/**
 * The stages dialog's commands: add, rename, re-kind, move and delete a stage of the board, with
 * their rules (a name, a stale threshold of 1-3,650 days, no open stage holding a do-not-contact
 * contact, no deleting a stage with cards or the last stage). Messages go to the status line; one about
 * the typed name or threshold goes as soon as the dialog's fields are right again.
 * {@link #selectedIdProperty()} is the stage the dialog edits: it stays through moves and becomes a newly
 * added stage.
 */
public final class StagesViewModel {

    private final PipelineRepository repository;
    private final Background background;
    private final StatusLine status;
    private final Messages messages;
    private final ObservableList<StageColumn> columns;
    private final Consumer<Throwable> failed;
    private final LongFunction<StageColumn> column;
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final StringProperty draftName = new SimpleStringProperty("");
    private final ObjectProperty<Integer> draftStaleDays = new SimpleObjectProperty<>(14);
    private final ObjectProperty<StageKind> draftKind = new SimpleObjectProperty<>(StageKind.OPEN);
    private final BooleanProperty open = new SimpleBooleanProperty();
    /** The stage whose values the form holds (null: none, the form is blank or holds a new stage's values). */
    private final ObjectProperty<Long> formStageId = new SimpleObjectProperty<>();

    StagesViewModel(PipelineRepository repository, Background background, StatusLine status, Messages messages,
                    ObservableList<StageColumn> columns, LongFunction<StageColumn> column, Consumer<Throwable> failed) {
        this.repository = repository;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.columns = columns;
        this.failed = failed;
        this.column = column;
        selectedId.addListener((obs, was, now) -> fillForm());
        columns.addListener((javafx.collections.ListChangeListener<StageColumn>) change -> columnsChanged());
    }

    /**
     * Makes {@code stageId} the stage being edited (null: none) and fills the form with its name, kind and
     * stale threshold; none (or a stage not on the board) clears the form. Always refills, even for the
     * stage already selected.
     */
    public void select(Long stageId) {
        if (java.util.Objects.equals(selectedId.get(), stageId)) {
            fillForm();
        } else {
            selectedId.set(stageId);
        }
    }

    /** The selected stage's values into the form; blank values when none is selected or it is gone. */
    private void fillForm() {
        Long id = selectedId.get();
        StageColumn selected = id == null ? null : column(id);
        if (selected == null) {
            formStageId.set(null);
            if (id == null) {
                clearForm();
            }
            // else: a stage just added and not yet on the board; its values are the ones typed, and columnsChanged fills them
            return;
        }
        Stage stage = selected.stage();
        setDraft(stage.name(messages), stage.kind(), stage.staleDays());
        formStageId.set(id);
    }

    private void clearForm() {
        setDraft("", StageKind.OPEN, 14);
    }

    private void setDraft(String name, StageKind kind, int staleDays) {
        if (!draftName.isBound()) {
            draftName.set(name);
        }
        if (!draftKind.isBound()) {
            draftKind.set(kind);
        }
        if (!draftStaleDays.isBound()) {
            draftStaleDays.set(staleDays);
        }
    }

    /** The board's stages were replaced: a selected stage that is gone is no longer selected (the form clears). */
    private void columnsChanged() {
        Long id = selectedId.get();
        if (id == null) {
            return;
        }
        if (column(id) == null || !columns.contains(column(id))) {
            selectedId.set(null);
        } else if (!id.equals(formStageId.get())) {
            fillForm();
        }
    }

    /** The board's columns, in order. */
    public ObservableList<StageColumn> columns() {
        return columns;
    }


    /**
     * The id of the stage being edited (null for none): set by the dialog's selection, kept through
     * {@link #moveStage}, set to the new stage after {@link #addStage} and cleared after {@link #deleteStage}
     * or when a reload drops it. Each change fills the form with that stage's values (or clears it).
     */
    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    /**
     * Adds a stage after the last one of its group ({@link PipelineRepository#addStage}), its name in NFC,
     * and selects it; false (with a message) when the name (blank, a control character or broken text, over
     * {@link TextLimits#NAME} characters) or the threshold is not valid.
     */
    public boolean addStage(String name, StageKind kind, int staleDays) {
        if (!validStage(name, staleDays)) {
            return false;
        }
        String nfc = TypedText.line(name);
        background.run(() -> repository.addStage(nfc, kind, staleDays), stage -> {
            selectedId.set(stage.id());
            status.done(() -> messages.format("pipeline.status.stageAdded", stage.name(messages)));
        }, failed);
        return true;
    }

    /**
     * Saves a stage's name, kind and stale threshold; false (with a message) when a rule refuses it. A
     * {@code name} equal to the name shown now (a default stage's name in the UI language) keeps the stage
     * a default stage, named in whatever language the UI has; another name renames it for good.
     */
    public boolean updateStage(long stageId, String name, StageKind kind, int staleDays) {
        if (!validStage(name, staleDays)) {
            return false;
        }
        StageColumn column = column(stageId);
        if (column != null && kind == StageKind.OPEN && column.cards().stream().anyMatch(Card::doNotContact)) {
            status.show(() -> messages.get("pipeline.rule.openStageHasDoNotContact"));
            return false;
        }
        String nfc = TypedText.line(name);
        String renamed = column != null && column.stage().name(messages).equals(nfc.strip()) ? null : nfc;
        background.run(() -> repository.updateStage(stageId, renamed, kind, staleDays),
                stage -> status.done(() -> messages.format("pipeline.status.stageSaved", stage.name(messages))), failed);
        return true;
    }

    /**
     * Saves the form ({@link #nameProperty()}, {@link #kindProperty()}, {@link #staleDaysProperty()}) to the
     * selected stage, as {@link #updateStage}; false (nothing saved) when no stage is selected or the form
     * does not hold the selected stage's values (so a name typed for another stage is never written to this one).
     */
    public boolean saveSelected() {
        Long id = selectedId.get();
        if (id == null || !id.equals(formStageId.get()) || draftKind.get() == null) {
            return false;
        }
        Integer stale = draftStaleDays.get();
        if (stale == null) {
            return validStage(draftName.get(), -1);
        }
        return updateStage(id, draftName.get(), draftKind.get(), stale);
    }

    /** The stage whose values the form holds now: the selected stage once its values are in; null otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<Long> formStageIdProperty() {
        return formStageId;
    }

    /** The kind chosen in the stages dialog (bound both ways to its box). */
    public ObjectProperty<StageKind> kindProperty() {
        return draftKind;
    }

    /**
     * Moves a stage {@code delta} places (-1 up, +1 down) and says so in the status line; false when it
     * would leave the board's ends or the stage is not on the board. The stage stays selected.
     */
    public boolean moveStage(long stageId, int delta) {
        int at = columnIndex(stageId);
        int to = at + delta;
        if (at < 0 || to < 0 || to >= columns.size()) {
            return false;
        }
        StageColumn moved = column(stageId);
        background.run(() -> repository.moveStage(stageId, to), () -> status.done(() -> messages.format(
                delta < 0 ? "pipeline.status.stageMovedUp" : "pipeline.status.stageMovedDown",
                moved.stage().name(messages))), failed);
        return true;
    }

    /** Deletes an empty stage; a stage with cards must be emptied first (the status line says so). */
    public boolean deleteStage(long stageId) {
        StageColumn column = column(stageId);
        if (column == null) {
            return false;
        }
        if (!column.cards().isEmpty()) {
            status.show(() -> messages.format("pipeline.status.stageNotEmpty", column.stage().name(messages), column.cards().size()));
            return false;
        }
        if (columns.size() == 1) {
            status.show(() -> messages.get("pipeline.rule.lastStage"));
            return false;
        }
        background.run(() -> repository.deleteStage(stageId), stage -> {
            if (selectedId.get() != null && selectedId.get() == stageId) {
                selectedId.set(null);
            }
            status.done(() -> messages.format("pipeline.status.stageDeleted", stage.name(messages)));
        }, failed);
        return true;
    }

    /**
     * Checks a stage's name and stale threshold; when one is wrong, says so in the status line for as
     * long as the dialog's fields ({@link #nameProperty()}, {@link #staleDaysProperty()}) still have
     * that fault and the dialog is open ({@link #openProperty()}), and returns false.
     */
    private boolean validStage(String name, int staleDays) {
        String problem = problem(name, staleDays);
        if (problem == null) {
            return true;
        }
        status.showWhile(() -> messages.format(problem, TextLimits.NAME), Bindings.createBooleanBinding(
                () -> open.get() && problem.equals(problem(draftName.get(), draftStaleDays.get())),
                open, draftName, draftStaleDays));
        return false;
    }

    /**
     * What is wrong with a stage's name (any text; null counts as blank) and stale threshold (days), as a
     * message key with {@link TextLimits#NAME} as its one argument; null when both can be stored.
     */
    static String problem(String name, Integer staleDays) {
        if (name == null || name.isBlank()) {
            return "pipeline.stage.nameRequired";
        }
        if (TypedText.problem(name, false) != null) {
            return "pipeline.stage.nameNotText";
        }
        if (TextLimits.tooLong(name, TextLimits.NAME)) {
            return "pipeline.stage.nameTooLong";
        }
        if (staleDays == null || staleDays < 1 || staleDays > 3650) {
            return "pipeline.stage.staleDaysRange";
        }
        return null;
    }

    /** The name typed in the stages dialog (bound to its field), so that a message about it goes once it is fixed. */
    public StringProperty nameProperty() {
        return draftName;
    }

    /** The stale threshold in the stages dialog, in days (bound to its spinner); null when none. */
    public ObjectProperty<Integer> staleDaysProperty() {
        return draftStaleDays;
    }

    /** True while the stages dialog is open: its messages in the status line go when it closes. */
    public BooleanProperty openProperty() {
        return open;
    }

    private StageColumn column(long stageId) {
        return column.apply(stageId);
    }

    private int columnIndex(long stageId) {
        return columns.indexOf(column.apply(stageId));
    }
}
