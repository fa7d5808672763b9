package dk.netdesk.db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: about a year of history in few files. A pure function of the backups'
 * times; it reads no clock and no files.
 *
 * <p>A backup is kept when any of these picks it (the union is kept, the rest deleted):
 * <ul>
 *   <li>the {@value #RECENT} newest backups;</li>
 *   <li>the newest backup of each of the {@value #DAYS} most recent days that have a backup;</li>
 *   <li>the newest backup of each of the {@value #WEEKS} most recent ISO weeks (Monday to Sunday) that have one;</li>
 *   <li>the newest backup of each of the {@value #MONTHS} most recent months that have one.</li>
 * </ul>
 * Days, weeks and months are the user's, in {@code zone}. Counting the periods that have a backup
 * (rather than calendar periods back from today) means a month away from the app does not cost the
 * history before it. At most 24 + 14 + 8 + 12 = 58 files are kept.
 */
public final class BackupRotation {

    public static final int RECENT = 24;
    public static final int DAYS = 14;
    public static final int WEEKS = 8;
    public static final int MONTHS = 12;

    private BackupRotation() {
    }

    /**
     * @param taken the times the backups were taken (UTC instants; duplicates count once)
     * @param zone  the user's time zone, which decides where a day, week and month begin
     * @return the times of the backups to keep, a subset of {@code taken}
     */
    public static Set<Instant> keep(Collection<Instant> taken, ZoneId zone) {
        List<Instant> newestFirst = taken.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(RECENT, newestFirst.size())));
        keep.addAll(newestPerPeriod(newestFirst, DAYS, t -> LocalDate.ofInstant(t, zone)));
        keep.addAll(newestPerPeriod(newestFirst, WEEKS, t -> {
            LocalDate day = LocalDate.ofInstant(t, zone);
            return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }));
        keep.addAll(newestPerPeriod(newestFirst, MONTHS, t -> YearMonth.from(LocalDate.ofInstant(t, zone))));
        return keep;
    }

    /** The first (newest) time in each of the first {@code periods} distinct periods of {@code newestFirst}. */
    private static List<Instant> newestPerPeriod(List<Instant> newestFirst, int periods, Function<Instant, Object> period) {
        List<Instant> picked = new ArrayList<>();
        Object last = null;
        for (Instant time : newestFirst) {
            Object current = period.apply(time);
            if (!current.equals(last)) {
                if (picked.size() == periods) {
                    break;
                }
                picked.add(time);
                last = current;
            }
        }
        return picked;
    }
}
