package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where a new contact starts, chosen in the editor before its first save: the stage (the column the user started
 * from, else the first) and the next follow-up ({@link FollowUpFields}). The editor's Save stores the contact with
 * both in one transaction ({@link ContactService#create(dk.netdesk.contacts.ContactDetails, Long, NextFollowUp, Object)}).
 */
public final class NewContactPlan {

    private final ObservableList<Stage> stages = FXCollections.observableArrayList();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final FollowUpFields followUp;
    /** The stage asked for when the new contact was started (null: the first), until the stages are read. */
    private Long wanted;
    private Long startStage;
    private final BooleanBinding changed;

    /** @param messages formats the follow-up fields' messages */
    public NewContactPlan(Messages messages) {
        this.followUp = new FollowUpFields(messages);
        changed = Bindings.createBooleanBinding(() -> followUp.changedProperty().get()
                || (stage.get() != null && startStage != null && stage.get().id() != startStage), stage,
                followUp.changedProperty());
    }

    /**
     * Starts anew for a new contact: the stage {@code stageId} (null: the first) among the stages known so far, an
     * empty follow-up; the unchanged state.
     */
    public void start(Long stageId) {
        wanted = stageId;
        followUp.fill(null);
        choose();
    }

    /** Takes in the stages as read now; keeps the stage chosen when it is still there, else the one asked for. */
    public void setStages(List<Stage> read) {
        Stage chosen = stage.get();
        boolean picked = chosen != null && startStage != null && chosen.id() != startStage;
        stages.setAll(read);
        if (picked && read.stream().anyMatch(s -> s.id() == chosen.id())) {
            stage.set(read.stream().filter(s -> s.id() == chosen.id()).findFirst().orElseThrow());
        } else {
            choose();
        }
    }

    private void choose() {
        Stage found = stages.stream().filter(s -> wanted != null && s.id() == wanted).findFirst()
                .orElse(stages.isEmpty() ? null : stages.get(0));
        startStage = found == null ? null : found.id();
        stage.set(found);
    }

    /** The stage chosen, or null (the first stage, when there are no stages yet). */
    public Long stageId() {
        return stage.get() == null ? null : stage.get().id();
    }

    public ObservableList<Stage> stages() { return stages; }
    public ObjectProperty<Stage> stageProperty() { return stage; }
    public FollowUpFields followUp() { return followUp; }

    /** True while the stage or the follow-up differ from how the new contact was started. */
    public BooleanBinding changedProperty() { return changed; }
}
