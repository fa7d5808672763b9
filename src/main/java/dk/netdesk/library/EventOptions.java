package dk.netdesk.library;

import java.util.List;

/** The calendar's events, for linking training notes; wired to the calendar by the composition root. */
@FunctionalInterface
public interface EventOptions {

    List<EventOption> events();

    static EventOptions none() {
        return List::of;
    }
}
