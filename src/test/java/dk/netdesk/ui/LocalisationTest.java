package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Danish, and the Danish texts really are Danish. */
class LocalisationTest {

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndNoEmptyText() throws IOException {
        for (String baseName : Bundles.ALL) {
            Properties english = load(baseName, "");
            Properties danish = load(baseName, "_da");
            assertThat(danish.stringPropertyNames()).as(baseName).isEqualTo(english.stringPropertyNames());
            english.forEach((k, v) -> assertThat(v.toString()).as(baseName + " en " + k).isNotBlank());
            danish.forEach((k, v) -> assertThat(v.toString()).as(baseName + " da " + k).isNotBlank());
        }
    }

    @Test
    void messagesFollowTheLanguageAndItsFormats() {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        assertThat(messages.get("menu.file")).isEqualTo("_File");
        messages.setLocale(new Locale("da", "DK"));
        assertThat(messages.get("menu.file")).isEqualTo("_Filer");
        assertThat(messages.number(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(messages.date(java.time.LocalDate.of(2026, 11, 28))).isEqualTo("28. nov. 2026");
        messages.setLocale(Locale.GERMAN);
        assertThat(messages.get("menu.file")).as("unsupported languages fall back to English").isEqualTo("_File");
    }

    private static Properties load(String baseName, String suffix) throws IOException {
        String path = "/" + baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = LocalisationTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
