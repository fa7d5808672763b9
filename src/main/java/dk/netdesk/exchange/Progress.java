package dk.netdesk.exchange;

/** Told how far a long export or import has come; called on the thread that does the work. */
@FunctionalInterface
public interface Progress {

    /** {@code done} of {@code total} items are written (0 ≤ done ≤ total). */
    void done(int done, int total);

    /** Tells nothing. */
    static Progress none() {
        return (done, total) -> { };
    }
}
