package dk.netdesk.library;

import dk.netdesk.ui.TypedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the user enters for an item, the same text however it was typed: title, URL, collection and tags as
 * one-line values ({@link TypedText#line}: NFC, every kind of space a plain one, invisible marks dropped,
 * stripped), the body as a text ({@link TypedText#text}). The collection is given by name (created on first
 * use); tags are kept once each as a person reads them ({@link dk.netdesk.db.TextOrder#fold}).
 */
public record LibraryItemDraft(String title, LibraryKind kind, String body, List<String> tags, LibrarySource source,
                               String language, String url, String collection, Long eventId, List<Long> stageIds) {

    public LibraryItemDraft {
        title = TypedText.line(title);
        kind = kind == null ? LibraryKind.TRAINING_NOTE : kind;
        body = TypedText.text(body).strip();
        tags = cleanTags(tags);
        source = source == null ? LibrarySource.OWN : source;
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        url = TypedText.line(url);
        collection = TypedText.line(collection);
        stageIds = stageIds == null ? List.of() : List.copyOf(stageIds);
    }

    /** Splits "a, b ,c" into tags. */
    public static List<String> parseTags(String text) {
        return text == null ? List.of() : cleanTags(List.of(text.split("[,;]")));
    }

    private static List<String> cleanTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String tag : tags) {
            String clean = TypedText.line(tag).replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                unique.putIfAbsent(dk.netdesk.db.TextOrder.fold(clean), clean);
            }
        }
        return List.copyOf(new ArrayList<>(unique.values()));
    }
}
