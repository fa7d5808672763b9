package dk.netdesk.pipeline;

import dk.netdesk.ui.Digits;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.TimeOfDay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Next follow-up" fields, the same in the new-contact form and a stored contact's panel: a date (optional), a
 * time of day (optional, typed or picked from the half-hours) and a kind (call, message, meeting, or not said).
 * {@link #validate()} checks them as Save does: a time with no date, or a time that cannot be read, gets a message
 * for the field at fault ({@link #dateErrorProperty()}, {@link #timeErrorProperty()}); a date that cannot be read is
 * said by the date field itself (its text is {@link #unreadableDateProperty()}). A message goes once its field is
 * changed.
 */
public final class FollowUpFields {

    /** The times offered in the time list: every half-hour of the day, "00:00" to "23:30". */
    public static final List<String> HALF_HOURS = IntStream.range(0, 48).mapToObj(i -> TimeOfDay.format(i * 30)).toList();

    private final Messages messages;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty unreadableDate = new SimpleStringProperty();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<FollowUpKind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<NextFollowUp> filled = new SimpleObjectProperty<>();
    private final BooleanBinding changed;

    /** @param messages formats the messages in the UI language */
    public FollowUpFields(Messages messages) {
        this.messages = messages;
        date.addListener((obs, old, now) -> dateError.set(""));
        unreadableDate.addListener((obs, old, now) -> dateError.set(""));
        time.addListener((obs, old, now) -> {
            timeError.set("");
            dateError.set("");
        });
        changed = Bindings.createBooleanBinding(() -> !Objects.equals(date.get(), filled.get() == null ? null
                        : filled.get().date()) || !Objects.equals(typedTime(), timeText(filled.get()))
                        || !Objects.equals(kind.get(), filled.get() == null ? null : filled.get().kind())
                        || unreadableDate.get() != null,
                date, time, kind, filled, unreadableDate);
    }

    /** Shows {@code followUp} (null: empty fields, no kind) as the unchanged state, with no messages. */
    public void fill(NextFollowUp followUp) {
        filled.set(followUp);
        date.set(followUp == null ? null : followUp.date());
        time.set(timeText(followUp));
        kind.set(followUp == null ? null : followUp.kind());
        dateError.set("");
        timeError.set("");
    }

    /**
     * Checks the fields as a save does and shows a message for each field at fault; true when they can be saved
     * ({@link #followUp()} then gives what to store).
     */
    public boolean validate() {
        String typed = typedTime();
        boolean timeReadable = typed.isEmpty() || TimeOfDay.parse(typed).isPresent();
        timeError.set(timeReadable ? "" : messages.format("input.time.unreadable", Digits.toLatin(typed)));
        boolean dateMissing = date.get() == null && unreadableDate.get() == null && !typed.isEmpty();
        dateError.set(dateMissing ? messages.get("pipeline.followUp.error.timeWithoutDate") : "");
        return timeReadable && !dateMissing && unreadableDate.get() == null;
    }

    /** What the fields say, when {@link #validate()} passes: the follow-up, or null when no date is chosen. */
    public NextFollowUp followUp() {
        if (date.get() == null) {
            return null;
        }
        LocalTime at = typedTime().isEmpty() ? null : TimeOfDay.parse(typedTime()).orElse(null);
        return new NextFollowUp(date.get(), at, kind.get());
    }

    private String typedTime() {
        return time.get() == null ? "" : time.get().strip();
    }

    private static String timeText(NextFollowUp followUp) {
        return followUp == null || followUp.time() == null ? ""
                : TimeOfDay.format(followUp.time().getHour() * 60 + followUp.time().getMinute());
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }

    /** The text typed as the date that is no date, or null; the view binds it to its date field's. */
    public StringProperty unreadableDateProperty() { return unreadableDate; }

    /** The time as typed or picked ("" for none). */
    public StringProperty timeProperty() { return time; }

    /** The kind, or null when not said. */
    public ObjectProperty<FollowUpKind> kindProperty() { return kind; }

    /** The message for the date field ("" when none): a time was given with no date. */
    public ReadOnlyStringProperty dateErrorProperty() { return dateError.getReadOnlyProperty(); }

    /** The message for the time field ("" when none): the typed time cannot be read. */
    public ReadOnlyStringProperty timeErrorProperty() { return timeError.getReadOnlyProperty(); }

    /** True while the fields differ from what {@link #fill} last showed. */
    public BooleanBinding changedProperty() { return changed; }
}
