package dk.netdesk.pipeline;

import dk.netdesk.contacts.Source;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The pipeline board: filters on top, one virtualised column ({@link ListView}) per stage,
 * and the selected contact's details on the right. Cards move by drag-and-drop or with
 * Ctrl+arrows; Enter opens a card's details.
 */
public final class PipelineView {

    static final String STYLESHEET = PipelineView.class.getResource("pipeline.css").toExternalForm();

    private final PipelineViewModel model;
    private final ContactDetailsViewModel details;
    private final Messages messages;
    private final Map<Long, ListView<Card>> lists = new HashMap<>();
    /** Each column's box (header, then its list or, until the column comes into view, a stand-in). */
    private final Map<Long, VBox> boxes = new HashMap<>();
    private final HBox board = new HBox(10) {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // Before the columns lay themselves out, in the same pass: a column that has just come into view makes
            // its cells now, and the first frame already shows them.
            fillColumnsInView();
        }
    };
    private final ScrollPane scroll = new ScrollPane(board);
    private boolean syncing;
    /** The card {@link #showSelected} showed last: when the same card comes back in another column, it was moved there. */
    private Card shown;
    /** The details panel once built (on the first open); null before. */
    private ContactDetailsView detailsView;

    public PipelineView(PipelineViewModel model, ContactDetailsViewModel details, Messages messages) {
        this.model = model;
        this.details = details;
        this.messages = messages;
    }

    public Node build() {
        BorderPane root = new BorderPane();
        root.setId("pipeline");
        root.getStyleClass().add("pipeline");
        root.getStylesheets().addAll(STYLESHEET, dk.netdesk.ui.DoNotContactBadge.stylesheet());
        root.setTop(toolbar());

        board.setId("pipeline-board");
        board.getStyleClass().add("pipeline-board");
        board.setPadding(new Insets(10));
        scroll.setId("pipeline-scroll");
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // A card held near the board's left or right edge (or a column's top or bottom) scrolls it there.
        DragScroll.install(scroll, lists::values);
        // Scrolling the board sideways or widening the window brings columns into view: they get their cards then.
        scroll.hvalueProperty().addListener((obs, old, now) -> board.requestLayout());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> board.requestLayout());
        root.setCenter(new VBox(dk.netdesk.ui.LoadFailedText.banner(messages, "load.failed.pipeline",
                model.loadFailedProperty(), "pipeline-load-failed"), scroll));
        rebuildColumns();
        ViewListeners.onListChange(root, model.columns(), c -> rebuildColumns());
        ViewListeners.onChange(root, model.selectedProperty(), (obs, old, now) -> showSelected(now));

        // The details panel is built the first time a contact is opened: the board shows sooner.
        Runnable showDetails = () -> {
            if (details.openProperty().get() && root.getRight() == null) {
                detailsView = new ContactDetailsView(details, messages);
                // closed from the keyboard, the panel gives the focus back to the card it shows (issue 18)
                detailsView.returnFocusTo(this::shownCardList);
                Node detailsPanel = detailsView.build();
                detailsPanel.visibleProperty().bind(details.openProperty());
                detailsPanel.managedProperty().bind(details.openProperty());
                root.setRight(detailsPanel);
            }
        };
        ViewListeners.onChange(root, details.openProperty(), (obs, old, now) -> showDetails.run());
        // The panel narrows the board, which may then scroll sideways (Left/Right to a column under it): when the
        // panel closes, the board goes back to where it was scrolled before it opened (issue 18).
        double[] before = {0};
        ViewListeners.onChange(root, details.openProperty(), (obs, old, now) -> {
            if (now) {
                before[0] = scroll.getHvalue();
            } else {
                scroll.setHvalue(before[0]);
                javafx.application.Platform.runLater(() -> scroll.setHvalue(before[0]));
            }
        });
        showDetails.run();


        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination newKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (findKey.match(e)) {
                root.lookup("#pipeline-search").requestFocus();
                e.consume();
            } else if (newKey.match(e)) {
                details.newContact(columnOf(root.getScene() == null ? null : root.getScene().getFocusOwner()));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !details.openProperty().get()
                    && e.getTarget() instanceof TextField field && "pipeline-search".equals(field.getId())
                    && !dk.netdesk.ui.SearchEscape.clears(e)) {
                // Escape in the empty search field goes back to the board: the selected card's column, or the first
                focusBoard();
                e.consume();
            } else if (saveKey.match(e) && details.openProperty().get()) {
                details.save();
                e.consume();
            }
        });
        return root;
    }

    private Node toolbar() {
        TextField search = new TextField();
        search.setId("pipeline-search");
        dk.netdesk.ui.SearchEscape.install(search);
        dk.netdesk.ui.SearchDown.install(search, this::focusFirstCard);
        search.setPromptText(messages.get("pipeline.filter.search"));
        dk.netdesk.ui.HintFit.whole(search);
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.SOMETIMES);
        search.setPrefColumnCount(18);

        ComboBox<String> tag = new ComboBox<>();
        tag.setId("pipeline-tag-filter");
        tag.setPromptText(messages.get("pipeline.filter.allTags"));
        dk.netdesk.ui.HintFit.whole(tag);
        tag.getItems().add(null);
        tag.getItems().addAll(model.tags());
        ViewListeners.onListChange(tag, model.tags(), c -> {
            String keep = tag.getValue();
            tag.getItems().setAll(model.tags());
            tag.getItems().add(0, null);
            tag.setValue(keep);
        });
        tag.setConverter(DisplayText.of(t -> "#" + t, messages.get("pipeline.filter.allTags")));
        dk.netdesk.ui.ComboText.follow(tag);
        tag.valueProperty().bindBidirectional(model.tagFilterProperty());
        tag.setPrefWidth(140);

        ComboBox<Source> source = new ComboBox<>();
        source.setId("pipeline-source-filter");
        source.getItems().add(null);
        source.getItems().addAll(Source.values());
        source.setConverter(DisplayText.of(s -> messages.get(s.key()), messages.get("pipeline.filter.allSources")));
        dk.netdesk.ui.ComboText.follow(source);
        source.valueProperty().bindBidirectional(model.sourceFilterProperty());
        source.setPrefWidth(170);
        // a screen reader says what the filter is and what it shows: "Source: All sources" (issue 18)
        source.accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.format("pipeline.filter.spoken",
                messages.get("pipeline.details.source"), source.getValue() == null
                        ? messages.get("pipeline.filter.allSources") : messages.get(source.getValue().key())),
                source.valueProperty()));

        ToggleButton due = new ToggleButton(messages.get("pipeline.filter.dueToday"), new FontIcon(Material2OutlinedAL.ALARM));
        due.setId("pipeline-due-today");
        due.selectedProperty().bindBidirectional(model.followUpTodayProperty());

        Button add = new Button(messages.get("pipeline.action.newContact"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("pipeline-new-contact");
        // the column the focus was in just before the button took it (a click or Tab from a column)
        Long[] lastColumn = {null};
        add.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> {
                    if (now == add) {
                        lastColumn[0] = columnOf(was);
                    }
                });
            }
        });
        add.setOnAction(e -> details.newContact(add.isFocused() ? lastColumn[0] : null));
        Button stages = new Button(messages.get("pipeline.action.stages"), new FontIcon(Material2OutlinedMZ.VIEW_COLUMN));
        stages.setId("pipeline-stages");
        stages.setOnAction(e -> new StagesDialog(model.stages(), messages).show(stages.getScene().getWindow()));

        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {due, add, stages}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps onto a second line in a narrow window, so the board and the open panel keep their room.
        javafx.scene.control.Label searchError = dk.netdesk.ui.SearchError.label("pipeline-search-error", messages,
                model.searchErrorProperty());
        searchError.setMaxWidth(360);
        FlowPane bar = new FlowPane(8, 6, search, searchError, tag, source, due, add, stages);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 10, 0, 10));
        bar.getStyleClass().add("pipeline-toolbar");
        return bar;
    }

    private void rebuildColumns() {
        lists.clear();
        boxes.clear();
        board.getChildren().clear();
        for (StageColumn column : model.columns()) {
            board.getChildren().add(column(column));
        }
        showSelected(model.selectedProperty().get());
    }

    /**
     * One column: its header, and a stand-in where its list goes. The list (and its cells) is made when the column
     * comes into view ({@link #fillColumnsInView}), when a card in it is selected, or when the stand-in takes the
     * focus (Tab): the board's first visit makes cells only for the columns it shows (decision 0035).
     */
    private Node column(StageColumn column) {
        long stageId = column.stage().id();
        Region standIn = new Region();
        standIn.setFocusTraversable(true);
        standIn.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                fill(stageId).requestFocus();
            }
        });
        VBox.setVgrow(standIn, Priority.ALWAYS);
        VBox box = new VBox(6, columnHeader(column), standIn);
        boxes.put(stageId, box);
        box.setId("pipeline-column-" + stageId);
        box.getStyleClass().add("pipeline-column");
        box.setPrefWidth(240);
        box.setMinWidth(200);
        return box;
    }

    /** Opens a contact in the panel; when the user stays with unsaved edits, their card is selected again. */
    private void openInPanel(long contactId) {
        Long shown = details.contactIdProperty().get();
        if (!details.open(contactId) && shown != null) {
            model.select(shown);
        }
    }

    /**
     * Opens a contact from the keyboard (Enter on a card, the card menu's Open): the panel shows it from its top, with
     * the focus in Name (issue 18). When the user stays with unsaved edits, nothing moves.
     */
    private void openToEdit(long contactId) {
        openInPanel(contactId);
        // after the panel is built and shown (the first open builds it, decision 0035)
        details.whenShown(contactId, () -> javafx.application.Platform.runLater(() -> {
            if (detailsView != null && details.shows(contactId)) {
                detailsView.startEditing();
            }
        }));
    }


    /**
     * The column of the selected card when it is the card the panel shows, its cell selected and focused, for the
     * focus to go back to when the panel closes; null otherwise.
     */
    private Node shownCardList() {
        Card card = model.selectedProperty().get();
        Long open = details.contactIdProperty().get();
        if (card == null || open == null || card.contactId() != open) {
            return null;
        }
        ListView<Card> list = fill(card.stageId());
        if (list != null) {
            showSelected(card);
        }
        return list;
    }

    /** The column's name and count, coloured by the stage's kind, with its stale threshold as tooltip. */
    private Node columnHeader(StageColumn column) {
        long stageId = column.stage().id();
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> column.stage().name(messages), column.stageProperty()));
        title.getStyleClass().add("pipeline-column-title");
        title.setId("pipeline-title-" + stageId);
        Label count = new Label();
        count.setId("pipeline-count-" + stageId);
        count.getStyleClass().add("pipeline-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> column.visibleCards().size() == column.cards().size()
                ? messages.number(column.cards().size(), 0)
                : messages.format("pipeline.column.filteredCount", column.visibleCards().size(), column.cards().size()),
                column.visibleCards(), column.cards()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, count);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pipeline-column-header");
        Tooltip tooltip = new Tooltip();
        Tooltip.install(header, tooltip);
        Runnable kind = () -> {
            header.getStyleClass().removeIf(c -> c.startsWith("kind-"));
            header.getStyleClass().add("kind-" + column.stage().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            tooltip.setText(messages.format("pipeline.column.tooltip", messages.get(column.stage().kind().key()),
                    column.stage().staleDays()));
        };
        kind.run();
        ViewListeners.onChange(header, column.stageProperty(), (obs, old, now) -> kind.run());
        return header;
    }

    /**
     * What an empty column says, and what to do next (issue 18, item 15): with no contacts at all, that there are
     * none and how to add or import them (the first column says it whole, the others briefly); with cards here that
     * the filter hides, that none matches; otherwise the drop hint.
     */
    private Label emptyText(StageColumn column) {
        java.util.List<javafx.beans.Observable> watched = new java.util.ArrayList<>();
        watched.add(model.columns());
        watched.add(model.loadedProperty());
        watched.add(model.loadFailedProperty());
        watched.add(column.cards());
        for (StageColumn each : model.columns()) {
            watched.add(each.cards());
        }
        Label label = new Label();
        label.setId("pipeline-empty-" + column.stage().id());
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(8));
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.loadedProperty().get() || model.loadFailedProperty().get()) {
                // not read yet, or not readable (the banner says so): no claim about what is there
                return "";
            }
            boolean noContacts = model.columns().stream().allMatch(each -> each.cards().isEmpty());
            if (noContacts) {
                boolean first = !model.columns().isEmpty() && model.columns().get(0) == column;
                return messages.get(first ? "pipeline.column.noContacts" : "pipeline.column.noContactsShort");
            }
            return messages.get(column.cards().isEmpty() ? "pipeline.column.empty" : "pipeline.column.noMatch");
        }, watched.toArray(javafx.beans.Observable[]::new)));
        return label;
    }

    /** The column's cards: selection, Enter and double-click open, Ctrl+arrows move, drops land at the end. */
    private ListView<Card> cardList(StageColumn column) {
        long stageId = column.stage().id();
        ListView<Card> list = new ListView<>(column.visibleCards());
        list.setId("pipeline-list-" + stageId);
        list.getStyleClass().add("pipeline-list");
        list.setFixedCellSize(96);
        // a screen reader names the column by its stage (issue 18)
        list.accessibleTextProperty().bind(Bindings.createStringBinding(() -> column.stage().name(messages),
                column.stageProperty()));
        list.setCellFactory(lv -> new CardCell(model, messages, stageId));
        list.setPlaceholder(emptyText(column));
        list.setFocusTraversable(true);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && ViewListeners.inUse(list)) {
                model.select(now.contactId());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown()) {
                if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                    openToEdit(model.selectedProperty().get().contactId());
                    e.consume();
                } else if ((e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) && !e.isAltDown()
                        && !e.isShiftDown()) {
                    // Left and Right step to the neighbouring column, keeping the row (issue 18)
                    stepColumn(stageId, list, e.getCode() == KeyCode.LEFT ? -1 : 1);
                    e.consume();
                } else if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                    showCardMenu(list, null, 0, 0);
                    e.consume();
                }
                return;
            }
            boolean handled = switch (e.getCode()) {
                case LEFT -> { model.moveSelectedToStage(-1); yield true; }
                case RIGHT -> { model.moveSelectedToStage(1); yield true; }
                case UP -> { model.reorderSelected(-1); yield true; }
                case DOWN -> { model.reorderSelected(1); yield true; }
                default -> false;
            };
            if (handled) {
                e.consume();
            }
        });
        // right-click (or the platform's context-menu gesture) on a card: the same menu as the Menu key / Shift+F10
        list.setOnContextMenuRequested(e -> {
            showCardMenu(list, e.isKeyboardTrigger() ? null : list, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        // A double click opens the card; while the panel is open, a single click shows the clicked card in it
        // (a card that moves or a column that reloads changes the selection without moving the panel).
        list.setOnMouseClicked(e -> {
            Card clicked = model.selectedProperty().get();
            if (clicked != null && (e.getClickCount() == 2 || details.openProperty().get())) {
                openInPanel(clicked.contactId());
            }
        });
        // Drops on the empty part of a column (or an empty column) go to its end.
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(PipelineDragFormats.CONTACT_ID)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        list.setOnDragDropped(e -> {
            if (e.getDragboard().getContent(PipelineDragFormats.CONTACT_ID) instanceof Long contactId) {
                e.setDropCompleted(model.drop(contactId, stageId, Integer.MAX_VALUE));
                e.consume();
            }
        });
        return list;
    }

    /**
     * Selects the model's selected card in its column (and only there) and gives that column the focus. A card
     * moved to another column (Ctrl+←/→) is followed there: the board scrolls that column into view.
     */
    private void showSelected(Card card) {
        Card before = shown;
        shown = card;
        syncing = true;
        try {
            lists.forEach((stageId, list) -> {
                if (card == null || card.stageId() != stageId) {
                    list.getSelectionModel().clearSelection();
                }
            });
            if (card == null) {
                return;
            }
            ListView<Card> list = fill(card.stageId());
            if (list == null) {
                return;
            }
            int index = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).contactId() == card.contactId()) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                return;
            }
            boolean already = list.getSelectionModel().getSelectedIndex() == index;
            list.getSelectionModel().clearAndSelect(index);
            list.getFocusModel().focus(index);
            boolean hadFocus = lists.values().stream().anyMatch(Node::isFocused);
            if (hadFocus && !list.isFocused()) {
                list.requestFocus();
            }
            if (!already) {
                list.scrollTo(Math.max(0, index - 2));
            }
            if (before != null && before.contactId() == card.contactId() && before.stageId() != card.stageId()) {
                reveal(list.getParent());
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Makes the list of each column that is at least partly inside the board's viewport, once. Called by the board's
     * layout, before the columns lay themselves out; a column outside it keeps its stand-in until it is scrolled into
     * view, a card in it is selected or it takes the focus.
     */
    private void fillColumnsInView() {
        if (lists.size() == boxes.size()) {
            return;
        }
        double view = scroll.getViewportBounds().getWidth();
        if (view <= 0) {
            return;
        }
        double width = board.getWidth();
        double range = scroll.getHmax() - scroll.getHmin();
        double left = width <= view || range <= 0 ? 0 : (scroll.getHvalue() - scroll.getHmin()) / range * (width - view);
        boxes.forEach((stageId, box) -> {
            double x = box.getLayoutX();
            if (x + box.getWidth() >= left && x <= left + view) {
                fill(stageId);
            }
        });
    }

    /** The list of a column, made (in place of its stand-in) if it was not yet; null for a stage not on the board. */
    private ListView<Card> fill(long stageId) {
        ListView<Card> list = lists.get(stageId);
        VBox box = boxes.get(stageId);
        StageColumn column = model.column(stageId);
        if (list == null && box != null && column != null) {
            list = cardList(column);
            // No card has the keyboard focus yet: the first Down in the column selects its first card.
            list.getFocusModel().focus(-1);
            lists.put(stageId, list);
            VBox.setVgrow(list, Priority.ALWAYS);
            box.getChildren().set(1, list);
            if (box.getScene() != null) {
                // its skin now, so that it makes its cells in this layout pass: the column never shows empty
                list.applyCss();
            }
        }
        return list;
    }

    /**
     * Down in the board search: the keyboard focus to the first card the search shows (the first column's with
     * one), which is selected. False when the search shows no card.
     */
    private boolean focusFirstCard() {
        for (StageColumn column : model.columns()) {
            ListView<Card> list = fill(column.stage().id());
            if (list != null && !list.getItems().isEmpty()) {
                reveal(list.getParent());
                list.requestFocus();
                list.getFocusModel().focus(0);
                model.select(list.getItems().get(0).contactId());
                return true;
            }
        }
        return false;
    }

    /** The keyboard focus to the board: the selected card's column, or else the first column. */
    /**
     * The stage of the board column holding {@code node} (a column's list, a card, its header), or null: a new
     * contact started from there starts in that stage.
     */
    private static Long columnOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            String id = at.getId();
            if (id != null && id.startsWith("pipeline-column-")) {
                try {
                    return Long.parseLong(id.substring("pipeline-column-".length()));
                } catch (NumberFormatException notAColumn) {
                    return null;
                }
            }
        }
        return null;
    }

    private void focusBoard() {
        Card card = model.selectedProperty().get();
        Long stageId = card != null ? Long.valueOf(card.stageId())
                : model.columns().isEmpty() ? null : model.columns().get(0).stage().id();
        ListView<Card> list = stageId == null ? null : fill(stageId);
        if (list != null) {
            reveal(list.getParent());
            list.requestFocus();
            // the focused card is the selected one (issue 18): a search may have cleared the list's selection, or
            // left the focus on a card nobody selected
            if (card != null) {
                showSelected(card);
            } else {
                int at = list.getFocusModel().getFocusedIndex();
                if (at >= 0 && at < list.getItems().size()) {
                    model.select(list.getItems().get(at).contactId());
                }
            }
        }
    }

    /**
     * Left / Right on a column: the focus goes to the neighbouring column ({@code delta} -1 or +1), to the card in the
     * same row (or the last card, when that column is shorter), which is selected; an empty column takes the focus with
     * nothing selected. The board scrolls sideways so that the column is wholly in view (it is never left behind the
     * details panel). At the first or last column nothing moves.
     */
    private void stepColumn(long stageId, ListView<Card> from, int delta) {
        int at = -1;
        for (int i = 0; i < model.columns().size(); i++) {
            if (model.columns().get(i).stage().id() == stageId) {
                at = i;
            }
        }
        int target = at + delta;
        if (at < 0 || target < 0 || target >= model.columns().size()) {
            return;
        }
        long targetId = model.columns().get(target).stage().id();
        ListView<Card> to = fill(targetId);
        if (to == null) {
            return;
        }
        int row = Math.max(0, from.getFocusModel().getFocusedIndex());
        reveal(to.getParent());
        to.requestFocus();
        if (to.getItems().isEmpty()) {
            model.select(null);
            to.getFocusModel().focus(-1);
        } else {
            model.select(to.getItems().get(Math.min(row, to.getItems().size() - 1)).contactId());
        }
    }

    /**
     * The card menu (right-click, the Menu key or Shift+F10 on a card): Open, Move to stage (one item per other stage;
     * the card goes to the top of that column, as with Ctrl+arrows), Plan follow-up (opens the card with the focus
     * on the follow-up's date), Do not contact (opens it with the focus on the reason, which is required), Delete
     * (asks first; undoable with Ctrl+Z). Shown at the mouse ({@code anchor} non-null, screen coordinates) or under
     * the focused card ({@code anchor} null). Does nothing when no card is selected.
     */
    private void showCardMenu(ListView<Card> list, Node anchor, double screenX, double screenY) {
        Card card = model.selectedProperty().get();
        if (card == null) {
            return;
        }
        long id = card.contactId();
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.setId("pipeline-card-menu");
        javafx.scene.control.MenuItem open = item("pipeline-menu-open", "pipeline.card.menu.open", () -> openToEdit(id));
        javafx.scene.control.Menu move = new javafx.scene.control.Menu(messages.get("pipeline.card.menu.move"));
        move.setId("pipeline-menu-move");
        for (StageColumn column : model.columns()) {
            long target = column.stage().id();
            if (target == card.stageId()) {
                // not offered: a disabled item took the keyboard's first stop, and Enter on it did nothing
                continue;
            }
            javafx.scene.control.MenuItem to = new javafx.scene.control.MenuItem(column.stage().name(messages));
            to.setId("pipeline-menu-move-" + target);
            to.setMnemonicParsing(false);
            to.setOnAction(e -> model.moveCard(id, target, 0));
            move.getItems().add(to);
        }
        javafx.scene.control.MenuItem followUp = item("pipeline-menu-follow-up", "pipeline.card.menu.followUp",
                () -> openAndFocus(list, id, "#details-schedule-date"));
        javafx.scene.control.MenuItem doNotContact = item("pipeline-menu-dnc", "pipeline.card.menu.dnc",
                () -> openAndFocus(list, id, "#details-dnc-reason"));
        javafx.scene.control.MenuItem delete = item("pipeline-menu-delete", "pipeline.card.menu.delete",
                () -> confirmDelete(list, card));
        menu.getItems().addAll(open, move, followUp, doNotContact,
                new javafx.scene.control.SeparatorMenuItem(), delete);
        // the focus goes back to the column when the menu closes without opening anything
        if (anchor != null) {
            menu.show(anchor, screenX, screenY);
        } else {
            Node cell = list.lookup("#pipeline-card-" + id);
            Node at = cell != null ? cell : list;
            javafx.geometry.Bounds b = at.localToScreen(at.getLayoutBounds());
            if (b == null) {
                return;
            }
            menu.show(at, b.getMinX() + 16, b.getMinY() + Math.min(b.getHeight(), 32));
        }
        // the first item has the keyboard focus, so Down, Up, Right and Enter work at once
        javafx.application.Platform.runLater(() -> {
            if (menu.getSkin() != null && menu.getSkin().getNode() instanceof javafx.scene.Parent content) {
                Node first = content.lookup(".menu-item");
                if (first != null) {
                    first.requestFocus();
                }
            }
        });
    }

    private javafx.scene.control.MenuItem item(String id, String key, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Opens the contact in the panel, then puts the focus on {@code selector} in it once that shows. */
    private void openAndFocus(Node from, long contactId, String selector) {
        openInPanel(contactId);
        Node root = from.getScene() == null ? null : from.getScene().getRoot();
        if (root == null) {
            return;
        }
        details.whenShown(contactId, () -> javafx.application.Platform.runLater(() -> {
            Node target = root.lookup(selector);
            if (target == null) {
                return;
            }
            if (target.isVisible() && target.getParent() != null && target.getParent().isVisible()) {
                target.requestFocus();
            } else {
                javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                        if (now) {
                            obs.removeListener(this);
                            target.requestFocus();
                        }
                    }
                };
                target.visibleProperty().addListener(once);
            }
        }));
    }

    /** Delete from the card menu: asks as the details panel and the Contacts screen do, then deletes (undoable). */
    private void confirmDelete(ListView<Card> list, Card card) {
        javafx.stage.Window window = list.getScene() == null ? null : list.getScene().getWindow();
        if (dk.netdesk.ui.ConfirmDialog.ask(window, messages, messages.get("contact.delete.title"),
                messages.format("contact.delete.header", card.name()), messages.get("contact.delete.text"),
                messages.get("contact.action.delete"), "confirm-delete")) {
            details.delete(card.contactId());
            list.requestFocus();
        }
    }

    /** Scrolls the board sideways as little as needed for {@code column} to be wholly in view (or its left edge, when wider). */
    private void reveal(Node column) {
        double width = board.getLayoutBounds().getWidth();
        double view = scroll.getViewportBounds().getWidth();
        if (column == null || width <= view) {
            return;
        }
        javafx.geometry.Bounds at = column.getBoundsInParent();
        double left = (scroll.getHvalue() - scroll.getHmin()) / (scroll.getHmax() - scroll.getHmin()) * (width - view);
        if (at.getMaxX() > left + view) {
            left = at.getMaxX() - view;
        }
        if (at.getMinX() < left) {
            left = at.getMinX();
        }
        scroll.setHvalue(scroll.getHmin() + left / (width - view) * (scroll.getHmax() - scroll.getHmin()));
    }
}
