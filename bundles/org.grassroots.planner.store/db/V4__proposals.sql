-- Version 4: the proposal workflow of a fiscal year and mission (draft -> proposed -> approved, or
-- returned with a comment), the frozen snapshot of the plan at each proposal and the justification
-- written for each error finding. (Version 3 is the reference-data migration of another branch.)
CREATE TABLE proposal (
    fiscal_year INTEGER      NOT NULL,
    mission     VARCHAR(40)  NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    comment     VARCHAR(4000),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    PRIMARY KEY (fiscal_year, mission)
);

CREATE TABLE proposal_event (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fiscal_year INTEGER      NOT NULL,
    mission     VARCHAR(40)  NOT NULL,
    from_state  VARCHAR(20)  NOT NULL,
    to_state    VARCHAR(20)  NOT NULL,
    comment     VARCHAR(4000),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(200) NOT NULL
);
CREATE INDEX proposal_event_fy_mission ON proposal_event (fiscal_year, mission);

CREATE TABLE proposal_snapshot (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fiscal_year INTEGER      NOT NULL,
    mission     VARCHAR(40)  NOT NULL,
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by VARCHAR(200) NOT NULL
);
CREATE INDEX proposal_snapshot_fy_mission ON proposal_snapshot (fiscal_year, mission);

-- the mission's initiatives as they were proposed: the columns of table initiative
CREATE TABLE proposal_initiative (
    snapshot_seq BIGINT        NOT NULL REFERENCES proposal_snapshot (seq),
    id           VARCHAR(100)  NOT NULL,
    fiscal_year  INTEGER       NOT NULL,
    mission      VARCHAR(40)   NOT NULL,
    title_ja     VARCHAR(1000) NOT NULL,
    title_en     VARCHAR(1000),
    kind         VARCHAR(40)   NOT NULL,
    themes       VARCHAR(80) ARRAY NOT NULL,
    states       VARCHAR(2) ARRAY NOT NULL,
    partners     VARCHAR(400) ARRAY NOT NULL,
    format       VARCHAR(20),
    start_date   DATE,
    end_date     DATE,
    budget_jpy   BIGINT,
    status       VARCHAR(20)   NOT NULL,
    PRIMARY KEY (snapshot_seq, id)
);

-- one per error finding of the proposed plan, keyed RULE:SUBJECT
CREATE TABLE proposal_justification (
    snapshot_seq  BIGINT        NOT NULL REFERENCES proposal_snapshot (seq),
    finding_key   VARCHAR(300)  NOT NULL,
    message       VARCHAR(4000),
    justification VARCHAR(4000) NOT NULL,
    PRIMARY KEY (snapshot_seq, finding_key)
);
