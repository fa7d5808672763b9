package dk.netdesk.contacts;

import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.io.File;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The "Attachments" section of the contact editor (id {@code #details-attachments}), bound to a
 * {@link ContactAttachmentsViewModel}: one row per file ({@code #attachment-<id>}) with its name and
 * size, "Open" ({@code #attachment-open-<id>}) and a Remove icon button ({@code #attachment-remove-<id>},
 * named for screen readers), then "Attach file…" ({@code #details-attach}), which opens a file chooser
 * for PDFs and images (or any file, which is refused with a message). Every button is reached with Tab.
 */
public final class ContactAttachmentsView {

    private final ContactAttachmentsViewModel model;
    private final Messages messages;
    private final ObservableBooleanValue stored;

    /** @param stored true while a stored contact is open (the section is hidden otherwise) */
    public ContactAttachmentsView(ContactAttachmentsViewModel model, Messages messages, ObservableBooleanValue stored) {
        this.model = model;
        this.messages = messages;
        this.stored = stored;
    }

    public Node build() {
        Label title = new Label(messages.get("contact.attachments.title"));
        title.getStyleClass().addAll("title-4", "details-section-title");
        VBox list = new VBox(4);
        list.setId("details-attachments-list");
        Runnable fill = () -> fill(list);
        fill.run();
        ViewListeners.onListChange(list, model.attachments(), c -> fill.run());

        Button attach = new Button(messages.get("contact.attachments.attach"), new FontIcon(Material2OutlinedAL.ATTACH_FILE));
        attach.setId("details-attach");
        attach.setMinWidth(Region.USE_PREF_SIZE);
        attach.setOnAction(e -> choose(attach));
        HBox actions = new HBox(8, attach);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox section = new VBox(6, title, list, actions);
        section.setId("details-attachments");
        section.getStyleClass().add("details-section");
        section.visibleProperty().bind(stored);
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private void fill(VBox list) {
        list.getChildren().clear();
        if (model.attachments().isEmpty()) {
            Label none = new Label(messages.get("contact.attachments.none"));
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            list.getChildren().add(none);
        }
        for (ContactAttachment attachment : model.attachments()) {
            list.getChildren().add(row(attachment));
        }
    }

    private Node row(ContactAttachment attachment) {
        FontIcon kind = new FontIcon(attachment.isPdf() ? Material2OutlinedMZ.PICTURE_AS_PDF : Material2OutlinedAL.IMAGE);
        Label name = new Label(attachment.fileName(), kind);
        name.setId("attachment-name-" + attachment.id());
        name.setMaxWidth(Double.MAX_VALUE);
        name.setTooltip(new Tooltip(attachment.fileName()));
        // A long file name in a narrow panel ends in "…"; the tooltip and a screen reader have it whole.
        dk.netdesk.ui.MayShorten.declare(name, attachment.fileName());
        HBox.setHgrow(name, Priority.ALWAYS);
        Label size = new Label(model.sizeText(attachment));
        size.getStyleClass().add("text-muted");
        size.setMinWidth(Region.USE_PREF_SIZE);
        Button open = new Button(messages.get("contact.attachments.open"), new FontIcon(Material2OutlinedAL.LAUNCH));
        open.setId("attachment-open-" + attachment.id());
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setAccessibleText(messages.format("contact.attachments.open.named", attachment.fileName()));
        open.setTooltip(new Tooltip(messages.format("contact.attachments.open.named", attachment.fileName())));
        open.setOnAction(e -> model.open(attachment));
        Button remove = new Button(null, new FontIcon(Material2OutlinedAL.DELETE));
        remove.setId("attachment-remove-" + attachment.id());
        remove.getStyleClass().addAll("flat", "details-entry-delete");
        String removeText = messages.format("contact.attachments.remove.named", attachment.fileName());
        remove.setAccessibleText(removeText);
        remove.setTooltip(new Tooltip(removeText));
        remove.setOnAction(e -> model.remove(attachment));
        HBox row = new HBox(8, name, size, open, remove);
        row.setId("attachment-" + attachment.id());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void choose(Node source) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("contact.attachments.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("contact.attachments.filter"),
                        "*.pdf", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.bmp"),
                new FileChooser.ExtensionFilter(messages.get("contact.attachments.filter.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(source.getScene() == null ? null : source.getScene().getWindow());
        if (files != null) {
            files.forEach(file -> model.attach(file.toPath()));
        }
    }
}
