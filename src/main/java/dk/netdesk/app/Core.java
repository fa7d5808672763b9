package dk.netdesk.app;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarService;
import dk.netdesk.calendar.CalendarUidRepository;
import dk.netdesk.contacts.ContactAttachmentRepository;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.BackupErasureRepository;
import dk.netdesk.db.BackupErasures;
import dk.netdesk.db.Backups;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.exchange.CalendarExport;
import dk.netdesk.exchange.CalendarImport;
import dk.netdesk.exchange.ContactFileReader;
import dk.netdesk.exchange.ContactStages;
import dk.netdesk.exchange.ContactsExport;
import dk.netdesk.exchange.ContactsImport;
import dk.netdesk.exchange.MappingMemory;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.pipeline.Card;
import dk.netdesk.pipeline.ContactMerge;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.MergeRepository;
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
    final ContactsImport contactsImport;
    final ContactFileReader contactFileReader;
    final CalendarImport calendarImport;
    final CalendarExport calendarExport;
    final ContactMerge contactMerge;
    final Backups backups;
    final BackupErasures backupErasures;
    final ErasureLogRepository erasureLog;
    final AttachmentStore attachmentStore;
    final AttachmentReferences attachmentReferences;
    final ContactAttachments contactAttachments;
    private final Messages messages;

    /**
     * @param changes  where committed writes are published
     * @param settings the key/value settings
     * @param messages the texts written into files (CSV headers, generated event titles)
     * @param clock    the one clock
     */
    Core(Database database, Changes changes, Settings settings, Messages messages, Clock clock) {
        // SQL sorts names, stages, tags and titles in the UI language (decision 0031).
        database.textOrder().setLocale(messages.getLocale());
        messages.localeProperty().addListener((obs, old, now) -> database.textOrder().setLocale(now));
        this.messages = messages;
        this.backups = new Backups(database, settings, changes, clock);
        // Backups taken before an erase: re-written without the person or deleted (decision record 0013).
        this.backupErasures = new BackupErasures(database, backups, new BackupErasureRepository(database), settings,
                new BackupCopyErase(messages, clock));
        this.erasureLog = new ErasureLogRepository(database);
        // One attachments folder for the library and the contacts: a file is deleted only when neither uses it.
        this.attachmentStore = new AttachmentStore(database.dataDir());
        this.attachmentReferences = new AttachmentReferences(database);
        this.contactAttachments = new ContactAttachments(new ContactAttachmentRepository(database, clock),
                attachmentStore, attachmentReferences, changes);
        this.contactRepository = new ContactRepository(database, clock);
        this.pipelineRepository = new PipelineRepository(database, changes, clock);
        this.libraryRepository = new LibraryRepository(database, changes, clock);
        this.calendarRepository = new CalendarRepository(database, changes);
        this.calendarService = new CalendarService(calendarRepository, settings, clock, calendarRepository::contactName,
                messages::get, new dk.netdesk.calendar.Holidays(settings, messages));
        this.links = new FeatureLinks(pipelineRepository, libraryRepository, calendarRepository, calendarService,
                messages);
        // One contact service for every screen and the command line.
        this.contactService = new ContactService(database, contactRepository, pipelineRepository, links, changes,
                contactAttachments);
        this.personErase = new PersonErase(database, contactRepository, pipelineRepository, links, erasureLog,
                backupErasures, changes, clock, contactAttachments);
        this.personExport = new PersonExport(contactService, pipelineRepository, links, clock, contactAttachments);
        this.contactsExport = new ContactsExport(contactRepository, this::stages, messages, clock);
        // The contacts import (issue 13): the wizard and the command line store a read file through this one service.
        this.contactsImport = new ContactsImport(database, contactRepository, new BoardForImport(pipelineRepository, messages),
                changes, messages, clock);
        // Reads vCard and CSV files for the import wizard and the command line; remembers column mappings in settings.
        this.contactFileReader = new ContactFileReader(messages, new MappingMemory(settings), clock);
        // The calendar import writes through a calendar repository whose change notices go nowhere and
        // publishes CALENDAR once after the whole file is committed (not once per event).
        CalendarUidRepository calendarUids = new CalendarUidRepository(database);
        this.calendarImport = new CalendarImport(database, new CalendarRepository(database, new Changes()), calendarUids,
                changes, messages, calendarService::homeZone);
        this.calendarExport = new CalendarExport(calendarRepository, calendarUids, messages, clock);
        // Find duplicates and merge them (decision record 0018).
        this.contactMerge = new ContactMerge(database, contactRepository, pipelineRepository, new MergeRepository(database),
                changes, clock);
    }

    /** Each contact's stage name and next follow-up, from one read of the board. */
    private Map<Long, ContactStages.Place> stages() {
        var board = pipelineRepository.loadBoard();
        Map<Long, String> names = new HashMap<>();
        for (Stage stage : board.stages()) {
            names.put(stage.id(), stage.name(messages));
        }
        Map<Long, ContactStages.Place> places = new HashMap<>();
        for (Card card : board.cards()) {
            places.put(card.contactId(), new ContactStages.Place(names.getOrDefault(card.stageId(), ""),
                    card.nextFollowUp()));
        }
        return places;
    }
}
