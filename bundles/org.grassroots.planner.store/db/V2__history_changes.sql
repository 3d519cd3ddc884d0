-- Version 2: the edit history says which fields an update changed, and records deletions.
ALTER TABLE edit_history ADD COLUMN changes VARCHAR(2000);
CREATE INDEX edit_history_initiative ON edit_history (initiative_id);
