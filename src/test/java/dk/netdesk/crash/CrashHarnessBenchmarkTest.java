package dk.netdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 100-trial crash run (writes and backups, see {@link CrashWriter}): {@code mvn -B -Pbenchmark test -Dtest=CrashHarnessBenchmarkTest}
 * (trials with {@code -Dnetdesk.crashTrials=N}). Prints the totals and writes them to
 * {@code target/benchmarks/crash.txt}.
 */
@Tag("benchmark")
class CrashHarnessBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void hundredKillsDuringWrites() throws Exception {
        int trials = Integer.getInteger("netdesk.crashTrials", 100);
        long started = System.nanoTime();
        CrashHarness.Result result = new CrashHarness(dir, System.nanoTime()).run(trials);
        String report = result + " seconds=" + (System.nanoTime() - started) / 1_000_000_000 + "\n"
                + String.join("\n", result.problems());
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "crash.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(result.corruptFiles()).isZero();
        assertThat(result.lostRecords()).isZero();
        assertThat(result.brokenBackups()).isZero();
    }
}
