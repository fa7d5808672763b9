package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactAttachmentsView;
import dk.netdesk.contacts.ContactFormView;
import dk.netdesk.contacts.DuplicateDialog;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.UnsavedChangesDialog;
import dk.netdesk.ui.ViewListeners;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The one contact editor's panel, shown by the Contacts screen, the board and Today: a header that
 * stays in view (name, stage, do-not-contact, Save, Delete, Close), a notice when the contact was
 * changed elsewhere, then the fields ({@link ContactFormView}), the activity sections
 * ({@link ContactActivityView}) and the attached files ({@link ContactAttachmentsView}) in a scroll pane. Ctrl+S saves.
 * Escape anywhere on the screen closes the open panel as Close does (asking first about unsaved changes, through
 * {@link UnsavedChangesDialog}); the focus then goes back to where it was before it went into the panel (the card,
 * the follow-up, the table row).
 */
public final class ContactDetailsView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ContactDetailsViewModel model;
    private final Messages messages;
    private final VBox sections = new VBox(14);
    /** The node outside the panel that had the focus before the panel took it; the focus goes back there on closing. */
    private Node focusBefore;
    /** Where the focus goes when the panel closes, when it gives a node (the board: the opened card); else focusBefore. */
    private java.util.function.Supplier<Node> returnFocus = () -> null;
    /** Scrolls the panel to its top and puts the focus in Name; set by {@link #build}. */
    private Runnable startEditing = () -> { };

    public ContactDetailsView(ContactDetailsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** The panel's scrolling sections, in order; another feature may add its own. */
    public VBox sections() {
        return sections;
    }

    public Node build() {
        ContactFormView fields = new ContactFormView(model.form(), messages);
        sections.setPadding(new Insets(4, 12, 12, 12));
        sections.getChildren().add(fields.build());
        newContactRows(fields.grid());
        sections.getChildren().addAll(new ContactActivityView(model.activity(), messages, model.zone(),
                model.contactIdProperty().isNotNull().and(model.goneProperty().not())).build());
        sections.getChildren().add(new ContactAttachmentsView(model.attachments(), messages,
                model.contactIdProperty().isNotNull().and(model.goneProperty().not())).build());
        ScrollPane scroll = dk.netdesk.ui.ScrollIntoView.follow(new ScrollPane(sections));
        scroll.setId("contact-details-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        BorderPane panel = new BorderPane(scroll);
        panel.setTop(new VBox(6, header(panel), outOfDateNotice(), goneNotice()));
        panel.setId("contact-details");
        panel.getStyleClass().add("contact-details");
        panel.getStylesheets().add(PipelineView.STYLESHEET);
        panel.setPrefWidth(420);
        panel.setMinWidth(360);
        panel.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                if (!model.save()) {
                    dk.netdesk.ui.FirstError.focus(panel);
                }
                e.consume();
            }
        });
        model.setAskToLeave(() -> UnsavedChangesDialog.ask(window(panel), messages, displayName()));
        // a save refused from elsewhere (Save in the "unsaved changes" question) marks the fields too: the first
        // one in error takes the focus once that question has closed
        ViewListeners.onChange(panel, model.form().errorsShownProperty(), (obs, old, now) -> {
            if (Boolean.TRUE.equals(now)) {
                javafx.application.Platform.runLater(() -> dk.netdesk.ui.FirstError.focus(panel));
            }
        });
        closeOnEscape(panel);
        ViewListeners.onChange(panel, model.duplicatesProperty(), (obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                askAboutDuplicate(panel, now);
            }
        });
        startEditing = () -> {
            scroll.setVvalue(0);
            fields.focusName();
        };
        ViewListeners.onChange(panel, model.newContactStartedProperty(), (obs, old, now) -> startEditing.run());
        // a date typed wrongly belongs to the contact it was typed for: another contact, or the panel closed, drops it
        ViewListeners.onAnyChange(panel, () -> dk.netdesk.ui.DateText.forgetUnreadable(sections), model.openProperty(),
                model.contactIdProperty());
        if (model.openProperty().get() && model.contactIdProperty().get() == null) {
            // Built for a new contact (the panel is built on first use): Name gets the focus once it is shown.
            javafx.application.Platform.runLater(fields::focusName);
        }
        return panel;
    }

    /**
     * The rows a new contact has below its fields (issue 18, item 11): its stage ("Stage", the column it was started
     * from, else the first) and its next follow-up (date, time, kind), stored with it by Save. Shown only while a new
     * contact is typed; a stored contact's follow-up is in its own section below.
     */
    private void newContactRows(dk.netdesk.ui.FormGrid grid) {
        NewContactPlan plan = model.newContactPlan();
        javafx.scene.control.ComboBox<Stage> stage = new javafx.scene.control.ComboBox<>(plan.stages());
        stage.setId("details-new-stage");
        stage.setConverter(dk.netdesk.ui.DisplayText.of(s -> s.name(messages)));
        dk.netdesk.ui.ComboText.follow(stage);
        stage.valueProperty().bindBidirectional(plan.stageProperty());
        stage.setMaxWidth(Double.MAX_VALUE);
        javafx.beans.binding.BooleanBinding isNew = model.contactIdProperty().isNull();
        grid.add("pipeline.details.newStage", stage).visibleWhen(isNew);
        new FollowUpFieldsView(plan.followUp(), messages, "details-new-follow-up")
                .addTo(grid, "pipeline.details.section.followUp", isNew).setId("details-new-follow-up-heading");
    }

    private Node header(Node panel) {
        Label title = new Label();
        title.setId("details-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.contactIdProperty().get() == null
                ? messages.get("pipeline.details.new") : model.form().nameProperty().get(),
                model.contactIdProperty(), model.form().nameProperty()));
        title.setWrapText(true);
        title.setEllipsisString("…");
        // At most two lines: a long name is shortened with "…" (whole in the tooltip and accessible text),
        // so that it never pushes the form down.
        title.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("Ag\nAg");
            probe.setFont(title.getFont());
            probe.setLineSpacing(title.getLineSpacing());
            return Math.ceil(probe.getLayoutBounds().getHeight()) + title.snappedTopInset()
                    + title.snappedBottomInset() + 1;
        }, title.fontProperty(), title.lineSpacingProperty(), title.paddingProperty()));
        javafx.scene.control.Tooltip wholeName = new javafx.scene.control.Tooltip();
        wholeName.textProperty().bind(title.textProperty());
        title.setTooltip(wholeName);
        Runnable declare = () -> dk.netdesk.ui.MayShorten.declare(title, title.getText());
        declare.run();
        dk.netdesk.ui.ViewListeners.onChange(title, title.textProperty(), (obs, old, now) -> declare.run());
        Label stage = new Label();
        stage.setId("details-stage");
        stage.getStyleClass().add("text-muted");
        stage.textProperty().bind(Bindings.createStringBinding(() -> {
            ContactStatus s = model.activity().contactStatusProperty().get();
            return s == null || s.stageName().isEmpty() ? "" : messages.format("pipeline.details.stage", s.stageName(messages));
        }, model.activity().contactStatusProperty()));
        // The shared badge with the reason, under the name: the same words and icon as everywhere else.
        Label dnc = dk.netdesk.ui.DoNotContactBadge.create(messages, null, true);
        dnc.setId("details-dnc-banner");
        Runnable showBlock = () -> {
            ContactStatus s = model.activity().contactStatusProperty().get();
            dk.netdesk.ui.DoNotContactBadge.update(dnc, messages, s != null && s.doNotContact() ? s.doNotContactReason() : null, true);
        };
        dk.netdesk.ui.ViewListeners.onChange(dnc, model.activity().contactStatusProperty(), (obs, old, now) -> showBlock.run());
        showBlock.run();

        Button save = button("details-save", "pipeline.details.save", new FontIcon(Material2OutlinedMZ.SAVE));
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (!model.save()) {
                dk.netdesk.ui.FirstError.focus(panel); // the first field marked in red, to be corrected
            }
        });
        Button delete = button("details-delete", "contact.action.delete", new FontIcon(Material2OutlinedAL.DELETE));
        delete.getStyleClass().add("danger");
        delete.visibleProperty().bind(model.contactIdProperty().isNotNull());
        delete.managedProperty().bind(delete.visibleProperty());
        // A contact that no longer exists cannot be deleted; Close drops the edits instead.
        delete.disableProperty().bind(model.goneProperty());
        delete.setOnAction(e -> confirmDelete(panel));
        Button close = button("details-close", "pipeline.details.close", new FontIcon(Material2OutlinedAL.CLOSE));
        close.setOnAction(e -> closeAndReturnFocus(panel));
        // Save, Delete and More wrap onto a second row in a narrow panel; Close keeps its place on the right.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, save, delete, more(panel));
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(actions, Priority.ALWAYS);
        HBox buttons = new HBox(8, actions, close);
        buttons.setAlignment(Pos.TOP_LEFT);
        VBox header = new VBox(4, title, stage, dnc, buttons);
        header.setPadding(new Insets(12, 12, 0, 12));
        return header;
    }

    /**
     * "More": the contact's less frequent actions, "Export this person's data…" (two clicks from the
     * contact) and "Erase this person…" ({@link EraseDialog}); Tab to it, Space opens the menu, the
     * arrows and Enter pick. Shown for a stored contact only.
     */
    private Node more(Node panel) {
        MenuItem export = new MenuItem(messages.get("pipeline.details.export"),
                new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        export.setId("details-export");
        export.disableProperty().bind(model.goneProperty().or(model.exportingProperty()));
        export.setOnAction(e -> chooseExportFolder(panel));
        MenuItem exportZip = new MenuItem(messages.get("pipeline.details.export.zip"),
                new FontIcon(Material2OutlinedAL.ARCHIVE));
        exportZip.setId("details-export-zip");
        exportZip.disableProperty().bind(export.disableProperty());
        exportZip.setOnAction(e -> chooseExportZip(panel));
                MenuItem erase = new MenuItem(messages.get("pipeline.details.erase"),
                new FontIcon(Material2OutlinedAL.DELETE_FOREVER));
        erase.setId("details-erase");
        erase.setMnemonicParsing(true);
        erase.disableProperty().bind(model.goneProperty());
        erase.setOnAction(e -> {
            Long id = model.contactIdProperty().get();
            if (id != null) {
                new EraseDialog(model.erase()).show(window(panel), id);
            }
        });
                MenuButton more = new MenuButton(messages.get("pipeline.details.more"), null, export, exportZip, erase);
        more.setId("details-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.visibleProperty().bind(model.contactIdProperty().isNotNull());
        more.managedProperty().bind(more.visibleProperty());
        return more;
    }

    private void chooseExportFolder(Node panel) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.format("pipeline.details.export.choose", model.storedName()));
        java.io.File folder = chooser.showDialog(window(panel));
        if (folder != null) {
            model.exportPerson(folder.toPath());
        }
    }

    /** A save dialog offering {@code <name>-<date>.zip}; the chosen file gets ".zip" when the user left it off. */
    private void chooseExportZip(Node panel) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.format("pipeline.details.export.zip.choose", model.storedName()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("pipeline.details.export.zip.filter"), "*.zip"));
        chooser.setInitialFileName(model.suggestedZipName());
        java.io.File file = chooser.showSaveDialog(window(panel));
        if (file != null) {
            String name = file.getName();
            model.exportPersonZip(name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                    ? file.toPath() : file.toPath().resolveSibling(name + ".zip"));
        }
    }

    /** Says that the stored contact changed while the form has unsaved edits, with Reload. */
    private Node outOfDateNotice() {
        Label text = new Label(messages.get("contact.outOfDate"));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button reload = button("details-reload", "contact.outOfDate.reload", new FontIcon(Material2OutlinedMZ.REFRESH));
        reload.setOnAction(e -> model.reloadFromStore());
        HBox notice = new HBox(8, text, reload);
        notice.setId("details-out-of-date");
        notice.getStyleClass().add("details-out-of-date");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setPadding(new Insets(6, 12, 6, 12));
        notice.visibleProperty().bind(model.outOfDateProperty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    /** Says that the stored contact no longer exists while the form keeps the user's edits (no Reload). */
    private Node goneNotice() {
        Label text = new Label(messages.get("contact.gone"));
        text.setId("details-gone-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox notice = new HBox(8, text);
        notice.setId("details-gone");
        notice.getStyleClass().add("details-out-of-date");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setPadding(new Insets(6, 12, 6, 12));
        notice.visibleProperty().bind(model.goneProperty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private Button button(String id, String key, Node icon) {
        Button button = new Button(messages.get(key), icon);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /**
     * Scrolls the panel to its top and puts the keyboard focus in Name, as for a new contact: a contact opened from
     * the keyboard (Enter on a card, the card menu's Open). Call on the JavaFX thread after {@link #build}.
     */
    public void startEditing() {
        startEditing.run();
    }

    /**
     * Where the focus goes when Escape or Close closes the panel while the focus is in it: the node {@code target}
     * gives just before closing, or, when it gives null, the node that had the focus before the panel took it.
     */
    public void returnFocusTo(java.util.function.Supplier<Node> target) {
        returnFocus = target == null ? () -> null : target;
    }

    private String displayName() {
        String name = model.form().nameProperty().get();
        return name == null || name.isBlank() ? messages.get("pipeline.details.new") : name.strip();
    }

    private void confirmDelete(Node panel) {
        Long id = model.contactIdProperty().get();
        if (id != null && ConfirmDialog.ask(window(panel), messages, messages.get("contact.delete.title"),
                messages.format("contact.delete.header", displayName()), messages.get("contact.delete.text"),
                messages.get("contact.action.delete"), "confirm-delete")) {
            Node back = focusBefore;
            model.delete(id);
            // the panel closes: the focus goes back to the board, the list or the table it came from
            if (back != null && back.getScene() == panel.getScene() && !inside(panel, back) && !back.isDisabled()
                    && back.isVisible()) {
                back.requestFocus();
            }
        }
    }

    /** The window showing {@code node}, or else the app's window (an editor asked while its screen is hidden). */
    /**
     * Escape on the screen that shows the panel closes it (while it is open), unless it closes an open list
     * first (a ComboBox's or date picker's). Watched on the scene only while the panel is in it: the screen
     * is in the window only while it is the one shown.
     */
    private void closeOnEscape(Node panel) {
        javafx.beans.value.ChangeListener<Node> follow = (obs, was, now) -> {
            if (now != null && was != null && inside(panel, now) && !inside(panel, was)) {
                focusBefore = was;
            }
        };
        javafx.event.EventHandler<KeyEvent> escape = e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.openProperty().get() && !closesAList(e.getTarget())
                    && !dk.netdesk.ui.SearchEscape.clears(e)) {
                e.consume();
                // a date typed and not yet taken in counts: leaving asks about it (this filter runs before the field's)
                dk.netdesk.ui.TypedValue.commitFocused(panel.getScene());
                closeAndReturnFocus(panel);
            }
        };
        panel.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
                old.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
                scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
        });
    }

    /** Closes the panel as Close does; when it closed while the focus was in it, the focus goes back to where it was. */
    private void closeAndReturnFocus(Node panel) {
        boolean hadFocus = panel.getScene() != null && inside(panel, panel.getScene().getFocusOwner());
        Node chosen = returnFocus.get();
        Node back = chosen != null ? chosen : focusBefore;
        if (model.close() && hadFocus && back != null && back.getScene() == panel.getScene() && !inside(panel, back)
                && !back.isDisabled() && back.isVisible()) {
            back.requestFocus();
        }
    }

    /** True when Escape on {@code target} closes an open drop-down list (a ComboBox's, a date picker's) instead. */
    private static boolean closesAList(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Node panel, Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == panel) {
                return true;
            }
        }
        return false;
    }

    private static Window window(Node node) {
        if (node.getScene() != null && node.getScene().getWindow() != null) {
            return node.getScene().getWindow();
        }
        return Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
    }

    private void askAboutDuplicate(Node owner, java.util.List<Contact> existing) {
        DuplicateDialog.Answer answer = DuplicateDialog.ask(owner, messages, existing,
                model.duplicateReasonProperty().get(), model.contactIdProperty().get() != null);
        switch (answer.choice()) {
            case OPEN_EXISTING -> model.openDuplicate(answer.open());
            case CREATE_ANYWAY -> model.saveAnyway();
            case CANCEL -> model.dismissDuplicate();
        }
    }
}
