package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactAttachment;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRef;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import java.util.List;
import java.util.Optional;

/**
 * The one way contacts are created, saved, deleted and restored, whichever screen asks. Each
 * command is one transaction over the contact repository, the board ({@link PipelineRepository})
 * and the links from the calendar and the library, and publishes {@code CONTACTS} once it has
 * committed, naming the caller as the change's origin. Call on the database thread.
 */
public final class ContactService {

    private final Database database;
    private final ContactRepository contacts;
    private final PipelineRepository pipeline;
    private final ContactLinks links;
    private final Changes changes;
    private final ContactAttachments attachments;

    /** @param attachments the contacts' attached files: a delete keeps them for undo, a restore puts the rows back */
    public ContactService(Database database, ContactRepository contacts, PipelineRepository pipeline, ContactLinks links,
                          Changes changes, ContactAttachments attachments) {
        this.database = database;
        this.contacts = contacts;
        this.pipeline = pipeline;
        this.links = links;
        this.changes = changes;
        this.attachments = attachments;
    }

    /**
     * Everything a delete took, to undo it: the contact, its place and history on the board, and
     * what pointed at it from the calendar and the library, and its attachment rows (their files stay
     * on disk until the next start). A plain value, kept by the undo command.
     */
    public record DeletedContact(ContactRepository.Deleted contact, PipelineRepository.BoardEntry board,
                                 ContactLinks.Linked links, List<ContactAttachment> attachments) {

        public long id() {
            return contact.contact().id();
        }

        public String name() {
            return contact.contact().name();
        }
    }

    /**
     * Stores a new contact and puts it at the end of the board's first stage.
     *
     * @param origin who asks (published with the change), or null
     * @throws IllegalArgumentException when a field is invalid; nothing is written
     */
    public Contact create(ContactDetails details, Object origin) {
        return create(details, null, null, origin);
    }

    /**
     * Stores a new contact at the end of the stage {@code stageId} (the first stage when null or no longer there)
     * with its next follow-up, in one transaction: when any part fails, nothing is stored.
     *
     * @param stageId  the stage the contact starts in, or null for the first
     * @param followUp its next follow-up (date, optional time and kind), or null for none
     * @param origin   who asks (published with the change), or null
     * @throws IllegalArgumentException when a field is invalid; nothing is written
     */
    public Contact create(ContactDetails details, Long stageId, NextFollowUp followUp, Object origin) {
        long id = database.inTransaction(() -> {
            long newId = contacts.insert(details);
            pipeline.placeAtEndOf(newId, stageId);
            if (followUp != null) {
                pipeline.writeNextFollowUp(newId, followUp);
            }
            return newId;
        });
        changes.publish(Changes.Topic.CONTACTS, origin);
        return contacts.find(id).orElseThrow();
    }

    /**
     * Saves a stored contact's details and returns it as stored.
     *
     * @throws IllegalArgumentException when a field is invalid
     * @throws IllegalStateException    when the contact no longer exists
     */
    public Contact update(long id, ContactDetails details, Object origin) {
        contacts.update(id, details);
        changes.publish(Changes.Topic.CONTACTS, origin);
        return contacts.find(id).orElseThrow();
    }

    /**
     * Deletes a contact with everything that hangs on it (its attachment rows go too; their files stay
     * on disk until the next start, so that undo finds them); empty when it was gone already.
     */
    public Optional<DeletedContact> delete(long id, Object origin) {
        Optional<DeletedContact> deleted = database.inTransaction(() -> {
            if (contacts.find(id).isEmpty()) {
                return Optional.<DeletedContact>empty();
            }
            ContactLinks.Linked linked = links.linkedTo(id);
            List<ContactAttachment> files = attachments.keepForUndo(id);
            PipelineRepository.BoardEntry board = pipeline.takeOff(id);
            return contacts.delete(id).map(gone -> new DeletedContact(gone, board, linked, files));
        });
        deleted.ifPresent(d -> changes.publish(Changes.Topic.CONTACTS, origin));
        return deleted;
    }

    /** Puts a deleted contact back as it was, with its place on the board, its links and attachments (undo of delete). */
    public Contact restore(DeletedContact deleted, Object origin) {
        database.inTransaction(() -> {
            contacts.restore(deleted.contact());
            pipeline.putBack(deleted.board());
            links.relink(deleted.id(), deleted.links());
            attachments.putBack(deleted.attachments());
            return null;
        });
        changes.publish(Changes.Topic.CONTACTS, origin);
        return contacts.find(deleted.id()).orElseThrow();
    }

    public Optional<Contact> find(long id) {
        return contacts.find(id);
    }

    public List<Contact> findAll() {
        return contacts.findAll();
    }

    /** Id and name of every contact, by name. */
    public List<ContactRef> names() {
        return contacts.names();
    }

    /** Stored contacts other than {@code exceptId} (or null) sharing a normalised phone or an email. */
    public List<Contact> findDuplicates(List<String> phones, List<String> emails, Long exceptId) {
        return contacts.findDuplicates(phones, emails, exceptId);
    }
}
