package dk.netdesk.print;

import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The print preview: which week(s), paper, orientation, what to include, which printer; the laid-out
 * preview page; and the commands print and save-as-PDF. Weeks are read through {@link WeekSource} on the
 * background thread. A failed or cancelled print changes nothing and says so in {@link #messageProperty()}.
 */
public final class PrintViewModel {

    /** Most weeks one print or PDF can hold. */
    public static final int MAX_WEEKS = 53;

    private final WeekSource source;
    private final Supplier<String> ownerName;
    private final PrinterAccess printers;
    private final Background background;
    private final Messages messages;
    private final StatusLine status;
    private final WeekLayout layout;
    private final PdfWeekWriter pdf;
    private final PrintFonts fonts;
    private final Clock clock;

    private final ObjectProperty<LocalDate> monday = new SimpleObjectProperty<>();
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final ObjectProperty<PrintOrientation> orientation = new SimpleObjectProperty<>(PrintOrientation.PORTRAIT);
    private final BooleanProperty includePersonal = new SimpleBooleanProperty(true);
    private final BooleanProperty showNotes = new SimpleBooleanProperty(true);
    private final BooleanProperty fitHours = new SimpleBooleanProperty(true);
    private final IntegerProperty fromHour = new SimpleIntegerProperty(7);
    private final IntegerProperty toHour = new SimpleIntegerProperty(23);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(1);
    private final BooleanProperty showSummary = new SimpleBooleanProperty(true);
    private final IntegerProperty weeks = new SimpleIntegerProperty(1);
    private final ObservableList<String> printerNames = FXCollections.observableArrayList();
    private final StringProperty printer = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<PrintedPage> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoursMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper finished = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper("");
    private final BooleanBinding noPrinter = Bindings.isEmpty(printerNames);
    private final PrintMemory memory;
    private final Locale region;
    private PrintWeek shown;
    private int loads;
    private boolean remembered;
    /** The user picked the paper (here or in an earlier run): neither the printer nor the region changes it then. */
    private boolean paperChosen;
    /** True while the view-model itself sets the paper, so that is not taken for the user's choice. */
    private boolean settingPaper;

    /**
     * As the app builds it: the real printers, the print typeface from the system or the jar.
     * {@code clock} gives today (in its zone) when a file name is asked for before a week is chosen.
     */
    public PrintViewModel(WeekSource source, Supplier<String> ownerName, Background background, Messages messages,
                          StatusLine status, Clock clock) {
        this(source, ownerName, new PrintFonts(), null, background, messages, status, clock, null);
    }

    /** As the app builds it, with the options remembered between runs in {@code memory}; paper as in A4 regions. */
    public PrintViewModel(WeekSource source, Supplier<String> ownerName, Background background, Messages messages,
                          StatusLine status, Clock clock, PrintMemory memory) {
        this(source, ownerName, new PrintFonts(), null, background, messages, status, clock, memory, Locale.ROOT);
    }

    /**
     * As the app builds it, with the options remembered between runs in {@code memory} and {@code region} (the
     * machine's locale; its country) choosing the paper when neither the user nor the printer has
     * ({@link PaperSize#forRegion}).
     */
    public PrintViewModel(WeekSource source, Supplier<String> ownerName, Background background, Messages messages,
                          StatusLine status, Clock clock, PrintMemory memory, Locale region) {
        this(source, ownerName, new PrintFonts(), null, background, messages, status, clock, memory, region);
    }

    /** {@code printers} null means the real ones ({@link WeekPrinter}); {@code clock} gives today. */
    public PrintViewModel(WeekSource source, Supplier<String> ownerName, PrintFonts fonts, PrinterAccess printers,
                          Background background, Messages messages, StatusLine status, Clock clock) {
        this(source, ownerName, fonts, printers, background, messages, status, clock, null);
    }

    /**
     * {@code printers} null means the real ones ({@link WeekPrinter}); {@code clock} gives today; {@code memory}
     * (null: none) keeps the options between runs: read at the first {@link #open}, written when they change.
     */
    public PrintViewModel(WeekSource source, Supplier<String> ownerName, PrintFonts fonts, PrinterAccess printers,
                          Background background, Messages messages, StatusLine status, Clock clock, PrintMemory memory) {
        this(source, ownerName, fonts, printers, background, messages, status, clock, memory, Locale.ROOT);
    }

    /**
     * {@code printers} null means the real ones ({@link WeekPrinter}); {@code clock} gives today; {@code memory}
     * (null: none) keeps the options between runs: read at the first {@link #open}, written when they change.
     * The paper starts as the user last chose it, else as the chosen printer reports its own, else as usual in
     * {@code region}'s country ({@link PaperSize#forRegion}: Letter in the US and Canada, A4 elsewhere; decision 0040).
     *
     * @param region the machine's locale, read for its country only (never for languages or digits); null is none
     */
    public PrintViewModel(WeekSource source, Supplier<String> ownerName, PrintFonts fonts, PrinterAccess printers,
                          Background background, Messages messages, StatusLine status, Clock clock, PrintMemory memory,
                          Locale region) {
        this.region = region;
        this.memory = memory;
        this.source = source;
        this.ownerName = ownerName;
        this.fonts = fonts;
        this.printers = printers != null ? printers : new WeekPrinter(fonts);
        this.background = background;
        this.messages = messages;
        this.status = status;
        this.clock = clock;
        this.layout = new WeekLayout(fonts, messages);
        this.pdf = new PdfWeekWriter(fonts);
        // a paper the user picks is remembered as chosen, with the other options
        paper.addListener((obs, old, now) -> {
            paperChosen |= !settingPaper;
            relayout();
            remember();
        });
        printer.addListener((obs, old, now) -> preselectPaper());
        for (javafx.beans.Observable option : List.of(orientation, showNotes, showSummary, fitHours, fromHour, toHour)) {
            option.addListener(o -> {
                relayout();
                remember();
            });
        }
        for (javafx.beans.Observable hours : List.of(fitHours, fromHour, toHour)) {
            hours.addListener(o -> checkHours());
        }
        includePersonal.addListener((obs, old, now) -> {
            reload();
            remember();
        });
        weeks.addListener((obs, old, now) -> updateRange());
        messages.localeProperty().addListener((obs, old, now) -> {
            updateRange();
            relayout();
            updateHoursMessage();
        });
    }

    /** Opens the preview on the week holding {@code day}; reads the printers and the week. Call on the FX thread. */
    public void open(LocalDate day) {
        monday.set(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        weeks.set(1);
        clearMessage();
        refreshPrinters();
        updateRange();
        if (memory == null || remembered) {
            preselectPaper();
            reload();
            return;
        }
        background.run(memory::load, stored -> {
            stored.ifPresent(text -> {
                apply(PrintMemory.decode(text, options()));
                paperChosen = PrintMemory.paperChosen(text);
            });
            remembered = true;
            preselectPaper();
            reload();
        }, e -> {
            remembered = true;
            preselectPaper();
            reload();
        });
    }

    /**
     * Unless the user chose the paper: the chosen printer's own paper when it reports one of ours, else the region's
     * usual paper (decision 0040).
     */
    private void preselectPaper() {
        if (paperChosen) {
            return;
        }
        String chosen = printer.get();
        setPaper((chosen == null ? java.util.Optional.<PaperSize>empty() : printers.defaultPaper(chosen))
                .orElseGet(() -> PaperSize.forRegion(region)));
    }

    private void setPaper(PaperSize value) {
        settingPaper = true;
        try {
            paper.set(value);
        } finally {
            settingPaper = false;
        }
    }

    private void apply(PrintOptions stored) {
        setPaper(stored.paper());
        orientation.set(stored.orientation());
        includePersonal.set(stored.includePersonal());
        showNotes.set(stored.showNotes());
        showSummary.set(stored.showSummary());
        fitHours.set(stored.fitHours());
        if (!stored.fitHours()) {
            fromHour.set(stored.fromHour());
            toHour.set(stored.toHour());
        }
    }

    /** Keeps the options for the next run, once the stored ones have been read. */
    private void remember() {
        if (memory != null && remembered) {
            String value = PrintMemory.encode(options(), paperChosen);
            background.run(() -> {
                memory.save(value);
                return value;
            }, saved -> { }, e -> error(messages.format("print.error.remember", reason(e))));
        }
    }

    /**
     * Reads the installed printers again, keeping the chosen one if it is still there, else the default printer,
     * else the first. The list is only replaced when the names changed: a replaced list makes a printer box that
     * shows it let go of its value, which cleared the choice when the dialog was opened a second time.
     */
    public void refreshPrinters() {
        List<String> names = List.copyOf(printers.printerNames());
        String chosen = printer.get();
        if (!printerNames.equals(names)) {
            printerNames.setAll(names);
        }
        printer.set(chosen != null && names.contains(chosen) ? chosen
                : printers.defaultPrinter().filter(names::contains).orElse(names.isEmpty() ? null : names.get(0)));
    }

    private void reload() {
        LocalDate first = monday.get();
        if (first == null) {
            return;
        }
        boolean personal = includePersonal.get();
        int load = ++loads;
        background.run(() -> week(first, personal), week -> {
            if (load == loads) {
                shown = week;
                relayout();
            }
        }, this::failed);
    }

    private PrintWeek week(LocalDate first, boolean personal) {
        fonts.ascent(1); // reads the font files here, on the background thread, not on first layout
        PrintWeek week = source.week(first, personal);
        if (week == null) {
            week = PrintWeek.empty(first);
        }
        String owner = ownerName.get();
        return week.withOwnerName(owner != null && !owner.isBlank() ? owner : week.ownerName());
    }

    private void relayout() {
        if (shown != null) {
            List<PrintedPage> pages = layout.pages(shown, options());
            pageCount.set(pages.size());
            preview.set(pages.get(0));
        }
    }

    /**
     * Why the chosen hours cannot be printed: From must be before To when the hours do not fit the events
     * ("From 23 To 5" is refused); empty when they can.
     */
    public java.util.Optional<String> hoursProblem() {
        if (!fitHours.get() && fromHour.get() >= toHour.get()) {
            return java.util.Optional.of(messages.format("print.error.hours", fromHour.get(), toHour.get()));
        }
        return java.util.Optional.empty();
    }

    /**
     * The message under the hour fields while the chosen hours do not run forwards ("From 22 To 7", or the same
     * hour twice) and the hours do not fit the events: "The last hour must be after the first."; empty otherwise.
     * Print and Save as PDF are refused while it shows.
     */
    public ReadOnlyStringProperty hoursMessageProperty() {
        return hoursMessage.getReadOnlyProperty();
    }

    private void updateHoursMessage() {
        hoursMessage.set(hoursProblem().isPresent() ? messages.get("print.hours.backwards") : "");
    }

    /**
     * Says the hours problem as it appears, and clears it once the hours are right again: only under the hour fields
     * ({@link #hoursMessageProperty()}), never a second time in {@link #messageProperty()}.
     */
    private void checkHours() {
        updateHoursMessage();
    }

    /** The chosen options; hours from–to that do not run forwards (e.g. 20–8) count as fitted in the preview. */
    public PrintOptions options() {
        boolean fixed = !fitHours.get() && fromHour.get() >= 0 && toHour.get() <= 24 && fromHour.get() < toHour.get();
        return new PrintOptions(paper.get(), orientation.get(), includePersonal.get(), showNotes.get(), showSummary.get(),
                fixed ? fromHour.get() : PrintOptions.FIT, fixed ? toHour.get() : PrintOptions.FIT);
    }

    private List<PrintWeek> loadWeeks(LocalDate first, int count, boolean personal) {
        List<PrintWeek> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(week(first.plusWeeks(i), personal));
        }
        return out;
    }

    /** Prints the chosen week(s) on the chosen printer, one page per week and, after a week whose notes did not fit, its notes page. */
    public void print() {
        if (busy.get() || monday.get() == null) {
            return;
        }
        if (noPrinter.get() || printer.get() == null) {
            error(messages.get("print.error.noPrinter"));
            return;
        }
        if (hoursProblem().isPresent()) {
            checkHours();
            return;
        }
        clearMessage();
        busy.set(true);
        PrintOptions options = options();
        LocalDate first = monday.get();
        int count = weeks.get();
        String chosen = printer.get();
        String range = rangeText.get();
        background.run(() -> loadWeeks(first, count, options.includePersonal()), list -> {
            PrinterAccess.Result result;
            try {
                result = printers.print(chosen, options,
                        (pw, ph, left, top, w, h) -> list.stream()
                                .flatMap(week -> layout.pages(week, options, pw, ph, left, top, w, h).stream()).toList(),
                        messages.format("print.jobName", range));
            } catch (RuntimeException e) {
                result = PrinterAccess.Result.FAILED;
            }
            busy.set(false);
            switch (result) {
                case PRINTED -> {
                    info(messages.format("print.status.printed", range, chosen));
                    // written again in the new language when the UI language changes
                    status.done(() -> messages.format("print.status.printed", range(first, count), chosen));
                    finished.set(finished.get() + 1);
                }
                case CANCELLED -> error(messages.get("print.error.cancelled"));
                case NO_PRINTER -> {
                    refreshPrinters();
                    error(messages.get("print.error.noPrinter"));
                }
                default -> error(messages.format("print.error.failed", chosen));
            }
        }, this::failed);
    }

    /** Writes the chosen week(s) to {@code file} as PDF, one page per week and, after a week whose notes did not fit, its notes page. Works with no printer. */
    public void savePdf(Path file) {
        if (busy.get() || monday.get() == null || file == null) {
            return;
        }
        Path target = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? file : file.resolveSibling(file.getFileName() + ".pdf");
        if (hoursProblem().isPresent()) {
            checkHours();
            return;
        }
        clearMessage();
        busy.set(true);
        PrintOptions options = options();
        LocalDate first = monday.get();
        int count = weeks.get();
        String range = rangeText.get();
        background.run(() -> {
            List<PrintWeek> list = loadWeeks(first, count, options.includePersonal());
            List<PrintedPage> pages = list.stream().flatMap(week -> layout.pages(week, options).stream()).toList();
            pdf.write(target, pages, range, list.get(0).ownerName(), java.time.ZonedDateTime.now(clock));
            return target;
        }, written -> {
            busy.set(false);
            info(messages.format("print.status.saved", range, written.getFileName().toString()));
            status.done(() -> messages.format("print.status.saved", range(first, count), written.getFileName().toString()));
            finished.set(finished.get() + 1);
        }, e -> {
            busy.set(false);
            error(messages.format("print.error.pdf", target.getFileName().toString(), reason(e)));
        });
    }

    /** A file name for the PDF, e.g. {@code week-2026-48.pdf}: the first chosen week, or this week before one is chosen. */
    public String suggestedFileName() {
        LocalDate first = monday.get() == null ? LocalDate.now(clock) : monday.get();
        return messages.format("print.pdf.fileName", String.valueOf(first.get(IsoFields.WEEK_BASED_YEAR)),
                String.format(java.util.Locale.ROOT, "%02d", first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    private void updateRange() {
        LocalDate first = monday.get();
        if (first == null) {
            rangeText.set("");
            return;
        }
        rangeText.set(range(first, weeks.get()));
    }

    /** "Week 49" or "Weeks 49–50" (Danish "Uge 49", "Uge 49–50") in the current UI language: {@code count} weeks from the Monday {@code first}. */
    private String range(LocalDate first, int weekCount) {
        int from = first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int count = Math.max(1, Math.min(MAX_WEEKS, weekCount));
        if (count == 1) {
            return messages.format("print.week", from);
        }
        int to = first.plusWeeks(count - 1L).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return messages.format("print.weeks", from, to);
    }

    private void failed(Throwable e) {
        busy.set(false);
        error(messages.format("print.error.load", reason(e)));
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage();
        return text == null || text.isBlank() ? root.getClass().getSimpleName() : text;
    }

    private void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    private void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void clearMessage() {
        message.set("");
        messageIsError.set(false);
    }

    public PrintFonts fonts() {
        return fonts;
    }

    public ObjectProperty<LocalDate> mondayProperty() {
        return monday;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public ObjectProperty<PrintOrientation> orientationProperty() {
        return orientation;
    }

    public BooleanProperty includePersonalProperty() {
        return includePersonal;
    }

    public BooleanProperty showNotesProperty() {
        return showNotes;
    }

    public BooleanProperty showSummaryProperty() {
        return showSummary;
    }

    /** True: the hour grid fits the events; false: it runs from {@link #fromHourProperty()} to {@link #toHourProperty()}. */
    public BooleanProperty fitHoursProperty() {
        return fitHours;
    }

    /** The first hour printed (0–23) when the hours do not fit the events. */
    public IntegerProperty fromHourProperty() {
        return fromHour;
    }

    /** The hour the grid ends at (1–24) when the hours do not fit the events. */
    public IntegerProperty toHourProperty() {
        return toHour;
    }

    /** Pages the previewed week takes: 1, or 2 when notes that do not fit go on a back page. */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** How many weeks from {@link #mondayProperty()} on: 1 is "this week". */
    public IntegerProperty weeksProperty() {
        return weeks;
    }

    public ObservableList<String> printerNames() {
        return printerNames;
    }

    public StringProperty printerProperty() {
        return printer;
    }

    public BooleanBinding noPrinterProperty() {
        return noPrinter;
    }

    public ReadOnlyObjectProperty<PrintedPage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** Counts finished prints and PDFs; the dialog closes when it goes up. */
    public ReadOnlyIntegerProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** "Week 48" or "Weeks 48–51". */
    public ReadOnlyStringProperty rangeTextProperty() {
        return rangeText.getReadOnlyProperty();
    }
}
