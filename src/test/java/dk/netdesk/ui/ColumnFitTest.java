package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.CutOff;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@link ColumnFit}: in a table far narrower than its columns want, no header and (with {@code contents}) no cell
 * is shown shortened; the table scrolls sideways instead. Headers that change text (another language) are
 * measured again.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void headersAreNeverShortened() throws Exception {
        TableView<String> table = table();
        WaitForAsyncUtils.asyncFx(() -> ColumnFit.headers(table)).get();
        List<String> cut = show(table);
        assertThat(cut).as("headers").noneMatch(line -> line.contains("Label.label"));
        // a longer header text (as after a language switch) is measured again
        WaitForAsyncUtils.asyncFx(() -> table.getColumns().get(1).setText("Antal kontaktpersoner i alt")).get();
        assertThat(settled(table)).as("a changed header").noneMatch(line -> line.contains("Label.label"));
    }

    @Test
    void contentsAreNeverShortenedEither() throws Exception {
        TableView<String> table = table();
        WaitForAsyncUtils.asyncFx(() -> ColumnFit.contents(table)).get();
        assertThat(show(table)).isEmpty();
    }

    @Test
    void noColumnRunsPastTheRightEdgeWithoutAScrollBar() throws Exception {
        List<String> wrong = new java.util.ArrayList<>();
        for (int width = 250; width <= 340; width += 2) {
            TableView<String> table = table();
            WaitForAsyncUtils.asyncFx(() -> table.getItems().setAll("kort", "lidt længere")).get();
            WaitForAsyncUtils.asyncFx(() -> ColumnFit.contents(table)).get();
            int w = width;
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setScene(new Scene(new StackPane(table), w, 200));
                stage.show();
            }).get();
            settled(table);
            String problem = WaitForAsyncUtils.asyncFx(() -> pastTheEdge(table)).get();
            if (problem != null) {
                wrong.add(width + " px: " + problem);
            }
        }
        assertThat(wrong).as("a column past the right edge and no scroll bar").isEmpty();
    }

    /** What column header ends past {@code table}'s right inner edge while no horizontal scroll bar shows, or null. */
    private static String pastTheEdge(TableView<String> table) {
        for (javafx.scene.Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar scroll && scroll.isVisible()
                    && scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                return null;
            }
        }
        double right = table.localToScene(table.getLayoutBounds()).getMaxX() - table.snappedRightInset();
        for (javafx.scene.Node node : table.lookupAll(".column-header")) {
            if (node instanceof javafx.scene.control.skin.TableColumnHeader header && header.getTableColumn() != null
                    && header.isVisible()) {
                double end = header.localToScene(header.getLayoutBounds()).getMaxX();
                if (end > right + 0.5) {
                    return header.getTableColumn().getText() + " ends at " + end + ", the table at " + right;
                }
            }
        }
        return null;
    }

    /** Three narrow columns with long Danish headers and one long cell text, constrained to the table's width. */
    private static TableView<String> table() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ObservableList<String> rows = FXCollections.observableArrayList("kort",
                    "Strandvejen 1, 8000 Århus C, Hudpleje ApS, Kunde, skostørrelse 38");
            TableView<String> table = new TableView<>(rows);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            for (String header : List.of("Størrelse", "Kontakter", "Bemærkning")) {
                TableColumn<String, String> column = new TableColumn<>(header);
                column.setPrefWidth(30);
                column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
                table.getColumns().add(column);
            }
            return table;
        }).get();
    }

    private List<String> show(TableView<String> table) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new StackPane(table), 260, 200));
            stage.show();
        }).get();
        return settled(table);
    }

    private static List<String> settled(TableView<String> table) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> CutOff.in(table.getScene())).get();
    }
}
