package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The content of each step of the contacts import wizard ({@link ImportWizardDialog}), bound to its
 * {@link ImportWizardViewModel}. Ids: {@code #import-choose}, {@code #import-file}, {@code #import-error} (one per
 * step), {@code #import-encoding}, {@code #import-separator}, {@code #import-read-as}, {@code #import-preview},
 * the mapping step's ({@link ImportMappingPane}), {@code #import-matches} (each row's own choice
 * {@code #import-dup-row-<record>}), {@code #import-dup-skip} / {@code -merge} / {@code -create} (for every row at
 * once), {@code #import-stage}, {@code #import-tags}, {@code #import-consent-given} /
 * {@code -unknown}, {@code #import-progress}, {@code #import-summary}, {@code #import-count-<created|merged|upToDate|
 * skipped|doNotContact|rejected>}, {@code #import-rejected}.
 */
final class ImportWizardSteps {

    private final ImportWizardViewModel model;
    private final Messages messages;
    private final Runnable choose;
    private final Map<ImportStep, Node> focus = new EnumMap<>(ImportStep.class);

    /** @param choose asks for a file and hands it to the model */
    ImportWizardSteps(ImportWizardViewModel model, Runnable choose) {
        this.model = model;
        this.messages = model.messages();
        this.choose = choose;
    }

    /** The content of {@code step}, built once per wizard. */
    Node build(ImportStep step) {
        return switch (step) {
            case FILE -> file();
            case PREVIEW -> preview();
            case MAPPING -> {
                ImportMappingPane pane = new ImportMappingPane(model, this::previewTable);
                Node built = pane.build();
                VBox.setVgrow(built, Priority.ALWAYS);
                focus.put(step, pane.firstField());
                yield page(built, error());
            }
            case DUPLICATES -> duplicates();
            case TARGET -> target();
            case RUNNING -> running();
            case SUMMARY -> summary();
        };
    }

    /** Gives the keyboard focus to the step's first control. */
    void focus(ImportStep step) {
        Node node = focus.get(step);
        if (node != null) {
            javafx.application.Platform.runLater(node::requestFocus);
        }
    }

    private Node file() {
        Label intro = wrapped(messages.get("exchange.wizard.file.intro"));
        Button chooseButton = new Button(messages.get("exchange.wizard.choose"));
        chooseButton.setId("import-choose");
        chooseButton.setOnAction(e -> choose.run());
        Label fileName = new Label();
        fileName.setId("import-file");
        fileName.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? messages.get("exchange.wizard.noFile") : model.fileProperty().get().toString(), model.fileProperty()));
        fileName.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(fileName, Priority.ALWAYS);
        Label fileLabel = new Label(messages.get("exchange.wizard.file"));
        fileLabel.setLabelFor(chooseButton);
        HBox row = new HBox(10, fileLabel, fileName, chooseButton);
        row.setAlignment(Pos.BASELINE_LEFT);
        Label hints = wrapped(messages.get("exchange.wizard.file.hints"));
        hints.getStyleClass().add("text-muted");
        focus.put(ImportStep.FILE, chooseButton);
        return page(intro, row, error(), hints);
    }

    private Node preview() {
        ComboBox<Charset> encoding = new ComboBox<>();
        encoding.setId("import-encoding");
        encoding.getItems().setAll(ContactFileReader.ENCODINGS);
        encoding.setConverter(converter(c -> c == null ? "" : c.equals(model.detectedEncodingProperty().get())
                ? messages.format("exchange.wizard.detected", c.displayName()) : c.displayName()));
        ComboBox<Character> separator = new ComboBox<>();
        separator.setId("import-separator");
        separator.getItems().setAll(ContactFileReader.SEPARATORS);
        separator.setConverter(converter(c -> c == null ? "" : c.equals(model.detectedSeparatorProperty().get())
                ? messages.format("exchange.wizard.detected", model.separatorName(c)) : model.separatorName(c)));
        boolean[] updating = {false};
        Runnable sync = () -> {
            ContactsPreview p = model.previewProperty().get();
            if (p == null) {
                return;
            }
            updating[0] = true;
            // The detected one is named so: the cells are drawn again when the items are set anew.
            encoding.getItems().setAll(ContactFileReader.ENCODINGS);
            encoding.setValue(p.encoding());
            separator.getItems().setAll(ContactFileReader.SEPARATORS);
            separator.setValue(p.kind() == ContactFileKind.CSV ? p.separator() : null);
            updating[0] = false;
        };
        sync.run();
        model.previewProperty().addListener((obs, old, now) -> sync.run());
        encoding.valueProperty().addListener((obs, old, now) -> {
            if (!updating[0] && now != null) {
                model.chooseEncoding(now);
            }
        });
        separator.valueProperty().addListener((obs, old, now) -> {
            if (!updating[0] && now != null) {
                model.chooseSeparator(now);
            }
        });
        Label encodingLabel = new Label(messages.get("exchange.wizard.encoding"));
        encodingLabel.setLabelFor(encoding);
        Label separatorLabel = new Label(messages.get("exchange.wizard.separator"));
        separatorLabel.setLabelFor(separator);
        HBox csvRow = new HBox(10, encodingLabel, encoding, separatorLabel, separator);
        HBox.setMargin(separatorLabel, new Insets(0, 0, 0, 14));
        csvRow.setAlignment(Pos.CENTER_LEFT);
        csvRow.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.previewProperty().get() != null
                && model.previewProperty().get().kind() == ContactFileKind.CSV, model.previewProperty()));
        csvRow.managedProperty().bind(csvRow.visibleProperty());

        Label readAs = wrapped("");
        readAs.setId("import-read-as");
        readAs.getStyleClass().add("text-muted");
        readAs.textProperty().bind(Bindings.createStringBinding(model::readAsText, model.previewProperty()));
        TableView<PreviewRow> table = previewTable();
        table.setId("import-preview");
        VBox.setVgrow(table, Priority.ALWAYS);
        focus.put(ImportStep.PREVIEW, table);
        return page(readAs, csvRow, error(), ImportDateOrderBox.build(model, true), table, partsNote("import-to-notes",
                model::toNotesText), partsNote("import-not-imported", model::notImportedText));
    }

    /**
     * A line under a preview saying what goes to the notes ({@code #import-to-notes}) or is not imported
     * ({@code #import-not-imported}); hidden when there is nothing to say.
     */
    Label partsNote(String id, java.util.function.Supplier<String> text) {
        Label label = wrapped("");
        label.setId(id);
        label.getStyleClass().add("text-muted");
        label.textProperty().bind(Bindings.createStringBinding(text::get, model.previewProperty()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * The first records as they would be imported (line, name, phones, emails, birthday as read, notes); a record
     * that would be left out says why in red where its name would be. Each column is at least as wide as its
     * header and its widest cell shown ({@link dk.netdesk.ui.ColumnFit}); the table scrolls sideways when they do not
     * fit, and every cell's tooltip shows all of its text.
     */
    TableView<PreviewRow> previewTable() {
        TableView<PreviewRow> table = new TableView<>(model.previewRows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("exchange.wizard.col.line", r -> String.valueOf(r.line()), 64));
        TableColumn<PreviewRow, String> name = column("exchange.wizard.col.name", r -> r.problem().isEmpty() ? r.name()
                : r.name().isEmpty() ? messages.format("exchange.wizard.leftOut", r.problem())
                : r.name() + " \u00b7 " + messages.format("exchange.wizard.leftOut", r.problem()), 170);
        name.setCellFactory(c -> new TipCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PreviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(row != null && !row.problem().isEmpty() ? "-fx-text-fill: -nd-danger;" : "");
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(column("exchange.wizard.col.phone", PreviewRow::phones, 130));
        table.getColumns().add(column("exchange.wizard.col.email", PreviewRow::emails, 200));
        TableColumn<PreviewRow, String> birthday = column("exchange.wizard.col.birthday", PreviewRow::birthday, 200);
        // A date that reads two ways stands out; its text says the other reading.
        birthday.setCellFactory(c -> new TipCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PreviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("import-date-ambiguous");
                setStyle(row != null && row.dateAmbiguous() ? "-fx-text-fill: -color-warning-fg;" : "");
                if (row != null && row.dateAmbiguous()) {
                    getStyleClass().add("import-date-ambiguous");
                }
            }
        });
        // Wide enough for "4/5/1980 → 5 April 1980 (or 4 May 1980?)" only when dates read two ways.
        birthday.prefWidthProperty().bind(Bindings.when(model.askDateOrderProperty()).then(365).otherwise(200));
        table.getColumns().add(birthday);
        table.getColumns().add(column("exchange.wizard.col.notes", PreviewRow::notes, 360));
        for (TableColumn<PreviewRow, ?> each : table.getColumns()) {
            each.setMinWidth(52);
        }
        table.setPlaceholder(new Label(messages.get("exchange.wizard.noRows")));
        dk.netdesk.ui.ColumnFit.contents(table);
        table.setAccessibleText(messages.get("exchange.wizard.previewName"));
        return table;
    }

    /** A text cell whose tooltip shows its whole text (a long reason or notes make the table scroll sideways). */
    private static class TipCell<R> extends javafx.scene.control.TableCell<R, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
        }
    }

    /**
     * Each matching row once: the row, what it matches (strongest first), why, and its own choice; below, the
     * general choice for every row at once.
     */
    private Node duplicates() {
        Label intro = wrapped("");
        intro.textProperty().bind(Bindings.createStringBinding(() -> messages.format("exchange.wizard.dup.rows",
                model.matches().size()), model.matches()));
        TableView<ImportMatch> table = new TableView<>(model.matches());
        table.setId("import-matches");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("exchange.wizard.col.inFile", m -> messages.format("exchange.wizard.dup.record",
                m.incoming().line(), m.incoming().details().name()), 170));
        table.getColumns().add(column("exchange.wizard.col.matches", model::existingText, 210));
        table.getColumns().add(column("exchange.wizard.col.reason", model::reasonText, 300));
        TableColumn<ImportMatch, ImportMatch> action = new TableColumn<>(messages.get("exchange.wizard.col.action"));
        action.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        action.setCellFactory(c -> new ActionCell());
        action.setPrefWidth(160);
        action.setSortable(false);
        table.getColumns().add(action);
        // Every match of a row, with why, in its tooltip (the columns show the strongest and name the others).
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ImportMatch match, boolean empty) {
                super.updateItem(match, empty);
                setTooltip(empty || match == null ? null : new javafx.scene.control.Tooltip(model.matchDetails(match)));
            }
        });
        table.setAccessibleText(messages.get("exchange.wizard.dup.tableName"));
        dk.netdesk.ui.ColumnFit.contents(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        // From the keyboard: Space or F4 opens the selected row's choice (Enter then takes the one chosen).
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            ImportMatch selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && (e.getCode() == javafx.scene.input.KeyCode.SPACE
                    || e.getCode() == javafx.scene.input.KeyCode.F4)
                    && table.lookup("#import-dup-row-" + selected.incoming().record()) instanceof ChoiceBox<?> box) {
                e.consume();
                box.requestFocus();
                box.show();
            }
        });
        model.matches().addListener((javafx.collections.ListChangeListener<ImportMatch>) c -> table.getSelectionModel()
                .selectFirst());
        table.getSelectionModel().selectFirst();

        ToggleGroup group = new ToggleGroup();
        VBox radios = new VBox(6);
        for (DuplicateAction each : DuplicateAction.values()) {
            String key = "exchange.wizard.dup." + each.name().toLowerCase(java.util.Locale.ROOT);
            RadioButton radio = new RadioButton(messages.get(key));
            radio.setId("import-dup-" + each.name().toLowerCase(java.util.Locale.ROOT));
            radio.setToggleGroup(group);
            radio.setUserData(each);
            radio.setSelected(model.duplicatesProperty().get() == each);
            radio.setMnemonicParsing(true);
            radio.setWrapText(true);
            radio.setMinHeight(Region.USE_PREF_SIZE);
            radios.getChildren().add(radio);
        }
        focus.put(ImportStep.DUPLICATES, table);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.duplicatesProperty().set((DuplicateAction) now.getUserData());
            }
        });
        model.duplicatesProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        Label choice = new Label(messages.get("exchange.wizard.dup.all"));
        choice.getStyleClass().add("text-bold");
        choice.setLabelFor(radios.getChildren().get(0));
        Label weak = wrapped(messages.get("exchange.wizard.dup.weakNote"));
        weak.getStyleClass().add("text-muted");
        Label dnc = wrapped(messages.get("exchange.wizard.dup.dncNote"));
        dnc.getStyleClass().add("text-muted");
        return page(intro, table, choice, radios, weak, dnc);
    }

    /**
     * A row's own choice ({@code #import-dup-row-<record>}): skip, merge or create, bound to
     * {@link ImportWizardViewModel#actionProperty}; a do-not-contact row says it is left out instead.
     */
    private final class ActionCell extends javafx.scene.control.TableCell<ImportMatch, ImportMatch> {

        private final ChoiceBox<DuplicateAction> box = new ChoiceBox<>();
        private final Label blocked = new Label(messages.get("exchange.wizard.dup.row.blocked"));
        private ObjectProperty<DuplicateAction> bound;

        ActionCell() {
            box.getItems().setAll(DuplicateAction.values());
            box.setConverter(converter(model::actionName));
            box.setMaxWidth(Double.MAX_VALUE);
            blocked.getStyleClass().add("text-muted");
        }

        @Override
        protected void updateItem(ImportMatch match, boolean empty) {
            super.updateItem(match, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            setText(null);
            if (empty || match == null) {
                setGraphic(null);
                return;
            }
            if (match.doNotContact()) {
                setGraphic(blocked);
                return;
            }
            bound = model.actionProperty(match);
            box.valueProperty().bindBidirectional(bound);
            box.setId("import-dup-row-" + match.incoming().record());
            box.setAccessibleText(messages.format("exchange.wizard.dup.rowAccessible", match.incoming().line(),
                    match.incoming().details().name()));
            setGraphic(box);
        }
    }

    private Node target() {
        ChoiceBox<ImportBoard.BoardStage> stage = new ChoiceBox<>(model.stages());
        stage.setId("import-stage");
        stage.valueProperty().bindBidirectional(model.stageProperty());
        stage.setConverter(converter(s -> s == null ? "" : s.name()));
        stage.setAccessibleText(messages.get("exchange.wizard.stage"));
        TextField tags = new TextField();
        tags.setId("import-tags");
        tags.setPromptText(messages.get("exchange.wizard.tags.prompt"));
        dk.netdesk.ui.HintFit.whole(tags);
        tags.textProperty().bindBidirectional(model.tagsProperty());
        tags.setPrefColumnCount(28);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        Label stageLabel = new Label(messages.get("exchange.wizard.stage"));
        stageLabel.setLabelFor(stage);
        Label tagsLabel = new Label(messages.get("exchange.wizard.tags"));
        tagsLabel.setLabelFor(tags);
        grid.addRow(0, stageLabel, stage);
        // the step's one message is about the tags: it sits right under them (and Next refused focuses them)
        VBox tagsCell = new VBox(2, tags, error());
        tagsCell.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(1, tagsLabel, tagsCell);

        ToggleGroup group = new ToggleGroup();
        RadioButton given = new RadioButton();
        given.setId("import-consent-given");
        given.textProperty().bind(Bindings.createStringBinding(() -> messages.format("exchange.wizard.consent.given",
                // A file name's underscores are not mnemonics.
                model.previewProperty().get() == null ? "" : model.previewProperty().get().fileName().replace("_", "__")),
                model.previewProperty()));
        RadioButton unknown = new RadioButton(messages.get("exchange.wizard.consent.unknown"));
        unknown.setId("import-consent-unknown");
        for (RadioButton r : new RadioButton[] {given, unknown}) {
            r.setToggleGroup(group);
            r.setMnemonicParsing(true);
            r.setWrapText(true);
            r.setMinHeight(Region.USE_PREF_SIZE);
        }
        Runnable sync = () -> group.selectToggle(model.consentGivenProperty().get() ? given : unknown);
        sync.run();
        model.consentGivenProperty().addListener((obs, old, now) -> sync.run());
        given.selectedProperty().addListener((obs, old, now) -> model.consentGivenProperty().set(now));
        Label consent = new Label(messages.get("exchange.wizard.consent"));
        consent.getStyleClass().add("text-bold");
        consent.setLabelFor(given);
        Label help = wrapped(messages.get("exchange.wizard.consent.help"));
        help.getStyleClass().add("text-muted");
        focus.put(ImportStep.TARGET, stage);
        return page(grid, consent, given, unknown, help);
    }

    private Node running() {
        Label text = wrapped("");
        text.textProperty().bind(Bindings.createStringBinding(() -> messages.format("exchange.wizard.running",
                model.previewProperty().get() == null ? "" : model.previewProperty().get().fileName()),
                model.previewProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.setAccessibleText(messages.get("exchange.wizard.step.RUNNING"));
        return page(text, bar);
    }

    private Node summary() {
        Label line = wrapped("");
        line.setId("import-summary");
        line.textProperty().bind(model.summaryTextProperty());
        GridPane counts = new GridPane();
        counts.setHgap(16);
        counts.setVgap(4);
        String[] names = {"created", "merged", "upToDate", "skipped", "doNotContact", "rejected"};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            Label label = new Label(messages.get("exchange.wizard.count." + name));
            Label value = new Label();
            value.setId("import-count-" + name);
            value.getStyleClass().add("text-bold");
            value.textProperty().bind(Bindings.createStringBinding(() -> {
                ImportSummary s = model.summaryProperty().get();
                return s == null ? "" : String.valueOf(switch (name) {
                    case "created" -> s.created();
                    case "merged" -> s.merged();
                    case "upToDate" -> s.upToDate();
                    case "skipped" -> s.skipped();
                    case "doNotContact" -> s.doNotContact();
                    default -> s.rejected().size();
                });
            }, model.summaryProperty()));
            label.setLabelFor(value);
            counts.addRow(i, label, value);
        }
        ListView<String> rejected = new ListView<>(model.rejectedLines());
        rejected.setId("import-rejected");
        rejected.setPlaceholder(new Label(messages.get("exchange.wizard.rejected.none")));
        rejected.setAccessibleText(messages.get("exchange.wizard.rejected"));
        VBox.setVgrow(rejected, Priority.ALWAYS);
        Label rejectedLabel = new Label(messages.get("exchange.wizard.rejected"));
        rejectedLabel.getStyleClass().add("text-bold");
        rejectedLabel.setLabelFor(rejected);
        Label undoHint = wrapped(messages.get("exchange.wizard.undoHint"));
        undoHint.getStyleClass().add("text-muted");
        focus.put(ImportStep.SUMMARY, rejected);
        return page(line, counts, rejectedLabel, rejected, undoHint);
    }

    /** A label for {@link ImportWizardViewModel#errorProperty()}, shown only when there is an error. */
    private Label error() {
        Label error = wrapped("");
        error.setId("import-error");
        error.getStyleClass().add("nd-field-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static VBox page(Node... nodes) {
        VBox page = new VBox(10, nodes);
        page.setFillWidth(true);
        return page;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TipCell<>());
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
