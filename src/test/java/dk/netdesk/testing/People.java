package dk.netdesk.testing;

import dk.netdesk.contacts.ContactRepository;
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
                new PipelineRepository(database, changes, clock), ContactLinks.none(), changes);
    }
}
