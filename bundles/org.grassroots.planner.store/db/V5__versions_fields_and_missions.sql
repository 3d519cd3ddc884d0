-- Version 5: what a team needs on both databases.
-- Each initiative carries a version, raised by every change: a save names the version it read, and
-- finds a conflict when another planner changed the row since.
ALTER TABLE initiative ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;

-- The audit trail per field: for each change of edit_history, the fields it touched with the value
-- before and after (lists as in the plan file, `a;b`; codes as codes; dates ISO; NULL for none).
CREATE TABLE edit_history_field (
    history_seq BIGINT      NOT NULL REFERENCES edit_history (seq) ON DELETE CASCADE,
    field       VARCHAR(40) NOT NULL,
    old_value   VARCHAR,
    new_value   VARCHAR,
    PRIMARY KEY (history_seq, field)
);
CREATE INDEX edit_history_changed_by ON edit_history (changed_by);
-- the year and mission of the row changed (before a deletion, after any other change): the year's audit trail
ALTER TABLE edit_history ADD COLUMN fiscal_year INTEGER;
ALTER TABLE edit_history ADD COLUMN mission VARCHAR(40);
CREATE INDEX edit_history_fiscal_year ON edit_history (fiscal_year, mission);

-- The missions each database login plans for (a planner may hold several). Written by
-- `planner db grant/revoke`; on the embedded H2 database, whose one user holds every role, unused.
CREATE TABLE mission_planner (
    login   VARCHAR(200) NOT NULL,
    mission VARCHAR(40)  NOT NULL,
    PRIMARY KEY (login, mission)
);

-- Each proposal records the rule set it was checked with (a hash of the rule files) and the reference used.
ALTER TABLE proposal_snapshot ADD COLUMN rules_hash VARCHAR(100);
ALTER TABLE proposal_snapshot ADD COLUMN reference_used VARCHAR(400);
