package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {

    @Test
    void quotesEveryWordAndSearchesTheLastAsAPrefix() {
        assertThat(FtsQuery.of("pyramid sch")).hasValue("\"pyramid\" \"sch\"*");
        assertThat(FtsQuery.of("  søndag  ")).hasValue("\"søndag\"*");
    }

    @Test
    void onlyTheWordStillBeingTypedIsAPrefix() {
        FtsQuery query = FtsQuery.parse("no tim");
        assertThat(query.match()).isEqualTo("\"no\" \"tim\"*");
        assertThat(query.mark("Not now, no time")).containsExactly(new Snippet.Run("Not now, ", false),
                new Snippet.Run("no", true), new Snippet.Run(" ", false), new Snippet.Run("time", true));
        assertThat(FtsQuery.of("e-mail sk")).hasValue("\"e-mail\" \"sk\"*");
    }

    @Test
    void ftsSyntaxBecomesPlainWords() {
        assertThat(FtsQuery.of("a OR b")).hasValue("\"a\" \"OR\" \"b\"");
        assertThat(FtsQuery.of("say \"hi\"")).hasValue("\"say\" \"hi\"*");
        assertThat(FtsQuery.of("title:x")).hasValue("\"title:x\"");
        assertThat(FtsQuery.of("a\"b")).hasValue("\"a\"\"b\"");
    }

    @Test
    void signsThatBelongToAWordStayWithIt() {
        assertThat(FtsQuery.of("c++")).hasValue("\"c++\"");
        assertThat(FtsQuery.of("e-mail")).hasValue("\"e-mail\"*");
        assertThat(FtsQuery.of("1.299,-")).hasValue("\"1.299,-\"");
        assertThat(FtsQuery.of("(quokka),")).hasValue("\"quokka\"*");
        assertThat(FtsQuery.parse("c++").literalsIn("I write C++ daily")).isTrue();
        assertThat(FtsQuery.parse("c++").literalsIn("citron c vitamin")).isFalse();
        assertThat(FtsQuery.parse("c++").literalsIn("abc++")).isFalse();
        assertThat(FtsQuery.parse("e-ma").literalsIn("Send an E-mail")).isTrue();
    }

    @Test
    void controlCharactersAndBrokenTextAreDropped() {
        assertThat(FtsQuery.of("quo\u0000kka")).hasValue("\"quo\" \"kka\"*");
        assertThat(FtsQuery.of("\u0000")).isEmpty();
        assertThat(FtsQuery.of("aloe\uD83D")).hasValue("\"aloe\"*");
    }

    @Test
    void theSearchedWordsAreMarkedInText() {
        assertThat(FtsQuery.parse("c++ quok").mark("Quokka and C++, not quo or c."))
                .containsExactly(new Snippet.Run("Quokka", true), new Snippet.Run(" and ", false),
                        new Snippet.Run("C++", true), new Snippet.Run(", not quo or c.", false));
    }

    @Test
    void nothingSearchableGivesNoQuery() {
        assertThat(FtsQuery.of(null)).isEmpty();
        assertThat(FtsQuery.of("   ")).isEmpty();
        assertThat(FtsQuery.of("* - ( \" !!")).isEmpty();
    }
}
