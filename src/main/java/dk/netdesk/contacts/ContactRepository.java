package dk.netdesk.contacts;

import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;
import static dk.netdesk.db.generated.Tables.CONSENT;
import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.CONTACT_EMAIL;
import static dk.netdesk.db.generated.Tables.CONTACT_PHONE;
import static dk.netdesk.db.generated.Tables.CONTACT_TAG;
import static dk.netdesk.db.generated.Tables.INTERACTION;
import static dk.netdesk.db.generated.Tables.LIBRARY_SCRIPT_USE;
import static dk.netdesk.db.generated.Tables.STAGE;
import static dk.netdesk.db.generated.Tables.STAGE_HISTORY;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.generated.tables.records.ContactRecord;
import dk.netdesk.db.generated.tables.records.StageHistoryRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/** The SQL of the contact aggregate. Every method is one transaction; writes publish {@code CONTACTS}. */
public final class ContactRepository {

    private final Database database;
    private final Changes changes;
    private final Clock clock;
    /** Deleted contacts by id, with what went with them, for undo. Touched only on the database thread. */
    private final Map<Long, DeletedContact> deleted = new ConcurrentHashMap<>();

    public ContactRepository(Database database, Changes changes, Clock clock) {
        this.database = database;
        this.changes = changes;
        this.clock = clock;
    }

    public List<Contact> findAll() {
        return dsl().selectFrom(CONTACT)
                .orderBy(CONTACT.NAME.collate("NOCASE"), CONTACT.ID)
                .fetch(ContactRepository::toContact);
    }

    public Optional<Contact> find(long id) {
        return dsl().selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOptional(ContactRepository::toContact);
    }

    /** Creates a contact at the end of the first stage of the board (if there are stages yet). */
    public Contact create(ContactDraft draft) {
        ContactDraft clean = requireValid(draft);
        String now = Instant.now(clock).toString();
        ContactRecord record = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ContactRecord inserted = tx.insertInto(CONTACT)
                    .set(CONTACT.NAME, clean.name())
                    .set(CONTACT.PHONE, clean.phone())
                    .set(CONTACT.EMAIL, clean.email())
                    .set(CONTACT.NOTES, clean.notes())
                    .set(CONTACT.CREATED_AT, now)
                    .set(CONTACT.UPDATED_AT, now)
                    .returning()
                    .fetchOne();
            placeAtEndOfFirstStage(tx, inserted.getId(), now);
            return inserted;
        });
        changes.publish(Changes.Topic.CONTACTS);
        return toContact(record);
    }

    /**
     * Puts a contact with no stage at the end of the first stage and records that in its stage
     * history. Does nothing while there are no stages. Call inside a transaction.
     */
    public static void placeAtEndOfFirstStage(DSLContext tx, long contactId, String now) {
        var first = tx.select(STAGE.ID, STAGE.NAME).from(STAGE).orderBy(STAGE.POSITION).limit(1).fetchOptional();
        if (first.isEmpty()) {
            return;
        }
        long stageId = first.get().value1();
        int count = tx.fetchCount(CONTACT, CONTACT.STAGE_ID.eq(stageId));
        tx.update(CONTACT)
                .set(CONTACT.STAGE_ID, stageId)
                .set(CONTACT.STAGE_POSITION, (long) count)
                .set(CONTACT.STAGE_ENTERED_AT, now)
                .set(CONTACT.LAST_TOUCHED_AT, now)
                .where(CONTACT.ID.eq(contactId))
                .execute();
        tx.insertInto(STAGE_HISTORY)
                .set(STAGE_HISTORY.CONTACT_ID, contactId)
                .set(STAGE_HISTORY.STAGE_ID, stageId)
                .set(STAGE_HISTORY.STAGE_NAME, first.get().value2())
                .set(STAGE_HISTORY.ENTERED_AT, now)
                .execute();
    }

    /** Creates a contact with all its details, on the board like {@link #create}. */
    public Contact create(ContactDetails details) {
        ContactDetails clean = requireValid(details);
        String now = Instant.now(clock).toString();
        long id = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long newId = tx.insertInto(CONTACT)
                    .set(CONTACT.NAME, clean.name())
                    .set(CONTACT.CREATED_AT, now)
                    .set(CONTACT.UPDATED_AT, now)
                    .returning(CONTACT.ID)
                    .fetchOne().getId();
            writeDetails(tx, newId, clean, now);
            placeAtEndOfFirstStage(tx, newId, now);
            return newId;
        });
        changes.publish(Changes.Topic.CONTACTS);
        return find(id).orElseThrow();
    }

    /** Saves all details of an existing contact in one transaction. */
    public Contact update(long id, ContactDetails details) {
        ContactDetails clean = requireValid(details);
        String now = Instant.now(clock).toString();
        dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (tx.fetchCount(CONTACT, CONTACT.ID.eq(id)) != 1) {
                throw new IllegalStateException("Contact " + id + " no longer exists");
            }
            if (clean.referredBy() != null && clean.referredBy() == id) {
                throw new IllegalArgumentException("A contact cannot refer itself");
            }
            writeDetails(tx, id, clean, now);
        });
        changes.publish(Changes.Topic.CONTACTS);
        return find(id).orElseThrow();
    }

    private static void writeDetails(DSLContext tx, long id, ContactDetails d, String now) {
        ContactDraft draft = d.draft();
        tx.update(CONTACT)
                .set(CONTACT.NAME, draft.name())
                .set(CONTACT.PHONE, draft.phone())
                .set(CONTACT.EMAIL, draft.email())
                .set(CONTACT.NOTES, draft.notes())
                .set(CONTACT.FACEBOOK, d.facebook())
                .set(CONTACT.INSTAGRAM, d.instagram())
                .set(CONTACT.LINKEDIN, d.linkedin())
                .set(CONTACT.TIKTOK, d.tiktok())
                .set(CONTACT.CITY, d.city())
                .set(CONTACT.BIRTHDAY, d.birthday() == null ? null : d.birthday().toString())
                .set(CONTACT.SOURCE, d.source() == null ? null : d.source().name())
                .set(CONTACT.REFERRED_BY, d.source() == Source.REFERRAL ? d.referredBy() : null)
                .set(CONTACT.INTEREST, d.interest() == null ? null : d.interest().name())
                .set(CONTACT.UPDATED_AT, now)
                .where(CONTACT.ID.eq(id))
                .execute();
        tx.deleteFrom(CONTACT_PHONE).where(CONTACT_PHONE.CONTACT_ID.eq(id)).execute();
        for (int i = 1; i < d.phones().size(); i++) {
            tx.insertInto(CONTACT_PHONE).set(CONTACT_PHONE.CONTACT_ID, id).set(CONTACT_PHONE.POSITION, (long) i)
                    .set(CONTACT_PHONE.PHONE, d.phones().get(i)).execute();
        }
        tx.deleteFrom(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(id)).execute();
        for (int i = 1; i < d.emails().size(); i++) {
            tx.insertInto(CONTACT_EMAIL).set(CONTACT_EMAIL.CONTACT_ID, id).set(CONTACT_EMAIL.POSITION, (long) i)
                    .set(CONTACT_EMAIL.EMAIL, d.emails().get(i)).execute();
        }
        tx.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(id)).execute();
        for (String tag : d.tags()) {
            tx.insertInto(CONTACT_TAG).set(CONTACT_TAG.CONTACT_ID, id).set(CONTACT_TAG.TAG, tag).execute();
        }
    }

    /** All details of a stored contact. */
    public Optional<ContactDetails> details(long id) {
        return dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ContactRecord r = tx.selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOne();
            if (r == null) {
                return Optional.<ContactDetails>empty();
            }
            List<String> phones = new ArrayList<>();
            if (!r.getPhone().isEmpty()) {
                phones.add(r.getPhone());
            }
            phones.addAll(tx.select(CONTACT_PHONE.PHONE).from(CONTACT_PHONE).where(CONTACT_PHONE.CONTACT_ID.eq(id))
                    .orderBy(CONTACT_PHONE.POSITION).fetch(CONTACT_PHONE.PHONE));
            List<String> emails = new ArrayList<>();
            if (!r.getEmail().isEmpty()) {
                emails.add(r.getEmail());
            }
            emails.addAll(tx.select(CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(id))
                    .orderBy(CONTACT_EMAIL.POSITION).fetch(CONTACT_EMAIL.EMAIL));
            List<String> tags = tx.select(CONTACT_TAG.TAG).from(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(id))
                    .orderBy(CONTACT_TAG.TAG).fetch(CONTACT_TAG.TAG);
            return Optional.of(new ContactDetails(r.getName(), phones, emails, r.getFacebook(), r.getInstagram(),
                    r.getLinkedin(), r.getTiktok(), r.getCity(),
                    r.getBirthday() == null ? null : LocalDate.parse(r.getBirthday()),
                    r.getSource() == null ? null : Source.valueOf(r.getSource()), r.getReferredBy(),
                    r.getInterest() == null ? null : Interest.valueOf(r.getInterest()), tags, r.getNotes()));
        });
    }

    /**
     * Stored contacts (other than {@code exceptId}) that share an email (ignoring case) or a
     * normalised phone number with the given ones.
     */
    public List<Contact> findDuplicates(List<String> phones, List<String> emails, Long exceptId) {
        Set<String> wantedPhones = new LinkedHashSet<>();
        phones.stream().map(PhoneNumbers::normalise).filter(p -> !p.isEmpty()).forEach(wantedPhones::add);
        Set<String> wantedEmails = new LinkedHashSet<>();
        emails.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).forEach(wantedEmails::add);
        if (wantedPhones.isEmpty() && wantedEmails.isEmpty()) {
            return List.of();
        }
        return dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Set<Long> ids = new LinkedHashSet<>();
            Map<Long, List<String>> allPhones = new LinkedHashMap<>();
            tx.select(CONTACT.ID, CONTACT.PHONE, CONTACT.EMAIL).from(CONTACT).fetch().forEach(r -> {
                allPhones.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                if (wantedEmails.contains(r.value3().toLowerCase(Locale.ROOT))) {
                    ids.add(r.value1());
                }
            });
            tx.select(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE).from(CONTACT_PHONE).fetch()
                    .forEach(r -> allPhones.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            tx.select(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL).fetch().forEach(r -> {
                if (wantedEmails.contains(r.value2().toLowerCase(Locale.ROOT))) {
                    ids.add(r.value1());
                }
            });
            allPhones.forEach((id, list) -> {
                if (list.stream().map(PhoneNumbers::normalise).anyMatch(wantedPhones::contains)) {
                    ids.add(id);
                }
            });
            if (exceptId != null) {
                ids.remove(exceptId);
            }
            return tx.selectFrom(CONTACT).where(CONTACT.ID.in(ids)).orderBy(CONTACT.NAME.collate("NOCASE"))
                    .fetch(ContactRepository::toContact);
        });
    }

    /** Id and name of every contact, sorted by name: the choices for "referred by". */
    public List<ContactRef> names() {
        return dsl().select(CONTACT.ID, CONTACT.NAME).from(CONTACT).orderBy(CONTACT.NAME.collate("NOCASE"), CONTACT.ID)
                .fetch(r -> new ContactRef(r.value1(), r.value2()));
    }

    public Contact update(long id, ContactDraft draft) {
        ContactDraft clean = requireValid(draft);
        int updated = dsl().update(CONTACT)
                .set(CONTACT.NAME, clean.name())
                .set(CONTACT.PHONE, clean.phone())
                .set(CONTACT.EMAIL, clean.email())
                .set(CONTACT.NOTES, clean.notes())
                .set(CONTACT.UPDATED_AT, Instant.now(clock).toString())
                .where(CONTACT.ID.eq(id))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("Contact " + id + " no longer exists");
        }
        changes.publish(Changes.Topic.CONTACTS);
        return find(id).orElseThrow();
    }

    /**
     * Deletes and returns what was deleted, so that it can be restored. The cards below it in
     * its stage move up, so positions stay dense. Until the app closes, the repository keeps what
     * the delete removed with it (phones, emails, tags, timeline, stage history, consent log, and
     * which events, script uses and referrals pointed at it), so that {@link #restore} brings all
     * of it back.
     */
    public Optional<Contact> delete(long id) {
        Optional<Contact> existing = dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ContactRecord r = tx.selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOne();
            if (r == null) {
                return Optional.<Contact>empty();
            }
            List<TableRecord<?>> children = new ArrayList<>();
            for (Table<? extends TableRecord<?>> table : CHILD_TABLES) {
                children.addAll(tx.selectFrom(table).where(contactIdOf(table).eq(id)).fetch());
            }
            deleted.put(id, new DeletedContact(r, children,
                    tx.select(CALENDAR_EVENT.ID).from(CALENDAR_EVENT).where(CALENDAR_EVENT.CONTACT_ID.eq(id)).fetch(CALENDAR_EVENT.ID),
                    tx.select(LIBRARY_SCRIPT_USE.ID).from(LIBRARY_SCRIPT_USE).where(LIBRARY_SCRIPT_USE.CONTACT_ID.eq(id))
                            .fetch(LIBRARY_SCRIPT_USE.ID),
                    tx.select(CONTACT.ID).from(CONTACT).where(CONTACT.REFERRED_BY.eq(id)).fetch(CONTACT.ID)));
            tx.deleteFrom(CONTACT).where(CONTACT.ID.eq(id)).execute();
            if (r.getStageId() != null) {
                tx.update(CONTACT).set(CONTACT.STAGE_POSITION, CONTACT.STAGE_POSITION.minus(1))
                        .where(CONTACT.STAGE_ID.eq(r.getStageId()).and(CONTACT.STAGE_POSITION.gt(r.getStagePosition())))
                        .execute();
            }
            return Optional.of(toContact(r));
        });
        if (existing.isPresent()) {
            changes.publish(Changes.Topic.CONTACTS);
        }
        return existing;
    }

    /**
     * Puts a deleted contact back with its id and dates (undo of delete): in its old stage and place
     * with everything the delete removed, when this repository deleted it; otherwise at the end of
     * the first stage.
     */
    public void restore(Contact contact) {
        DeletedContact snapshot = deleted.remove(contact.id());
        dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (snapshot == null) {
                tx.insertInto(CONTACT)
                        .set(CONTACT.ID, contact.id())
                        .set(CONTACT.NAME, contact.name())
                        .set(CONTACT.PHONE, contact.phone())
                        .set(CONTACT.EMAIL, contact.email())
                        .set(CONTACT.NOTES, contact.notes())
                        .set(CONTACT.CREATED_AT, contact.createdAt().toString())
                        .set(CONTACT.UPDATED_AT, contact.updatedAt().toString())
                        .execute();
                placeAtEndOfFirstStage(tx, contact.id(), Instant.now(clock).toString());
                return;
            }
            restore(tx, snapshot);
        });
        changes.publish(Changes.Topic.CONTACTS);
    }

    private void restore(DSLContext tx, DeletedContact snapshot) {
        ContactRecord row = snapshot.contact().copy();
        row.setId(snapshot.contact().getId());
        if (row.getReferredBy() != null && !tx.fetchExists(CONTACT, CONTACT.ID.eq(row.getReferredBy()))) {
            row.setReferredBy(null);
        }
        Long stageId = row.getStageId();
        boolean stageExists = stageId != null && tx.fetchExists(STAGE, STAGE.ID.eq(stageId));
        if (stageExists) {
            tx.update(CONTACT).set(CONTACT.STAGE_POSITION, CONTACT.STAGE_POSITION.plus(1))
                    .where(CONTACT.STAGE_ID.eq(stageId).and(CONTACT.STAGE_POSITION.ge(row.getStagePosition())))
                    .execute();
        } else {
            row.setStageId(null);
            row.setStagePosition(0L);
        }
        row.changed(true);
        tx.executeInsert(row);
        if (!stageExists) {
            placeAtEndOfFirstStage(tx, row.getId(), Instant.now(clock).toString());
        }
        for (TableRecord<?> child : snapshot.children()) {
            if (child instanceof StageHistoryRecord visit && visit.getStageId() != null
                    && !tx.fetchExists(STAGE, STAGE.ID.eq(visit.getStageId()))) {
                visit.setStageId(null);
            }
            child.changed(true);
            tx.executeInsert(child);
        }
        long id = row.getId();
        tx.update(CALENDAR_EVENT).set(CALENDAR_EVENT.CONTACT_ID, id)
                .where(CALENDAR_EVENT.ID.in(snapshot.events())).and(CALENDAR_EVENT.CONTACT_ID.isNull()).execute();
        tx.update(LIBRARY_SCRIPT_USE).set(LIBRARY_SCRIPT_USE.CONTACT_ID, id)
                .where(LIBRARY_SCRIPT_USE.ID.in(snapshot.scriptUses())).and(LIBRARY_SCRIPT_USE.CONTACT_ID.isNull()).execute();
        tx.update(CONTACT).set(CONTACT.REFERRED_BY, id)
                .where(CONTACT.ID.in(snapshot.referrals())).and(CONTACT.REFERRED_BY.isNull()).execute();
    }

    /** What a delete removed with the contact, kept for undo while the app runs. */
    private record DeletedContact(ContactRecord contact, List<TableRecord<?>> children, List<Long> events,
                                  List<Long> scriptUses, List<Long> referrals) {
    }

    /** The tables whose rows are deleted with their contact (ON DELETE CASCADE), parents before children. */
    private static final List<Table<? extends TableRecord<?>>> CHILD_TABLES =
            List.of(CONTACT_PHONE, CONTACT_EMAIL, CONTACT_TAG, INTERACTION, STAGE_HISTORY, CONSENT);

    @SuppressWarnings("unchecked")
    private static Field<Long> contactIdOf(Table<?> table) {
        return (Field<Long>) table.field("contact_id");
    }

    public int count() {
        return dsl().fetchCount(CONTACT);
    }

    private static ContactDraft requireValid(ContactDraft draft) {
        ContactDraft clean = draft.trimmed();
        if (!ContactValidation.isValid(clean)) {
            throw new IllegalArgumentException("Invalid contact: " + clean);
        }
        return clean;
    }

    private static ContactDetails requireValid(ContactDetails details) {
        ContactDetails clean = ContactValidation.clean(details);
        if (!ContactValidation.isValid(clean)) {
            throw new IllegalArgumentException("Invalid contact: " + clean);
        }
        return clean;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    private static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), r.getName(), r.getPhone(), r.getEmail(), r.getNotes(),
                Instant.parse(r.getCreatedAt()), Instant.parse(r.getUpdatedAt()));
    }
}
