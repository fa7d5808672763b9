package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.ui.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The contact form's errors each sit under their own field, all at once: a city or social profile that
 * is too long is said under that field, not under Birthday.
 */
@ExtendWith(ApplicationExtension.class)
class ContactFormErrorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 700, 900));
        stage.show();
    }

    @Test
    void eachTooLongLineAndTheBirthdayShowTheirErrorUnderTheirOwnField(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            ContactForm form = new ContactForm(CLOCK);
            robot.interact(() -> {
                form.fill(ContactDetails.named("Anna Jensen"), true, List.of());
                stage.getScene().setRoot(new ScrollPane(new ContactFormView(form, messages).build()));
                form.cityProperty().set("K".repeat(300));
                form.instagramProperty().set("@" + "a".repeat(250));
                form.birthdayProperty().set(LocalDate.of(2030, 5, 3));
                form.validateAll();
            });
            Node root = stage.getScene().getRoot();
            String tooLong = messages.get("contact.error.lineTooLong");
            String where = locale.getLanguage();
            assertUnder(root, "#details-city", tooLong, where);
            assertUnder(root, "#details-instagram", tooLong, where);
            assertUnder(root, "#details-birthday-cell", messages.get("contact.error.birthday"), where);
            for (String fine : List.of("#details-facebook-error", "#details-linkedin-error", "#details-tiktok-error")) {
                assertThat(root.lookup(fine).isVisible()).as(where + ": " + fine).isFalse();
            }
            if (where.equals("en")) {
                robot.interact(() -> Screenshots.save(stage.getScene(), "contact-form-errors-" + where));
            }

            robot.interact(() -> form.cityProperty().set("Aarhus"));
            assertThat(root.lookup("#details-city-error").isVisible()).as(where + ": a fixed city loses its error").isFalse();
            assertThat(root.lookup("#details-instagram-error").isVisible()).as(where + ": the others keep theirs").isTrue();
            assertThat(root.lookup("#details-birthday-cell-error").isVisible()).isTrue();
        }
    }

    private static void assertUnder(Node root, String field, String text, String where) {
        Label message = (Label) root.lookup(field + "-error");
        assertThat(message).as(where + ": " + field + " has its own message").isNotNull();
        assertThat(message.isVisible()).as(where + ": " + field + " message shown").isTrue();
        assertThat(message.getText()).as(where + ": " + field).isEqualTo(text);
        Bounds m = message.localToScene(message.getLayoutBounds());
        Bounds f = root.lookup(field).localToScene(root.lookup(field).getLayoutBounds());
        assertThat(m.getMinY()).as(where + ": " + field + " message below its field").isGreaterThanOrEqualTo(f.getMaxY() - 0.5);
        assertThat(m.getMinY()).as(where + ": " + field + " message right under it").isLessThan(f.getMaxY() + 12);
    }
}
