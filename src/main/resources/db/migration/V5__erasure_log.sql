-- Netdesk schema, version 5: the erasure log. One row per erased person, holding only when it was
-- done and a random reference, never anything about the person, so the user can show it was done.

CREATE TABLE erasure_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    erased_at TEXT    NOT NULL,
    reference TEXT    NOT NULL UNIQUE CHECK (length(reference) > 0)
);
