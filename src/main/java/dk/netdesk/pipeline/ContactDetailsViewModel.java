package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRef;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.ContactValidation;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * One contact's details panel: the editable fields with their validation, the duplicate
 * check for new contacts, the next follow-up and do-not-contact (with their rules), the
 * interaction timeline with its form, the stage history and the consent log.
 */
public final class ContactDetailsViewModel {

    private final ContactRepository contacts;
    private final PipelineRepository pipeline;
    private final Background background;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;
    private final ContactLinks links;

    private final ObjectProperty<Long> contactId = new SimpleObjectProperty<>();
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phones = new SimpleStringProperty("");
    private final StringProperty emails = new SimpleStringProperty("");
    private final StringProperty facebook = new SimpleStringProperty("");
    private final StringProperty instagram = new SimpleStringProperty("");
    private final StringProperty linkedin = new SimpleStringProperty("");
    private final StringProperty tiktok = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> birthday = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactRef> referredBy = new SimpleObjectProperty<>();
    private final ObjectProperty<Interest> interest = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> nameError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> phonesError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> emailsError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> otherError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Contact> duplicate = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ContactRef> contactChoices = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<ContactStatus> contactStatus = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Interaction> interactions = FXCollections.observableArrayList();
    private final ObservableList<StageVisit> history = FXCollections.observableArrayList();
    private final ObservableList<Consent> consents = FXCollections.observableArrayList();

    private final ObjectProperty<LocalDate> followUpDate = new SimpleObjectProperty<>();
    private final StringProperty doNotContactReason = new SimpleStringProperty("");

    private final ObjectProperty<InteractionType> interactionType = new SimpleObjectProperty<>(InteractionType.CALL);
    private final ObjectProperty<LocalDate> interactionDate = new SimpleObjectProperty<>();
    private final StringProperty interactionText = new SimpleStringProperty("");
    private final StringProperty interactionOutcome = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> interactionFollowUp = new SimpleObjectProperty<>();

    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    private final StringProperty consentChannel = new SimpleStringProperty("");
    private final StringProperty consentWording = new SimpleStringProperty("");
    private final BooleanProperty consentGiven = new SimpleBooleanProperty(true);

    private final ObservableList<ContactLinks.Script> stageScripts = FXCollections.observableArrayList();
    private final ObjectProperty<ContactLinks.Script> interactionScript = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactLinks.ScriptResult> interactionScriptResult =
            new SimpleObjectProperty<>(ContactLinks.ScriptResult.NEUTRAL);
    private final ObjectProperty<LocalDate> scheduleDate = new SimpleObjectProperty<>();
    private final StringProperty scheduleTime = new SimpleStringProperty(DEFAULT_SCHEDULE_TIME);

    /** A follow-up planned from the details panel takes half an hour, at 18:00 unless the user says otherwise. */
    static final java.time.Duration SCHEDULE_LENGTH = java.time.Duration.ofMinutes(30);
    static final String DEFAULT_SCHEDULE_TIME = "18:00";

    private final ThreadLocal<Boolean> ownWrite = ThreadLocal.withInitial(() -> false);

    public ContactDetailsViewModel(ContactRepository contacts, PipelineRepository pipeline, Changes changes,
                                   Background background, StatusLine status, Messages messages, Clock clock,
                                   ContactLinks links) {
        this.links = links;
        this.contacts = contacts;
        this.pipeline = pipeline;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        name.addListener((obs, o, n) -> validate(false));
        phones.addListener((obs, o, n) -> validate(false));
        emails.addListener((obs, o, n) -> validate(false));
        changes.subscribe(Changes.Topic.CONTACTS, t -> refreshIfOpen());
        changes.subscribe(Changes.Topic.PIPELINE, t -> refreshIfOpen());
    }

    private void refreshIfOpen() {
        if (!ownWrite.get() && contactId.get() != null) {
            long id = contactId.get();
            background.run(() -> {
                ContactStatus s = pipeline.status(id);
                return new Refreshed(s, pipeline.stageHistory(id), scriptsFor(s));
            }, r -> {
                if (contactId.get() != null && contactId.get() == id) {
                    contactStatus.set(r.status());
                    followUpDate.set(r.status().nextFollowUp());
                    history.setAll(r.history());
                    stageScripts.setAll(r.scripts());
                }
            }, e -> { });
        }
    }

    private record Refreshed(ContactStatus status, List<StageVisit> history, List<ContactLinks.Script> scripts) {
    }

    private List<ContactLinks.Script> scriptsFor(ContactStatus s) {
        return s.stageId() == null ? List.of() : links.scriptsForStage(s.stageId());
    }

    /** Opens a stored contact: fields, status, timeline, history, consent. */
    public void open(long id) {
        background.run(() -> {
            ContactStatus s = pipeline.status(id);
            return new Loaded(contacts.details(id).orElseThrow(), s, pipeline.interactions(id), pipeline.stageHistory(id),
                    pipeline.consents(id), contacts.names(), scriptsFor(s));
        }, loaded -> {
            contactChoices.setAll(loaded.names().stream().filter(c -> c.id() != id).toList());
            fill(loaded.details());
            contactId.set(id);
            contactStatus.set(loaded.status());
            followUpDate.set(loaded.status().nextFollowUp());
            doNotContactReason.set(loaded.status().doNotContactReason());
            interactions.setAll(loaded.interactions());
            history.setAll(loaded.history());
            consents.setAll(loaded.consents());
            stageScripts.setAll(loaded.scripts());
            resetForms();
            open.set(true);
        });
    }

    private record Loaded(ContactDetails details, ContactStatus status, List<Interaction> interactions,
                          List<StageVisit> history, List<Consent> consents, List<ContactRef> names,
                          List<ContactLinks.Script> scripts) {
    }

    /** Starts a new, empty contact. */
    public void newContact() {
        background.run(contacts::names, names -> {
            contactChoices.setAll(names);
            contactId.set(null);
            fill(ContactDetails.empty());
            contactStatus.set(null);
            followUpDate.set(null);
            doNotContactReason.set("");
            interactions.clear();
            history.clear();
            consents.clear();
            stageScripts.clear();
            resetForms();
            open.set(true);
        });
    }

    public void close() {
        open.set(false);
        contactId.set(null);
        duplicate.set(null);
    }

    private void fill(ContactDetails d) {
        name.set(d.name());
        phones.set(String.join("\n", d.phones()));
        emails.set(String.join("\n", d.emails()));
        facebook.set(d.facebook());
        instagram.set(d.instagram());
        linkedin.set(d.linkedin());
        tiktok.set(d.tiktok());
        city.set(d.city());
        birthday.set(d.birthday());
        source.set(d.source());
        referredBy.set(d.referredBy() == null ? null
                : contactChoices.stream().filter(c -> c.id() == d.referredBy()).findFirst().orElse(null));
        interest.set(d.interest());
        tags.set(String.join(", ", d.tags()));
        notes.set(d.notes());
        duplicate.set(null);
        nameError.set(null);
        phonesError.set(null);
        emailsError.set(null);
        otherError.set(null);
    }

    private void resetForms() {
        interactionType.set(InteractionType.CALL);
        interactionDate.set(LocalDate.now(clock));
        interactionText.set("");
        interactionOutcome.set("");
        interactionFollowUp.set(null);
        interactionScript.set(null);
        interactionScriptResult.set(ContactLinks.ScriptResult.NEUTRAL);
        scheduleDate.set(LocalDate.now(clock).plusDays(1));
        scheduleTime.set(DEFAULT_SCHEDULE_TIME);
        consentDate.set(LocalDate.now(clock));
        consentChannel.set("");
        consentWording.set("");
        consentGiven.set(true);
    }

    /** The fields as a {@link ContactDetails}, cleaned. */
    public ContactDetails details() {
        return ContactValidation.clean(new ContactDetails(name.get(), lines(phones.get()), lines(emails.get()),
                facebook.get(), instagram.get(), linkedin.get(), tiktok.get(), city.get(), birthday.get(), source.get(),
                source.get() == Source.REFERRAL && referredBy.get() != null ? referredBy.get().id() : null,
                interest.get(), Arrays.stream(tags.get().split(",")).toList(), notes.get()));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private boolean validate(boolean all) {
        ContactDetails d = details();
        boolean touched = all || contactId.get() != null || !name.get().isEmpty();
        nameError.set(touched ? ContactValidation.name(d.name()).orElse(null) : null);
        phonesError.set(ContactValidation.phones(d.phones()).orElse(null));
        emailsError.set(ContactValidation.emails(d.emails()).orElse(null));
        Optional<String> other = java.util.stream.Stream.of(d.facebook(), d.instagram(), d.linkedin(), d.tiktok(), d.city())
                .map(ContactValidation::line).flatMap(Optional::stream).findFirst();
        if (other.isEmpty() && d.birthday() != null && d.birthday().isAfter(LocalDate.now(clock))) {
            other = Optional.of("pipeline.details.error.birthday");
        }
        otherError.set(other.orElse(null));
        return nameError.get() == null && phonesError.get() == null && emailsError.get() == null && otherError.get() == null
                && ContactValidation.isValid(d);
    }

    /**
     * Saves the fields; returns false, saving nothing, when a field is invalid. A new contact
     * whose email or normalised phone matches a stored one is not created: {@link
     * #duplicateProperty()} names the match, and the user chooses to open it ({@link
     * #openDuplicate()}) or to create anyway ({@link #saveAnyway()}).
     */
    public boolean save() {
        return save(false);
    }

    public boolean saveAnyway() {
        return save(true);
    }

    private boolean save(boolean allowDuplicate) {
        if (!validate(true)) {
            status.show(messages.get("pipeline.details.status.fixErrors"));
            return false;
        }
        ContactDetails d = details();
        Long id = contactId.get();
        duplicate.set(null);
        background.run(() -> {
            if (id == null && !allowDuplicate) {
                List<Contact> found = contacts.findDuplicates(d.phones(), d.emails(), null);
                if (!found.isEmpty()) {
                    return new Saved(null, found.get(0));
                }
            }
            ownWrite.set(true);
            try {
                return new Saved(id == null ? contacts.create(d) : contacts.update(id, d), null);
            } finally {
                ownWrite.set(false);
            }
        }, result -> {
            if (result.duplicate() != null) {
                duplicate.set(result.duplicate());
                status.show(messages.format("pipeline.details.status.duplicate", result.duplicate().name()));
                return;
            }
            status.show(messages.format(id == null ? "pipeline.details.status.created" : "pipeline.details.status.saved",
                    result.saved().name()));
            open(result.saved().id());
        });
        return true;
    }

    private record Saved(Contact saved, Contact duplicate) {
    }

    /** Leaves the new contact and opens the stored one it duplicates. */
    public void openDuplicate() {
        Contact found = duplicate.get();
        if (found != null) {
            duplicate.set(null);
            open(found.id());
        }
    }

    public void dismissDuplicate() {
        duplicate.set(null);
    }

    // ---- follow-up and do-not-contact ------------------------------------------------------

    /** Sets (or with null clears) the next follow-up. Refused, with the reason shown, for do-not-contact. */
    public boolean setNextFollowUp(LocalDate date) {
        Long id = contactId.get();
        if (id == null) {
            return false;
        }
        ContactStatus now = contactStatus.get();
        if (date != null && now != null && now.doNotContact()) {
            status.show(messages.format("pipeline.status.doNotContactFollowUp", name.get(), now.doNotContactReason()));
            followUpDate.set(now.nextFollowUp());
            return false;
        }
        write(() -> pipeline.setNextFollowUp(id, date), () -> {
            status.show(date == null ? messages.format("pipeline.details.status.followUpCleared", name.get())
                    : messages.format("pipeline.details.status.followUpSet", name.get(), messages.date(date)));
            reloadStatus(id);
        });
        return true;
    }

    /** Marks the contact do-not-contact with the reason typed, or lifts it. A reason is required. */
    public boolean setDoNotContact(boolean value) {
        Long id = contactId.get();
        if (id == null) {
            return false;
        }
        String reason = doNotContactReason.get() == null ? "" : doNotContactReason.get().trim();
        if (value && reason.isEmpty()) {
            status.show(messages.get("pipeline.rule.reasonRequired"));
            return false;
        }
        write(() -> pipeline.setDoNotContact(id, value, reason), () -> {
            status.show(messages.format(value ? "pipeline.details.status.dncSet" : "pipeline.details.status.dncLifted",
                    name.get()));
            reloadStatus(id);
        });
        return true;
    }

    /**
     * Plans a follow-up in the calendar (work / follow-up, linked to the contact) at the date and
     * time typed; the contact's next follow-up then follows its next linked event. Refused, with the
     * reason shown, for do-not-contact contacts and for a time that cannot be read.
     */
    public boolean scheduleFollowUp() {
        Long id = contactId.get();
        if (id == null) {
            return false;
        }
        ContactStatus now = contactStatus.get();
        if (now != null && now.doNotContact()) {
            status.show(messages.format("pipeline.status.doNotContactFollowUp", name.get(), now.doNotContactReason()));
            return false;
        }
        java.time.LocalTime time = parseTime(scheduleTime.get());
        if (scheduleDate.get() == null || time == null) {
            status.show(messages.get("pipeline.details.schedule.invalid"));
            return false;
        }
        java.time.LocalDateTime start = scheduleDate.get().atTime(time);
        write(() -> {
            links.scheduleFollowUp(id, start, SCHEDULE_LENGTH);
            links.nextLinkedEvent(id).ifPresent(date -> pipeline.setNextFollowUp(id, date));
        }, () -> {
            status.show(messages.format("pipeline.details.schedule.done", name.get(), messages.date(start.toLocalDate()),
                    scheduleTime.get().trim()));
            reloadStatus(id);
        });
        return true;
    }

    /** Says in the status line that a script is on the clipboard (the view does the copying). */
    public void scriptCopied(ContactLinks.Script script) {
        status.show(messages.format("pipeline.details.scripts.copied", script.title()));
    }

    /** "18:00", "18.30" or "9" as a time of day; null when it is not one. */
    static java.time.LocalTime parseTime(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.trim().split("[:.]");
        try {
            int hour = Integer.parseInt(parts[0]);
            int minute = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (parts.length > 2 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
                return null;
            }
            return java.time.LocalTime.of(hour, minute);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void reloadStatus(long id) {
        background.run(() -> pipeline.status(id), s -> {
            contactStatus.set(s);
            followUpDate.set(s.nextFollowUp());
            doNotContactReason.set(s.doNotContactReason());
        });
    }

    // ---- interactions and consent ----------------------------------------------------------

    /** Logs the interaction typed in the form; it may also set the next follow-up (not for do-not-contact). */
    public boolean addInteraction() {
        Long id = contactId.get();
        if (id == null) {
            return false;
        }
        if (interactionDate.get() == null) {
            status.show(messages.get("pipeline.interaction.dateRequired"));
            return false;
        }
        if (interactionText.get().isBlank() && interactionOutcome.get().isBlank()) {
            status.show(messages.get("pipeline.interaction.textRequired"));
            return false;
        }
        LocalDate next = interactionFollowUp.get();
        ContactStatus now = contactStatus.get();
        if (next != null && now != null && now.doNotContact()) {
            status.show(messages.format("pipeline.status.doNotContactFollowUp", name.get(), now.doNotContactReason()));
            return false;
        }
        InteractionType type = interactionType.get();
        LocalDate date = interactionDate.get();
        String text = interactionText.get();
        String outcome = interactionOutcome.get();
        ContactLinks.Script script = interactionScript.get();
        ContactLinks.ScriptResult scriptResult = interactionScriptResult.get();
        write(() -> {
            pipeline.addInteraction(id, type, date, text, outcome, next);
            if (script != null) {
                links.recordScriptUse(script.id(), id, scriptResult);
            }
            return pipeline.interactions(id);
        }, list -> {
            status.show(messages.format("pipeline.interaction.added", messages.get(type.key()), name.get()));
            interactions.setAll(list);
            reloadStatus(id);
            resetForms();
        });
        return true;
    }

    public boolean addConsent() {
        Long id = contactId.get();
        if (id == null) {
            return false;
        }
        if (consentDate.get() == null || consentChannel.get().isBlank()) {
            status.show(messages.get("pipeline.consent.channelRequired"));
            return false;
        }
        LocalDate date = consentDate.get();
        String channel = consentChannel.get();
        String wording = consentWording.get();
        boolean given = consentGiven.get();
        write(() -> {
            pipeline.addConsent(id, date, channel, wording, given);
            return pipeline.consents(id);
        }, list -> {
            status.show(messages.format(given ? "pipeline.consent.addedGiven" : "pipeline.consent.addedWithdrawn", name.get()));
            consents.setAll(list);
            resetForms();
        });
        return true;
    }

    private void write(Background.Work work, Runnable onSuccess) {
        write(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run());
    }

    private <T> void write(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        background.run(() -> {
            ownWrite.set(true);
            try {
                return work.call();
            } finally {
                ownWrite.set(false);
            }
        }, onSuccess, error -> {
            if (error instanceof PipelineRuleException rule) {
                status.show(messages.get(rule.key()));
            } else {
                status.show(messages.format("pipeline.status.failed", String.valueOf(error.getMessage())));
            }
        });
    }

    // ---- properties ------------------------------------------------------------------------

    public ObjectProperty<Long> contactIdProperty() { return contactId; }
    public BooleanProperty openProperty() { return open; }
    public StringProperty nameProperty() { return name; }
    public StringProperty phonesProperty() { return phones; }
    public StringProperty emailsProperty() { return emails; }
    public StringProperty facebookProperty() { return facebook; }
    public StringProperty instagramProperty() { return instagram; }
    public StringProperty linkedinProperty() { return linkedin; }
    public StringProperty tiktokProperty() { return tiktok; }
    public StringProperty cityProperty() { return city; }
    public ObjectProperty<LocalDate> birthdayProperty() { return birthday; }
    public ObjectProperty<Source> sourceProperty() { return source; }
    public ObjectProperty<ContactRef> referredByProperty() { return referredBy; }
    public ObjectProperty<Interest> interestProperty() { return interest; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty notesProperty() { return notes; }
    public ReadOnlyObjectProperty<String> nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> phonesErrorProperty() { return phonesError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> emailsErrorProperty() { return emailsError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> otherErrorProperty() { return otherError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Contact> duplicateProperty() { return duplicate.getReadOnlyProperty(); }
    public ObservableList<ContactRef> contactChoices() { return contactChoices; }
    public ReadOnlyObjectProperty<ContactStatus> contactStatusProperty() { return contactStatus.getReadOnlyProperty(); }
    public ObservableList<Interaction> interactions() { return interactions; }
    public ObservableList<StageVisit> history() { return history; }
    public ObservableList<Consent> consents() { return consents; }
    public ObjectProperty<LocalDate> followUpDateProperty() { return followUpDate; }
    public StringProperty doNotContactReasonProperty() { return doNotContactReason; }
    public ObjectProperty<InteractionType> interactionTypeProperty() { return interactionType; }
    public ObjectProperty<LocalDate> interactionDateProperty() { return interactionDate; }
    public StringProperty interactionTextProperty() { return interactionText; }
    public StringProperty interactionOutcomeProperty() { return interactionOutcome; }
    public ObjectProperty<LocalDate> interactionFollowUpProperty() { return interactionFollowUp; }
    public ObjectProperty<LocalDate> consentDateProperty() { return consentDate; }
    public StringProperty consentChannelProperty() { return consentChannel; }
    public StringProperty consentWordingProperty() { return consentWording; }
    public BooleanProperty consentGivenProperty() { return consentGiven; }
    public Messages messages() { return messages; }
    public ObservableList<ContactLinks.Script> stageScripts() { return stageScripts; }
    public ObjectProperty<ContactLinks.Script> interactionScriptProperty() { return interactionScript; }
    public ObjectProperty<ContactLinks.ScriptResult> interactionScriptResultProperty() { return interactionScriptResult; }
    public ObjectProperty<LocalDate> scheduleDateProperty() { return scheduleDate; }
    public StringProperty scheduleTimeProperty() { return scheduleTime; }
    /** The time zone dates and times are shown in (the injected clock's). */
    public java.time.ZoneId zone() { return clock.getZone(); }
}
