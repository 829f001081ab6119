using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Planner.Geo.Stores;

/// <summary>
/// Turns what PostgreSQL or the network says into one line a municipal user can act on (an <see cref="InputException"/>:
/// exit 2 on the command line): which grant or role is missing and whom to ask, the SQL a superuser must run, the host
/// that cannot be reached, the login that failed. Nothing from the server is echoed unescaped.
/// </summary>
internal static partial class PostGisErrors
{
    public const string GrantHint = "ask the database administrator to run: planner db grant --user {0} --role {1}";

    public static InputException Translate(Exception ex, PostGisTarget target, string action) => ex switch
    {
        InputException input => input,
        PostgresException pg => FromServer(pg, target, action),
        NpgsqlException { InnerException: SocketException s } => Unreachable(target, s.Message),
        NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
            new InputException(target.ToString(), null, null, $"the database server at {target.Server} did not answer in time during {action}; check Host and Port, or try again"),
        NpgsqlException { InnerException: IOException or EndOfStreamException } or NpgsqlException =>
            new InputException(target.ToString(), null, null, $"lost the connection to the database server at {target.Server} during {action} ({PostGisText.Safe(ex.Message, 100)}); the server keeps either the state before or the state after it, never a mix: look (pull) before trying again"),
        _ => new InputException(target.ToString(), null, null, $"{action} failed: {PostGisText.Safe(ex.Message)}"),
    };

    private static InputException Unreachable(PostGisTarget target, string why) =>
        new(target.ToString(), null, null, $"cannot reach the database server at {target.Server} ({PostGisText.Safe(why, 80)}); check Host and Port in the connection string and that the server accepts TCP connections");

    private static InputException FromServer(PostgresException pg, PostGisTarget target, string action)
    {
        var where = target.ToString();
        var text = PostGisText.Safe(pg.MessageText, 160);
        string message = pg.SqlState switch
        {
            PostgresErrorCodes.InvalidPassword =>
                $"authentication failed for database user \"{target.User}\": check Username and Password in the connection string",
            PostgresErrorCodes.InvalidAuthorizationSpecification =>
                $"the server at {target.Server} does not let user \"{target.User}\" connect to database \"{target.Database}\" ({text}); ask the database administrator (pg_hba.conf)",
            PostgresErrorCodes.InvalidCatalogName =>
                $"database \"{target.Database}\" does not exist on {target.Server}; check Database in the connection string",
            PostgresErrorCodes.InsufficientPrivilege => Permission(pg, target),
            PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName when text.Contains("cctvplanner", StringComparison.Ordinal) =>
                "the database has no CctvPlanner schema; an administrator must set it up once: planner db init --db \"…\"",
            PostgresErrorCodes.UndefinedFile or PostgresErrorCodes.FeatureNotSupported when text.Contains("extension", StringComparison.Ordinal) =>
                $"PostGIS is not installed on the server at {target.Server} ({text}); the server's administrator must install it (Debian: apt install postgresql-15-postgis-3)",
            PostgresErrorCodes.CheckViolation =>
                $"the database refused a value during {action}: constraint {PostGisText.Safe(pg.ConstraintName, 60)} on table {PostGisText.Safe(pg.TableName, 60)} ({text})",
            PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
                $"the database cannot store a character in the data of {action} ({text}); remove NUL bytes and other control characters",
            PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable =>
                $"{action} collided with another user's change and was rolled back; nothing was changed, try again",
            PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow =>
                $"the database server at {target.Server} is shutting down or starting up ({text}); {action} was rolled back, try again in a moment",
            PostgresErrorCodes.DiskFull or PostgresErrorCodes.OutOfMemory =>
                $"the database server at {target.Server} is out of space or memory ({text}); {action} was rolled back; tell the administrator",
            PostgresErrorCodes.QueryCanceled => $"{action} was cancelled",
            PostgresErrorCodes.TooManyConnections =>
                $"the database server at {target.Server} has no free connections ({text}); try again later or ask the administrator",
            _ => $"{action} failed: {text} (SQLSTATE {pg.SqlState})",
        };
        return new InputException(where, null, null, message);
    }

    /// <summary>Names the missing privilege and the role that grants it.</summary>
    private static string Permission(PostgresException pg, PostGisTarget target)
    {
        var text = PostGisText.Safe(pg.MessageText, 160);
        if (text.Contains("create extension", StringComparison.Ordinal))
        {
            return "the PostGIS extension is missing and only a superuser may create it: ask one to run  CREATE EXTENSION IF NOT EXISTS postgis;  in database \"" + target.Database + "\", then run planner db init again";
        }

        if (text.StartsWith("must be owner", StringComparison.Ordinal) || text.Contains("must be member of role", StringComparison.Ordinal))
        {
            return $"{text}: this needs the owner role cctvplanner_owner; run it as the administrator who ran planner db init";
        }

        if (text.Contains("permission denied to create role", StringComparison.Ordinal) || text.Contains("CREATEROLE", StringComparison.Ordinal))
        {
            return $"{text}: planner db init and db grant need a superuser or a user with CREATEROLE";
        }

        var match = ObjectName().Match(text);
        var table = match.Success ? match.Groups["name"].Value : "";
        var role = table switch
        {
            "incidents" => "analyst",
            "signoffs" or "signoffs_id_seq" => "reviewer",
            "coverage_views" or "findings" => "planner (or analyst)",
            "cctvplanner" or "" => "planner (or analyst, or reviewer)",
            _ => "planner",
        };
        var why = table switch
        {
            "incidents" => "incident rows are personal data only analysts may read or change; others see counts in cctvplanner.incident_counts",
            "signoffs" or "signoffs_id_seq" => "only reviewers record sign-offs",
            "cctvplanner" or "" => "every CctvPlanner user needs one of its roles",
            _ => $"changing {table} needs the planner role",
        };
        return $"{text} (database user \"{target.User}\"): {why}; " + string.Format(System.Globalization.CultureInfo.InvariantCulture, GrantHint, target.User, role.Split(' ')[0]);
    }

    [GeneratedRegex(@"permission denied for (?:table|schema|sequence|view|relation|function) (?<name>[A-Za-z0-9_]+)")]
    private static partial Regex ObjectName();
}
