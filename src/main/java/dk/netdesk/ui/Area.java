package dk.netdesk.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One area of the app in the navigation: its title key, its icon and how to build its view.
 * The view is built on first visit and again after the language changes.
 */
public record Area(String id, String titleKey, Ikon icon, Supplier<Node> view) {
}
