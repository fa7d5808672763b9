package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, item 15: empty lists say what is true and what to do next. The board with no contacts says so (not
 * "Drop a card here") and points to New contact and the import; Contacts with every contact filtered out says none
 * matches and offers to clear the search, by keyboard too; a focused, empty search field keeps its hint.
 */
class EmptyStatesTest extends AppWindowTest {

    private AppContext open(FxRobot robot, Locale locale, String area, String... names) {
        app = TestApp.open(dir, locale);
        for (String name : names) {
            People.service(app.database(), new Changes(), TestApp.CLOCK)
                    .create(ContactDetails.named(name).withContact("", "", ""), null);
        }
        robot.interact(() -> {
            app.showShell(stage).select(area);
            stage.setWidth(1280);
            stage.setHeight(860);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app.context();
    }

    private String placeholderText(ListView<?> list) {
        return ((Label) list.getPlaceholder()).getText();
    }

    @SuppressWarnings("unchecked")
    private List<ListView<Object>> columns(FxRobot robot) {
        return robot.lookup(".pipeline-list").queryAllAs(ListView.class).stream().map(l -> (ListView<Object>) l).toList();
    }

    @Test
    void theBoardWithNoContactsSaysSoAndWhatToDo(FxRobot robot) {
        AppContext context = open(robot, Locale.ENGLISH, "pipeline");
        long first = context.pipeline().columns().get(0).stage().id();
        ListView<?> list = robot.lookup("#pipeline-list-" + first).queryAs(ListView.class);
        assertThat(placeholderText(list)).doesNotContain("Drop").contains("No contacts yet")
                .contains("New contact (Ctrl+N)").contains("Import contacts");
        for (ListView<Object> column : columns(robot)) {
            assertThat(placeholderText(column)).as("every column").startsWith("No contacts yet");
        }
    }

    @Test
    void theBoardWithContactsKeepsTheDropHintInEmptyColumns(FxRobot robot) {
        AppContext context = open(robot, Locale.ENGLISH, "pipeline", "Anna Jensen");
        List<ListView<Object>> empty = columns(robot).stream().filter(l -> l.getItems().isEmpty()).toList();
        assertThat(empty).isNotEmpty();
        for (ListView<Object> list : empty) {
            assertThat(placeholderText(list)).isEqualTo("Drop a card here");
        }
        robot.interact(() -> context.pipeline().searchProperty().set("zzz"));
        WaitForAsyncUtils.waitForFxEvents();
        long first = context.pipeline().columns().stream().filter(c -> !c.cards().isEmpty()).findFirst()
                .orElseThrow().stage().id();
        ListView<?> filtered = robot.lookup("#pipeline-list-" + first).queryAs(ListView.class);
        assertThat(placeholderText(filtered)).as("the card is there, the filter hides it")
                .isEqualTo("No card here matches the filter");
    }

    @Test
    void inDanishToo(FxRobot robot) {
        AppContext context = open(robot, Locale.forLanguageTag("da"), "pipeline");
        long first = context.pipeline().columns().get(0).stage().id();
        ListView<?> list = robot.lookup("#pipeline-list-" + first).queryAs(ListView.class);
        assertThat(placeholderText(list)).startsWith("Ingen kontakter endnu").contains("Ny kontakt (Ctrl+N)");
    }

    @Test
    void contactsFilteredOutSayNoneMatchesAndClearByKeyboard(FxRobot robot) {
        AppContext context = open(robot, Locale.ENGLISH, "contacts", "Anna Jensen", "Bo Holm", "Carl Berg");
        robot.interact(() -> context.contacts().searchProperty().set("zzz"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.contacts().visibleContacts()).isEmpty();
        Label empty = robot.lookup("#contact-empty").queryAs(Label.class);
        assertThat(empty.getText()).doesNotContain("No contacts yet").contains("No contacts match").contains("zzz");
        Button clear = robot.lookup("#contact-clear-search").queryAs(Button.class);
        assertThat(clear.isVisible()).isTrue();
        assertThat(clear.isFocusTraversable()).as("reachable by Tab").isTrue();

        robot.interact(clear::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.contacts().searchProperty().get()).isEmpty();
        assertThat(context.contacts().visibleContacts()).hasSize(3);
        assertThat(stage.getScene().getFocusOwner()).as("back in the search").isSameAs(robot.lookup("#contact-search").query());
    }

    @Test
    void noContactsAtAllStillSaysNoContactsYet(FxRobot robot) {
        open(robot, Locale.ENGLISH, "contacts");
        assertThat(robot.lookup("#contact-empty").queryAs(Label.class).getText()).startsWith("No contacts yet");
        assertThat(robot.lookup("#contact-clear-search").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void focusedEmptySearchFieldsKeepTheirHint(FxRobot robot) {
        open(robot, Locale.ENGLISH, "pipeline");
        for (String[] screen : new String[][] {{"pipeline", "#pipeline-search"}, {"contacts", "#contact-search"},
                {"library", "#library-search"}}) {
            robot.clickOn("#nav-" + screen[0]);
            WaitForAsyncUtils.waitForFxEvents();
            TextField search = robot.lookup(screen[1]).queryAs(TextField.class);
            robot.interact(search::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(search.isFocused()).isTrue();
            Node prompt = search.lookupAll(".text").stream()
                    .filter(n -> n instanceof javafx.scene.text.Text t && search.getPromptText().equals(t.getText()))
                    .findFirst().orElse(null);
            assertThat(prompt).as("%s shows its hint while focused", screen[1]).isNotNull();
            assertThat(prompt.isVisible()).isTrue();
            assertThat(((javafx.scene.text.Text) prompt).getFill()).as("%s's hint is not transparent", screen[1])
                    .isNotEqualTo(javafx.scene.paint.Color.TRANSPARENT);
        }
    }

    @Test
    void libraryItemsHiddenByAFilterSayNoneMatchesAndClearByKeyboard(FxRobot robot) throws Exception {
        AppContext context = open(robot, Locale.ENGLISH, "library");
        dk.netdesk.library.LibraryViewModel library = context.library();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !library.hits().isEmpty());
        robot.interact(() -> library.tagFilterProperty().set("no-such-tag"));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> library.hits().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label empty = robot.lookup("#library-empty").queryAs(Label.class);
        assertThat(empty.getText()).doesNotContain("The library is empty").contains("No items match the filter");
        Button clear = robot.lookup("#library-clear-filters").queryAs(Button.class);
        assertThat(clear.isVisible()).isTrue();
        assertThat(clear.isFocusTraversable()).as("reachable by Tab").isTrue();

        robot.interact(clear::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !library.hits().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.tagFilterProperty().get()).isNull();
        assertThat(stage.getScene().getFocusOwner()).as("back in the search").isSameAs(robot.lookup("#library-search").query());
    }
}
