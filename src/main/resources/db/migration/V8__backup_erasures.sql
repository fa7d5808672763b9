-- Netdesk schema, version 8: backups that still hold an erased person. One row per erase, kept until
-- every backup taken before it has been re-written without the person or deleted (decision record 0013).
-- It holds no personal data: the erased contact's id (its row is gone, so the id names nobody in this
-- file), the moment and random reference of the erasure-log entry, and the ids of the calendar events the
-- user chose to keep without the person (the others linked to them are deleted in the backups too).

CREATE TABLE backup_erasure (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id  INTEGER NOT NULL,
    erased_at   TEXT    NOT NULL,
    reference   TEXT    NOT NULL UNIQUE CHECK (length(reference) > 0),
    kept_events TEXT    NOT NULL DEFAULT ''
);
