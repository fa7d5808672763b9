package dk.netdesk.contacts;

import static dk.netdesk.db.generated.Tables.CONTACT;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.generated.tables.records.ContactRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The SQL of the contact aggregate. Every method is one transaction; writes publish {@code CONTACTS}. */
public final class ContactRepository {

    private final Database database;
    private final Changes changes;
    private final Clock clock;

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

    public Contact create(ContactDraft draft) {
        ContactDraft clean = requireValid(draft);
        String now = Instant.now(clock).toString();
        ContactRecord record = dsl().insertInto(CONTACT)
                .set(CONTACT.NAME, clean.name())
                .set(CONTACT.PHONE, clean.phone())
                .set(CONTACT.EMAIL, clean.email())
                .set(CONTACT.NOTES, clean.notes())
                .set(CONTACT.CREATED_AT, now)
                .set(CONTACT.UPDATED_AT, now)
                .returning()
                .fetchOne();
        changes.publish(Changes.Topic.CONTACTS);
        return toContact(record);
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

    /** Deletes and returns what was deleted, so that it can be restored. */
    public Optional<Contact> delete(long id) {
        Optional<Contact> existing = find(id);
        if (existing.isPresent()) {
            dsl().deleteFrom(CONTACT).where(CONTACT.ID.eq(id)).execute();
            changes.publish(Changes.Topic.CONTACTS);
        }
        return existing;
    }

    /** Puts a deleted contact back with its id and dates (undo of delete). */
    public void restore(Contact contact) {
        dsl().insertInto(CONTACT)
                .set(CONTACT.ID, contact.id())
                .set(CONTACT.NAME, contact.name())
                .set(CONTACT.PHONE, contact.phone())
                .set(CONTACT.EMAIL, contact.email())
                .set(CONTACT.NOTES, contact.notes())
                .set(CONTACT.CREATED_AT, contact.createdAt().toString())
                .set(CONTACT.UPDATED_AT, contact.updatedAt().toString())
                .execute();
        changes.publish(Changes.Topic.CONTACTS);
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

    private DSLContext dsl() {
        return database.dsl();
    }

    private static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), r.getName(), r.getPhone(), r.getEmail(), r.getNotes(),
                Instant.parse(r.getCreatedAt()), Instant.parse(r.getUpdatedAt()));
    }
}
