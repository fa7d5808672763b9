package dk.netdesk.app;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarService;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.exchange.ContactStages;
import dk.netdesk.exchange.ContactsExport;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.pipeline.Card;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.ErasureLogRepository;
import dk.netdesk.pipeline.PersonErase;
import dk.netdesk.pipeline.PersonExport;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.ui.Messages;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The headless part of the composition root: the repositories and the services that need no
 * window, built once by constructor. {@link AppContext} builds its view-models on one, and the
 * command line ({@link CommandLine}) runs on one, so both use the same services.
 */
final class Core {

    final ContactRepository contactRepository;
    final PipelineRepository pipelineRepository;
    final LibraryRepository libraryRepository;
    final CalendarRepository calendarRepository;
    final CalendarService calendarService;
    final FeatureLinks links;
    final ContactService contactService;
    final PersonErase personErase;
    final PersonExport personExport;
    final ContactsExport contactsExport;

    /**
     * @param changes  where committed writes are published
     * @param settings the key/value settings
     * @param messages the texts written into files (CSV headers, generated event titles)
     * @param clock    the one clock
     */
    Core(Database database, Changes changes, Settings settings, Messages messages, Clock clock) {
        this.contactRepository = new ContactRepository(database, clock);
        this.pipelineRepository = new PipelineRepository(database, changes, clock);
        this.libraryRepository = new LibraryRepository(database, changes, clock);
        this.calendarRepository = new CalendarRepository(database, changes);
        this.calendarService = new CalendarService(calendarRepository, settings, clock, calendarRepository::contactName,
                messages::get);
        this.links = new FeatureLinks(pipelineRepository, libraryRepository, calendarRepository, calendarService,
                messages);
        // One contact service for every screen and the command line.
        this.contactService = new ContactService(database, contactRepository, pipelineRepository, links, changes);
        this.personErase = new PersonErase(database, contactRepository, pipelineRepository, links,
                new ErasureLogRepository(database), changes, clock);
        this.personExport = new PersonExport(contactService, pipelineRepository, links, clock);
        this.contactsExport = new ContactsExport(contactRepository, this::stages, messages, clock);
    }

    /** Each contact's stage name and next follow-up, from one read of the board. */
    private Map<Long, ContactStages.Place> stages() {
        var board = pipelineRepository.loadBoard();
        Map<Long, String> names = new HashMap<>();
        for (Stage stage : board.stages()) {
            names.put(stage.id(), stage.name());
        }
        Map<Long, ContactStages.Place> places = new HashMap<>();
        for (Card card : board.cards()) {
            places.put(card.contactId(), new ContactStages.Place(names.getOrDefault(card.stageId(), ""),
                    card.nextFollowUp()));
        }
        return places;
    }
}
