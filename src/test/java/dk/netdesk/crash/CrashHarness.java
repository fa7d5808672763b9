package dk.netdesk.crash;

import dk.netdesk.db.Backups;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;

/**
 * Drives {@link CrashWriter}: starts it in its own JVM on a fresh data folder, lets it write for a
 * random 200–1500 ms, kills it with SIGKILL ({@link ProcessHandle#destroyForcibly()} on Linux), reopens
 * the folder with {@link Database#open}, runs {@code PRAGMA integrity_check}, checks that every
 * change the writer reported as committed is in the file, and checks the backup folder
 * ({@link BackupCheck}). Run as a program, its argument is the number of trials (default 100); it
 * prints the totals.
 */
public final class CrashHarness {

    /**
     * The totals over a number of trials; {@code problems} describes each finding (empty when all is well).
     *
     * @param backupsFinished backups the writer reported written and checked
     * @param backupsChecked  files with a backup's name found after the kills, each checked
     * @param brokenBackups   named files that fail a check, reported backups gone though the rotation keeps
     *                        them, and wrong listings by {@link Backups}
     * @param leftovers       other files in the backup folders (backups the kill cut short), by kind of name
     */
    public record Result(int trials, int corruptFiles, int lostRecords, long committedRecords, int backupsFinished,
                         int backupsChecked, int brokenBackups, Map<String, Integer> leftovers, List<String> problems) {

        @Override
        public String toString() {
            return "trials=" + trials + " corrupt-files=" + corruptFiles + " lost-committed-records=" + lostRecords
                    + " committed-records-checked=" + committedRecords + " backups-finished=" + backupsFinished
                    + " backups-checked=" + backupsChecked + " broken-backups=" + brokenBackups
                    + " leftovers=" + leftovers;
        }
    }

    private final Path root;
    private final Random random;

    /** @param root a folder for the trials' data folders (each trial makes its own); {@code seed} picks the kill times */
    public CrashHarness(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path root = Files.createTempDirectory("netdesk-crash");
        Result result = new CrashHarness(root, System.nanoTime()).run(trials);
        System.out.println(result);
        result.problems().forEach(System.out::println);
    }

    /** Runs {@code trials} kill-and-check rounds, one after another. */
    public Result run(int trials) throws Exception {
        int corrupt = 0;
        int lost = 0;
        long checked = 0;
        int backupsFinished = 0;
        int backupsChecked = 0;
        int broken = 0;
        Map<String, Integer> leftovers = new java.util.TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            Trial trial = trial(root.resolve("trial-" + i), 200 + random.nextInt(1301));
            if (!trial.integrity().equals("ok")) {
                corrupt++;
                problems.add("trial " + i + ": integrity_check says " + trial.integrity());
            }
            lost += trial.lost().size();
            for (String line : trial.lost()) {
                problems.add("trial " + i + ": lost " + line);
            }
            checked += trial.committed();
            BackupCheck.Outcome backups = trial.backups();
            backupsFinished += backups.reported();
            backupsChecked += backups.checked();
            backups.leftovers().forEach(name -> leftovers.merge(name, 1, Integer::sum));
            broken += backups.problems().size();
            for (String line : backups.problems()) {
                problems.add("trial " + i + ": " + line);
            }
        }
        return new Result(trials, corrupt, lost, checked, backupsFinished, backupsChecked, broken, leftovers, problems);
    }

    private record Trial(String integrity, List<String> lost, int committed, BackupCheck.Outcome backups) {
    }

    private Trial trial(Path dir, int killAfterMs) throws Exception {
        Files.createDirectories(dir);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Dnetdesk.logDir=" + dir.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), dir.toString());
        Process writer = new ProcessBuilder(command).redirectError(dir.resolve("writer-stderr.txt").toFile()).start();
        List<String> lines = new ArrayList<>();
        IOException[] readFailure = new IOException[1];
        Thread reader = new Thread(() -> readFailure[0] = read(writer, lines), "crash-reader");
        reader.start();
        waitForReady(writer, lines);
        Thread.sleep(killAfterMs);
        // Not Process.destroyForcibly(): on Linux it also closes our end of the pipe, so the lines the
        // reader has not reached yet are thrown away and look like lost commits.
        writer.toHandle().destroyForcibly();
        if (!writer.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the writer did not die");
        }
        reader.join(TimeUnit.SECONDS.toMillis(60));
        if (reader.isAlive() || readFailure[0] != null) {
            throw new IllegalStateException("the writer's lines could not all be read", readFailure[0]);
        }
        List<String> printed;
        synchronized (lines) {
            printed = new ArrayList<>(lines);
        }
        try (Database database = Database.open(dir)) {
            DSLContext dsl = database.dsl();
            String integrity = String.join("; ", dsl.fetch("PRAGMA integrity_check").getValues(0, String.class));
            Changes changes = new Changes();
            Backups backups = new Backups(database, new Settings(database, changes), changes, Clock.system(BackupCheck.ZONE));
            int committed = (int) printed.stream().filter(l -> !l.startsWith("try ") && !l.startsWith("backup ")
                    && !l.equals("ready")).count();
            return new Trial(integrity, lost(dsl, printed), committed,
                    BackupCheck.check(Backups.defaultFolder(dir), printed, backups));
        }
    }

    /**
     * Reads the writer's output to its end (the kill closes the pipe's far end), keeping the protocol
     * lines that end with a line break; a line the kill cut short is dropped. Returns the failure, or null.
     */
    private static IOException read(Process writer, List<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                if (line.indexOf(CrashWriter.MARK) == 0) { // else a log line
                    synchronized (lines) {
                        lines.add(line.substring(CrashWriter.MARK.length()));
                        lines.notifyAll();
                    }
                }
                line.setLength(0);
            }
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    private static void waitForReady(Process writer, List<String> lines) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (lines) {
            while (!lines.contains("ready")) {
                if (!writer.isAlive() || System.nanoTime() > until) {
                    throw new IllegalStateException("the writer did not start; see writer-stderr.txt");
                }
                lines.wait(100);
            }
        }
    }

    /**
     * The printed commits that are not in the file. A line cut off by the kill (no line end) is not
     * read, so it is not counted. An edit or a move is checked against the last one printed for that
     * contact; the one change that may have been in flight (a {@code try} line with no commit line
     * after it) is accepted too.
     */
    static List<String> lost(DSLContext dsl, List<String> printed) {
        List<String> lost = new ArrayList<>();
        Map<Long, String> lastNotes = new HashMap<>();
        Map<Long, Long> lastStage = new HashMap<>();
        String inFlight = null;
        for (String line : printed) {
            String[] w = line.split(" ");
            switch (w[0]) {
                case "ready", "backup" -> { }
                case "try" -> inFlight = line.substring(4);
                case "contact" -> {
                    long id = Long.parseLong(w[1]);
                    lastNotes.putIfAbsent(id, null);
                    if (dsl.fetchCount(dsl.selectOne().from("contact").where("id = ?", id)) != 1) {
                        lost.add(line);
                    }
                }
                case "edit" -> {
                    lastNotes.put(Long.parseLong(w[1]), w[2]);
                    inFlight = null;
                }
                case "move" -> {
                    lastStage.put(Long.parseLong(w[1]), Long.parseLong(w[2]));
                    inFlight = null;
                }
                case "interaction" -> present(dsl, "interaction", line, w[1], lost);
                case "event" -> present(dsl, "calendar_event", line, w[1], lost);
                case "library" -> present(dsl, "library_item", line, w[1], lost);
                default -> throw new IllegalStateException("unknown line from the writer: " + line);
            }
        }
        for (Map.Entry<Long, String> e : lastNotes.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String stored = dsl.fetchValue("SELECT notes FROM contact WHERE id = ?", e.getKey()).toString();
            String accepted = inFlight != null && inFlight.startsWith("edit " + e.getKey() + " ") ? inFlight.split(" ")[2] : null;
            if (!stored.equals(e.getValue()) && !stored.equals(accepted)) {
                lost.add("edit " + e.getKey() + " " + e.getValue() + " (stored: " + stored + ")");
            }
        }
        for (Map.Entry<Long, Long> e : lastStage.entrySet()) {
            Object stored = dsl.fetchValue("SELECT stage_id FROM contact WHERE id = ?", e.getKey());
            long stage = stored == null ? -1 : ((Number) stored).longValue();
            String accepted = inFlight != null && inFlight.startsWith("move " + e.getKey() + " ") ? inFlight.split(" ")[2] : null;
            if (stage != e.getValue() && !String.valueOf(stage).equals(accepted)) {
                lost.add("move " + e.getKey() + " " + e.getValue() + " (stored: " + stage + ")");
            }
        }
        return lost;
    }

    private static void present(DSLContext dsl, String table, String line, String id, List<String> lost) {
        if (dsl.fetchCount(dsl.selectOne().from(table).where("id = ?", Long.parseLong(id))) != 1) {
            lost.add(line);
        }
    }
}
