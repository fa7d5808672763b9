package dk.netdesk.pipeline;

import dk.netdesk.contacts.ContactRef;
import dk.netdesk.db.StorageFailure;
import dk.netdesk.pipeline.PersonErase.EventChoice;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Erase this person…" ({@link PersonErase}) for the erase dialog: reads what an erase removes
 * ({@link #open}), holds the user's choice for each event they typed (none is picked for them), the
 * "I understand it cannot be undone" tick, and runs the erase ({@link #erase}). Database work runs off
 * the JavaFX thread through {@link Background}; every property is set on the JavaFX thread.
 *
 * <p>No choice is picked by default: an erase cannot be undone, and both answers lose something (the
 * event, or the person in it), so the user decides each one; Erase stays off until they have.
 */
public final class EraseViewModel {

    /**
     * One count row of the preview: {@code pipeline.erase.count.<key>} names it. A new count is one
     * line in {@link #counts(PersonErase.Preview)} and its two bundle texts.
     */
    public record Count(String key, int count) {
    }

    /** A linked event; a typed one ({@code madeByNetdesk} false) holds the user's choice, null until made. */
    public static final class EventRow {
        private final PersonErase.LinkedEvent event;
        private final ObjectProperty<EventChoice> choice = new SimpleObjectProperty<>();

        EventRow(PersonErase.LinkedEvent event) {
            this.event = event;
        }

        public long id() { return event.id(); }
        public String title() { return event.title(); }
        /** True for an event Netdesk made for the person: always deleted, no choice. */
        public boolean madeByNetdesk() { return event.madeByNetdesk(); }
        /** DELETE or KEEP_WITHOUT_PERSON for a typed event; null while not chosen (and always for one Netdesk made). */
        public ObjectProperty<EventChoice> choiceProperty() { return choice; }
    }

    private final PersonErase service;
    private final Background background;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;
    private final LongConsumer onErased;

    private final ReadOnlyObjectWrapper<PersonErase.Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Count> counts = FXCollections.observableArrayList();
    private final ObservableList<EventRow> events = FXCollections.observableArrayList(
            row -> new javafx.beans.Observable[] {row.choiceProperty()});
    private final ObservableList<ContactRef> notesMentions = FXCollections.observableArrayList();
    private final ObservableList<ContactLinks.Mention> eventMentions = FXCollections.observableArrayList();
    private final BooleanProperty understood = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PersonErase.Erased> erased = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding choicesMissing = Bindings.createBooleanBinding(
            () -> events.stream().anyMatch(e -> !e.madeByNetdesk() && e.choiceProperty().get() == null), events);
    private final BooleanBinding canErase;
    /** Counts the loads, so that a preview read for an earlier opening is dropped. */
    private long opening;

    /**
     * @param clock    its zone is the one the erasure date is shown in
     * @param onErased called on the JavaFX thread with the erased contact's id, after the erase committed
     */
    public EraseViewModel(PersonErase service, Background background, StatusLine status, Messages messages,
                          Clock clock, LongConsumer onErased) {
        this.service = service;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.onErased = onErased;
        this.canErase = preview.isNotNull().and(choicesMissing.not()).and(understood).and(busy.not())
                .and(erased.isNull());
    }

    /**
     * Forgets the last opening and reads what erasing {@code contactId} would remove, off the JavaFX
     * thread; {@link #previewProperty()} is null until it is read. When the contact no longer exists
     * (or the read fails) the message says so and Erase stays off.
     */
    public void open(long contactId) {
        long current = ++opening;
        reset();
        busy.set(true);
        background.run(() -> service.preview(contactId), read -> {
            if (current != opening) {
                return;
            }
            busy.set(false);
            show(read);
        }, error -> {
            if (current != opening) {
                return;
            }
            busy.set(false);
            fail(error, "pipeline.erase.error.read");
        });
    }

    /** Drops what was shown without touching the database (the dialog's Cancel, or its closing). */
    public void cancel() {
        opening++;
        reset();
    }

    private void reset() {
        preview.set(null);
        counts.clear();
        events.clear();
        notesMentions.clear();
        eventMentions.clear();
        understood.set(false);
        busy.set(false);
        failed.set(false);
        message.set("");
        erased.set(null);
    }

    private void show(PersonErase.Preview read) {
        counts.setAll(counts(read));
        events.setAll(read.events().stream().map(EventRow::new).toList());
        notesMentions.setAll(read.notesMentions());
        eventMentions.setAll(read.eventMentions());
        preview.set(read);
    }

    /** The preview's count rows, in the order shown. */
    static List<Count> counts(PersonErase.Preview p) {
        return List.of(
                new Count("phones", p.phones()),
                new Count("emails", p.emails()),
                new Count("tags", p.tags()),
                new Count("stageHistory", p.stageHistory()),
                new Count("interactions", p.interactions()),
                new Count("consents", p.consents()),
                new Count("attachmentsOnlyTheirs", p.attachmentsOnlyTheirs()),
                new Count("attachmentsShared", p.attachmentsShared()),
                new Count("events", p.events().size()),
                new Count("scriptUses", p.scriptUses()),
                new Count("referrals", p.referrals().size()),
                new Count("backups", p.backups()));
    }

    /**
     * Erases the contact as previewed, with the choices made, off the JavaFX thread. On success
     * {@link #erasedProperty()} holds the reference and moment, the message and the status line say
     * them ({@link #doneText}), and {@code onErased} gets the contact's id. On failure nothing was
     * erased: the message says why in plain words, and a storage failure or bug also goes to the app's
     * error window ({@link Background#report}). Does nothing while Erase is off ({@link #canEraseProperty()}).
     */
    public void erase() {
        PersonErase.Preview read = preview.get();
        if (read == null || !canErase.get()) {
            return;
        }
        Map<Long, EventChoice> choices = new HashMap<>();
        for (EventRow row : events) {
            if (!row.madeByNetdesk()) {
                choices.put(row.id(), row.choiceProperty().get());
            }
        }
        long current = opening;
        busy.set(true);
        failed.set(false);
        message.set(messages.get("pipeline.erase.working"));
        background.run(() -> service.erase(read.contactId(), choices), done -> {
            busy.set(false);
            erased.set(done);
            String text = doneText(done);
            message.set(text);
            status.show(() -> doneText(done));
            onErased.accept(read.contactId());
        }, error -> {
            if (current == opening) {
                busy.set(false);
            }
            fail(error, "pipeline.erase.error.failed");
            if (error instanceof IllegalStateException || error instanceof IllegalArgumentException) {
                return;
            }
            // The error window says it once, with what to do and "Copy details" (as a failed save does).
            background.report(error);
        });
    }

    /** "Erased on <date, time>. Reference: <uuid>." in the UI language and the clock's zone. */
    public String doneText(PersonErase.Erased done) {
        return messages.format("pipeline.erase.done", messages.dateTime(done.erasedAt().atZone(clock.getZone())),
                done.reference());
    }

    private void fail(Throwable error, String otherKey) {
        failed.set(true);
        String key = switch (StorageFailure.of(error)) {
            case DISK_FULL -> "pipeline.erase.error.diskFull";
            case READ_ONLY -> "pipeline.erase.error.readOnly";
            case LOCKED -> "pipeline.erase.error.locked";
            case DAMAGED -> "pipeline.erase.error.damaged";
            case OTHER -> error instanceof IllegalStateException ? "pipeline.erase.error.gone"
                    : error instanceof IllegalArgumentException ? "pipeline.erase.error.choices" : otherKey;
        };
        message.set(messages.get(key));
    }

    // ---- properties ------------------------------------------------------------------------

    /** What an erase would remove; null while it is read, after a failed read, and after {@link #cancel()}. */
    public ReadOnlyObjectProperty<PersonErase.Preview> previewProperty() { return preview.getReadOnlyProperty(); }
    /** The count rows ({@link Count}), filled with the preview. */
    public ObservableList<Count> counts() { return FXCollections.unmodifiableObservableList(counts); }
    /** The linked events by start, each with its choice; an update fires when a choice changes. */
    public ObservableList<EventRow> events() { return FXCollections.unmodifiableObservableList(events); }
    /** Other contacts whose notes hold the full name (shown, not changed). */
    public ObservableList<ContactRef> notesMentions() { return FXCollections.unmodifiableObservableList(notesMentions); }
    /** Events not linked to the person whose title holds the full name (shown, not changed). */
    public ObservableList<ContactLinks.Mention> eventMentions() { return FXCollections.unmodifiableObservableList(eventMentions); }
    /** The "I understand this cannot be undone" tick; false at each opening. */
    public BooleanProperty understoodProperty() { return understood; }
    /** True while a typed event has no choice yet. */
    public BooleanBinding choicesMissingProperty() { return choicesMissing; }
    /** True when Erase may run: read, every typed event chosen, understood, nothing running, not yet erased. */
    public BooleanBinding canEraseProperty() { return canErase; }
    /** True while the preview is read or the erase runs. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True while {@link #messageProperty()} says what went wrong. */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    /** What is happening or happened, in the UI language: working, done (with the reference), or the failure; "" at first. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The erase's result (reference and moment) once it committed; null before. */
    public ReadOnlyObjectProperty<PersonErase.Erased> erasedProperty() { return erased.getReadOnlyProperty(); }
    public Messages messages() { return messages; }
}
