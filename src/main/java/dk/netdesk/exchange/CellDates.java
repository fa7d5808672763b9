package dk.netdesk.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in CSV cells, as Google, Outlook and Danish Excel write them: ISO ({@code 1990-05-17},
 * {@code 19900517}, optionally followed by a time), day-first or month-first with {@code /} or
 * {@code -} ({@code 17-05-1990}, {@code 5/17/1990}; the order is decided per file, see
 * {@link #detect}), dotted day-first ({@code 17.5.1990}), a day without a year ({@code --05-17},
 * {@code 17.5.}), and Outlook's "no date" ({@code 0/0/00}). Two-digit years are the latest year
 * with those digits that is not after this year.
 */
final class CellDates {

    /**
     * A cell read as a date.
     *
     * @param date    the date, or null
     * @param noYear  a day without a year, or null
     * @param problem null when read (or the cell is empty), {@code "badDate"} for a date or time that does
     *                not exist, {@code "unknownDate"} for text that is not a date
     */
    record Cell(LocalDate date, MonthDay noYear, String problem) {
        static final Cell EMPTY = new Cell(null, null, null);
    }

    /**
     * The order a file's dates are in.
     *
     * @param order     the order used
     * @param ambiguous true if the file's dates could be either (no day above 12 proves it, or they
     *                  contradict each other): the wizard asks, and {@code order} is only a guess (the one
     *                  {@link #detect} was given for when it cannot tell, or the majority when they contradict)
     */
    record Reading(DateOrder order, boolean ambiguous) {
    }

    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](.*))?");
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})(?:\\s+(.*))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\.?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:\\.\\d+)?)?\\s*(AM|PM|am|pm)?(?:Z|[+-]\\d{2}:?\\d{2})?");

    private CellDates() {
    }

    /** Reads {@code text} (trimmed) with {@code order} for the forms that need it; {@code thisYear} places two-digit years. */
    static Cell read(String text, DateOrder order, int thisYear) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Cell.EMPTY;
        }
        try {
            Matcher m = NO_YEAR.matcher(t);
            if (m.matches()) {
                return new Cell(null, MonthDay.of(num(m, 1), num(m, 2)), null);
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return time(m.group(4)) ? new Cell(date, null, null) : bad();
            }
            m = BASIC.matcher(t);
            if (m.matches()) {
                return new Cell(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), null, null);
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                int a = num(m, 1);
                int b = num(m, 3);
                String yearText = m.group(4);
                if ((a == 0 || b == 0) && Integer.parseInt(yearText) == 0) {
                    return Cell.EMPTY;
                }
                boolean dayFirst = m.group(2).equals(".") || order == DateOrder.DAY_FIRST;
                int year = yearText.length() == 2 ? twoDigit(Integer.parseInt(yearText), thisYear) : Integer.parseInt(yearText);
                LocalDate date = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
                return time(m.group(5)) ? new Cell(date, null, null) : bad();
            }
            m = DAY_MONTH.matcher(t);
            if (m.matches()) {
                boolean dayFirst = m.group(2).equals(".") || order == DateOrder.DAY_FIRST;
                int a = num(m, 1);
                int b = num(m, 3);
                return new Cell(null, dayFirst ? MonthDay.of(b, a) : MonthDay.of(a, b), null);
            }
        } catch (DateTimeException impossible) {
            return bad();
        }
        return new Cell(null, null, "unknownDate");
    }

    /**
     * True if {@code text} is a date whose reading depends on the order: two numbers of 1 to 12 that differ,
     * separated by {@code /} or {@code -} ({@code 4/5/1980}, {@code 04-05-90}, {@code 4/5}).
     */
    static boolean dependsOnOrder(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = NUMERIC.matcher(t);
        if (!m.matches()) {
            m = DAY_MONTH.matcher(t);
            if (!m.matches()) {
                return false;
            }
        }
        if (m.group(2).equals(".")) {
            return false;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        return a != b && a >= 1 && b >= 1 && a <= 12 && b <= 12;
    }

    /**
     * Decides the order of a file's dates from its date cells: a first number above 12 proves day
     * first, a second number above 12 proves month first; dotted and ISO dates say nothing. When nothing
     * proves it, the order is {@code unsure} (the UI language's habit, see {@link ContactFileReader}).
     */
    static Reading detect(Collection<String> cells, DateOrder unsure) {
        int dayFirst = 0;
        int monthFirst = 0;
        int open = 0;
        for (String cell : cells) {
            String t = cell == null ? "" : cell.strip();
            Matcher m = NUMERIC.matcher(t);
            if (!m.matches()) {
                m = DAY_MONTH.matcher(t);
                if (!m.matches()) {
                    continue;
                }
            }
            if (m.group(2).equals(".")) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12) {
                dayFirst++;
            } else if (b > 12 && a <= 12) {
                monthFirst++;
            } else if (a != b && a > 0 && b > 0) {
                open++;
            }
        }
        if (dayFirst > 0 && monthFirst == 0) {
            return new Reading(DateOrder.DAY_FIRST, false);
        }
        if (monthFirst > 0 && dayFirst == 0) {
            return new Reading(DateOrder.MONTH_FIRST, false);
        }
        if (dayFirst > 0) {
            return new Reading(dayFirst >= monthFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST, true);
        }
        return new Reading(unsure, open > 0);
    }

    private static boolean time(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return false;
        }
        int hour = num(m, 1);
        if (m.group(4) != null && (hour < 1 || hour > 12)) {
            return false;
        }
        LocalTime.of(hour, num(m, 2), m.group(3) == null ? 0 : num(m, 3));
        return true;
    }

    private static Cell bad() {
        return new Cell(null, null, "badDate");
    }

    private static int twoDigit(int yy, int thisYear) {
        int year = thisYear / 100 * 100 + yy;
        return year > thisYear ? year - 100 : year;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** This year, for {@link #read}. */
    static int yearOf(LocalDate today) {
        return Year.from(today).getValue();
    }
}
