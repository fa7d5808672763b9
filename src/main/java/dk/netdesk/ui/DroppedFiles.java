package dk.netdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Files dropped on the main window: which import each one opens, decided by its name alone
 * ({@link #kindOf}), and the opening itself ({@link #open}). One file opens the matching import with
 * that file; several files, an unknown type or a contacts file while the contacts import is not
 * available are refused with a line in the status bar that says what can be dropped. Plain Java: no
 * nodes, so it is tested without a window; {@code ui/FileDrop} feeds it from the window's drag events.
 */
public final class DroppedFiles {

    /** What a dropped file is, by its extension (any letter case). */
    public enum Kind {
        /** {@code .vcf} or {@code .vcard}: the contacts import. */
        VCARD,
        /** {@code .csv}: the contacts import. */
        CSV,
        /** {@code .ics}: the calendar import. */
        CALENDAR,
        /** Anything else: refused. */
        OTHER;

        /** True for the kinds the contacts import reads. */
        public boolean isContacts() {
            return this == VCARD || this == CSV;
        }
    }

    private final Consumer<Optional<Path>> importContacts;
    private final Consumer<Optional<Path>> importCalendar;
    private final StatusLine status;
    private final Messages messages;

    /**
     * @param importContacts opens the contacts import with the given file
     * @param importCalendar opens the calendar import with the given file
     * @param status         where a refusal is said
     * @param messages       the texts of the refusals
     */
    public DroppedFiles(Consumer<Optional<Path>> importContacts, Consumer<Optional<Path>> importCalendar,
                        StatusLine status, Messages messages) {
        this.importContacts = Objects.requireNonNull(importContacts);
        this.importCalendar = Objects.requireNonNull(importCalendar);
        this.status = status;
        this.messages = messages;
    }

    /** The kind of {@code file} by the extension of its name ({@code .VCF} is a vCard too); never null. */
    public static Kind kindOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (text.endsWith(".vcf") || text.endsWith(".vcard")) {
            return Kind.VCARD;
        }
        if (text.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (text.endsWith(".ics")) {
            return Kind.CALENDAR;
        }
        return Kind.OTHER;
    }

    /** True when {@code file} would open an import: a vCard, CSV or iCalendar file by its name. */
    public boolean accepts(Path file) {
        return kindOf(file) != Kind.OTHER;
    }

    /**
     * Opens the import for the dropped {@code files}. Exactly one accepted file opens its import with it
     * and returns true. No files returns false and says nothing; several files, or a file of another type,
     * return false and say in the status line what can be dropped (nothing is opened). Call on the JavaFX
     * thread.
     */
    public boolean open(List<Path> files) {
        if (files.isEmpty()) {
            return false;
        }
        if (files.size() > 1) {
            status.show(() -> messages.format("welcome.drop.several", files.size(), typesText()));
            return false;
        }
        Path file = files.get(0);
        if (!accepts(file)) {
            Path name = file.getFileName();
            status.show(() -> messages.format("welcome.drop.unknown", name == null ? file.toString() : name.toString(),
                    typesText()));
            return false;
        }
        if (kindOf(file) == Kind.CALENDAR) {
            importCalendar.accept(Optional.of(file));
        } else {
            importContacts.accept(Optional.of(file));
        }
        return true;
    }

    /** The types that can be dropped, for the refusals: ".vcf or .csv (contacts) or .ics (calendar)". */
    String typesText() {
        return typesText(messages);
    }

    /** The droppable types in words in the UI language, e.g. ".vcf or .csv (contacts) or .ics (calendar)". */
    public static String typesText(Messages messages) {
        return messages.get("welcome.drop.contactsTypes") + messages.get("welcome.drop.or")
                + messages.get("welcome.drop.calendarTypes");
    }
}
