package dk.netdesk.pipeline;

import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Today list: overdue and due follow-ups, most urgent first; a click opens the contact's details.
 * Do-not-contact people are never among those to contact. Those who still have an event in the
 * calendar today (planned before they were marked) are listed apart, in {@link #blocked()}, with the
 * reason, so the user sees the block instead of calling them.
 */
public final class TodayViewModel {

    /** A do-not-contact person with an event still in the calendar on {@code plannedOn} (today or earlier, not ended). */
    public record BlockedToday(long contactId, String name, String reason, LocalDate plannedOn) {
    }

    private final PipelineRepository repository;
    private final ContactLinks links;
    private final ObservableList<BlockedToday> blocked = FXCollections.observableArrayList();
    private final Background background;
    private final Clock clock;
    private final ContactDetailsViewModel details;
    private final ObservableList<FollowUp> due = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty loadFailed = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty loaded = new javafx.beans.property.SimpleBooleanProperty();

    /** @param links the calendar's linked events, for blocked people who are still planned today */
    public TodayViewModel(PipelineRepository repository, ContactLinks links, Changes changes, Background background,
                          Clock clock, ContactDetailsViewModel details) {
        this.repository = repository;
        this.links = links;
        this.background = background;
        this.clock = clock;
        this.details = details;
        changes.subscribe(Changes.Topic.CONTACTS, t -> load());
        changes.subscribe(Changes.Topic.PIPELINE, t -> load());
        changes.subscribe(Changes.Topic.CALENDAR, t -> load());
    }

    /** Reads today's follow-ups; a failed read sets {@link #loadFailedProperty()} and goes to the app's error handler. */
    public void load() {
        LocalDate today = today();
        background.run(() -> new Read(repository.dueFollowUps(today), blockedOn(today)), read -> {
            loadFailed.set(false);
            due.setAll(read.due());
            blocked.setAll(read.blocked());
            loaded.set(true);
        }, error -> {
            loadFailed.set(true);
            background.report(error);
        });
    }

    private record Read(java.util.List<FollowUp> due, java.util.List<BlockedToday> blocked) {
    }

    /** Do-not-contact people whose next linked event (not ended) starts on or before today; database thread. */
    private java.util.List<BlockedToday> blockedOn(LocalDate today) {
        java.util.List<BlockedToday> list = new java.util.ArrayList<>();
        for (PipelineRepository.Blocked b : repository.doNotContacts()) {
            links.nextLinkedEvent(b.contactId()).filter(date -> !date.isAfter(today))
                    .ifPresent(date -> list.add(new BlockedToday(b.contactId(), b.name(), b.reason(), date)));
        }
        return list;
    }

    /** False until the first read of the follow-ups is in: the list then says it is reading, not that nothing is due. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /**
     * True after the last read of this screen's data failed (a damaged or locked file), until one
     * succeeds: the view then says the data could not be read, never that there is none.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed;
    }

    /** Opens the follow-up's contact in the editor; false when the user stays with unsaved edits. */
    public boolean open(FollowUp followUp) {
        return followUp == null || details.open(followUp.contactId());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days overdue (0 when due today). */
    public long daysOverdue(FollowUp followUp) {
        return Math.max(0, ChronoUnit.DAYS.between(followUp.date(), today()));
    }

    /** The people to contact today: due and overdue follow-ups, never a do-not-contact person. */
    public ObservableList<FollowUp> due() {
        return due;
    }

    /** Do-not-contact people who still have an event in the calendar today, by name: shown with the block, not to call. */
    public ObservableList<BlockedToday> blocked() {
        return blocked;
    }

    /** Opens a blocked person's details (to see the reason, or lift the mark); false when the user stays with unsaved edits. */
    public boolean open(BlockedToday person) {
        return person == null || details.open(person.contactId());
    }

    public ContactDetailsViewModel details() {
        return details;
    }
}
