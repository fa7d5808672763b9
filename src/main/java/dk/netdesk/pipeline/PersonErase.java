package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactAttachment;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRef;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import java.io.IOException;
import dk.netdesk.db.ErasedBackups;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Erase this person" (GDPR right to erasure): what an erase will remove ({@link #preview}), and the
 * erase itself ({@link #erase}), which removes the contact and every row about them in one
 * transaction, deletes the calendar events Netdesk made for them, deletes or keeps (without the
 * person) the events the user typed, as the user chose per event, records an erasure-log entry with
 * only the date and a random reference, and then checkpoints the WAL so that no bytes of the erased
 * rows remain in {@code netdesk.db} or {@code netdesk.db-wal} ({@code secure_delete} is on for the
 * connection from {@link Database#open}). Their attachment rows go in the same transaction; after the
 * commit, each attached file no other row (a library item's or another contact's) uses is deleted from
 * the attachments folder, and shared files stay. Not undoable. Call on the database thread.
 */
public final class PersonErase {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PersonErase.class);

    /** What to do with an event the user typed and linked to the person. */
    public enum EventChoice {
        /** Delete the event (a series with its overridden occurrences). */
        DELETE,
        /**
         * Keep the event at its time, unlinked from the person: its location and notes are emptied and
         * the person's name, phones, emails and social handles are taken out of its title.
         */
        KEEP_WITHOUT_PERSON
    }

    /**
     * A calendar event linked to the person.
     *
     * @param madeByNetdesk true for an event Netdesk made for them (a follow-up), which the erase always deletes; false for one the user
     *                      typed, which needs an {@link EventChoice}
     */
    public record LinkedEvent(long id, String title, boolean madeByNetdesk) {
    }

    /**
     * What an erase of the contact removes, with counts, and what it leaves alone.
     *
     * @param phones         phone numbers stored (the primary one included)
     * @param emails         email addresses stored (the primary one included)
     * @param tags           tags
     * @param stageHistory   stage-history rows
     * @param interactions   timeline entries
     * @param consents       consent-log entries
     * @param events         linked calendar events (rows, overridden occurrences included), by start
     * @param scriptUses     recorded script uses, which are kept without the person
     * @param referrals      contacts they referred, whose "referred by" is cleared
     * @param notesMentions  other contacts whose notes hold their full name (listed, not changed)
     * @param eventMentions  events not linked to them whose title holds their full name (listed, not changed)
     * @param attachmentsOnlyTheirs attached files only they use: row and file are erased
     * @param attachmentsShared     attached files a library item or another contact uses too: their row is
     *                              erased, the file stays
     * @param backups        backups in the backup folder that hold them (re-written or deleted after the erase,
     *                       as the setting says)
     */
    public record Preview(long contactId, String name, int phones, int emails, int tags, int stageHistory,
                          int interactions, int consents, List<LinkedEvent> events, int scriptUses,
                          List<ContactRef> referrals, List<ContactRef> notesMentions,
                          List<ContactLinks.Mention> eventMentions, int attachmentsOnlyTheirs, int attachmentsShared,
                          int backups) {

        /** The linked events the user typed, each needing an {@link EventChoice}. */
        public List<LinkedEvent> typedEvents() {
            return events.stream().filter(e -> !e.madeByNetdesk()).toList();
        }
    }

    /**
     * What an erase did.
     *
     * @param reference     the erasure log's random reference (no personal data)
     * @param erasedAt      when, as logged
     * @param eventsDeleted linked events deleted (made by Netdesk, or chosen to delete)
     * @param eventsKept    typed events kept without the person
     * @param checkpointed  whether the WAL checkpoint after the erase ran to the end
     */
    public record Erased(String reference, Instant erasedAt, int eventsDeleted, int eventsKept, boolean checkpointed) {
    }

    private final Database database;
    private final ContactRepository contacts;
    private final PipelineRepository pipeline;
    private final ContactLinks links;
    private final ErasureLogRepository log;
    private final ErasedBackups backups;
    private final Changes changes;
    private final Clock clock;
    private final ContactAttachments attachments;

    /**
     * @param links       the calendar's linked events and the library's script uses
     * @param backups     told of each erase (in its transaction) so the older backups can be re-written or deleted;
     *                    counts the backups that hold a person for the preview; {@link ErasedBackups#NONE} for a backup's copy
     * @param clock       the erasure log's moment
     * @param attachments the contacts' attached files (rows and the shared attachments folder)
     */
    public PersonErase(Database database, ContactRepository contacts, PipelineRepository pipeline, ContactLinks links,
                       ErasureLogRepository log, ErasedBackups backups, Changes changes, Clock clock,
                       ContactAttachments attachments) {
        this.database = database;
        this.contacts = contacts;
        this.pipeline = pipeline;
        this.links = links;
        this.log = log;
        this.backups = backups;
        this.changes = changes;
        this.clock = clock;
        this.attachments = attachments;
    }

    /**
     * Reads what erasing the contact would remove; writes nothing.
     *
     * @throws IllegalStateException when there is no contact with that id
     */
    public Preview preview(long contactId) {
        Contact contact = contacts.find(contactId)
                .orElseThrow(() -> new IllegalStateException("No contact " + contactId));
        ContactDetails d = contact.details();
        List<LinkedEvent> events = links.linkedEvents(contactId).stream()
                .map(e -> new LinkedEvent(e.id(), e.title(), e.madeForContact()))
                .toList();
        ContactAttachments.Usage files = attachments.usage(contactId);
        return new Preview(contactId, d.name(), d.phones().size(), d.emails().size(), d.tags().size(),
                pipeline.stageHistory(contactId).size(), pipeline.interactions(contactId).size(),
                pipeline.consents(contactId).size(), events, links.scriptUses(contactId).size(),
                contacts.referredBy(contactId), contacts.notesMentioning(d.name(), contactId),
                links.eventsMentioning(d.name(), contactId), files.onlyTheirs(), files.shared(),
                backups.holding(contactId));
    }

    /**
     * Erases the contact, in one transaction: the contact row with its phones, emails, tags, stage
     * history, timeline and consent log; its place on the board; the events Netdesk made for them;
     * each typed event as {@code choices} says; the links from script uses and from the contacts
     * they referred; their attachment rows. Then appends an erasure-log entry and tells the backups
     * ({@link ErasedBackups#erased}: the contact id, moment, reference and the ids of the kept events), commits,
     * checkpoints the WAL (truncating it), deletes the attached files no other row uses (a file that cannot be
     * deleted is logged, and tidied at the next start, as no row refers to it) and publishes {@code CONTACTS}
     * and {@code CALENDAR}. Mentions in other contacts' notes and
     * other events' titles are not changed. Not undoable.
     *
     * @param choices a choice for every typed linked event, by event id ({@link Preview#typedEvents})
     * @return the log's reference and what was done with the events
     * @throws IllegalArgumentException when a typed linked event has no choice; nothing is written
     * @throws IllegalStateException    when there is no such contact, or {@code secure_delete} is off;
     *                                  nothing is written
     */
    public Erased erase(long contactId, Map<Long, EventChoice> choices) {
        return erase(contactId, choices, Instant.now(clock), UUID.randomUUID().toString(), true);
    }

    /**
     * The same erase in the copy of a backup taken before it (this instance is built over the copy):
     * logged with the moment and reference of the erase it repeats, and no backups told.
     *
     * @param choices as for {@link #erase}; a typed linked event with no choice (one the live data no longer
     *                linked to the person at the erase) is deleted
     */
    public Erased eraseAgain(long contactId, Map<Long, EventChoice> choices, Instant erasedAt, String reference) {
        Map<Long, EventChoice> all = new java.util.HashMap<>();
        for (ContactLinks.LinkedEvent e : links.linkedEvents(contactId)) {
            all.put(e.id(), choices.getOrDefault(e.id(), EventChoice.DELETE));
        }
        return erase(contactId, all, erasedAt, reference, false);
    }

    private Erased erase(long contactId, Map<Long, EventChoice> choices, Instant now, String reference, boolean tell) {
        if (!database.secureDeleteOn()) {
            throw new IllegalStateException("secure_delete is off for the connection");
        }
        int[] done = new int[2];
        List<ContactAttachment> removedFiles = new ArrayList<>();
        database.inTransaction(() -> {
            Contact contact = contacts.find(contactId)
                    .orElseThrow(() -> new IllegalStateException("No contact " + contactId));
            List<Long> delete = new ArrayList<>();
            List<Long> keep = new ArrayList<>();
            for (ContactLinks.LinkedEvent e : links.linkedEvents(contactId)) {
                if (e.madeForContact()) {
                    delete.add(e.id());
                    continue;
                }
                EventChoice choice = choices.get(e.id());
                if (choice == null) {
                    throw new IllegalArgumentException("No choice for the event " + e.id());
                }
                (choice == EventChoice.DELETE ? delete : keep).add(e.id());
            }
            Pattern identifiers = identifiers(contact.details());
            // Kept first: a kept override of a deleted series goes with its series.
            for (long id : keep) {
                links.keepEventWithoutContact(id, title -> scrub(title, identifiers));
            }
            links.deleteEvents(delete);
            pipeline.takeOff(contactId);
            removedFiles.addAll(attachments.removeAll(contactId));
            contacts.delete(contactId);
            log.record(now, reference);
            if (tell) {
                backups.erased(contactId, now, reference, Set.copyOf(keep));
            }
            done[0] = delete.size();
            done[1] = keep.size();
            return null;
        });
        boolean checkpointed = database.checkpointTruncate();
        try {
            attachments.deleteFilesNoLongerUsed(removedFiles);
        } catch (IOException e) {
            // No row refers to the file any more, so the tidy-up at the next start deletes it. No personal data logged.
            LOG.warn("An erased person's attached file could not be deleted yet: {}", e.getClass().getSimpleName());
        }
        changes.publish(Changes.Topic.CONTACTS, new PersonForgotten(contactId));
        changes.publish(Changes.Topic.CALENDAR);
        return new Erased(reference, now, done[0], done[1], checkpointed);
    }

    /**
     * The person's identifying texts as one case-insensitive pattern: each email and social handle,
     * each phone number (its digits with any spaces, dots, dashes or brackets between them, and its
     * last eight digits alone), and the full name and each of its words of two letters or more (whole
     * words, with a possessive "'s").
     */
    static Pattern identifiers(ContactDetails d) {
        // Emails and handles first, so that a name word inside one does not leave the rest behind.
        Set<String> parts = new LinkedHashSet<>();
        List<String> literal = new ArrayList<>(d.emails());
        literal.addAll(java.util.Arrays.asList(d.facebook(), d.instagram(), d.linkedin(), d.tiktok()));
        literal.removeIf(text -> text == null || text.isBlank());
        literal.sort(Comparator.comparingInt(String::length).reversed());
        for (String text : literal) {
            parts.add(Pattern.quote(text.strip()));
        }
        for (String phone : d.phones()) {
            String digits = phone.replaceAll("\\D", "");
            if (digits.length() >= 8) {
                parts.add(digitsPattern(digits));
                parts.add(digitsPattern(digits.substring(digits.length() - 8)));
            } else if (!digits.isEmpty()) {
                parts.add(digitsPattern(digits));
            }
        }
        List<String> words = new ArrayList<>();
        words.add(d.name().strip());
        for (String word : d.name().strip().split("\\s+")) {
            if (word.codePointCount(0, word.length()) >= 2) {
                words.add(word);
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        for (String word : words) {
            // A possessive ("Bo's") goes with the name.
            parts.add("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?:['\u2019]s)?(?![\\p{L}\\p{N}])");
        }
        return Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String digitsPattern(String digits) {
        StringBuilder pattern = new StringBuilder("\\+?");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                pattern.append("[\\s.()\\-]*");
            }
            pattern.append(digits.charAt(i));
        }
        return pattern.toString();
    }

    /**
     * The text with every identifier taken out, runs of spaces made one, and separators left at
     * either end (":", ",", ";", "-", "–", "—", "·") removed; "" when nothing is left.
     */
    static String scrub(String text, Pattern identifiers) {
        if (text == null) {
            return "";
        }
        Matcher m = identifiers.matcher(text);
        String out = m.replaceAll("");
        out = out.replaceAll("[ \\t]{2,}", " ");
        out = out.replaceAll("^[\\s:,;·\\-–—]+|[\\s:,;·\\-–—']+$", "");
        return out.strip();
    }
}
