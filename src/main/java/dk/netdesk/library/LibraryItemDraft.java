package dk.netdesk.library;

import dk.netdesk.ui.TypedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the user enters for an item, NFC-normalised and stripped. The collection is given by name
 * (created on first use); tags are kept once each, ignoring case.
 */
public record LibraryItemDraft(String title, LibraryKind kind, String body, List<String> tags, LibrarySource source,
                               String language, String url, String collection, Long eventId, List<Long> stageIds) {

    public LibraryItemDraft {
        title = title == null ? "" : TypedText.nfc(title).strip();
        kind = kind == null ? LibraryKind.TRAINING_NOTE : kind;
        body = body == null ? "" : TypedText.nfc(body).strip();
        tags = cleanTags(tags);
        source = source == null ? LibrarySource.OWN : source;
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        url = url == null ? "" : TypedText.nfc(url).strip();
        collection = collection == null ? "" : TypedText.nfc(collection).strip();
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
            String clean = tag == null ? "" : TypedText.nfc(tag).strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                unique.putIfAbsent(dk.netdesk.db.TextOrder.fold(clean), clean);
            }
        }
        return List.copyOf(new ArrayList<>(unique.values()));
    }
}
