package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.KeyboardApp;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 18, item 12: Settings has "Work hours…", reached by Tab and pressed by Space; it opens the calendar's one
 * work hours dialog (the same ids as from the calendar's button) with the focus on Monday's first start, and
 * Escape brings the focus back to "Work hours…" in Settings.
 */
class WorkHoursInSettingsTest extends KeyboardWindowTest {

    @Test
    void settingsOpensTheWorkHoursByKeyboard(FxRobot robot) {
        keys.ctrl(KeyCode.COMMA);
        assertFocusIs("settings-language");
        Window settings = keys.active();
        int tabs = 0;
        while (tabs < 8 && (keys.focused() == null || !"settings-work-hours".equals(keys.focused().getId()))) {
            keys.type(KeyCode.TAB);
            tabs++;
        }
        assertFocusIs("settings-work-hours");
        assertThat(tabs).as("right after language, theme and your name").isEqualTo(3);
        assertThat(((Button) keys.focused()).getText()).isEqualTo("Work hours\u2026");

        keys.type(KeyCode.SPACE);
        Window workHours = keys.active();
        assertThat(workHours).as("a dialog over Settings").isNotSameAs(settings);
        assertThat(keys.dialogs(stage)).hasSize(2);
        assertThat(workHours.getScene().lookup("#calendar-balance-free-sunday")).as("the calendar's work hours dialog").isNotNull();
        assertFocusIs("calendar-balance-window-monday-start-0");

        keys.type(KeyCode.ESCAPE);
        assertThat(workHours.isShowing()).as("nothing changed: Escape closes it").isFalse();
        assertThat(settings.isShowing()).isTrue();
        assertFocusIs("settings-work-hours");
        keys.type(KeyCode.ESCAPE);
        assertThat(settings.isShowing()).isFalse();
        assertThat(KeyboardApp.describe(keys.focused())).isNotNull();
    }
}
