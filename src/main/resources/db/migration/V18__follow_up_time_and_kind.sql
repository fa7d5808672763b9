-- Netdesk schema, version 18: the next follow-up gets an optional time of day and kind (issue 18, item 11;
-- decision 0045). Both belong to next_follow_up's date: PipelineRepository clears them whenever the date is
-- changed another way (an interaction, the calendar, do-not-contact), so they never describe another date.
-- The time is "HH:MM" (24-hour); the kind one of the follow-up kinds the app offers.

ALTER TABLE contact ADD COLUMN next_follow_up_time TEXT
    CHECK (next_follow_up_time IS NULL OR next_follow_up_time LIKE '__:__');
ALTER TABLE contact ADD COLUMN next_follow_up_kind TEXT
    CHECK (next_follow_up_kind IS NULL OR next_follow_up_kind IN ('CALL', 'MESSAGE', 'MEETING'));
