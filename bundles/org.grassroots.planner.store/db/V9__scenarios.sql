-- Version 9: what-if scenarios of a fiscal year, kept so that a team shares them. A scenario is a named set of
-- changes to the year's reference and initiatives (the scenario file of the contract, kept as its JSON text); it
-- changes nothing until it is applied (then the changes are written in one transaction with an event here), or
-- it is discarded. Runs on H2 2.x and PostgreSQL 15 alike.
CREATE TABLE scenario (
    fiscal_year INTEGER        NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    content     VARCHAR(1000000) NOT NULL,
    state       VARCHAR(20)    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200)   NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE,
    decided_by  VARCHAR(200),
    PRIMARY KEY (fiscal_year, name)
);

-- the scenario's audit trail: saved, applied (with a summary of what it changed), discarded
CREATE TABLE scenario_event (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fiscal_year INTEGER        NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    action      VARCHAR(20)    NOT NULL,
    summary     VARCHAR(4000),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(200)   NOT NULL
);
CREATE INDEX scenario_event_fy_name ON scenario_event (fiscal_year, name);
