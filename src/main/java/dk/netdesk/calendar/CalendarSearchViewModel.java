package dk.netdesk.calendar;

import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The calendar search (Ctrl+F): what the user typed, the events found by title, notes or linked
 * contact's name, and opening one. Each change of the text searches again on the background (database)
 * thread; an answer that arrives after the text has changed again is dropped. A repeating event shows
 * its next occurrence from now and its last one before now (see {@link EventSearch#hits}).
 */
public final class CalendarSearchViewModel {

    /** One hit as the list shows it: the occurrence and its text "date  time  title". */
    public record Hit(Occurrence occurrence, String text, boolean upcoming) {
    }

    private final CalendarRepository repository;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final Consumer<Occurrence> reveal;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long asked;

    /**
     * @param zone   the calendar's zone: hits show their date and time there
     * @param reveal what opening a hit does with its occurrence (the calendar goes to its day and selects it)
     */
    CalendarSearchViewModel(CalendarRepository repository, Background background, Messages messages, Clock clock,
                            Supplier<ZoneId> zone, Consumer<Occurrence> reveal) {
        this.repository = repository;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.reveal = reveal;
        query.addListener((obs, old, now) -> search());
    }

    /**
     * Searches for the current text ({@link dk.netdesk.ui.TypedText#searchable}: NFC, every kind of space a plain
     * one, invisible marks dropped); blank text clears the hits and the status. A text holding a control
     * character or broken text is not searched: the hits stay and the status says what is wrong
     * ({@link dk.netdesk.ui.TypedText#SEARCH}), as in the library search.
     */
    public void search() {
        if (!dk.netdesk.ui.TypedText.isClean(query.get(), false)) {
            ++asked;
            status.set(messages.get(dk.netdesk.ui.TypedText.SEARCH));
            return;
        }
        String text = dk.netdesk.ui.TypedText.searchable(query.get());
        long ask = ++asked;
        if (text.isEmpty()) {
            hits.clear();
            status.set("");
            return;
        }
        ZoneId shownIn = zone.get();
        background.run(() -> {
            CalendarRepository.SearchRows rows = repository.searchRows(EventSearch.likePattern(text), EventSearch.LIMIT);
            return EventSearch.hits(rows.rows(), rows.contactNames(), text, clock.instant());
        }, found -> {
            if (ask != asked) {
                return;
            }
            hits.setAll(found.stream().map(h -> new Hit(h.occurrence(), text(h.occurrence(), shownIn), h.upcoming())).toList());
            status.set(found.isEmpty() ? messages.format("calendar.search.none", text)
                    : messages.format("calendar.search.count", found.size()));
        });
    }

    /** Goes to the hit's day in the calendar and selects its occurrence; a null hit does nothing. */
    public void open(Hit hit) {
        if (hit != null) {
            reveal.accept(hit.occurrence());
        }
    }

    /** "Tue 16 Mar 2027  19:00  Team call" in the UI language; all-day events say so instead of a time. */
    String text(Occurrence occurrence, ZoneId shownIn) {
        LocalDateTime start = occurrence.row().allDay() ? occurrence.start() : occurrence.startIn(shownIn);
        String day = messages.weekdayDate(start);
        String time = occurrence.row().allDay() ? messages.get("calendar.search.allDay")
                : messages.time(start);
        return messages.format("calendar.search.hit", day, time, occurrence.title());
    }

    /** The search text, bound to the field. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The hits of the last search: upcoming ones first (soonest first), then past ones (latest first). */
    public ObservableList<Hit> hits() {
        return hits;
    }

    /** "3 events. …", "No event has …", or "" before a search. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The hits' occurrences, for tests and callers that do not show text. */
    List<Occurrence> occurrences() {
        return hits.stream().map(Hit::occurrence).toList();
    }
}
