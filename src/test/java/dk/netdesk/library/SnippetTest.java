package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cut snippet ends in "…" right after its last word, never after punctuation; an uncut one has no "…". */
class SnippetTest {

    private static String sentence(String last) {
        StringBuilder line = new StringBuilder();
        while (line.length() < Snippet.LENGTH - 30) {
            line.append("ord ");
        }
        return line + last;
    }

    @Test
    void aCutSnippetDropsTrailingPunctuationBeforeTheEllipsis() {
        String line = sentence("langsomt ind i den. Derefter kommer der meget mere tekst end der er plads til her.");
        String shown = Snippet.text(Snippet.start(line));
        assertThat(shown).endsWith("…").doesNotEndWith(".…").doesNotEndWith(" …");
        String comma = sentence("og så videre, og så videre, og så videre, og så videre, og så videre, og så videre.");
        assertThat(Snippet.text(Snippet.start(comma))).doesNotContain(",…").endsWith("…");
    }

    @Test
    void aSnippetEndingAtTheTextsEndHasNoEllipsis() {
        assertThat(Snippet.text(Snippet.start("Kort tekst."))).isEqualTo("Kort tekst.");
        String line = sentence("slutter her.");
        assertThat(line.length()).isLessThanOrEqualTo(Snippet.LENGTH);
        assertThat(Snippet.text(Snippet.start(line + "   "))).endsWith("slutter her.");
    }
}
