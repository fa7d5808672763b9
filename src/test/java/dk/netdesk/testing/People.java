package dk.netdesk.testing;

import dk.netdesk.contacts.ContactAttachmentRepository;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.pipeline.ContactLinks;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.PipelineRepository;
import java.time.Clock;

/** Contacts for tests: the contact service as the app builds it, without calendar or library links. */
public final class People {

    private People() {
    }

    public static ContactService service(Database database, Clock clock) {
        return service(database, new Changes(), clock);
    }

    public static ContactService service(Database database, Changes changes, Clock clock) {
        return new ContactService(database, new ContactRepository(database, clock),
                new PipelineRepository(database, changes, clock), ContactLinks.none(), changes,
                attachments(database, changes, clock));
    }

    /** The contacts' attachments as the app builds them, over the database's own attachments folder. */
    public static ContactAttachments attachments(Database database, Changes changes, Clock clock) {
        return new ContactAttachments(new ContactAttachmentRepository(database, clock),
                new AttachmentStore(database.dataDir()), new AttachmentReferences(database), changes);
    }
}
