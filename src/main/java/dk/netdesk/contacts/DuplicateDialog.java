package dk.netdesk.contacts;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.Messages;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Asks what to do when a new contact has the email or phone of one or more stored ones. */
public final class DuplicateDialog {

    /** What the user chose. */
    public enum Choice { OPEN_EXISTING, CREATE_ANYWAY, CANCEL }

    /**
     * The answer: the choice, and for {@link Choice#OPEN_EXISTING} which stored contact to open (null otherwise).
     */
    public record Answer(Choice choice, Contact open) {
    }

    private DuplicateDialog() {
    }

    /**
     * Asks whether to open one of {@code existing} (the stored contacts that share an email or phone, at least
     * one) or create the new contact anyway. The header names every match; with more than one, a list
     * ({@code duplicate-list}) shows each with its phone and email, and "Open …" opens the one picked there
     * (a double click too). The buttons' ids are {@code duplicate-open} and {@code duplicate-create}.
     */
    public static Answer ask(Node owner, Messages messages, List<Contact> existing) {
        return ask(owner, messages, existing, "", false);
    }

    /**
     * As {@link #ask(Node, Messages, List)}, with the header saying {@code reason} (which phone number and
     * email each match has; blank for the general header); {@code editing} true when the form holds a stored
     * contact, so that "Create anyway" reads "Save anyway" and the text says the edits are dropped on "Open …".
     */
    public static Answer ask(Node owner, Messages messages, List<Contact> existing, String reason, boolean editing) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        DialogFit.onScreen(alert);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.setTitle(messages.get("contact.duplicate.title"));
        alert.setHeaderText(reason != null && !reason.isBlank() ? reason : existing.size() == 1
                ? messages.format("contact.duplicate.header", existing.get(0).name())
                : messages.format("contact.duplicate.headerMany", existing.size(), NameList.of(messages, existing)));
        ButtonType openIt = new ButtonType(messages.format("contact.duplicate.open", existing.get(0).name()),
                ButtonBar.ButtonData.YES);
        ButtonType createAnyway = new ButtonType(messages.get(editing ? "contact.duplicate.save"
                : "contact.duplicate.create"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(openIt, createAnyway, ConfirmDialog.cancel(messages));
        Button openButton = (Button) alert.getDialogPane().lookupButton(openIt);
        openButton.setId("duplicate-open");
        alert.getDialogPane().lookupButton(createAnyway).setId("duplicate-create");
        ListView<Contact> list = new ListView<>();
        if (existing.size() == 1) {
            alert.setContentText(messages.get(editing ? "contact.duplicate.textEdit" : "contact.duplicate.text"));
        } else {
            list.setId("duplicate-list");
            list.getItems().setAll(existing);
            list.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(Contact contact, boolean empty) {
                    super.updateItem(contact, empty);
                    setText(empty || contact == null ? null : String.join(" · ", Stream.of(contact.name(),
                            PhoneNumbers.display(contact.phone()), contact.email()).filter(s -> !s.isBlank()).toList()));
                }
            });
            list.setPrefHeight(Math.min(existing.size(), 6) * 28 + 4);
            list.getSelectionModel().select(0);
            list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    openButton.setText(messages.format("contact.duplicate.open", now.name()));
                }
            });
            list.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                    openButton.fire();
                }
            });
            Label text = new Label(messages.get("contact.duplicate.textMany"));
            text.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(8, list, text));
            alert.setOnShown(e -> list.requestFocus());
        }
        ButtonType chosen = alert.showAndWait().orElse(null);
        if (chosen == openIt) {
            Contact picked = existing.size() == 1 ? existing.get(0) : list.getSelectionModel().getSelectedItem();
            return new Answer(Choice.OPEN_EXISTING, picked == null ? existing.get(0) : picked);
        }
        return new Answer(chosen == createAnyway ? Choice.CREATE_ANYWAY : Choice.CANCEL, null);
    }
}
