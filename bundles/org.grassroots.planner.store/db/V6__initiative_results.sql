-- Version 6: what a done initiative achieved (the plan file's optional result columns), in the plan
-- and in the proposals' snapshots (which hold the columns of table initiative). Plain SQL that runs
-- on H2 2.x and PostgreSQL 15 alike. (Version 5 is the PostgreSQL support of another branch.)
ALTER TABLE initiative ADD COLUMN actual_cost_jpy BIGINT;
ALTER TABLE initiative ADD COLUMN participants BIGINT;
ALTER TABLE initiative ADD COLUMN online_views BIGINT;
ALTER TABLE initiative ADD COLUMN media_reports BIGINT;
ALTER TABLE initiative ADD COLUMN dignitaries VARCHAR(200) ARRAY;
ALTER TABLE initiative ADD COLUMN outcome VARCHAR(4000);
ALTER TABLE initiative ADD COLUMN best_practice BOOLEAN;

ALTER TABLE proposal_initiative ADD COLUMN actual_cost_jpy BIGINT;
ALTER TABLE proposal_initiative ADD COLUMN participants BIGINT;
ALTER TABLE proposal_initiative ADD COLUMN online_views BIGINT;
ALTER TABLE proposal_initiative ADD COLUMN media_reports BIGINT;
ALTER TABLE proposal_initiative ADD COLUMN dignitaries VARCHAR(200) ARRAY;
ALTER TABLE proposal_initiative ADD COLUMN outcome VARCHAR(4000);
ALTER TABLE proposal_initiative ADD COLUMN best_practice BOOLEAN;
