-- Netdesk schema, version 9: backups that still hold an anonymised person (decision records 0013, 0014).
-- An anonymise records a pending entry in backup_erasure too, so the backups taken before it, which hold
-- the person as they were, are marked and re-written (the same anonymise, with the same label) or deleted.
-- kind: 'ERASE' (every row before this version) or 'ANONYMISE'. label: the neutral name the anonymise gave
-- ("Anonymised 7F3A"), which the re-write gives the backup's contact row too; empty for an erase. Neither
-- is personal data. For an anonymise, reference is a random id of the entry (there is no erasure-log entry).

ALTER TABLE backup_erasure ADD COLUMN kind TEXT NOT NULL DEFAULT 'ERASE' CHECK (kind IN ('ERASE', 'ANONYMISE'));
ALTER TABLE backup_erasure ADD COLUMN label TEXT NOT NULL DEFAULT '';
