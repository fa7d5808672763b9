package dk.netdesk.pipeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a contact's next follow-up on its next linked calendar event: when such an event is
 * planned, moved or removed, the date follows. Contacts without linked events keep the date set by
 * hand; do-not-contact contacts are never given one. Runs on the database thread.
 */
public final class FollowUpSync {

    private final PipelineRepository pipeline;
    private final ContactLinks links;

    public FollowUpSync(PipelineRepository pipeline, ContactLinks links) {
        this.pipeline = pipeline;
        this.links = links;
    }

    /** Brings every contact with linked events up to date; returns how many dates changed. */
    public int syncAll() {
        int changed = 0;
        for (long contactId : links.linkedContacts()) {
            if (sync(contactId)) {
                changed++;
            }
        }
        return changed;
    }

    /** Sets one contact's next follow-up to its next linked event, if it has one and the date differs. */
    public boolean sync(long contactId) {
        ContactStatus status;
        try {
            status = pipeline.status(contactId);
        } catch (IllegalStateException deleted) {
            return false;
        }
        Optional<LocalDate> next = links.nextLinkedEvent(contactId);
        if (status.doNotContact() || next.isEmpty() || Objects.equals(next.get(), status.nextFollowUp())) {
            return false;
        }
        pipeline.setNextFollowUp(contactId, next.get());
        return true;
    }
}
