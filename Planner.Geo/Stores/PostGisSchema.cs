namespace Planner.Geo.Stores;

/// <summary>
/// Tables of shared plans in PostgreSQL/PostGIS (schema <c>cctvplanner</c>): one row per plan with its
/// <c>version</c> (optimistic concurrency), the four layers keyed by (plan, id) with the GeoPackage's columns, and
/// <c>camera_audit</c>, the trail of who inserted, changed or deleted which camera in which version.
/// Geometries carry the plan's SRID.
/// </summary>
internal static class PostGisSchema
{
    public const string Create = """
        CREATE EXTENSION IF NOT EXISTS postgis;
        CREATE SCHEMA IF NOT EXISTS cctvplanner;
        CREATE TABLE IF NOT EXISTS cctvplanner.plans (
          name text PRIMARY KEY, version integer NOT NULL, epsg integer NOT NULL, municipality text, author text,
          created_at text, synthetic boolean NOT NULL, source text,
          updated_at timestamptz NOT NULL DEFAULT now(), updated_by text NOT NULL);
        CREATE TABLE IF NOT EXISTS cctvplanner.cameras (
          plan text NOT NULL REFERENCES cctvplanner.plans(name) ON DELETE CASCADE, id text NOT NULL, seq integer NOT NULL,
          geom geometry(Point) NOT NULL, heading_deg double precision, hfov_deg double precision NOT NULL,
          vfov_deg double precision NOT NULL, range_m double precision NOT NULL, height_m double precision NOT NULL,
          tilt_deg double precision NOT NULL, resolution_px integer NOT NULL, ptz boolean NOT NULL, model text,
          operator text, operator_id text, recording boolean, retention_days integer, purpose text, permit text,
          permit_expires date, police_consulted boolean, surveillance_zone text, PRIMARY KEY (plan, id));
        CREATE TABLE IF NOT EXISTS cctvplanner.buildings (
          plan text NOT NULL REFERENCES cctvplanner.plans(name) ON DELETE CASCADE, id text NOT NULL, seq integer NOT NULL,
          geom geometry(MultiPolygon) NOT NULL, height_m double precision, PRIMARY KEY (plan, id));
        CREATE TABLE IF NOT EXISTS cctvplanner.zones (
          plan text NOT NULL REFERENCES cctvplanner.plans(name) ON DELETE CASCADE, id text NOT NULL, seq integer NOT NULL,
          geom geometry(MultiPolygon) NOT NULL, kind text NOT NULL, operator_id text, name text, PRIMARY KEY (plan, id));
        CREATE TABLE IF NOT EXISTS cctvplanner.incidents (
          plan text NOT NULL REFERENCES cctvplanner.plans(name) ON DELETE CASCADE, id text NOT NULL, seq integer NOT NULL,
          geom geometry(Point) NOT NULL, occurred_at text NOT NULL, offence text NOT NULL, amount_dkk numeric,
          reported boolean, PRIMARY KEY (plan, id));
        CREATE INDEX IF NOT EXISTS cameras_geom ON cctvplanner.cameras USING gist (geom);
        CREATE INDEX IF NOT EXISTS buildings_geom ON cctvplanner.buildings USING gist (geom);
        CREATE INDEX IF NOT EXISTS zones_geom ON cctvplanner.zones USING gist (geom);
        CREATE INDEX IF NOT EXISTS incidents_geom ON cctvplanner.incidents USING gist (geom);
        CREATE TABLE IF NOT EXISTS cctvplanner.camera_audit (
          seq bigserial PRIMARY KEY, plan text NOT NULL, plan_version integer NOT NULL, camera_id text NOT NULL,
          action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')), changed_by text NOT NULL,
          db_user text NOT NULL DEFAULT current_user, changed_at timestamptz NOT NULL DEFAULT now(), old_row jsonb, new_row jsonb);
        ALTER TABLE cctvplanner.cameras ADD COLUMN IF NOT EXISTS permit_issuer text, ADD COLUMN IF NOT EXISTS controller_name text,
          ADD COLUMN IF NOT EXISTS controller_cvr text, ADD COLUMN IF NOT EXISTS controller_contact text,
          ADD COLUMN IF NOT EXISTS council_decision_ref text, ADD COLUMN IF NOT EXISTS council_decision_date date,
          ADD COLUMN IF NOT EXISTS purpose_category text, ADD COLUMN IF NOT EXISTS deletion_exceptions text;
        ALTER TABLE cctvplanner.zones ADD COLUMN IF NOT EXISTS business_type text;
        """;
}
