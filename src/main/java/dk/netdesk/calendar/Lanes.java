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

        Placed(Occurrence occurrence, int day, double start, double end) {
            this.occurrence = occurrence;
            this.day = day;
            this.start = start;
            this.end = end;
        }

        /** Where the event sits when it is not being dragged. */
        GridColumns.Spec spec() {
            return new GridColumns.Spec(day, start, end, lane, lanes, false);
        }
    }

    private Lanes() {
    }

    /**
     * The events of one day column, in start order (longer first), each with its lane: a run of
     * overlapping events (a cluster) shares the column in as many lanes as it needs at once.
     */
    static List<Placed> assign(List<Placed> ofDay) {
        List<Placed> sorted = ofDay.stream()
                .sorted(Comparator.comparingDouble((Placed p) -> p.start).thenComparingDouble(p -> -p.end)).toList();
        List<Placed> cluster = new ArrayList<>();
        double clusterEnd = -1;
        for (Placed p : sorted) {
            if (!cluster.isEmpty() && p.start >= clusterEnd) {
                finishCluster(cluster);
                cluster = new ArrayList<>();
            }
            cluster.add(p);
            clusterEnd = Math.max(clusterEnd, p.end);
        }
        finishCluster(cluster);
        return sorted;
    }

    private static void finishCluster(List<Placed> cluster) {
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
        cluster.forEach(p -> p.lanes = laneEnds.size());
    }
}
