package dk.netdesk.library;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The library screen: search and filters with the ranked hits on the left; on the right
 * the chosen item rendered for reading (with Copy, attachments and a script's record),
 * or the editor. Ctrl+F search, Ctrl+N new, Ctrl+Shift+C copy, Ctrl+S save, Esc cancel.
 */
public final class LibraryView {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final LibraryViewModel model;
    private final Messages messages;
    private final Consumer<String> opener;
    private final MarkdownView markdown;

    /** @param opener opens a web address or a file URI in the system browser or viewer */
    public LibraryView(LibraryViewModel model, Messages messages, Consumer<String> opener) {
        this.model = model;
        this.messages = messages;
        this.opener = opener;
        this.markdown = new MarkdownView(opener);
    }

    static Ikon icon(LibraryKind kind) {
        return switch (kind) {
            case OBJECTION_SCRIPT -> Material2OutlinedMZ.QUESTION_ANSWER;
            case PRODUCT_SHEET -> Material2OutlinedAL.DESCRIPTION;
            case TRAINING_NOTE -> Material2OutlinedMZ.SCHOOL;
            case SUCCESS_STORY -> Material2OutlinedAL.EMOJI_EVENTS;
            case SOCIAL_POST -> Material2OutlinedAL.CAMPAIGN;
            case LINK -> Material2OutlinedAL.LINK;
            case FILE -> Material2OutlinedAL.ATTACH_FILE;
        };
    }

    public Node build() {
        StackPane detail = new StackPane(reader(), editor());
        SplitPane split = new SplitPane(list(), detail);
        split.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);

        VBox root = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setId("library");
        root.getStyleClass().add("nd-library");
        root.getStylesheets().add(LibraryView.class.getResource("library.css").toExternalForm());

        // Leaving the editor hands the keyboard back to the list, so shortcuts keep working.
        model.editingProperty().addListener((obs, old, now) -> {
            Node target = root.lookup(now ? "#library-title" : "#library-list");
            if (target != null && root.getScene() != null) {
                javafx.application.Platform.runLater(target::requestFocus);
            }
        });
        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination newKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination copyKey = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        KeyCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (findKey.match(e)) {
                TextField search = (TextField) root.lookup("#library-search");
                search.requestFocus();
                search.selectAll();
                e.consume();
            } else if (newKey.match(e)) {
                startNew(root);
                e.consume();
            } else if (copyKey.match(e)) {
                copy();
                e.consume();
            } else if (saveKey.match(e) && model.editingProperty().get()) {
                model.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.editingProperty().get()) {
                model.cancelEdit();
                e.consume();
            }
        });
        return root;
    }

    private void startNew(Node root) {
        model.newItem();
        Node title = root.lookup("#library-title");
        if (title != null) {
            title.requestFocus();
        }
    }

    // ---- the list -----------------------------------------------------------------------------

    private Node list() {
        TextField search = new TextField();
        search.setId("library-search");
        search.setPromptText(messages.get("library.search"));
        search.textProperty().bindBidirectional(model.queryProperty());
        FontIcon searchIcon = new FontIcon(Material2OutlinedMZ.SEARCH);
        HBox searchRow = new HBox(6, searchIcon, search);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<LibraryKind> kind = filter("library-filter-kind", List.of(LibraryKind.values()),
                k -> messages.get("library.kind." + k.name()), "library.filter.allKinds", model.kindFilterProperty());
        ComboBox<LibraryCollection> collection = filter("library-filter-collection", model.collections(),
                LibraryCollection::name, "library.filter.allCollections", model.collectionFilterProperty());
        ComboBox<String> tag = filter("library-filter-tag", model.tags(), t -> t, "library.filter.allTags",
                model.tagFilterProperty());
        ComboBox<String> language = filter("library-filter-language", model.languages(), this::languageName,
                "library.filter.allLanguages", model.languageFilterProperty());
        Button clear = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
        clear.setId("library-filter-clear");
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setTooltip(new Tooltip(messages.get("library.filter.clear")));
        clear.setOnAction(e -> model.clearFilters());
        FlowPane filters = new FlowPane(6, 6, kind, collection, tag, language, clear);
        filters.getStyleClass().add("library-filters");

        ListView<LibraryHit> list = new ListView<>(model.hits());
        list.setId("library-list");
        list.setCellFactory(v -> new LibraryHitCell(messages));
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.queryProperty().get().isBlank()
                ? messages.get("library.empty") : messages.get("library.noHits"), model.queryProperty()));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedHitProperty().set(now);
            }
        });
        model.selectedHitProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (!now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && model.itemProperty().get() != null) {
                confirmDelete(list, model.itemProperty().get());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label count = new Label();
        count.setId("library-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("library.count",
                model.hits().size()), model.hits()));
        Button add = new Button(messages.get("library.action.new"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("library-new");
        add.setTooltip(new Tooltip(messages.get("library.action.new.tip")));
        add.setOnAction(e -> startNew(add.getScene().getRoot()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, count, spacer, add);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, searchRow, filters, list, bottom);
        box.setPadding(new Insets(12));
        box.setMinWidth(300);
        return box;
    }

    private <T> ComboBox<T> filter(String id, ObservableList<T> source, Function<T, String> name, String allKey,
                                   ObjectProperty<T> value) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        Runnable fill = () -> {
            T keep = value.get();
            List<T> items = new ArrayList<>();
            items.add(null);
            items.addAll(source);
            combo.getItems().setAll(items);
            combo.setValue(keep != null && source.contains(keep) ? keep : null);
        };
        source.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        combo.setCellFactory(v -> filterCell(name, allKey));
        combo.setButtonCell(filterCell(name, allKey));
        combo.setValue(value.get());
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != value.get()) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> combo.setValue(now));
        return combo;
    }

    private <T> ComboBox<T> filter(String id, List<T> values, Function<T, String> name, String allKey,
                                   ObjectProperty<T> value) {
        return filter(id, javafx.collections.FXCollections.observableArrayList(values), name, allKey, value);
    }

    private <T> ComboBox<T> filter(String id, ObservableList<T> source, Function<T, String> name, String allKey,
                                   javafx.beans.property.StringProperty value) {
        @SuppressWarnings("unchecked")
        ObjectProperty<T> bridge = new javafx.beans.property.SimpleObjectProperty<>((T) value.get());
        bridge.addListener((obs, old, now) -> value.set((String) now));
        value.addListener((obs, old, now) -> {
            @SuppressWarnings("unchecked")
            T cast = (T) now;
            bridge.set(cast);
        });
        return filter(id, source, name, allKey, bridge);
    }

    private <T> ListCell<T> filterCell(Function<T, String> name, String allKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? messages.get(allKey) : name.apply(item));
            }
        };
    }

    private String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(messages.getLocale());
        if (name.isEmpty()) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(messages.getLocale()) + name.substring(1);
    }

    // ---- reading ------------------------------------------------------------------------------

    private Node reader() {
        VBox content = new VBox(12);
        content.setId("library-reader");
        content.getStyleClass().add("library-reader");
        content.setPadding(new Insets(16, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        Label placeholder = new Label(messages.get("library.choose"));
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        StackPane pane = new StackPane(scroll, placeholder);
        StackPane.setAlignment(placeholder, Pos.CENTER);
        placeholder.visibleProperty().bind(model.itemProperty().isNull());
        scroll.visibleProperty().bind(model.itemProperty().isNotNull());
        pane.visibleProperty().bind(model.editingProperty().not());

        Runnable fill = () -> fillReader(content, model.itemProperty().get(), model.recordProperty().get());
        model.itemProperty().addListener((obs, old, now) -> fill.run());
        model.recordProperty().addListener((obs, old, now) -> fill.run());
        model.stages().addListener((ListChangeListener<StageOption>) c -> fill.run());
        model.events().addListener((ListChangeListener<EventOption>) c -> fill.run());
        fill.run();
        return pane;
    }

    private void fillReader(VBox content, LibraryItem item, ScriptRecord record) {
        content.getChildren().clear();
        if (item == null) {
            return;
        }
        Label title = new Label(item.title(), new FontIcon(icon(item.kind())));
        title.setId("library-reader-title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);

        List<String> facts = new ArrayList<>();
        facts.add(messages.get("library.kind." + item.kind().name()));
        facts.add(messages.get("library.source." + item.source().name()));
        facts.add(languageName(item.language()));
        if (!item.collection().isBlank()) {
            facts.add(item.collection());
        }
        Label meta = new Label(String.join(" · ", facts));
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);

        Button copy = new Button(messages.get("library.action.copy"), new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        copy.setId("library-copy");
        copy.setTooltip(new Tooltip(messages.get("library.action.copy.tip")));
        copy.setOnAction(e -> copy());
        if (item.kind().isCopyable()) {
            copy.getStyleClass().add("accent");
        }
        Button edit = new Button(messages.get("library.action.edit"), new FontIcon(Material2OutlinedAL.EDIT));
        edit.setId("library-edit");
        edit.setOnAction(e -> {
            model.edit();
            Node field = content.getScene().lookup("#library-title");
            if (field != null) {
                field.requestFocus();
            }
        });
        Button attach = new Button(messages.get("library.action.attach"), new FontIcon(Material2OutlinedAL.ATTACH_FILE));
        attach.setId("library-attach");
        attach.setOnAction(e -> chooseAttachment(attach));
        Button delete = new Button(messages.get("library.action.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.setId("library-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> confirmDelete(delete, item));
        FlowPane actions = new FlowPane(8, 8);
        actions.getChildren().add(copy);
        if (!item.url().isBlank()) {
            Button open = new Button(messages.get("library.action.openLink"), new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW));
            open.setId("library-open-link");
            open.setTooltip(new Tooltip(item.url()));
            open.setOnAction(e -> opener.accept(item.url()));
            actions.getChildren().add(open);
        }
        actions.getChildren().addAll(edit, attach, delete);

        content.getChildren().addAll(title, meta, actions);
        if (!item.tags().isEmpty()) {
            FlowPane tags = new FlowPane(6, 6);
            tags.setId("library-reader-tags");
            for (String tag : item.tags()) {
                Button chip = new Button(tag, new FontIcon(Material2OutlinedAL.LABEL));
                chip.getStyleClass().addAll("library-tag", "small", "flat");
                chip.setTooltip(new Tooltip(messages.format("library.tag.filter", tag)));
                chip.setOnAction(e -> model.tagFilterProperty().set(tag));
                tags.getChildren().add(chip);
            }
            content.getChildren().add(tags);
        }
        if (item.kind().isScript()) {
            content.getChildren().add(scriptRecord(record));
        }
        List<String> links = new ArrayList<>();
        for (StageOption stage : model.stages()) {
            if (item.stageIds().contains(stage.id())) {
                links.add(stage.name());
            }
        }
        if (!links.isEmpty()) {
            content.getChildren().add(new Label(messages.format("library.reader.stages", String.join(", ", links))));
        }
        if (item.eventId() != null) {
            model.events().stream().filter(ev -> ev.id() == item.eventId()).findFirst().ifPresent(ev ->
                    content.getChildren().add(new Label(messages.format("library.reader.event", ev.name()),
                            new FontIcon(Material2OutlinedAL.EVENT))));
        }
        if (!item.attachments().isEmpty()) {
            VBox files = new VBox(4);
            files.setId("library-attachments");
            for (Attachment attachment : item.attachments()) {
                Button open = new Button(attachment.fileName(), new FontIcon(attachment.isPdf()
                        ? Material2OutlinedMZ.PICTURE_AS_PDF : Material2OutlinedAL.IMAGE));
                open.getStyleClass().add("flat");
                open.setTooltip(new Tooltip(messages.get("library.attachment.open")));
                open.setOnAction(e -> opener.accept(model.uriOf(attachment)));
                Button remove = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
                remove.getStyleClass().addAll("flat", "button-icon");
                remove.setTooltip(new Tooltip(messages.get("library.attachment.remove")));
                remove.setOnAction(e -> confirmRemove(remove, attachment));
                HBox row = new HBox(4, open, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                files.getChildren().add(row);
            }
            content.getChildren().add(files);
        }
        Node body = markdown.render(item.body());
        body.setId("library-body");
        content.getChildren().add(body);
        Label dates = new Label(messages.format("library.reader.dates",
                messages.dateTime(item.createdAt().atZone(java.time.ZoneId.systemDefault())),
                messages.dateTime(item.updatedAt().atZone(java.time.ZoneId.systemDefault()))));
        dates.getStyleClass().add("text-muted");
        dates.setWrapText(true);
        content.getChildren().add(dates);

        content.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        content.setOnDragDropped(e -> {
            for (File file : e.getDragboard().getFiles()) {
                model.attach(file.toPath());
            }
            e.setDropCompleted(e.getDragboard().hasFiles());
            e.consume();
        });
    }

    private Node scriptRecord(ScriptRecord record) {
        Label summary = new Label(record.total() == 0 ? messages.get("library.record.none")
                : messages.format("library.record.summary", record.worked(), record.neutral(), record.didNotWork(),
                        record.total()));
        summary.setId("library-record");
        summary.setWrapText(true);
        Button worked = outcome(ScriptOutcome.WORKED, Material2OutlinedMZ.THUMB_UP, "success");
        Button neutral = outcome(ScriptOutcome.NEUTRAL, Material2OutlinedMZ.THUMBS_UP_DOWN, null);
        Button failed = outcome(ScriptOutcome.DID_NOT_WORK, Material2OutlinedMZ.THUMB_DOWN, "danger");
        Label ask = new Label(messages.get("library.record.ask"));
        FlowPane buttons = new FlowPane(6, 6, ask, worked, neutral, failed);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, summary, buttons);
        box.getStyleClass().add("library-record");
        return box;
    }

    private Button outcome(ScriptOutcome outcome, Ikon icon, String style) {
        Button button = new Button(messages.get("library.outcome." + outcome.name()), new FontIcon(icon));
        button.setId("library-outcome-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        button.getStyleClass().add("small");
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.setOnAction(e -> model.recordUse(outcome));
        return button;
    }

    private void copy() {
        model.copyText().ifPresent(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.plain());
            content.putHtml(text.html());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void chooseAttachment(Node source) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("library.attach.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("library.attach.filter"),
                "*.pdf", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.bmp"));
        List<File> files = chooser.showOpenMultipleDialog(source.getScene().getWindow());
        if (files != null) {
            files.forEach(file -> model.attach(file.toPath()));
        }
    }

    private void confirmDelete(Node source, LibraryItem item) {
        if (ConfirmDialog.ask(source.getScene().getWindow(), messages, messages.get("library.delete.title"),
                messages.format("library.delete.header", item.title()), messages.get("library.delete.text"),
                messages.get("library.action.delete"), "library-confirm-delete")) {
            model.delete(item);
        }
    }

    private void confirmRemove(Node source, Attachment attachment) {
        if (ConfirmDialog.ask(source.getScene().getWindow(), messages, messages.get("library.attachment.remove"),
                messages.format("library.attachment.remove.header", attachment.fileName()),
                messages.get("library.attachment.remove.text"), messages.get("library.attachment.remove"), null)) {
            model.removeAttachment(attachment);
        }
    }

    // ---- editing ------------------------------------------------------------------------------

    private Node editor() {
        LibraryForm form = model.form();
        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(Bindings.createStringBinding(() -> form.editing().isPresent()
                ? messages.get("library.editor.edit") : messages.get("library.editor.new"), form.editingProperty()));

        TextField title = new TextField();
        title.setId("library-title");
        title.textProperty().bindBidirectional(form.titleProperty());

        ComboBox<LibraryKind> kind = new ComboBox<>();
        kind.setId("library-kind");
        kind.getItems().setAll(LibraryKind.values());
        kind.setCellFactory(v -> named(k -> messages.get("library.kind." + k.name())));
        kind.setButtonCell(named(k -> messages.get("library.kind." + k.name())));
        kind.valueProperty().bindBidirectional(form.kindProperty());

        ComboBox<LibrarySource> source = new ComboBox<>();
        source.setId("library-source");
        source.getItems().setAll(LibrarySource.values());
        source.setCellFactory(v -> named(s -> messages.get("library.source." + s.name())));
        source.setButtonCell(named(s -> messages.get("library.source." + s.name())));
        source.valueProperty().bindBidirectional(form.sourceProperty());

        ComboBox<String> language = new ComboBox<>();
        language.setId("library-language");
        language.getItems().setAll(StarterLibrary.LANGUAGES);
        language.setCellFactory(v -> named(this::languageName));
        language.setButtonCell(named(this::languageName));
        language.valueProperty().bindBidirectional(form.languageProperty());
        form.languageProperty().addListener((obs, old, now) -> {
            if (now != null && !language.getItems().contains(now)) {
                language.getItems().add(now);
            }
        });

        ComboBox<String> collection = new ComboBox<>();
        collection.setId("library-collection");
        collection.setEditable(true);
        collection.setMaxWidth(Double.MAX_VALUE);
        collection.setPromptText(messages.get("library.collection.prompt"));
        Runnable fillCollections = () -> collection.getItems().setAll(
                model.collections().stream().map(LibraryCollection::name).toList());
        model.collections().addListener((ListChangeListener<LibraryCollection>) c -> fillCollections.run());
        fillCollections.run();
        collection.getEditor().textProperty().bindBidirectional(form.collectionProperty());

        TextField tags = new TextField();
        tags.setId("library-tags");
        tags.setPromptText(messages.get("library.tags.prompt"));
        tags.textProperty().bindBidirectional(form.tagsProperty());

        TextField url = new TextField();
        url.setId("library-url");
        url.setPromptText("https://");
        url.textProperty().bindBidirectional(form.urlProperty());

        ComboBox<EventOption> event = new ComboBox<>();
        event.setId("library-event");
        event.setMaxWidth(Double.MAX_VALUE);
        EventOption noEvent = new EventOption(-1, messages.get("library.event.none"));
        Runnable fillEvents = () -> {
            List<EventOption> items = new ArrayList<>();
            items.add(noEvent);
            items.addAll(model.events());
            event.getItems().setAll(items);
            Long id = form.eventIdProperty().get();
            event.setValue(items.stream().filter(o -> id != null && o.id() == id).findFirst().orElse(noEvent));
        };
        model.events().addListener((ListChangeListener<EventOption>) c -> fillEvents.run());
        form.eventIdProperty().addListener((obs, old, now) -> fillEvents.run());
        fillEvents.run();
        event.valueProperty().addListener((obs, old, now) ->
                form.eventIdProperty().set(now == null || now.id() < 0 ? null : now.id()));

        FlowPane stages = new FlowPane(10, 6);
        stages.setId("library-stages");
        Runnable fillStages = () -> {
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
        model.stages().addListener((ListChangeListener<StageOption>) c -> fillStages.run());
        form.editingProperty().addListener((obs, old, now) -> fillStages.run());
        model.editingProperty().addListener((obs, old, now) -> fillStages.run());
        fillStages.run();

        TextArea body = new TextArea();
        body.setId("library-body-editor");
        body.setWrapText(true);
        body.setPrefRowCount(14);
        body.textProperty().bindBidirectional(form.bodyProperty());
        body.getStyleClass().add("library-body-editor");
        Label hint = new Label(messages.get("library.body.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(160);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        row = field(grid, row, "library.field.title", title, form.titleErrorProperty(), "library-title-error");
        row = field(grid, row, "library.field.kind", kind, null, null);
        row = field(grid, row, "library.field.source", source, null, null);
        row = field(grid, row, "library.field.language", language, null, null);
        row = field(grid, row, "library.field.collection", collection, null, null);
        row = field(grid, row, "library.field.tags", tags, null, null);
        row = field(grid, row, "library.field.url", url, form.urlErrorProperty(), "library-url-error");
        int eventRow = row;
        row = field(grid, row, "library.field.event", event, null, null);
        int stageRow = row;
        row = field(grid, row, "library.field.stages", stages, null, null);
        row = field(grid, row, "library.field.body", body, null, null);
        grid.add(hint, 1, row);
        GridPane.setVgrow(body, Priority.ALWAYS);
        showRow(grid, eventRow, Bindings.createBooleanBinding(() -> !model.events().isEmpty()
                && form.kindProperty().get() == LibraryKind.TRAINING_NOTE, model.events(), form.kindProperty()));
        showRow(grid, stageRow, Bindings.createBooleanBinding(() -> !model.stages().isEmpty()
                && form.kindProperty().get() == LibraryKind.OBJECTION_SCRIPT, model.stages(), form.kindProperty()));

        Button save = new Button(messages.get("library.action.save"), new FontIcon(Material2OutlinedMZ.SAVE));
        save.setId("library-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip(messages.get("library.action.save.tip")));
        save.setOnAction(e -> model.save());
        Button cancel = new Button(messages.get("library.action.cancel"));
        cancel.setId("library-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancelEdit());
        HBox buttons = new HBox(8, save, cancel);

        VBox box = new VBox(12, heading, grid, buttons);
        box.setPadding(new Insets(16, 20, 16, 20));
        box.setId("library-editor");
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.visibleProperty().bind(model.editingProperty());
        return box;
    }

    private static void showRow(GridPane grid, int row, javafx.beans.binding.BooleanBinding visible) {
        for (Node node : grid.getChildren()) {
            Integer nodeRow = GridPane.getRowIndex(node);
            if (nodeRow != null && nodeRow == row) {
                node.visibleProperty().bind(visible);
                node.managedProperty().bind(visible);
            }
        }
    }

    private int field(GridPane grid, int row, String key, Node field, ReadOnlyObjectProperty<String> error,
                      String errorId) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        if (error == null) {
            grid.add(field, 1, row);
            return row + 1;
        }
        Label message = new Label();
        message.setId(errorId);
        message.getStyleClass().add("nd-field-error");
        message.textProperty().bind(Bindings.createStringBinding(
                () -> error.get() == null ? "" : messages.get(error.get()), error));
        message.managedProperty().bind(error.isNotNull());
        message.visibleProperty().bind(error.isNotNull());
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, now != null));
        if (field instanceof TextInputControl) {
            field.pseudoClassStateChanged(DANGER, error.get() != null);
        }
        grid.add(new VBox(2, field, message), 1, row);
        return row + 1;
    }

    private <T> ListCell<T> named(Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }
}
