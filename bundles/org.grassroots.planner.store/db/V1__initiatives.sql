-- Version 1: initiatives of the plan contract, and the audit trail of every change.
CREATE TABLE initiative (
    id          VARCHAR(100)  PRIMARY KEY,
    fiscal_year INTEGER       NOT NULL,
    mission     VARCHAR(40)   NOT NULL,
    title_ja    VARCHAR(1000) NOT NULL,
    title_en    VARCHAR(1000),
    kind        VARCHAR(40)   NOT NULL,
    themes      VARCHAR(80) ARRAY NOT NULL,
    states      VARCHAR(2) ARRAY NOT NULL,
    partners    VARCHAR(400) ARRAY NOT NULL,
    format      VARCHAR(20),
    start_date  DATE,
    end_date    DATE,
    budget_jpy  BIGINT,
    status      VARCHAR(20)   NOT NULL
);
CREATE INDEX initiative_fy_mission ON initiative (fiscal_year, mission);

CREATE TABLE edit_history (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    initiative_id VARCHAR(100) NOT NULL,
    action        VARCHAR(10)  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    VARCHAR(200) NOT NULL
);
