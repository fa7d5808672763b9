package dk.netdesk.pipeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a contact's next follow-up on its next linked calendar event: when such an event is
 * planned, moved or removed, the date follows. A date that came from an event is cleared when the
 * contact's last linked event is deleted; dates set by hand are left alone (a sooner one set by hand, with its time
 * and kind, stays when a later event is linked), and do-not-contact contacts are never given one. Runs on the
 * database thread.
 */
public final class FollowUpSync {

    private final PipelineRepository pipeline;
    private final ContactLinks links;
    /** The follow-up dates this class took from linked events while the app runs, by contact. */
    private final Map<Long, LocalDate> fromEvents = new ConcurrentHashMap<>();

    public FollowUpSync(PipelineRepository pipeline, ContactLinks links) {
        this.pipeline = pipeline;
        this.links = links;
    }

    /** Brings every contact with linked events up to date; returns how many dates changed. */
    public int syncAll() {
        int changed = 0;
        Set<Long> linked = links.linkedContacts();
        for (long contactId : linked) {
            if (sync(contactId)) {
                changed++;
            }
        }
        for (Long contactId : Set.copyOf(fromEvents.keySet())) {
            if (!linked.contains(contactId) && clearIfFromEvent(contactId)) {
                changed++;
            }
        }
        return changed;
    }

    /** The contact's last linked event is gone: clear the follow-up date it had given, unless changed since. */
    private boolean clearIfFromEvent(long contactId) {
        LocalDate given = fromEvents.remove(contactId);
        try {
            if (given != null && given.equals(pipeline.status(contactId).nextFollowUp())) {
                pipeline.setNextFollowUp(contactId, null);
                return true;
            }
        } catch (IllegalStateException deleted) {
            // the contact is gone too
        }
        return false;
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
        if (status.doNotContact() || next.isEmpty()) {
            return false;
        }
        LocalDate current = status.nextFollowUp();
        LocalDate given = fromEvents.put(contactId, next.get());
        if (Objects.equals(next.get(), current)) {
            return false;
        }
        if (current != null && !current.equals(given) && current.isBefore(next.get())) {
            // a sooner follow-up set by hand (a call planned with its time and kind) stays: the event comes after it
            fromEvents.remove(contactId);
            return false;
        }
        pipeline.setNextFollowUp(contactId, next.get());
        return true;
    }
}
