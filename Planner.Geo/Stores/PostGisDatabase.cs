using Npgsql;

namespace Planner.Geo.Stores;

/// <summary>
/// One shared-plan database: a long-lived pooled <see cref="NpgsqlDataSource"/> (with NetTopologySuite geometry
/// mapping) that every store, administration command and edit of this process uses. Every database error leaves here
/// as an <see cref="InputException"/> with one line that says what to do (see <see cref="PostGisErrors"/>).
/// </summary>
public sealed class PostGisDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource source;

    private PostGisDatabase(NpgsqlDataSource source, PostGisTarget target)
    {
        this.source = source;
        Target = target;
    }

    /// <summary>e.g. <c>anna@gis.example.dk:5432/plans</c> (never the password).</summary>
    public string Description => Target.ToString();

    /// <summary>The database login of this connection string.</summary>
    public string User => Target.User;

    internal PostGisTarget Target { get; }

    /// <summary>Opens the data source for <paramref name="connectionString"/> (no connection yet); a malformed string throws <see cref="InputException"/>.</summary>
    public static PostGisDatabase Open(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InputException("database", null, "connection", "expected a connection string like \"Host=…;Database=…;Username=…\"");
        }

        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(connectionString);
            if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.ApplicationName))
            {
                builder.ConnectionStringBuilder.ApplicationName = "cctvplanner";
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            throw new InputException("database", null, "connection", $"expected a connection string like \"Host=…;Database=…;Username=…\": {PostGisText.Safe(ex.Message)}");
        }

        builder.UseNetTopologySuite();
        return new PostGisDatabase(builder.Build(), PostGisTarget.From(builder.ConnectionStringBuilder));
    }

    /// <summary>The shared plan <paramref name="name"/> as a plan store; <paramref name="changedBy"/> labels audit rows (default: the database login).</summary>
    public PostGisPlanStore Plan(string name, string? changedBy = null) => new(this, name, changedBy);

    /// <summary>
    /// Runs <paramref name="body"/> on a pooled connection; any database or network failure becomes an
    /// <see cref="InputException"/> describing <paramref name="action"/>. Cancellation passes through.
    /// </summary>
    internal async Task<T> RunAsync<T>(string action, Func<NpgsqlConnection, Task<T>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await body(db).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException { InnerException: NpgsqlException })
        {
            throw PostGisErrors.Translate(ex.InnerException is NpgsqlException inner && ex is InvalidOperationException ? inner : ex, Target, action);
        }
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();

    public void Dispose() => source.Dispose();
}
