package dk.netdesk.pipeline;

import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Today list: overdue and due follow-ups, most urgent first; a click opens the contact's details. */
public final class TodayViewModel {

    private final PipelineRepository repository;
    private final Background background;
    private final Clock clock;
    private final ContactDetailsViewModel details;
    private final ObservableList<FollowUp> due = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholderKey = new ReadOnlyStringWrapper("pipeline.today.loading");

    public TodayViewModel(PipelineRepository repository, Changes changes, Background background, Clock clock,
                          ContactDetailsViewModel details) {
        this.repository = repository;
        this.background = background;
        this.clock = clock;
        this.details = details;
        changes.subscribe(Changes.Topic.CONTACTS, t -> load());
        changes.subscribe(Changes.Topic.PIPELINE, t -> load());
    }

    public void load() {
        LocalDate today = today();
        background.run(() -> repository.dueFollowUps(today), list -> {
            due.setAll(list);
            placeholderKey.set("pipeline.today.empty");
        }, failure -> {
            due.clear();
            placeholderKey.set("pipeline.today.failed");
            background.report(failure);
        });
    }

    /**
     * The bundle key of what the list says while it has no entries: {@code pipeline.today.loading} until
     * the first load is in, {@code pipeline.today.empty} when nothing is due, {@code pipeline.today.failed}
     * when the follow-ups could not be read (so a failure never looks like "nothing due").
     */
    public ReadOnlyStringProperty placeholderKeyProperty() {
        return placeholderKey.getReadOnlyProperty();
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
