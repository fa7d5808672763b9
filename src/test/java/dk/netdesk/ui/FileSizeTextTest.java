package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * File sizes as the whole app shows them ({@link Messages#fileSize}): exact bytes under 1 kB (never "1 kB" for an
 * empty file), decimal units, the UI language's decimal mark. That it is the one formatter is a rule of
 * {@link BundleTextRulesTest}.
 */
class FileSizeTextTest {

    static final Messages ENGLISH = new Messages(Locale.ENGLISH, List.of("dk.netdesk.ui.messages"));
    static final Messages DANISH = new Messages(new Locale("da"), List.of("dk.netdesk.ui.messages"));

    @Test
    void sizesInEnglish() {
        assertThat(ENGLISH.fileSize(0)).isEqualTo("0 bytes");
        assertThat(ENGLISH.fileSize(1)).isEqualTo("1 byte");
        assertThat(ENGLISH.fileSize(17)).isEqualTo("17 bytes");
        assertThat(ENGLISH.fileSize(999)).isEqualTo("999 bytes");
        assertThat(ENGLISH.fileSize(1000)).isEqualTo("1 kB");
        assertThat(ENGLISH.fileSize(1536)).isEqualTo("1.5 kB");
        assertThat(ENGLISH.fileSize(812_000)).isEqualTo("812 kB");
        assertThat(ENGLISH.fileSize(999_999)).isEqualTo("1 MB");
        assertThat(ENGLISH.fileSize(10_000_000)).isEqualTo("10 MB");
        assertThat(ENGLISH.fileSize(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(ENGLISH.fileSize(1_400_000)).isEqualTo("1.4 MB");
        assertThat(ENGLISH.fileSize(2_500_000_000L)).isEqualTo("2.5 GB");
        assertThat(ENGLISH.fileSize(-5)).isEqualTo("0 bytes");
    }

    @Test
    void sizesInDanish() {
        assertThat(DANISH.fileSize(0)).isEqualTo("0 byte");
        assertThat(DANISH.fileSize(1)).isEqualTo("1 byte");
        assertThat(DANISH.fileSize(17)).isEqualTo("17 byte");
        assertThat(DANISH.fileSize(999)).isEqualTo("999 byte");
        assertThat(DANISH.fileSize(1000)).isEqualTo("1 kB");
        assertThat(DANISH.fileSize(1536)).isEqualTo("1,5 kB");
        assertThat(DANISH.fileSize(10_000_000)).isEqualTo("10 MB");
        assertThat(DANISH.fileSize(1_400_000)).isEqualTo("1,4 MB");
    }
}
