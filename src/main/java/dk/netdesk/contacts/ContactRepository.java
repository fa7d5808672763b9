package dk.netdesk.contacts;

import dk.netdesk.db.TextOrder;
import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.CONTACT_EMAIL;
import static dk.netdesk.db.generated.Tables.CONTACT_PHONE;
import static dk.netdesk.db.generated.Tables.CONTACT_TAG;

import dk.netdesk.db.Database;
import dk.netdesk.db.generated.tables.records.ContactRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The SQL of the contact aggregate: the contact row's identity and detail columns, and its phones,
 * emails and tags. The board's columns of the same row (stage placement, follow-up, do-not-contact)
 * belong to the pipeline and are never written here. Every method is one transaction, and joins
 * the caller's when run inside {@link Database#inTransaction}. Nothing here publishes a change: the
 * contact service does that once its whole transaction has committed.
 */
public final class ContactRepository {

    private final Database database;
    private final Clock clock;

    public ContactRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every contact with all its details, sorted by name. Four queries whatever the count. */
    public List<Contact> findAll() {
        return dsl().transactionResult(() -> {
            Map<Long, List<String>> phones = children(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE, CONTACT_PHONE.POSITION, null);
            Map<Long, List<String>> emails = children(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL, CONTACT_EMAIL.POSITION, null);
            Map<Long, List<String>> tags = children(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG, CONTACT_TAG.TAG.collate(TextOrder.COLLATION), null);
            return dsl().selectFrom(CONTACT).orderBy(CONTACT.NAME.collate(TextOrder.COLLATION), CONTACT.ID)
                    .fetch(r -> toContact(r, phones.getOrDefault(r.getId(), List.of()),
                            emails.getOrDefault(r.getId(), List.of()), tags.getOrDefault(r.getId(), List.of())));
        });
    }

    /** One contact with all its details, or empty when there is none with this id. */
    public Optional<Contact> find(long id) {
        return dsl().transactionResult(() -> {
            ContactRecord r = dsl().selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOne();
            if (r == null) {
                return Optional.<Contact>empty();
            }
            return Optional.of(toContact(r,
                    children(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE, CONTACT_PHONE.POSITION, id).getOrDefault(id, List.of()),
                    children(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL, CONTACT_EMAIL.POSITION, id).getOrDefault(id, List.of()),
                    children(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG, CONTACT_TAG.TAG.collate(TextOrder.COLLATION), id).getOrDefault(id, List.of())));
        });
    }

    /**
     * Stores a new contact (not yet on the board) and returns its id.
     *
     * @throws IllegalArgumentException when a field is invalid ({@link ContactValidation}); nothing is written
     */
    public long insert(ContactDetails details) {
        ContactDetails clean = requireValid(details);
        String now = Instant.now(clock).toString();
        return dsl().transactionResult(() -> {
            long id = dsl().insertInto(CONTACT).set(CONTACT.NAME, clean.name())
                    .set(CONTACT.CREATED_AT, now).set(CONTACT.UPDATED_AT, now)
                    .returning(CONTACT.ID).fetchOne().getId();
            writeDetails(id, clean, now);
            return id;
        });
    }

    /**
     * Stores many new contacts (not yet on the board) in the caller's transaction, with one prepared
     * statement per table reused for every row, and returns their ids in the order given. For imports.
     *
     * @throws IllegalArgumentException when any contact is invalid ({@link ContactValidation}); checked for
     *                                  all before anything is written
     */
    public List<Long> insertAll(List<ContactDetails> all) {
        List<ContactDetails> clean = all.stream().map(ContactRepository::requireValid).toList();
        String now = Instant.now(clock).toString();
        return dsl().transactionResult(() -> {
            String sql = dsl().render(dsl().insertInto(CONTACT, CONTACT.NAME, CONTACT.PHONE, CONTACT.EMAIL,
                    CONTACT.NOTES, CONTACT.FACEBOOK, CONTACT.INSTAGRAM, CONTACT.LINKEDIN, CONTACT.TIKTOK, CONTACT.CITY,
                    CONTACT.BIRTHDAY, CONTACT.SOURCE, CONTACT.REFERRED_BY, CONTACT.INTEREST, CONTACT.CREATED_AT,
                    CONTACT.UPDATED_AT).values((String) null, (String) null, (String) null, (String) null, (String) null, (String) null,
                    (String) null, (String) null, (String) null, (String) null, (String) null, (Long) null,
                    (String) null, (String) null, (String) null));
            List<Long> ids = new ArrayList<>(clean.size());
            dsl().connection(connection -> {
                try (java.sql.PreparedStatement insert = connection.prepareStatement(sql,
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    for (ContactDetails d : clean) {
                        Object[] values = {d.name(), d.phones().isEmpty() ? "" : d.phones().get(0),
                                d.emails().isEmpty() ? "" : d.emails().get(0), d.notes(), d.facebook(), d.instagram(),
                                d.linkedin(), d.tiktok(), d.city(), d.birthday() == null ? null : d.birthday().toString(),
                                d.source() == null ? null : d.source().name(), d.referredBy(),
                                d.interest() == null ? null : d.interest().name(), now, now};
                        for (int i = 0; i < values.length; i++) {
                            insert.setObject(i + 1, values[i]);
                        }
                        insert.executeUpdate();
                        try (java.sql.ResultSet key = insert.getGeneratedKeys()) {
                            key.next();
                            ids.add(key.getLong(1));
                        }
                    }
                }
            });
            var phones = dsl().batch(dsl().insertInto(CONTACT_PHONE, CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION,
                    CONTACT_PHONE.PHONE).values((Long) null, (Long) null, (String) null));
            var emails = dsl().batch(dsl().insertInto(CONTACT_EMAIL, CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.POSITION,
                    CONTACT_EMAIL.EMAIL).values((Long) null, (Long) null, (String) null));
            var tags = dsl().batch(dsl().insertInto(CONTACT_TAG, CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG)
                    .values((Long) null, (String) null));
            int phoneRows = 0;
            int emailRows = 0;
            int tagRows = 0;
            Map<String, String> inUse = tagsInUse();
            for (int c = 0; c < clean.size(); c++) {
                ContactDetails d = clean.get(c);
                long id = ids.get(c);
                for (int i = 1; i < d.phones().size(); i++, phoneRows++) {
                    phones = phones.bind(id, (long) i, d.phones().get(i));
                }
                for (int i = 1; i < d.emails().size(); i++, emailRows++) {
                    emails = emails.bind(id, (long) i, d.emails().get(i));
                }
                for (String tag : d.tags()) {
                    tags = tags.bind(id, spelling(inUse, tag));
                    tagRows++;
                }
            }
            if (phoneRows > 0) {
                phones.execute();
            }
            if (emailRows > 0) {
                emails.execute();
            }
            if (tagRows > 0) {
                tags.execute();
            }
            return ids;
        });
    }

    /**
     * Gives a stored contact back the details and "updated" time it had (undo of a merge). Does nothing
     * when the contact no longer exists. Joins the caller's transaction.
     */
    public void putBack(Contact before) {
        dsl().transaction(() -> {
            if (dsl().fetchExists(CONTACT, CONTACT.ID.eq(before.id()))) {
                writeDetails(before.id(), before.details(), before.updatedAt().toString());
            }
        });
    }

    /**
     * Deletes many contact rows at once (undo of an import); the database removes what hangs on them and
     * clears the "referred by" of contacts they had referred. Ids that no longer exist are passed over.
     * The board must have let them go first. Joins the caller's transaction.
     */
    public void deleteAll(java.util.Collection<Long> ids) {
        dsl().transaction(() -> {
            List<Long> list = List.copyOf(ids);
            for (int from = 0; from < list.size(); from += 500) {
                dsl().deleteFrom(CONTACT).where(CONTACT.ID.in(list.subList(from, Math.min(list.size(), from + 500))))
                        .execute();
            }
        });
    }

    /**
     * Saves all details of a stored contact.
     *
     * @throws IllegalArgumentException when a field is invalid or the contact would refer itself
     * @throws IllegalStateException    when the contact no longer exists
     */
    public void update(long id, ContactDetails details) {
        ContactDetails clean = requireValid(details);
        if (clean.referredBy() != null && clean.referredBy() == id) {
            throw new IllegalArgumentException("A contact cannot refer itself");
        }
        String now = Instant.now(clock).toString();
        dsl().transaction(() -> {
            if (dsl().fetchCount(CONTACT, CONTACT.ID.eq(id)) != 1) {
                throw new IllegalStateException("Contact " + id + " no longer exists");
            }
            writeDetails(id, clean, now);
        });
    }

    private void writeDetails(long id, ContactDetails d, String now) {
        DSLContext tx = dsl();
        tx.update(CONTACT)
                .set(CONTACT.NAME, d.name())
                .set(CONTACT.PHONE, d.phones().isEmpty() ? "" : d.phones().get(0))
                .set(CONTACT.EMAIL, d.emails().isEmpty() ? "" : d.emails().get(0))
                .set(CONTACT.NOTES, d.notes())
                .set(CONTACT.FACEBOOK, d.facebook())
                .set(CONTACT.INSTAGRAM, d.instagram())
                .set(CONTACT.LINKEDIN, d.linkedin())
                .set(CONTACT.TIKTOK, d.tiktok())
                .set(CONTACT.CITY, d.city())
                .set(CONTACT.BIRTHDAY, d.birthday() == null ? null : d.birthday().toString())
                .set(CONTACT.SOURCE, d.source() == null ? null : d.source().name())
                .set(CONTACT.REFERRED_BY, d.referredBy())
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
        Map<String, String> inUse = tagsInUse();
        for (String tag : d.tags()) {
            tx.insertInto(CONTACT_TAG).set(CONTACT_TAG.CONTACT_ID, id).set(CONTACT_TAG.TAG, spelling(inUse, tag)).execute();
        }
    }

    /**
     * The tags other contacts have, by {@link TextOrder#fold} key, each in its first stored spelling: a tag
     * that differs from one in use only by case is stored as that one ("HUDPLEJE" becomes "Hudpleje").
     */
    private Map<String, String> tagsInUse() {
        Map<String, String> inUse = new HashMap<>();
        dsl().select(CONTACT_TAG.TAG).from(CONTACT_TAG).orderBy(DSL.field("rowid"))
                .forEach(r -> inUse.putIfAbsent(TextOrder.fold(r.value1()), r.value1()));
        return inUse;
    }

    /** The spelling in use for {@code tag}, or {@code tag} itself, which is then in use. */
    private static String spelling(Map<String, String> inUse, String tag) {
        return inUse.computeIfAbsent(TextOrder.fold(tag), k -> tag);
    }

    /**
     * Stored contacts (other than {@code exceptId}, which may be null) that share an email (ignoring
     * case) or a normalised phone number ({@link PhoneNumbers#normalise}) with the given ones, by name.
     */
    public List<Contact> findDuplicates(List<String> phones, List<String> emails, Long exceptId) {
        Set<String> wantedPhones = new LinkedHashSet<>();
        phones.stream().map(PhoneNumbers::normalise).filter(p -> !p.isEmpty()).forEach(wantedPhones::add);
        Set<String> wantedEmails = new LinkedHashSet<>();
        emails.stream().map(ContactKeys::email).filter(e -> !e.isEmpty()).forEach(wantedEmails::add);
        if (wantedPhones.isEmpty() && wantedEmails.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Contact c : findAll()) {
            boolean phone = c.details().phones().stream().map(PhoneNumbers::normalise).anyMatch(wantedPhones::contains);
            boolean email = c.details().emails().stream().map(ContactKeys::email).anyMatch(wantedEmails::contains);
            if ((phone || email) && (exceptId == null || c.id() != exceptId)) {
                ids.add(c.id());
            }
        }
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Id and name of every contact, sorted by name: the choices for "referred by". */
    public List<ContactRef> names() {
        return dsl().select(CONTACT.ID, CONTACT.NAME).from(CONTACT).orderBy(CONTACT.NAME.collate(TextOrder.COLLATION), CONTACT.ID)
                .fetch(r -> new ContactRef(r.value1(), r.value2()));
    }

    /**
     * What deleting a contact removes from this aggregate, to put it back on undo.
     *
     * @param contact   the contact as it was, with its details and dates
     * @param referrals the contacts it had referred (their "referred by" is cleared by the delete)
     */
    public record Deleted(Contact contact, List<Long> referrals) {
    }

    /**
     * Deletes a contact row; the database removes its phones, emails, tags and everything else that
     * hangs on it, and clears the "referred by" of contacts it had referred. Returns what this
     * aggregate needs to restore it, or empty when there was no such contact.
     */
    public Optional<Deleted> delete(long id) {
        return dsl().transactionResult(() -> {
            Optional<Contact> existing = find(id);
            if (existing.isEmpty()) {
                return Optional.<Deleted>empty();
            }
            List<Long> referrals = dsl().select(CONTACT.ID).from(CONTACT).where(CONTACT.REFERRED_BY.eq(id))
                    .fetch(CONTACT.ID);
            dsl().deleteFrom(CONTACT).where(CONTACT.ID.eq(id)).execute();
            return Optional.of(new Deleted(existing.get(), referrals));
        });
    }

    /**
     * Puts a deleted contact back with its id, details and dates (undo of delete), and points the
     * contacts it had referred at it again unless they have another referrer now. A referrer that
     * no longer exists is dropped.
     */
    public void restore(Deleted deleted) {
        Contact c = deleted.contact();
        dsl().transaction(() -> {
            ContactDetails details = c.details();
            if (details.referredBy() != null && !dsl().fetchExists(CONTACT, CONTACT.ID.eq(details.referredBy()))) {
                details = new ContactDetails(details.name(), details.phones(), details.emails(), details.facebook(),
                        details.instagram(), details.linkedin(), details.tiktok(), details.city(), details.birthday(),
                        details.source(), null, details.interest(), details.tags(), details.notes());
            }
            dsl().insertInto(CONTACT).set(CONTACT.ID, c.id()).set(CONTACT.NAME, details.name())
                    .set(CONTACT.CREATED_AT, c.createdAt().toString()).set(CONTACT.UPDATED_AT, c.updatedAt().toString())
                    .execute();
            writeDetails(c.id(), details, c.updatedAt().toString());
            dsl().update(CONTACT).set(CONTACT.REFERRED_BY, c.id())
                    .where(CONTACT.ID.in(deleted.referrals())).and(CONTACT.REFERRED_BY.isNull()).execute();
        });
    }

    /** The contacts whose "referred by" is {@code id}, by name. */
    public List<ContactRef> referredBy(long id) {
        return dsl().select(CONTACT.ID, CONTACT.NAME).from(CONTACT).where(CONTACT.REFERRED_BY.eq(id))
                .orderBy(CONTACT.NAME.collate(TextOrder.COLLATION)).fetch(r -> new ContactRef(r.value1(), r.value2()));
    }

    /**
     * The contacts other than {@code exceptId} whose notes contain {@code text}, ignoring case (any
     * language's letters), by name. A blank text mentions nobody.
     */
    public List<ContactRef> notesMentioning(String text, long exceptId) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return dsl().select(CONTACT.ID, CONTACT.NAME, CONTACT.NOTES).from(CONTACT)
                .where(CONTACT.ID.ne(exceptId)).and(CONTACT.NOTES.ne(""))
                .orderBy(CONTACT.NAME.collate(TextOrder.COLLATION))
                .fetch().stream()
                .filter(r -> r.value3().toLowerCase(Locale.ROOT).contains(needle))
                .map(r -> new ContactRef(r.value1(), r.value2()))
                .toList();
    }

    public int count() {
        return dsl().fetchCount(CONTACT);
    }

    private static ContactDetails requireValid(ContactDetails details) {
        ContactDetails clean = ContactValidation.clean(details);
        if (!ContactValidation.isValid(clean)) {
            throw new IllegalArgumentException("Invalid contact: " + clean);
        }
        return clean;
    }

    /** Child values (phones, emails or tags) by contact id, in {@code order}; {@code only} limits to one contact (or null). */
    private Map<Long, List<String>> children(TableField<?, Long> owner, TableField<?, String> value,
                                             Field<?> order, Long only) {
        Map<Long, List<String>> byContact = new HashMap<>();
        dsl().select(owner, value).from(owner.getTable())
                .where(only == null ? DSL.noCondition() : owner.eq(only))
                .orderBy(owner, order)
                .forEach(r -> byContact.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byContact;
    }

    private static Contact toContact(ContactRecord r, List<String> morePhones, List<String> moreEmails,
                                     List<String> tags) {
        List<String> phones = new ArrayList<>();
        if (!r.getPhone().isEmpty()) {
            phones.add(r.getPhone());
        }
        phones.addAll(morePhones);
        List<String> emails = new ArrayList<>();
        if (!r.getEmail().isEmpty()) {
            emails.add(r.getEmail());
        }
        emails.addAll(moreEmails);
        ContactDetails details = new ContactDetails(r.getName(), phones, emails, r.getFacebook(), r.getInstagram(),
                r.getLinkedin(), r.getTiktok(), r.getCity(),
                r.getBirthday() == null ? null : LocalDate.parse(r.getBirthday()),
                r.getSource() == null ? null : Source.valueOf(r.getSource()), r.getReferredBy(),
                r.getInterest() == null ? null : Interest.valueOf(r.getInterest()), tags, r.getNotes());
        return new Contact(r.getId(), details, r.getDoNotContact() == 1L, r.getDoNotContactReason(),
                Instant.parse(r.getCreatedAt()), Instant.parse(r.getUpdatedAt()));
    }

    private DSLContext dsl() {
        return database.dsl();
    }
}
