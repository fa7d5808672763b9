package dk.netdesk.pipeline;

import dk.netdesk.contacts.ContactAttachmentsViewModel;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.BigFolder;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.Theme;
import dk.netdesk.ui.UndoManager;
import dk.netdesk.app.Bundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pbenchmark test -Dtest=PipelineBenchmarkTest}: the contacts of the big data folder
 * ({@link BigFolder#contacts}: 10,000 contacts spread unevenly over the 8 default stages, 30,000
 * interactions). Measures, under Monocle, the time from opening the
 * pipeline screen (new view-model, read the board, build the view, show it) to the first
 * layout pulse with the board on screen; the time to persist a move; and the time per frame
 * while scrolling the third column (about 1,100 cards). Prints median, p95 and max, and writes them to
 * {@code target/benchmarks/pipeline.txt}.
 */
@Tag("benchmark")
class PipelineBenchmarkTest {

    static final int CONTACTS = BigFolder.Sizes.FULL.contacts();
    static final int INTERACTIONS = BigFolder.Sizes.FULL.interactions();
    static final int OPEN_RUNS = 11;
    static final int MOVES = 300;
    static final int MOVE_PAIRS = 400;

    @TempDir
    Path dir;

    @Test
    void openTheBoardAndPersistMoves() throws Exception {
        List<String> report = new ArrayList<>();
        try (Database db = Database.open(dir)) {
            long generateStart = System.nanoTime();
            BigFolder.contacts(db, CONTACTS, INTERACTIONS, Locale.ENGLISH);
            report.add(String.format(Locale.ROOT, "generated %d contacts in 8 stages with %d interactions "
                    + "(BigFolder.contacts) in %.0f ms", CONTACTS, INTERACTIONS, (System.nanoTime() - generateStart) / 1e6));
            Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
            PipelineRepository repository = new PipelineRepository(db, new Changes(), TestApp.CLOCK);
            ContactService contacts = People.service(db, new Changes(), TestApp.CLOCK);

            FxToolkit.registerPrimaryStage();
            javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            WaitForAsyncUtils.asyncFx(() -> {
                Theme.LIGHT.apply();
                stage.setScene(new Scene(new StackPane(), 1200, 760));
                stage.show();
            }).get();

            List<Double> open = new ArrayList<>();
            PipelineViewModel[] last = new PipelineViewModel[1];
            for (int run = 0; run < OPEN_RUNS; run++) {
                CountDownLatch shown = new CountDownLatch(1);
                long[] times = new long[2];
                WaitForAsyncUtils.asyncFx(() -> {
                    times[0] = System.nanoTime();
                    PipelineViewModel model = new PipelineViewModel(repository, new Changes(), Background.direct(),
                            new UndoManager(), new StatusLine(), messages, TestApp.CLOCK);
                    ContactDetailsViewModel details = new ContactDetailsViewModel(contacts, repository, new Changes(),
                            Background.direct(), new UndoManager(), new StatusLine(), messages, TestApp.CLOCK, ContactLinks.none(),
                            new PersonExport(contacts, repository, ContactLinks.none(), TestApp.CLOCK,
                                    People.attachments(db, new Changes(), TestApp.CLOCK)),
                            new ContactAttachmentsViewModel(People.attachments(db, new Changes(), TestApp.CLOCK),
                                    new Changes(), Background.direct(), new UndoManager(), new StatusLine(), messages,
                                    (uri, onFailure) -> { }),
                            new PersonErase(db, new dk.netdesk.contacts.ContactRepository(db, TestApp.CLOCK), repository,
                                    ContactLinks.none(), new ErasureLogRepository(db), dk.netdesk.db.ErasedBackups.NONE, new Changes(), TestApp.CLOCK,
                                    People.attachments(db, new Changes(), TestApp.CLOCK)));
                    model.load();
                    Node view = new PipelineView(model, details, messages).build();
                    Scene scene = stage.getScene();
                    Runnable[] listener = new Runnable[1];
                    listener[0] = () -> {
                        if (view.getScene() != null && view.getLayoutBounds().getWidth() > 0) {
                            times[1] = System.nanoTime();
                            scene.removePostLayoutPulseListener(listener[0]);
                            shown.countDown();
                        }
                    };
                    scene.addPostLayoutPulseListener(listener[0]);
                    scene.setRoot(new StackPane(view));
                    last[0] = model;
                }).get();
                if (!shown.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The board was not shown within 60 s");
                }
                open.add((times[1] - times[0]) / 1e6);
            }
            report.add(summary("open pipeline screen -> board shown (ms), first run excluded (warm-up)",
                    open.subList(1, open.size())));
            report.add(String.format(Locale.ROOT, "  first (cold) run: %.1f ms", open.get(0)));

            // Persisting a move: the repository transaction, on random cards and places.
            Random random = new Random(42);
            List<Stage> stages = repository.stages();
            List<Long> ids = db.dsl().resultQuery("SELECT id FROM contact").fetch(0, Long.class);
            List<Double> moves = new ArrayList<>();
            for (int i = 0; i < MOVES; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                Stage to = stages.get(random.nextInt(stages.size()));
                int index = random.nextInt(1400);
                if (db.dsl().resultQuery("SELECT do_not_contact FROM contact WHERE id = ?", id).fetchOne(0, Long.class) == 1L) {
                    continue;
                }
                long t0 = System.nanoTime();
                repository.move(id, to.id(), index);
                moves.add((System.nanoTime() - t0) / 1e6);
            }
            report.add(summary("persist a move (repository transaction, ms)", moves.subList(20, moves.size())));

            // A move through the view-model as a drop does it: save, then update the column lists on screen.
            PipelineViewModel model = last[0];
            List<Double> drops = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                double[] took = new double[1];
                WaitForAsyncUtils.asyncFx(() -> {
                    StageColumn from = model.columns().get(random.nextInt(5));
                    StageColumn to = model.columns().get(random.nextInt(5));
                    Card card = from.cards().get(random.nextInt(from.cards().size()));
                    long t0 = System.nanoTime();
                    model.drop(card.contactId(), to.stage().id(), random.nextInt(to.cards().size()));
                    took[0] = (System.nanoTime() - t0) / 1e6;
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                drops.add(took[0]);
            }
            report.add(summary("drop in the view-model: persist + update the lists (ms)", drops.subList(10, drops.size())));

            // Scrolling the third column (about 1,100 cards), one screen at a time, to the layout pulse.
            List<Double> frames = new ArrayList<>();
            @SuppressWarnings("unchecked")
            ListView<Card> list = (ListView<Card>) stage.getScene().lookup("#pipeline-list-" + stages.get(2).id());
            for (int i = 0; i < 80; i++) {
                int target = (i * 37) % Math.max(1, list.getItems().size());
                CountDownLatch laidOut = new CountDownLatch(1);
                long[] t = new long[2];
                WaitForAsyncUtils.asyncFx(() -> {
                    Scene scene = list.getScene();
                    Runnable[] listener = new Runnable[1];
                    listener[0] = () -> {
                        t[1] = System.nanoTime();
                        scene.removePostLayoutPulseListener(listener[0]);
                        laidOut.countDown();
                    };
                    scene.addPostLayoutPulseListener(listener[0]);
                    t[0] = System.nanoTime();
                    list.scrollTo(target);
                    list.requestLayout();
                }).get();
                laidOut.await(10, TimeUnit.SECONDS);
                frames.add((t[1] - t[0]) / 1e6);
            }
            report.add(summary("scroll a column of " + list.getItems().size() + " cards: scrollTo -> laid out (ms)",
                    frames.subList(10, frames.size())));
        }
        report.add(0, "Pipeline benchmark, " + Instant.now() + ", Java " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, Monocle headless, software rendering");
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.print(text);
        Path out = Path.of(System.getProperty("netdesk.buildDir", "target"), "benchmarks", "pipeline.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    /**
     * Issue 16's goal "card move persisted": in one run, alternating (the order flips every pair), (a) a card
     * move through {@link PipelineRepository#move} and (b) the floor, one single-row UPDATE committed on the same
     * connection with the same pragmas ({@code db.dsl()}, one transaction). Every fourth move puts a card from
     * another column at the top of the biggest column, the worst case of renumbering. Prints median and p95 of
     * each and the ratio (a)/(b), and writes them to {@code target/benchmarks/pipeline-move.txt}.
     */
    @Test
    void cardMoveAgainstASingleUpdate() throws Exception {
        List<String> report = new ArrayList<>();
        try (Database db = Database.open(dir)) {
            BigFolder.contacts(db, CONTACTS, INTERACTIONS, Locale.ENGLISH);
            PipelineRepository repository = new PipelineRepository(db, new Changes(), TestApp.CLOCK);
            List<Stage> stages = repository.stages();
            // Cards that may go anywhere (a do-not-contact card may not enter an open stage).
            List<Long> ids = db.dsl().resultQuery("SELECT id FROM contact WHERE do_not_contact = 0 ORDER BY id")
                    .fetch(0, Long.class);
            Stage biggest = stages.stream().max(java.util.Comparator.comparingLong(
                    s -> db.dsl().fetchCount(db.dsl().selectOne().from("contact").where("stage_id = ?", s.id()))))
                    .orElseThrow();
            int biggestSize = db.dsl().fetchCount(db.dsl().selectOne().from("contact").where("stage_id = ?", biggest.id()));
            Random random = new Random(16);
            List<Double> moves = new ArrayList<>();
            List<Double> tops = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            int warmUp = 40;
            int pairs = MOVE_PAIRS + warmUp;
            for (int i = 0; i < pairs; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                boolean top = i % 4 == 0;
                Stage to = top ? biggest : stages.get(random.nextInt(stages.size()));
                int index = top ? 0 : random.nextInt(1400);
                if (top) {
                    long at = id;
                    // A card from another column, so that the move opens a place at the top of the biggest one.
                    while (db.dsl().fetchValue("SELECT stage_id FROM contact WHERE id = ?", at).equals(biggest.id())) {
                        at = ids.get(random.nextInt(ids.size()));
                    }
                    id = at;
                }
                long floorId = ids.get(random.nextInt(ids.size()));
                String stamp = Instant.now().toString();
                double move;
                double floor;
                if (i % 2 == 0) {
                    move = timeMove(repository, id, to.id(), index);
                    floor = timeUpdate(db, floorId, stamp);
                } else {
                    floor = timeUpdate(db, floorId, stamp);
                    move = timeMove(repository, id, to.id(), index);
                }
                if (i >= warmUp) {
                    moves.add(move);
                    floors.add(floor);
                    if (top) {
                        tops.add(move);
                    }
                }
            }
            report.add(String.format(Locale.ROOT, "card move against a single UPDATE, %d pairs alternating (order flips "
                    + "each pair), %d warm-up pairs left out; biggest column %s: %d cards",
                    MOVE_PAIRS, warmUp, biggest.name(), biggestSize));
            report.add(summary("(a) card move, PipelineRepository.move (ms)", moves));
            report.add(summary("(a') of which: into the top of the biggest column (ms)", tops));
            report.add(summary("(b) floor: one single-row UPDATE committed, same connection (ms)", floors));
            report.add(String.format(Locale.ROOT, "ratio (a)/(b): median %.2f  p95 %.2f; top of the biggest column "
                    + "(a')/(b): median %.2f  p95 %.2f", median(moves) / median(floors), p95(moves) / p95(floors),
                    median(tops) / median(floors), p95(tops) / p95(floors)));
        }
        report.add(0, "Card move benchmark, " + Instant.now() + ", Java " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.print(text);
        Path out = Path.of(System.getProperty("netdesk.buildDir", "target"), "benchmarks", "pipeline-move.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    /**
     * Issue 16's goal "first visit to the board": {@code -Dnetdesk.bench.folder=DIR} (a folder made by {@link BigFolder#main};
     * without it, the board's contacts are generated here), {@code -Dnetdesk.bench.runs=N} (default 7). Each run copies
     * {@code DIR/netdesk.db} into a fresh temporary folder (the original is never opened) and starts the real app on it in
     * a process of its own ({@link BoardFirstVisit}, Monocle headless, software rendering, the installed launcher's JVM
     * flags), because a first visit happens once per process. The child waits until the app is idle after its start,
     * presses Ctrl+2 and times the key press to the screen still (the last frame drawn before 500 ms without a pulse).
     * Prints each run and the median, and writes them to {@code target/benchmarks/pipeline-first-visit.txt}.
     */
    @Test
    void firstBoardVisit() throws Exception {
        String folder = System.getProperty("netdesk.bench.folder", "");
        int runs = Integer.getInteger("netdesk.bench.runs", 7);
        Path source;
        if (folder.isBlank()) {
            source = Files.createDirectories(dir.resolve("source"));
            try (Database db = Database.open(source)) {
                BigFolder.contacts(db, CONTACTS, INTERACTIONS, Locale.ENGLISH);
            }
        } else {
            source = Path.of(folder);
        }
        String classPath = childClassPath();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> report = new ArrayList<>();
        List<Double> still = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path copy = Files.createDirectories(dir.resolve("run-" + run));
            Files.copy(source.resolve("netdesk.db"), copy.resolve("netdesk.db"));
            List<String> command = new ArrayList<>(List.of(javaBin, "-Xshare:auto", "-XX:+UseSerialGC",
                    "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=20000",
                    "-XX:Tier4CompileThreshold=60000", "-XX:Tier4BackEdgeThreshold=400000",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                    "-Duser.language=en", "-Duser.country=GB"));
            String extra = System.getProperty("netdesk.bench.childArgs", "");
            if (!extra.isBlank()) {
                command.addAll(List.of(extra.trim().replace("{run}", String.valueOf(run)).split("\\s+")));
            }
            command.addAll(List.of("-cp", classPath, BoardFirstVisit.class.getName(),
                    copy.toString()));
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            String line = null;
            StringBuilder output = new StringBuilder();
            try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                    output.append(l).append(System.lineSeparator());
                    if (l.startsWith("FIRST_VISIT")) {
                        line = l;
                    }
                }
            }
            if (!child.waitFor(5, TimeUnit.MINUTES) || line == null || !line.startsWith("FIRST_VISIT still=")) {
                child.destroyForcibly();
                throw new IllegalStateException("run " + run + " failed:" + System.lineSeparator() + output);
            }
            report.add("  run " + (run + 1) + ": " + line);
            still.add(Double.parseDouble(line.replaceAll(".*still=([0-9.]+).*", "$1")));
        }
        report.add(0, String.format(Locale.ROOT, "First visit to the board, %s, Java %s, %d cores, Monocle headless, software "
                + "rendering; folder %s (copied for each run); %d runs, a fresh process each", Instant.now(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                folder.isBlank() ? "generated (BigFolder.contacts)" : folder, runs));
        report.add(summary("Ctrl+2 -> screen still (ms)", still));
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.print(text);
        Path out = Path.of(System.getProperty("netdesk.buildDir", "target"), "benchmarks", "pipeline-first-visit.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    /** The test class path as a list of files (surefire's manifest-only jar opened up), also written to target/benchmarks. */
    private static String childClassPath() throws java.io.IOException {
        String classPath = System.getProperty("java.class.path");
        String[] entries = classPath.split(java.io.File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entries[0])) {
                String inManifest = jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (inManifest != null) {
                    List<String> files = new ArrayList<>();
                    for (String url : inManifest.trim().split("\\s+")) {
                        files.add(Path.of(java.net.URI.create(url)).toString());
                    }
                    classPath = String.join(java.io.File.pathSeparator, files);
                }
            }
        }
        Path out = Path.of(System.getProperty("netdesk.buildDir", "target"), "benchmarks", "child-classpath.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, classPath);
        return classPath;
    }

    private static double timeMove(PipelineRepository repository, long contactId, long stageId, int index) {
        long t0 = System.nanoTime();
        repository.move(contactId, stageId, index);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** One single-row UPDATE in its own transaction, through the same connection and jOOQ path a move uses. */
    private static double timeUpdate(Database db, long contactId, String stamp) {
        long t0 = System.nanoTime();
        db.dsl().transaction(cfg -> org.jooq.impl.DSL.using(cfg)
                .execute("UPDATE contact SET updated_at = ? WHERE id = ?", stamp, contactId));
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private static String summary(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        return String.format(Locale.ROOT, "%s: n=%d median %.1f  p95 %.1f  max %.1f", what, sorted.size(), median, p95,
                sorted.get(sorted.size() - 1));
    }
}
