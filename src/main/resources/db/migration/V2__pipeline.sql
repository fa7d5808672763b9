-- Netdesk schema, version 2: the contact pipeline (stages, board placement, follow-ups,
-- richer contact details, interactions, stage history, consent and do-not-contact).

CREATE TABLE stage (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind       TEXT    NOT NULL CHECK (kind IN ('OPEN', 'WON_CUSTOMER', 'WON_TEAM_MEMBER', 'PARKED')),
    position   INTEGER NOT NULL,
    stale_days INTEGER NOT NULL DEFAULT 14 CHECK (stale_days > 0)
);

-- Where the contact sits on the board; positions are dense (0..n-1) within a stage.
ALTER TABLE contact ADD COLUMN stage_id INTEGER REFERENCES stage (id);
ALTER TABLE contact ADD COLUMN stage_position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contact ADD COLUMN stage_entered_at TEXT;
-- The stale clock: the later of entering the stage and the last logged interaction.
ALTER TABLE contact ADD COLUMN last_touched_at TEXT;
-- ISO date; changed only through PipelineRepository.setNextFollowUp and interactions.
ALTER TABLE contact ADD COLUMN next_follow_up TEXT;
ALTER TABLE contact ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1));
ALTER TABLE contact ADD COLUMN do_not_contact_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN birthday TEXT;
ALTER TABLE contact ADD COLUMN source TEXT CHECK (source IN ('WARM_MARKET', 'COLD_MARKET', 'SOCIAL_MEDIA', 'EVENT', 'REFERRAL'));
ALTER TABLE contact ADD COLUMN referred_by INTEGER REFERENCES contact (id) ON DELETE SET NULL;
ALTER TABLE contact ADD COLUMN interest TEXT CHECK (interest IN ('CUSTOMER', 'BUSINESS', 'BOTH'));
ALTER TABLE contact ADD COLUMN facebook TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN instagram TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN linkedin TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN tiktok TEXT NOT NULL DEFAULT '';

CREATE INDEX contact_stage ON contact (stage_id, stage_position);
CREATE INDEX contact_follow_up ON contact (next_follow_up) WHERE next_follow_up IS NOT NULL;

-- contact.phone and contact.email stay the first (primary) phone and email; these hold the others.
CREATE TABLE contact_phone (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    phone      TEXT    NOT NULL,
    PRIMARY KEY (contact_id, position)
);

CREATE TABLE contact_email (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    email      TEXT    NOT NULL,
    PRIMARY KEY (contact_id, position)
);

CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag        TEXT    NOT NULL CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (contact_id, tag)
);

CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    type        TEXT    NOT NULL CHECK (type IN ('CALL', 'MESSAGE', 'MEETING', 'PRESENTATION', 'NOTE')),
    happened_on TEXT    NOT NULL,
    text        TEXT    NOT NULL DEFAULT '',
    outcome     TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL
);
CREATE INDEX interaction_contact ON interaction (contact_id, happened_on);

CREATE TABLE stage_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    stage_id   INTEGER REFERENCES stage (id) ON DELETE SET NULL,
    stage_name TEXT    NOT NULL,
    entered_at TEXT    NOT NULL
);
CREATE INDEX stage_history_contact ON stage_history (contact_id, entered_at);

CREATE TABLE consent (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    given_on   TEXT    NOT NULL,
    channel    TEXT    NOT NULL CHECK (length(trim(channel)) > 0),
    wording    TEXT    NOT NULL DEFAULT '',
    given      INTEGER NOT NULL CHECK (given IN (0, 1)),
    created_at TEXT    NOT NULL
);
CREATE INDEX consent_contact ON consent (contact_id, given_on);
