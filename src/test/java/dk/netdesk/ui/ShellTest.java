package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window in Danish, and the language switched at runtime. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    @TempDir
    static Path dir;
    TestApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), new Locale("da", "DK"));
        app.showShell(stage).select("contacts");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void danishUiShowsDanishTexts(FxRobot robot) {
        MenuBar menus = robot.lookup("#menu-bar").query();
        assertThat(menus.getMenus()).extracting(m -> m.getText()).containsExactly("_Filer", "_Rediger", "_Vis", "_Hjælp");
        assertThat(robot.lookup("#nav-contacts").queryAs(ToggleButton.class).getText()).isEqualTo("Kontakter");
        assertThat(robot.lookup("#nav-today").queryAs(ToggleButton.class).getText()).isEqualTo("I dag");
        assertThat(robot.lookup("#contact-new").queryAs(Button.class).getText()).isEqualTo("Ny");
        assertThat(robot.lookup(".table-view .placeholder .label").queryAs(Label.class).getText())
                .startsWith("Ingen kontakter endnu");
        assertThat(stage.getTitle()).isEqualTo("Netdesk");
    }

    @Test
    void switchingLanguageRebuildsTheScreenAndIsRemembered(FxRobot robot) {
        robot.interact(() -> app.context().shell().setLanguage(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contact-new").queryAs(Button.class).getText()).isEqualTo("New");

        ShellViewModel reloaded = new ShellViewModel(new dk.netdesk.db.Settings(app.database(), new dk.netdesk.db.Changes()),
                Background.direct(), new Messages(Locale.GERMAN, dk.netdesk.app.Bundles.ALL));
        reloaded.loadAtStart(new Locale("da"));
        assertThat(reloaded.messages().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void openDataFolderSaysSoWhenNoProgramCouldOpenIt(FxRobot robot) {
        java.util.List<String> opened = new java.util.ArrayList<>();
        app.context().setOpener((uri, onFailure) -> {
            opened.add(uri);
            onFailure.accept(new java.io.IOException("xdg-open could not open " + uri + " (exit 4)"));
        });
        MenuBar menus = robot.lookup("#menu-bar").query();
        javafx.scene.control.MenuItem openData = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> "menu-openDataFolder".equals(item.getId())).findFirst().orElseThrow();

        robot.interact(openData::fire);

        Path data = app.database().dataDir();
        assertThat(opened).containsExactly(data.toUri().toString());
        assertThat(app.context().status().textProperty().get())
                .isEqualTo("Intet program kunne åbne mappen " + data + ". Åbn den selv i din filhåndtering.");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Intet program kunne åbne mappen " + data + ". Åbn den selv i din filhåndtering.");
    }
}
