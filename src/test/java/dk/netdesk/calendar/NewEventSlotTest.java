package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new event's default category follows the slot it starts in, whatever the route (issue 18, item 13; decision
 * 0042): inside a work window it is work (prospecting), otherwise personal (family). Without a window: the rule is
 * {@link EventDraft#kindForSlot}, and the form follows a changed date or start until the user picks a kind.
 * Default windows: Monday–Thursday 18:00–21:00, Saturday 10:00–13:00.
 */
class NewEventSlotTest {

    private static final BalanceSettings BALANCE = BalanceSettings.defaults();
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void everyRouteGivesTheKindOfTheSlot() {
        // a double-click or a drag in the grid at Tuesday 18:30
        assertThat(EventForm.newDraft(TUESDAY.atTime(18, 30), TUESDAY.atTime(19, 30), BALANCE).kind())
                .isEqualTo(Kind.PROSPECTING);
        // Ctrl+N / New event on Tuesday: the first work window, 18:00, the same as a double-click there
        EventDraft ctrlN = EventForm.newDraft(TUESDAY, BALANCE);
        assertThat(ctrlN.start()).isEqualTo(TUESDAY.atTime(18, 0));
        assertThat(ctrlN.kind()).isEqualTo(EventForm.newDraft(ctrlN.start(), ctrlN.end(), BALANCE).kind())
                .isEqualTo(Kind.PROSPECTING);
        // Ctrl+N on Friday (no window): 18:00, personal, as a double-click at Friday 18:00
        EventDraft friday = EventForm.newDraft(FRIDAY, BALANCE);
        assertThat(friday.start()).isEqualTo(FRIDAY.atTime(18, 0));
        assertThat(friday.kind()).isEqualTo(EventDraft.kindForSlot(FRIDAY.atTime(18, 0), BALANCE)).isEqualTo(Kind.FAMILY);
        assertThat(EventDraft.kindForSlot(LocalDateTime.of(TUESDAY, java.time.LocalTime.of(21, 0)), BALANCE))
                .as("the window's end is outside it").isEqualTo(Kind.FAMILY);
    }

    @Test
    void aNewEventMovedToAnotherSlotInItsDialogTakesThatSlotsKind() {
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(FRIDAY, BALANCE), List.of());
        form.followSlot(BALANCE);
        assertThat(form.categoryProperty().get()).isEqualTo(Category.PERSONAL);

        form.dateProperty().set(TUESDAY);
        assertThat(form.categoryProperty().get()).as("Tuesday 18:00 is in a work window").isEqualTo(Category.WORK);
        assertThat(form.kindProperty().get()).isEqualTo(Kind.PROSPECTING);

        form.startProperty().set("22:00");
        assertThat(form.categoryProperty().get()).as("22:00 is after the window").isEqualTo(Category.PERSONAL);
        assertThat(form.kindProperty().get()).isEqualTo(Kind.FAMILY);
    }

    @Test
    void aKindTheUserPickedStays() {
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(FRIDAY, BALANCE), List.of());
        form.followSlot(BALANCE);
        form.categoryProperty().set(Category.WORK);
        form.kindProperty().set(Kind.ADMIN);

        form.dateProperty().set(LocalDate.of(2026, 11, 29));
        assertThat(form.kindProperty().get()).isEqualTo(Kind.ADMIN);
        form.dateProperty().set(TUESDAY);
        assertThat(form.kindProperty().get()).isEqualTo(Kind.ADMIN);
    }
}
