package dk.netdesk.crash;

import dk.netdesk.db.BackupFile;
import dk.netdesk.db.BackupRotation;
import dk.netdesk.db.BackupSummary;
import dk.netdesk.db.Backups;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The crash harness's look at the backup folder after a kill. Every file there that carries a backup's
 * name ({@link BackupFile#parse}) must be a sound Netdesk database: {@code PRAGMA quick_check} says ok,
 * Netdesk's tables are there, and it holds every record the writer reported before it reported that
 * backup. Any other file is a leftover of the backup that the kill cut short. A reported backup that is
 * gone must be one the rotation ({@link BackupRotation#keep}) lets go; and the app's own
 * {@link Backups#files()} and {@link Backups#list()} must list exactly the named files, each readable.
 */
final class BackupCheck {

    /** The zone the writer's backup clock uses, which decides the rotation's days. */
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final Map<String, String> TABLES = Map.of("contact", "contact", "interaction", "interaction",
            "event", "calendar_event", "library", "library_item");

    /**
     * What was found.
     *
     * @param reported the backups the writer reported finished
     * @param checked  the files with a backup's name found in the folder, each checked
     * @param leftovers the names of the other files in the folder (a backup cut short), each with the
     *                  backup's name shown as {@code <backup>} and digits as {@code N}
     * @param problems one line per broken or wrongly missing backup, or wrong listing
     */
    record Outcome(int reported, int checked, List<String> leftovers, List<String> problems) {
    }

    private BackupCheck() {
    }

    /**
     * @param folder  the backup folder of the reopened data folder
     * @param printed the writer's lines, in order
     * @param app     the app's {@link Backups} over the reopened database, whose listing is checked
     */
    static Outcome check(Path folder, List<String> printed, Backups app) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Path, Map<String, Set<Long>>> reported = new LinkedHashMap<>();
        Map<String, Set<Long>> committed = new LinkedHashMap<>();
        for (String line : printed) {
            String[] w = line.split(" ", 2);
            if (w[0].equals("backup")) {
                Map<String, Set<Long>> copy = new LinkedHashMap<>();
                committed.forEach((kind, ids) -> copy.put(kind, new HashSet<>(ids)));
                reported.put(Path.of(w[1]), copy);
            } else if (TABLES.containsKey(w[0])) {
                committed.computeIfAbsent(w[0], k -> new HashSet<>()).add(Long.parseLong(w[1]));
            }
        }
        List<Path> named = new ArrayList<>();
        List<String> leftovers = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (BackupFile.parse(entry, 0).isPresent()) {
                        named.add(entry.toAbsolutePath());
                    } else {
                        leftovers.add(entry.getFileName().toString()
                                .replaceAll("netdesk-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z(-[a-z-]+)?\\.db", "<backup>")
                                .replaceAll("\\d+", "N"));
                    }
                }
            }
        }
        for (Path file : named) {
            String problem = problem(file, reported.getOrDefault(file, Map.of()));
            if (problem != null) {
                problems.add("backup " + file.getFileName() + (reported.containsKey(file) ? " (reported)" : "")
                        + ": " + problem);
            }
        }
        Set<Instant> known = new HashSet<>();
        for (Path file : union(named, reported.keySet())) {
            known.add(BackupFile.parse(file, 0).orElseThrow().takenAt());
        }
        Set<Instant> kept = BackupRotation.keep(known, ZONE);
        for (Path file : reported.keySet()) {
            if (!Files.exists(file) && kept.contains(BackupFile.parse(file, 0).orElseThrow().takenAt())) {
                problems.add("backup " + file.getFileName() + ": reported, kept by the rotation, but gone");
            }
        }
        Set<Path> listed = new HashSet<>();
        app.files().forEach(f -> listed.add(f.path().toAbsolutePath()));
        if (!listed.equals(new HashSet<>(named))) {
            problems.add("Backups.files() lists " + listed.size() + " files, the folder has " + named.size() + " backups");
        }
        for (BackupSummary summary : app.list()) {
            if (!summary.readable()) {
                problems.add("Backups.list() cannot read " + summary.file().path().getFileName());
            }
        }
        return new Outcome(reported.size(), named.size(), leftovers, problems);
    }

    private static List<Path> union(List<Path> a, Set<Path> b) {
        Set<Path> all = new HashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    /** What is wrong with the backup {@code file}, or null: sound, Netdesk's, and holding {@code before}. */
    private static String problem(Path file, Map<String, Set<Long>> before) {
        String check = Backups.quickCheck(file);
        if (check != null) {
            return "quick_check: " + check;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('flyway_schema_history', 'setting', 'contact', 'interaction', 'calendar_event', "
                    + "'library_item')")) {
                if (!rows.next() || rows.getInt(1) != 6) {
                    return "not Netdesk's tables";
                }
            }
            for (Map.Entry<String, Set<Long>> e : before.entrySet()) {
                Set<Long> present = new HashSet<>();
                try (ResultSet rows = s.executeQuery("SELECT id FROM " + TABLES.get(e.getKey()))) {
                    while (rows.next()) {
                        present.add(rows.getLong(1));
                    }
                }
                Set<Long> missing = new HashSet<>(e.getValue());
                missing.removeAll(present);
                if (!missing.isEmpty()) {
                    return "misses " + e.getKey() + " " + missing + " committed before it";
                }
            }
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
