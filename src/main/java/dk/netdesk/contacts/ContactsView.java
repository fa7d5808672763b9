package dk.netdesk.contacts;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The contacts screen: a searchable table on the left, the selected contact's form on the right. */
public final class ContactsView {

    private final ContactsViewModel model;
    private final Messages messages;

    public ContactsView(ContactsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Node build() {
        SplitPane split = new SplitPane(list(), form());
        split.setId("contacts");
        split.setDividerPositions(0.45);
        KeyCombination newKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        split.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (newKey.match(e)) {
                model.newContact();
                split.lookup("#contact-name").requestFocus();
                e.consume();
            } else if (saveKey.match(e)) {
                model.save();
                e.consume();
            } else if (findKey.match(e)) {
                split.lookup("#contact-search").requestFocus();
                e.consume();
            }
        });
        model.duplicateProperty().addListener((obs, old, now) -> {
            if (now != null) {
                askAboutDuplicate(split, now);
            }
        });
        return split;
    }

    private void askAboutDuplicate(Node owner, Contact existing) {
        switch (DuplicateDialog.ask(owner, messages, existing, "contact-")) {
            case OPEN_EXISTING -> model.openDuplicate();
            case CREATE_ANYWAY -> model.saveAnyway();
            case CANCEL -> model.dismissDuplicate();
        }
    }

    private Node list() {
        TextField search = new TextField();
        search.setId("contact-search");
        search.setPromptText(messages.get("contact.search"));
        search.textProperty().bindBidirectional(model.searchProperty());

        TableView<Contact> table = new TableView<>(model.visibleContacts());
        table.setId("contact-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("contact.name", Contact::name));
        table.getColumns().add(column("contact.phone", Contact::phone));
        table.getColumns().add(column("contact.email", Contact::email));
        Label empty = new Label(messages.get("contact.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && model.selectedProperty().get() != null) {
                confirmDelete(table, model.selectedProperty().get());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("contact.count", model.visibleContacts().size(), model.allContacts().size()),
                model.visibleContacts(), model.allContacts()));
        count.getStyleClass().add("text-muted");

        VBox box = new VBox(8, search, table, count);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node form() {
        ContactForm form = model.form();
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(() -> form.editing().isPresent()
                ? messages.get("contact.edit") : messages.get("contact.new"), form.editingProperty()));

        TextField name = new TextField();
        name.setId("contact-name");
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField phone = new TextField();
        phone.setId("contact-phone");
        phone.setPromptText(messages.get("contact.phone.prompt"));
        phone.textProperty().bindBidirectional(form.phoneProperty());
        TextField email = new TextField();
        email.setId("contact-email");
        email.setPromptText(messages.get("contact.email.prompt"));
        email.textProperty().bindBidirectional(form.emailProperty());
        TextArea notes = new TextArea();
        notes.setId("contact-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        notes.textProperty().bindBidirectional(form.notesProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(160);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        row = addField(grid, row, "contact.name", name, form.nameErrorProperty(), "contact-name-error");
        row = addField(grid, row, "contact.phone", phone, form.phoneErrorProperty(), "contact-phone-error");
        row = addField(grid, row, "contact.email", email, form.emailErrorProperty(), "contact-email-error");
        addField(grid, row, "contact.notes", notes, null, null);
        GridPane.setVgrow(notes, Priority.ALWAYS);

        Button newButton = new Button(messages.get("contact.action.new"), new FontIcon(Material2OutlinedAL.ADD));
        newButton.setId("contact-new");
        newButton.setOnAction(e -> {
            model.newContact();
            name.requestFocus();
        });
        Button save = new Button(messages.get("contact.action.save"), new FontIcon(Material2OutlinedMZ.SAVE));
        save.setId("contact-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(form.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        Button delete = new Button(messages.get("contact.action.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.setId("contact-delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(form.editingProperty().isNull());
        delete.setOnAction(e -> form.editing().ifPresent(contact -> confirmDelete(delete, contact)));
        HBox buttons = new HBox(8, newButton, save, delete);

        VBox box = new VBox(12, title, grid, buttons);
        box.setPadding(new Insets(12));
        VBox.setVgrow(grid, Priority.ALWAYS);
        return box;
    }

    /** A label, the field, and the field's error message right below it. Returns the next free row. */
    private int addField(GridPane grid, int row, String key, TextInputControl field,
                         ReadOnlyObjectProperty<String> error, String errorId) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (error == null) {
            return row + 1;
        }
        Label message = new Label();
        message.setId(errorId);
        message.getStyleClass().add("nd-field-error");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(
                () -> error.get() == null ? "" : messages.get(error.get()), error));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        PseudoClass danger = PseudoClass.getPseudoClass("danger");
        field.pseudoClassStateChanged(danger, error.get() != null);
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(danger, now != null));
        grid.add(message, 1, row + 1);
        return row + 2;
    }

    private TableColumn<Contact, String> column(String key, java.util.function.Function<Contact, String> value) {
        TableColumn<Contact, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private void confirmDelete(Node source, Contact contact) {
        if (ConfirmDialog.ask(source.getScene().getWindow(), messages, messages.get("contact.delete.title"),
                messages.format("contact.delete.header", contact.name()), messages.get("contact.delete.text"),
                messages.get("contact.action.delete"), "confirm-delete")) {
            model.delete(contact);
        }
    }
}
