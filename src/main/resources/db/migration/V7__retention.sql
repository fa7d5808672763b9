-- Netdesk schema, version 7: the retention review. One row per contact the user has decided about:
-- kept (with the reason and the day, hidden from the review until the period has passed again from
-- that day) or anonymised (never listed again). Erasing the contact removes its row.

CREATE TABLE retention_decision (
    contact_id INTEGER PRIMARY KEY NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    decision   TEXT    NOT NULL CHECK (decision IN ('KEPT', 'ANONYMISED')),
    decided_on TEXT    NOT NULL,
    reason     TEXT    NOT NULL DEFAULT ''
);
