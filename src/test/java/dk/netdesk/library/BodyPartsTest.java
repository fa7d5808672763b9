package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which text belongs to which section and quote of an item's body, for their own Copy buttons (issue 18, item 14):
 * the same plain text and link rules as the whole item's Copy (decision 0037).
 */
class BodyPartsTest {

    static final String BODY = """
            Said before any heading.

            ## Why people ask

            It is a fair question.

            ## A calm answer

            > "Good question. See [the rules](https://example.com/rules) and [my notes](file:///home/me/notes.txt)."

            ### Said gently

            Smile and *wait*.

            ## Things to remember

            - Don't get defensive.
            - Be open about numbers.
            """;

    @Test
    void eachHeadingCutsASectionUpToTheNextHeadingOfTheSameOrHigherLevel() {
        List<BodyParts.Part> sections = BodyParts.of(BODY).sections();
        assertThat(sections).extracting(BodyParts.Part::name)
                .containsExactly("Why people ask", "A calm answer", "Said gently", "Things to remember");
        assertThat(sections).extracting(p -> p.text().plain()).containsExactly(
                "Why people ask\n\nIt is a fair question.",
                "A calm answer\n\n\"Good question. See the rules (https://example.com/rules) and my notes.\"\n\n"
                        + "Said gently\n\nSmile and wait.",
                "Said gently\n\nSmile and wait.",
                "Things to remember\n\n- Don't get defensive.\n- Be open about numbers.");
        assertThat(sections).allSatisfy(p -> assertThat(p.kind()).isEqualTo(BodyParts.Kind.SECTION));
    }

    @Test
    void aQuoteIsItsOwnTextOnlyWithTheSameLinkRulesAsTheItemsCopy() {
        List<BodyParts.Part> quotes = BodyParts.of(BODY).quotes();
        assertThat(quotes).hasSize(1);
        BodyParts.Part quote = quotes.get(0);
        assertThat(quote.kind()).isEqualTo(BodyParts.Kind.QUOTE);
        // the only quote of its section is named by the section's heading
        assertThat(quote.name()).isEqualTo("A calm answer");
        // a web link is "label (address)", a link that is not opened only its label, no "(link not opened …)"
        assertThat(quote.text().plain())
                .isEqualTo("\"Good question. See the rules (https://example.com/rules) and my notes.\"");
        assertThat(quote.text().html()).contains("<a href=\"https://example.com/rules\">the rules</a>")
                .contains("my notes").doesNotContain("file:").doesNotContain("<blockquote>A calm answer");
    }

    @Test
    void quotesSharingASectionOrWithoutOneAreNamedByTheirOpeningWords() {
        String body = """
                > Hello there, nice to meet you at last after all this time.

                ## Replies

                > First: thanks, but no.

                > "Second: maybe later."
                """;
        assertThat(BodyParts.of(body).quotes()).extracting(BodyParts.Part::name)
                .containsExactly("Hello there, nice to meet you at last…", "First: thanks, but no.",
                        "Second: maybe later.");
        assertThat(BodyParts.of(body).quotes()).extracting(p -> p.text().plain())
                .containsExactly("Hello there, nice to meet you at last after all this time.", "First: thanks, but no.",
                        "\"Second: maybe later.\"");
    }

    @Test
    void theStarterAnswerToAPyramidSchemeCopiesJustTheAnswer() {
        String body = new StarterLibrary().items().stream().filter(d -> d.title().equals("Is this a pyramid scheme?"))
                .findFirst().orElseThrow().body();
        BodyParts parts = BodyParts.of(body);
        assertThat(parts.quotes()).singleElement().satisfies(q -> {
            assertThat(q.name()).isEqualTo("A calm answer");
            assertThat(q.text().plain()).startsWith("\"Good question, and I'm glad you ask.")
                    .endsWith("most people receive very little.\"").doesNotContain("A calm answer", "defensive");
        });
        assertThat(parts.sections()).extracting(BodyParts.Part::name)
                .containsExactly("Why people ask", "A calm answer", "Things to remember");
    }

    @Test
    void aBodyWithoutHeadingsOrQuotesHasNoParts() {
        assertThat(BodyParts.of("Just text.").sections()).isEmpty();
        assertThat(BodyParts.of("").quotes()).isEmpty();
        assertThat(BodyParts.of(null).sections()).isEmpty();
    }
}
