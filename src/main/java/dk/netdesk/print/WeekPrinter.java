package dk.netdesk.print;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints laid-out weeks with a JavaFX {@link PrinterJob} on an installed printer. The page is laid out for
 * the printer's own printable area (hardware margins, but at least {@link #MIN_MARGIN}), then drawn as
 * nodes with {@link PageNodeRenderer}. With no printer installed, {@link Printer#getDefaultPrinter()} is
 * null and {@link PrinterJob#createPrinterJob()} returns null: both give {@link Result#NO_PRINTER}.
 */
public final class WeekPrinter implements PrinterAccess {

    private static final Logger LOG = LoggerFactory.getLogger(WeekPrinter.class);

    /** Smallest margin we print with, in points (about 6 mm). */
    static final double MIN_MARGIN = 18;

    private final PageNodeRenderer renderer;

    public WeekPrinter(PrintFonts fonts) {
        this.renderer = new PageNodeRenderer(fonts);
    }

    @Override
    public List<String> printerNames() {
        return Printer.getAllPrinters().stream().map(Printer::getName)
                .sorted(Comparator.comparing((String name) -> name.toLowerCase(java.util.Locale.ROOT))).toList();
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.ofNullable(Printer.getDefaultPrinter()).map(Printer::getName);
    }

    @Override
    public Optional<PaperSize> defaultPaper(String printerName) {
        try {
            return Printer.getAllPrinters().stream().filter(p -> p.getName().equals(printerName)).findFirst()
                    .map(Printer::getDefaultPageLayout).map(PageLayout::getPaper)
                    .flatMap(paper -> PaperSize.of(paper.getWidth(), paper.getHeight()));
        } catch (RuntimeException e) {
            LOG.info("Printer {} reports no default paper", printerName, e);
            return Optional.empty();
        }
    }

    @Override
    public Result print(String printerName, PrintOptions options, PageMaker pageMaker, String jobName) {
        Optional<Printer> printer = Printer.getAllPrinters().stream()
                .filter(p -> p.getName().equals(printerName)).findFirst();
        if (printer.isEmpty()) {
            return Result.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer.get());
        if (job == null) {
            return Result.NO_PRINTER;
        }
        try {
            job.getJobSettings().setJobName(jobName);
            PageLayout layout = pageLayout(printer.get(), options);
            job.getJobSettings().setPageLayout(layout);
            boolean portrait = layout.getPageOrientation() == PageOrientation.PORTRAIT
                    || layout.getPageOrientation() == PageOrientation.REVERSE_PORTRAIT;
            double paperWidth = portrait ? layout.getPaper().getWidth() : layout.getPaper().getHeight();
            double paperHeight = portrait ? layout.getPaper().getHeight() : layout.getPaper().getWidth();
            List<PrintedPage> pages = pageMaker.pages(paperWidth, paperHeight, layout.getLeftMargin(),
                    layout.getTopMargin(), layout.getPrintableWidth(), layout.getPrintableHeight());
            for (PrintedPage page : pages) {
                Node node = renderer.content(page);
                if (!job.printPage(layout, node)) {
                    return ended(job, false);
                }
            }
            return ended(job, job.endJob());
        } catch (RuntimeException e) {
            LOG.warn("Printing on {} failed", printerName, e);
            job.cancelJob();
            return Result.FAILED;
        }
    }

    private static Result ended(PrinterJob job, boolean ok) {
        if (ok) {
            return Result.PRINTED;
        }
        PrinterJob.JobStatus status = job.getJobStatus();
        if (status != PrinterJob.JobStatus.DONE && status != PrinterJob.JobStatus.ERROR
                && status != PrinterJob.JobStatus.CANCELED) {
            job.cancelJob();
        }
        LOG.info("Print job ended as {}", status);
        return status == PrinterJob.JobStatus.CANCELED ? Result.CANCELLED : Result.FAILED;
    }

    static PageLayout pageLayout(Printer printer, PrintOptions options) {
        Paper paper = switch (options.paper()) {
            case A4 -> Paper.A4;
            case LETTER -> Paper.NA_LETTER;
            case A5 -> Paper.A5;
        };
        PageOrientation orientation = options.orientation() == PrintOrientation.PORTRAIT
                ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE;
        PageLayout minimum = printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
        double left = Math.max(MIN_MARGIN, minimum.getLeftMargin());
        double right = Math.max(MIN_MARGIN, minimum.getRightMargin());
        double top = Math.max(MIN_MARGIN, minimum.getTopMargin());
        double bottom = Math.max(MIN_MARGIN, minimum.getBottomMargin());
        try {
            return printer.createPageLayout(minimum.getPaper(), orientation, left, right, top, bottom);
        } catch (IllegalArgumentException e) {
            return minimum;
        }
    }
}
