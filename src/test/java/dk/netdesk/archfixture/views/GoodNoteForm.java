package dk.netdesk.archfixture.views;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A form model as it should be: properties and rules, no nodes. */
public class GoodNoteForm {
    private final StringProperty title = new SimpleStringProperty("");

    /** The title being typed. */
    public StringProperty titleProperty() {
        return title;
    }
}
