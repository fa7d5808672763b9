package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a kept event's title loses the erased person's name, phones, emails and handles. */
class PersonEraseScrubTest {

    private static final ContactDetails BO = new ContactDetails("Bo Ærø Nielsen", List.of("+45 20 30 40 50", "11223344"),
            List.of("bo@example.dk"), "bo.fb", "@bo_insta", "", "", "Odense", null, null, null, null, List.of(), "");

    private final Pattern identifiers = PersonErase.identifiers(BO);

    @Test
    void theFullNameAndEachNameWordGoWholeWordsOnlyInAnyCase() {
        assertThat(PersonErase.scrub("Coffee with Bo Ærø Nielsen", identifiers)).isEqualTo("Coffee with");
        assertThat(PersonErase.scrub("Follow-up: BO", identifiers)).isEqualTo("Follow-up");
        assertThat(PersonErase.scrub("Nielsen's party", identifiers)).isEqualTo("party");
        assertThat(PersonErase.scrub("Board meeting about Boats", identifiers)).as("not inside other words")
                .isEqualTo("Board meeting about Boats");
        assertThat(PersonErase.scrub("Lunch – ærø", identifiers)).isEqualTo("Lunch");
    }

    @Test
    void phonesGoAsTypedWithOrWithoutSpacesAndCountryCode() {
        assertThat(PersonErase.scrub("Call 20304050 at 9", identifiers)).isEqualTo("Call at 9");
        assertThat(PersonErase.scrub("Call +4520 30 40 50", identifiers)).isEqualTo("Call");
        assertThat(PersonErase.scrub("Call 11-22-33-44 then 99 88 77 66", identifiers)).isEqualTo("Call then 99 88 77 66");
    }

    @Test
    void emailsAndHandlesGoAndAnEmptyResultIsEmpty() {
        assertThat(PersonErase.scrub("Mail BO@example.dk and DM @bo_insta", identifiers)).isEqualTo("Mail and DM");
        assertThat(PersonErase.scrub("Bo Ærø Nielsen", identifiers)).isEmpty();
        assertThat(PersonErase.scrub("Visit in Odense", identifiers)).as("the city alone does not identify")
                .isEqualTo("Visit in Odense");
    }
}
