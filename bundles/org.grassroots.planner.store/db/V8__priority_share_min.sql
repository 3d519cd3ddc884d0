-- Version 8: the optional priority_share_min of a fiscal year's reference (0 to 1; REGION-PRIORITY-SHARE).
-- A year saved before it gets the contract's default, 0.5. Runs on H2 2.x and PostgreSQL 15 alike.
ALTER TABLE fiscal_year_reference ADD COLUMN priority_share_min DOUBLE PRECISION DEFAULT 0.5 NOT NULL;
