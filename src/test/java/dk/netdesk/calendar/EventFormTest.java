package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFormTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    static final List<ContactRef> CONTACTS = List.of(new ContactRef(7, "Mette"), new ContactRef(9, "Jens"));

    static EventDraft timed(String start, String end) {
        return new EventDraft("Home party", LocalDateTime.parse(start), LocalDateTime.parse(end), false, "Odense", "Bring samples",
                9L, Kind.PRESENTATION, null, 15);
    }

    static EventForm editing(EventDraft draft) {
        EventForm form = new EventForm();
        form.edit(draft, CONTACTS);
        return form;
    }

    static EventDraft draftOf(EventForm form) {
        return form.draft().orElseThrow();
    }

    // ---- times --------------------------------------------------------------------------------

    @Test
    void anEditedEventComesBackUnchanged() {
        EventDraft original = timed("2026-11-24T18:30", "2026-11-24T20:00");
        EventForm form = editing(original);
        assertThat(form.startProperty().get()).isEqualTo("18:30");
        assertThat(form.endProperty().get()).isEqualTo("20:00");
        assertThat(form.contactProperty().get()).isEqualTo(new ContactRef(9, "Jens"));
        assertThat(form.contacts()).containsExactly(null, new ContactRef(7, "Mette"), new ContactRef(9, "Jens"));
        assertThat(draftOf(form)).isEqualTo(original);
        assertThat(form.problem()).isEmpty();
    }

    @Test
    void typedTimesAreReadInEveryAcceptedForm() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.startProperty().set("9.15");
        form.endProperty().set("1100");
        assertThat(draftOf(form).start()).isEqualTo(LocalDateTime.parse("2026-11-24T09:15"));
        assertThat(draftOf(form).end()).isEqualTo(LocalDateTime.parse("2026-11-24T11:00"));
        form.dateProperty().set(TUESDAY.plusDays(1));
        assertThat(draftOf(form).start()).isEqualTo(LocalDateTime.parse("2026-11-25T09:15"));
    }

    @Test
    void twentyFourAsTheEndIsTheNextMidnight() {
        EventForm form = editing(timed("2026-11-24T22:00", "2026-11-24T23:00"));
        form.endProperty().set("24:00");
        assertThat(draftOf(form).end()).isEqualTo(LocalDateTime.parse("2026-11-25T00:00"));
        assertThat(form.problem()).isEmpty();
        form.endProperty().set("24.00");
        assertThat(draftOf(form).end()).isEqualTo(LocalDateTime.parse("2026-11-25T00:00"));
    }

    @Test
    void anEventEndingAtMidnightShowsTwentyFourSoItCanBeSavedAgain() {
        EventDraft late = timed("2026-11-24T22:00", "2026-11-25T00:00");
        EventForm form = editing(late);
        assertThat(form.endProperty().get()).isEqualTo("24:00");
        assertThat(draftOf(form)).isEqualTo(late);
    }

    @Test
    void unreadableTimesOrNoDateSayWhichFieldAndWhatWasTyped() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.endProperty().set("8 pm");
        assertThat(form.draft()).isEmpty();
        assertThat(form.validate()).isFalse();
        assertThat(form.errorProperty().get()).isEqualTo("input.time.unreadable");
        assertThat(form.shownProblems()).containsOnly(
                org.assertj.core.api.Assertions.entry(EventForm.Field.END, new EventForm.Problem("input.time.unreadable", List.of("8 pm"))));

        form.endProperty().set("20:00");
        assertThat(form.validate()).isTrue();
        assertThat(form.errorProperty().get()).isNull();
        assertThat(form.shownProblems()).isEmpty();

        form.startProperty().set(" ");
        assertThat(form.shownProblems()).containsOnlyKeys(EventForm.Field.START);
        assertThat(form.shownProblems().get(EventForm.Field.START).key()).isEqualTo("calendar.error.timeEmpty");
        form.startProperty().set("18:30");

        form.dateProperty().set(null);
        assertThat(form.problem()).contains("calendar.error.date");
    }

    @Test
    void everyWrongFieldHasItsOwnProblemAtOnce() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.titleProperty().set("");
        form.startProperty().set("25:99");
        form.reminderProperty().set(99_999);
        form.unreadableDateProperty(EventForm.Field.END_DATE).set("32.13.2026");
        assertThat(form.validate()).isFalse();
        assertThat(form.shownProblems()).containsOnlyKeys(EventForm.Field.TITLE, EventForm.Field.START,
                EventForm.Field.END_DATE, EventForm.Field.REMINDER);
        assertThat(form.shownProblems().get(EventForm.Field.END_DATE))
                .isEqualTo(new EventForm.Problem("input.date.unreadable", List.of("32.13.2026")));
        assertThat(form.errorProperty().get()).as("the first, top to bottom").isEqualTo("calendar.error.title");

        form.unreadableDateProperty(EventForm.Field.END_DATE).set(null);
        assertThat(form.shownProblems()).as("a fixed field loses its problem, the others keep theirs")
                .containsOnlyKeys(EventForm.Field.TITLE, EventForm.Field.START, EventForm.Field.REMINDER);
    }

    @Test
    void anUnreadableRepeatEndDateCountsOnlyWhileTheSeriesEndsOnADate() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.unreadableDateProperty(EventForm.Field.UNTIL).set("tomorrow");
        assertThat(form.validate()).as("no repeat: the hidden field does not count").isTrue();
        form.repeatProperty().set(EventForm.Repeat.WEEKLY);
        form.repeatEndProperty().set(EventForm.RepeatEnd.UNTIL);
        assertThat(form.validate()).isFalse();
        assertThat(form.shownProblems()).containsOnlyKeys(EventForm.Field.UNTIL);
    }

    @Test
    void theDraftsProblemsComeAsBundleKeys() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.endProperty().set("17:00");
        assertThat(form.problem()).contains("calendar.error.endBeforeStart");
        form.titleProperty().set(" ");
        assertThat(form.validate()).isFalse();
        assertThat(form.errorProperty().get()).isEqualTo("calendar.error.title");
    }

    // ---- past midnight (a new user's fault 1) --------------------------------------------------

    @Test
    void aNightEventFromTuesdayTwentyTwoToWednesdayTwoCanBeCreated() {
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(LocalDateTime.parse("2026-11-24T22:00"), LocalDateTime.parse("2026-11-24T23:00"),
                BalanceSettings.defaults()), CONTACTS);
        assertThat(form.endDateProperty().get()).as("the end date starts as the start date").isEqualTo(TUESDAY);
        form.titleProperty().set("Night event");
        form.endProperty().set("02:00");
        assertThat(form.problem()).as("02:00 on the same day is before the start").contains("calendar.error.endBeforeStart");
        form.endDateProperty().set(TUESDAY.plusDays(1));
        assertThat(form.problem()).isEmpty();
        EventDraft night = draftOf(form);
        assertThat(night.start()).isEqualTo(LocalDateTime.parse("2026-11-24T22:00"));
        assertThat(night.end()).isEqualTo(LocalDateTime.parse("2026-11-25T02:00"));
    }

    @Test
    void movingTheDateMovesTheEndDateAndKeepsTheLength() {
        EventForm form = editing(timed("2026-11-24T22:00", "2026-11-25T02:00"));
        assertThat(form.endDateProperty().get()).isEqualTo(TUESDAY.plusDays(1));
        form.dateProperty().set(TUESDAY.plusDays(3));
        assertThat(form.endDateProperty().get()).isEqualTo(TUESDAY.plusDays(4));
        assertThat(draftOf(form).start()).isEqualTo(LocalDateTime.parse("2026-11-27T22:00"));
        assertThat(draftOf(form).end()).isEqualTo(LocalDateTime.parse("2026-11-28T02:00"));
    }

    @Test
    void editingOnlyTheTitleOfAThreeDayTimedEventKeepsItsTimes() {
        // as an .ics import stores it: times to the second
        EventDraft conference = timed("2026-11-24T09:00:30", "2026-11-26T17:00");
        EventForm form = editing(conference);
        assertThat(form.dateProperty().get()).isEqualTo(TUESDAY);
        assertThat(form.endDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(form.startProperty().get()).isEqualTo("09:00");
        assertThat(form.endProperty().get()).isEqualTo("17:00");
        form.titleProperty().set("Sales conference");
        assertThat(form.validate()).isTrue();
        assertThat(draftOf(form)).isEqualTo(conference.withTitle("Sales conference"));
    }

    @Test
    void aTimedEventEndingAtALaterMidnightShowsTwentyFourOnTheDayBefore() {
        EventDraft twoDays = timed("2026-11-24T10:00", "2026-11-26T00:00");
        EventForm form = editing(twoDays);
        assertThat(form.endDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(form.endProperty().get()).isEqualTo("24:00");
        form.startProperty().set("11:00");
        assertThat(draftOf(form).end()).isEqualTo(LocalDateTime.parse("2026-11-26T00:00"));
    }

    // ---- unsaved changes (a new user's fault 2) -----------------------------------------------

    @Test
    void theFormKnowsWhetherItDiffersFromWhatItOpenedWith() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        assertThat(form.isChanged()).isFalse();
        form.titleProperty().set("Home party at Mette's");
        assertThat(form.isChanged()).isTrue();
        form.titleProperty().set("Home party");
        assertThat(form.isChanged()).as("changed back").isFalse();
        form.weekdayProperty(DayOfWeek.FRIDAY).set(true);
        assertThat(form.isChanged()).isTrue();
        form.edit(timed("2026-11-24T18:30", "2026-11-24T20:00"), CONTACTS);
        assertThat(form.isChanged()).as("filled again").isFalse();
        form.endDateProperty().set(TUESDAY.plusDays(1));
        assertThat(form.isChanged()).isTrue();
    }

    // ---- all day ------------------------------------------------------------------------------

    @Test
    void anAllDayEventEndsAtTheStartOfTheDayAfterItsLastDay() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.allDayProperty().set(true);
        form.endDateProperty().set(TUESDAY.plusDays(2));
        EventDraft draft = draftOf(form);
        assertThat(draft.allDay()).isTrue();
        assertThat(draft.start()).isEqualTo(LocalDateTime.parse("2026-11-24T00:00"));
        assertThat(draft.end()).isEqualTo(LocalDateTime.parse("2026-11-27T00:00"));

        form.endDateProperty().set(TUESDAY.minusDays(1));
        assertThat(draftOf(form).end()).as("a last day before the first is one day").isEqualTo(LocalDateTime.parse("2026-11-25T00:00"));
        form.endDateProperty().set(null);
        assertThat(draftOf(form).end()).isEqualTo(LocalDateTime.parse("2026-11-25T00:00"));
        form.startProperty().set("nonsense");
        assertThat(form.problem()).as("times do not count all day").isEmpty();
    }

    @Test
    void anAllDayEventShowsItsLastDayInclusive() {
        EventDraft trip = new EventDraft("Trip", LocalDateTime.parse("2026-11-24T00:00"), LocalDateTime.parse("2026-11-27T00:00"),
                true, "", "", null, Kind.REST, null, null);
        EventForm form = editing(trip);
        assertThat(form.endDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(draftOf(form)).isEqualTo(trip);
    }

    // ---- kind ---------------------------------------------------------------------------------

    @Test
    void changingTheCategoryOffersItsKindsAndKeepsAFittingKind() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        assertThat(form.kinds()).isEqualTo(Kind.of(Category.WORK));
        form.categoryProperty().set(Category.PERSONAL);
        assertThat(form.kinds()).isEqualTo(Kind.of(Category.PERSONAL));
        assertThat(form.kindProperty().get()).isEqualTo(Kind.FAMILY);
        form.kindProperty().set(Kind.HEALTH);
        form.categoryProperty().set(Category.PERSONAL);
        assertThat(form.kindProperty().get()).isEqualTo(Kind.HEALTH);
        form.categoryProperty().set(Category.WORK);
        assertThat(form.kindProperty().get()).isEqualTo(Kind.PROSPECTING);
    }

    // ---- repeat -------------------------------------------------------------------------------

    @Test
    void aSingleEventHasNoRuleAndOffersItsWeekdayAndDefaultEnds() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        assertThat(form.repeatProperty().get()).isEqualTo(EventForm.Repeat.NONE);
        assertThat(form.repeatRule()).isNull();
        assertThat(form.weekdayProperty(DayOfWeek.TUESDAY).get()).isTrue();
        assertThat(form.weekdayProperty(DayOfWeek.MONDAY).get()).isFalse();
        assertThat(form.repeatEndProperty().get()).isEqualTo(EventForm.RepeatEnd.NEVER);
        assertThat(form.untilProperty().get()).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThat(form.countProperty().get()).isEqualTo(10);
        assertThat(form.repeatsProperty().get()).isFalse();
        assertThat(form.endsOnDateProperty().get()).isFalse();
    }

    @Test
    void weeklyOnChosenDaysUntilADate() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.repeatProperty().set(EventForm.Repeat.WEEKLY);
        form.weekdayProperty(DayOfWeek.THURSDAY).set(true);
        form.repeatEndProperty().set(EventForm.RepeatEnd.UNTIL);
        form.untilProperty().set(LocalDate.of(2026, 12, 31));
        assertThat(form.weeklyProperty().get()).isTrue();
        assertThat(form.endsOnDateProperty().get()).isTrue();
        assertThat(form.endsAfterCountProperty().get()).isFalse();
        RepeatRule rule = draftOf(form).repeat();
        assertThat(rule).isEqualTo(new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalDate.of(2026, 12, 31), null));
        assertThat(rule.toRrule()).contains("FREQ=WEEKLY").contains("BYDAY=TU,TH").contains("UNTIL=20261231");
    }

    @Test
    void dailyAfterACountIgnoresWeekdaysAndTheUntilDate() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.repeatProperty().set(EventForm.Repeat.DAILY);
        form.repeatEndProperty().set(EventForm.RepeatEnd.COUNT);
        form.countProperty().set(5);
        assertThat(form.weeklyProperty().get()).isFalse();
        assertThat(form.repeatRule()).isEqualTo(new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(), null, 5));
        form.repeatProperty().set(EventForm.Repeat.MONTHLY);
        form.repeatEndProperty().set(EventForm.RepeatEnd.NEVER);
        assertThat(form.repeatRule()).isEqualTo(new RepeatRule(RepeatRule.Freq.MONTHLY, 1, Set.of(), null, null));
        form.repeatProperty().set(EventForm.Repeat.NONE);
        assertThat(draftOf(form).repeat()).isNull();
    }

    @Test
    void aStoredRuleFillsTheRepeatChoices() {
        RepeatRule rule = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, 8);
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00").withRepeat(rule));
        assertThat(form.repeatProperty().get()).isEqualTo(EventForm.Repeat.WEEKLY);
        assertThat(form.weekdayProperty(DayOfWeek.MONDAY).get()).isTrue();
        assertThat(form.weekdayProperty(DayOfWeek.TUESDAY).get()).isFalse();
        assertThat(form.repeatEndProperty().get()).isEqualTo(EventForm.RepeatEnd.COUNT);
        assertThat(form.countProperty().get()).isEqualTo(8);
        assertThat(form.repeatRule()).isEqualTo(rule);
    }

    @Test
    void aBadRepeatEndIsReportedByKey() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.repeatProperty().set(EventForm.Repeat.DAILY);
        form.repeatEndProperty().set(EventForm.RepeatEnd.UNTIL);
        form.untilProperty().set(TUESDAY.minusDays(1));
        assertThat(form.problem()).contains("calendar.error.until");
    }

    // ---- a new event --------------------------------------------------------------------------

    @Test
    void aNewEventInAWorkWindowIsProspectingAndOutsideItIsFamily() {
        BalanceSettings balance = BalanceSettings.defaults();
        EventDraft inWindow = EventForm.newDraft(LocalDateTime.parse("2026-11-24T18:00"), LocalDateTime.parse("2026-11-24T19:00"), balance);
        assertThat(inWindow.kind()).isEqualTo(Kind.PROSPECTING);
        assertThat(inWindow.title()).isEmpty();
        assertThat(inWindow.repeat()).isNull();
        assertThat(EventForm.newDraft(LocalDateTime.parse("2026-11-24T21:00"), LocalDateTime.parse("2026-11-24T22:00"), balance).kind())
                .as("21:00 is the window's end").isEqualTo(Kind.FAMILY);
        assertThat(EventForm.newDraft(LocalDateTime.parse("2026-11-24T17:45"), LocalDateTime.parse("2026-11-24T19:00"), balance).kind())
                .isEqualTo(Kind.FAMILY);
    }

    @Test
    void newEventStartsAtTheDaysFirstWorkWindowOrAtSix() {
        BalanceSettings balance = new BalanceSettings(Map.of(DayOfWeek.SATURDAY,
                List.of(TimeSpan.of(10, 0, 13, 0), TimeSpan.of(15, 0, 16, 0))), Map.of(), 12, 90);
        EventDraft saturday = EventForm.newDraft(LocalDate.of(2026, 11, 28), balance);
        assertThat(saturday.start()).isEqualTo(LocalDateTime.parse("2026-11-28T10:00"));
        assertThat(saturday.end()).isEqualTo(LocalDateTime.parse("2026-11-28T11:00"));
        assertThat(saturday.kind()).isEqualTo(Kind.PROSPECTING);
        EventDraft sunday = EventForm.newDraft(LocalDate.of(2026, 11, 29), balance);
        assertThat(sunday.start()).isEqualTo(LocalDateTime.parse("2026-11-29T18:00"));
        assertThat(sunday.kind()).isEqualTo(Kind.FAMILY);
    }

    // ---- the error follows the fields ----------------------------------------------------------

    static final ContactRef BLOCKED = new ContactRef(5, "Søren", true, "Bad om ikke at blive kontaktet");

    @Test
    void theDoNotContactErrorFollowsTheContactAndTheKindWithoutAnotherSave() {
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(TUESDAY, BalanceSettings.defaults()).withTitle("Ring"),
                List.of(BLOCKED, new ContactRef(7, "Mette")));
        form.kindProperty().set(Kind.PROSPECTING);
        form.contactProperty().set(BLOCKED);
        assertThat(form.validate()).isFalse();
        assertThat(form.errorProperty().get()).isEqualTo("calendar.error.doNotContact");

        form.contactProperty().set(form.contacts().get(2));
        assertThat(form.errorProperty().get()).as("an unblocked person clears it at once").isNull();

        form.contactProperty().set(BLOCKED);
        assertThat(form.errorProperty().get()).as("back to the blocked person").isEqualTo("calendar.error.doNotContact");

        form.categoryProperty().set(Category.PERSONAL);
        assertThat(form.kindProperty().get().reachesOut()).isFalse();
        assertThat(form.errorProperty().get()).as("a personal kind with a blocked person is allowed").isNull();
        assertThat(form.validate()).isTrue();

        form.categoryProperty().set(Category.WORK);
        form.kindProperty().set(Kind.FOLLOW_UP);
        assertThat(form.errorProperty().get()).isEqualTo("calendar.error.doNotContact");
        form.contactProperty().set(null);
        assertThat(form.errorProperty().get()).as("no contact").isNull();
    }

    @Test
    void aTimeErrorClearsWhenTheTimeIsFixedAndGivesWayToTheNextProblem() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.startProperty().set("18:");
        assertThat(form.errorProperty().get()).as("nothing is shown before Save").isNull();
        assertThat(form.validate()).isFalse();
        assertThat(form.errorProperty().get()).isEqualTo("input.time.unreadable");
        form.startProperty().set("18:00");
        assertThat(form.errorProperty().get()).isNull();
        form.titleProperty().set(" ");
        assertThat(form.errorProperty().get()).isEqualTo(form.problem().orElseThrow()).isNotNull();
        form.titleProperty().set("Home party");
        assertThat(form.errorProperty().get()).isNull();
    }

    @Test
    void editingTheFormAgainForgetsTheLastSave() {
        EventForm form = editing(timed("2026-11-24T18:30", "2026-11-24T20:00"));
        form.endProperty().set("x");
        form.validate();
        form.edit(timed("2026-11-24T18:30", "2026-11-24T20:00"), CONTACTS);
        assertThat(form.errorProperty().get()).isNull();
        form.endProperty().set("x");
        assertThat(form.errorProperty().get()).as("no Save was pressed on this edit yet").isNull();
    }

    // ---- decision 0023: a monthly repeat from the 29th, 30th or 31st ---------------------------

    @Test
    void aMonthlyRepeatFromTheThirtyFirstSaysMonthsWithoutItAreSkipped() {
        EventForm form = editing(timed("2027-01-31T19:00", "2027-01-31T20:00"));
        assertThat(form.skippedMonthDayProperty().get()).as("not repeating").isZero();
        form.repeatProperty().set(EventForm.Repeat.MONTHLY);
        assertThat(form.skippedMonthDayProperty().get()).isEqualTo(31);
        form.dateProperty().set(LocalDate.of(2027, 1, 29));
        assertThat(form.skippedMonthDayProperty().get()).isEqualTo(29);
        form.dateProperty().set(LocalDate.of(2027, 1, 28));
        assertThat(form.skippedMonthDayProperty().get()).as("every month has a 28th").isZero();
        form.dateProperty().set(LocalDate.of(2027, 1, 30));
        form.repeatProperty().set(EventForm.Repeat.WEEKLY);
        assertThat(form.skippedMonthDayProperty().get()).isZero();
        dk.netdesk.ui.Messages english = new dk.netdesk.ui.Messages(java.util.Locale.ENGLISH, List.of("dk.netdesk.calendar.messages"));
        dk.netdesk.ui.Messages danish = new dk.netdesk.ui.Messages(new java.util.Locale("da"), List.of("dk.netdesk.calendar.messages"));
        assertThat(english.format("calendar.dialog.monthEnd", 31))
                .isEqualTo("Months without day 31 are skipped: the event comes only in months that have that day.");
        assertThat(danish.format("calendar.dialog.monthEnd", 31))
                .isEqualTo("Måneder uden den 31. springes over: aftalen kommer kun i måneder, der har den dag.");
    }
}
