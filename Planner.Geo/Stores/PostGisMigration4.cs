namespace Planner.Geo.Stores;

/// <summary>
/// Schema version 4: the readers' plausible ranges (<see cref="PlausibleRanges"/>) as CHECK constraints too, so a
/// value no reader accepts cannot reach the database through QGIS or SQL either: camera range ≤ 5 000 m, heights
/// ≤ 1 000 m, resolution ≤ 100 000 px, retention ≤ 36 500 days, amounts ≤ 10¹² kr., dates and local incident times
/// from 1900-01-01 to 2199-12-31. A row of an older version outside them makes the migration fail and change nothing.
/// </summary>
internal static class PostGisMigration4
{
    public const string Sql = """
        ALTER TABLE cctvplanner.cameras
          ADD CONSTRAINT cameras_range_m_plausible CHECK (range_m <= 5000),
          ADD CONSTRAINT cameras_height_m_plausible CHECK (height_m <= 1000),
          ADD CONSTRAINT cameras_resolution_px_plausible CHECK (resolution_px <= 100000),
          ADD CONSTRAINT cameras_retention_days_plausible CHECK (retention_days <= 36500),
          ADD CONSTRAINT cameras_permit_expires_plausible CHECK (permit_expires BETWEEN DATE '1900-01-01' AND DATE '2199-12-31'),
          ADD CONSTRAINT cameras_council_decision_date_plausible CHECK (council_decision_date BETWEEN DATE '1900-01-01' AND DATE '2199-12-31');
        ALTER TABLE cctvplanner.buildings
          ADD CONSTRAINT buildings_height_m_plausible CHECK (height_m <= 1000);
        ALTER TABLE cctvplanner.incidents
          ADD CONSTRAINT incidents_amount_dkk_plausible CHECK (amount_dkk <= 1000000000000),
          ADD CONSTRAINT incidents_occurred_at_plausible CHECK (
            (occurred_at AT TIME ZONE 'UTC') + make_interval(mins => occurred_offset_min) >= TIMESTAMP '1900-01-01'
            AND (occurred_at AT TIME ZONE 'UTC') + make_interval(mins => occurred_offset_min) < TIMESTAMP '2200-01-01');
        """;
}
