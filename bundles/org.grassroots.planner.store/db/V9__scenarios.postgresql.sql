-- Version 9 (PostgreSQL): who may keep scenarios. Everyone reads them; a planner or a reviewer saves one under
-- their own login; its author or a reviewer applies or discards it (applying it writes initiatives and the
-- reference, which the policies of version 7 allow only to their planners and to reviewers: the database refuses
-- the rest). Ownership, row security and grants: team.postgresql.sql.
CREATE POLICY scenario_read ON scenario FOR SELECT USING (true);
CREATE POLICY scenario_add ON scenario FOR INSERT
    WITH CHECK (created_by = session_user
                AND (planner_is_reviewer() OR EXISTS (SELECT 1 FROM mission_planner WHERE login = session_user)));
CREATE POLICY scenario_change ON scenario FOR UPDATE
    USING (created_by = session_user OR planner_is_reviewer())
    WITH CHECK (created_by = session_user OR planner_is_reviewer());
CREATE POLICY scenario_event_read ON scenario_event FOR SELECT USING (true);
CREATE POLICY scenario_event_add ON scenario_event FOR INSERT WITH CHECK (changed_by = session_user);
