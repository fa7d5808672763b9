package dk.netdesk.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Side-by-side lanes for the timed events of one day column, so that overlapping events do not cover each other. */
final class Lanes {

    /** A timed event in a day column: minutes of that day, and the lane it was given. */
    static final class Placed {
        final Occurrence occurrence;
        final int day;
        final double start;
        final double end;
        int lane;
        int lanes = 1;
        /** Pixels kept free at the column's right for the cluster's "+N" chip; 0 when all of it is shown. */
        double reserve;

        Placed(Occurrence occurrence, int day, double start, double end) {
            this.occurrence = occurrence;
            this.day = day;
            this.start = start;
            this.end = end;
        }

        /** Where the event sits when it is not being dragged. */
        GridColumns.Spec spec() {
            return new GridColumns.Spec(day, start, end, lane, lanes, false, reserve);
        }
    }

    private Lanes() {
    }

    /**
     * Events of a cluster that did not fit in its lanes, shown as one "+N" chip in the last lane:
     * from the earliest hidden start to the latest hidden end (minutes of the day).
     */
    record Overflow(int day, double start, double end, int lane, int lanes, List<Occurrence> hidden) {

        /** The chip's place: the strip of {@code chipWidth} pixels at the column's right. */
        GridColumns.Spec spec(double chipWidth) {
            return new GridColumns.Spec(day, start, end, lanes, lanes, false, chipWidth);
        }
    }

    /** The events of a day column that are shown, each with its lane, and the chips for those that are not. */
    record Result(List<Placed> shown, List<Overflow> overflows) {
    }

    /**
     * The events of one day column, in start order (longer first), each with its lane: a run of
     * overlapping events (a cluster) shares the column in as many lanes as it needs at once.
     */
    static List<Placed> assign(List<Placed> ofDay) {
        return assign(ofDay, Integer.MAX_VALUE, Integer.MAX_VALUE, 0).shown();
    }

    /**
     * Like {@link #assign(List)}, but a cluster that needs more than {@code maxLanes} lanes keeps
     * the events of its first {@code keep} lanes (at least one), which leave {@code chipWidth}
     * pixels free at the column's right, and the rest go to one {@link Overflow} chip in that strip
     * (six overlapping events, 3 lanes fit, 2 kept: two shown and "+4").
     */
    static Result assign(List<Placed> ofDay, int maxLanes, int keep, double chipWidth) {
        List<Placed> sorted = ofDay.stream()
                .sorted(Comparator.comparingDouble((Placed p) -> p.start).thenComparingDouble(p -> -p.end)).toList();
        List<Placed> shown = new ArrayList<>();
        List<Overflow> overflows = new ArrayList<>();
        List<Placed> cluster = new ArrayList<>();
        double clusterEnd = -1;
        for (Placed p : sorted) {
            if (!cluster.isEmpty() && p.start >= clusterEnd) {
                finishCluster(cluster, maxLanes, Math.max(1, keep), chipWidth, shown, overflows);
                cluster = new ArrayList<>();
            }
            cluster.add(p);
            clusterEnd = Math.max(clusterEnd, p.end);
        }
        finishCluster(cluster, maxLanes, Math.max(1, keep), chipWidth, shown, overflows);
        return new Result(shown, overflows);
    }

    private static void finishCluster(List<Placed> cluster, int maxLanes, int keep, double chipWidth, List<Placed> shown,
                                      List<Overflow> overflows) {
        if (cluster.isEmpty()) {
            return;
        }
        List<Double> laneEnds = new ArrayList<>();
        for (Placed p : cluster) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > p.start) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(p.end);
            } else {
                laneEnds.set(lane, p.end);
            }
            p.lane = lane;
        }
        int lanes = laneEnds.size();
        if (lanes <= maxLanes) {
            cluster.forEach(p -> p.lanes = lanes);
            shown.addAll(cluster);
            return;
        }
        List<Occurrence> hidden = new ArrayList<>();
        double start = Double.MAX_VALUE;
        double end = 0;
        for (Placed p : cluster) {
            p.lanes = keep;
            p.reserve = chipWidth;
            if (p.lane < keep) {
                shown.add(p);
            } else {
                hidden.add(p.occurrence);
                start = Math.min(start, p.start);
                end = Math.max(end, p.end);
            }
        }
        overflows.add(new Overflow(cluster.get(0).day, start, end, keep, keep, hidden));
    }
}
