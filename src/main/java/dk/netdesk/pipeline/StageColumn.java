package dk.netdesk.pipeline;

import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** One column of the board in the view-model: its stage, all its cards in order, and those the filter shows. */
public final class StageColumn {

    private final ObjectProperty<Stage> stage;
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final FilteredList<Card> visible = new FilteredList<>(cards, c -> true);

    StageColumn(Stage stage) {
        this.stage = new SimpleObjectProperty<>(stage);
    }

    public Stage stage() {
        return stage.get();
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    /** All cards of the stage, by position. */
    public ObservableList<Card> cards() {
        return cards;
    }

    /** The cards the filters let through, by position. */
    public ObservableList<Card> visibleCards() {
        return visible;
    }

    void filter(Predicate<Card> predicate) {
        visible.setPredicate(predicate);
    }

    int indexOf(long contactId) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).contactId() == contactId) {
                return i;
            }
        }
        return -1;
    }
}
