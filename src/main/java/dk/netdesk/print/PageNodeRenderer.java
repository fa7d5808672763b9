package dk.netdesk.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;

/**
 * Turns a {@link PrintedPage} into JavaFX nodes, one unit per point: for the preview (whole sheet) and for
 * {@link WeekPrinter} (printable area only). Event groups get the style class {@code print-event} and the
 * event's index as id suffix, so tests can find them by their bounds.
 */
public final class PageNodeRenderer {

    private final PrintFonts fonts;
    /** Face names of the font files JavaFX has registered; JavaFX's font registry is per process. */
    private static final Map<Boolean, String> LOADED = new HashMap<>();

    private final Map<String, Font> cache = new HashMap<>();

    public PageNodeRenderer(PrintFonts fonts) {
        this.fonts = fonts;
    }

    /** The whole sheet: white paper, content at the margins. */
    public Pane sheet(PrintedPage page) {
        Pane sheet = new Pane();
        sheet.setId("print-sheet");
        Rectangle paper = new Rectangle(0, 0, page.paperWidth(), page.paperHeight());
        paper.setFill(Color.WHITE);
        Pane content = content(page);
        content.relocate(page.marginLeft(), page.marginTop());
        sheet.getChildren().addAll(paper, content);
        sheet.setPrefSize(page.paperWidth(), page.paperHeight());
        sheet.setMinSize(page.paperWidth(), page.paperHeight());
        sheet.setMaxSize(page.paperWidth(), page.paperHeight());
        return sheet;
    }

    /** The printable area only, origin at its top-left corner. */
    public Pane content(PrintedPage page) {
        Pane content = new Pane();
        content.setId("print-content");
        content.setPrefSize(page.contentWidth(), page.contentHeight());
        content.setMinSize(page.contentWidth(), page.contentHeight());
        content.setMaxSize(page.contentWidth(), page.contentHeight());
        for (PageElement element : page.elements()) {
            content.getChildren().add(node(element));
        }
        return content;
    }

    private Node node(PageElement element) {
        Node node;
        if (element instanceof PageElement.Box box) {
            node = box(box);
        } else if (element instanceof PageElement.Rule rule) {
            node = rule(rule);
        } else if (element instanceof PageElement.Dot dot) {
            node = dot(dot);
        } else if (element instanceof PageElement.Polygon polygon) {
            node = polygon(polygon);
        } else if (element instanceof PageElement.Label label) {
            node = text(label);
        } else {
            node = group((PageElement.Group) element);
        }
        node.getStyleClass().add("print-" + element.role());
        return node;
    }

    private Node group(PageElement.Group group) {
        javafx.scene.Group node = new javafx.scene.Group();
        if (!group.key().isEmpty()) {
            node.setId("print-" + group.role() + "-" + group.key());
        }
        node.setUserData(group);
        for (PageElement child : group.children()) {
            node.getChildren().add(node(child));
        }
        return node;
    }

    private static Node box(PageElement.Box box) {
        Rectangle rectangle = new Rectangle(box.x(), box.y(), box.w(), box.h());
        rectangle.setFill(box.fill() == PageElement.NONE ? null : color(box.fill()));
        stroke(rectangle, box.stroke(), box.strokeWidth(), box.dashed());
        return rectangle;
    }

    private static Node rule(PageElement.Rule rule) {
        Line line = new Line(rule.x1(), rule.y1(), rule.x2(), rule.y2());
        stroke(line, rule.color(), rule.width(), rule.dashed());
        return line;
    }

    private static Node dot(PageElement.Dot dot) {
        Circle circle = new Circle(dot.cx(), dot.cy(), dot.r());
        circle.setFill(dot.fill() == PageElement.NONE ? null : color(dot.fill()));
        stroke(circle, dot.stroke(), dot.strokeWidth(), false);
        return circle;
    }

    private static Node polygon(PageElement.Polygon polygon) {
        javafx.scene.shape.Polygon shape = new javafx.scene.shape.Polygon(polygon.points());
        shape.setFill(polygon.fill() == PageElement.NONE ? null : color(polygon.fill()));
        stroke(shape, polygon.stroke(), polygon.strokeWidth(), false);
        shape.setStrokeLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        return shape;
    }

    private Node text(PageElement.Label label) {
        Text text = new Text(label.x(), label.baseline(), label.text());
        text.setFont(font(label.size(), label.bold()));
        text.setFill(color(label.color()));
        text.setFontSmoothingType(FontSmoothingType.GRAY);
        text.setUserData(label);
        return text;
    }

    private static void stroke(Shape shape, int color, double width, boolean dashed) {
        if (color == PageElement.NONE || width <= 0) {
            shape.setStroke(null);
            return;
        }
        shape.setStroke(color(color));
        shape.setStrokeWidth(width);
        if (shape instanceof Rectangle) {
            shape.setStrokeType(javafx.scene.shape.StrokeType.INSIDE);
        }
        if (dashed) {
            shape.getStrokeDashArray().setAll(width * 4, width * 3);
        }
    }

    /** The print typeface at {@code size}, by the full name of the face JavaFX loaded from our font file. */
    Font font(double size, boolean bold) {
        String name = faceName(bold);
        return cache.computeIfAbsent(size + (bold ? "b" : "r"), k -> new Font(name, size));
    }

    private String faceName(boolean bold) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(bold, b -> {
                try (InputStream in = fonts.open(b)) {
                    Font loaded = Font.loadFont(in, 10);
                    if (loaded == null) {
                        throw new IOException("JavaFX could not load the print font");
                    }
                    return loaded.getName();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** Every node of a tree, depth first; for tests and checks. */
    static java.util.List<Node> all(Parent root) {
        java.util.List<Node> out = new java.util.ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            out.add(child);
            if (child instanceof Parent parent) {
                out.addAll(all(parent));
            }
        }
        return out;
    }
}
