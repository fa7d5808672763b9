package dk.netdesk.library;

import dk.netdesk.ui.FieldMessage;
import dk.netdesk.ui.FormGrid;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The library's editor, bound to {@link LibraryViewModel#form()}: title, kind, source, language,
 * collection, tags, web address, the linked event (training notes) and stages (objection scripts), the
 * Markdown body, and Save / Cancel. Shown while the view-model is editing.
 */
final class LibraryEditor {

    private final LibraryViewModel model;
    private final LibraryForm form;
    private final Messages messages;

    LibraryEditor(LibraryViewModel model, Messages messages) {
        this.model = model;
        this.form = model.form();
        this.messages = messages;
    }

    Node build() {
        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(Bindings.createStringBinding(() -> form.editing().isPresent()
                ? messages.get("library.editor.edit") : messages.get("library.editor.new"), form.editingProperty()));

        VBox box = new VBox(12);
        GridPane grid = grid(box);
        // In a low window the fields scroll; the heading and Save / Cancel stay in view.
        javafx.scene.control.ScrollPane fields = dk.netdesk.ui.ScrollIntoView.follow(new javafx.scene.control.ScrollPane(grid));
        fields.setId("library-editor-scroll");
        fields.setFitToWidth(true);
        fields.setFitToHeight(true);
        fields.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        fields.getStyleClass().add("edge-to-edge");
        fields.setMinHeight(0);
        box.getChildren().addAll(heading, fields, buttons(box));
        // less on the right, where the fields' scroll bar comes when the window is low
        box.setPadding(new Insets(16, 6, 16, 20));
        box.setId("library-editor");
        VBox.setVgrow(fields, Priority.ALWAYS);
        box.visibleProperty().bind(model.editingProperty());
        // while reading, the hidden form's least height (check boxes and hint at their height) does not hold up the screen
        box.managedProperty().bind(model.editingProperty());
        return box;
    }

    /** The fields; {@code owner} keeps the listeners on the view-model alive as long as the editor. */
    private GridPane grid(Node owner) {
        TextArea body = body();
        FormGrid grid = new FormGrid(messages);
        grid.add("library.field.title", text("library-title", null, form.titleProperty()), form.titleErrorProperty());
        grid.add("library.field.kind", choice("library-kind", List.of(LibraryKind.values()),
                k -> messages.get("library.kind." + k.name()), form.kindProperty()));
        grid.add("library.field.source", choice("library-source", List.of(LibrarySource.values()),
                s -> messages.get("library.source." + s.name()), form.sourceProperty()));
        grid.add("library.field.language", language(owner));
        grid.add("library.field.collection", collection(owner), form.collectionErrorProperty());
        grid.add("library.field.tags", text("library-tags", messages.get("library.tags.prompt"), form.tagsProperty()),
                form.tagsErrorProperty());
        grid.add("library.field.url", text("library-url", "https://", form.urlProperty()), form.urlErrorProperty());
        grid.add("library.field.event", event(owner)).visibleWhen(Bindings.createBooleanBinding(
                () -> !model.events().isEmpty() && form.kindProperty().get() == LibraryKind.TRAINING_NOTE,
                model.events(), form.kindProperty()));
        grid.add("library.field.stages", stages(owner)).visibleWhen(Bindings.createBooleanBinding(
                () -> !model.stages().isEmpty() && form.kindProperty().get() == LibraryKind.OBJECTION_SCRIPT,
                model.stages(), form.kindProperty()));
        grid.add("library.field.body", body);
        // The body's message is a row of its own under it, so that the body keeps the height left over.
        grid.addNote(FieldMessage.label("library-body-editor-error", Bindings.createStringBinding(() ->
                form.bodyErrorProperty().get() == null ? "" : messages.get(form.bodyErrorProperty().get()),
                form.bodyErrorProperty())));
        Label hint = new Label(messages.get("library.body.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        grid.addNote(hint);
        GridPane.setVgrow(body, Priority.ALWAYS);
        return grid.node();
    }

    private static TextField text(String id, String prompt, Property<String> value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        dk.netdesk.ui.HintFit.whole(field);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static <T> ComboBox<T> choice(String id, List<T> values, Function<T, String> name, Property<T> value) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(values);
        combo.setCellFactory(v -> LibraryView.named(name));
        dk.netdesk.ui.ComboText.follow(combo, v -> v == null ? "" : name.apply(v));
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    /** The app's languages, and an item's own language when it is another. */
    private ComboBox<String> language(Node owner) {
        ComboBox<String> language = choice("library-language", StarterLibrary.LANGUAGES,
                code -> LibraryView.languageName(messages, code), form.languageProperty());
        ViewListeners.onChange(owner, form.languageProperty(), (obs, old, now) -> {
            if (now != null && !language.getItems().contains(now)) {
                language.getItems().add(now);
            }
        });
        return language;
    }

    /** A collection typed in, or picked from the ones in use. */
    private ComboBox<String> collection(Node owner) {
        ComboBox<String> collection = new ComboBox<>();
        collection.setId("library-collection");
        collection.setEditable(true);
        collection.setMaxWidth(Double.MAX_VALUE);
        // A short hint (kept whole in a narrow window); what a new name does is in the tooltip.
        collection.setPromptText(messages.get("library.collection.prompt"));
        collection.setTooltip(new javafx.scene.control.Tooltip(messages.get("library.collection.tip")));
        dk.netdesk.ui.HintFit.whole(collection);
        Runnable fill = () -> collection.getItems().setAll(
                model.collections().stream().map(LibraryCollection::name).toList());
        ViewListeners.onListChange(owner, model.collections(), c -> fill.run());
        fill.run();
        collection.getEditor().textProperty().bindBidirectional(form.collectionProperty());
        return collection;
    }

    /** "No event" and the calendar events a training note can be linked to. */
    private ComboBox<EventOption> event(Node owner) {
        ComboBox<EventOption> event = new ComboBox<>();
        event.setId("library-event");
        event.setMaxWidth(Double.MAX_VALUE);
        EventOption noEvent = new EventOption(-1, messages.get("library.event.none"));
        Runnable fill = () -> {
            List<EventOption> items = new ArrayList<>();
            items.add(noEvent);
            items.addAll(model.events());
            event.getItems().setAll(items);
            Long id = form.eventIdProperty().get();
            event.setValue(items.stream().filter(o -> id != null && o.id() == id).findFirst().orElse(noEvent));
        };
        ViewListeners.onListChange(owner, model.events(), c -> fill.run());
        ViewListeners.onChange(owner, form.eventIdProperty(), (obs, old, now) -> fill.run());
        fill.run();
        event.valueProperty().addListener((obs, old, now) ->
                form.eventIdProperty().set(now == null || now.id() < 0 ? null : now.id()));
        return event;
    }

    /** One check box per pipeline stage an objection script can be linked to. */
    private FlowPane stages(Node owner) {
        FlowPane stages = new FlowPane(10, 6);
        stages.setId("library-stages");
        Runnable fill = () -> {
            stages.getChildren().clear();
            for (StageOption stage : model.stages()) {
                CheckBox box = new CheckBox(stage.name());
                box.setSelected(form.stageIds().contains(stage.id()));
                box.selectedProperty().addListener((obs, old, now) -> {
                    if (now && !form.stageIds().contains(stage.id())) {
                        form.stageIds().add(stage.id());
                    } else if (!now) {
                        form.stageIds().remove(stage.id());
                    }
                });
                stages.getChildren().add(box);
            }
        };
        ViewListeners.onListChange(owner, model.stages(), c -> fill.run());
        ViewListeners.onAnyChange(owner, fill, form.editingProperty(), model.editingProperty());
        fill.run();
        return stages;
    }

    private TextArea body() {
        TextArea body = dk.netdesk.ui.TabMovesFocus.textArea();
        body.setId("library-body-editor");
        body.setWrapText(true);
        body.setPrefRowCount(14);
        body.textProperty().bindBidirectional(form.bodyProperty());
        body.getStyleClass().add("library-body-editor");
        return body;
    }

    private Node buttons(Node editor) {
        Button save = new Button(messages.get("library.action.save"), new FontIcon(Material2OutlinedMZ.SAVE));
        save.setId("library-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip(messages.get("library.action.save.tip")));
        save.setOnAction(e -> {
            if (!model.save()) {
                dk.netdesk.ui.FirstError.focus(editor); // the first field marked in red, to be corrected
            }
        });
        Button cancel = new Button(messages.get("library.action.cancel"));
        cancel.setId("library-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.leaveEditor());
        return new HBox(8, save, cancel);
    }
}
