package dk.netdesk.print;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the print options are kept between runs (the app keeps them in the settings table). {@link #load}
 * and {@link #save} do database work: the view-model calls them on the background thread.
 */
public interface PrintMemory {

    /** The text {@link #encode} made last time, if any. */
    Optional<String> load();

    /** Keeps {@code value} for the next run. */
    void save(String value);

    /** Options as text, e.g. {@code paper=A4;orientation=LANDSCAPE;personal=true;notes=true;summary=true;from=-1;to=-1}. */
    static String encode(PrintOptions options) {
        return "paper=" + options.paper() + ";orientation=" + options.orientation()
                + ";personal=" + options.includePersonal() + ";notes=" + options.showNotes()
                + ";summary=" + options.showSummary() + ";from=" + options.fromHour() + ";to=" + options.toHour();
    }

    /**
     * Options as text with whether the user chose the paper ({@code ;paperChosen=true}); a paper nobody chose is
     * chosen again from the printer and the region at the next run (decision 0040).
     */
    static String encode(PrintOptions options, boolean paperChosen) {
        return encode(options) + ";paperChosen=" + paperChosen;
    }

    /**
     * Whether the user chose the paper in {@link #encode(PrintOptions, boolean)}'s text. Text stored before this was
     * kept says A4 also when nobody chose it (A4 was then the default): only another paper counts as chosen there.
     */
    static boolean paperChosen(String text) {
        Map<String, String> parts = parts(text);
        if (parts.containsKey("paperChosen")) {
            return Boolean.parseBoolean(parts.get("paperChosen"));
        }
        String paper = parts.get("paper");
        return paper != null && !paper.equals(PaperSize.A4.name()) && !paper.isBlank();
    }

    private static Map<String, String> parts(String text) {
        Map<String, String> parts = new HashMap<>();
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2) {
                parts.put(kv[0].strip(), kv[1].strip());
            }
        }
        return parts;
    }

    /**
     * Options read back from {@link #encode}'s text; what is missing or unreadable (an older or damaged value)
     * keeps its value from {@code fallback}.
     */
    static PrintOptions decode(String text, PrintOptions fallback) {
        Map<String, String> parts = parts(text);
        PrintOptions out = fallback;
        try {
            PaperSize paper = parts.containsKey("paper") ? PaperSize.valueOf(parts.get("paper")) : out.paper();
            PrintOrientation orientation = parts.containsKey("orientation")
                    ? PrintOrientation.valueOf(parts.get("orientation")) : out.orientation();
            out = new PrintOptions(paper, orientation, bool(parts, "personal", out.includePersonal()),
                    bool(parts, "notes", out.showNotes()), bool(parts, "summary", out.showSummary()),
                    out.fromHour(), out.toHour());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
        try {
            int from = Integer.parseInt(parts.getOrDefault("from", String.valueOf(out.fromHour())));
            int to = Integer.parseInt(parts.getOrDefault("to", String.valueOf(out.toHour())));
            return out.withHours(from, to);
        } catch (IllegalArgumentException e) {
            return out;
        }
    }

    private static boolean bool(Map<String, String> parts, String key, boolean fallback) {
        String value = parts.get(key);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }
}
