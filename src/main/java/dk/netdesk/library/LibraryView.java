package dk.netdesk.library;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.UnsavedChangesDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The library screen: search and filters with the ranked hits on the left ({@link LibraryListPane}); on
 * the right the chosen item rendered for reading ({@link LibraryReader}), or the editor
 * ({@link LibraryEditor}). Ctrl+F search, Ctrl+N new, Ctrl+Shift+C copy, Ctrl+S save, Esc cancel (asking first
 * about typed changes).
 * Built again when the language changes; its listeners on the view-model go with it.
 */
public final class LibraryView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final LibraryViewModel model;
    private final Messages messages;

    /** Links and attachments open through {@code model} ({@link LibraryViewModel#setOpener}), which says when none could. */
    public LibraryView(LibraryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
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

    /** The screen's root node, id {@code library}. */
    public Node build() {
        StackPane detail = new StackPane(new LibraryReader(model, messages).build(),
                new LibraryEditor(model, messages).build());
        SplitPane split = new SplitPane(new LibraryListPane(model, messages).build(), detail);
        split.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);

        VBox root = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setId("library");
        root.getStyleClass().add("nd-library");
        root.getStylesheets().add(LibraryView.class.getResource("library.css").toExternalForm());

        // Quitting with text in the editor asks first (AppContext.closeEditors). The view-model outlives
        // this view (rebuilt on a language change), so it holds the view only weakly.
        java.lang.ref.WeakReference<VBox> shown = new java.lang.ref.WeakReference<>(root);
        LibraryViewModel asking = model;
        Messages words = messages;
        model.setAskToLeave(() -> {
            VBox node = shown.get();
            return UnsavedChangesDialog.ask(node == null || node.getScene() == null ? null : node.getScene().getWindow(),
                    words, asking.editedName());
        });
        // Leaving the editor hands the keyboard back to the list, so shortcuts keep working.
        ViewListeners.onChange(root, model.editingProperty(), (obs, old, now) -> {
            Node target = root.lookup(now ? "#library-title" : "#library-list");
            if (target != null && root.getScene() != null) {
                Platform.runLater(target::requestFocus);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                TextField search = (TextField) root.lookup("#library-search");
                search.requestFocus();
                search.selectAll();
                e.consume();
            } else if (NEW.match(e)) {
                startNew(model, root);
                e.consume();
            } else if (COPY.match(e)) {
                copy(model);
                e.consume();
            } else if (SAVE.match(e) && model.editingProperty().get()) {
                if (!model.save()) {
                    Node editor = root.lookup("#library-editor");
                    if (editor != null) {
                        dk.netdesk.ui.FirstError.focus(editor);
                    }
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.editingProperty().get()
                    && !dk.netdesk.ui.SearchEscape.clears(e)) {
                // typed changes are asked about first (Save / Discard / Cancel); nothing changed closes at once
                model.leaveEditor();
                e.consume();
            }
        });
        return root;
    }

    // ---- shared by the panes ------------------------------------------------------------------

    /** Starts a new item and puts the keyboard in its title; {@code anyNode} is any node of the screen. */
    static void startNew(LibraryViewModel model, Node anyNode) {
        model.newItem();
        focusTitle(anyNode);
    }

    /** Puts the keyboard in the editor's title field; {@code anyNode} is any node of the screen. */
    static void focusTitle(Node anyNode) {
        if (anyNode.getScene() == null) {
            return;
        }
        // the editor may have been shown this moment, its skins not made yet: make them, so the title is found
        anyNode.getScene().getRoot().applyCss();
        dk.netdesk.ui.KeyboardFocus.request(anyNode.getScene().lookup("#library-title"));
    }

    /** Puts the shown item's text on the clipboard, as plain text and as HTML. */
    static void copy(LibraryViewModel model) {
        model.copyText().ifPresent(LibraryView::putOnClipboard);
    }

    /** Puts {@code text} on the clipboard: its plain text, and its HTML when it has any. */
    static void putOnClipboard(CopyText text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text.plain());
        if (text.html() != null && !text.html().isEmpty()) {
            content.putHtml(text.html());
        }
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks before {@code item} is deleted; {@code source} is the node whose window owns the question. */
    static void confirmDelete(LibraryViewModel model, Messages messages, Node source, LibraryItem item) {
        if (ConfirmDialog.ask(source.getScene().getWindow(), messages, messages.get("library.delete.title"),
                messages.format("library.delete.header", item.title()), messages.get("library.delete.text"),
                messages.get("library.action.delete"), "library-confirm-delete")) {
            model.delete(item);
        }
    }

    /** A language code's name in the app's language, capitalised ("Dansk", "English"); unknown codes as they are. */
    static String languageName(Messages messages, String code) {
        return LanguageNames.of(code, messages.getLocale());
    }

    /** A list cell that shows its item through {@code name}, and nothing when empty. */
    static <T> ListCell<T> named(Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }
}
