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
}
