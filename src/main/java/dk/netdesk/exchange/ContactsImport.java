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
import dk.netdesk.contacts.ContactKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * "Import contacts": stores what a contacts file held ({@link ContactsRead}, made by the vCard and CSV
 * readers) as the user chose ({@link ImportOptions}). The whole import is one transaction: a failure
 * leaves the database as it was. Duplicates are found in memory from one read of every contact and among the
 * file's own records (email ignoring case, normalised phone, name; {@link ContactIndex}), one {@link ImportMatch}
 * per record; each gets the user's choice for it or its default. New contacts are written with reused
 * prepared statements. {@code CONTACTS} and {@code PIPELINE} are published once, after the commit.
 * The app's wizard and the command line both use this one service. Call on the database thread.
 * Decision records 0016 and 0021.
 */
public final class ContactsImport {

    private static final int PROGRESS_STEP = 200;
    /** At most this many stored contacts or earlier records are matched through one email, phone or name. */
    private static final int MATCHES_PER_KEY = 20;
    /** From this many records on, the records are checked on every core. */
    private static final int PARALLEL_FROM = 500;

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
     * The records of {@code read} that match a stored contact or an earlier record of the same file, each once, in
     * file order, with everything it matches, strongest first (decision record 0021). Records that cannot be stored
     * (an invalid field) are not listed: they are rejected. Reads only.
     */
    public List<ImportMatch> matches(ContactsRead read) {
        return analyse(read, Progress.none()).rows.stream().map(Row::match).filter(Objects::nonNull).toList();
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
        Plan plan = plan(read, options, tags, progress);
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
        return new ImportResult(new ImportSummary(created.size(), plan.mergedRecords, plan.upToDate, plan.skipped,
                plan.doNotContact, rejected), new ImportUndo(created, before));
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
        final Map<Long, Contact> before = new LinkedHashMap<>();
        final Map<Long, ContactDetails> merged = new LinkedHashMap<>();
        final List<RejectedRecord> rejected = new ArrayList<>();
        int mergedRecords;
        int upToDate;
        int skipped;
        int doNotContact;
    }

    /**
     * One record that can be stored, and what it matches (null when nothing).
     *
     * @param details the record's details, cleaned
     */
    private record Row(IncomingContact incoming, ContactDetails details, ImportMatch match) {
    }

    /** The file's storable records in order, and those refused for an invalid field. */
    private static final class Analysis {
        final List<Row> rows = new ArrayList<>();
        final List<RejectedRecord> rejected = new ArrayList<>();
        /** Where each storable record is in {@link #rows} (by identity: two records may hold the same). */
        final Map<IncomingContact, Integer> place = new IdentityHashMap<>();
    }

    /**
     * Checks every record and finds what each matches: the stored contacts (read once) and the file's earlier
     * storable records. The same for {@link #matches} and {@link #apply}, so the wizard shows what is done.
     */
    private Analysis analyse(ContactsRead read, Progress progress) {
        Analysis analysis = new Analysis();
        List<Contact> stored = contacts.findAll();
        List<ContactIndex.Keys> storedKeys = new ArrayList<>(stored.size());
        ContactIndex<Integer> storedIndex = new ContactIndex<>(MATCHES_PER_KEY);
        ContactIndex<Integer> blocked = new ContactIndex<>(Integer.MAX_VALUE);
        for (int i = 0; i < stored.size(); i++) {
            ContactIndex.Keys keys = ContactIndex.Keys.of(stored.get(i).details());
            storedKeys.add(keys);
            storedIndex.add(i, keys);
            if (stored.get(i).doNotContact()) {
                blocked.add(i, keys);
            }
        }
        List<ContactIndex.Keys> rowKeys = new ArrayList<>();
        ContactIndex<Integer> earlier = new ContactIndex<>(MATCHES_PER_KEY);
        int total = read.contacts().size();
        List<Checked> checked = checkAll(read.contacts());
        for (int i = 0; i < total; i++) {
            if (i % PROGRESS_STEP == 0) {
                progress.done(i, total);
            }
            IncomingContact incoming = read.contacts().get(i);
            ContactDetails details = checked.get(i).details();
            String problem = checked.get(i).problem();
            if (!problem.isEmpty()) {
                analysis.rejected.add(new RejectedRecord(incoming.line(), incoming.record(), problem, details.name()));
                continue;
            }
            ContactIndex.Keys keys = checked.get(i).keys();
            List<ImportMatch.Target> targets = new ArrayList<>();
            List<Integer> found = blocked.find(keys);
            boolean doNotContact = !found.isEmpty();
            for (int s : storedIndex.find(keys)) {
                if (!found.contains(s)) {
                    found.add(s);
                }
            }
            for (int s : found) {
                targets.add(new ImportMatch.Target(stored.get(s), null, ContactIndex.shared(keys, storedKeys.get(s)),
                        value(details, keys, storedKeys.get(s))));
            }
            for (int r : earlier.find(keys)) {
                Row row = analysis.rows.get(r);
                ImportMatch.Target target = new ImportMatch.Target(null, row.incoming(),
                        ContactIndex.shared(keys, rowKeys.get(r)), value(details, keys, rowKeys.get(r)));
                targets.add(target);
                // The same person as an earlier record that is a do-not-contact person is one too.
                doNotContact |= !target.weak() && row.match() != null && row.match().doNotContact();
            }
            boolean blockedFirst = doNotContact;
            targets.sort(Comparator.<ImportMatch.Target>comparingInt(t -> blockedFirst && t.existing() != null
                            && t.existing().doNotContact() ? 0 : 1)
                    .thenComparing(Comparator.comparingInt(ImportMatch.Target::score).reversed())
                    .thenComparingInt(t -> t.inFile() ? 1 : 0));
            analysis.place.put(incoming, analysis.rows.size());
            analysis.rows.add(new Row(incoming, details,
                    targets.isEmpty() ? null : new ImportMatch(incoming, targets, doNotContact)));
            rowKeys.add(keys);
            earlier.add(analysis.rows.size() - 1, keys);
        }
        return analysis;
    }

    /** One record cleaned and checked: its faults ("" when it can be stored) and, when it can, its match keys. */
    private record Checked(ContactDetails details, String problem, ContactIndex.Keys keys) {
    }

    /**
     * Every record cleaned and checked, in order. Records are independent, so a large file is checked on every
     * core, as it is read (decision 0029).
     */
    private List<Checked> checkAll(List<IncomingContact> incoming) {
        IntStream indexes = IntStream.range(0, incoming.size());
        if (incoming.size() >= PARALLEL_FROM) {
            indexes = indexes.parallel();
        }
        return indexes.mapToObj(i -> {
            ContactDetails details = cleanIncoming(incoming.get(i).details());
            String problem = problems(details);
            return new Checked(details, problem, problem.isEmpty() ? ContactIndex.Keys.of(details) : null);
        }).toList();
    }

    /** The value shown for a match: the record's shared email address, else its shared phone, else its name. */
    private static String value(ContactDetails details, ContactIndex.Keys keys, ContactIndex.Keys other) {
        for (String email : details.emails()) {
            if (other.emails().contains(ContactKeys.email(email))) {
                return email;
            }
        }
        for (String phone : details.phones()) {
            if (other.phones().contains(ContactKeys.phone(phone))) {
                return phone;
            }
        }
        return details.name();
    }

    /**
     * What a record became, for a later record that matches it: a stored contact, the {@code pending}-th new
     * contact, or nothing (left out as do not contact).
     */
    private record Became(Contact stored, int pending) {
        static final Became BLOCKED = new Became(null, -1);
    }

    private Plan plan(ContactsRead read, ImportOptions options, List<String> tags, Progress progress) {
        Analysis analysis = analyse(read, progress);
        Plan plan = new Plan();
        plan.rejected.addAll(analysis.rejected);
        Map<Long, ContactDetails> current = new LinkedHashMap<>();
        List<Became> became = new ArrayList<>(analysis.rows.size());
        for (Row row : analysis.rows) {
            ImportMatch match = row.match();
            if (match == null) {
                became.add(create(plan, row.details(), tags));
                continue;
            }
            if (match.doNotContact()) {
                plan.doNotContact++;
                became.add(Became.BLOCKED);
                continue;
            }
            DuplicateAction action = options.actionFor(match);
            if (action == DuplicateAction.CREATE) {
                became.add(create(plan, row.details(), tags));
                continue;
            }
            ImportMatch.Target target = match.first();
            Became into = target.existing() != null ? new Became(target.existing(), -1)
                    : became.get(analysis.place.get(target.earlier()));
            if (action == DuplicateAction.SKIP) {
                plan.skipped++;
                became.add(into);
                continue;
            }
            if (into == Became.BLOCKED) {
                // Chosen to merge into a record left out as do not contact: never merged.
                plan.doNotContact++;
            } else if (into.stored() == null) {
                ContactDetails was = plan.pending.get(into.pending());
                ContactDetails now = mergeWithNote(was, row.details(), tags, read.fileName());
                plan.pending.set(into.pending(), now);
                countMerge(plan, !now.equals(was));
            } else {
                Contact stored = into.stored();
                ContactDetails was = current.getOrDefault(stored.id(), stored.details());
                ContactDetails now = mergeWithNote(was, row.details(), tags, read.fileName());
                current.put(stored.id(), now);
                if (!now.equals(stored.details())) {
                    plan.before.putIfAbsent(stored.id(), stored);
                    plan.merged.put(stored.id(), now);
                }
                countMerge(plan, !now.equals(was));
            }
            became.add(into);
        }
        progress.done(read.contacts().size(), read.contacts().size());
        return plan;
    }

    private static Became create(Plan plan, ContactDetails details, List<String> tags) {
        plan.pending.add(withTags(details, tags));
        return new Became(null, plan.pending.size() - 1);
    }

    private static void countMerge(Plan plan, boolean changed) {
        if (changed) {
            plan.mergedRecords++;
        } else {
            plan.upToDate++;
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

    /** Everything wrong with a record, in the UI language, on one line; "" when it can be stored. */
    private String problems(ContactDetails d) {
        Faults faults = new Faults(messages);
        if (ContactValidation.name(d.name()).isPresent()) {
            faults.add(d.name().isEmpty()
                    ? messages.get("exchange.import.noName") : messages.get("exchange.import.tooLong"),
                    d.name().isEmpty() ? messages.get("exchange.import.noName.brief")
                            : messages.format("exchange.import.nameTooLong", ContactValidation.MAX_NAME));
        }
        for (String email : d.emails()) {
            if (ContactValidation.email(email).isPresent()) {
                faults.add(messages.format("exchange.import.badEmail", email),
                        messages.format("exchange.import.badEmail.brief", email));
            }
        }
        for (String phone : d.phones()) {
            java.util.Optional<String> fault = ContactValidation.phone(phone);
            if (fault.isPresent()) {
                // the editor's reason, in the import's words: badPhone, badPhoneDanish or badPhoneCountry
                String key = "exchange.import.badPhone" + fault.get().substring("contact.error.phone".length());
                faults.add(messages.format(key, phone), messages.format(key + ".brief", phone));
            }
        }
        for (String text : List.of(d.city(), d.facebook(), d.instagram(), d.linkedin(), d.tiktok())) {
            if (ContactValidation.line(text).isPresent()) {
                faults.add(messages.get("exchange.import.tooLong"), messages.format("exchange.import.lineTooLong",
                        ContactDraft.shorten(text.strip()), ContactValidation.MAX_LINE));
            }
        }
        if (d.birthday() != null && d.birthday().isAfter(LocalDate.of(2100, 1, 1))) {
            faults.add(messages.get("exchange.import.badBirthday"), messages.get("exchange.import.badBirthday.brief"));
        }
        if (faults.isEmpty() && !ContactValidation.isValid(d)) {
            faults.add(messages.get("exchange.import.tooLong"));
        }
        return faults.text();
    }
}
