package dk.netdesk.contacts;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.ListSelection;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The contacts screen: a searchable table on the left, the one contact editor on the right (built
 * by the pipeline and handed in, the same editor the board and Today show).
 */
public final class ContactsView {

    private final ContactsViewModel model;
    private final Messages messages;
    private final Node editor;
    private java.util.function.Consumer<javafx.stage.Window> onRetentionReview = owner -> { };
    private java.util.function.Consumer<javafx.stage.Window> onFindDuplicates = owner -> { };

    private final List<Node> tools;

    /** @param editor the contact editor's node, bound to the same editor as {@code model.editor()} */
    public ContactsView(ContactsViewModel model, Messages messages, Node editor) {
        this(model, messages, editor, new Node[0]);
    }

    /**
     * @param editor the contact editor's node, bound to the same editor as {@code model.editor()}
     * @param tools  more buttons for the toolbar, after New and Delete (such as "Export contacts…",
     *               which other packages build)
     */
    public ContactsView(ContactsViewModel model, Messages messages, Node editor, Node... tools) {
        this.model = model;
        this.messages = messages;
        this.editor = editor;
        this.tools = List.of(tools);
    }

    /**
     * What "Retention review…" (and Ctrl+Shift+R on this screen) does: opens the review over the given
     * window. Set by the composition root before {@link #build()}.
     */
    public void setOnRetentionReview(java.util.function.Consumer<javafx.stage.Window> open) {
        this.onRetentionReview = open;
    }

    /**
     * What "Find duplicates…" (and Ctrl+Shift+D on this screen) does: opens the merge view over the given
     * window. Set by the composition root before {@link #build()}.
     */
    public void setOnFindDuplicates(java.util.function.Consumer<javafx.stage.Window> open) {
        this.onFindDuplicates = open;
    }

    public Node build() {
        SplitPane split = new SplitPane(list(), editor);
        split.setId("contacts");
        split.setDividerPositions(0.45);
        // The editor is shown only while it is open, as on Today and the board: closing it (Escape, also
        // after "Don't save") leaves the list, never an empty "New contact" form.
        double[] divider = {0.45};
        Runnable showEditor = () -> {
            boolean open = model.editor().openProperty().get();
            if (open && !split.getItems().contains(editor)) {
                split.getItems().add(editor);
                split.setDividerPositions(divider[0]);
            } else if (!open && split.getItems().contains(editor)) {
                divider[0] = split.getDividerPositions()[0];
                Long closed = model.editor().contactIdProperty().get();
                javafx.scene.Node focused = split.getScene() == null ? null : split.getScene().getFocusOwner();
                boolean focusInEditor = false;
                for (javafx.scene.Node at = focused; at != null; at = at.getParent()) {
                    focusInEditor |= at == editor;
                }
                split.getItems().remove(editor);
                // the focus was in the editor that just left: it goes back to the list, not to the search field
                javafx.scene.Node table = split.lookup("#contact-table");
                if (focusInEditor && table instanceof TableView<?> rows) {
                    rows.requestFocus();
                    // its row keeps the focus (not the selection: a selected row is open), so Down goes on from the
                    // contact just closed rather than opening the first one again
                    Platform.runLater(() -> focusRow(rows, closed));
                }
            }
        };
        showEditor.run();
        ViewListeners.onChange(split, model.editor().openProperty(), (obs, old, now) -> showEditor.run());
        KeyCombination newKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        KeyCombination retentionKey = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        KeyCombination duplicatesKey = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        split.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (newKey.match(e)) {
                model.newContact();
                e.consume();
            } else if (saveKey.match(e)) {
                model.editor().save();
                e.consume();
            } else if (retentionKey.match(e)) {
                onRetentionReview.accept(split.getScene().getWindow());
                e.consume();
            } else if (duplicatesKey.match(e)) {
                onFindDuplicates.accept(split.getScene().getWindow());
                e.consume();
            } else if (findKey.match(e)) {
                split.lookup("#contact-search").requestFocus();
                e.consume();
            }
        });
        return split;
    }

    /**
     * What the empty list says (issue 18, item 15): "No contacts yet" only when there are none; when the search
     * hides them all, that none matches, with a button that clears the search (and puts the focus back in it).
     */
    private Node emptyText() {
        javafx.beans.binding.StringBinding text = Bindings.createStringBinding(() -> model.allContacts().isEmpty()
                        ? messages.get("contact.empty")
                        : messages.format("contact.noMatch", model.searchProperty().get().strip()),
                model.allContacts(), model.searchProperty());
        Label label = dk.netdesk.ui.LoadFailedText.placeholder(messages, text, "load.failed.contacts",
                model.loadFailedProperty());
        label.setId("contact-empty");
        Button clear = new Button(messages.get("contact.clearSearch"));
        clear.setId("contact-clear-search");
        clear.setOnAction(e -> {
            model.searchProperty().set("");
            javafx.scene.Node search = clear.getScene() == null ? null : clear.getScene().lookup("#contact-search");
            if (search != null) {
                search.requestFocus();
            }
        });
        clear.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.allContacts().isEmpty()
                        && model.visibleContacts().isEmpty() && !model.loadFailedProperty().get(),
                model.allContacts(), model.visibleContacts(), model.loadFailedProperty()));
        clear.managedProperty().bind(clear.visibleProperty());
        VBox box = new VBox(4, label, clear);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setFillWidth(false);
        return box;
    }

    private Node list() {
        TextField search = new TextField();
        search.setId("contact-search");
        dk.netdesk.ui.SearchEscape.install(search);
        search.setPromptText(messages.get("contact.search"));
        dk.netdesk.ui.HintFit.whole(search);
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        // Headers sort (names, phones and emails in the UI language's order); the search keeps that order.
        SortedList<Contact> sorted = new SortedList<>(model.visibleContacts());
        TableView<Contact> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("contact-table");
        table.setAccessibleText(messages.get("nav.contacts"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Comparator<String> order = dk.netdesk.db.TextOrder.comparator(messages.getLocale());
        TableColumn<Contact, Contact> name = nameColumn(order);
        name.setMinWidth(120);
        name.setPrefWidth(200);
        // One very long name must not push Phone and Email out of sight: the column fits its names up to
        // 40 % of the table; a longer name ends in "…" (whole in the tooltip and accessible text).
        // (never below 200 px: a "Do not contact" badge under the name stays whole)
        name.maxWidthProperty().bind(Bindings.max(200, table.widthProperty().multiply(0.4)));
        // every number is shown in one form, however it was typed ("+4520304050" and "20 30 40 50" alike)
        TableColumn<Contact, String> phone = column("contact.phone", c -> PhoneNumbers.display(c.phone()),
                Comparator.comparing(PhoneNumbers::normalise).thenComparing(Comparator.naturalOrder()));
        phone.setId("contact-column-phone");
        // a phone number is never cut: the column is at least as wide as the longest one shown
        fitWidest(table, phone, model.allContacts(), c -> PhoneNumbers.display(c.phone()));
        TableColumn<Contact, String> email = column("contact.email", Contact::email, order);
        email.setMinWidth(100);
        table.getColumns().add(name);
        table.getColumns().add(phone);
        table.getColumns().add(email);
        dk.netdesk.ui.ColumnFit.contents(table);
        table.setPlaceholder(emptyText());
        dk.netdesk.ui.SearchDown.toTable(search, table);
        // Picking a row opens it once the click is over, so that a question about unsaved edits comes after
        // the mouse is released; when the user stays, their row is selected again.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            if (now != null && now == table.getSelectionModel().getSelectedItem() && now != model.selectedProperty().get()
                    && ViewListeners.inUse(table)) {
                model.selectedProperty().set(now);
                selectRow(table, model.selectedProperty().get());
            }
        }));
        ViewListeners.onChange(table, model.selectedProperty(), (obs, old, now) -> selectRow(table, now));
        // Enter on a row opens it with the focus in Name, as on the board (issue 18), once the editor shows it
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Contact chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && chosen != null) {
                e.consume();
                model.selectedProperty().set(chosen);
                if (chosen == model.selectedProperty().get()) {
                    model.editor().whenShown(chosen.id(), () -> Platform.runLater(() -> {
                        Node nameField = editor.lookup("#details-name");
                        if (nameField != null) {
                            nameField.requestFocus();
                        }
                    }));
                }
            }
        });
        ListSelection.onDelete(table, () -> {
            if (model.selectedProperty().get() != null) {
                confirmDelete(table, model.selectedProperty().get());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button newButton = new Button(messages.get("contact.action.new"), new FontIcon(Material2OutlinedAL.ADD));
        newButton.setId("contact-new");
        newButton.setOnAction(e -> model.newContact());
        newButton.setMinWidth(Button.USE_PREF_SIZE);
        Button delete = new Button(messages.get("contact.action.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.setId("contact-delete");
        delete.getStyleClass().add("danger");
        delete.setMinWidth(Button.USE_PREF_SIZE);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> confirmDelete(delete, model.selectedProperty().get()));
        Button retention = new Button(messages.get("contact.action.retention"), new FontIcon(Material2OutlinedAL.ARCHIVE));
        retention.setId("contact-retention");
        retention.setMinWidth(Button.USE_PREF_SIZE);
        retention.setTooltip(new javafx.scene.control.Tooltip(messages.get("contact.action.retention.tip")));
        retention.setOnAction(e -> onRetentionReview.accept(retention.getScene().getWindow()));
        Button duplicates = new Button(messages.get("contact.action.duplicates"),
                new FontIcon(Material2OutlinedAL.CALL_MERGE));
        duplicates.setId("contact-duplicates");
        duplicates.setMinWidth(Button.USE_PREF_SIZE);
        duplicates.setTooltip(new javafx.scene.control.Tooltip(messages.get("contact.action.duplicates.tip")));
        duplicates.setOnAction(e -> onFindDuplicates.accept(duplicates.getScene().getWindow()));
        // The search field has its own row; the buttons wrap onto more rows in a narrow window, so the list
        // never grows wider than the screen leaves it and no button text is cut short.
        FlowPane actions = new FlowPane(8, 6, newButton, delete);
        actions.getChildren().addAll(tools);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, search,
                dk.netdesk.ui.SearchError.label("contact-search-error", messages, model.searchErrorProperty()), actions);

        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("contact.count", model.visibleContacts().size(), model.allContacts().size()),
                model.visibleContacts(), model.allContacts()));
        count.getStyleClass().add("text-muted");

        // Below the list, so that the rows above stay short.
        FlowPane more = new FlowPane(8, 6, duplicates, retention);
        more.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(more, Priority.ALWAYS);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(8, count, more);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, table, bottom);
        box.setPadding(new Insets(12));
        return box;
    }

    /** Gives the row of the contact {@code contactId} (null: none) the table's focus, without selecting it. */
    private static void focusRow(TableView<?> table, Long contactId) {
        for (int i = 0; contactId != null && i < table.getItems().size(); i++) {
            if (table.getItems().get(i) instanceof Contact row && row.id() == contactId) {
                table.getFocusModel().focus(i);
                return;
            }
        }
    }

    private static void selectRow(TableView<Contact> table, Contact contact) {
        if (contact == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != contact) {
            table.getSelectionModel().select(contact);
            table.scrollTo(contact);
        }
    }

    /** The name, with the shared do-not-contact badge beside it for a blocked person (reason in tooltip and accessible text). */
    private TableColumn<Contact, Contact> nameColumn(Comparator<String> order) {
        TableColumn<Contact, Contact> column = new TableColumn<>(messages.get("contact.name"));
        column.setId("contact-column-name");
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparing(Contact::name, order).thenComparingLong(Contact::id));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Label name = new Label();
            private final Label badge = dk.netdesk.ui.DoNotContactBadge.create(messages, null, false);
            // the badge goes under the name, so neither is cut short in a narrow list
            private final VBox box = new VBox(2, name, badge);

            {
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Contact contact, boolean empty) {
                super.updateItem(contact, empty);
                if (empty || contact == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    setTooltip(null);
                    return;
                }
                String reason = model.blockReason(contact);
                name.setText(contact.name());
                dk.netdesk.ui.MayShorten.declare(name, contact.name());
                setTooltip(new javafx.scene.control.Tooltip(contact.name()));
                dk.netdesk.ui.DoNotContactBadge.update(badge, messages, reason, false);
                setAccessibleText(reason == null ? contact.name()
                        : contact.name() + ", " + dk.netdesk.ui.DoNotContactBadge.text(messages, reason));
                setGraphic(box);
            }
        });
        return column;
    }

    private TableColumn<Contact, String> column(String key, Function<Contact, String> value, Comparator<String> order) {
        TableColumn<Contact, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        // a contact without a phone or email sorts after the others in both directions
        column.setComparator(dk.netdesk.ui.EmptyLast.of(column, order));
        return column;
    }

    /**
     * Keeps {@code column} at least as wide as the widest {@code text} of {@code rows} in the cells' own font
     * (and its header), measured again whenever the rows change or the cells get their style; while {@code table} is in use.
     */
    private static <S> void fitWidest(TableView<S> table, TableColumn<S, String> column, ObservableList<S> rows,
                                      Function<S, String> text) {
        double[] padding = {24};
        javafx.scene.text.Font[] font = {javafx.scene.text.Font.getDefault()};
        Runnable measure = () -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text();
            probe.setFont(font[0]);
            double widest = 0;
            for (String shown : rows.stream().map(text).toList()) {
                probe.setText(shown);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            probe.setText(column.getText());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth() + 16);
            column.setMinWidth(Math.ceil(widest + padding[0]));
        };
        ViewListeners.onListChange(table, rows, change -> measure.run());
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (!empty && (getFont() != font[0] || padding[0] != snappedLeftInset() + snappedRightInset() + 8)) {
                    font[0] = getFont();
                    padding[0] = snappedLeftInset() + snappedRightInset() + 8;
                    measure.run();
                }
            }
        });
        measure.run();
    }

    /**
     * Asks, then deletes {@code contact}; the focus then goes to the table (the Delete button it was on turns
     * disabled), on the row that takes the deleted one's place once the list has it.
     */
    private void confirmDelete(Node source, Contact contact) {
        if (ConfirmDialog.ask(source.getScene().getWindow(), messages, messages.get("contact.delete.title"),
                messages.format("contact.delete.header", contact.name()), messages.get("contact.delete.text"),
                messages.get("contact.action.delete"), "confirm-delete")) {
            @SuppressWarnings("unchecked")
            TableView<Contact> table = (TableView<Contact>) source.getScene().lookup("#contact-table");
            int row = table == null ? -1 : table.getItems().indexOf(contact);
            model.delete(contact);
            if (table != null) {
                table.requestFocus();
                focusRowWhenGone(table, contact, row);
            }
        }
    }

    /** Moves the table's focused row to {@code row} (or the last) once {@code contact} has left the table. */
    private static void focusRowWhenGone(TableView<Contact> table, Contact contact, int row) {
        // after the table's own handling of the change, which moves its focused row
        Runnable focus = () -> javafx.application.Platform.runLater(() -> {
            if (row >= 0 && !table.getItems().isEmpty()) {
                table.getFocusModel().focus(Math.min(row, table.getItems().size() - 1));
            }
        });
        if (table.getItems().stream().noneMatch(c -> c.id() == contact.id())) {
            focus.run();
            return;
        }
        javafx.collections.ListChangeListener<Contact> once = new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Contact> change) {
                if (table.getItems().stream().noneMatch(c -> c.id() == contact.id())) {
                    table.getItems().removeListener(this);
                    focus.run();
                }
            }
        };
        table.getItems().addListener(once);
    }
}
