-- Netdesk schema, version 16: text is the same text however it was typed (issue 17, decision record 0039).
-- Every typed text stored before is made NFC, with the kinds of space and the invisible marks folded in one-line
-- values, tags and collections that then read the same merged, and the search index kept in step. SQLite cannot
-- normalise Unicode, so this script only asks for it: db/TextNormalisation does the work in Java right after the
-- migrations (Database.open), in one transaction that also removes this row; a failed run is tried again at the
-- next start. The schema itself does not change.

INSERT INTO setting (key, value) VALUES ('db.textNormalisation', '16')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
