package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date forms of CSV cells, and the order a file's dates are in. */
class CellDatesTest {

    private static CellDates.Cell read(String text, DateOrder order) {
        return CellDates.read(text, order, 2026);
    }

    @Test
    void formsThatDoNotDependOnTheOrder() {
        for (DateOrder order : DateOrder.values()) {
            assertThat(read("1990-05-17", order).date()).isEqualTo(LocalDate.of(1990, 5, 17));
            assertThat(read("19900517", order).date()).isEqualTo(LocalDate.of(1990, 5, 17));
            assertThat(read("1990-05-17T08:30:00Z", order).date()).isEqualTo(LocalDate.of(1990, 5, 17));
            assertThat(read("5.4.1990", order).date()).as("dots are day first").isEqualTo(LocalDate.of(1990, 4, 5));
            assertThat(read("--04-12", order).noYear()).isEqualTo(MonthDay.of(4, 12));
            assertThat(read("--0412", order).noYear()).isEqualTo(MonthDay.of(4, 12));
            assertThat(read("12.4.", order).noYear()).isEqualTo(MonthDay.of(4, 12));
            assertThat(read("0/0/00", order)).isEqualTo(CellDates.Cell.EMPTY);
            assertThat(read("  ", order)).isEqualTo(CellDates.Cell.EMPTY);
        }
    }

    @Test
    void slashesAndDashesFollowTheOrderAndTwoDigitYearsAreNotInTheFuture() {
        assertThat(read("05/04/1990", DateOrder.DAY_FIRST).date()).isEqualTo(LocalDate.of(1990, 4, 5));
        assertThat(read("05/04/1990", DateOrder.MONTH_FIRST).date()).isEqualTo(LocalDate.of(1990, 5, 4));
        assertThat(read("17-05-1990", DateOrder.DAY_FIRST).date()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(read("4/23/80", DateOrder.MONTH_FIRST).date()).isEqualTo(LocalDate.of(1980, 4, 23));
        assertThat(read("4/23/26", DateOrder.MONTH_FIRST).date()).isEqualTo(LocalDate.of(2026, 4, 23));
        assertThat(read("4/23/27", DateOrder.MONTH_FIRST).date()).isEqualTo(LocalDate.of(1927, 4, 23));
        assertThat(read("4/23/1980 1:15 PM", DateOrder.MONTH_FIRST).date()).isEqualTo(LocalDate.of(1980, 4, 23));
    }

    @Test
    void datesAndTimesThatDoNotExistAndTextThatIsNoDate() {
        assertThat(read("31.02.2020", DateOrder.DAY_FIRST).problem()).isEqualTo("badDate");
        assertThat(read("4/23/1980", DateOrder.DAY_FIRST).problem()).as("no 23rd month").isEqualTo("badDate");
        assertThat(read("2021-02-29", DateOrder.DAY_FIRST).problem()).isEqualTo("badDate");
        assertThat(read("1990-05-17 24:30", DateOrder.DAY_FIRST).problem()).isEqualTo("badDate");
        assertThat(read("4/23/1980 13:15 PM", DateOrder.MONTH_FIRST).problem()).isEqualTo("badDate");
        assertThat(read("--13-01", DateOrder.DAY_FIRST).problem()).isEqualTo("badDate");
        assertThat(read("17. maj 1990", DateOrder.DAY_FIRST).problem()).isEqualTo("unknownDate");
        assertThat(read("1990-05-17 kl. 8", DateOrder.DAY_FIRST).problem()).isEqualTo("badDate");
    }

    @Test
    void theOrderIsProvedByANumberAbove12OrElseAmbiguousAndThenTheGivenGuess() {
        for (DateOrder unsure : DateOrder.values()) {
            assertThat(CellDates.detect(List.of("05/04/1990", "13/01/1980"), unsure)).isEqualTo(
                    new CellDates.Reading(DateOrder.DAY_FIRST, false));
            assertThat(CellDates.detect(List.of("05/04/1990", "1/13/1980", ""), unsure)).isEqualTo(
                    new CellDates.Reading(DateOrder.MONTH_FIRST, false));
            assertThat(CellDates.detect(List.of("05/04/1990", "1/2/1980"), unsure)).as("nothing proves it: the guess")
                    .isEqualTo(new CellDates.Reading(unsure, true));
            assertThat(CellDates.detect(List.of("05-04-1990"), unsure)).isEqualTo(new CellDates.Reading(unsure, true));
            assertThat(CellDates.detect(List.of("13/01/1980", "1/13/1980", "14/2/1990"), unsure))
                    .as("contradicting: most win, ask").isEqualTo(new CellDates.Reading(DateOrder.DAY_FIRST, true));
            assertThat(CellDates.detect(List.of("1990-05-17", "5.4.1990", "04/04/1990"), unsure))
                    .as("nothing depends on it").isEqualTo(new CellDates.Reading(unsure, false));
        }
    }

    @Test
    void aDateDependsOnTheOrderWhenBothNumbersCouldBeTheMonthAndDiffer() {
        assertThat(CellDates.dependsOnOrder("4/5/1980")).isTrue();
        assertThat(CellDates.dependsOnOrder("04-05-90")).isTrue();
        assertThat(CellDates.dependsOnOrder("4/5")).isTrue();
        assertThat(CellDates.dependsOnOrder("4/4/1980")).as("the same either way").isFalse();
        assertThat(CellDates.dependsOnOrder("4/23/1980")).isFalse();
        assertThat(CellDates.dependsOnOrder("4.5.1980")).as("dots are day first").isFalse();
        assertThat(CellDates.dependsOnOrder("1980-04-05")).isFalse();
        assertThat(CellDates.dependsOnOrder("0/0/00")).isFalse();
        assertThat(CellDates.dependsOnOrder("")).isFalse();
    }
}
