-- Netdesk schema, version 11: pairs of contacts the user said are not duplicates ("Not a duplicate" in
-- Find duplicates), so that the pair is not suggested again. The pair is stored with the lower id first.
-- Erasing or merging away either contact removes the row.

CREATE TABLE duplicate_dismissal (
    first_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    second_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    dismissed_at TEXT    NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
);

CREATE INDEX duplicate_dismissal_second ON duplicate_dismissal (second_id);
