-- Netdesk schema, version 4: the library of reference material with full-text search.

CREATE TABLE library_collection (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT    COLLATE NOCASE NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE library_item (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    title         TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    kind          TEXT    NOT NULL CHECK (kind IN ('OBJECTION_SCRIPT', 'PRODUCT_SHEET', 'TRAINING_NOTE',
                                                   'SUCCESS_STORY', 'SOCIAL_POST', 'LINK', 'FILE')),
    body          TEXT    NOT NULL DEFAULT '',
    source        TEXT    NOT NULL DEFAULT 'OWN' CHECK (source IN ('MENTOR', 'COURSE', 'COMPANY', 'OWN')),
    language      TEXT    NOT NULL DEFAULT 'en',
    url           TEXT    NOT NULL DEFAULT '',
    collection_id INTEGER REFERENCES library_collection (id) ON DELETE SET NULL,
    event_id      INTEGER,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

CREATE INDEX library_item_kind ON library_item (kind);
CREATE INDEX library_item_collection ON library_item (collection_id);
CREATE INDEX library_item_updated ON library_item (updated_at);

CREATE TABLE library_tag (
    item_id INTEGER NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    tag     TEXT    COLLATE NOCASE NOT NULL CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (item_id, tag)
);

CREATE INDEX library_tag_tag ON library_tag (tag COLLATE NOCASE);

CREATE TABLE library_attachment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id    INTEGER NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    file_name  TEXT    NOT NULL,
    sha256     TEXT    NOT NULL,
    media_type TEXT    NOT NULL,
    size       INTEGER NOT NULL,
    text       TEXT    NOT NULL DEFAULT '',
    added_at   TEXT    NOT NULL
);

CREATE INDEX library_attachment_item ON library_attachment (item_id);
CREATE INDEX library_attachment_sha256 ON library_attachment (sha256);

-- Scripts linked to pipeline stages; no foreign key: the stage table lives in another slice.
CREATE TABLE library_stage_link (
    item_id  INTEGER NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    stage_id INTEGER NOT NULL,
    PRIMARY KEY (item_id, stage_id)
);

CREATE INDEX library_stage_link_stage ON library_stage_link (stage_id);

CREATE TABLE library_script_use (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id    INTEGER NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('WORKED', 'NEUTRAL', 'DID_NOT_WORK')),
    used_at    TEXT    NOT NULL
);

CREATE INDEX library_script_use_item ON library_script_use (item_id);
CREATE INDEX library_script_use_contact ON library_script_use (contact_id);

-- The search index: one row per item, rowid = library_item.id, kept in step by the triggers below.
-- unicode61 with remove_diacritics 0 keeps æ, ø and å distinct letters.
CREATE VIRTUAL TABLE library_fts USING fts5(
    title, body, tags, attachments,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER library_item_fts_insert AFTER INSERT ON library_item
BEGIN
    INSERT INTO library_fts (rowid, title, body, tags, attachments) VALUES (new.id, new.title, new.body, '', '');
END;

CREATE TRIGGER library_item_fts_update AFTER UPDATE OF title, body ON library_item
BEGIN
    UPDATE library_fts SET title = new.title, body = new.body WHERE rowid = new.id;
END;

CREATE TRIGGER library_item_fts_delete AFTER DELETE ON library_item
BEGIN
    DELETE FROM library_fts WHERE rowid = old.id;
END;

CREATE TRIGGER library_tag_fts_insert AFTER INSERT ON library_tag
BEGIN
    UPDATE library_fts
       SET tags = (SELECT group_concat(tag, ' ') FROM library_tag WHERE item_id = new.item_id)
     WHERE rowid = new.item_id;
END;

CREATE TRIGGER library_tag_fts_delete AFTER DELETE ON library_tag
BEGIN
    UPDATE library_fts
       SET tags = coalesce((SELECT group_concat(tag, ' ') FROM library_tag WHERE item_id = old.item_id), '')
     WHERE rowid = old.item_id;
END;

CREATE TRIGGER library_attachment_fts_insert AFTER INSERT ON library_attachment
BEGIN
    UPDATE library_fts
       SET attachments = (SELECT group_concat(file_name || ' ' || text, ' ') FROM library_attachment
                           WHERE item_id = new.item_id)
     WHERE rowid = new.item_id;
END;

CREATE TRIGGER library_attachment_fts_delete AFTER DELETE ON library_attachment
BEGIN
    UPDATE library_fts
       SET attachments = coalesce((SELECT group_concat(file_name || ' ' || text, ' ') FROM library_attachment
                                    WHERE item_id = old.item_id), '')
     WHERE rowid = old.item_id;
END;
