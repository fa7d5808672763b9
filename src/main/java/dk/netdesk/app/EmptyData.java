package dk.netdesk.app;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.library.LibraryFilter;
import dk.netdesk.library.LibraryHit;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryRepository;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Whether the user has any data of their own yet, for the first-run welcome. The data is empty when there
 * is no contact, no calendar event, and no library item other than the starter library's (matched on
 * language and title; a starter item the user edited still counts as the starter's). What a fresh database
 * holds by itself does not count: the default stages (written by the board's first load), the settings, and
 * the starter library (imported on the library's first load). Asked on the database thread.
 */
final class EmptyData implements BooleanSupplier {

    private final ContactRepository contacts;
    private final CalendarRepository calendar;
    private final LibraryRepository library;
    private final Supplier<List<LibraryItemDraft>> starter;

    /** @param starter the starter library's items in every language (read only when the rest is empty) */
    EmptyData(ContactRepository contacts, CalendarRepository calendar, LibraryRepository library,
              Supplier<List<LibraryItemDraft>> starter) {
        this.contacts = contacts;
        this.calendar = calendar;
        this.library = library;
        this.starter = starter;
    }

    /** True when there are no contacts, no events and only starter items in the library (or none). */
    @Override
    public boolean getAsBoolean() {
        if (contacts.count() > 0 || calendar.count() > 0) {
            return false;
        }
        int items = library.count();
        if (items == 0) {
            return true;
        }
        Set<String> starterItems = starter.get().stream().map(d -> key(d.language(), d.title()))
                .collect(Collectors.toSet());
        List<LibraryHit> stored = library.search("", LibraryFilter.NONE, items);
        return stored.stream().allMatch(hit -> starterItems.contains(key(hit.language(), hit.title())));
    }

    private static String key(String language, String title) {
        return language + "\n" + title.strip();
    }
}
