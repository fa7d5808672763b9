package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "20304050, +4520304050",
            "20 30 40 50, +4520304050",
            "20-30-40-50, +4520304050",
            "+45 20 30 40 50, +4520304050",
            "0045 20304050, +4520304050",
            "(+45) 2030-4050, +4520304050",
            "+46 70 123 45 67, +46701234567",
            "0046 70 123 45 67, +46701234567",
            "1234567, 1234567"})
    void danishNumbersBecomePlus45(String raw, String normalised) {
        assertThat(PhoneNumbers.normalise(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource({
            "'+45 20 30 40 50', '20 30 40 50'",
            "'+4520304050', '20 30 40 50'",
            "'20-30-40-50', '20 30 40 50'",
            "'0045 20304050', '20 30 40 50'",
            "'30 40', '+45 20 30 40 50'",
            "'+45 2030', '0045 2030 4050'",
            "'12345678', '+49 123 456 789 01'"})
    void aNumberTypedInAnyFormatFindsTheStoredNumber(String typed, String stored) {
        assertThat(PhoneNumbers.matches(typed, stored)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"'Anna', '20 30 40 50'", "'', '20 30 40 50'", "'+46 20 30', '20 30 40 50'", "'20 30', ''"})
    void otherTextFindsNoNumber(String typed, String stored) {
        assertThat(PhoneNumbers.matches(typed, stored)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "'+4520304050', '20 30 40 50'",
            "'20 30 40 50', '20 30 40 50'",
            "'20304050', '20 30 40 50'",
            "'0045 2030-4050', '20 30 40 50'",
            "'(+45) 20.30.40.50', '20 30 40 50'",
            "'\uff0b\uff14\uff15 20304050', '20 30 40 50'",
            "'+46 70 123 45 67', '+46 701 23 45 67'",
            "'0046701234567', '+46 701 23 45 67'",
            "'+49 30 12345678', '+49 30 12 34 56 78'",
            "'+1 (212) 555-1234', '+1 212 555 1234'",
            "'+354 5512345', '+354 551 23 45'",
            "'112', '112'",
            "'1234567', '1234567'",
            "' 20304050 ext. 12 ', '20304050 ext. 12'",
            "'ring til Anna', 'ring til Anna'",
            "'', ''"})
    void everyFormatIsShownOneWay(String typed, String shown) {
        assertThat(PhoneNumbers.display(typed)).isEqualTo(shown);
    }

    @org.junit.jupiter.api.Test
    void theSameNumberInTwoFormatsIsShownAlike() {
        assertThat(PhoneNumbers.display("+4520304050")).isEqualTo(PhoneNumbers.display("20 30 40 50"));
        assertThat(PhoneNumbers.display(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void pastedLookAlikesBecomePlainCharacters() {
        assertThat(PhoneNumbers.clean("\u00a0\uff0b\uff14\uff15\u2009\uff12\uff10\u201130\u201340\u221250 "))
                .isEqualTo("+45 20-30-40-50");
        assertThat(ContactValidation.phone("+45\u00a020\u00a030\u00a040\u00a050")).as("a pasted number is valid").isEmpty();
        assertThat(PhoneNumbers.normalise("0045\u00a020\u201130\u201140\u201150")).isEqualTo("+4520304050");
    }
}
