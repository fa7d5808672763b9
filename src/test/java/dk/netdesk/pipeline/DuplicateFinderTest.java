package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.pipeline.DuplicateFinder.Kind;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which contacts are listed as likely duplicates, and why. */
class DuplicateFinderTest {

    private static Contact contact(long id, String name, String phone, String email) {
        return new Contact(id, ContactDetails.named(name).withContact(phone, email, ""), false, "", Instant.EPOCH,
                Instant.EPOCH);
    }

    private static List<Kind> kinds(DuplicateFinder.Pair pair) {
        return pair.reasons().stream().map(DuplicateFinder.Reason::kind).toList();
    }

    @Test
    void theSameEmailIgnoringCaseAndNfc() {
        String decomposed = Normalizer.normalize("søren@example.dk", Normalizer.Form.NFD);
        var pairs = DuplicateFinder.find(List.of(contact(1, "Søren", "", "Søren@Example.dk"),
                contact(2, "S. Hansen", "", decomposed), contact(3, "Other", "", "other@example.dk")), Set.of());
        assertThat(pairs).hasSize(1);
        assertThat(kinds(pairs.get(0))).containsExactly(Kind.EMAIL);
        assertThat(pairs.get(0).reasons().get(0).value()).isEqualTo("søren@example.dk");
    }

    @Test
    void theSamePhoneAsDanishNumbersAreWrittenInEveryWay() {
        var pairs = DuplicateFinder.find(List.of(contact(1, "A", "20 30 40 50", ""), contact(2, "B", "+45 2030 4050", ""),
                contact(3, "C", "0045-20.30.40.50", ""), contact(4, "D", "20 30 40 51", "")), Set.of());
        assertThat(pairs).extracting(DuplicateFinder.Pair::key).containsExactlyInAnyOrder("1-2", "1-3", "2-3");
        assertThat(pairs).allSatisfy(p -> assertThat(p.reasons().get(0).value()).isEqualTo("+4520304050"));
    }

    @Test
    void theSameNameIgnoringCaseSpacesAndNfc() {
        String decomposed = Normalizer.normalize("ÅSE  Ærø", Normalizer.Form.NFD);
        var pairs = DuplicateFinder.find(List.of(contact(1, "Åse Ærø", "", ""), contact(2, decomposed, "", "")), Set.of());
        assertThat(pairs).hasSize(1);
        assertThat(kinds(pairs.get(0))).containsExactly(Kind.SAME_NAME);
    }

    @Test
    void similarNamesWithAndWithoutDanishLettersAndInAnotherOrder() {
        assertThat(DuplicateFinder.similarName("Søren Ågård")).isEqualTo(DuplicateFinder.similarName("Soeren Aagaard"))
                .isEqualTo(DuplicateFinder.similarName("soren agard")).isEqualTo(DuplicateFinder.similarName("Ågård, Søren"));
        assertThat(DuplicateFinder.similarName("Mæhle")).isEqualTo(DuplicateFinder.similarName("Maehle"));
        assertThat(DuplicateFinder.similarName("José")).isEqualTo(DuplicateFinder.similarName("Jose"));
        assertThat(DuplicateFinder.similarName("Søren Ågård")).isNotEqualTo(DuplicateFinder.similarName("Søren Åstrup"));
        var pairs = DuplicateFinder.find(List.of(contact(1, "Søren Ågård", "", ""), contact(2, "Soeren Aagaard", "", ""),
                contact(3, "Søren Åstrup", "", "")), Set.of());
        assertThat(pairs).extracting(DuplicateFinder.Pair::key).containsExactly("1-2");
        assertThat(kinds(pairs.get(0))).containsExactly(Kind.SIMILAR_NAME);
    }

    @Test
    void everyReasonIsGivenStrongestFirstAndDismissedPairsAreLeftOut() {
        List<Contact> all = List.of(contact(5, "Bo Ibsen", "20304050", "bo@example.dk"),
                contact(2, "bo ibsen", "+4520304050", "BO@example.dk"), contact(7, "Anna", "", ""), contact(9, "anna", "", ""));
        var pairs = DuplicateFinder.find(all, Set.of());
        assertThat(pairs).extracting(DuplicateFinder.Pair::key).containsExactly("2-5", "7-9");
        assertThat(pairs.get(0).first().id()).isEqualTo(2);
        assertThat(kinds(pairs.get(0))).containsExactly(Kind.EMAIL, Kind.PHONE, Kind.SAME_NAME);
        assertThat(DuplicateFinder.find(all, Set.of(DuplicateFinder.pairKey(5, 2)))).extracting(DuplicateFinder.Pair::key)
                .containsExactly("7-9");
    }

    @Test
    void blankAndShortValuesMatchNothing() {
        var pairs = DuplicateFinder.find(List.of(contact(1, "X Y", "112", ""), contact(2, "Z W", "112", ""),
                contact(3, "!!", "", ""), contact(4, "??", "", "")), Set.of());
        assertThat(pairs).isEmpty();
    }
}
