-- Netdesk schema, version 3: the calendar.
-- Times are wall-clock times plus the zone they were planned in (start_local/end_local as
-- 'yyyy-MM-ddTHH:mm', zone as an IANA id), so DST changes never move an event.
-- A repeating event is one master row with an RFC 5545 RRULE and EXDATE list; an overridden
-- occurrence is its own row with series_id = the master and recurrence_id = the original start.

CREATE TABLE calendar_event (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    title           TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    start_local     TEXT    NOT NULL,
    end_local       TEXT    NOT NULL,
    zone            TEXT    NOT NULL,
    all_day         INTEGER NOT NULL DEFAULT 0,
    location        TEXT    NOT NULL DEFAULT '',
    notes           TEXT    NOT NULL DEFAULT '',
    contact_id      INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    category        TEXT    NOT NULL CHECK (category IN ('WORK', 'PERSONAL')),
    kind            TEXT    NOT NULL,
    rrule           TEXT,
    exdates         TEXT    NOT NULL DEFAULT '',
    series_id       INTEGER,
    recurrence_id   TEXT,
    reminder_minutes INTEGER,
    CHECK (end_local >= start_local)
);

CREATE INDEX calendar_event_start ON calendar_event (start_local);
CREATE INDEX calendar_event_series ON calendar_event (series_id);
CREATE INDEX calendar_event_contact ON calendar_event (contact_id);
CREATE INDEX calendar_event_rrule ON calendar_event (rrule) WHERE rrule IS NOT NULL;
