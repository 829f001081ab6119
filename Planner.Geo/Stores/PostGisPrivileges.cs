namespace Planner.Geo.Stores;

/// <summary>
/// Ownership and grants, applied after every <c>db init</c>/<c>db migrate</c> (idempotent): everything in schema
/// <c>cctvplanner</c> belongs to the owner role (<c>{owner}</c>), so no single person's account owns the tables;
/// <c>cctvplanner_planner</c> edits plans, cameras, buildings and zones; <c>cctvplanner_analyst</c> reads everything
/// including incident rows and writes incidents; <c>cctvplanner_reviewer</c> reads everything but incident rows
/// and records sign-offs. Incident rows are also behind row security (see <see cref="PostGisMigration2"/>).
/// </summary>
internal static class PostGisPrivileges
{
    public const string Sql = """
        DO $d$
        DECLARE r record;
        BEGIN
          EXECUTE format('ALTER SCHEMA cctvplanner OWNER TO %I', '{owner}');
          FOR r IN SELECT c.oid::regclass AS obj, c.relkind FROM pg_class c
                   WHERE c.relnamespace = 'cctvplanner'::regnamespace AND c.relkind IN ('r', 'v', 'p') LOOP
            EXECUTE format('ALTER %s %s OWNER TO %I', CASE r.relkind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, r.obj, '{owner}');
          END LOOP;
          FOR r IN SELECT p.oid::regprocedure AS fn FROM pg_proc p WHERE p.pronamespace = 'cctvplanner'::regnamespace LOOP
            EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.fn, '{owner}');
          END LOOP;
        END $d$;

        REVOKE ALL ON ALL TABLES IN SCHEMA cctvplanner FROM PUBLIC;
        REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cctvplanner FROM PUBLIC;
        GRANT USAGE ON SCHEMA cctvplanner TO cctvplanner_planner, cctvplanner_analyst, cctvplanner_reviewer;
        GRANT SELECT ON cctvplanner.schema_version, cctvplanner.database_crs, cctvplanner.plans, cctvplanner.cameras,
          cctvplanner.buildings, cctvplanner.zones, cctvplanner.streets, cctvplanner.audit, cctvplanner.signoffs, cctvplanner.coverage_views,
          cctvplanner.findings, cctvplanner.incident_counts
          TO cctvplanner_planner, cctvplanner_analyst, cctvplanner_reviewer;
        GRANT INSERT, UPDATE, DELETE ON cctvplanner.plans, cctvplanner.cameras, cctvplanner.buildings, cctvplanner.zones,
          cctvplanner.streets TO cctvplanner_planner;
        GRANT INSERT, UPDATE ON cctvplanner.plans TO cctvplanner_analyst;
        GRANT SELECT, INSERT, UPDATE, DELETE ON cctvplanner.incidents TO cctvplanner_analyst;
        GRANT INSERT, UPDATE, DELETE ON cctvplanner.coverage_views, cctvplanner.findings TO cctvplanner_planner, cctvplanner_analyst;
        GRANT INSERT (plan, plan_version, decision, note) ON cctvplanner.signoffs TO cctvplanner_reviewer;
        GRANT USAGE ON SEQUENCE cctvplanner.signoffs_id_seq TO cctvplanner_reviewer;
        """;

    /// <summary>The group roles, created once per cluster by <c>db init</c> (roles are cluster-wide in PostgreSQL).</summary>
    public const string CreateRoles = """
        DO $d$
        DECLARE role_name text;
        BEGIN
          FOREACH role_name IN ARRAY ARRAY['{owner}', 'cctvplanner_planner', 'cctvplanner_analyst', 'cctvplanner_reviewer'] LOOP
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
              BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
              EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created at the same moment by an init of another database in this cluster
              END;
            END IF;
          END LOOP;
        END $d$;
        """;
}
