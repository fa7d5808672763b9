package dk.netdesk.library;

import dk.netdesk.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** One search result: icon, title, kind and collection, and the snippet with the matched words highlighted. */
final class LibraryHitCell extends ListCell<LibraryHit> {

    private final Messages messages;
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final TextFlow snippet = new TextFlow();
    private final Label foundIn = new Label(null, new FontIcon(Material2OutlinedAL.ATTACH_FILE));
    private final VBox box = new VBox(2, new HBox(6, icon, title), meta, foundIn, snippet);

    LibraryHitCell(Messages messages) {
        this.messages = messages;
        getStyleClass().add("library-hit");
        title.getStyleClass().add("library-hit-title");
        meta.getStyleClass().addAll("library-hit-meta", "text-muted");
        snippet.getStyleClass().add("library-snippet");
        // every line of the snippet shows: the row is as tall as the wrapped text (computePrefHeight)
        icon.getStyleClass().add("library-hit-icon");
        foundIn.getStyleClass().addAll("library-hit-found-in", "text-muted");
        foundIn.managedProperty().bind(foundIn.visibleProperty());
        setPrefWidth(0);
    }

    /**
     * The row's height for {@code width} pixels (the list's width; -1: the cell's own): the wrapped title, meta
     * lines and snippet at that width, so a row never runs into the next one (a cell's skin asks its graphic for
     * its height at no width, which is one line of snippet).
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        double inside = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + box.prefHeight(inside > 0 ? inside : -1) + snappedBottomInset();
    }

    @Override
    protected void updateItem(LibraryHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        icon.setIconCode(LibraryView.icon(hit.kind()));
        title.setText(hit.title());
        String kind = messages.get("library.kind." + hit.kind().name());
        meta.setText(hit.collection() == null || hit.collection().isBlank() ? kind
                : messages.format("library.hit.meta", kind, hit.collection()));
        snippet.getChildren().clear();
        foundIn.setVisible(hit.attachment() != null);
        foundIn.setText(hit.attachment() == null ? null : messages.format("library.hit.inAttachment", hit.attachment()));
        for (Snippet.Run run : hit.snippet()) {
            Text text = new Text(run.text());
            text.getStyleClass().add(run.highlighted() ? "library-mark" : "library-snippet-text");
            snippet.getChildren().add(text);
        }
        snippet.prefWidthProperty().bind(widthProperty().subtract(24));
        // what a screen reader says for the hit: its title, kind and collection (issue 18)
        setAccessibleText(messages.format("library.hit.spoken", hit.title(), meta.getText()));
        setText(null);
        setGraphic(box);
    }
}
