-- Run by `planner db migrate` after the versions, every time (each statement may run again): the
-- tables belong to planner_owner, a role that cannot log in; row security is forced where version 7
-- wrote policies, so it holds for the owner too; the group roles get their rights on every table.
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO planner_owner', t.tablename);
        EXECUTE format('GRANT SELECT ON public.%I TO planner_reader, planner_planner, planner_reviewer', t.tablename);
    END LOOP;
    FOR t IN SELECT DISTINCT tablename FROM pg_policies WHERE schemaname = 'public' LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t.tablename);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t.tablename);
    END LOOP;
END
$$;

ALTER FUNCTION planner_audit() OWNER TO planner_owner;

GRANT INSERT, UPDATE, DELETE ON initiative TO planner_planner;
GRANT INSERT, UPDATE ON proposal TO planner_planner, planner_reviewer;
GRANT INSERT ON proposal_event TO planner_planner, planner_reviewer;
GRANT INSERT ON proposal_snapshot, proposal_initiative, proposal_justification TO planner_planner;
GRANT INSERT, UPDATE, DELETE ON fiscal_year_reference, fiscal_year_mission TO planner_reviewer;
GRANT INSERT, UPDATE ON scenario TO planner_planner, planner_reviewer;
GRANT INSERT ON scenario_event TO planner_planner, planner_reviewer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO planner_planner, planner_reviewer;
