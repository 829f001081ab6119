using Npgsql;
using NpgsqlTypes;
using Planner.Geo.Formats;

namespace Planner.Geo.Stores;

/// <summary>
/// The current row of a <c>cctvplanner.cameras</c> query as an <see cref="IFieldSource"/>, so the attribute table reads
/// it as it reads files. Columns are typed, so only the model's rules and choice lists can fail; the message names
/// the table, plan and camera.
/// </summary>
internal sealed class PostGisCameraRow(string plan, NpgsqlDataReader reader) : IFieldSource
{
    /// <summary>The PostgreSQL column type of an attribute (schema versions 1–5).</summary>
    public static NpgsqlDbType ColumnType(CameraAttribute attribute) => attribute.Type switch
    {
        AttributeType.Real => NpgsqlDbType.Double,
        AttributeType.Integer => NpgsqlDbType.Integer,
        AttributeType.Boolean => NpgsqlDbType.Boolean,
        AttributeType.Date => NpgsqlDbType.Date,
        _ => NpgsqlDbType.Text,
    };

    public string? Text(string field) => Get(field, reader.GetString);

    public double? Number(string field) => Get(field, reader.GetDouble);

    public int? Integer(string field) => Get(field, reader.GetInt32);

    public bool? Bool(string field) => Get(field, reader.GetBoolean);

    public DateOnly? Date(string field) => Get(field, reader.GetFieldValue<DateOnly>);

    public InputException Error(string field, string expected) =>
        new("cctvplanner.cameras", $"plan \"{PostGisText.Safe(plan)}\" camera \"{PostGisText.Safe(reader.GetString(reader.GetOrdinal("id")))}\"", field, expected);

    public InputException Refused(DomainRuleException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return Error(ex.Field, ex.Message);
    }

    private string? Get(string field, Func<int, string> read)
    {
        var i = reader.GetOrdinal(field);
        return reader.IsDBNull(i) ? null : read(i);
    }

    private T? Get<T>(string field, Func<int, T> read) where T : struct
    {
        var i = reader.GetOrdinal(field);
        return reader.IsDBNull(i) ? null : read(i);
    }
}
