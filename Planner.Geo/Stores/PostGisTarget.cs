using Npgsql;

namespace Planner.Geo.Stores;

/// <summary>Where a connection string points (for messages): user, host, port and database, never the password.</summary>
internal sealed record PostGisTarget(string User, string Host, int Port, string Database)
{
    public static PostGisTarget From(NpgsqlConnectionStringBuilder b) => new(
        PostGisText.Safe(b.Username ?? Environment.UserName, 63),
        PostGisText.Safe(b.Host ?? "localhost", 120),
        b.Port,
        PostGisText.Safe(b.Database ?? b.Username ?? Environment.UserName, 63));

    public string Server => $"{Host}:{Port}";

    /// <summary>e.g. <c>anna@gis.example.dk:5432/plans</c>.</summary>
    public override string ToString() => $"{User}@{Host}:{Port}/{Database}";
}
