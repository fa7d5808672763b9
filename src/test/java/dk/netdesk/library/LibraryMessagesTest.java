package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LibraryMessagesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = LibraryMessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndDanishHaveTheSameKeysAndEveryEnumHasItsText() throws Exception {
        Properties en = load("messages.properties");
        Properties da = load("messages_da.properties");
        assertThat(da.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (LibraryKind kind : LibraryKind.values()) {
            assertThat(en).containsKey("library.kind." + kind.name());
        }
        for (LibrarySource source : LibrarySource.values()) {
            assertThat(en).containsKey("library.source." + source.name());
        }
        for (ScriptOutcome outcome : ScriptOutcome.values()) {
            assertThat(en).containsKey("library.outcome." + outcome.name());
        }
        assertThat(da.getProperty("nav.library")).isEqualTo("Bibliotek");
    }
}
