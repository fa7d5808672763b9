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
    /** Work without a break: the screen's red flag. */
    static final int FLAG = PrintPalette.FLAG;
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
     * box; work without a break a dark badge with "!" at the top right; {@code footnote} (e.g. "³", may be
     * empty) is printed at the top right, left of the badge.
     */
    void flags(List<PageElement> parts, Box frame, boolean noBreak, boolean inProtected, double size, String footnote) {
        if (inProtected) {
            parts.add(new Box("event-protected", frame.x() + 0.7, frame.y() + 0.7, Math.max(0, frame.w() - 1.4),
                    Math.max(0, frame.h() - 1.4), PageElement.NONE, IN_PROTECTED, 1.4, true));
        }
        double right = frame.x() + frame.w() - 1.2;
        double top = frame.y() + 1.2;
        if (noBreak) {
            double badge = Math.min(badgeSize(size), Math.max(0, frame.h() - 2.4));
            right -= badge;
            parts.add(new Box("event-nobreak", right, top, badge, badge, FLAG, PageElement.NONE, 0, false));
            double textSize = badge * 0.85;
            parts.add(new PageElement.Label("event-nobreak-text", right + (badge - fonts.width("!", textSize, true)) / 2,
                    top + (badge + fonts.ascent(textSize) - fonts.descent(textSize)) / 2, "!", textSize, true, WHITE));
            right -= 1;
        }
        if (!footnote.isEmpty()) {
            double textSize = size * 0.9;
            double w = fonts.width(footnote, textSize, true);
            parts.add(new PageElement.Label("event-footnote", right - w, top + fonts.ascent(textSize) * 0.9,
                    footnote, textSize, true, INK));
        }
    }

    /** A legend swatch for the no-break badge (a badge in the middle of {@code frame}). */
    void noBreakSwatch(List<PageElement> parts, Box frame, double size) {
        Box badge = new Box("legend-badge", frame.x() + (frame.w() - frame.h()) / 2, frame.y(), frame.h(), frame.h(),
                PageElement.NONE, PageElement.NONE, 0, false);
        flags(parts, new Box("legend-badge", badge.x() - 1.2, badge.y() - 1.2, badge.w() + 2.4, badge.h() + 2.4,
                PageElement.NONE, PageElement.NONE, 0, false), true, false, size, "");
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
