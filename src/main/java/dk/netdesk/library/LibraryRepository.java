package dk.netdesk.library;

import dk.netdesk.db.TextOrder;
import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.LIBRARY_ATTACHMENT;
import static dk.netdesk.db.generated.Tables.LIBRARY_COLLECTION;
import static dk.netdesk.db.generated.Tables.LIBRARY_ITEM;
import static dk.netdesk.db.generated.Tables.LIBRARY_SCRIPT_USE;
import static dk.netdesk.db.generated.Tables.LIBRARY_STAGE_LINK;
import static dk.netdesk.db.generated.Tables.LIBRARY_TAG;

import dk.netdesk.db.Changes;
import dk.netdesk.db.StoredFile;
import dk.netdesk.db.Database;
import dk.netdesk.db.generated.tables.records.LibraryAttachmentRecord;
import dk.netdesk.db.generated.tables.records.LibraryItemRecord;
import dk.netdesk.ui.TypedText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The SQL of the library: items with their tags, collections, attachments, stage links
 * and script uses, and the FTS5 search. Every public method is one transaction; writes
 * publish {@code LIBRARY}. The index {@code library_fts} is kept in step by triggers
 * (see {@code V4__library.sql}), so every write path, including cascades, updates it.
 */
public final class LibraryRepository {

    /** The most lines the list shows; a search narrows it further. */
    public static final int LIMIT = 200;

    /** Title weighs ten times the body, tags four times, attachment text once. */
    static final String RANK = "bm25(library_fts, 10.0, 1.0, 4.0, 1.0)";

    /** How much of a body is read for the preview of a line without a search (enough for {@link Snippet#LENGTH}). */
    static final int PREVIEW_SOURCE = 2000;

    private final Database database;
    private final Changes changes;
    private final Clock clock;

    public LibraryRepository(Database database, Changes changes, Clock clock) {
        this.database = database;
        this.changes = changes;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------

    public Optional<LibraryItem> find(long id) {
        return database.dsl().transactionResult(cfg -> find(DSL.using(cfg), id));
    }

    /**
     * The list: with search text ({@link FtsQuery}: the last word a prefix), the matching items ranked by bm25
     * (ties by id) with a highlighted snippet; without, all items by title. Filters apply in both cases. At most
     * {@link #LIMIT} hits. The ranking and the cut to the top hits are done on the index alone, before the items
     * are read (decision 0033).
     */
    public List<LibraryHit> search(String text, LibraryFilter filter) {
        return search(text, filter, LIMIT);
    }

    public List<LibraryHit> search(String text, LibraryFilter filter, int limit) {
        LibraryFilter f = filter == null ? LibraryFilter.NONE : filter;
        FtsQuery query = FtsQuery.parse(text);
        Optional<String> match = query.isEmpty() ? Optional.empty() : Optional.of(query.match());
        return database.dsl().transactionResult(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder();
            if (match.isPresent()) {
                // The top hits are cut on the index alone (rowid and rank; the filters are checked before the
                // rank is computed); only they are joined to their items and collections and read in full.
                sql.append("SELECT i.id, i.title, i.kind, i.language, c.name AS collection, ")
                        .append("i.body AS body, f.tags AS tags, f.attachments AS attachments ")
                        .append("FROM (SELECT library_fts.rowid AS id, ").append(RANK).append(" AS score FROM library_fts");
                if (f.hasItemFilter()) {
                    sql.append(" JOIN library_item i ON i.id = library_fts.rowid");
                }
                sql.append(" WHERE library_fts MATCH ?");
                args.add(match.get());
                appendFilters(sql, args, f);
                sql.append(" ORDER BY score, library_fts.rowid LIMIT ?) top ")
                        .append("JOIN library_item i ON i.id = top.id ")
                        .append("JOIN library_fts f ON f.rowid = top.id ")
                        .append("LEFT JOIN library_collection c ON c.id = i.collection_id ")
                        .append("ORDER BY top.score, top.id");
                // Words kept with their signs are checked here, after the index: all its matches are read.
                args.add(query.hasLiterals() ? -1 : limit);
            } else {
                sql.append("SELECT i.id, i.title, i.kind, i.language, c.name AS collection, ")
                        .append("substr(i.body, 1, ").append(PREVIEW_SOURCE).append(") AS body ")
                        .append("FROM library_item i LEFT JOIN library_collection c ON c.id = i.collection_id ")
                        .append("WHERE 1 = 1");
                appendFilters(sql, args, f);
                sql.append(" ORDER BY i.title COLLATE ").append(TextOrder.COLLATION).append(", i.id LIMIT ?");
                args.add(limit);
            }
            List<LibraryHit> hits = new ArrayList<>();
            for (Record r : ctx.resultQuery(sql.toString(), args.toArray()).fetch()) {
                if (hits.size() >= limit) {
                    break;
                }
                if (match.isEmpty()) {
                    hits.add(toHit(r));
                } else if (query.literalsIn(r.get("title", String.class), r.get("body", String.class),
                        r.get("tags", String.class), r.get("attachments", String.class))) {
                    hits.add(toHit(ctx, r, query));
                }
            }
            return hits;
        });
    }

    /**
     * How many items in each other language match the search that the language filter hides: by
     * language code, for "12 more in Danish". Empty when no language is filtered or nothing is searched.
     */
    public Map<String, Integer> countInOtherLanguages(String text, LibraryFilter filter) {
        LibraryFilter f = filter == null ? LibraryFilter.NONE : filter;
        FtsQuery query = FtsQuery.parse(text);
        if (f.language() == null || query.isEmpty()) {
            return Map.of();
        }
        LibraryFilter others = new LibraryFilter(f.kind(), f.tag(), f.collectionId(), null);
        return database.dsl().transactionResult(cfg -> {
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT i.language, i.title, i.body, library_fts.tags AS tags, ")
                    .append("library_fts.attachments AS attachments ")
                    .append("FROM library_fts JOIN library_item i ON i.id = library_fts.rowid ")
                    .append("WHERE library_fts MATCH ? AND i.language <> ?");
            args.add(query.match());
            args.add(f.language());
            if (!query.hasLiterals()) {
                sql = new StringBuilder("SELECT i.language, count(*) AS n ")
                        .append("FROM library_fts JOIN library_item i ON i.id = library_fts.rowid ")
                        .append("WHERE library_fts MATCH ? AND i.language <> ?");
            }
            appendFilters(sql, args, others);
            Map<String, Integer> counts = new java.util.TreeMap<>();
            if (query.hasLiterals()) {
                for (Record r : DSL.using(cfg).resultQuery(sql.toString(), args.toArray()).fetch()) {
                    if (query.literalsIn(r.get("title", String.class), r.get("body", String.class),
                            r.get("tags", String.class), r.get("attachments", String.class))) {
                        counts.merge(r.get("language", String.class), 1, Integer::sum);
                    }
                }
            } else {
                sql.append(" GROUP BY i.language");
                for (Record r : DSL.using(cfg).resultQuery(sql.toString(), args.toArray()).fetch()) {
                    counts.put(r.get("language", String.class), r.get("n", Integer.class));
                }
            }
            return counts;
        });
    }

    private static void appendFilters(StringBuilder sql, List<Object> args, LibraryFilter f) {
        if (f.kind() != null) {
            sql.append(" AND i.kind = ?");
            args.add(f.kind().name());
        }
        if (f.language() != null) {
            sql.append(" AND i.language = ?");
            args.add(f.language());
        }
        if (f.collectionId() != null) {
            sql.append(" AND i.collection_id = ?");
            args.add(f.collectionId());
        }
        if (f.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM library_tag t WHERE t.item_id = i.id AND t.tag = ? COLLATE " + TextOrder.SAME + ")");
            args.add(f.tag());
        }
    }

    /** A line of the list without a search: the start of the body as it reads. */
    private static LibraryHit toHit(Record r) {
        return new LibraryHit(r.get("id", Long.class), r.get("title", String.class),
                LibraryKind.valueOf(r.get("kind", String.class)), r.get("language", String.class),
                r.get("collection", String.class), Snippet.start(Markdown.line(r.get("body", String.class))), null);
    }

    /**
     * A line of the list for a search: the body around the searched words; when they are only in an
     * attachment, that attachment's text and name; when only in the title or tags, the start of the body.
     */
    private static LibraryHit toHit(DSLContext ctx, Record r, FtsQuery query) {
        long id = r.get("id", Long.class);
        String body = Markdown.line(r.get("body", String.class));
        List<Snippet.Run> snippet = Snippet.around(body, query);
        String attachment = null;
        if (snippet == null && !query.foundIn(r.get("title", String.class))
                && !query.foundIn(r.get("tags", String.class)) && query.foundIn(r.get("attachments", String.class))) {
            for (LibraryAttachmentRecord a : ctx.selectFrom(LIBRARY_ATTACHMENT).where(LIBRARY_ATTACHMENT.ITEM_ID.eq(id))
                    .orderBy(LIBRARY_ATTACHMENT.ID).fetch()) {
                String text = a.getText().replaceAll("\\s+", " ").strip();
                List<Snippet.Run> inFile = Snippet.around(text, query);
                if (inFile == null && query.foundIn(a.getFileName())) {
                    inFile = Snippet.start(text);
                }
                if (inFile != null) {
                    snippet = inFile;
                    attachment = a.getFileName();
                    break;
                }
            }
        }
        return new LibraryHit(id, r.get("title", String.class), LibraryKind.valueOf(r.get("kind", String.class)),
                r.get("language", String.class), r.get("collection", String.class),
                snippet == null ? Snippet.start(body) : snippet, attachment);
    }

    public List<LibraryCollection> collections() {
        return database.dsl().selectFrom(LIBRARY_COLLECTION)
                .orderBy(LIBRARY_COLLECTION.NAME.collate(TextOrder.COLLATION))
                .fetch(r -> new LibraryCollection(r.getId(), r.getName()));
    }

    /**
     * Every tag in use, once whatever its case (the first stored spelling), sorted in the UI language
     * ({@link Database#textOrder()}).
     */
    public List<String> tags() {
        return tags(null);
    }

    /**
     * The tags of the items written in {@code language} (an ISO 639 code such as "da"; null: every item),
     * once whatever their case (the first stored spelling), sorted in the UI language.
     */
    public List<String> tags(String language) {
        Map<String, String> once = new java.util.LinkedHashMap<>();
        org.jooq.Condition of = language == null ? DSL.noCondition() : LIBRARY_TAG.ITEM_ID.in(
                DSL.select(LIBRARY_ITEM.ID).from(LIBRARY_ITEM).where(LIBRARY_ITEM.LANGUAGE.eq(language)));
        database.dsl().select(LIBRARY_TAG.TAG).from(LIBRARY_TAG).where(of).orderBy(DSL.field("rowid"))
                .forEach(r -> once.putIfAbsent(TextOrder.fold(r.value1()), r.value1()));
        List<String> tags = new ArrayList<>(once.values());
        tags.sort(TextOrder.comparator(database.textOrder().locale()));
        return tags;
    }

    /** The languages items are written in, sorted. */
    public List<String> languages() {
        return database.dsl().selectDistinct(LIBRARY_ITEM.LANGUAGE).from(LIBRARY_ITEM)
                .orderBy(LIBRARY_ITEM.LANGUAGE).fetch(LIBRARY_ITEM.LANGUAGE);
    }

    public int count() {
        return database.dsl().fetchCount(LIBRARY_ITEM);
    }

    // ---- writing ------------------------------------------------------------------------------

    public LibraryItem create(LibraryItemDraft draft) {
        LibraryItemDraft clean = requireValid(draft);
        LibraryItem created = database.dsl().transactionResult(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            long id = insert(ctx, clean, Instant.now(clock), Instant.now(clock), null);
            return find(ctx, id).orElseThrow();
        });
        changes.publish(Changes.Topic.LIBRARY);
        return created;
    }

    /** Many items in one transaction (the starter library, imports): all or none. */
    public int createAll(Collection<LibraryItemDraft> drafts) {
        List<LibraryItemDraft> clean = drafts.stream().map(LibraryRepository::requireValid).toList();
        database.dsl().transaction(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            Instant now = Instant.now(clock);
            for (LibraryItemDraft draft : clean) {
                insert(ctx, draft, now, now, null);
            }
        });
        changes.publish(Changes.Topic.LIBRARY);
        return clean.size();
    }

    public LibraryItem update(long id, LibraryItemDraft draft) {
        LibraryItemDraft clean = requireValid(draft);
        LibraryItem updated = database.dsl().transactionResult(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            int rows = ctx.update(LIBRARY_ITEM)
                    .set(LIBRARY_ITEM.TITLE, clean.title())
                    .set(LIBRARY_ITEM.KIND, clean.kind().name())
                    .set(LIBRARY_ITEM.BODY, clean.body())
                    .set(LIBRARY_ITEM.SOURCE, clean.source().name())
                    .set(LIBRARY_ITEM.LANGUAGE, clean.language())
                    .set(LIBRARY_ITEM.URL, clean.url())
                    .set(LIBRARY_ITEM.COLLECTION_ID, collectionId(ctx, clean.collection()))
                    .set(LIBRARY_ITEM.EVENT_ID, clean.eventId())
                    .set(LIBRARY_ITEM.UPDATED_AT, Instant.now(clock).toString())
                    .where(LIBRARY_ITEM.ID.eq(id))
                    .execute();
            if (rows != 1) {
                throw new IllegalStateException("Library item " + id + " no longer exists");
            }
            ctx.deleteFrom(LIBRARY_TAG).where(LIBRARY_TAG.ITEM_ID.eq(id)).execute();
            insertTags(ctx, id, clean.tags());
            ctx.deleteFrom(LIBRARY_STAGE_LINK).where(LIBRARY_STAGE_LINK.ITEM_ID.eq(id)).execute();
            for (Long stageId : clean.stageIds()) {
                linkStage(ctx, id, stageId);
            }
            deleteUnusedCollections(ctx);
            return find(ctx, id).orElseThrow();
        });
        changes.publish(Changes.Topic.LIBRARY);
        return updated;
    }

    /**
     * Deletes an item and returns everything needed to restore it: the item with its
     * attachments, and its script record rows. Files stay in the attachments folder
     * (they are shared by hash and needed for undo).
     */
    public Optional<Deleted> delete(long id) {
        Optional<Deleted> deleted = database.dsl().transactionResult(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            Optional<LibraryItem> item = find(ctx, id);
            if (item.isEmpty()) {
                return Optional.<Deleted>empty();
            }
            List<StoredUse> uses = ctx.selectFrom(LIBRARY_SCRIPT_USE).where(LIBRARY_SCRIPT_USE.ITEM_ID.eq(id))
                    .orderBy(LIBRARY_SCRIPT_USE.ID)
                    .fetch(r -> new StoredUse(r.getId(), r.getContactId(), ScriptOutcome.valueOf(r.getOutcome()),
                            r.getUsedAt()));
            Map<Long, String> attachmentText = ctx.select(LIBRARY_ATTACHMENT.ID, LIBRARY_ATTACHMENT.TEXT)
                    .from(LIBRARY_ATTACHMENT).where(LIBRARY_ATTACHMENT.ITEM_ID.eq(id))
                    .fetchMap(LIBRARY_ATTACHMENT.ID, LIBRARY_ATTACHMENT.TEXT);
            ctx.deleteFrom(LIBRARY_ITEM).where(LIBRARY_ITEM.ID.eq(id)).execute();
            deleteUnusedCollections(ctx);
            return Optional.of(new Deleted(item.get(), attachmentText, uses));
        });
        if (deleted.isPresent()) {
            changes.publish(Changes.Topic.LIBRARY);
        }
        return deleted;
    }

    /** Puts a deleted item back with its id, dates, attachments and script record (undo of delete). */
    public void restore(Deleted deleted) {
        database.dsl().transaction(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            LibraryItem item = deleted.item();
            insert(ctx, item.draft(), item.createdAt(), item.updatedAt(), item.id());
            for (Attachment a : item.attachments()) {
                ctx.insertInto(LIBRARY_ATTACHMENT)
                        .set(LIBRARY_ATTACHMENT.ID, a.id())
                        .set(LIBRARY_ATTACHMENT.ITEM_ID, item.id())
                        .set(LIBRARY_ATTACHMENT.FILE_NAME, a.fileName())
                        .set(LIBRARY_ATTACHMENT.SHA256, a.sha256())
                        .set(LIBRARY_ATTACHMENT.MEDIA_TYPE, a.mediaType())
                        .set(LIBRARY_ATTACHMENT.SIZE, a.size())
                        .set(LIBRARY_ATTACHMENT.TEXT, deleted.attachmentText().getOrDefault(a.id(), ""))
                        .set(LIBRARY_ATTACHMENT.TEXT_UNREADABLE, a.textUnreadable() ? 1L : 0L)
                        .set(LIBRARY_ATTACHMENT.ADDED_AT, a.addedAt().toString())
                        .execute();
            }
            for (StoredUse use : deleted.uses()) {
                Long contact = use.contactId() == null ? null
                        : ctx.fetchExists(CONTACT, CONTACT.ID.eq(use.contactId()))
                        ? use.contactId() : null;
                ctx.insertInto(LIBRARY_SCRIPT_USE)
                        .set(LIBRARY_SCRIPT_USE.ID, use.id())
                        .set(LIBRARY_SCRIPT_USE.ITEM_ID, item.id())
                        .set(LIBRARY_SCRIPT_USE.CONTACT_ID, contact)
                        .set(LIBRARY_SCRIPT_USE.OUTCOME, use.outcome().name())
                        .set(LIBRARY_SCRIPT_USE.USED_AT, use.usedAt())
                        .execute();
            }
        });
        changes.publish(Changes.Topic.LIBRARY);
    }

    /**
     * Records a file already copied into the attachments folder, in one transaction; its text becomes
     * searchable. Throws jOOQ's {@code DataAccessException} (nothing written) when the item no longer exists.
     */
    public Attachment addAttachment(long itemId, StoredFile file) {
        Attachment added = database.dsl().transactionResult(cfg -> {
            LibraryAttachmentRecord r = DSL.using(cfg).insertInto(LIBRARY_ATTACHMENT)
                    .set(LIBRARY_ATTACHMENT.ITEM_ID, itemId)
                    .set(LIBRARY_ATTACHMENT.FILE_NAME, file.fileName())
                    .set(LIBRARY_ATTACHMENT.SHA256, file.sha256())
                    .set(LIBRARY_ATTACHMENT.MEDIA_TYPE, file.mediaType())
                    .set(LIBRARY_ATTACHMENT.SIZE, file.size())
                    .set(LIBRARY_ATTACHMENT.TEXT, file.text())
                    .set(LIBRARY_ATTACHMENT.TEXT_UNREADABLE, file.textUnreadable() ? 1L : 0L)
                    .set(LIBRARY_ATTACHMENT.ADDED_AT, Instant.now(clock).toString())
                    .returning()
                    .fetchOne();
            return toAttachment(r);
        });
        changes.publish(Changes.Topic.LIBRARY);
        return added;
    }

    /** Removes an attachment and returns its stored file, so that it can be attached again (undo). */
    public Optional<StoredFile> removeAttachment(long attachmentId) {
        Optional<StoredFile> removed = database.dsl().transactionResult(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            Optional<StoredFile> file = ctx.selectFrom(LIBRARY_ATTACHMENT).where(LIBRARY_ATTACHMENT.ID.eq(attachmentId))
                    .fetchOptional(r -> new StoredFile(r.getFileName(), r.getSha256(), r.getMediaType(), r.getSize(),
                            r.getText(), r.getTextUnreadable() != 0));
            ctx.deleteFrom(LIBRARY_ATTACHMENT).where(LIBRARY_ATTACHMENT.ID.eq(attachmentId)).execute();
            return file;
        });
        changes.publish(Changes.Topic.LIBRARY);
        return removed;
    }

    // ---- scripts in the field -----------------------------------------------------------------

    /** The objection scripts linked to a pipeline stage, by title. */
    public List<LibraryHit> scriptsForStage(long stageId) {
        return database.dsl().transactionResult(cfg -> DSL.using(cfg)
                .select(LIBRARY_ITEM.ID, LIBRARY_ITEM.TITLE, LIBRARY_ITEM.KIND, LIBRARY_ITEM.LANGUAGE,
                        LIBRARY_COLLECTION.NAME.as("collection"),
                        DSL.substring(LIBRARY_ITEM.BODY, 1, PREVIEW_SOURCE).as("body"))
                .from(LIBRARY_STAGE_LINK)
                .join(LIBRARY_ITEM).on(LIBRARY_ITEM.ID.eq(LIBRARY_STAGE_LINK.ITEM_ID))
                .leftJoin(LIBRARY_COLLECTION).on(LIBRARY_COLLECTION.ID.eq(LIBRARY_ITEM.COLLECTION_ID))
                .where(LIBRARY_STAGE_LINK.STAGE_ID.eq(stageId))
                .and(LIBRARY_ITEM.KIND.eq(LibraryKind.OBJECTION_SCRIPT.name()))
                .orderBy(LIBRARY_ITEM.TITLE.collate(TextOrder.COLLATION), LIBRARY_ITEM.ID)
                .fetch(LibraryRepository::toHit));
    }

    public void linkStage(long itemId, long stageId) {
        database.dsl().transaction(cfg -> linkStage(DSL.using(cfg), itemId, stageId));
        changes.publish(Changes.Topic.LIBRARY);
    }

    public void unlinkStage(long itemId, long stageId) {
        database.dsl().transaction(cfg -> DSL.using(cfg).deleteFrom(LIBRARY_STAGE_LINK)
                .where(LIBRARY_STAGE_LINK.ITEM_ID.eq(itemId)).and(LIBRARY_STAGE_LINK.STAGE_ID.eq(stageId))
                .execute());
        changes.publish(Changes.Topic.LIBRARY);
    }

    /** Records that a script was used (with a contact, or none) and how it went; returns the use's id. */
    public long recordScriptUse(long itemId, Long contactId, ScriptOutcome outcome) {
        long id = database.dsl().transactionResult(cfg -> DSL.using(cfg).insertInto(LIBRARY_SCRIPT_USE)
                .set(LIBRARY_SCRIPT_USE.ITEM_ID, itemId)
                .set(LIBRARY_SCRIPT_USE.CONTACT_ID, contactId)
                .set(LIBRARY_SCRIPT_USE.OUTCOME, outcome.name())
                .set(LIBRARY_SCRIPT_USE.USED_AT, Instant.now(clock).toString())
                .returning(LIBRARY_SCRIPT_USE.ID)
                .fetchOne(LIBRARY_SCRIPT_USE.ID));
        changes.publish(Changes.Topic.LIBRARY);
        return id;
    }

    /** Removes one recorded use (undo of recording it). */
    public void removeScriptUse(long useId) {
        database.dsl().transaction(cfg -> DSL.using(cfg).deleteFrom(LIBRARY_SCRIPT_USE)
                .where(LIBRARY_SCRIPT_USE.ID.eq(useId)).execute());
        changes.publish(Changes.Topic.LIBRARY);
    }

    /** How often a script worked, was neutral or did not work. */
    public ScriptRecord scriptRecord(long itemId) {
        Map<String, Integer> counts = database.dsl()
                .select(LIBRARY_SCRIPT_USE.OUTCOME, DSL.count())
                .from(LIBRARY_SCRIPT_USE)
                .where(LIBRARY_SCRIPT_USE.ITEM_ID.eq(itemId))
                .groupBy(LIBRARY_SCRIPT_USE.OUTCOME)
                .fetchMap(LIBRARY_SCRIPT_USE.OUTCOME, DSL.count());
        return new ScriptRecord(counts.getOrDefault(ScriptOutcome.WORKED.name(), 0),
                counts.getOrDefault(ScriptOutcome.NEUTRAL.name(), 0),
                counts.getOrDefault(ScriptOutcome.DID_NOT_WORK.name(), 0));
    }

    // ---- internals ----------------------------------------------------------------------------

    /** What {@link #delete} removed, for {@link #restore}. */
    public record Deleted(LibraryItem item, Map<Long, String> attachmentText, List<StoredUse> uses) {
    }

    /** A recorded script use as stored. */
    public record StoredUse(long id, Long contactId, ScriptOutcome outcome, String usedAt) {
    }

    private static LibraryItemDraft requireValid(LibraryItemDraft draft) {
        if (draft.title().isEmpty()) {
            throw new IllegalArgumentException("A library item needs a title");
        }
        List<String> lines = new ArrayList<>(draft.tags());
        lines.addAll(List.of(draft.title(), draft.url(), draft.collection()));
        if (!TypedText.isClean(draft.body(), true) || lines.stream().anyMatch(t -> !TypedText.isClean(t, false))) {
            throw new IllegalArgumentException("A library item's text holds a control character or broken text");
        }
        return draft;
    }

    private long insert(DSLContext ctx, LibraryItemDraft d, Instant created, Instant updated, Long id) {
        var insert = ctx.insertInto(LIBRARY_ITEM)
                .set(LIBRARY_ITEM.TITLE, d.title())
                .set(LIBRARY_ITEM.KIND, d.kind().name())
                .set(LIBRARY_ITEM.BODY, d.body())
                .set(LIBRARY_ITEM.SOURCE, d.source().name())
                .set(LIBRARY_ITEM.LANGUAGE, d.language())
                .set(LIBRARY_ITEM.URL, d.url())
                .set(LIBRARY_ITEM.COLLECTION_ID, collectionId(ctx, d.collection()))
                .set(LIBRARY_ITEM.EVENT_ID, d.eventId())
                .set(LIBRARY_ITEM.CREATED_AT, created.toString())
                .set(LIBRARY_ITEM.UPDATED_AT, updated.toString());
        if (id != null) {
            insert = insert.set(LIBRARY_ITEM.ID, id);
        }
        long newId = insert.returning(LIBRARY_ITEM.ID).fetchOne(LIBRARY_ITEM.ID);
        insertTags(ctx, newId, d.tags());
        for (Long stageId : d.stageIds()) {
            linkStage(ctx, newId, stageId);
        }
        return newId;
    }

    /**
     * Stores the item's tags; a tag that differs from one other items have only by case takes that
     * one's first stored spelling ("HUDPLEJE" becomes "Hudpleje"; {@link TextOrder#fold}).
     */
    private static void insertTags(DSLContext ctx, long itemId, List<String> tags) {
        Map<String, String> inUse = new java.util.HashMap<>();
        ctx.select(LIBRARY_TAG.TAG).from(LIBRARY_TAG).where(LIBRARY_TAG.ITEM_ID.ne(itemId)).orderBy(DSL.field("rowid"))
                .forEach(r -> inUse.putIfAbsent(TextOrder.fold(r.value1()), r.value1()));
        for (String tag : tags) {
            ctx.insertInto(LIBRARY_TAG, LIBRARY_TAG.ITEM_ID, LIBRARY_TAG.TAG)
                    .values(itemId, inUse.getOrDefault(TextOrder.fold(tag), tag))
                    .onConflictDoNothing().execute();
        }
    }

    private static void linkStage(DSLContext ctx, long itemId, long stageId) {
        ctx.insertInto(LIBRARY_STAGE_LINK, LIBRARY_STAGE_LINK.ITEM_ID, LIBRARY_STAGE_LINK.STAGE_ID)
                .values(itemId, stageId).onConflictDoNothing().execute();
    }

    /**
     * The id of the named collection, created if new; null for no collection. Names that differ only by
     * case, beyond ASCII ("Ærø", "ÆRØ"), are one collection, under the first spelling (decision 0031).
     */
    private static Long collectionId(DSLContext ctx, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<Long> existing = ctx.select(LIBRARY_COLLECTION.ID).from(LIBRARY_COLLECTION)
                .where(LIBRARY_COLLECTION.NAME.collate(TextOrder.SAME).eq(name))
                .orderBy(LIBRARY_COLLECTION.ID).limit(1).fetchOptional(LIBRARY_COLLECTION.ID);
        return existing.orElseGet(() -> ctx.insertInto(LIBRARY_COLLECTION, LIBRARY_COLLECTION.NAME).values(name)
                .returning(LIBRARY_COLLECTION.ID).fetchOne(LIBRARY_COLLECTION.ID));
    }

    /** A collection is a folder of items: it goes when its last item goes. */
    private static void deleteUnusedCollections(DSLContext ctx) {
        ctx.deleteFrom(LIBRARY_COLLECTION).whereNotExists(DSL.selectOne().from(LIBRARY_ITEM)
                .where(LIBRARY_ITEM.COLLECTION_ID.eq(LIBRARY_COLLECTION.ID))).execute();
    }

    private static Optional<LibraryItem> find(DSLContext ctx, long id) {
        Optional<LibraryItemRecord> found = ctx.selectFrom(LIBRARY_ITEM).where(LIBRARY_ITEM.ID.eq(id)).fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LibraryItemRecord r = found.get();
        List<String> tags = ctx.select(LIBRARY_TAG.TAG).from(LIBRARY_TAG).where(LIBRARY_TAG.ITEM_ID.eq(id))
                .orderBy(LIBRARY_TAG.TAG.collate(TextOrder.COLLATION)).fetch(LIBRARY_TAG.TAG);
        List<Long> stages = ctx.select(LIBRARY_STAGE_LINK.STAGE_ID).from(LIBRARY_STAGE_LINK)
                .where(LIBRARY_STAGE_LINK.ITEM_ID.eq(id)).orderBy(LIBRARY_STAGE_LINK.STAGE_ID)
                .fetch(LIBRARY_STAGE_LINK.STAGE_ID);
        List<Attachment> attachments = ctx.selectFrom(LIBRARY_ATTACHMENT).where(LIBRARY_ATTACHMENT.ITEM_ID.eq(id))
                .orderBy(LIBRARY_ATTACHMENT.ID).fetch(LibraryRepository::toAttachment);
        String collection = r.getCollectionId() == null ? "" : ctx.select(LIBRARY_COLLECTION.NAME)
                .from(LIBRARY_COLLECTION).where(LIBRARY_COLLECTION.ID.eq(r.getCollectionId()))
                .fetchOptional(LIBRARY_COLLECTION.NAME).orElse("");
        return Optional.of(new LibraryItem(r.getId(), r.getTitle(), LibraryKind.valueOf(r.getKind()), r.getBody(),
                tags, LibrarySource.valueOf(r.getSource()), r.getLanguage(), r.getUrl(), collection, r.getEventId(),
                stages, attachments, Instant.parse(r.getCreatedAt()), Instant.parse(r.getUpdatedAt())));
    }

    private static Attachment toAttachment(LibraryAttachmentRecord r) {
        return new Attachment(r.getId(), r.getItemId(), r.getFileName(), r.getSha256(), r.getMediaType(),
                r.getSize(), Instant.parse(r.getAddedAt()), !r.getText().isBlank(), r.getTextUnreadable() != 0);
    }

    /** Ids of the recorded script uses with a contact. */
    public List<Long> scriptUseIdsOf(long contactId) {
        return database.dsl().select(LIBRARY_SCRIPT_USE.ID).from(LIBRARY_SCRIPT_USE)
                .where(LIBRARY_SCRIPT_USE.CONTACT_ID.eq(contactId)).fetch(LIBRARY_SCRIPT_USE.ID);
    }

    /** A recorded use of a script with a contact, with the script's title as it is now. */
    public record ContactScriptUse(long id, long itemId, String title, ScriptOutcome outcome, Instant usedAt) {
    }

    /** The recorded uses of scripts with a contact, oldest first. */
    public List<ContactScriptUse> scriptUsesOf(long contactId) {
        return database.dsl().select(LIBRARY_SCRIPT_USE.ID, LIBRARY_SCRIPT_USE.ITEM_ID, LIBRARY_ITEM.TITLE,
                        LIBRARY_SCRIPT_USE.OUTCOME, LIBRARY_SCRIPT_USE.USED_AT)
                .from(LIBRARY_SCRIPT_USE).join(LIBRARY_ITEM).on(LIBRARY_ITEM.ID.eq(LIBRARY_SCRIPT_USE.ITEM_ID))
                .where(LIBRARY_SCRIPT_USE.CONTACT_ID.eq(contactId))
                .orderBy(LIBRARY_SCRIPT_USE.USED_AT, LIBRARY_SCRIPT_USE.ID)
                .fetch(r -> new ContactScriptUse(r.value1(), r.value2(), r.value3(), ScriptOutcome.valueOf(r.value4()),
                        Instant.parse(r.value5())));
    }

    /**
     * Links these script uses to the contact again, where they are linked to nobody now (undo of a
     * contact delete). One statement, so it joins the caller's transaction.
     */
    public void relinkScriptUses(List<Long> useIds, long contactId) {
        database.dsl().update(LIBRARY_SCRIPT_USE).set(LIBRARY_SCRIPT_USE.CONTACT_ID, contactId)
                .where(LIBRARY_SCRIPT_USE.ID.in(useIds)).and(LIBRARY_SCRIPT_USE.CONTACT_ID.isNull()).execute();
    }
}
