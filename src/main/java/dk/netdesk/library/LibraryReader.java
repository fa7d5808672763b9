package dk.netdesk.library;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.io.File;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The library's reading pane: the shown item's title, facts and actions (Copy, Open link, Edit, Attach,
 * Delete), its tags, a script's record, linked stages and event, attachments, the rendered body and its
 * dates. Files dropped on it are attached. Hidden while the editor is open.
 */
final class LibraryReader {

    private final LibraryViewModel model;
    private final Messages messages;
    private final MarkdownView markdown;

    /** Links in the text and a link item's address open through {@link LibraryViewModel#openAddress}. */
    LibraryReader(LibraryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.markdown = new MarkdownView(model::openAddress, model::linkRefusal, model::linkHint)
                .copying(this::partButton, text -> LibraryView.putOnClipboard(new CopyText(text, "")),
                        messages.get("library.reader.copy"), messages.get("library.reader.selectAll"));
    }

    /** A section's or quote's own small Copy button: "Copy quote “A calm answer”". */
    private Node partButton(BodyParts.Part part) {
        String key = part.kind() == BodyParts.Kind.SECTION ? "library.copy.section" : "library.copy.quote";
        Button copy = new Button(null, new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        copy.getStyleClass().addAll("flat", "button-icon", "small", "md-copy");
        copy.setAccessibleText(messages.format(key, part.name()));
        copy.setTooltip(new Tooltip(messages.format(key + ".tip", part.name())));
        copy.setOnAction(e -> model.copyPart(part).ifPresent(LibraryView::putOnClipboard));
        return copy;
    }

    Node build() {
        VBox content = new VBox(12);
        content.setId("library-reader");
        content.getStyleClass().add("library-reader");
        content.setPadding(new Insets(16, 20, 20, 20));
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

        long[] shownId = {-1};
        Runnable fill = () -> {
            LibraryItem item = model.itemProperty().get();
            fill(content, item, model.recordProperty().get());
            // Another item starts at its top; the same item read again (a recorded use) stays where it was.
            long id = item == null ? -1 : item.id();
            if (id != shownId[0]) {
                shownId[0] = id;
                scroll.setVvalue(scroll.getVmin());
            }
        };
        ViewListeners.onAnyChange(content, fill, model.itemProperty(), model.recordProperty(), model.searchedProperty());
        ViewListeners.onAnyListChange(content, fill, model.stages(), model.events());
        fill.run();
        return pane;
    }

    private void fill(VBox content, LibraryItem item, ScriptRecord record) {
        content.getChildren().clear();
        if (item == null) {
            return;
        }
        Label title = new Label(item.title(), new FontIcon(LibraryView.icon(item.kind())));
        title.setId("library-reader-title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        content.getChildren().addAll(title, facts(item), actions(item));
        if (!item.tags().isEmpty()) {
            content.getChildren().add(tags(item));
        }
        if (item.kind().isScript()) {
            content.getChildren().add(scriptRecord(record));
        }
        content.getChildren().addAll(links(item));
        if (!item.attachments().isEmpty()) {
            content.getChildren().add(attachments(item));
        }
        Node body = markdown.render(item.body(), model.searchedProperty().get());
        body.setId("library-body");
        body.setAccessibleText(messages.format("library.reader.text", item.title()));
        body.setAccessibleHelp(messages.get("library.reader.text.help"));
        content.getChildren().add(body);
        Label dates = new Label(messages.format("library.reader.dates",
                messages.dateTime(item.createdAt().atZone(ZoneId.systemDefault())),
                messages.dateTime(item.updatedAt().atZone(ZoneId.systemDefault()))));
        dates.getStyleClass().add("text-muted");
        dates.setWrapText(true);
        content.getChildren().add(dates);
    }

    /** Kind · source · language · collection. */
    private Label facts(LibraryItem item) {
        List<String> facts = new ArrayList<>();
        facts.add(messages.get("library.kind." + item.kind().name()));
        facts.add(messages.get("library.source." + item.source().name()));
        facts.add(LibraryView.languageName(messages, item.language()));
        if (!item.collection().isBlank()) {
            facts.add(item.collection());
        }
        Label meta = new Label(String.join(" · ", facts));
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);
        return meta;
    }

    private FlowPane actions(LibraryItem item) {
        Button copy = new Button(messages.get("library.action.copy"), new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        copy.setId("library-copy");
        copy.setTooltip(new Tooltip(messages.get("library.action.copy.tip")));
        copy.setOnAction(e -> LibraryView.copy(model));
        if (item.kind().isCopyable()) {
            copy.getStyleClass().add("accent");
        }
        Button edit = new Button(messages.get("library.action.edit"), new FontIcon(Material2OutlinedAL.EDIT));
        edit.setId("library-edit");
        edit.setOnAction(e -> {
            model.edit();
            LibraryView.focusTitle(edit);
        });
        Button attach = new Button(messages.get("library.action.attach"), new FontIcon(Material2OutlinedAL.ATTACH_FILE));
        attach.setId("library-attach");
        attach.setOnAction(e -> chooseAttachment(attach));
        Button delete = new Button(messages.get("library.action.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.setId("library-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> LibraryView.confirmDelete(model, messages, delete, item));
        FlowPane actions = new FlowPane(8, 8);
        actions.getChildren().add(copy);
        if (!item.url().isBlank()) {
            Button open = new Button(messages.get("library.action.openLink"), new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW));
            open.setId("library-open-link");
            open.setTooltip(new Tooltip(item.url()));
            open.setOnAction(e -> model.openAddress(item.url()));
            actions.getChildren().add(open);
        }
        actions.getChildren().addAll(edit, attach, delete);
        return actions;
    }

    /** The tags as chips; a click filters the list by that tag. */
    private FlowPane tags(LibraryItem item) {
        FlowPane tags = new FlowPane(6, 6);
        tags.setId("library-reader-tags");
        for (String tag : item.tags()) {
            Button chip = new Button(tag, new FontIcon(Material2OutlinedAL.LABEL));
            chip.getStyleClass().addAll("library-tag", "small", "flat");
            chip.setTooltip(new Tooltip(messages.format("library.tag.filter", tag)));
            chip.setOnAction(e -> model.tagFilterProperty().set(tag));
            tags.getChildren().add(chip);
        }
        return tags;
    }

    /** The stages and the event the item is linked to, as far as they still exist. */
    private List<Label> links(LibraryItem item) {
        List<Label> labels = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (StageOption stage : model.stages()) {
            if (item.stageIds().contains(stage.id())) {
                stages.add(stage.name());
            }
        }
        if (!stages.isEmpty()) {
            labels.add(new Label(messages.format("library.reader.stages", String.join(", ", stages))));
        }
        if (item.eventId() != null) {
            model.events().stream().filter(ev -> ev.id() == item.eventId()).findFirst().ifPresent(ev ->
                    labels.add(new Label(messages.format("library.reader.event", ev.name()),
                            new FontIcon(Material2OutlinedAL.EVENT))));
        }
        return labels;
    }

    private VBox attachments(LibraryItem item) {
        VBox files = new VBox(4);
        files.setId("library-attachments");
        for (Attachment attachment : item.attachments()) {
            Button open = new Button(attachment.fileName(), new FontIcon(attachment.isPdf()
                    ? Material2OutlinedMZ.PICTURE_AS_PDF : Material2OutlinedAL.IMAGE));
            open.getStyleClass().add("flat");
            open.setTooltip(new Tooltip(messages.get("library.attachment.open")));
            open.setOnAction(e -> model.openAttachment(attachment));
            Button remove = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setTooltip(new Tooltip(messages.get("library.attachment.remove")));
            remove.setOnAction(e -> confirmRemove(remove, attachment));
            HBox row = new HBox(4, open, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            files.getChildren().add(row);
            String note = model.attachmentNote(attachment);
            if (!note.isEmpty()) {
                Label noText = new Label(note,
                        new FontIcon(Material2OutlinedAL.INFO));
                noText.getStyleClass().addAll("text-muted", "library-attachment-no-text");
                noText.setWrapText(true);
                noText.setPadding(new Insets(0, 0, 4, 28));
                files.getChildren().add(noText);
            }
        }
        return files;
    }

    /** How a script has gone so far, and the buttons to record how it went this time. */
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

    private void confirmRemove(Node source, Attachment attachment) {
        if (ConfirmDialog.ask(source.getScene().getWindow(), messages, messages.get("library.attachment.remove"),
                messages.format("library.attachment.remove.header", attachment.fileName()),
                messages.get("library.attachment.remove.text"), messages.get("library.attachment.remove"), null)) {
            model.removeAttachment(attachment);
        }
    }
}
