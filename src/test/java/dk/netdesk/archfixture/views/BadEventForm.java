package dk.netdesk.archfixture.views;

/** A form model that builds a node on purpose: a form is a view-model and may not touch javafx.scene. */
public class BadEventForm {
    Object field() {
        return new javafx.scene.control.TextField();
    }
}
