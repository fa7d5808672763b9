package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The export dialogs' default file names follow the UI language. */
class ExportFileNamesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    static Messages messages(String language) {
        return new Messages(new Locale(language), Bundles.ALL);
    }

    @Test
    void theCalendarFileIsNamedInTheUiLanguage() {
        assertThat(new CalendarFilesViewModel(null, null, Background.direct(), new dk.netdesk.ui.UndoManager(), new StatusLine(), messages("en"))
                .suggestedFileName()).isEqualTo("netdesk-calendar.ics");
        assertThat(new CalendarFilesViewModel(null, null, Background.direct(), new dk.netdesk.ui.UndoManager(), new StatusLine(), messages("da"))
                .suggestedFileName()).isEqualTo("netdesk-kalender.ics");
    }

    @Test
    void theContactsFileIsNamedInTheUiLanguage() {
        ContactsExportViewModel english = new ContactsExportViewModel(null, Background.direct(), new StatusLine(),
                messages("en"), CLOCK);
        ContactsExportViewModel danish = new ContactsExportViewModel(null, Background.direct(), new StatusLine(),
                messages("da"), CLOCK);
        assertThat(english.suggestedFileName()).isEqualTo("contacts-2026-12-01.csv");
        assertThat(danish.suggestedFileName()).isEqualTo("kontakter-2026-12-01.csv");
        danish.formatProperty().set(ExportFormat.VCARD);
        assertThat(danish.suggestedFileName()).isEqualTo("kontakter-2026-12-01.vcf");
    }
}
