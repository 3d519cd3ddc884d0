-- Version 10: the optional thresholds of the reviewer's judgements in a fiscal year's reference (cost_median_factor,
-- last_quarter_share_max, format_share_min), as key=value pairs separated by ";"; null when the reference gives none
-- (each then takes its documented default). Runs on H2 2.x and PostgreSQL 15 alike. (Version 9 is the scenarios'.)
ALTER TABLE fiscal_year_reference ADD COLUMN thresholds VARCHAR(400);
