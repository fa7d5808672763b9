package dk.netdesk.app;

import java.util.List;

/**
 * The resource bundles with the app's visible text, one per package that has any. A class of its own
 * (no logger), so that the launcher can read it before logging is set up.
 */
public final class Bundles {

    /** The bundles' base names, for {@link dk.netdesk.ui.Messages}. */
    public static final List<String> ALL = List.of(
            "dk.netdesk.ui.messages",
            "dk.netdesk.contacts.messages",
            "dk.netdesk.print.messages",
            "dk.netdesk.library.messages",
            "dk.netdesk.pipeline.messages",
            "dk.netdesk.calendar.messages",
            "dk.netdesk.exchange.messages");

    private Bundles() {
    }
}
