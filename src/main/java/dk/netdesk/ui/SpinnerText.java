package dk.netdesk.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Whole numbers typed into spinners, in the app's language (read by {@link NumberText}). Every spinner
 * whose text can be typed uses it. Typed text is taken in on Enter (before a default button acts on the
 * same key), before a shortcut key (Ctrl+S, Ctrl+P) acts, when the spinner loses the focus and before a
 * {@link #guard guarded} button acts. Text that is no whole number from the spinner's least to its
 * greatest value (letters, decimals, thousands separators, too small, too large, nothing) leaves the
 * value as it was, stays in the field for the user to correct and is kept, as the problem, in
 * {@link #problemProperty(Spinner)} until the next readable number or a new value: show it under the
 * field with {@link #withMessage} and refuse the action with {@link #guard}. A spinner that is turned
 * off or hidden drops its unread text and shows its value again (nothing there can be corrected).
 */
public final class SpinnerText {

    /** Message key (ui bundle): nothing typed. {0} the least number, {1} the greatest. */
    public static final String EMPTY = "number.whole.empty";
    /** Message key: no whole number ("abc", "2.5"). {0} the typed text, {1} the least, {2} the greatest. */
    public static final String NOT_WHOLE = "number.whole.notWhole";
    /** Message key: a thousands separator ("1,500"). {0} the typed text, {1} the least, {2} the greatest. */
    public static final String GROUPING = "number.whole.grouping";
    /** Message key: below the least number. {0} the typed text, {1} the least, {2} the greatest. */
    public static final String TOO_SMALL = "number.whole.tooSmall";
    /** Message key: above the greatest number. {0} the typed text, {1} the least, {2} the greatest. */
    public static final String TOO_LARGE = "number.whole.tooLarge";

    private static final String STATE = "netdesk.spinnerText.problem";

    private SpinnerText() {
    }

    /**
     * An editable spinner of the whole numbers {@code min} to {@code max} (both included), starting at
     * {@code initial}, with the given id, reading typed text as described above.
     */
    public static Spinner<Integer> spinner(String id, int min, int max, int initial, Messages messages) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial));
        spinner.setId(id);
        install(spinner, messages);
        return spinner;
    }

    /**
     * Makes {@code spinner} editable and gives it the reading of typed text described above.
     *
     * @param spinner a spinner over an {@link SpinnerValueFactory.IntegerSpinnerValueFactory}; its least and
     *                greatest value bound what may be typed
     * @throws IllegalArgumentException when the spinner has another value factory
     */
    public static void install(Spinner<Integer> spinner, Messages messages) {
        if (!(spinner.getValueFactory() instanceof SpinnerValueFactory.IntegerSpinnerValueFactory values)) {
            throw new IllegalArgumentException("not a spinner of whole numbers: " + spinner.getId());
        }
        spinner.setEditable(true);
        ReadOnlyObjectWrapper<NumberText.Reading> problem = new ReadOnlyObjectWrapper<>(spinner, "problem");
        spinner.getProperties().put(STATE, problem);
        Locale locale = messages.getLocale();
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : NumberText.format(BigDecimal.valueOf(value), locale);
            }

            @Override
            public Integer fromString(String text) {
                NumberText.Reading reading = read(text, values.getMin(), values.getMax(), locale);
                if (!reading.ok()) {
                    problem.set(reading);
                    return values.getValue();
                }
                problem.set(null);
                return reading.value().intValueExact();
            }
        });
        // a new value (the arrows, or set by the program) replaces the text that could not be read
        values.valueProperty().addListener((obs, old, now) -> problem.set(null));
        // the message goes as soon as the text is corrected, while typing: were it to go only when the field
        // loses the focus to a button press, the layout would move that button away under the pointer
        spinner.getEditor().textProperty().addListener((obs, old, now) -> {
            if (problem.get() != null && read(now, values.getMin(), values.getMax(), locale).ok()) {
                problem.set(null);
            }
        });
        // a shortcut such as Ctrl+P (Print) acts on the typed number too
        TypedValue.commitOnKeys(spinner, spinner::isEditable, spinner::commitValue);
        // (the spinner itself takes typed text in when it loses the focus)
        Runnable dropWhenOff = () -> {
            if (spinner.isDisabled() || !spinner.isVisible()) {
                problem.set(null);
                spinner.cancelEdit();
            }
        };
        spinner.disabledProperty().addListener((obs, old, now) -> dropWhenOff.run());
        spinner.visibleProperty().addListener((obs, old, now) -> dropWhenOff.run());
    }

    /**
     * Reads {@code text} as a whole number from {@code min} to {@code max} typed in {@code locale}.
     *
     * @return the number, or a problem with one of this class's message keys and its arguments (the typed
     *     text stripped, then {@code min} and {@code max} as the language writes them; {@link #EMPTY} has only
     *     {@code min} and {@code max})
     */
    public static NumberText.Reading read(String text, int min, int max, Locale locale) {
        String typed = text == null ? "" : Digits.toLatin(text.strip()); // digits of any script count as 0-9
        String least = NumberText.format(BigDecimal.valueOf(min), locale);
        String greatest = NumberText.format(BigDecimal.valueOf(max), locale);
        if (typed.isEmpty()) {
            return new NumberText.Reading(null, EMPTY, List.of(least, greatest));
        }
        NumberText.Reading reading = NumberText.parse(typed, locale, true);
        String key = null;
        if (!reading.ok()) {
            key = reading.problem().equals("number.grouping") || reading.problem().equals("number.ambiguous")
                    ? GROUPING : NOT_WHOLE;
        } else if (reading.value().compareTo(BigDecimal.valueOf(min)) < 0) {
            key = TOO_SMALL;
        } else if (reading.value().compareTo(BigDecimal.valueOf(max)) > 0) {
            key = TOO_LARGE;
        }
        return key == null ? reading : new NumberText.Reading(null, key, List.of(typed, least, greatest));
    }

    /**
     * What is wrong with the text last typed into {@code spinner} (a {@link NumberText.Reading} with a
     * problem; its {@link NumberText.Reading#message} says what to type), or null while the field holds a
     * number it may take. Set when the typed text is taken in; cleared by a readable number or a new value.
     *
     * @param spinner a spinner given the reading by {@link #install} or {@link #spinner}
     */
    public static ReadOnlyObjectProperty<NumberText.Reading> problemProperty(Spinner<?> spinner) {
        return problem(spinner).getReadOnlyProperty();
    }

    /**
     * Shows {@code value} in {@code spinner} (another item was chosen, the program changed the number), dropping
     * text that could not be read even when the value stays the same.
     *
     * @param value a number within the spinner's least and greatest value (the factory keeps it within them)
     */
    public static void show(Spinner<Integer> spinner, int value) {
        spinner.getValueFactory().setValue(value);
        problem(spinner).set(null);
        spinner.cancelEdit();
    }

    @SuppressWarnings("unchecked")
    private static ReadOnlyObjectWrapper<NumberText.Reading> problem(Spinner<?> spinner) {
        Object state = spinner.getProperties().get(STATE);
        if (!(state instanceof ReadOnlyObjectWrapper<?> wrapper)) {
            throw new IllegalArgumentException("not a SpinnerText spinner: " + spinner.getId());
        }
        return (ReadOnlyObjectWrapper<NumberText.Reading>) wrapper;
    }

    /**
     * Takes in the text typed into each spinner that is on and shown; true when every one holds a number it
     * may take.
     */
    public static boolean commit(Spinner<?>... spinners) {
        boolean readable = true;
        for (Spinner<?> spinner : spinners) {
            if (spinner.isEditable() && !spinner.isDisabled() && spinner.isVisible()) {
                spinner.commitValue();
            }
            readable &= problemProperty(spinner).get() == null;
        }
        return readable;
    }

    /**
     * Refuses {@code button}'s action while one of the spinners holds text it cannot take: before the button
     * acts, the typed text is taken in; when any cannot be read the action is dropped and the first such
     * spinner gets the focus (its message, shown by {@link #withMessage}, says what to type).
     */
    public static void guard(ButtonBase button, Spinner<?>... spinners) {
        button.addEventFilter(ActionEvent.ACTION, e -> {
            if (!commit(spinners)) {
                e.consume();
                for (Spinner<?> spinner : spinners) {
                    if (problemProperty(spinner).get() != null) {
                        spinner.requestFocus();
                        break;
                    }
                }
            }
        });
    }

    /**
     * {@code spinner} with the message about its unread text under it (id: the spinner's id plus
     * {@code -error}; see {@link FieldMessage}).
     */
    public static VBox withMessage(Spinner<?> spinner, Messages messages) {
        return FieldMessage.under(spinner, message(spinner, messages));
    }

    /**
     * The message about {@code spinner}'s unread text, for a dialog that puts it elsewhere than right under
     * the spinner: a {@link FieldMessage} label with the id of the spinner plus {@code -error}, empty and
     * hidden while the spinner holds a number it may take.
     */
    public static Label message(Spinner<?> spinner, Messages messages) {
        ReadOnlyObjectProperty<NumberText.Reading> problem = problemProperty(spinner);
        return FieldMessage.label(spinner.getId() + "-error",
                Bindings.createStringBinding(() -> problem.get() == null ? "" : problem.get().message(messages), problem), spinner);
    }
}
