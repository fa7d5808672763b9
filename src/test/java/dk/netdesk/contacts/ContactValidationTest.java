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
    @ValueSource(strings = {"12", "abc12345678", "12345678!", "1234567890123456"})
    void refusedPhones(String phone) {
        assertThat(ContactValidation.phone(phone)).contains("contact.error.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+45 11 22 33 44 55 66", "+45 12 34 56 78 99 99 99 99", "0045 1234567", "+45 12345678901234567890"})
    void aDanishNumberHasEightDigitsAfterItsCountryCode(String phone) {
        assertThat(ContactValidation.phone(phone)).contains("contact.error.phoneDanish");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+46 701 23 45 67", "+1 212 555 1234", "0046 70 123", "+3531234567890"})
    void anotherCountrysNumberHasSevenToFifteenDigits(String phone) {
        assertThat(ContactValidation.phone(phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+46 12 34", "0046 1234 5678 9012 3456"})
    void anotherCountrysNumberOutsideSevenToFifteenDigitsIsRefused(String phone) {
        assertThat(ContactValidation.phone(phone)).contains("contact.error.phoneCountry");
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
