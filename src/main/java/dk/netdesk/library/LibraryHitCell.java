package dk.netdesk.library;

import dk.netdesk.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
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
        snippet.setMaxHeight(42);
        // A third line of a long snippet is cut here rather than painted over the next line of the list.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(snippet.widthProperty());
        clip.heightProperty().bind(snippet.heightProperty());
        snippet.setClip(clip);
        icon.getStyleClass().add("library-hit-icon");
        foundIn.getStyleClass().addAll("library-hit-found-in", "text-muted");
        foundIn.managedProperty().bind(foundIn.visibleProperty());
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(LibraryHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
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
        setText(null);
        setGraphic(box);
    }
}
