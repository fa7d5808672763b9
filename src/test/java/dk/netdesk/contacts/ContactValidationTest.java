package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "+45 12 34 56 78", "12345678", "(+45) 1234-5678", "0045 12.34.56.78"})
    void acceptedPhones(String phone) {
        assertThat(ContactValidation.phone(phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "abc12345678", "+45 12 34 56 78 99 99 99 99", "12345678!"})
    void refusedPhones(String phone) {
        assertThat(ContactValidation.phone(phone)).contains("contact.error.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna@example.dk", "a.b+c@sub.domain.com", "søren@æblegård.dk"})
    void acceptedEmails(String email) {
        assertThat(ContactValidation.email(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "anna@example", "an na@example.dk", "@example.dk"})
    void refusedEmails(String email) {
        assertThat(ContactValidation.email(email)).contains("contact.error.email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nameIsRequired(String name) {
        assertThat(ContactValidation.name(name)).contains("contact.error.nameRequired");
    }
}
