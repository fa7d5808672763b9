package dk.netdesk.exchange;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the date, time, zone and duration values of an iCalendar file: DATE ({@code 20270310}),
 * DATE-TIME in UTC ({@code 20270310T090000Z}), with a TZID (an IANA id, an Outlook Windows name
 * mapped through CLDR, or a VTIMEZONE of the file that names its IANA zone) or floating (taken in the
 * home zone). An impossible value ({@code 20270230T250000}) is a {@link BadValue}.
 */
final class IcsValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", java.util.Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", java.util.Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** A value that is not a date, time or duration; says which text on which line. */
    static final class BadValue extends Exception {
        final IcsTree.Prop prop;
        final String text;

        BadValue(IcsTree.Prop prop, String text) {
            super(prop.name() + " " + text, null, false, false);
            this.prop = prop;
            this.text = text;
        }
    }

    /**
     * One point in time as the file gives it.
     *
     * @param local the wall-clock time in {@code zone} (midnight for a date)
     * @param zone  where the wall-clock time is read
     * @param date  true for a DATE value (an all-day event)
     */
    record Moment(LocalDateTime local, ZoneId zone, boolean date) {

        /** The wall-clock time in {@code target} (a date stays as it is). */
        LocalDateTime in(ZoneId target) {
            return date || zone.equals(target) ? local : local.atZone(zone).withZoneSameInstant(target).toLocalDateTime();
        }
    }

    private final ZoneId home;
    private final Map<String, ZoneId> fileZones = new HashMap<>();

    /**
     * @param home      the zone of floating times, UTC times and all-day events (the user's calendar zone)
     * @param calendars the file's calendars, whose VTIMEZONEs may name IANA zones for their TZIDs
     */
    IcsValues(ZoneId home, List<IcsTree.Node> calendars) {
        this.home = home;
        for (IcsTree.Node calendar : calendars) {
            for (IcsTree.Node tz : calendar.children("VTIMEZONE")) {
                Optional<String> tzid = tz.prop("TZID").map(IcsTree.Prop::value);
                Optional<ZoneId> named = tz.prop("X-LIC-LOCATION").flatMap(p -> iana(p.value()));
                if (tzid.isPresent() && named.isPresent()) {
                    fileZones.put(tzid.get(), named.get());
                }
            }
        }
    }

    ZoneId home() {
        return home;
    }

    /** The zone a TZID names; the home zone when nothing is known about it. */
    ZoneId zone(String tzid) {
        return iana(tzid).or(() -> WindowsZones.of(tzid)).or(() -> Optional.ofNullable(fileZones.get(tzid)))
                .orElse(home);
    }

    /** An IANA id, also inside a longer TZID such as {@code /mozilla.org/20050126_1/Europe/Copenhagen}. */
    static Optional<ZoneId> iana(String tzid) {
        String id = tzid.strip();
        while (!id.isEmpty()) {
            if (ZoneId.getAvailableZoneIds().contains(id)) {
                return Optional.of(ZoneId.of(id));
            }
            int slash = id.indexOf('/');
            if (slash < 0) {
                break;
            }
            id = id.substring(slash + 1);
        }
        return Optional.empty();
    }

    /** The property's one value. */
    Moment moment(IcsTree.Prop prop) throws BadValue {
        return moment(prop, prop.value().strip());
    }

    /** Every value of a list property (EXDATE may hold several, separated by commas). */
    List<Moment> moments(IcsTree.Prop prop) throws BadValue {
        List<Moment> moments = new ArrayList<>();
        for (String part : prop.value().split(",")) {
            if (!part.isBlank()) {
                moments.add(moment(prop, part.strip()));
            }
        }
        return moments;
    }

    private Moment moment(IcsTree.Prop prop, String text) throws BadValue {
        try {
            boolean isDate = "DATE".equalsIgnoreCase(prop.params().getOrDefault("VALUE", "")) || text.length() == 8;
            if (isDate) {
                return new Moment(LocalDate.parse(text, DATE).atStartOfDay(), home, true);
            }
            if (text.endsWith("Z") || text.endsWith("z")) {
                LocalDateTime utc = LocalDateTime.parse(text.substring(0, text.length() - 1), DATE_TIME);
                return new Moment(utc, ZoneOffset.UTC, false);
            }
            LocalDateTime local = LocalDateTime.parse(text, DATE_TIME);
            return new Moment(local, prop.param("TZID").map(this::zone).orElse(home), false);
        } catch (DateTimeException e) {
            throw new BadValue(prop, text);
        }
    }

    /**
     * A DURATION value ({@code PT1H30M}, {@code -PT15M}, {@code P1D}, {@code -P1W}) in minutes (negative before).
     */
    static long minutes(IcsTree.Prop prop) throws BadValue {
        String text = prop.value().strip();
        try {
            if (text.contains("W")) {
                return Period.parse(text).getDays() * 24L * 60;
            }
            return Duration.parse(text).toMinutes();
        } catch (DateTimeException e) {
            throw new BadValue(prop, text);
        }
    }
}
