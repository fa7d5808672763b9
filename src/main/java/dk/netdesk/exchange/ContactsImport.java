package dk.netdesk.exchange;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.ContactValidation;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.ui.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Import contacts": stores what a contacts file held ({@link ContactsRead}, made by the vCard and CSV
 * readers) as the user chose ({@link ImportOptions}). The whole import is one transaction: a failure
 * leaves the database as it was. Duplicates are found in memory from one read of every contact (email
 * ignoring case, normalised phone, name; {@link ContactIndex}); new contacts are written with reused
 * prepared statements. {@code CONTACTS} and {@code PIPELINE} are published once, after the commit.
 * The app's wizard and the command line both use this one service. Call on the database thread.
 * Decision record 0016.
 */
public final class ContactsImport {

    private static final int PROGRESS_STEP = 200;

    private final Database database;
    private final ContactRepository contacts;
    private final ImportBoard board;
    private final Changes changes;
    private final Messages messages;
    private final Clock clock;

    /**
     * @param board    the stages new contacts go to and the consent log
     * @param messages the texts of rejected records' reasons, the consent wording and merge notes, in the
     *                 language their {@link Messages#getLocale()} says
     * @param clock    the date of consent entries and the time of new rows
     */
    public ContactsImport(Database database, ContactRepository contacts, ImportBoard board, Changes changes,
                          Messages messages, Clock clock) {
        this.database = database;
        this.contacts = contacts;
        this.board = board;
        this.changes = changes;
        this.messages = messages;
        this.clock = clock;
    }

    /** The stages new contacts can go to, left to right (the first is the default); empty before the board is set up. */
    public List<ImportBoard.BoardStage> stages() {
        return board.stages();
    }

    /**
     * The records of {@code read} that match a stored contact, in file order, each with the stored contact
     * it matches first and why (email before phone before name). A record matching several contacts is
     * listed once per contact. Reads only.
     */
    public List<ImportMatch> matches(ContactsRead read) {
        ContactIndex index = ContactIndex.of(contacts.findAll());
        List<ImportMatch> matches = new ArrayList<>();
        for (IncomingContact incoming : read.contacts()) {
            for (ContactIndex.Hit hit : index.find(ContactValidation.clean(incoming.details()))) {
                matches.add(new ImportMatch(incoming, hit.target().stored(), hit.reason(), hit.value()));
            }
        }
        return matches;
    }

    /**
     * Imports the records of {@code read} in one transaction and publishes the change once.
     *
     * @param progress told how many of the file's records have been looked at (on this thread)
     * @return the counts and rejected records, and what {@link #undo} needs
     * @throws IllegalArgumentException when {@link ImportOptions#stageId()} names no stage (a message in
     *                                  the UI language); nothing is written
     * @throws RuntimeException         any failure to write; the transaction is rolled back, nothing changed
     */
    public ImportResult apply(ContactsRead read, ImportOptions options, Progress progress) {
        Long stageId = stageFor(options);
        List<String> tags = ContactValidation.clean(ContactDetails.named("-").withTags(options.tags())).tags();
        Plan plan = plan(read, options.duplicates(), tags, progress);
        List<Long> created = database.inTransaction(() -> {
            List<Long> ids = contacts.insertAll(plan.pending);
            if (stageId != null) {
                board.placeAtEnd(ids, stageId);
            }
            if (options.consentGiven()) {
                board.consentGiven(ids, LocalDate.now(clock), read.fileName(),
                        messages.get("exchange.import.consentWording"));
            }
            for (Map.Entry<Long, ContactDetails> merge : plan.merged.entrySet()) {
                contacts.update(merge.getKey(), merge.getValue());
            }
            return ids;
        });
        if (!created.isEmpty() || !plan.merged.isEmpty()) {
            changes.publish(Changes.Topic.CONTACTS);
        }
        if (!created.isEmpty()) {
            changes.publish(Changes.Topic.PIPELINE);
        }
        List<RejectedRecord> rejected = new ArrayList<>(read.rejected());
        rejected.addAll(plan.rejected);
        List<Contact> before = plan.merged.keySet().stream().map(plan.before::get).toList();
        return new ImportResult(new ImportSummary(created.size(), plan.mergedRecords, plan.skipped, plan.doNotContact,
                rejected), new ImportUndo(created, before));
    }

    /**
     * Takes an import back in one transaction: deletes the contacts it made (with their board places,
     * stage history and consent entries) and gives the contacts it merged into their earlier details.
     * Contacts deleted since are passed over. Publishes {@code CONTACTS} and {@code PIPELINE} once.
     */
    public void undo(ImportUndo undo) {
        if (undo.isEmpty()) {
            return;
        }
        database.inTransaction(() -> {
            board.leave(undo.created());
            contacts.deleteAll(undo.created());
            undo.before().forEach(contacts::putBack);
            return null;
        });
        changes.publish(Changes.Topic.CONTACTS);
        changes.publish(Changes.Topic.PIPELINE);
    }

    private Long stageFor(ImportOptions options) {
        List<ImportBoard.BoardStage> stages = board.stages();
        if (options.stageId() == null) {
            return stages.isEmpty() ? null : stages.get(0).id();
        }
        if (stages.stream().noneMatch(s -> s.id() == options.stageId())) {
            throw new IllegalArgumentException(messages.get("exchange.import.noStage"));
        }
        return options.stageId();
    }

    /** What the import will write, worked out before the transaction. */
    private static final class Plan {
        final List<ContactDetails> pending = new ArrayList<>();
        final List<IncomingContact> pendingFrom = new ArrayList<>();
        final Map<Long, Contact> before = new LinkedHashMap<>();
        final Map<Long, ContactDetails> merged = new LinkedHashMap<>();
        final List<RejectedRecord> rejected = new ArrayList<>();
        int mergedRecords;
        int skipped;
        int doNotContact;
    }

    private Plan plan(ContactsRead read, DuplicateAction action, List<String> tags, Progress progress) {
        Plan plan = new Plan();
        ContactIndex index = ContactIndex.of(contacts.findAll());
        Map<Long, ContactDetails> current = new LinkedHashMap<>();
        int total = read.contacts().size();
        for (int i = 0; i < total; i++) {
            if (i % PROGRESS_STEP == 0) {
                progress.done(i, total);
            }
            IncomingContact incoming = read.contacts().get(i);
            ContactDetails details = cleanIncoming(incoming.details());
            Optional<String> problem = problem(details);
            if (problem.isPresent()) {
                plan.rejected.add(new RejectedRecord(incoming.line(), incoming.record(), problem.get()));
                continue;
            }
            List<ContactIndex.Hit> hits = index.find(details);
            if (hits.stream().anyMatch(h -> h.target().doNotContact())) {
                plan.doNotContact++;
                continue;
            }
            if (hits.isEmpty() || action == DuplicateAction.CREATE) {
                plan.pending.add(withTags(details, tags));
                plan.pendingFrom.add(incoming);
                index.add(ContactIndex.Target.pending(plan.pending.size() - 1), details);
                continue;
            }
            ContactIndex.Hit hit = hits.get(0);
            Contact stored = hit.target().stored();
            if (action == DuplicateAction.SKIP) {
                if (stored != null) {
                    plan.skipped++;
                } else {
                    IncomingContact first = plan.pendingFrom.get(hit.target().pending());
                    plan.rejected.add(new RejectedRecord(incoming.line(), incoming.record(),
                            messages.format("exchange.import.repeat", first.line(),
                                    messages.get("exchange.import.reason." + hit.reason()), hit.value())));
                }
                continue;
            }
            if (stored == null) {
                int at = hit.target().pending();
                ContactDetails was = plan.pending.get(at);
                ContactDetails now = mergeWithNote(was, details, tags, read.fileName());
                plan.pending.set(at, now);
                countMerge(plan, !now.equals(was));
            } else {
                ContactDetails was = current.getOrDefault(stored.id(), stored.details());
                ContactDetails now = mergeWithNote(was, details, tags, read.fileName());
                current.put(stored.id(), now);
                if (!now.equals(stored.details())) {
                    plan.before.putIfAbsent(stored.id(), stored);
                    plan.merged.put(stored.id(), now);
                } else {
                    plan.merged.remove(stored.id());
                }
                countMerge(plan, !now.equals(was));
            }
            index.add(hit.target(), details);
        }
        progress.done(total, total);
        return plan;
    }

    private static void countMerge(Plan plan, boolean changed) {
        if (changed) {
            plan.mergedRecords++;
        } else {
            plan.skipped++;
        }
    }

    /** The merge, with a note naming the file's values that were not taken because the field was filled. */
    private ContactDetails mergeWithNote(ContactDetails stored, ContactDetails incoming, List<String> tags,
                                         String fileName) {
        IncomingMerge.Merged merged = IncomingMerge.merge(stored, incoming, tags);
        if (merged.conflicts().isEmpty()) {
            return merged.details();
        }
        String values = merged.conflicts().stream()
                .map(c -> messages.get("exchange.import.field." + c.field()) + ": " + c.value())
                .collect(Collectors.joining("; "));
        ContactDetails d = merged.details();
        return d.withNotes(IncomingMerge.appendNote(d.notes(),
                messages.format("exchange.import.conflictNote", fileName, values)));
    }

    /** The details with the import's tags added to their own (repeats ignoring case dropped). */
    private static ContactDetails withTags(ContactDetails details, List<String> tags) {
        List<String> all = new ArrayList<>(details.tags());
        all.addAll(tags);
        return ContactValidation.clean(details.withTags(all));
    }

    /** Cleaned as the editor would; a referrer from another database means nothing here and is dropped. */
    private static ContactDetails cleanIncoming(ContactDetails details) {
        ContactDetails clean = ContactValidation.clean(details);
        return clean.referredBy() == null ? clean : clean.withReferrer(null);
    }

    /** What is wrong with a record, in the UI language, or empty when it can be stored. */
    private Optional<String> problem(ContactDetails d) {
        if (ContactValidation.name(d.name()).isPresent()) {
            return Optional.of(messages.get(d.name().isEmpty() ? "exchange.import.noName" : "exchange.import.tooLong"));
        }
        for (String email : d.emails()) {
            if (ContactValidation.email(email).isPresent()) {
                return Optional.of(messages.format("exchange.import.badEmail", email));
            }
        }
        for (String phone : d.phones()) {
            if (ContactValidation.phone(phone).isPresent()) {
                return Optional.of(messages.format("exchange.import.badPhone", phone));
            }
        }
        if (!ContactValidation.isValid(d)) {
            return Optional.of(messages.get(d.birthday() != null && d.birthday().isAfter(LocalDate.of(2100, 1, 1))
                    ? "exchange.import.badBirthday" : "exchange.import.tooLong"));
        }
        return Optional.empty();
    }
}
