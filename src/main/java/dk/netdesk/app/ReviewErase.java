package dk.netdesk.app;

import dk.netdesk.pipeline.PersonErase;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.stage.Window;

/**
 * The retention review's "Erase…" until the erase dialog of issue 12 item 2 is wired in its place:
 * reads {@link PersonErase#preview}, asks with its counts (not undoable, said so), then
 * {@link PersonErase#erase} keeping every event the user typed without the person (the events Netdesk
 * made for them are deleted). The status line gives the erasure log's reference.
 */
final class ReviewErase {

    private final PersonErase erase;
    private final Background background;
    private final Messages messages;
    private final StatusLine status;

    ReviewErase(PersonErase erase, Background background, Messages messages, StatusLine status) {
        this.erase = erase;
        this.background = background;
        this.messages = messages;
        this.status = status;
    }

    /** Starts the erase of the contact: preview on the database thread, then the question. Call on the JavaFX thread. */
    void start(long contactId) {
        background.run(() -> erase.preview(contactId), preview -> {
            Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst()
                    .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
            List<PersonErase.LinkedEvent> typed = preview.typedEvents();
            if (!ConfirmDialog.ask(owner, messages, messages.get("retention.erase.title"),
                    messages.format("retention.erase.header", preview.name()),
                    messages.format("retention.erase.text", preview.name(), preview.interactions(),
                            preview.stageHistory(), preview.consents(), preview.events().size() - typed.size(),
                            typed.size()),
                    messages.get("retention.erase.button"), "retention-confirm-erase")) {
                return;
            }
            Map<Long, PersonErase.EventChoice> choices = new HashMap<>();
            typed.forEach(e -> choices.put(e.id(), PersonErase.EventChoice.KEEP_WITHOUT_PERSON));
            background.run(() -> erase.erase(contactId, choices),
                    erased -> status.show(messages.format("retention.erase.done", erased.reference())));
        });
    }
}
