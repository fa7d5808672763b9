package dk.netdesk.testing;

import dk.netdesk.ui.Background;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work at once on the calling thread, like {@link Background#direct()}; while {@link #failing} is
 * set, every piece of work fails with {@code failure} instead (a full disk, a damaged file) before it
 * touches the database. Failures without a handler of their own go to {@code report}.
 */
public final class FailingBackground implements Background {

    /** Set to make every following piece of work fail. */
    public volatile boolean failing;

    private final Supplier<? extends Exception> failure;
    private final Consumer<Throwable> report;

    public FailingBackground(Supplier<? extends Exception> failure, Consumer<Throwable> report) {
        this.failure = failure;
        this.report = report;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            if (failing) {
                throw failure.get();
            }
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, report);
    }

    @Override
    public void report(Throwable error) {
        report.accept(error);
    }
}
