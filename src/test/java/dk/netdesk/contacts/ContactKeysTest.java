package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactKeysTest {

    @Test
    void emailsCompareTrimmedInLowerCaseAndNfc() {
        assertThat(ContactKeys.email("  Åse@Example.DK ")).isEqualTo("åse@example.dk");
        assertThat(ContactKeys.email("A\u030Ase@x.dk")).isEqualTo(ContactKeys.email("åse@x.dk"));
        assertThat(ContactKeys.email(null)).isEmpty();
    }

    @Test
    void phonesAreDanishByDefault() {
        assertThat(ContactKeys.phone("20 30 40 50")).isEqualTo("+4520304050");
        assertThat(ContactKeys.phone("0045 20304050")).isEqualTo(ContactKeys.phone("+45 20-30-40-50"));
        assertThat(ContactKeys.phone("+46 70 123 45 67")).isEqualTo("+46701234567");
    }

    @Test
    void namesIgnoreCaseCompositionAndExtraSpacesButNotLetters() {
        assertThat(ContactKeys.name("  ÅSE   ÆRØ-Østergård ")).isEqualTo("åse ærø-østergård");
        assertThat(ContactKeys.name("A\u030Ase")).isEqualTo(ContactKeys.name("åse"));
        assertThat(ContactKeys.name("Aase")).isNotEqualTo(ContactKeys.name("Åse"));
        assertThat(ContactKeys.name("Søren 😀")).isEqualTo("søren 😀");
    }
}
