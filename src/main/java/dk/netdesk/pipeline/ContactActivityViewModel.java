package dk.netdesk.pipeline;

import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.TextLimits;
import dk.netdesk.ui.TypedText;
import dk.netdesk.ui.TimeOfDay;
import dk.netdesk.ui.UndoManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What happens around one stored contact, below its fields in the editor: its place on the board,
 * the next follow-up and do-not-contact (with their rules), planning a follow-up in the calendar,
 * the interaction timeline (logging and deleting entries, both undoable), the stage history, the
 * linked scripts and the consent log (append-only: a mistake is corrected with a new entry).
 * {@link ContactDetailsViewModel} owns one and tells it which contact is open.
 */
public final class ContactActivityViewModel {

    /** A follow-up planned from the editor takes half an hour, at 18:00 unless the user says otherwise. */
    static final Duration SCHEDULE_LENGTH = Duration.ofMinutes(30);
    static final String DEFAULT_SCHEDULE_TIME = "18:00";

    private final PipelineRepository pipeline;
    private final ContactLinks links;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<String> contactName;

    private Long contactId;
    private final ReadOnlyObjectWrapper<ContactStatus> contactStatus = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Interaction> interactions = FXCollections.observableArrayList();
    private final ObservableList<StageVisit> history = FXCollections.observableArrayList();
    private final ObservableList<Consent> consents = FXCollections.observableArrayList();
    private final ObservableList<ContactLinks.Script> stageScripts = FXCollections.observableArrayList();

    /** The next follow-up's date, time and kind as the panel shows them (set with Set). */
    private final FollowUpFields followUp;
    private final StringProperty doNotContactReason = new SimpleStringProperty("");

    private final ObjectProperty<InteractionType> interactionType = new SimpleObjectProperty<>(InteractionType.CALL);
    private final ObjectProperty<LocalDate> interactionDate = new SimpleObjectProperty<>();
    private final StringProperty interactionText = new SimpleStringProperty("");
    private final StringProperty interactionOutcome = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> interactionFollowUp = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactLinks.Script> interactionScript = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactLinks.ScriptResult> interactionScriptResult =
            new SimpleObjectProperty<>(ContactLinks.ScriptResult.NEUTRAL);

    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    private final StringProperty consentChannel = new SimpleStringProperty("");
    private final StringProperty consentWording = new SimpleStringProperty("");
    private final BooleanProperty consentGiven = new SimpleBooleanProperty(true);

    private final BooleanBinding conversationTyped = Bindings.createBooleanBinding(
            () -> !interactionText.get().isBlank() || !interactionOutcome.get().isBlank(), interactionText, interactionOutcome);
    private final BooleanBinding consentTyped = Bindings.createBooleanBinding(
            () -> !consentChannel.get().isBlank() || !consentWording.get().isBlank(), consentChannel, consentWording);
    private final BooleanBinding typed;

    private final ObjectProperty<LocalDate> scheduleDate = new SimpleObjectProperty<>();
    private final StringProperty scheduleTime = new SimpleStringProperty(DEFAULT_SCHEDULE_TIME);
    /** What is wrong with the typed time, shown under it after Schedule; null when nothing is. */
    private final javafx.beans.property.ReadOnlyStringWrapper scheduleTimeError = new javafx.beans.property.ReadOnlyStringWrapper();

    /** The fields of "Plan in calendar", in the panel's order: the date, then the time. */
    public enum ScheduleField {
        DATE, TIME
    }

    private final javafx.beans.property.ReadOnlyObjectWrapper<ScheduleField> scheduleRefusedField =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /** @param contactName the open contact's name as the editor shows it, for status messages */
    public ContactActivityViewModel(PipelineRepository pipeline, ContactLinks links, Background background,
                                    UndoManager undo, StatusLine status, Messages messages, Clock clock,
                                    Supplier<String> contactName) {
        this.pipeline = pipeline;
        this.links = links;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.contactName = contactName;
        this.followUp = new FollowUpFields(messages);
        this.typed = followUp.changedProperty().or(conversationTyped).or(consentTyped);
        resetForms();
        scheduleTime.addListener((obs, old, now) -> scheduleTimeError.set(null));
    }

    /** Everything this part shows of one contact, read on the database thread by {@link #read}. */
    record Snapshot(ContactStatus status, List<Interaction> interactions, List<StageVisit> history,
                    List<Consent> consents, List<ContactLinks.Script> scripts) {
    }

    /** Reads what {@link #show} shows; call on the database thread. */
    Snapshot read(long id) {
        ContactStatus s = pipeline.status(id);
        return new Snapshot(s, pipeline.interactions(id), pipeline.stageHistory(id), pipeline.consents(id),
                s.stageId() == null ? List.of() : links.scriptsForStage(s.stageId()));
    }

    /**
     * True while something is typed in the entry forms and not yet added: the next follow-up differs from the stored
     * one, or a conversation to log or a consent entry has text. Leaving the contact asks first, and Save adds them
     * ({@link #addTyped()}).
     */
    public BooleanBinding typedProperty() {
        return typed;
    }

    /**
     * Adds what is typed in the entry forms, each as its own Set or Add does (its own message and undo step): the next
     * follow-up, the conversation, the consent entry. Stops at the first one refused (its message shown, the field at
     * fault marked), with those before it stored; true when none was refused.
     */
    public boolean addTyped() {
        if (followUp.changedProperty().get() && !setNextFollowUp()) {
            return false;
        }
        if (conversationTyped.get() && !addInteraction()) {
            return false;
        }
        return !consentTyped.get() || addConsent();
    }

    /** Shows a contact's activity; {@code resetForms} also empties the entry forms (a newly opened contact). */
    void show(long id, Snapshot s, boolean resetForms) {
        contactId = id;
        contactStatus.set(s.status());
        followUp.fill(s.status().followUp());
        doNotContactReason.set(s.status().doNotContactReason());
        interactions.setAll(s.interactions());
        history.setAll(s.history());
        consents.setAll(s.consents());
        stageScripts.setAll(s.scripts());
        if (resetForms) {
            resetForms();
        }
    }

    /** Shows nothing (a new contact, or none open). */
    void clear() {
        contactId = null;
        contactStatus.set(null);
        followUp.fill(null);
        doNotContactReason.set("");
        interactions.clear();
        history.clear();
        consents.clear();
        stageScripts.clear();
        resetForms();
    }

    private void resetForms() {
        LocalDate today = LocalDate.now(clock);
        interactionType.set(InteractionType.CALL);
        interactionDate.set(today);
        interactionText.set("");
        interactionOutcome.set("");
        interactionFollowUp.set(null);
        interactionScript.set(null);
        interactionScriptResult.set(ContactLinks.ScriptResult.NEUTRAL);
        scheduleDate.set(today.plusDays(1));
        scheduleTime.set(DEFAULT_SCHEDULE_TIME);
        consentDate.set(today);
        consentChannel.set("");
        consentWording.set("");
        consentGiven.set(true);
    }

    private void reload(long id) {
        background.run(() -> read(id), s -> {
            if (contactId != null && contactId == id) {
                show(id, s, false);
            }
        }, e -> { });
    }

    private boolean refusedForDoNotContact() {
        ContactStatus now = contactStatus.get();
        if (now != null && now.doNotContact()) {
            String who = contactName.get();
            status.show(() -> messages.format("pipeline.status.doNotContactFollowUp", who, now.doNotContactReason()));
            return true;
        }
        return false;
    }

    // ---- follow-up and do-not-contact ------------------------------------------------------

    /** Sets (or with null clears) the next follow-up. Refused, with the reason shown, for do-not-contact. */
    public boolean setNextFollowUp(LocalDate date) {
        Long id = contactId;
        if (id == null) {
            return false;
        }
        if (date != null && refusedForDoNotContact()) {
            followUp.fill(contactStatus.get().followUp());
            return false;
        }
        // the same date keeps its time and kind
        NextFollowUp current = contactStatus.get() == null ? null : contactStatus.get().followUp();
        planFollowUp(id, date == null ? null
                : current != null && current.date().equals(date) ? current : new NextFollowUp(date, null, null));
        return true;
    }

    /**
     * Set: stores the next follow-up as the fields say (date, time, kind; no date clears it). Refused, saving
     * nothing, when a field is at fault (its message shows under it: a time with no date, a time or date that cannot
     * be read) or, for a date, when the contact is do-not-contact (the reason is shown).
     */
    public boolean setNextFollowUp() {
        Long id = contactId;
        if (id == null || !followUp.validate()) {
            return false;
        }
        NextFollowUp plan = followUp.followUp();
        if (plan != null && refusedForDoNotContact()) {
            followUp.fill(contactStatus.get().followUp());
            return false;
        }
        planFollowUp(id, plan);
        return true;
    }

    /**
     * Stores {@code plan} (null clears it) as the contact's next follow-up, says so, and records it for Ctrl+Z: undo gives
     * back the follow-up it had before (date, time and kind), redo stores the plan again.
     */
    private void planFollowUp(long id, NextFollowUp plan) {
        String who = contactName.get();
        write(() -> {
            NextFollowUp before = pipeline.status(id).followUp();
            pipeline.planNextFollowUp(id, plan);
            return java.util.Optional.ofNullable(before);
        }, before -> {
            status.done(() -> plan == null ? messages.format("pipeline.details.status.followUpCleared", who)
                    : messages.format("pipeline.details.status.followUpSet", who, messages.date(plan.date())));
            undo.done(UndoManager.Command.of(() -> messages.format("pipeline.undo.followUp", who),
                    () -> write(() -> pipeline.planNextFollowUp(id, before.orElse(null)), () -> reload(id)),
                    () -> write(() -> pipeline.planNextFollowUp(id, plan), () -> reload(id))));
            reload(id);
        });
    }

    /** Marks the contact do-not-contact with the reason typed, or lifts it. A reason is required. */
    public boolean setDoNotContact(boolean value) {
        Long id = contactId;
        if (id == null) {
            return false;
        }
        String reason = TypedText.line(doNotContactReason.get());
        if (value && reason.isEmpty()) {
            status.showWhile(() -> messages.get("pipeline.rule.reasonRequired"), still(
                    () -> doNotContactReason.get() == null || doNotContactReason.get().isBlank(), doNotContactReason));
            return false;
        }
        if (value && refused("pipeline.rule.reasonNotText", () -> !TypedText.isClean(doNotContactReason.get(), false),
                doNotContactReason)) {
            return false;
        }
        if (value && TextLimits.tooLong(reason, TextLimits.TEXT)) {
            status.showWhile(() -> messages.format("pipeline.rule.reasonTooLong", TextLimits.TEXT), still(
                    () -> TextLimits.tooLong(doNotContactReason.get(), TextLimits.TEXT), doNotContactReason));
            return false;
        }
        write(() -> pipeline.setDoNotContact(id, value, reason), () -> {
            String who = contactName.get();
            status.done(() -> messages.format(value ? "pipeline.details.status.dncSet" : "pipeline.details.status.dncLifted", who));
            reload(id);
        });
        return true;
    }

    /**
     * Plans a follow-up in the calendar (work / follow-up, linked to the contact) at the date and
     * time typed; the contact's next follow-up then follows its next linked event. Refused, with the
     * reason shown, for do-not-contact contacts and for a time that cannot be read.
     */
    public boolean scheduleFollowUp() {
        return scheduleFollowUp(() -> true);
    }

    /**
     * As {@link #scheduleFollowUp()}, but when the follow-up would be work in the user's protected personal time
     * (the calendar's rule, decision 0028) {@code askProtected} is asked first, on the JavaFX thread: false plans
     * nothing. True when the request was accepted (the check and the write run in the background).
     */
    public boolean scheduleFollowUp(java.util.function.BooleanSupplier askProtected) {
        Long id = contactId;
        if (id == null || refusedForDoNotContact()) {
            return false;
        }
        LocalTime time = TimeOfDay.parse(scheduleTime.get()).orElse(null);
        String typed = scheduleTime.get() == null ? "" : scheduleTime.get().strip();
        if (time == null && !typed.isEmpty()) {
            scheduleTimeError.set(messages.format("input.time.unreadable", dk.netdesk.ui.Digits.toLatin(typed)));
        }
        if (scheduleDate.get() == null || time == null) {
            scheduleRefusedField.set(scheduleDate.get() == null ? ScheduleField.DATE : ScheduleField.TIME);
            status.showWhile(() -> messages.get("pipeline.details.schedule.invalid"), still(() -> scheduleDate.get() == null
                    || TimeOfDay.parse(scheduleTime.get()).isEmpty(), scheduleDate, scheduleTime));
            return false;
        }
        scheduleRefusedField.set(null);
        LocalDateTime start = scheduleDate.get().atTime(time);
        String at = scheduleTime.get().trim();
        background.run(() -> links.followUpInProtectedTime(start, SCHEDULE_LENGTH), inProtected -> {
            if (!inProtected || askProtected.getAsBoolean()) {
                writeFollowUp(id, start, at);
            }
        }, background::report);
        return true;
    }

    private void writeFollowUp(long id, LocalDateTime start, String at) {
        write(() -> {
            links.scheduleFollowUp(id, start, SCHEDULE_LENGTH);
            links.nextLinkedEvent(id).ifPresent(date -> pipeline.setNextFollowUp(id, date));
        }, () -> {
            String who = contactName.get();
            status.done(() -> messages.format("pipeline.details.schedule.done", who,
                    messages.date(start.toLocalDate()), at));
            reload(id);
        });
    }

    /** Says in the status line that a script is on the clipboard (the view does the copying). */
    public void scriptCopied(ContactLinks.Script script) {
        status.done(() -> messages.format("pipeline.details.scripts.copied", script.title()));
    }

    // ---- interactions and consent ----------------------------------------------------------

    /**
     * Logs the interaction typed in the form; it may also set the next follow-up (not for
     * do-not-contact). Undoable: undo removes the entry and gives back the follow-up date and stale
     * clock the contact had.
     */
    public boolean addInteraction() {
        Long id = contactId;
        if (id == null) {
            return false;
        }
        if (interactionDate.get() == null) {
            status.showWhile(() -> messages.get("pipeline.interaction.dateRequired"),
                    still(() -> interactionDate.get() == null, interactionDate));
            return false;
        }
        if (interactionText.get().isBlank() && interactionOutcome.get().isBlank()) {
            status.showWhile(() -> messages.get("pipeline.interaction.textRequired"), still(
                    () -> interactionText.get().isBlank() && interactionOutcome.get().isBlank(), interactionText, interactionOutcome));
            return false;
        }
        if (refused("pipeline.interaction.notText", () -> !TypedText.isClean(interactionText.get(), true)
                || !TypedText.isClean(interactionOutcome.get(), true), interactionText, interactionOutcome)) {
            return false;
        }
        if (TextLimits.tooLong(interactionText.get(), TextLimits.TEXT)
                || TextLimits.tooLong(interactionOutcome.get(), TextLimits.TEXT)) {
            status.showWhile(() -> messages.format("pipeline.interaction.textTooLong", TextLimits.TEXT), still(
                    () -> TextLimits.tooLong(interactionText.get(), TextLimits.TEXT)
                            || TextLimits.tooLong(interactionOutcome.get(), TextLimits.TEXT), interactionText, interactionOutcome));
            return false;
        }
        LocalDate next = interactionFollowUp.get();
        if (next != null && refusedForDoNotContact()) {
            return false;
        }
        InteractionType type = interactionType.get();
        LocalDate date = interactionDate.get();
        String text = TypedText.text(interactionText.get());
        String outcome = TypedText.text(interactionOutcome.get());
        ContactLinks.Script script = interactionScript.get();
        ContactLinks.ScriptResult scriptResult = interactionScriptResult.get();
        String name = contactName.get();
        write(() -> {
            LocalDate followUpBefore = pipeline.status(id).nextFollowUp();
            Instant touchedBefore = pipeline.lastTouched(id);
            Interaction added = pipeline.addInteraction(id, type, date, text, outcome, next);
            if (script != null) {
                links.recordScriptUse(script.id(), id, scriptResult);
            }
            return logged(added, next, followUpBefore, touchedBefore, name);
        }, command -> {
            status.done(() -> messages.format("pipeline.interaction.added", messages.get(type.key()), name));
            undo.done(command);
            resetForms();
            reload(id);
        });
        return true;
    }

    /** Deletes one entry of the timeline; undoable. */
    public void deleteInteraction(Interaction interaction) {
        String name = contactName.get();
        write(() -> pipeline.deleteInteraction(interaction.id()), gone -> gone.ifPresent(i -> {
            UndoManager.Command command = deleted(i, name);
            undo.done(command);
            status.showWhile(() -> messages.format("pipeline.interaction.deleted", name), undo.isNext(command));
            reload(i.contactId());
        }));
    }

    /**
     * True while {@code wrong} is: a message saying what to type holds until it is typed
     * ({@link dk.netdesk.ui.StatusLine#showWhile}).
     */
    private static javafx.beans.binding.BooleanBinding still(java.util.concurrent.Callable<Boolean> wrong,
                                                               javafx.beans.Observable... fields) {
        return javafx.beans.binding.Bindings.createBooleanBinding(wrong, fields);
    }

    /**
     * When {@code wrong} is true (a field holds a control character or broken text, {@link TypedText#problem}),
     * shows {@code key}'s message until the fields are right again and returns true; else false.
     */
    private boolean refused(String key, java.util.concurrent.Callable<Boolean> wrong, javafx.beans.Observable... fields) {
        try {
            if (!wrong.call()) {
                return false;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        status.showWhile(() -> messages.get(key), still(wrong, fields));
        return true;
    }

    /**
     * Adds an entry to the consent log (given or withdrawn); entries are never changed or deleted. Refused
     * with a message for a control character or broken text, a channel over {@link TextLimits#NAME} or a
     * wording over {@link TextLimits#TEXT} characters; the texts are stored NFC.
     */
    public boolean addConsent() {
        Long id = contactId;
        if (id == null) {
            return false;
        }
        if (consentDate.get() == null || consentChannel.get().isBlank()) {
            status.showWhile(() -> messages.get("pipeline.consent.channelRequired"), still(
                    () -> consentDate.get() == null || consentChannel.get().isBlank(), consentDate, consentChannel));
            return false;
        }
        if (refused("pipeline.consent.notText", () -> !TypedText.isClean(consentChannel.get(), false)
                || !TypedText.isClean(consentWording.get(), true), consentChannel, consentWording)) {
            return false;
        }
        if (TextLimits.tooLong(consentChannel.get(), TextLimits.NAME)
                || TextLimits.tooLong(consentWording.get(), TextLimits.TEXT)) {
            status.showWhile(() -> messages.format("pipeline.consent.tooLong", TextLimits.NAME, TextLimits.TEXT), still(
                    () -> TextLimits.tooLong(consentChannel.get(), TextLimits.NAME)
                            || TextLimits.tooLong(consentWording.get(), TextLimits.TEXT), consentChannel, consentWording));
            return false;
        }
        LocalDate date = consentDate.get();
        String channel = TypedText.line(consentChannel.get());
        String wording = TypedText.text(consentWording.get());
        boolean given = consentGiven.get();
        write(() -> pipeline.addConsent(id, date, channel, wording, given), added -> {
            String who = contactName.get();
            status.done(() -> messages.format(given ? "pipeline.consent.addedGiven" : "pipeline.consent.addedWithdrawn", who));
            resetForms();
            reload(id);
        });
        return true;
    }

    private void write(Background.Work work, Runnable onSuccess) {
        write(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run());
    }

    private <T> void write(Callable<T> work, Consumer<T> onSuccess) {
        background.run(work, onSuccess, error -> {
            if (error instanceof PipelineRuleException rule) {
                status.show(() -> messages.get(rule.key()));
            } else if (error instanceof dk.netdesk.contacts.DoNotContactException dnc) {
                // marked since the panel was read (elsewhere, or by another editor): who and why
                status.show(() -> dnc.message(messages));
                reload(dnc.contactId());
            } else {
                // The status line says it in short; the dialog says what happened and what to do (once).
                status.show(() -> messages.get("pipeline.status.failed"));
                background.report(error);
            }
        });
    }

    /** Undo of a logged interaction: remove it and give back the follow-up and stale clock it changed. */
    private UndoManager.Command logged(Interaction interaction, LocalDate next, LocalDate followUpBefore,
                                       Instant touchedBefore, String name) {
        long id = interaction.contactId();
        return UndoManager.Command.of(() -> messages.format("pipeline.undo.interaction", name),
                () -> write(() -> pipeline.undoInteraction(interaction, followUpBefore, touchedBefore), () -> reload(id)),
                () -> write(() -> {
                    pipeline.restoreInteraction(interaction);
                    if (next != null) {
                        pipeline.setNextFollowUp(id, next);
                    }
                }, () -> reload(id)));
    }

    private UndoManager.Command deleted(Interaction interaction, String name) {
        long id = interaction.contactId();
        return UndoManager.Command.of(() -> messages.format("pipeline.undo.interactionDelete", name),
                () -> write(() -> pipeline.restoreInteraction(interaction), () -> reload(id)),
                () -> write(() -> pipeline.deleteInteraction(interaction.id()), () -> reload(id)));
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ContactStatus> contactStatusProperty() { return contactStatus.getReadOnlyProperty(); }
    public ObservableList<Interaction> interactions() { return interactions; }
    public ObservableList<StageVisit> history() { return history; }
    public ObservableList<Consent> consents() { return consents; }
    public ObservableList<ContactLinks.Script> stageScripts() { return stageScripts; }
    public ObjectProperty<LocalDate> followUpDateProperty() { return followUp.dateProperty(); }
    /** The next follow-up's fields (date, time, kind) as the panel shows them. */
    public FollowUpFields followUp() { return followUp; }
    public StringProperty doNotContactReasonProperty() { return doNotContactReason; }
    public ObjectProperty<InteractionType> interactionTypeProperty() { return interactionType; }
    public ObjectProperty<LocalDate> interactionDateProperty() { return interactionDate; }
    public StringProperty interactionTextProperty() { return interactionText; }
    public StringProperty interactionOutcomeProperty() { return interactionOutcome; }
    public ObjectProperty<LocalDate> interactionFollowUpProperty() { return interactionFollowUp; }
    public ObjectProperty<ContactLinks.Script> interactionScriptProperty() { return interactionScript; }
    public ObjectProperty<ContactLinks.ScriptResult> interactionScriptResultProperty() { return interactionScriptResult; }
    public ObjectProperty<LocalDate> consentDateProperty() { return consentDate; }
    public StringProperty consentChannelProperty() { return consentChannel; }
    public StringProperty consentWordingProperty() { return consentWording; }
    public BooleanProperty consentGivenProperty() { return consentGiven; }
    public ObjectProperty<LocalDate> scheduleDateProperty() { return scheduleDate; }
    public StringProperty scheduleTimeProperty() { return scheduleTime; }

    /**
     * The message about a typed schedule time that is no time ({@code input.time.unreadable}, with the
     * text), set when Schedule is refused for it and cleared when the time is changed; null otherwise.
     */
    /**
     * The first field in error when "Plan in calendar" was last refused for its date or time (DATE when no date is
     * chosen, else TIME: empty or no time), or null after a plan was accepted: the panel focuses that field.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<ScheduleField> scheduleRefusedFieldProperty() {
        return scheduleRefusedField.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty scheduleTimeErrorProperty() { return scheduleTimeError.getReadOnlyProperty(); }
}
