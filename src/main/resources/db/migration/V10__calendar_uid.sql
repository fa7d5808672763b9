-- Netdesk schema, version 10: a stable iCalendar UID for every calendar event (issue 13, calendar
-- import and export). Export writes it; importing a file again updates the events with the same UID
-- instead of adding them twice. A new row gets a random UUID (version 4 form) from the trigger below,
-- so no insert path has to remember it; the import then sets the UID the file gave. Overridden
-- occurrences get one too (the column is unique and never empty) but are exported with their series' UID.

ALTER TABLE calendar_event ADD COLUMN uid TEXT;

UPDATE calendar_event SET uid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
    || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
    || '-' || lower(hex(randomblob(6)))
WHERE uid IS NULL;

CREATE UNIQUE INDEX calendar_event_uid ON calendar_event (uid);

CREATE TRIGGER calendar_event_new_uid AFTER INSERT ON calendar_event
WHEN NEW.uid IS NULL
BEGIN
    UPDATE calendar_event SET uid =
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
        || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
        || '-' || lower(hex(randomblob(6)))
    WHERE id = NEW.id;
END;
