package dk.netdesk.archfixture.views;

/** A dialog as it should be: it builds nodes and binds them to its form model. */
public class GoodNoteDialog {
    Object build(GoodNoteForm form) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.textProperty().bindBidirectional(form.titleProperty());
        return field;
    }
}
