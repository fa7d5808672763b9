package dk.netdesk.pipeline;

import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Today list: overdue and due follow-ups, most urgent first; a click opens the contact's details. */
public final class TodayViewModel {

    private final PipelineRepository repository;
    private final Background background;
    private final Clock clock;
    private final ContactDetailsViewModel details;
    private final ObservableList<FollowUp> due = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty loadFailed = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty loaded = new javafx.beans.property.SimpleBooleanProperty();

    public TodayViewModel(PipelineRepository repository, Changes changes, Background background, Clock clock,
                          ContactDetailsViewModel details) {
        this.repository = repository;
        this.background = background;
        this.clock = clock;
        this.details = details;
        changes.subscribe(Changes.Topic.CONTACTS, t -> load());
        changes.subscribe(Changes.Topic.PIPELINE, t -> load());
    }

    /** Reads today's follow-ups; a failed read sets {@link #loadFailedProperty()} and goes to the app's error handler. */
    public void load() {
        LocalDate today = today();
        background.run(() -> repository.dueFollowUps(today), list -> {
            loadFailed.set(false);
            due.setAll(list);
            loaded.set(true);
        }, error -> {
            loadFailed.set(true);
            background.report(error);
        });
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

    public ObservableList<FollowUp> due() {
        return due;
    }

    public ContactDetailsViewModel details() {
        return details;
    }
}
