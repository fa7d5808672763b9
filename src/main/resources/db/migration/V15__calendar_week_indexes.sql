-- Netdesk schema, version 15: indexes for reading one week of the calendar (issue 16).
-- CalendarRepository.occurrences reads three sets of rows for a shown range:
--   1. single events by start (with a month of margin for long events) whose end reaches the range:
--      with the end in the index, rows that ended before the range are skipped without reading them;
--   2. series masters (calendar_event_rrule, from V3);
--   3. overridden occurrences by their original slot (recurrence_id): without an index this was a
--      scan of the whole table on every week shown.
-- Both are partial indexes, so they hold only the rows those reads can return.

CREATE INDEX calendar_event_single_span ON calendar_event (start_local, end_local) WHERE rrule IS NULL;
CREATE INDEX calendar_event_override_slot ON calendar_event (recurrence_id) WHERE series_id IS NOT NULL;
