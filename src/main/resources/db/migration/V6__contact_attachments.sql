-- Netdesk schema, version 6: files attached to a contact (a PDF or an image). The file itself lives in
-- the same content-addressed folder as the library's attachments (<data folder>/attachments/<sha256>.<ext>),
-- so one stored file can be shared by library items and contacts; it is deleted from disk only when no
-- row of library_attachment or contact_attachment refers to its sha256 any more.

CREATE TABLE contact_attachment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    file_name  TEXT    NOT NULL CHECK (length(trim(file_name)) > 0),
    sha256     TEXT    NOT NULL CHECK (length(sha256) = 64),
    media_type TEXT    NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    added_at   TEXT    NOT NULL
);

CREATE INDEX contact_attachment_contact ON contact_attachment (contact_id);
CREATE INDEX contact_attachment_sha256 ON contact_attachment (sha256);
