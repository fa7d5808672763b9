package dk.netdesk.archfixture;

/** A view-model that builds a node on purpose: ArchitectureTest shows its rule catches it. */
public class BadViewModel {
    Object label() {
        return new javafx.scene.control.Label();
    }
}
