package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {

    @Test
    void quotesEveryWordAndSearchesPrefixes() {
        assertThat(FtsQuery.of("pyramid sch")).hasValue("\"pyramid\"* \"sch\"*");
        assertThat(FtsQuery.of("  søndag  ")).hasValue("\"søndag\"*");
    }

    @Test
    void ftsSyntaxBecomesPlainWords() {
        assertThat(FtsQuery.of("a OR b")).hasValue("\"a\" \"OR\"* \"b\"");
        assertThat(FtsQuery.of("say \"hi\"")).hasValue("\"say\"* \"\"\"hi\"\"\"*");
        assertThat(FtsQuery.of("title:x")).hasValue("\"title:x\"*");
    }

    @Test
    void nothingSearchableGivesNoQuery() {
        assertThat(FtsQuery.of(null)).isEmpty();
        assertThat(FtsQuery.of("   ")).isEmpty();
        assertThat(FtsQuery.of("* - ( \" !!")).isEmpty();
    }
}
