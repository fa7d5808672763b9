package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17, item 6: the one set of rules for text that is the same however it was typed (decision 0039). */
class PlainTextTest {

    private static final String NFC = "caf\u00e9";
    private static final String NFD = "cafe\u0301";

    @Test
    void everyKindOfSpaceBecomesAPlainSpaceInAOneLineValue() {
        for (char space : "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
                .toCharArray()) {
            assertThat(PlainText.line("hud" + space + "pleje")).as("U+%04X", (int) space).isEqualTo("hud pleje");
            assertThat(PlainText.line(space + "hudpleje" + space)).as("U+%04X at the ends", (int) space).isEqualTo("hudpleje");
        }
    }

    @Test
    void invisibleMarksAreDroppedFromAOneLineValueButJoinersThatShowStay() {
        for (char mark : "\u00ad\u180e\u200b\u2060\u2061\u2062\u2063\u2064\ufeff".toCharArray()) {
            assertThat(PlainText.line("hud" + mark + "pleje")).as("U+%04X", (int) mark).isEqualTo("hudpleje");
        }
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(PlainText.line(family)).as("the emoji's zero width joiners").isEqualTo(family);
        assertThat(PlainText.line("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")).as("a Persian ZWNJ")
                .contains("\u200c");
    }

    @Test
    void aOneLineValueIsNfcEvenWhenADroppedMarkSatBetweenTheLetterAndItsAccent() {
        assertThat(PlainText.line(NFD)).isEqualTo(NFC);
        assertThat(PlainText.line("cafe\u200b\u0301")).isEqualTo(NFC);
        assertThat(PlainText.line(null)).isEmpty();
    }

    @Test
    void aTextOfLinesIsNfcWithoutAByteOrderMarkAndKeepsItsSpacesAndLines() {
        assertThat(PlainText.text("\ufeffRabat\u00a010 %\n" + NFD + "\u200b")).isEqualTo("Rabat\u00a010 %\n" + NFC + "\u200b");
        assertThat(PlainText.text(null)).isEmpty();
    }

    @Test
    void textsThatReadTheSameHaveOneKey() {
        List<String> same = List.of("Caf\u00e9", NFC, NFD, NFC + "\u00a0", "\u200b" + NFC, "CAF\u00c9", "\u200eCafe\u0301\ufeff");
        for (String text : same) {
            assertThat(PlainText.key(text)).as(text).isEqualTo(NFC);
            assertThat(TextOrder.same(text, NFC)).as(text).isTrue();
        }
        assertThat(PlainText.key("hud \u00a0 pleje")).isEqualTo("hud pleje");
        assertThat(TextOrder.same("cafe", NFC)).as("an accent a person sees").isFalse();
    }
}
