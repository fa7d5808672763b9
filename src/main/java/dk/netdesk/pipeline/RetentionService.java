package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactAttachment;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.ErasedBackups;
import dk.netdesk.db.Settings;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The retention review: which contacts are declined, parked, do-not-contact or inactive for longer
 * than the chosen period ({@link #list}), keeping one with a reason ({@link #keep}), anonymising one
 * ({@link #anonymise}), the period setting and the monthly reminder. Days are counted in the
 * clock's zone. Call on the database thread.
 */
public final class RetentionService {

    /** Settings key: the review period in whole months. */
    public static final String PERIOD_MONTHS = "retention.periodMonths";
    /** Settings key: the ISO day the reminder was last shown. */
    public static final String LAST_REMINDER = "retention.lastReminder";
    /** The period when none is stored. */
    public static final int DEFAULT_MONTHS = 24;
    /** The shortest and longest period the user can choose, in months. */
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RetentionService.class);

    private final Database database;
    private final ContactRepository contacts;
    private final RetentionRepository repository;
    private final ContactLinks links;
    private final Settings settings;
    private final Changes changes;
    private final Clock clock;
    private final UnaryOperator<String> anonymisedName;
    private final ContactAttachments attachments;
    private final ErasedBackups backups;

    /**
     * @param links          the calendar events linked to a contact (unlinked and scrubbed by an anonymise)
     * @param anonymisedName the neutral name for a random reference such as "7F3A" ("Anonymised 7F3A")
     * @param attachments    the contacts' attached files, which an anonymise removes (file names and scans
     *                       identify the person)
     * @param backups        told of each anonymise, so the backups taken before it are re-written or deleted
     *                       (decision record 0013); {@link ErasedBackups#NONE} for an anonymise on a backup's copy
     */
    public RetentionService(Database database, ContactRepository contacts, RetentionRepository repository,
                            ContactLinks links, Settings settings, Changes changes, Clock clock,
                            UnaryOperator<String> anonymisedName, ContactAttachments attachments, ErasedBackups backups) {
        this.attachments = attachments;
        this.backups = backups;
        this.database = database;
        this.contacts = contacts;
        this.repository = repository;
        this.links = links;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
        this.anonymisedName = anonymisedName;
    }

    /** Today in the clock's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The stored period in months ({@link #DEFAULT_MONTHS} when none, or when the stored one is out of range). */
    public int periodMonths() {
        int months = settings.getInt(PERIOD_MONTHS, DEFAULT_MONTHS);
        return months < MIN_MONTHS || months > MAX_MONTHS ? DEFAULT_MONTHS : months;
    }

    /**
     * Stores the period.
     *
     * @throws IllegalArgumentException when {@code months} is outside {@link #MIN_MONTHS}..{@link #MAX_MONTHS}
     */
    public void setPeriodMonths(int months) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException("The period must be 1 to 120 months: " + months);
        }
        settings.put(PERIOD_MONTHS, Integer.toString(months));
    }

    /**
     * The contacts due for review with a period of {@code months}, in no particular order (the view
     * sorts by name in the UI language). Declined, parked and do-not-contact contacts are listed
     * whatever their activity; any contact is listed as inactive once {@code months} have passed
     * since the day of its newest interaction, stage move or creation (on that day exactly: made on
     * 28 November 2024, listed from 28 November 2026 with 24 months). A contact kept on day D is
     * left out until {@code months} have passed from D; an anonymised one is never listed.
     */
    public List<RetentionCandidate> list(int months) {
        LocalDate today = today();
        ZoneId zone = clock.getZone();
        List<RetentionCandidate> due = new ArrayList<>();
        for (RetentionRepository.Facts f : repository.facts()) {
            if (f.keptOn() != null && today.isBefore(f.keptOn().plusMonths(months))) {
                continue;
            }
            LocalDate last = f.createdAt().atZone(zone).toLocalDate();
            if (f.lastInteraction() != null && f.lastInteraction().isAfter(last)) {
                last = f.lastInteraction();
            }
            if (f.lastStageMove() != null && f.lastStageMove().atZone(zone).toLocalDate().isAfter(last)) {
                last = f.lastStageMove().atZone(zone).toLocalDate();
            }
            Set<RetentionReason> reasons = EnumSet.noneOf(RetentionReason.class);
            if (f.declined()) {
                reasons.add(RetentionReason.DECLINED);
            }
            if (f.parked()) {
                reasons.add(RetentionReason.PARKED);
            }
            if (f.doNotContact()) {
                reasons.add(RetentionReason.DO_NOT_CONTACT);
            }
            if (!today.isBefore(last.plusMonths(months))) {
                reasons.add(RetentionReason.INACTIVE);
            }
            if (!reasons.isEmpty()) {
                due.add(new RetentionCandidate(f.contactId(), f.name(), reasons, last));
            }
        }
        return due;
    }

    /**
     * Keeps the contact out of the review until the period has passed again from today, and stores
     * why (already cleaned: NFC, stripped) with today's date. Publishes {@code CONTACTS}.
     *
     * @throws IllegalArgumentException when the reason is blank; nothing is written
     * @throws IllegalStateException    when there is no such contact or it has been anonymised
     */
    public void keep(long contactId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is needed to keep a contact");
        }
        repository.keep(contactId, today(), reason.strip());
        changes.publish(Changes.Topic.CONTACTS);
    }

    /**
     * Anonymises the contact in one transaction: its own rows lose everything that identifies the
     * person ({@link RetentionRepository#anonymise}), its name becomes a neutral label with a random
     * four-hex-digit reference, and every calendar event linked to it is unlinked and kept without
     * the person (location and notes emptied, their name, phones, emails and handles taken out of the
     * title, as {@link PersonErase} keeps an event); their attachments are removed, and the files no
     * other row uses are deleted after the commit. The counts for the funnel stay: stage history,
     * interactions (day and type), consent entries (day, channel, given). Then the WAL is checkpointed
     * ({@code secure_delete} is on, so the old values are overwritten) and {@code CONTACTS},
     * {@code PIPELINE} and {@code CALENDAR} are published. The backups are told in the same transaction
     * ({@link ErasedBackups#anonymised}: the contact id, the moment and the label), so the older ones, which
     * hold the person as they were, are marked and re-written or deleted. Not undoable.
     *
     * @return the contact's new name
     * @throws IllegalStateException when there is no such contact, it is already anonymised, or
     *                               {@code secure_delete} is off; nothing is written
     */
    public String anonymise(long contactId) {
        String label = anonymisedName.apply(HexFormat.of().withUpperCase().formatHex(randomBytes()));
        anonymise(contactId, label, Instant.now(clock), backups);
        return label;
    }

    /**
     * Repeats an anonymise on a backup's copy (decision record 0013): the same as {@link #anonymise}, with the
     * {@code label} and moment {@code anonymisedAt} (UTC; its day in the clock's zone is the decision's day) of
     * the anonymise it repeats, and no backups told.
     *
     * @throws IllegalStateException as {@link #anonymise}; nothing is written
     */
    public void anonymiseAgain(long contactId, String label, Instant anonymisedAt) {
        anonymise(contactId, label, anonymisedAt, ErasedBackups.NONE);
    }

    private void anonymise(long contactId, String label, Instant at, ErasedBackups told) {
        if (!database.secureDeleteOn()) {
            throw new IllegalStateException("secure_delete is off for the connection");
        }
        List<ContactAttachment> removed = database.inTransaction(() -> {
            Optional<Contact> contact = contacts.find(contactId);
            if (contact.isEmpty()) {
                throw new IllegalStateException("No contact " + contactId);
            }
            if (repository.isAnonymised(contactId)) {
                throw new IllegalStateException("Contact " + contactId + " is already anonymised");
            }
            Pattern identifiers = PersonErase.identifiers(contact.get().details());
            for (ContactLinks.LinkedEvent event : links.linkedEvents(contactId)) {
                links.keepEventWithoutContact(event.id(), title -> PersonErase.scrub(title, identifiers));
            }
            repository.anonymise(contactId, label, at.atZone(clock.getZone()).toLocalDate(), at);
            told.anonymised(contactId, at, label);
            return attachments.removeAll(contactId);
        });
        database.checkpointTruncate();
        try {
            attachments.deleteFilesNoLongerUsed(removed);
        } catch (IOException e) {
            // No row refers to the file any more, so the tidy-up at the next start deletes it.
            LOG.warn("An anonymised person's attached file could not be deleted yet: {}", e.getClass().getSimpleName());
        }
        changes.publish(Changes.Topic.CONTACTS, new PersonForgotten(contactId));
        changes.publish(Changes.Topic.PIPELINE);
        changes.publish(Changes.Topic.CALENDAR);
    }

    /**
     * Whether the start-up reminder is due: the review list (with the stored period) is not empty,
     * and the reminder has not been shown in the last month (never, or on a day at least one month
     * before today). Reads only.
     */
    public boolean reminderDue() {
        Optional<LocalDate> last = settings.get(LAST_REMINDER).flatMap(RetentionService::day);
        if (last.isPresent() && today().isBefore(last.get().plusMonths(1))) {
            return false;
        }
        return !list(periodMonths()).isEmpty();
    }

    /** Remembers that the reminder was shown today. */
    public void reminded() {
        settings.put(LAST_REMINDER, today().toString());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[2];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
