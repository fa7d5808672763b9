package dk.netdesk.ui;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Settings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The first-run welcome: shown in place of Today when the user's data is empty (no contacts, no
 * calendar events, no library items of their own; the starter library and the default stages do not
 * count) and the user has not closed it ("Done") before. It offers the contacts import, the calendar
 * import and the work hours, each through a callback the composition root gives, and can be opened again
 * from the Help menu. The choice to start empty is kept in {@link Settings} under {@link #DISMISSED}, so the
 * welcome does not come back by itself; Help → "Welcome / Getting started…" still opens it.
 */
public final class WelcomeViewModel {

    /** The setting that is "true" once the user has closed the welcome ("Done"). */
    public static final String DISMISSED = "welcome.dismissed";

    private final Settings settings;
    private final BooleanSupplier emptyData;
    private final Background background;
    private final Consumer<Optional<Path>> importContacts;
    private final Consumer<Optional<Path>> importCalendar;
    private final Runnable workHours;

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    /** True when the welcome was asked for from the Help menu (it then stays while the data changes). */
    private boolean reopened;

    /**
     * @param settings       where the choice to start empty is kept
     * @param emptyData      true when the user has no data of their own yet; asked on the database thread
     * @param background     runs the reads and the write off the JavaFX thread
     * @param changes        a change to contacts, the calendar or the library asks {@code emptyData} again
     *                       while the welcome shows (once there is data, a welcome shown at start goes)
     * @param importContacts opens the contacts import (an empty path: the wizard asks for the file)
     * @param importCalendar opens the calendar (.ics) import; an empty path lets the dialog ask for the file
     * @param workHours      opens the work hours and weekly budget dialog
     */
    public WelcomeViewModel(Settings settings, BooleanSupplier emptyData, Background background, Changes changes,
                            Consumer<Optional<Path>> importContacts, Consumer<Optional<Path>> importCalendar,
                            Runnable workHours) {
        this.settings = settings;
        this.emptyData = emptyData;
        this.background = background;
        this.importContacts = Objects.requireNonNull(importContacts);
        this.importCalendar = Objects.requireNonNull(importCalendar);
        this.workHours = Objects.requireNonNull(workHours);
        for (Changes.Topic topic : new Changes.Topic[] {Changes.Topic.CONTACTS, Changes.Topic.CALENDAR,
                Changes.Topic.LIBRARY}) {
            changes.subscribe(topic, change -> {
                if (shown.get()) {
                    refreshEmpty();
                }
            });
        }
    }

    private record Start(boolean dismissed, boolean empty) {
    }

    /**
     * At start: shows the welcome when the data is empty and the user has not dismissed it before. A
     * failed read leaves the welcome hidden (Today shows as it always did) and is reported.
     */
    public void check() {
        background.run(() -> new Start(Boolean.parseBoolean(settings.get(DISMISSED, "false")), emptyData.getAsBoolean()),
                start -> {
                    empty.set(start.empty());
                    shown.set(start.empty() && !start.dismissed());
                }, background::report);
    }

    /** Shows the welcome again (Help → "Welcome / Getting started…"), whatever the data holds. */
    public void reopen() {
        reopened = true;
        shown.set(true);
        refreshEmpty();
    }

    /**
     * "Done": hides the welcome and remembers the choice, so it
     * does not come back by itself at the next start. A failed write is reported; the welcome stays hidden.
     */
    public void dismiss() {
        shown.set(false);
        reopened = false;
        background.run(() -> settings.put(DISMISSED, "true"), () -> { }, background::report);
    }

    /** Opens the contacts import, which asks for the file. Does nothing while it is not available. */
    public void importContacts() {
        importContacts.accept(Optional.empty());
    }

    /** Opens the calendar import, which asks for the file. */
    public void importCalendar() {
        importCalendar.accept(Optional.empty());
    }

    /** Opens the work hours and weekly budget dialog. */
    public void setWorkHours() {
        workHours.run();
    }

    /** True while the welcome is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True while the user has no data of their own (as last read); a welcome shown at start goes when it turns false. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    private void refreshEmpty() {
        background.run(emptyData::getAsBoolean, now -> {
            empty.set(now);
            // shown at start for empty data: once the user has data of their own (an import from the welcome, a
            // contact added), Today shows it; shown from the Help menu, it stays until closed
            if (!now && !reopened) {
                shown.set(false);
            }
        }, background::report);
    }
}
