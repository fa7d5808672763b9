package dk.netdesk.ui;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of numbers the user types, in the UI language: the decimal mark is the language's
 * ("7.5" in English, "7,5" in Danish). The other language's decimal mark is refused with a message that
 * says which mark to use and gives the number written with it ("7,5" in English: "Use a decimal point:
 * type 7.5 …"; "7.5" in Danish: "Brug komma …"), never read as a thousands separator (75) nor guessed.
 * Where it can be either ("1,500" in English, "1.500" in Danish) the text is refused with a message that
 * gives both readings; so is any other use of thousands separators.
 * Every number field uses it: the balance settings' budget and break rule, and the typed values of
 * the spinners (print hours and weeks, stage staleness days, retention months, a repeat's count) through
 * {@link SpinnerText}.
 */
public final class NumberText {

    /**
     * What was read: the number, or the bundle key (ui bundle) of what is wrong and its arguments.
     *
     * @param value     the number read; null when there is a problem
     * @param problem   null, or {@code number.notNumber} ({0} an example), {@code number.notWhole} ({0} the
     *                  typed text), {@code number.decimalMark} ({0} the typed text, {1} the number written with
     *                  the language's decimal mark), {@code number.ambiguous} ({0} the typed text, {1} the decimal mark,
     *                  {2} the decimal reading, {3} the reading without separators) or {@code number.grouping}
     *                  ({0} the typed text, {1} the number without separators)
     * @param arguments the message arguments, already formatted for the language
     */
    public record Reading(BigDecimal value, String problem, List<String> arguments) {

        public boolean ok() {
            return problem == null;
        }

        /** The message for the problem in the UI language; "" when there is none. */
        public String message(Messages messages) {
            return ok() ? "" : messages.format(problem, arguments.toArray());
        }
    }

    private NumberText() {
    }

    /**
     * Reads a number typed in {@code locale}: digits, an optional minus sign, and (unless {@code whole})
     * at most one decimal mark of that language. Spaces around it are ignored; digits of any script ("٧.٥", "７.５")
     * count as 0-9 ({@link Digits#toLatin}), and the problems' arguments show the text with them so.
     *
     * @param text   what was typed; null counts as empty
     * @param locale the UI language (its decimal mark and thousands separator)
     * @param whole  true when only whole numbers are allowed (minutes, days, hours of the day)
     * @return the number, or the problem: empty or letters ({@code number.notNumber}), the other language's
     *     decimal mark where no thousands separator fits ({@code number.decimalMark}; in a whole-number field
     *     {@code number.notWhole}), a thousands separator ({@code number.ambiguous} or {@code number.grouping}), a decimal mark in a whole-number
     *     field ({@code number.notWhole})
     */
    public static Reading parse(String text, Locale locale, boolean whole) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        String typed = text == null ? "" : Digits.toLatin(text.strip()); // "٧.٥" is 7.5
        String example = whole ? "15" : format(new BigDecimal("7.5"), locale);
        if (!typed.matches("[-\u2212]?[0-9" + java.util.regex.Pattern.quote(decimal + "" + grouping) + "]+")
                || typed.chars().noneMatch(Character::isDigit)) {
            return problem("number.notNumber", example);
        }
        String plain = typed.replace('\u2212', '-');
        long groupings = plain.chars().filter(c -> c == grouping).count();
        long decimals = plain.chars().filter(c -> c == decimal).count();
        if (groupings == 1 && decimals == 0 && plain.length() - plain.indexOf(grouping) - 1 != 3) {
            // not followed by three digits, so no thousands separator: the other language's decimal mark ("7,5" in English)
            plain = plain.replace(grouping, decimal);
            if (!whole) {
                String meant = plain.replace(decimal, '.');
                meant = meant.startsWith(".") || meant.startsWith("-.") ? meant.replaceFirst("\\.", "0.") : meant;
                meant = meant.endsWith(".") ? meant.substring(0, meant.length() - 1) : meant;
                return problem("number.decimalMark", typed, format(number(meant), locale));
            }
            groupings = 0;
            decimals = 1;
        }
        if (groupings > 0) {
            String withoutSeparators = plain.replace(String.valueOf(grouping), "");
            String separated = withoutSeparators.replace(decimal, '.');
            if (groupings == 1 && decimals == 0 && !whole) {
                BigDecimal asDecimal = number(plain.replace(grouping, '.'));
                return problem("number.ambiguous", typed, String.valueOf(decimal), format(asDecimal, locale),
                        separated.matches("-?[0-9]*\\.?[0-9]+") ? format(number(separated), locale) : withoutSeparators);
            }
            return problem("number.grouping", typed, separated.matches("-?[0-9]*\\.?[0-9]+")
                    ? format(number(separated), locale) : withoutSeparators);
        }
        if (decimals > 1) {
            return problem("number.notNumber", example);
        }
        if (decimals == 1 && whole) {
            return problem("number.notWhole", typed);
        }
        String canonical = plain.replace(decimal, '.');
        if (canonical.startsWith(".") || canonical.startsWith("-.")) {
            canonical = canonical.replaceFirst("\\.", "0.");
        }
        if (canonical.endsWith(".")) {
            canonical = canonical.substring(0, canonical.length() - 1);
        }
        return new Reading(number(canonical), null, List.of());
    }

    /**
     * A number as the language writes it, without thousands separators and with every decimal it has
     * (trailing zeros left out, never rounded, so {@link #parse} reads the same number back): "7.5" / "7,5",
     * "7,55", "1500".
     */
    public static String format(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /**
     * A stored number as the language writes it, exactly (its shortest decimal form: 7.55 gives "7.55" /
     * "7,55"), so that {@link #parse} reads the same double back and an unchanged field saves nothing new.
     */
    public static String format(double value, Locale locale) {
        return format(BigDecimal.valueOf(value), locale);
    }

    private static BigDecimal number(String canonical) {
        return new BigDecimal(canonical);
    }

    private static Reading problem(String key, String... arguments) {
        return new Reading(null, key, List.of(arguments));
    }
}
