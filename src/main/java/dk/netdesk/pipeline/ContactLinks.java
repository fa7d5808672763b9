package dk.netdesk.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a contact's details need from the other features: the library's scripts for the contact's
 * stage, and the calendar's follow-up events. The composition root implements it over those
 * features, so the pipeline does not depend on them. Every method runs on the database thread.
 */
public interface ContactLinks {

    /** A library script linked to a stage. */
    record Script(long id, String title, String text) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** How using a script went. */
    enum ScriptResult {
        WORKED, NEUTRAL, DID_NOT_WORK;

        public String key() {
            return "pipeline.script.result." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The scripts linked to a stage, in the library's order. */
    List<Script> scriptsForStage(long stageId);

    /** Records that a script was used with the contact, and how it went. */
    void recordScriptUse(long scriptId, long contactId, ScriptResult result);

    /** Creates a work / follow-up event in the calendar linked to the contact. */
    void scheduleFollowUp(long contactId, LocalDateTime start, Duration duration);

    /**
     * True when a follow-up at these times (wall-clock, the calendar's zone) would be work in the user's protected
     * personal time (the calendar's rule, decision 0028); false without a calendar. Call on the database thread.
     */
    default boolean followUpInProtectedTime(LocalDateTime start, Duration duration) {
        return false;
    }

    /** The date of the contact's next linked calendar event that has not ended, if any. */
    Optional<LocalDate> nextLinkedEvent(long contactId);

    /** The contacts that have at least one linked calendar event. */
    java.util.Set<Long> linkedContacts();

    /** The calendar events and script uses that point at a contact, by id. */
    record Linked(List<Long> events, List<Long> scriptUses) {
        public static final Linked NONE = new Linked(List.of(), List.of());
    }

    /** What points at the contact from the calendar and the library (read before a delete clears it). */
    Linked linkedTo(long contactId);

    /** Points these events and script uses at the contact again (undo of a delete); joins the caller's transaction. */
    void relink(long contactId, Linked linked);

    /**
     * A calendar event linked to the contact, as stored: wall-clock times in {@code zone} (all-day
     * events run from midnight to midnight, end exclusive), {@code kind} the calendar's kind name,
     * {@code repeatRule} the RRULE of a series or null; {@code madeForContact} true for an event Netdesk
     * made for the contact (a follow-up), false for one the user typed.
     */
    record LinkedEvent(long id, String title, LocalDateTime start, LocalDateTime end, java.time.ZoneId zone,
                       boolean allDay, String location, String notes, String kind, String repeatRule,
                       boolean madeForContact) {
    }

    /** A recorded use of a library script with the contact: which script (its title now), how it went, when. */
    record ScriptUse(long id, long scriptId, String scriptTitle, ScriptResult result, java.time.Instant usedAt) {
    }

    /** Every calendar event linked to the contact, by start (for the person's data export). */
    List<LinkedEvent> linkedEvents(long contactId);

    /** Every recorded script use with the contact, oldest first (for the person's data export). */
    List<ScriptUse> scriptUses(long contactId);

    /** An event that is not linked to the contact but whose title holds their name: id and title. */
    record Mention(long id, String title) {
    }

    /**
     * Deletes these linked events (for an erase), a series with its overridden occurrences; joins the
     * caller's transaction and publishes nothing.
     */
    void deleteEvents(List<Long> eventIds);

    /**
     * Keeps a linked event without the contact (for an erase): unlinks it and the overridden
     * occurrences of its series, empties their location and notes, and sets each title to
     * {@code title} applied to it (the calendar's name of the event's kind when that leaves nothing).
     * Joins the caller's transaction and publishes nothing.
     */
    void keepEventWithoutContact(long eventId, java.util.function.UnaryOperator<String> title);

    /** Events not linked to the contact whose title contains {@code text} (ignoring case), by start. */
    List<Mention> eventsMentioning(String text, long contactId);

    /** Links to nothing: no scripts, and scheduling is refused. For tests and tools. */
    static ContactLinks none() {
        return new ContactLinks() {
            @Override
            public List<Script> scriptsForStage(long stageId) {
                return List.of();
            }

            @Override
            public void recordScriptUse(long scriptId, long contactId, ScriptResult result) {
                throw new IllegalStateException("No library");
            }

            @Override
            public void scheduleFollowUp(long contactId, LocalDateTime start, Duration duration) {
                throw new IllegalStateException("No calendar");
            }

            @Override
            public Optional<LocalDate> nextLinkedEvent(long contactId) {
                return Optional.empty();
            }

            @Override
            public java.util.Set<Long> linkedContacts() {
                return java.util.Set.of();
            }

            @Override
            public Linked linkedTo(long contactId) {
                return Linked.NONE;
            }

            @Override
            public void relink(long contactId, Linked linked) {
            }

            @Override
            public List<LinkedEvent> linkedEvents(long contactId) {
                return List.of();
            }

            @Override
            public List<ScriptUse> scriptUses(long contactId) {
                return List.of();
            }

            @Override
            public void deleteEvents(List<Long> eventIds) {
            }

            @Override
            public void keepEventWithoutContact(long eventId, java.util.function.UnaryOperator<String> title) {
            }

            @Override
            public List<Mention> eventsMentioning(String text, long contactId) {
                return List.of();
            }
        };
    }
}
