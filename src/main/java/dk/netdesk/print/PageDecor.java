package dk.netdesk.print;

import dk.netdesk.print.PageElement.Box;
import dk.netdesk.print.PageElement.Dot;
import dk.netdesk.print.PageElement.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed week's colours (0xRRGGBB) and how an event, a work window and protected personal time are
 * drawn, in the grid and in the legend alike. Work and personal events differ in fill, edge bar, outline
 * and marker, so they stay apart on a black-and-white printer. Sizes are in points.
 */
final class PageDecor {

    static final int INK = 0x1F2328;
    static final int MUTED = 0x57606A;
    static final int GRID = 0xB8BFC7;
    static final int GRID_LIGHT = 0xE1E5E9;
    static final int WEEKEND = 0xEEF0F2;
    static final int MORE_FILL = 0xEDEFF2;
    static final int WHITE = 0xFFFFFF;
    /** The kinds' colours are the screen's ({@link PrintPalette}). */
    static final int WORK_FILL = PrintPalette.WORK_BG;
    static final int WORK_EDGE = PrintPalette.WORK_EDGE;
    static final int PERSONAL_STRIPE = PrintPalette.PERSONAL_BG;
    static final int PERSONAL_EDGE = PrintPalette.PERSONAL_EDGE;
    static final int WINDOW_FILL = PrintPalette.WINDOW;
    static final int WINDOW_EDGE = PrintPalette.WINDOW_EDGE;
    static final int PROTECTED_HATCH = PrintPalette.PROTECTED;
    static final int PROTECTED_EDGE = PrintPalette.PROTECTED_EDGE;
    /** Work without a break: the screen's red flag (edge), and its hourglass's colour. */
    static final int FLAG = PrintPalette.FLAG;
    static final int FLAG_FG = PrintPalette.FLAG_FG;
    /** Work in protected time: the screen's dark yellow dashed border, a mid grey on a black-and-white printer. */
    static final int IN_PROTECTED = PrintPalette.IN_PROTECTED;

    private final PrintFonts fonts;

    PageDecor(PrintFonts fonts) {
        this.fonts = fonts;
    }

    /** The width of an event's edge bar for event text of {@code size} points. */
    static double barWidth(double size) {
        return Math.max(2.2, size * 0.42);
    }

    /** The room an event's marker takes before its text, for event text of {@code size} points. */
    static double markerSpace(double size) {
        return size * 0.75;
    }

    /** Fill, edge bar, outline and marker of an event (or its legend swatch), added to {@code parts}. */
    void event(List<PageElement> parts, Box frame, boolean work, double size, boolean marker) {
        double bar = barWidth(size);
        double pad = 1.3;
        if (work) {
            parts.add(new Box("event-fill", frame.x(), frame.y(), frame.w(), frame.h(), WORK_FILL, WORK_EDGE, 0.5, false));
            parts.add(new Box("event-bar", frame.x(), frame.y(), bar, frame.h(), WORK_EDGE, PageElement.NONE, 0, false));
        } else {
            // as on screen: green stripes on white with a dashed edge (stripes and dashes stay apart in grayscale)
            parts.add(new Box("event-fill", frame.x(), frame.y(), frame.w(), frame.h(), WHITE, PageElement.NONE, 0, false));
            parts.addAll(hatch("event-stripes", frame.x() + bar, frame.y(), frame.w() - bar, frame.h(), 4.5,
                    PERSONAL_STRIPE, 1.6, false));
            parts.add(new Box("event-outline", frame.x(), frame.y(), frame.w(), frame.h(), PageElement.NONE,
                    PERSONAL_EDGE, 0.8, true));
            parts.addAll(hatch("event-bar", frame.x(), frame.y(), bar, frame.h(), 1.6, PERSONAL_EDGE, 0.6, false));
            parts.add(new Rule("event-bar", frame.x() + bar, frame.y(), frame.x() + bar, frame.y() + frame.h(),
                    PERSONAL_EDGE, 0.4, false));
        }
        double markerX = frame.x() + bar + pad;
        double markerSize = size * 0.5;
        double centerY = frame.y() + Math.min(frame.h() / 2, pad + fonts.ascent(size) * 0.62);
        if (marker && frame.h() >= markerSize + 1 && frame.w() > bar + pad + markerSize) {
            if (work) {
                parts.add(new Box("event-marker", markerX, centerY - markerSize / 2, markerSize, markerSize,
                        WORK_EDGE, PageElement.NONE, 0, false));
            } else {
                parts.add(new Dot("event-marker", markerX + markerSize / 2, centerY, markerSize / 2 - 0.25,
                        WHITE, PERSONAL_EDGE, 0.7));
            }
        }
    }

    /** The width the flags at an event's top right take: the no-break badge and a footnote number. */
    static double flagsWidth(boolean noBreak, boolean footnote, double size) {
        return (noBreak ? badgeSize(size) + 1 : 0) + (footnote ? size * 0.9 : 0);
    }

    private static double badgeSize(double size) {
        return size * 0.95;
    }

    /**
     * An event's flags, added to {@code parts}: work in protected time gets a thick dashed outline inside the
     * box; work without a break, as on screen, a red edge and the screen's hourglass (Material "hourglass bottom",
     * drawn as a shape: the print face has no hourglass glyph) on a small white badge at the top right;
     * {@code footnote} (e.g. "³", may be empty) is printed at the top right, left of the badge.
     */
    void flags(List<PageElement> parts, Box frame, boolean noBreak, boolean inProtected, double size, String footnote) {
        if (noBreak) {
            parts.add(new Box("event-nobreak-edge", frame.x(), frame.y(), frame.w(), frame.h(), PageElement.NONE,
                    FLAG, 1.0, false));
        }
        if (inProtected) {
            parts.add(new Box("event-protected", frame.x() + 0.7, frame.y() + 0.7, Math.max(0, frame.w() - 1.4),
                    Math.max(0, frame.h() - 1.4), PageElement.NONE, IN_PROTECTED, 1.4, true));
        }
        double right = frame.x() + frame.w() - 1.2;
        double top = frame.y() + 1.2;
        if (noBreak) {
            double badge = Math.min(badgeSize(size), Math.max(0, frame.h() - 2.4));
            right -= badge;
            parts.add(new Box("event-nobreak", right, top, badge, badge, WHITE, FLAG, Math.max(0.3, badge * 0.06), false));
            hourglass(parts, right, top, badge);
            right -= 1;
        }
        if (!footnote.isEmpty()) {
            double textSize = size * 0.9;
            double w = fonts.width(footnote, textSize, true);
            parts.add(new PageElement.Label("event-footnote", right - w, top + fonts.ascent(textSize) * 0.9,
                    footnote, textSize, true, INK));
        }
    }

    /**
     * The screen's no-break hourglass (Material "hourglass bottom": a glass between two bars, the sand run to the
     * bottom) in the square {@code x}, {@code y}, {@code s} points wide, in the screen's flag colour.
     */
    static void hourglass(List<PageElement> parts, double x, double y, double s) {
        double left = x + s * 0.27;
        double right = x + s * 0.73;
        double top = y + s * 0.2;
        double bottom = y + s * 0.8;
        double cx = x + s / 2;
        double cy = y + s / 2;
        double neck = s * 0.05;
        double line = Math.max(0.2, s * 0.065);
        parts.add(new PageElement.Polygon("event-nobreak-glass", new double[] {left, top, right, top, cx + neck, cy,
                right, bottom, left, bottom, cx - neck, cy}, PageElement.NONE, FLAG_FG, line));
        parts.add(new PageElement.Polygon("event-nobreak-sand", new double[] {cx, cy + s * 0.1, right - s * 0.08, bottom,
                left + s * 0.08, bottom}, FLAG_FG, PageElement.NONE, 0));
        for (double barY : new double[] {top, bottom}) {
            parts.add(new Rule("event-nobreak-bar", x + s * 0.2, barY, x + s * 0.8, barY, FLAG_FG, line * 1.3, false));
        }
    }

    /** A legend swatch for work without a break: a work block with the red edge and the hourglass, as on screen. */
    void noBreakSwatch(List<PageElement> parts, Box frame, double size) {
        event(parts, frame, true, size, false);
        flags(parts, frame, true, false, size, "");
    }

    /** A work window: a light fill with an edge on the left. */
    static void window(List<PageElement> parts, Box frame) {
        parts.add(new Box("window-fill", frame.x(), frame.y(), frame.w(), frame.h(), WINDOW_FILL, PageElement.NONE, 0, false));
        parts.add(new Rule("window-edge", frame.x() + 0.75, frame.y(), frame.x() + 0.75, frame.y() + frame.h(),
                WINDOW_EDGE, 1.5, false));
    }

    /** Protected personal time: purple hatching rising to the right with a dashed edge on the left; {@code outlined} adds a frame. */
    static void protectedTime(List<PageElement> parts, Box frame, boolean outlined) {
        parts.addAll(hatch("protected-hatch", frame.x(), frame.y(), frame.w(), frame.h(), 6, PROTECTED_HATCH, 1.1, true));
        parts.add(new Rule("protected-edge", frame.x() + 0.75, frame.y(), frame.x() + 0.75, frame.y() + frame.h(),
                PROTECTED_EDGE, 1.0, true));
        if (outlined) {
            parts.add(new Box("protected-outline", frame.x(), frame.y(), frame.w(), frame.h(), PageElement.NONE,
                    PROTECTED_EDGE, 0.5, false));
        }
    }

    /**
     * Wall-clock time the clock skips (spring forward), as on screen: a pale band hatched in grey falling to the
     * right, with dashed grey lines at its top and bottom.
     */
    static void skipped(List<PageElement> parts, Box frame) {
        parts.add(new Box("skipped-fill", frame.x(), frame.y(), frame.w(), frame.h(), PrintPalette.GAP,
                PageElement.NONE, 0, false));
        parts.addAll(hatch("skipped-hatch", frame.x(), frame.y(), frame.w(), frame.h(), 3, PrintPalette.GAP_EDGE, 0.4,
                false));
        for (double y : new double[] {frame.y(), frame.y() + frame.h()}) {
            parts.add(new Rule("skipped-edge", frame.x(), y, frame.x() + frame.w(), y, PrintPalette.GAP_EDGE, 0.6, true));
        }
    }

    /**
     * Wall-clock time that happens twice (autumn, clocks go back), as the screen's legend marks it: two grey lines,
     * one above the other.
     */
    static void repeated(List<PageElement> parts, Box frame) {
        double width = Math.max(0.6, frame.h() * 0.14);
        for (double y : new double[] {frame.y() + frame.h() * 0.3, frame.y() + frame.h() * 0.7}) {
            parts.add(new Rule("repeated-line", frame.x(), y, frame.x() + frame.w(), y, PrintPalette.GAP_EDGE, width, false));
        }
    }

    /** Diagonal lines clipped to the rectangle; {@code rising} lines go up to the right, else down. */
    static List<PageElement> hatch(String role, double x, double y, double w, double h, double spacing, int color,
                                   double lineWidth, boolean rising) {
        List<PageElement> lines = new ArrayList<>();
        if (w <= 0 || h <= 0) {
            return lines;
        }
        // rising: lines x + y' = c, with y' measured downwards from the top, so they rise to the right
        // falling: lines x - y' = c
        for (double c = spacing / 2; c < w + h; c += spacing) {
            double x1 = Math.max(0, c - h);
            double x2 = Math.min(w, c);
            if (x2 - x1 < 0.05) {
                continue;
            }
            if (rising) {
                lines.add(new Rule(role, x + x1, y + (c - x1), x + x2, y + (c - x2), color, lineWidth, false));
            } else {
                lines.add(new Rule(role, x + x1, y + h - (c - x1), x + x2, y + h - (c - x2), color, lineWidth, false));
            }
        }
        return lines;
    }
}
