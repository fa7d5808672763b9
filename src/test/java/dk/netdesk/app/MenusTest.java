package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.TestApp;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, item 8: the top menus have mnemonics in both languages, no two alike, and the File menu holds the
 * screens' "New …" commands and "Print week…", each running the screen's own button, with Ctrl+N shown on the
 * one of the screen the user is on.
 */
class MenusTest extends AppWindowTest {

    private static final KeyCombination CTRL_N = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private AppContext open(FxRobot robot, Locale locale, String area) {
        app = TestApp.open(dir, locale);
        robot.interact(() -> {
            app.showShell(stage).select(area);
            stage.setWidth(1280);
            stage.setHeight(860);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app.context();
    }

    private MenuBar bar(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    private MenuItem item(FxRobot robot, String id) {
        return bar(robot).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private void topMenusHaveDistinctMnemonics(FxRobot robot, Locale locale, List<String> expected) {
        open(robot, locale, "today");
        Set<Character> letters = new HashSet<>();
        List<Menu> menus = bar(robot).getMenus();
        assertThat(menus).hasSize(expected.size());
        for (int i = 0; i < menus.size(); i++) {
            Menu menu = menus.get(i);
            assertThat(menu.isMnemonicParsing()).isTrue();
            assertThat(menu.getText()).as("menu %d in %s", i, locale).isEqualTo(expected.get(i));
            int at = menu.getText().indexOf('_');
            assertThat(at).as("%s has a mnemonic", menu.getText()).isGreaterThanOrEqualTo(0);
            assertThat(letters.add(Character.toLowerCase(menu.getText().charAt(at + 1))))
                    .as("%s's letter is no other menu's", menu.getText()).isTrue();
        }
    }

    @Test
    void topMenusHaveMnemonicsInEnglish(FxRobot robot) {
        topMenusHaveDistinctMnemonics(robot, Locale.ENGLISH, List.of("_File", "_Edit", "_View", "_Help"));
    }

    @Test
    void topMenusHaveMnemonicsInDanish(FxRobot robot) {
        topMenusHaveDistinctMnemonics(robot, Locale.forLanguageTag("da"), List.of("_Filer", "_Rediger", "_Vis", "_Hjælp"));
    }

    @Test
    void altFOpensTheFileMenu(FxRobot robot) {
        open(robot, Locale.ENGLISH, "contacts");
        Menu file = bar(robot).getMenus().get(0);
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.isShowing()).as("Alt+F opens File").isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A new user's finding (issue 18): with the focus in a search field, Alt+F then an item's letter did nothing and
     * the letter went into the field behind the menu. The letter runs the item, and nothing is typed behind.
     */
    @Test
    void anItemsLetterRunsItAndTypesNothingBehindTheMenu(FxRobot robot) {
        AppContext context = open(robot, Locale.ENGLISH, "contacts");
        javafx.scene.control.TextField search = robot.lookup("#contact-search").queryAs(javafx.scene.control.TextField.class);
        robot.interact(search::requestFocus);
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar(robot).getMenus().get(0).isShowing()).as("Alt+F opens File from the search field").isTrue();
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.getText()).as("nothing typed behind the menu").isEmpty();
        assertThat(context.contactsEditor().openProperty().get()).as("C ran New contact").isTrue();
    }

    @Test
    void fileMenuHoldsTheCommandsWithTheirKeys(FxRobot robot) {
        open(robot, Locale.ENGLISH, "contacts");
        List<String> ids = bar(robot).getMenus().get(0).getItems().stream().map(MenuItem::getId)
                .filter(id -> id != null).toList();
        assertThat(ids).containsSubsequence("menu-newContact", "menu-newEvent", "menu-newLibraryItem", "menu-printWeek",
                "menu-import-contacts", "menu-export-contacts", "menu-import-calendar", "menu-export-calendar",
                "menu-settings", "menu-quit");
        assertThat(item(robot, "menu-newContact").getText().replace("_", "")).isEqualTo("New contact");
        assertThat(item(robot, "menu-printWeek").getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        assertThat(item(robot, "menu-newContact").getAccelerator()).as("on Contacts Ctrl+N is New contact")
                .isEqualTo(CTRL_N);
        assertThat(item(robot, "menu-newEvent").getAccelerator()).isNull();
    }

    @Test
    void ctrlNMovesInTheMenuWithTheScreen(FxRobot robot) {
        open(robot, Locale.ENGLISH, "calendar");
        assertThat(item(robot, "menu-newEvent").getAccelerator()).isEqualTo(CTRL_N);
        assertThat(item(robot, "menu-newContact").getAccelerator()).isNull();
        robot.interact(() -> stage.getScene().lookup("#nav-library").requestFocus());
        robot.clickOn("#nav-library");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(item(robot, "menu-newLibraryItem").getAccelerator()).isEqualTo(CTRL_N);
        assertThat(item(robot, "menu-newEvent").getAccelerator()).isNull();
    }

    @Test
    void newContactFromTheMenuOpensTheScreensNewContact(FxRobot robot) {
        AppContext context = open(robot, Locale.ENGLISH, "today");
        robot.interact(() -> item(robot, "menu-newContact").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().lookup("#nav-contacts")).matches(n -> ((javafx.scene.control.ToggleButton) n).isSelected());
        assertThat(context.contactsEditor().openProperty().get()).as("the new contact is open").isTrue();
        assertThat(context.contactsEditor().form().nameProperty().get()).isEmpty();
    }

    @Test
    void newContactOnTheBoardOpensTheBoardsPanel(FxRobot robot) {
        AppContext context = open(robot, Locale.ENGLISH, "pipeline");
        robot.interact(() -> item(robot, "menu-newContact").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.pipelineDetails().openProperty().get()).as("the board's panel").isTrue();
        assertThat(context.contactsEditor().openProperty().get()).isFalse();
    }

    @Test
    void newEventFromTheMenuOpensTheEventDialog(FxRobot robot) {
        open(robot, Locale.ENGLISH, "contacts");
        int before = Window.getWindows().size();
        // the event dialog waits (showAndWait): fired later, so that the robot is not held up
        MenuItem newEvent = item(robot, "menu-newEvent");
        robot.interact(() -> javafx.application.Platform.runLater(newEvent::fire));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).as("the new event dialog").hasSize(before + 1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void newLibraryItemFromTheMenuStartsANewItem(FxRobot robot) {
        AppContext context = open(robot, Locale.ENGLISH, "today");
        robot.interact(() -> item(robot, "menu-newLibraryItem").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.control.ToggleButton) stage.getScene().lookup("#nav-library")).isSelected()).isTrue();
        assertThat(context.library().editingProperty().get()).as("a new item is being edited").isTrue();
    }

    private void everyItemHasAMnemonicNoTwoAlikeInOneMenu(FxRobot robot, Locale locale) {
        open(robot, locale, "today");
        for (Menu menu : bar(robot).getMenus()) {
            Set<Character> letters = new HashSet<>();
            for (MenuItem item : menu.getItems()) {
                if (item instanceof javafx.scene.control.SeparatorMenuItem) {
                    continue;
                }
                String text = item.getText();
                int at = text.indexOf('_');
                assertThat(item.isMnemonicParsing()).as("%s parses its mnemonic", text).isTrue();
                assertThat(at).as("%s in %s has a mnemonic (%s)", text, menu.getText(), locale)
                        .isBetween(0, text.length() - 2);
                assertThat(letters.add(Character.toLowerCase(text.charAt(at + 1))))
                        .as("%s's letter is no other item's in %s (%s)", text, menu.getText(), locale).isTrue();
            }
        }
    }

    @Test
    void everyMenuItemHasAMnemonicInEnglish(FxRobot robot) {
        everyItemHasAMnemonicNoTwoAlikeInOneMenu(robot, Locale.ENGLISH);
    }

    @Test
    void everyMenuItemHasAMnemonicInDanish(FxRobot robot) {
        everyItemHasAMnemonicNoTwoAlikeInOneMenu(robot, Locale.forLanguageTag("da"));
    }
}
