-- Version 3: a fiscal year's reference as the planners edit it (cap, share, priorities, jurisdictions).
-- A year without a row here is checked against the shipped reference data.
CREATE TABLE fiscal_year_reference (
    fiscal_year       INTEGER PRIMARY KEY,
    budget_cap_jpy    BIGINT NOT NULL,
    mission_share_max DOUBLE PRECISION NOT NULL,
    priority_themes   VARCHAR(80) ARRAY NOT NULL,
    priority_states   VARCHAR(2) ARRAY NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by        VARCHAR(200) NOT NULL
);

CREATE TABLE fiscal_year_mission (
    fiscal_year INTEGER     NOT NULL REFERENCES fiscal_year_reference (fiscal_year) ON DELETE CASCADE,
    code        VARCHAR(40) NOT NULL,
    name_ja     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    states      VARCHAR(2) ARRAY NOT NULL,
    PRIMARY KEY (fiscal_year, code)
);
