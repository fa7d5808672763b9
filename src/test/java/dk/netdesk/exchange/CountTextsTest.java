package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts read right in English and Danish: "1 contact", "2 contacts", "1 kontakt". The bundles' one way for it is
 * MessageFormat's choice ({@code {0,choice,0#no contacts|1#1 contact|1<{0,number,integer} contacts}}).
 */
class CountTextsTest {

    private static final Messages EN = new Messages(Locale.ENGLISH, Bundles.ALL);
    private static final Messages DA = new Messages(new Locale("da"), Bundles.ALL);

    @Test
    void exportAndImportCountsAreSingularForOneAndPluralForMore() {
        assertThat(EN.format("exchange.export.done", 1, "k.csv")).isEqualTo("Exported 1 contact to k.csv");
        assertThat(EN.format("exchange.export.done", 1234, "k.csv")).isEqualTo("Exported 1,234 contacts to k.csv");
        assertThat(DA.format("exchange.export.done", 1, "k.csv")).isEqualTo("1 kontakt er eksporteret til k.csv");
        assertThat(DA.format("exchange.export.done", 0, "k.csv")).isEqualTo("Ingen kontakter er eksporteret til k.csv");
        assertThat(EN.format("exchange.export.doneLeftOut", 1, 2, "k.csv"))
                .isEqualTo("Exported 1 contact (2 left out: do not contact) to k.csv");

        assertThat(EN.format("exchange.wizard.status.done", 1, "a.vcf")).isEqualTo("Imported 1 contact from a.vcf. Ctrl+Z to undo.");
        assertThat(DA.format("exchange.wizard.status.doneMerged", 1, 1, "a.vcf"))
                .isEqualTo("Importerede 1 ny kontakt og flettede 1 kontakt fra a.vcf. Ctrl+Z fortryder.");
        assertThat(DA.format("exchange.wizard.status.doneMerged", 3, 2, "a.vcf"))
                .isEqualTo("Importerede 3 nye kontakter og flettede 2 kontakter fra a.vcf. Ctrl+Z fortryder.");

        assertThat(EN.format("exchange.wizard.readAs.csv.all", "a.csv", 1, "UTF-8"))
                .startsWith("a.csv: 1 row, read as UTF-8. It will be imported like this;");
        assertThat(DA.format("exchange.wizard.readAs.csv.all", "a.csv", 1, "UTF-8"))
                .startsWith("a.csv: 1 række, læst som UTF-8. Den bliver importeret sådan her;");
        assertThat(DA.format("exchange.wizard.readAs.vcard.all", "a.vcf", 2, "UTF-8"))
                .isEqualTo("a.vcf: 2 kort, læst som UTF-8. De bliver importeret sådan her:");
    }

    @Test
    void calendarFileCountsOnScreenAndOnTheCommandLine() {
        assertThat(EN.format("exchange.ics.summary", 1, 0, "k.ics", 0))
                .isEqualTo("Imported 1 new event and updated none from k.ics; 0 left out.");
        assertThat(EN.format("exchange.ics.summary", 2, 1, "k.ics", 3))
                .isEqualTo("Imported 2 new events and updated 1 event from k.ics; 3 left out.");
        assertThat(DA.format("exchange.ics.summary", 1, 2, "k.ics", 0))
                .isEqualTo("Importerede 1 ny aftale og opdaterede 2 aftaler fra k.ics; 0 udeladt.");
        assertThat(EN.format("exchange.ics.exported", 1, "k.ics")).isEqualTo("Exported 1 event to k.ics");
        assertThat(DA.format("exchange.ics.exported", 1, "k.ics")).isEqualTo("Eksporterede 1 aftale til k.ics");
    }

    @Test
    void otherCountsOfContactsAndBackups() {
        assertThat(EN.format("contact.count", 1, 1)).isEqualTo("1 of 1 contact");
        assertThat(DA.format("contact.count", 2, 5)).isEqualTo("2 af 5 kontakter");
        assertThat(EN.format("restore.confirm.text", 1, 1, 2)).startsWith(
                "All current data is replaced with the backup's 1 contact, 1 event and 2 library items.");
        assertThat(DA.format("restore.confirm.text.damaged", 1, 0, 1)).startsWith(
                "Alle nuværende data erstattes af sikkerhedskopiens 1 kontakt, 0 aftaler og 1 biblioteksemne.");
    }

    /**
     * No text puts a bare count before a plural noun ("{0} contacts"), which reads "1 contacts": such counts go
     * through a choice. The few texts listed here only ever get counts above one.
     */
    @Test
    void noBareCountStandsBeforeAPluralNoun() throws IOException {
        Set<String> alwaysMany = Set.of(
                "cli.ambiguous", // two or more contacts share the name
                "exchange.import.csv.tooManyCells", // more cells than the header has: at least two
                "exchange.wizard.readAs.vcard", "exchange.wizard.readAs.csv"); // more records than the 20 shown
        Pattern bare = Pattern.compile("\\{\\d(,number,[#a-z]*)?\\} (\\p{L}+ )?(contacts|rows|cards|events|cells|people|items"
                + "|backups|kontakter|rækker|aftaler|celler|personer|emner|biblioteksemner|sikkerhedskopier)\\b");
        List<String> found = new ArrayList<>();
        for (String baseName : Bundles.ALL) {
            for (String suffix : List.of("", "_da")) {
                Properties texts = load(baseName, suffix);
                for (String key : texts.stringPropertyNames()) {
                    // Choices are followed into: what is left outside them must not have a bare count.
                    String outside = texts.getProperty(key).replaceAll("\\{\\d,choice,[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "#");
                    if (!alwaysMany.contains(key) && bare.matcher(outside).find()) {
                        found.add(baseName + suffix + ": " + key);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static Properties load(String baseName, String suffix) throws IOException {
        String path = "/" + baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = CountTextsTest.class.getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
