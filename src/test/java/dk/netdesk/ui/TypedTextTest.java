package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void controlCharactersAreAProblemButTabAndLineBreaksInLongTextAreNot() {
        assertThat(TypedText.problem("\u0000Quokka", false)).isEqualTo(TypedText.CONTROL);
        assertThat(TypedText.problem("Quokka\u0007", true)).isEqualTo(TypedText.CONTROL);
        assertThat(TypedText.problem("a\tb", false)).isNull();
        assertThat(TypedText.problem("a\r\nb", true)).isNull();
        assertThat(TypedText.problem("a\nb", false)).isEqualTo(TypedText.CONTROL);
        assertThat(TypedText.problem(null, false)).isNull();
    }

    @Test
    void aLoneSurrogateIsBrokenTextButAWholeEmojiIsFine() {
        assertThat(TypedText.problem("Quokka \uD83D", false)).isEqualTo(TypedText.BROKEN);
        assertThat(TypedText.problem("\uDE00 Quokka", false)).isEqualTo(TypedText.BROKEN);
        assertThat(TypedText.problem("Quokka \uD83D\uDE00", false)).isNull();
    }

    @Test
    void textIsNormalisedToNfcAndSearchesDropWhatCannotMatch() {
        assertThat(TypedText.nfc("cafe\u0301")).isEqualTo("caf\u00e9");
        assertThat(TypedText.searchable("quo\u0000kka \uD83D cafe\u0301")).isEqualTo("quo kka   caf\u00e9");
        assertThat(TypedText.searchable(null)).isEmpty();
    }

    @Test
    void directionEmbeddingsOverridesAndIsolatesAreControlCharactersButDirectionMarksAreNot() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            String title = "Quokka" + c + " notes";
            assertThat(TypedText.problem(title, false)).as("U+%04X", (int) c).isEqualTo(TypedText.CONTROL);
            assertThat(TypedText.problem(title, true)).as("U+%04X in long text", (int) c).isEqualTo(TypedText.CONTROL);
            assertThat(TypedText.searchable(title)).as("U+%04X in a search", (int) c).isEqualTo("Quokka  notes");
        }
        // the marks only set the direction of neighbouring neutral characters; the next characters are ordinary
        assertThat(TypedText.problem("a\u200Eb\u200Fc", false)).isNull();
        assertThat(TypedText.problem("a\u2029b\u2070", false)).isNull();
        assertThat(TypedText.problem("a\u2065b\u2029", false)).isNull();
    }
}
