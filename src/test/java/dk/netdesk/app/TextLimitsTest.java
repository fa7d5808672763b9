package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.library.LibraryForm;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.TextLimits;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Field lengths (issue 15, item 26): titles longer than {@link TextLimits#NAME} are refused in the form with
 * a message in both languages, nothing is saved; at the limit they pass. (Stage names, interaction text and
 * consent channels: {@code pipeline/PipelineViewModelTest}, {@code pipeline/ContactDetailsViewModelTest}.)
 */
class TextLimitsTest {

    @Test
    void aLibraryTitleOverTheLimitIsRefusedWithAMessage() {
        LibraryForm form = new LibraryForm();
        form.titleProperty().set("x".repeat(1_000_000));
        assertThat(form.validateAll()).as("nothing saved").isFalse();
        assertThat(form.titleErrorProperty().get()).isEqualTo("library.error.titleTooLong");
        assertThat(new Messages(Locale.ENGLISH, Bundles.ALL).get("library.error.titleTooLong"))
                .isEqualTo("A title can have at most 200 characters. Shorten it.");
        assertThat(new Messages(new Locale("da"), Bundles.ALL).get("library.error.titleTooLong"))
                .isEqualTo("En titel må højst have 200 tegn. Gør den kortere.");
        form.titleProperty().set("x".repeat(TextLimits.NAME));
        form.validateAll();
        assertThat(form.titleErrorProperty().get()).isNull();
    }

    @Test
    void anEventTitleOverTheLimitIsRefused() {
        EventDraft draft = new EventDraft("x".repeat(201), LocalDateTime.parse("2026-11-26T18:00"),
                LocalDateTime.parse("2026-11-26T19:00"), false, "", "", null, Kind.ADMIN, null, null);
        assertThat(draft.problems()).containsExactly("calendar.error.titleTooLong");
        assertThat(new Messages(new Locale("da"), Bundles.ALL).get("calendar.error.titleTooLong"))
                .isEqualTo("En titel må højst have 200 tegn. Gør den kortere.");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        assertThat(TextLimits.tooLong("😀".repeat(200), TextLimits.NAME)).isFalse();
        assertThat(TextLimits.tooLong("😀".repeat(201), TextLimits.NAME)).isTrue();
        assertThat(TextLimits.tooLong("  " + "x".repeat(200) + "  ", TextLimits.NAME)).as("trimmed").isFalse();
    }
}
