package dk.netdesk.print;

import java.util.ArrayList;
import java.util.List;

/**
 * One laid-out page: the paper size, the margins, and the elements in the printable area
 * ({@code contentWidth} × {@code contentHeight}, origin at the top-left margin corner). All in points.
 */
public record PrintedPage(double paperWidth, double paperHeight, double marginLeft, double marginTop,
                          double contentWidth, double contentHeight, double textSize, List<PageElement> elements) {

    public PrintedPage {
        elements = List.copyOf(elements);
    }

    /** Every element, groups opened up, in drawing order. */
    public List<PageElement> flatten() {
        List<PageElement> out = new ArrayList<>();
        flatten(elements, out);
        return out;
    }

    private static void flatten(List<PageElement> elements, List<PageElement> out) {
        for (PageElement element : elements) {
            out.add(element);
            if (element instanceof PageElement.Group group) {
                flatten(group.children(), out);
            }
        }
    }

    /** All text on the page, line by line, in drawing order. */
    public List<String> texts() {
        return flatten().stream().filter(e -> e instanceof PageElement.Label)
                .map(e -> ((PageElement.Label) e).text()).toList();
    }
}
