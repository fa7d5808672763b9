package dk.netdesk.app;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarService;
import dk.netdesk.contacts.ContactAttachmentRepository;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.BackupErasureRepository;
import dk.netdesk.db.BackupErasures;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.ErasedBackups;
import dk.netdesk.db.Settings;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.pipeline.ErasureLogRepository;
import dk.netdesk.pipeline.PersonErase;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.RetentionRepository;
import dk.netdesk.pipeline.RetentionService;
import dk.netdesk.ui.Messages;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The erase or anonymise run on a backup's copy ({@link BackupErasures.CopyEraser}). An erase: the same
 * {@link PersonErase}, built over the copy's own repositories, erasing the contact with the moment and
 * reference of the erase it repeats; the events the user kept without the person are kept, every other event
 * linked to them is deleted. An anonymise: the same {@link RetentionService#anonymiseAgain}, with the label
 * and moment of the anonymise it repeats, so the backup keeps the anonymised contact and its funnel counts.
 * Changes in the copy are published to nobody, and no backups are told.
 */
final class BackupCopyErase implements BackupErasures.CopyEraser {

    private final Messages messages;
    private final Clock clock;

    /** @param messages the texts a kept event's emptied title takes (its kind's name) */
    BackupCopyErase(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void erase(Database copy, BackupErasureRepository.Pending entry) {
        Changes nobody = new Changes();
        ContactRepository contacts = new ContactRepository(copy, clock);
        PipelineRepository pipeline = new PipelineRepository(copy, nobody, clock);
        CalendarRepository calendarRepository = new CalendarRepository(copy, nobody);
        CalendarService calendar = new CalendarService(calendarRepository, new Settings(copy, nobody), clock,
                calendarRepository::contactName, messages::get);
        FeatureLinks links = new FeatureLinks(pipeline, new LibraryRepository(copy, nobody, clock), calendarRepository,
                calendar, messages);
        // The copy's own (empty) attachments folder: a backup holds no files, so the erase on the copy
        // must never delete a file of the live attachments folder that the copy no longer refers to.
        ContactAttachments attachments = new ContactAttachments(new ContactAttachmentRepository(copy, clock),
                new AttachmentStore(copy.dataDir()), new AttachmentReferences(copy), nobody);
        if (entry.kind() == BackupErasureRepository.Kind.ANONYMISE) {
            new RetentionService(copy, contacts, new RetentionRepository(copy), links, new Settings(copy, nobody), nobody,
                    clock, UnaryOperator.identity(), attachments, ErasedBackups.NONE)
                    .anonymiseAgain(entry.contactId(), entry.label(), entry.erasedAt());
            return;
        }
        PersonErase erase = new PersonErase(copy, contacts, pipeline, links, new ErasureLogRepository(copy),
                ErasedBackups.NONE, nobody, clock, attachments);
        Map<Long, PersonErase.EventChoice> choices = new HashMap<>();
        for (long kept : entry.keptEvents()) {
            choices.put(kept, PersonErase.EventChoice.KEEP_WITHOUT_PERSON);
        }
        erase.eraseAgain(entry.contactId(), choices, entry.erasedAt(), entry.reference());
    }
}
