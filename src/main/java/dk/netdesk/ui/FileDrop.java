package dk.netdesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dropped on the main window open the matching import, through {@link DroppedFiles}. The handlers sit
 * on the window's root and run in the bubbling phase, so they see only the drags and drops that no inner
 * node consumed: a place that takes files itself (the library reader's attachments) keeps its drops.
 */
public final class FileDrop {

    private FileDrop() {
    }

    /**
     * Puts the drag handlers on {@code root} (the scene's root): a drag of files from outside the app is
     * accepted (copy), whatever their type, so that a drop of a type that cannot be opened gets its message
     * in the status line; a drop goes to {@link DroppedFiles#open}. Drags that start in the app (the board's
     * cards) and drags an inner node already accepted are left alone.
     */
    public static void install(Node root, DroppedFiles files) {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!e.isAccepted() && e.getGestureSource() == null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.isDropCompleted() || e.getGestureSource() != null || !e.getDragboard().hasFiles()) {
                return;
            }
            e.setDropCompleted(files.open(paths(e.getDragboard())));
            e.consume();
        });
    }

    private static List<Path> paths(Dragboard board) {
        return board.getFiles().stream().map(File::toPath).toList();
    }
}
