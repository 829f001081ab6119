using Npgsql;
using Planner.Geo.Stores;

namespace Planner.Tests.Stores;

/// <summary>
/// The throwaway PostgreSQL/PostGIS cluster of test.sh (PLANNER_TEST_PG: a superuser connection string). Each test
/// gets its own database (so db init, roles and grants are tested from scratch) and its own ordinary logins.
/// </summary>
internal static class PostGisTestServer
{
    private static readonly SemaphoreSlim InitGate = new(1, 1);

    public static string Admin => Environment.GetEnvironmentVariable("PLANNER_TEST_PG")!;

    /// <summary>A unique lower-case name with <paramref name="prefix"/>.</summary>
    public static string Unique(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Creates an empty database (no PostGIS yet); returns the superuser's connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = Unique("planner_t");
        await ExecAsync(Admin, $"CREATE DATABASE {name}");
        return With(Admin, database: name);
    }

    /// <summary>A database set up by <c>db init</c> as the superuser (the administrator), with working CRS <paramref name="srid"/>.</summary>
    public static async Task<string> CreateInitialisedDatabaseAsync(int srid = 25832)
    {
        var admin = await CreateDatabaseAsync();
        await InitAsync(admin, srid);
        return admin;
    }

    public static async Task<PostGisInitResult> InitAsync(string connection, int srid = 25832)
    {
        // Roles are cluster-wide; inits of different test databases must not race on creating them.
        await InitGate.WaitAsync();
        try
        {
            using var db = PostGisDatabase.Open(connection);
            return await PostGisAdmin.InitAsync(db, srid);
        }
        finally
        {
            InitGate.Release();
        }
    }

    /// <summary>Creates an ordinary login (no superuser, no CREATEROLE) with the given roles.</summary>
    public static async Task<string> CreateLoginAsync(string prefix, params PostGisRole[] roles)
    {
        var user = Unique(prefix);
        await ExecAsync(Admin, $"CREATE ROLE {user} LOGIN");
        using var db = PostGisDatabase.Open(Admin);
        foreach (var role in roles)
        {
            await PostGisAdmin.GrantAsync(db, user, role);
        }

        return user;
    }

    /// <summary><paramref name="connection"/> with another user and/or database.</summary>
    public static string With(string connection, string? user = null, string? database = null)
    {
        var b = new NpgsqlConnectionStringBuilder(connection);
        if (user is not null)
        {
            b.Username = user;
            b.Password = null;
        }

        if (database is not null)
        {
            b.Database = database;
        }

        return b.ConnectionString;
    }

    public static async Task ExecAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The SQLSTATE a statement fails with as <paramref name="connection"/>'s user, or null when it succeeds.</summary>
    public static async Task<string?> SqlStateAsync(string connection, string sql)
    {
        try
        {
            await ExecAsync(connection, sql);
            return null;
        }
        catch (PostgresException ex)
        {
            return ex.SqlState;
        }
    }
}

/// <summary>A fact that needs the PostGIS test server (PLANNER_TEST_PG); skipped with the reason otherwise.</summary>
public sealed class PostGisFactAttribute : FactAttribute
{
    public PostGisFactAttribute(string? tool = null)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PLANNER_TEST_PG")))
        {
            Skip = "no PostGIS server: set PLANNER_TEST_PG to a superuser connection string (./test.sh starts a throwaway cluster when PostgreSQL and PostGIS are installed)";
        }
        else if (tool is not null && Planner.Tests.Cli.Tool.Find(tool) is null)
        {
            Skip = $"{tool} is not installed (Debian: ./test.sh as root installs gdal-bin)";
        }
    }

    /// <summary>An environment variable the test needs besides PLANNER_TEST_PG (skipped with its name when absent).</summary>
    public string? RequiresEnvironment
    {
        get => requiresEnvironment;
        set
        {
            requiresEnvironment = value;
            if (Skip is null && value is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(value)))
            {
                Skip = $"{value} is not set (./test.sh sets it for its throwaway cluster)";
            }
        }
    }

    private string? requiresEnvironment;
}
