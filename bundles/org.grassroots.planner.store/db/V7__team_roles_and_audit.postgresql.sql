-- Version 7 (PostgreSQL only): roles enforced by the server for every client, plain SQL included, and
-- the audit trail written by the server. Run by the database's administrator (`planner db migrate`).
--   planner_owner     owns the tables; cannot log in
--   planner_reader    reads every mission's plan
--   planner_planner   reads, and adds, changes and deletes the initiatives of the missions that
--                     mission_planner lists for the login; proposes for them
--   planner_reviewer  reads, approves or returns any mission's proposal, edits the year's reference
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planner_owner') THEN
        CREATE ROLE planner_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planner_reader') THEN
        CREATE ROLE planner_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planner_planner') THEN
        CREATE ROLE planner_planner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planner_reviewer') THEN
        CREATE ROLE planner_reviewer NOLOGIN;
    END IF;
END
$$;

-- session_user, not current_user: a login that SET ROLEs keeps its own missions and no more
CREATE OR REPLACE FUNCTION planner_plans_mission(m VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM mission_planner WHERE login = session_user AND mission = m)
$$;

CREATE OR REPLACE FUNCTION planner_is_reviewer() RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT pg_has_role(session_user, 'planner_reviewer', 'MEMBER')
$$;

-- an approved mission's initiatives are locked until a reviewer reopens its proposal
CREATE OR REPLACE FUNCTION planner_mission_open(fy INTEGER, m VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT NOT EXISTS (SELECT 1 FROM proposal p WHERE p.fiscal_year = fy AND p.mission = m AND p.state = 'approved')
$$;

-- every change of a row raises its version, whoever makes it
CREATE OR REPLACE FUNCTION planner_next_version() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
    ELSE
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$;

-- a field's value as the audit trail writes it: lists as `a;b`, everything else as text
CREATE OR REPLACE FUNCTION planner_audit_text(v JSONB) RETURNS VARCHAR
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL OR jsonb_typeof(v) = 'null' THEN NULL
                WHEN jsonb_typeof(v) = 'array' THEN (SELECT COALESCE(string_agg(e, ';'), '') FROM jsonb_array_elements_text(v) e)
                ELSE v #>> '{}' END
$$;

-- the audit trail of table initiative: one edit_history row per changed row, one edit_history_field
-- row per field an update changed or a deletion removed (an insertion's values are the row's own); runs as the tables' owner, so no login needs the right to write the trail
CREATE OR REPLACE FUNCTION planner_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    o JSONB := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
    n JSONB := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
    row_id VARCHAR := COALESCE(n ->> 'id', o ->> 'id');
    summary VARCHAR;
    history BIGINT;
BEGIN
    IF TG_OP = 'UPDATE' AND o - 'version' = n - 'version' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT string_agg(k || ': ' || COALESCE(planner_audit_text(o -> k), 'null') || ' -> '
                          || COALESCE(planner_audit_text(n -> k), 'null'), '; ' ORDER BY a.attnum)
          INTO summary
          FROM jsonb_object_keys(n) k
          LEFT JOIN pg_attribute a ON a.attrelid = TG_RELID AND a.attname = k
         WHERE k NOT IN ('id', 'version') AND planner_audit_text(o -> k) IS DISTINCT FROM planner_audit_text(n -> k);
    END IF;
    INSERT INTO edit_history (initiative_id, action, changed_at, changed_by, changes, fiscal_year, mission)
         VALUES (row_id, lower(TG_OP), now(), session_user, left(summary, 2000),
                 COALESCE(n ->> 'fiscal_year', o ->> 'fiscal_year')::INTEGER, COALESCE(n ->> 'mission', o ->> 'mission'))
      RETURNING seq INTO history;
    INSERT INTO edit_history_field (history_seq, field, old_value, new_value)
         SELECT history, k, planner_audit_text(o -> k), planner_audit_text(n -> k)
           FROM (SELECT jsonb_object_keys(o || n) AS k) keys
          WHERE TG_OP <> 'INSERT' AND k NOT IN ('id', 'version')
            AND planner_audit_text(o -> k) IS DISTINCT FROM planner_audit_text(n -> k);
    PERFORM pg_notify('planner_changes', json_build_object('fiscal_year', COALESCE(n ->> 'fiscal_year', o ->> 'fiscal_year'),
        'mission', COALESCE(n ->> 'mission', o ->> 'mission'), 'id', row_id, 'action', lower(TG_OP), 'by', session_user)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER initiative_version BEFORE INSERT OR UPDATE ON initiative
    FOR EACH ROW EXECUTE FUNCTION planner_next_version();
CREATE TRIGGER initiative_audit AFTER INSERT OR UPDATE OR DELETE ON initiative
    FOR EACH ROW EXECUTE FUNCTION planner_audit();

-- who may write what: a planner its missions' initiatives and proposals, a reviewer the reviews and
-- the references; everyone reads everything
CREATE POLICY initiative_read ON initiative FOR SELECT USING (true);
CREATE POLICY initiative_add ON initiative FOR INSERT
    WITH CHECK (planner_plans_mission(mission) AND planner_mission_open(fiscal_year, mission));
CREATE POLICY initiative_change ON initiative FOR UPDATE
    USING (planner_plans_mission(mission) AND planner_mission_open(fiscal_year, mission))
    WITH CHECK (planner_plans_mission(mission) AND planner_mission_open(fiscal_year, mission));
CREATE POLICY initiative_remove ON initiative FOR DELETE
    USING (planner_plans_mission(mission) AND planner_mission_open(fiscal_year, mission));

CREATE POLICY proposal_read ON proposal FOR SELECT USING (true);
CREATE POLICY proposal_propose ON proposal FOR INSERT
    WITH CHECK ((planner_plans_mission(mission) AND state = 'proposed')
                OR (planner_is_reviewer() AND state IN ('approved', 'returned')));
CREATE POLICY proposal_move ON proposal FOR UPDATE
    USING (planner_plans_mission(mission) OR planner_is_reviewer())
    WITH CHECK ((planner_plans_mission(mission) AND state = 'proposed')
                OR (planner_is_reviewer() AND state IN ('approved', 'returned')));

CREATE POLICY proposal_event_read ON proposal_event FOR SELECT USING (true);
CREATE POLICY proposal_event_add ON proposal_event FOR INSERT
    WITH CHECK ((planner_plans_mission(mission) AND to_state = 'proposed')
                OR (planner_is_reviewer() AND to_state IN ('approved', 'returned')));

CREATE POLICY proposal_snapshot_read ON proposal_snapshot FOR SELECT USING (true);
CREATE POLICY proposal_snapshot_add ON proposal_snapshot FOR INSERT WITH CHECK (planner_plans_mission(mission));
CREATE POLICY proposal_initiative_read ON proposal_initiative FOR SELECT USING (true);
CREATE POLICY proposal_initiative_add ON proposal_initiative FOR INSERT WITH CHECK (planner_plans_mission(mission));
CREATE POLICY proposal_justification_read ON proposal_justification FOR SELECT USING (true);
CREATE POLICY proposal_justification_add ON proposal_justification FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM proposal_snapshot s WHERE s.seq = snapshot_seq AND planner_plans_mission(s.mission)));

CREATE POLICY reference_read ON fiscal_year_reference FOR SELECT USING (true);
CREATE POLICY reference_write ON fiscal_year_reference FOR ALL USING (planner_is_reviewer()) WITH CHECK (planner_is_reviewer());
CREATE POLICY reference_mission_read ON fiscal_year_mission FOR SELECT USING (true);
CREATE POLICY reference_mission_write ON fiscal_year_mission FOR ALL USING (planner_is_reviewer()) WITH CHECK (planner_is_reviewer());

-- the proposal workflow heard live: a reviewer learns of a proposal, a mission of its approval or return
CREATE OR REPLACE FUNCTION planner_proposal_notice() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM pg_notify('planner_proposals', json_build_object('fiscal_year', NEW.fiscal_year, 'mission', NEW.mission,
        'state', NEW.state, 'by', session_user)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER proposal_notice AFTER INSERT OR UPDATE ON proposal
    FOR EACH ROW EXECUTE FUNCTION planner_proposal_notice();
