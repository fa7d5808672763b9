package dk.netdesk.pipeline;

import dk.netdesk.contacts.ContactValidation;
import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The retention review and its start-up reminder: the contacts due for review sorted by name in the
 * UI language, the period (months, stored in the settings), and per contact erase (handed to the
 * erase flow the composition root supplies), anonymise (the view confirms first) and keep with a
 * reason. The reminder ({@link #checkReminder}) shows at most once a month, only when the list is not
 * empty. Reloads on {@code CONTACTS} and {@code PIPELINE} changes while open.
 */
public final class RetentionViewModel {

    private final RetentionService service;
    private final Background background;
    private final Messages messages;
    private final Consumer<Long> startErase;

    private final ObservableList<RetentionCandidate> rows = FXCollections.observableArrayList();
    private final ObservableList<RetentionCandidate> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<RetentionCandidate> selected = new SimpleObjectProperty<>();
    private final IntegerProperty period = new SimpleIntegerProperty(RetentionService.DEFAULT_MONTHS);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty reminderShown = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper reminderCount = new ReadOnlyIntegerWrapper();
    private boolean open;
    private boolean applyingPeriod;

    /**
     * @param startErase starts the erase flow (preview, choices, confirmation) for a contact id; called on
     *                   the JavaFX thread
     */
    public RetentionViewModel(RetentionService service, Changes changes, Background background, Messages messages,
                              Consumer<Long> startErase) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.startErase = startErase;
        changes.subscribe(Changes.Topic.CONTACTS, change -> reloadIfOpen());
        changes.subscribe(Changes.Topic.PIPELINE, change -> reloadIfOpen());
        period.addListener((obs, old, now) -> {
            if (!applyingPeriod && open && now != null && !now.equals(old)) {
                setPeriod(now.intValue());
            }
        });
    }

    /** Opens the review: reads the stored period and the list; clears the status. */
    public void open() {
        open = true;
        status.set("");
        failed.set(false);
        background.run(() -> {
            int months = service.periodMonths();
            return new Loaded(months, service.list(months));
        }, loaded -> {
            applyingPeriod = true;
            try {
                period.set(loaded.months());
            } finally {
                applyingPeriod = false;
            }
            show(loaded.rows());
        }, this::failed);
    }

    /** Closes the review: it stops following changes. */
    public void close() {
        open = false;
    }

    /**
     * Stores a new period and lists again with it. A value outside 1–120 months says so in the status
     * and changes nothing.
     */
    public void setPeriod(int months) {
        if (months < RetentionService.MIN_MONTHS || months > RetentionService.MAX_MONTHS) {
            say(messages.format("retention.period.range", RetentionService.MIN_MONTHS, RetentionService.MAX_MONTHS), true);
            return;
        }
        background.run(() -> {
            service.setPeriodMonths(months);
            return service.list(months);
        }, loaded -> {
            applyingPeriod = true;
            try {
                period.set(months);
            } finally {
                applyingPeriod = false;
            }
            show(loaded);
            say("", false);
        }, this::failed);
    }

    /**
     * Keeps the contact with the typed {@link #reasonProperty()} (NFC, trimmed): it leaves the list until
     * the period has passed again from today. A blank reason says what to do and changes nothing.
     *
     * @return false when the reason is blank, holds a control character or broken text, or is over
     *         {@link dk.netdesk.ui.TextLimits#TEXT} characters (the status says which)
     */
    public boolean keep(RetentionCandidate candidate) {
        String why = ContactValidation.text(reason.get());
        if (why.isEmpty()) {
            say(messages.get("retention.keep.reasonRequired"), true);
            return false;
        }
        if (!dk.netdesk.ui.TypedText.isClean(reason.get(), false)) {
            say(messages.get("retention.keep.reasonNotText"), true);
            return false;
        }
        if (dk.netdesk.ui.TextLimits.tooLong(why, dk.netdesk.ui.TextLimits.TEXT)) {
            say(messages.format("retention.keep.reasonTooLong", dk.netdesk.ui.TextLimits.TEXT), true);
            return false;
        }
        int months = period.get();
        background.run(() -> {
            service.keep(candidate.contactId(), why);
            return service.list(months);
        }, loaded -> {
            reason.set("");
            show(loaded);
            say(messages.format("retention.keep.done", candidate.name(),
                    messages.date(service.today().plusMonths(months))), false);
        }, this::failed);
        return true;
    }

    /** Anonymises the contact (not undoable; the view asks first) and lists again. */
    public void anonymise(RetentionCandidate candidate) {
        int months = period.get();
        background.run(() -> {
            String label = service.anonymise(candidate.contactId());
            return new Anonymised(label, service.list(months));
        }, done -> {
            show(done.rows());
            say(messages.format("retention.anonymise.done", candidate.name(), done.label()), false);
        }, this::failed);
    }

    /** Starts the erase flow for the contact; the list follows the erase through the {@code CONTACTS} change. */
    public void erase(RetentionCandidate candidate) {
        startErase.accept(candidate.contactId());
    }

    /**
     * After start-up: shows the reminder ({@link #reminderShownProperty()}) when it is due (the list is
     * not empty and it was not shown in the last month) and remembers the day. A failure goes to the
     * log only: the reminder is work the user did not ask for.
     */
    public void checkReminder() {
        background.run(() -> {
            if (!service.reminderDue()) {
                return 0;
            }
            service.reminded();
            return service.list(service.periodMonths()).size();
        }, count -> {
            reminderCount.set(count);
            reminderShown.set(count > 0);
        }, e -> dk.netdesk.ui.ErrorReporter.logQuietly("checking the retention reminder", e));
    }

    /** Hides the reminder (dismissed, or the review opened). */
    public void dismissReminder() {
        reminderShown.set(false);
    }

    /** Why the contact is listed, in the UI language: "Parked, inactive since 3 Nov 2024". */
    public String reasonText(RetentionCandidate candidate) {
        List<String> parts = candidate.reasons().stream().sorted().map(r -> r == RetentionReason.INACTIVE
                ? messages.format("retention.reason.inactiveSince", messages.date(candidate.lastActivity()))
                : messages.get(r.key())).toList();
        String text = String.join(", ", parts);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.getLocale()) + text.substring(1);
    }

    /** The day of the newest interaction, stage move or creation, in the UI language. */
    public String lastActivityText(RetentionCandidate candidate) {
        return messages.date(candidate.lastActivity());
    }

    /** The reminder's text: how many contacts are due. */
    public String reminderText() {
        return messages.format("retention.reminder.text", reminderCount.get());
    }

    private void show(List<RetentionCandidate> loaded) {
        Comparator<RetentionCandidate> byName = Comparator.comparing(RetentionCandidate::name,
                dk.netdesk.db.TextOrder.comparator(messages.getLocale()));
        List<RetentionCandidate> sorted = loaded.stream()
                .sorted(byName.thenComparingLong(RetentionCandidate::contactId)).toList();
        RetentionCandidate was = selected.get();
        rows.setAll(sorted);
        selected.set(was == null ? null : sorted.stream()
                .filter(c -> c.contactId() == was.contactId()).findFirst().orElse(null));
    }

    private void reloadIfOpen() {
        if (!open) {
            return;
        }
        int months = period.get();
        background.run(() -> service.list(months), this::show, this::failed);
    }

    private void failed(Throwable error) {
        say(messages.get("retention.failed"), true);
        background.report(error);
    }

    private void say(String text, boolean failure) {
        status.set(text);
        failed.set(failure);
    }

    private record Loaded(int months, List<RetentionCandidate> rows) {
    }

    private record Anonymised(String label, List<RetentionCandidate> rows) {
    }

    /** The contacts due for review, sorted by name (UI language's collation). */
    public ObservableList<RetentionCandidate> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<RetentionCandidate> selectedProperty() {
        return selected;
    }

    /** True while a contact is selected. */
    public BooleanBinding hasSelection() {
        return Bindings.isNotNull(selected);
    }

    /** The period in months; setting it while open stores it and lists again. */
    public IntegerProperty periodProperty() {
        return period;
    }

    /** The reason typed for "Keep". */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** What the last command did, or what is wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the status says something failed or is wrong. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** True while the start-up reminder is shown. */
    public BooleanProperty reminderShownProperty() {
        return reminderShown;
    }

    /** How many contacts the reminder counted. */
    public ReadOnlyIntegerProperty reminderCountProperty() {
        return reminderCount.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
