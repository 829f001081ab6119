namespace Planner.Geo.Stores;

/// <summary>
/// Schema version 3: the legal attributes of cameras (permit issuer, controller and CVR, council decision, purpose
/// category, deletion exceptions), the business type and source of zones, and the optional <c>streets</c> layer
/// (named centre lines, typed MultiLineString in the working CRS). Only nullable columns are added, so rows of
/// version 2 stay as they were.
/// </summary>
internal static class PostGisMigration3
{
    public const string Sql = """
        ALTER TABLE cctvplanner.cameras
          ADD COLUMN permit_issuer text,
          ADD COLUMN controller_name text,
          ADD COLUMN controller_cvr text,
          ADD COLUMN council_decision_ref text,
          ADD COLUMN council_decision_date date,
          ADD COLUMN purpose_category text,
          ADD COLUMN deletion_exceptions text,
          ADD CONSTRAINT cameras_purpose_category_check CHECK (purpose_category IN ('tryghed', 'crime_prevention', 'security', 'evidence', 'traffic', 'other'));
        ALTER TABLE cctvplanner.zones
          ADD COLUMN business_type text,
          ADD COLUMN source text,
          ADD CONSTRAINT zones_business_type_check CHECK (business_type IN ('bank', 'casino', 'hotel', 'restaurant', 'wholesaler', 'shopping_centre', 'shop', 'other'));

        CREATE TABLE cctvplanner.streets (
          plan text NOT NULL REFERENCES cctvplanner.plans(name) ON DELETE CASCADE, id text NOT NULL CHECK (char_length(id) > 0),
          seq integer NOT NULL, geom {postgis}.geometry(MultiLineString, {srid}) NOT NULL, name text, highway text, source text,
          PRIMARY KEY (plan, id));
        CREATE INDEX streets_geom ON cctvplanner.streets USING gist (geom);
        """;
}
