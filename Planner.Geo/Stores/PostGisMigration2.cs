namespace Planner.Geo.Stores;

/// <summary>
/// Schema version 2: typed layers in the database's one working CRS (<c>{srid}</c>, chosen at <c>db init</c>), times as
/// <c>timestamptz</c> with the writer's UTC offset kept beside them, CHECK constraints mirroring what the readers
/// reject, per-camera revisions, one audit table for cameras and zones written by triggers, sign-offs, result tables
/// and an aggregate-only view of incidents. Existing rows are converted in place: geometries of plans in another CRS
/// are transformed by PostGIS, text times parsed with their offsets, the old camera audit copied into the new one.
/// </summary>
internal static class PostGisMigration2
{
    public const string Sql = """
        CREATE FUNCTION pg_temp.offset_minutes(t text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $f$
          SELECT CASE
            WHEN t IS NULL THEN NULL
            WHEN t ~ '[+-]\d\d:\d\d$' THEN ((CASE WHEN substring(t from '([+-])\d\d:\d\d$') = '-' THEN -1 ELSE 1 END)
              * (substring(t from '[+-](\d\d):\d\d$')::int * 60 + substring(t from '[+-]\d\d:(\d\d)$')::int))::smallint
            ELSE 0 END $f$;

        CREATE TABLE cctvplanner.database_crs (
          only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
          srid integer NOT NULL CHECK (srid > 0));
        INSERT INTO cctvplanner.database_crs (srid) VALUES ({srid});

        -- plans: created_at as timestamptz plus the offset it was written with
        ALTER TABLE cctvplanner.plans ADD COLUMN created_offset_min smallint;
        UPDATE cctvplanner.plans SET created_offset_min = pg_temp.offset_minutes(created_at);
        ALTER TABLE cctvplanner.plans ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
        ALTER TABLE cctvplanner.plans
          ADD CONSTRAINT plans_name_check CHECK (char_length(name) BETWEEN 1 AND 200),
          ADD CONSTRAINT plans_version_check CHECK (version > 0),
          ADD CONSTRAINT plans_epsg_check CHECK (epsg > 0),
          ADD CONSTRAINT plans_offset_check CHECK (created_offset_min BETWEEN -1080 AND 1080);

        -- geometries: into the working CRS, then typed
        UPDATE cctvplanner.cameras c SET geom = {postgis}.ST_Transform({postgis}.ST_SetSRID(c.geom, p.epsg), {srid})
          FROM cctvplanner.plans p WHERE p.name = c.plan AND p.epsg <> {srid};
        UPDATE cctvplanner.buildings c SET geom = {postgis}.ST_Transform({postgis}.ST_SetSRID(c.geom, p.epsg), {srid})
          FROM cctvplanner.plans p WHERE p.name = c.plan AND p.epsg <> {srid};
        UPDATE cctvplanner.zones c SET geom = {postgis}.ST_Transform({postgis}.ST_SetSRID(c.geom, p.epsg), {srid})
          FROM cctvplanner.plans p WHERE p.name = c.plan AND p.epsg <> {srid};
        UPDATE cctvplanner.incidents c SET geom = {postgis}.ST_Transform({postgis}.ST_SetSRID(c.geom, p.epsg), {srid})
          FROM cctvplanner.plans p WHERE p.name = c.plan AND p.epsg <> {srid};
        ALTER TABLE cctvplanner.cameras ALTER COLUMN geom TYPE {postgis}.geometry(Point, {srid}) USING {postgis}.ST_SetSRID(geom, {srid});
        ALTER TABLE cctvplanner.buildings ALTER COLUMN geom TYPE {postgis}.geometry(MultiPolygon, {srid}) USING {postgis}.ST_SetSRID(geom, {srid});
        ALTER TABLE cctvplanner.zones ALTER COLUMN geom TYPE {postgis}.geometry(MultiPolygon, {srid}) USING {postgis}.ST_SetSRID(geom, {srid});
        ALTER TABLE cctvplanner.incidents ALTER COLUMN geom TYPE {postgis}.geometry(Point, {srid}) USING {postgis}.ST_SetSRID(geom, {srid});

        -- cameras: what the camera reader rejects, the database rejects too; a revision per camera for single edits
        ALTER TABLE cctvplanner.cameras
          ADD COLUMN revision bigint NOT NULL DEFAULT 1,
          ADD COLUMN updated_by text,
          ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
          ADD CONSTRAINT cameras_id_check CHECK (char_length(id) > 0),
          ADD CONSTRAINT cameras_heading_deg_check CHECK (heading_deg >= 0 AND heading_deg < 360),
          ADD CONSTRAINT cameras_hfov_deg_check CHECK (hfov_deg > 0 AND hfov_deg <= 360),
          ADD CONSTRAINT cameras_vfov_deg_check CHECK (vfov_deg > 0 AND vfov_deg < 180),
          ADD CONSTRAINT cameras_range_m_check CHECK (range_m > 0 AND range_m < 'Infinity'),
          ADD CONSTRAINT cameras_height_m_check CHECK (height_m >= 0 AND height_m < 'Infinity'),
          ADD CONSTRAINT cameras_tilt_deg_check CHECK (tilt_deg BETWEEN -90 AND 90),
          ADD CONSTRAINT cameras_resolution_px_check CHECK (resolution_px > 0),
          ADD CONSTRAINT cameras_retention_days_check CHECK (retention_days >= 0),
          ADD CONSTRAINT cameras_operator_check CHECK (operator IN ('municipality', 'police', 'authority', 'business', 'housing', 'private'));
        ALTER TABLE cctvplanner.buildings
          ADD CONSTRAINT buildings_id_check CHECK (char_length(id) > 0),
          ADD CONSTRAINT buildings_height_m_check CHECK (height_m >= 0 AND height_m < 'Infinity');
        ALTER TABLE cctvplanner.zones
          ADD CONSTRAINT zones_id_check CHECK (char_length(id) > 0),
          ADD CONSTRAINT zones_kind_check CHECK (kind IN ('public_area', 'dwelling', 'residential_area', 'utryg_area',
            'business_premises', 'entrance', 'nightlife_venue', 'school'));

        -- incidents: occurred_at as timestamptz plus the local offset the hour filters work in
        ALTER TABLE cctvplanner.incidents ADD COLUMN occurred_offset_min smallint;
        UPDATE cctvplanner.incidents SET occurred_offset_min = pg_temp.offset_minutes(occurred_at);
        ALTER TABLE cctvplanner.incidents ALTER COLUMN occurred_at TYPE timestamptz USING occurred_at::timestamptz;
        ALTER TABLE cctvplanner.incidents
          ALTER COLUMN occurred_offset_min SET NOT NULL,
          ADD CONSTRAINT incidents_id_check CHECK (char_length(id) > 0),
          ADD CONSTRAINT incidents_offence_check CHECK (char_length(offence) > 0),
          ADD CONSTRAINT incidents_amount_dkk_check CHECK (amount_dkk >= 0),
          ADD CONSTRAINT incidents_offset_check CHECK (occurred_offset_min BETWEEN -1080 AND 1080);
        CREATE INDEX incidents_occurred_at ON cctvplanner.incidents (plan, occurred_at);

        -- incidents are personal data: only analysts read rows; everyone else sees counts through the view below
        ALTER TABLE cctvplanner.incidents ENABLE ROW LEVEL SECURITY;
        CREATE POLICY incidents_analysts ON cctvplanner.incidents
          USING (pg_has_role(current_user, 'cctvplanner_analyst', 'MEMBER'))
          WITH CHECK (pg_has_role(current_user, 'cctvplanner_analyst', 'MEMBER'));
        CREATE VIEW cctvplanner.incident_counts AS
          SELECT plan, offence, count(*) AS incidents FROM cctvplanner.incidents GROUP BY plan, offence;

        -- one audit trail for cameras and zones, written by triggers (so no client can skip or forge it)
        CREATE TABLE cctvplanner.audit (
          seq bigserial PRIMARY KEY, plan text NOT NULL, layer text NOT NULL CHECK (layer IN ('cameras', 'zones')),
          feature_id text NOT NULL, action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
          plan_version integer NOT NULL, changed_by text NOT NULL, db_user text NOT NULL,
          changed_at timestamptz NOT NULL DEFAULT now(), before jsonb, after jsonb);
        CREATE INDEX audit_plan ON cctvplanner.audit (plan, seq);
        INSERT INTO cctvplanner.audit (plan, layer, feature_id, action, plan_version, changed_by, db_user, changed_at, before, after)
          SELECT plan, 'cameras', camera_id, action, plan_version, changed_by, db_user, changed_at, old_row, new_row
          FROM cctvplanner.camera_audit ORDER BY seq;
        DROP TABLE cctvplanner.camera_audit;

        CREATE FUNCTION cctvplanner.audit_json(layer text, r jsonb, g {postgis}.geometry) RETURNS jsonb
          LANGUAGE sql STABLE SET search_path = pg_catalog, {postgis} AS $f$
          SELECT (r - 'plan' - 'seq' - 'geom' - 'revision' - 'updated_by' - 'updated_at') || CASE layer
            WHEN 'cameras' THEN jsonb_build_object('x', ST_X(g), 'y', ST_Y(g))
            ELSE jsonb_build_object('geom', ST_AsGeoJSON(g)::jsonb) END $f$;
        CREATE FUNCTION cctvplanner.audit_row() RETURNS trigger
          LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {postgis} AS $f$
          DECLARE
            before_row jsonb; after_row jsonb; plan_name text; plan_version integer;
          BEGIN
            IF TG_OP <> 'INSERT' THEN
              before_row := cctvplanner.audit_json(TG_TABLE_NAME, to_jsonb(OLD), OLD.geom);
              plan_name := OLD.plan;
            END IF;
            IF TG_OP <> 'DELETE' THEN
              after_row := cctvplanner.audit_json(TG_TABLE_NAME, to_jsonb(NEW), NEW.geom);
              plan_name := NEW.plan;
            END IF;
            IF TG_OP = 'UPDATE' AND before_row = after_row THEN
              RETURN NULL;
            END IF;
            SELECT p.version INTO plan_version FROM cctvplanner.plans p WHERE p.name = plan_name;
            INSERT INTO cctvplanner.audit (plan, layer, feature_id, action, plan_version, changed_by, db_user, before, after)
            VALUES (plan_name, TG_TABLE_NAME, coalesce(after_row ->> 'id', before_row ->> 'id'), lower(TG_OP),
              coalesce(plan_version, 0), coalesce(nullif(current_setting('cctvplanner.changed_by', true), ''), session_user),
              session_user, before_row, after_row);
            RETURN NULL;
          END $f$;
        CREATE TRIGGER cameras_audit AFTER INSERT OR UPDATE OR DELETE ON cctvplanner.cameras
          FOR EACH ROW EXECUTE FUNCTION cctvplanner.audit_row();
        CREATE TRIGGER zones_audit AFTER INSERT OR UPDATE OR DELETE ON cctvplanner.zones
          FOR EACH ROW EXECUTE FUNCTION cctvplanner.audit_row();

        -- reviewers' sign-offs: who signed which version of which plan, when, with what decision
        CREATE TABLE cctvplanner.signoffs (
          id bigserial PRIMARY KEY, plan text NOT NULL REFERENCES cctvplanner.plans(name) ON DELETE CASCADE,
          plan_version integer NOT NULL, reviewer text NOT NULL DEFAULT session_user,
          signed_at timestamptz NOT NULL DEFAULT now(),
          decision text NOT NULL CHECK (decision IN ('approved', 'rejected', 'changes_requested')),
          note text CHECK (char_length(note) <= 4000));

        -- results of 'push --with-results': views per level and findings of the pushed version, next to the cameras
        CREATE TABLE cctvplanner.coverage_views (
          plan text NOT NULL REFERENCES cctvplanner.plans(name) ON DELETE CASCADE, plan_version integer NOT NULL,
          camera_id text NOT NULL, level text NOT NULL CHECK (level IN ('visible', 'detect', 'observe', 'recognise', 'identify')),
          area_m2 double precision NOT NULL CHECK (area_m2 >= 0), target_height_m double precision NOT NULL,
          geom {postgis}.geometry(MultiPolygon, {srid}) NOT NULL, computed_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (plan, camera_id, level));
        CREATE INDEX coverage_views_geom ON cctvplanner.coverage_views USING gist (geom);
        CREATE TABLE cctvplanner.findings (
          plan text NOT NULL REFERENCES cctvplanner.plans(name) ON DELETE CASCADE, plan_version integer NOT NULL,
          seq integer NOT NULL, camera_id text, rule_id text NOT NULL, outcome text NOT NULL,
          severity text NOT NULL CHECK (severity IN ('fail', 'warn', 'info')), assumption boolean NOT NULL,
          message text NOT NULL, citation text NOT NULL, source_url text NOT NULL, pack_id text NOT NULL,
          pack_version text NOT NULL, geom {postgis}.geometry(Geometry, {srid}), computed_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (plan, seq));
        CREATE INDEX findings_geom ON cctvplanner.findings USING gist (geom);
        """;
}
