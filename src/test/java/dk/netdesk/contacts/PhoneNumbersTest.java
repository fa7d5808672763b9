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
}
