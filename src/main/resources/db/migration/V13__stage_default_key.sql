-- Netdesk schema, version 13: a default stage the user never renamed is named in the UI language.
-- default_key is the message key of its default name (pipeline.default.*); it is cleared when the
-- user renames the stage, and the stored name is shown from then on.

ALTER TABLE stage ADD COLUMN default_key TEXT;

-- Existing boards: a stage whose name is a default name, in English or Danish, is that default stage.
UPDATE stage SET default_key = 'pipeline.default.newLead' WHERE name IN ('New lead', 'Nyt emne');
UPDATE stage SET default_key = 'pipeline.default.contacted' WHERE name IN ('Contacted', 'Kontaktet');
UPDATE stage SET default_key = 'pipeline.default.interested' WHERE name IN ('Interested', 'Interesseret');
UPDATE stage SET default_key = 'pipeline.default.presentation' WHERE name IN ('Presentation', 'Præsentation');
UPDATE stage SET default_key = 'pipeline.default.followUp' WHERE name IN ('Follow-up', 'Opfølgning');
UPDATE stage SET default_key = 'pipeline.default.customer' WHERE name IN ('Customer', 'Kunde');
UPDATE stage SET default_key = 'pipeline.default.teamMember' WHERE name IN ('Team member', 'Teammedlem');
UPDATE stage SET default_key = 'pipeline.default.notNow' WHERE name IN ('Not now', 'Ikke nu');
-- a board seeded with the keys themselves as names (tools and tests)
UPDATE stage SET default_key = name WHERE default_key IS NULL AND name IN ('pipeline.default.newLead',
    'pipeline.default.contacted', 'pipeline.default.interested', 'pipeline.default.presentation',
    'pipeline.default.followUp', 'pipeline.default.customer', 'pipeline.default.teamMember', 'pipeline.default.notNow');
