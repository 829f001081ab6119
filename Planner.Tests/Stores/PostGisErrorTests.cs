using Npgsql;
using Planner.Geo;
using Planner.Geo.Stores;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Stores;

/// <summary>What the server says becomes one line that says what to do; never a stack trace, never control characters.</summary>
public sealed class PostGisErrorTests
{
    private static readonly PostGisTarget Target = new("bo", "gis.example.dk", 5432, "plans");

    [Theory]
    [InlineData("PasswordWrong", "28P01", "password authentication failed for user \"bo\"", "authentication failed for database user \"bo\": check Username and Password")]
    [InlineData("NoHbaEntry", "28000", "no pg_hba.conf entry", "does not let user \"bo\" connect to database \"plans\"")]
    [InlineData("NoDatabase", "3D000", "database \"plans\" does not exist", "database \"plans\" does not exist on gis.example.dk:5432")]
    [InlineData("IncidentsDenied", "42501", "permission denied for table incidents", "incident rows are personal data only analysts may read or change; others see counts in cctvplanner.incident_counts; ask the database administrator to run: planner db grant --user bo --role analyst")]
    [InlineData("CamerasDenied", "42501", "permission denied for table cameras", "changing cameras needs the planner role; ask the database administrator to run: planner db grant --user bo --role planner")]
    [InlineData("SchemaDenied", "42501", "permission denied for schema cctvplanner", "every CctvPlanner user needs one of its roles")]
    [InlineData("NotOwner", "42501", "must be owner of table cameras", "must be owner of table cameras: this needs the owner role cctvplanner_owner")]
    [InlineData("Extension", "42501", "permission denied to create extension \"postgis\"", "ask one to run  CREATE EXTENSION IF NOT EXISTS postgis;  in database \"plans\"")]
    [InlineData("NoPostGisOnServer", "58P01", "could not open extension control file \"/usr/share/postgresql/15/extension/postgis.control\"", "PostGIS is not installed on the server at gis.example.dk:5432")]
    [InlineData("Deadlock", "40P01", "deadlock detected", "collided with another user's change and was rolled back; nothing was changed, try again")]
    [InlineData("Shutdown", "57P01", "terminating connection due to administrator command", "is shutting down or starting up")]
    [InlineData("DiskFull", "53100", "could not extend file", "out of space or memory")]
    [InlineData("EscapeInMessage", "XX000", "bad \u001b[2J\nthing", "push failed: bad \\u001b[2J\\u000athing (SQLSTATE XX000)")]
    public void Translate_ServerError_OneLineSayingWhatToDo(string row, string sqlState, string serverText, string expected)
    {
        Assert.NotEmpty(row);
        var ex = PostGisErrors.Translate(new PostgresException(serverText, "ERROR", "ERROR", sqlState), Target, "push");

        Assert.StartsWith("bo@gis.example.dk:5432/plans: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ex.Message, char.IsControl);
    }

    [PostGisFact(RequiresEnvironment = "PLANNER_TEST_PG_PWUSER")]
    public async Task PullAsync_WrongPassword_AuthenticationFailedLine()
    {
        var user = Environment.GetEnvironmentVariable("PLANNER_TEST_PG_PWUSER")!;
        await ExecAsync(Admin, $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{user}') THEN CREATE ROLE {user} LOGIN PASSWORD 'right'; END IF; END $$");
        using var db = PostGisDatabase.Open(With(Admin, user) + ";Password=wrong");

        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").PullAsync());

        Assert.EndsWith($"authentication failed for database user \"{user}\": check Username and Password in the connection string", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task PullAsync_NoSuchDatabase_NamesIt()
    {
        using var db = PostGisDatabase.Open(With(Admin, database: "no_such_db_here"));
        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").PullAsync());
        Assert.Contains("database \"no_such_db_here\" does not exist on 127.0.0.1:", ex.Message, StringComparison.Ordinal);
    }
}
