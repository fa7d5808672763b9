package dk.netdesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Dates typed and shown in date pickers, in the app's language (the JVM's default locale may differ).
 * Dates are shown with a four-digit year ("5/3/1985", "03.05.1985"). Typing accepts that form, the
 * same with a two-digit year (read as 1950–2049, so "85" is 1985 and "27" is 2027), ISO
 * ("1985-05-03"), and the form the app shows dates in elsewhere (key {@code format.date}: "3 May 1985",
 * "3. maj 1985"; any case, periods optional, short or full month names of the UI language). Text that is no date leaves the picker's value as it was (nothing is cleared and
 * nothing is thrown), stays in the field for the user to correct, and is kept in
 * {@link #unreadableProperty(DatePicker)} until the next readable date or a new value: show it under the
 * field with {@link #withMessage} and refuse the action with {@link #guard} (or, in a form, turn it into
 * the form's own error with the message key {@link #UNREADABLE}).
 * The field and the popup calendar follow a language switch; the popup is Monday first with ISO week
 * numbers in both languages ({@link #calendarLocale}), and in the ISO calendar whatever the machine's locale. A picker's own
 * day cell factory is kept. Every date picker of the app is made here.
 */
public final class DateText {

    /** The popup's own rules (the focused day's ring); added to every picker. */
    static final String POPUP_STYLESHEET = DateText.class.getResource("date-picker.css").toExternalForm();

    /**
     * The message key for typed text that is no date: argument 0 is the text; the message names an
     * example in each form that can be typed: the field's ("24/12/2026", "24.12.2026"), the shown one
     * ("24 Dec 2026", "24. dec. 2026") and ISO ("2026-12-24").
     */
    public static final String UNREADABLE = "input.date.unreadable";

    private static final int TWO_DIGIT_BASE_YEAR = 1950;
    private static final String STATE = "netdesk.dateText.unreadable";
    private static final String RELANGUAGE = "netdesk.dateText.relanguage";

    private DateText() {
    }

    /** A date picker with this converter and the given id. */
    public static DatePicker picker(String id, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        install(picker, messages);
        return picker;
    }

    /**
     * Gives {@code picker} the converter described above, and takes a typed date in when Enter is
     * pressed (before a default button, such as Save, acts on the same key), before a shortcut key
     * (Ctrl+S) acts, and when the picker loses the focus, so a typed date is never dropped.
     */
    public static void install(DatePicker picker, Messages messages) {
        // the popup's focused day shows the focus ring (issue 18): the popup sees the picker's sheets, not the window's
        if (!picker.getStylesheets().contains(POPUP_STYLESHEET)) {
            picker.getStylesheets().add(POPUP_STYLESHEET);
        }
        // JavaFX takes the calendar system from the machine's locale (Buddhist years on a Thai machine set so):
        // the app's dates are ISO dates (issue 17, item 7; decision 0040)
        picker.setChronology(java.time.chrono.IsoChronology.INSTANCE);
        // a shortcut such as Ctrl+S (Save) acts on the typed date too
        TypedValue.commitOnKeys(picker, picker::isEditable, picker::commitValue);
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now && picker.isEditable()) {
                picker.commitValue();
            }
        });
        ReadOnlyStringWrapper unreadable = new ReadOnlyStringWrapper(picker, "unreadable");
        picker.getProperties().put(STATE, unreadable);
        LocalDate[] kept = new LocalDate[1];
        // a new value (picked, typed or set by the program) replaces the text that could not be read
        picker.valueProperty().addListener((obs, old, now) -> unreadable.set(null));
        AtomicReference<Forms> forms = new AtomicReference<>(new Forms(messages));
        picker.setConverter(converter(picker, forms, unreadable, kept));
        // the message goes as soon as the text is corrected, while typing: were it to go only when the field
        // loses the focus to a button press, the layout would move that button away under the pointer
        picker.getEditor().textProperty().addListener((obs, old, now) -> {
            if (unreadable.get() != null && (now == null || now.isBlank() || parse(now, forms.get().typed) != null)) {
                unreadable.set(null);
            }
        });
        // a language switch rewrites the shown date in the new language's form (a new converter makes the
        // picker write its value again); held by the picker, so a closed dialog's pickers are not kept alive
        javafx.beans.value.ChangeListener<Locale> relanguage = (obs, old, now) -> {
            forms.set(new Forms(messages));
            picker.setConverter(converter(picker, forms, unreadable, kept));
            rebuildPopup(picker);
        };
        picker.getProperties().put(RELANGUAGE, relanguage);
        messages.localeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(relanguage));
        calendarInLanguage(picker, messages);
        wideEnough(picker);
    }

    /**
     * Keeps {@code picker} at least as wide as a date in its language's form needs ("30.12.2028",
     * "12/30/2028") in its field's font and padding, plus its calendar button, so no layout shows "02.12.202".
     * Measured again when the skin, the font, the padding or the form (a language switch) change.
     */
    private static void wideEnough(DatePicker picker) {
        Runnable fit = () -> {
            javafx.util.StringConverter<LocalDate> converter = picker.getConverter();
            if (converter == null) {
                return;
            }
            javafx.scene.control.TextField editor = picker.getEditor();
            javafx.scene.text.Text probe = new javafx.scene.text.Text(converter.toString(LocalDate.of(2028, 12, 28)));
            probe.setFont(editor.getFont());
            javafx.scene.Node arrow = picker.lookup(".arrow-button");
            double button = arrow instanceof javafx.scene.layout.Region region
                    ? Math.max(region.getWidth(), region.prefWidth(-1)) : 24;
            double needed = Math.ceil(probe.getLayoutBounds().getWidth() + editor.snappedLeftInset()
                    + editor.snappedRightInset() + button + picker.snappedLeftInset() + picker.snappedRightInset()
                    + 10);
            if (picker.getMinWidth() < needed) {
                picker.setMinWidth(needed);
            }
        };
        javafx.beans.InvalidationListener again = o -> fit.run();
        picker.skinProperty().addListener(again);
        picker.converterProperty().addListener(again);
        picker.getEditor().fontProperty().addListener(again);
        picker.getEditor().paddingProperty().addListener(again);
        picker.widthProperty().addListener(again);
        picker.sceneProperty().addListener(o -> javafx.application.Platform.runLater(fit));
        fit.run();
    }

    /**
     * The popup calendar in the UI language, Monday first, with ISO week numbers. JavaFX draws the popup in
     * {@code Locale.getDefault(Locale.Category.FORMAT)}, read each time it is shown and while it is open (first day
     * of the week, month and day names, week numbers); so while the popup shows, that default is the UI language
     * with ISO weeks ({@link #calendarLocale}), and it is put back when the popup is hidden. The popup shown after a
     * language switch is therefore in the new language.
     */
    private static void calendarInLanguage(DatePicker picker, Messages messages) {
        picker.setShowWeekNumbers(true);
        Locale[] before = new Locale[1];
        picker.addEventHandler(ComboBoxBase.ON_SHOWING, e -> {
            if (before[0] == null) {
                before[0] = Locale.getDefault(Locale.Category.FORMAT); // machine locale: put back when the popup hides
            }
            Locale.setDefault(Locale.Category.FORMAT, calendarLocale(messages.getLocale()));
        });
        picker.addEventHandler(ComboBoxBase.ON_HIDDEN, e -> {
            if (before[0] != null) {
                Locale.setDefault(Locale.Category.FORMAT, before[0]);
                before[0] = null;
            }
        });
    }

    /**
     * Makes the skin build the popup calendar anew when it next shows: JavaFX writes the day names only when it
     * builds the popup, and it builds a new one when the day cell factory changes. The new factory makes the
     * same cells as the one it replaces.
     */
    private static void rebuildPopup(DatePicker picker) {
        javafx.util.Callback<DatePicker, javafx.scene.control.DateCell> own = picker.getDayCellFactory();
        javafx.util.Callback<DatePicker, javafx.scene.control.DateCell> cells = own instanceof SameCells same ? same.cells : own;
        picker.setDayCellFactory(new SameCells(cells));
    }

    /** A day cell factory making the cells {@code cells} makes, or plain ones when it is null; never equal to another. */
    private static final class SameCells implements javafx.util.Callback<DatePicker, javafx.scene.control.DateCell> {
        final javafx.util.Callback<DatePicker, javafx.scene.control.DateCell> cells;

        SameCells(javafx.util.Callback<DatePicker, javafx.scene.control.DateCell> cells) {
            this.cells = cells;
        }

        @Override
        public javafx.scene.control.DateCell call(DatePicker picker) {
            return cells == null ? new javafx.scene.control.DateCell() : cells.call(picker);
        }
    }

    /**
     * The locale a date picker's popup is drawn in: {@code language}'s month and day names with ISO weeks (Monday
     * first, week 1 the week with the year's first Thursday), through the region override {@code rg=dkzzzz}, so
     * English has Monday-first weeks too.
     *
     * @param language the UI language ({@link Messages#getLocale()})
     * @return a locale for which {@code WeekFields.of(locale)} is {@code WeekFields.ISO}
     */
    public static Locale calendarLocale(Locale language) {
        return new Locale.Builder().setLanguage(language.getLanguage())
                .setUnicodeLocaleKeyword("rg", "dkzzzz").setUnicodeLocaleKeyword("fw", "mon").build();
    }

    /** The forms dates are shown and typed in, in one language. */
    private static final class Forms {
        final DateTimeFormatter shown;
        /** Each form reads a whole stripped text to a date, returns null or throws {@code DateTimeException} when it cannot. */
        final List<java.util.function.Function<String, LocalDate>> typed;

        /** The forms of the UI language: key {@code format.fieldDate} (English "dd/MM/yyyy", Danish "dd.MM.yyyy"). */
        Forms(Messages messages) {
            Locale locale = messages.getLocale();
            String pattern = messages.get("format.fieldDate");
            shown = DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale);
            // Typed days and months may have one digit or two ("3.5.1985" as well as "03.05.1985").
            String loose = pattern.replaceAll("d+", "d").replaceAll("M+", "M");
            // strict: a day the month does not have ("31.11.2026", "2/29/2027") is no date, never the month's last day
            DateTimeFormatter field = DateTimeFormatter.ofPattern(loose.replaceAll("y+", "uuuu"), locale)
                    .withResolverStyle(ResolverStyle.STRICT);
            DateTimeFormatter shortYear = twoDigitYear(loose, locale).withResolverStyle(ResolverStyle.STRICT);
            ShownDate display = new ShownDate(locale);
            typed = List.of(t -> LocalDate.parse(t, field), t -> LocalDate.parse(t, shortYear),
                    t -> LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE), display::read);
        }
    }

    /**
     * Reads the form the app shows dates in (key {@code format.date}: "30 Nov 2026", "30. nov. 2026"): a day of one
     * or two digits, a month name of the language, short or full ("nov", "Nov.", "november"), and a four-digit year,
     * in that order. Case does not matter, and periods and commas may be left out or added ("30 nov 2026",
     * "30. Nov 2026"). A day the month does not have is no date.
     */
    private static final class ShownDate {
        private static final java.util.regex.Pattern FORM =
                java.util.regex.Pattern.compile("(\\d{1,2}) (\\p{L}+) (\\d{4})");
        private final Locale locale;
        private final java.util.Map<String, java.time.Month> months = new java.util.HashMap<>();

        ShownDate(Locale locale) {
            this.locale = locale;
            for (java.time.Month month : java.time.Month.values()) {
                for (java.time.format.TextStyle style : java.time.format.TextStyle.values()) {
                    if (style != java.time.format.TextStyle.NARROW && style != java.time.format.TextStyle.NARROW_STANDALONE) {
                        months.putIfAbsent(plain(month.getDisplayName(style, locale)), month);
                    }
                }
            }
        }

        /** The text's date, or null when it is not in this form; throws {@code DateTimeException} for a day that does not exist. */
        LocalDate read(String text) {
            java.util.regex.Matcher m = FORM.matcher(plain(text));
            if (!m.matches()) {
                return null;
            }
            java.time.Month month = months.get(m.group(2));
            return month == null ? null
                    : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        }

        /** Lower case in the language, periods and commas as spaces, runs of spaces as one, stripped. */
        private String plain(String text) {
            return text.toLowerCase(locale).replaceAll("[.,]", " ").replaceAll("\\s+", " ").strip();
        }
    }

    private static StringConverter<LocalDate> converter(DatePicker picker, AtomicReference<Forms> forms,
            ReadOnlyStringWrapper unreadable, LocalDate[] kept) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // the picker writes its value back into the field after a commit: keep the unreadable
                // text there instead, so the user sees what they typed next to the message about it
                if (unreadable.get() != null && java.util.Objects.equals(date, kept[0])) {
                    return unreadable.get();
                }
                return date == null ? "" : forms.get().shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    unreadable.set(null);
                    return null;
                }
                LocalDate date = parse(text, forms.get().typed);
                if (date != null) {
                    unreadable.set(null);
                    return date;
                }
                kept[0] = picker.getValue();
                unreadable.set(text.strip());
                return picker.getValue();
            }
        };
    }

    /**
     * {@code text} (stripped, its digits of any script read as 0-9: {@link Digits#toLatin}) read in the first of
     * {@code forms} that reads it, or null when none does.
     */
    private static LocalDate parse(String text, List<java.util.function.Function<String, LocalDate>> forms) {
        String latin = Digits.toLatin(text.strip()); // "٢٤/١٢/٢٠٢٦" is 24/12/2026
        for (java.util.function.Function<String, LocalDate> format : forms) {
            try {
                LocalDate date = format.apply(latin);
                if (date != null) {
                    return date;
                }
            } catch (java.time.DateTimeException notThisForm) {
                // try the next form
            }
        }
        return null;
    }

    /**
     * The text last typed into {@code picker} that is no date (stripped), or null while the field holds
     * a readable date or nothing. Set when the typed text is taken in (Enter, leaving the field,
     * {@link DatePicker#commitValue()}); cleared by a readable date, an empty field or a new value.
     *
     * @param picker a picker given the converter by {@link #install} or {@link #picker}
     */
    public static ReadOnlyStringProperty unreadableProperty(DatePicker picker) {
        Object state = picker.getProperties().get(STATE);
        if (!(state instanceof ReadOnlyStringWrapper wrapper)) {
            throw new IllegalArgumentException("not a DateText picker: " + picker.getId());
        }
        return wrapper.getReadOnlyProperty();
    }

    /**
     * Drops text typed into the DateText pickers inside {@code root} that is no date: each such field shows its own
     * value again (empty when it has none) and is no longer unreadable. For a form that now shows something else (the
     * details panel on another contact, or closed): the old text belonged to what was shown before. Pickers holding a
     * readable date or nothing are left as they are. Call on the JavaFX thread.
     */
    public static void forgetUnreadable(javafx.scene.Parent root) {
        for (javafx.scene.Node node : root.lookupAll(".date-picker")) {
            if (node instanceof DatePicker picker && picker.getProperties().get(STATE) instanceof ReadOnlyStringWrapper
                    unreadable && unreadable.get() != null) {
                unreadable.set(null);
                picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
            }
        }
    }

    /**
     * Takes in the text typed into each picker; true when every one holds a readable date or nothing.
     *
     * @param pickers pickers given the converter by {@link #install} or {@link #picker}
     */
    public static boolean commit(DatePicker... pickers) {
        boolean readable = true;
        for (DatePicker picker : pickers) {
            if (picker.isEditable()) {
                picker.commitValue();
            }
            readable &= unreadableProperty(picker).get() == null;
        }
        return readable;
    }

    /**
     * Refuses {@code button}'s action while one of the pickers holds text that is no date: before the
     * button acts, the typed text is taken in, and the action is dropped when any is unreadable (each
     * picker's message, shown by {@link #withMessage}, says what to type).
     */
    public static void guard(ButtonBase button, DatePicker... pickers) {
        button.addEventFilter(ActionEvent.ACTION, e -> {
            if (!commit(pickers)) {
                e.consume();
            }
        });
    }

    /**
     * {@code picker} with the message about its unreadable text under it (id: the picker's id plus
     * {@code -error}; see {@link FieldMessage}).
     */
    public static VBox withMessage(DatePicker picker, Messages messages) {
        return FieldMessage.under(picker, message(picker, messages));
    }

    /**
     * The message about {@code picker}'s unreadable text ({@link #UNREADABLE}), for a form that puts it
     * elsewhere than right under the picker: a {@link FieldMessage} label with the id of the picker plus
     * {@code -error}, empty and hidden while the picker holds a readable date or nothing.
     */
    public static javafx.scene.control.Label message(DatePicker picker, Messages messages) {
        ReadOnlyStringProperty typed = unreadableProperty(picker);
        return FieldMessage.label(picker.getId() + "-error",
                Bindings.createStringBinding(() -> typed.get() == null ? "" : messages.format(UNREADABLE, Digits.toLatin(typed.get())), typed), picker);
    }

    /** The localised short pattern with a two-digit year read as {@value #TWO_DIGIT_BASE_YEAR}–2049. */
    private static DateTimeFormatter twoDigitYear(String pattern, Locale locale) {
        String[] parts = pattern.split("y+", -1);
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().appendPattern(parts[0]);
        builder.appendValueReduced(ChronoField.YEAR, 2, 2, TWO_DIGIT_BASE_YEAR);
        if (parts.length > 1) {
            builder.appendPattern(parts[1]);
        }
        return builder.toFormatter(locale);
    }
}
