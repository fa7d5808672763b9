package dk.netdesk.print;

import java.util.List;

/**
 * One thing drawn on a printed page, in points from the top-left of the printable area. The layout
 * ({@link WeekLayout}) makes these once; {@link PageNodeRenderer} turns them into JavaFX nodes and
 * {@link PdfWeekWriter} into PDF drawing operations. Colours are 0xRRGGBB; {@link #NONE} means not drawn.
 */
public sealed interface PageElement {

    int NONE = -1;

    /** What the element is for (e.g. "event", "header-week"); the JavaFX renderer uses it as style class. */
    String role();

    /** A rectangle, filled and/or outlined. */
    record Box(String role, double x, double y, double w, double h, int fill, int stroke, double strokeWidth,
               boolean dashed) implements PageElement {

        boolean contains(double px, double py, double pw, double ph, double tolerance) {
            return px >= x - tolerance && py >= y - tolerance
                    && px + pw <= x + w + tolerance && py + ph <= y + h + tolerance;
        }
    }

    /** A straight line. */
    record Rule(String role, double x1, double y1, double x2, double y2, int color, double width, boolean dashed)
            implements PageElement {
    }

    /** A circle (the personal-event marker). */
    record Dot(String role, double cx, double cy, double r, int fill, int stroke, double strokeWidth)
            implements PageElement {
    }

    /**
     * A closed outline through {@code points} (x0, y0, x1, y1, …), filled and/or stroked: the shapes a glyph
     * of the print face does not have, such as the no-break hourglass.
     */
    record Polygon(String role, double[] points, int fill, int stroke, double strokeWidth) implements PageElement {

        public Polygon {
            if (points.length < 6 || points.length % 2 != 0) {
                throw new IllegalArgumentException("A polygon needs at least three x, y pairs");
            }
            points = points.clone();
        }

        @Override
        public double[] points() {
            return points.clone();
        }
    }

    /** One line of text: {@code x} is its left edge, {@code baseline} its baseline. */
    record Label(String role, double x, double baseline, String text, double size, boolean bold, int color)
            implements PageElement {
    }

    /**
     * Elements that belong together (an event box and its text). {@code frame} is the box everything in
     * the group stays inside; {@code key} says which event it is ("" for none).
     */
    record Group(String role, String key, Box frame, List<PageElement> children) implements PageElement {

        public Group {
            children = List.copyOf(children);
        }
    }
}
