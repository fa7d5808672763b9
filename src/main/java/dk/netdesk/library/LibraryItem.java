package dk.netdesk.library;

import java.time.Instant;
import java.util.List;

/** A stored item with everything the reading pane shows. */
public record LibraryItem(long id, String title, LibraryKind kind, String body, List<String> tags,
                          LibrarySource source, String language, String url, String collection, Long eventId,
                          List<Long> stageIds, List<Attachment> attachments, Instant createdAt, Instant updatedAt) {

    public LibraryItemDraft draft() {
        return new LibraryItemDraft(title, kind, body, tags, source, language, url, collection, eventId, stageIds);
    }
}
