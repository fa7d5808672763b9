package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The formula neutralising and the separator choice (decision record 0015). */
class CsvContactsTest {

    @Test
    void cellsThatASpreadsheetWouldRunGetALeadingApostrophe() {
        assertThat(CsvContacts.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvContacts.neutralise("+45 12 34 56 78")).isEqualTo("'+45 12 34 56 78");
        assertThat(CsvContacts.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvContacts.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvContacts.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvContacts.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvContacts.neutralise("  =cmd")).as("spaces before a trigger").isEqualTo("'  =cmd");
    }

    @Test
    void otherCellsAreLeftAsTheyAre() {
        assertThat(CsvContacts.neutralise("20 30 40 50")).isEqualTo("20 30 40 50");
        assertThat(CsvContacts.neutralise("Åse = god")).isEqualTo("Åse = god");
        assertThat(CsvContacts.neutralise(" Åse")).isEqualTo(" Åse");
        assertThat(CsvContacts.neutralise("'quoted")).isEqualTo("'quoted");
        assertThat(CsvContacts.neutralise("")).isEmpty();
        assertThat(CsvContacts.neutralise(null)).isEmpty();
    }

    @Test
    void theSeparatorFollowsTheDecimalMarkOfTheLanguage() {
        assertThat(CsvContacts.separatorFor(new Locale("da", "DK"))).isEqualTo(';');
        assertThat(CsvContacts.separatorFor(new Locale("da"))).isEqualTo(';');
        assertThat(CsvContacts.separatorFor(Locale.ENGLISH)).isEqualTo(',');
        assertThat(CsvContacts.separatorFor(Locale.US)).isEqualTo(',');
    }

    @Test
    void theFormatIsPickedByTheFileNameEnding() {
        assertThat(ExportFormat.of(java.nio.file.Path.of("a/kontakter.CSV"))).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of(java.nio.file.Path.of("kontakter.vcf"))).contains(ExportFormat.VCARD);
        assertThat(ExportFormat.of(java.nio.file.Path.of("kontakter.xlsx"))).isEmpty();
        assertThat(ExportFormat.of(java.nio.file.Path.of(".csv"))).isEmpty();
    }
}
