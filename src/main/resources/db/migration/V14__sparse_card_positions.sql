-- Card positions become sparse sort keys (decision 0032): a move writes only the moved card's row, with a key
-- between its neighbours' keys. Respace every stage's cards to 0, 1024, 2048, ... in their present order
-- (position, then id), so that each place has room for about ten drops before its stage is respaced again.
CREATE TABLE card_respace (
    id   INTEGER PRIMARY KEY,
    rank INTEGER NOT NULL
);

INSERT INTO card_respace (id, rank)
SELECT id, row_number() OVER (PARTITION BY stage_id ORDER BY stage_position, id) - 1
FROM contact
WHERE stage_id IS NOT NULL;

UPDATE contact SET stage_position = 1024 * (SELECT rank FROM card_respace WHERE card_respace.id = contact.id)
WHERE id IN (SELECT id FROM card_respace);

DROP TABLE card_respace;
