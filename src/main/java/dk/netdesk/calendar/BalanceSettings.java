package dk.netdesk.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The user's work/life rules: work windows and protected personal time per weekday, the weekly
 * work budget in hours and the break rule (a run of work longer than {@code breakMinutes}
 * without a 10-minute gap is flagged).
 */
public record BalanceSettings(Map<DayOfWeek, List<TimeSpan>> windows, Map<DayOfWeek, List<TimeSpan>> protectedTime,
                              double budgetHours, int breakMinutes) {

    /** The gap that counts as a break. */
    public static final int BREAK_GAP_MINUTES = 10;

    public BalanceSettings {
        windows = copy(windows);
        protectedTime = copy(protectedTime);
    }

    /** Mon–Thu 18:00–21:00 and Sat 10:00–13:00 to work; Friday evening and all of Sunday protected; 12 h; 90 min. */
    public static BalanceSettings defaults() {
        Map<DayOfWeek, List<TimeSpan>> windows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            windows.put(day, List.of(TimeSpan.of(18, 0, 21, 0)));
        }
        windows.put(DayOfWeek.SATURDAY, List.of(TimeSpan.of(10, 0, 13, 0)));
        Map<DayOfWeek, List<TimeSpan>> protectedTime = new EnumMap<>(DayOfWeek.class);
        protectedTime.put(DayOfWeek.FRIDAY, List.of(TimeSpan.of(17, 0, 24, 0)));
        protectedTime.put(DayOfWeek.SUNDAY, List.of(TimeSpan.of(0, 0, 24, 0)));
        return new BalanceSettings(windows, protectedTime, 12, 90);
    }

    public List<TimeSpan> windows(DayOfWeek day) {
        return windows.getOrDefault(day, List.of());
    }

    public List<TimeSpan> protectedTime(DayOfWeek day) {
        return protectedTime.getOrDefault(day, List.of());
    }

    /** "18:00-21:00, 19:30-22:00" for a weekday; empty for none. */
    public static String format(List<TimeSpan> spans) {
        return String.join(", ", spans.stream().map(TimeSpan::text).toList());
    }

    /** Reads the text {@link #format(List)} writes; throws IllegalArgumentException when malformed or overlapping. */
    public static List<TimeSpan> parseSpans(String text) {
        List<TimeSpan> spans = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return spans;
        }
        for (String part : text.split("[,;]")) {
            if (!part.isBlank()) {
                spans.add(TimeSpan.parse(part));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.startMinute(), b.startMinute()));
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).startMinute() < spans.get(i - 1).endMinute()) {
                throw new IllegalArgumentException(text);
            }
        }
        return spans;
    }

    /** The settings as one line per kind, for storage: "MONDAY=18:00-21:00;SATURDAY=10:00-13:00". */
    static String encode(Map<DayOfWeek, List<TimeSpan>> spans) {
        List<String> parts = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeSpan> list = spans.getOrDefault(day, List.of());
            if (!list.isEmpty()) {
                parts.add(day.name() + "=" + String.join(",", list.stream().map(TimeSpan::text).toList()));
            }
        }
        return String.join(";", parts);
    }

    static Map<DayOfWeek, List<TimeSpan>> decode(String text) {
        Map<DayOfWeek, List<TimeSpan>> result = new EnumMap<>(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2) {
                result.put(DayOfWeek.valueOf(kv[0].trim()), parseSpans(kv[1]));
            }
        }
        return result;
    }

    private static Map<DayOfWeek, List<TimeSpan>> copy(Map<DayOfWeek, List<TimeSpan>> spans) {
        Map<DayOfWeek, List<TimeSpan>> copy = new EnumMap<>(DayOfWeek.class);
        if (spans != null) {
            spans.forEach((day, list) -> {
                if (list != null && !list.isEmpty()) {
                    copy.put(day, List.copyOf(list));
                }
            });
        }
        return Map.copyOf(copy);
    }
}
