using System.Globalization;
using Planner.Geo.Model;

namespace Planner.Geo.Incidents;

/// <summary>
/// Which incidents to analyse. All criteria use the wall clock of <see cref="Incident.OccurredAt"/> (the time as
/// recorded, with its own offset; a time without an offset was read as Europe/Copenhagen local time, so summer and
/// winter time are already right and a DST day has 23 or 25 hours of incidents): the date for
/// <see cref="From"/>/<see cref="To"/> (both inclusive, whole days), the hour for <see cref="Hours"/>, the weekday for
/// <see cref="Weekdays"/>. Offences compare case-insensitively after trimming. A null criterion lets everything pass.
/// </summary>
public sealed record IncidentFilter
{
    public static IncidentFilter All { get; } = new();

    /// <summary>First day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day included.</summary>
    public DateOnly? To { get; init; }

    public IReadOnlySet<string>? Offences { get; init; }

    public HourWindow? Hours { get; init; }

    public IReadOnlySet<DayOfWeek>? Weekdays { get; init; }

    /// <summary>True when no criterion is set: every incident passes.</summary>
    public bool IsAll => From is null && To is null && Offences is null && Hours is null && Weekdays is null;

    public bool Matches(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var local = incident.OccurredAt.DateTime; // the wall clock as recorded, offset dropped
        var day = DateOnly.FromDateTime(local);
        return (From is null || day >= From)
            && (To is null || day <= To)
            && (Offences is null || Offences.Contains(incident.Offence.Trim()))
            && (Hours is null || Hours.Value.Contains(local.Hour))
            && (Weekdays is null || Weekdays.Contains(local.DayOfWeek));
    }

    /// <summary>The incidents that match, in their input order.</summary>
    public IReadOnlyList<Incident> Apply(IEnumerable<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return incidents.Where(Matches).ToList();
    }

    /// <summary>
    /// A filter from command-line texts (each may be null): dates <c>yyyy-MM-dd</c>; offences comma-separated;
    /// hours <c>20-04</c> (see <see cref="HourWindow.Parse"/>); weekdays comma-separated <c>mon … sun</c> (English
    /// names or three-letter abbreviations, or Danish <c>man tir ons tor fre lør søn</c>). Throws
    /// <see cref="DomainRuleException"/> naming the option on bad text or when from is after to.
    /// </summary>
    public static IncidentFilter Parse(string? from, string? to, string? offences, string? hours, string? weekdays)
    {
        var filter = new IncidentFilter
        {
            From = from is null ? null : ParseDate(from, "from"),
            To = to is null ? null : ParseDate(to, "to"),
            Offences = offences is null ? null : ParseOffences(offences),
            Hours = hours is null ? null : HourWindow.Parse(hours),
            Weekdays = weekdays is null ? null : ParseWeekdays(weekdays),
        };
        Guard.That(filter.From is null || filter.To is null || filter.From <= filter.To, "from", $"from ({filter.From:yyyy-MM-dd}) must not be after to ({filter.To:yyyy-MM-dd})");
        return filter;
    }

    /// <summary>A short human description, e.g. "2024-01-01..2024-06-30, offence in {theft}, hours 20-04, weekdays fri,sat".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (From is not null || To is not null)
        {
            parts.Add($"{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}..{To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}");
        }

        if (Offences is not null)
        {
            parts.Add("offence in {" + string.Join(",", Offences.Order(StringComparer.Ordinal)) + "}");
        }

        if (Hours is not null)
        {
            parts.Add($"hours {Hours}");
        }

        if (Weekdays is not null)
        {
            parts.Add("weekdays " + string.Join(",", Weekdays.Order().Select(d => d.ToString()[..3].ToLowerInvariant())));
        }

        return parts.Count == 0 ? "all" : string.Join(", ", parts);
    }

    private static DateOnly ParseDate(string text, string field) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? PlausibleRanges.Date(d, field)
            : throw new DomainRuleException(field, $"{field} must be a date yyyy-MM-dd; got \"{text}\"");

    private static HashSet<string> ParseOffences(string text)
    {
        var set = new HashSet<string>(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        Guard.That(set.Count > 0, "offence", "offence must list at least one offence (comma-separated)");
        return set;
    }

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday, ["man"] = DayOfWeek.Monday, ["mandag"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday, ["tir"] = DayOfWeek.Tuesday, ["tirsdag"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday, ["ons"] = DayOfWeek.Wednesday, ["onsdag"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday, ["tor"] = DayOfWeek.Thursday, ["torsdag"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday, ["fre"] = DayOfWeek.Friday, ["fredag"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday, ["lør"] = DayOfWeek.Saturday, ["lørdag"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday, ["søn"] = DayOfWeek.Sunday, ["søndag"] = DayOfWeek.Sunday,
    };

    private static HashSet<DayOfWeek> ParseWeekdays(string text)
    {
        var set = new HashSet<DayOfWeek>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DayNames.TryGetValue(name, out var day))
            {
                throw new DomainRuleException("weekdays", $"weekdays must be a comma-separated list of mon,tue,wed,thu,fri,sat,sun; got \"{name}\"");
            }

            set.Add(day);
        }

        Guard.That(set.Count > 0, "weekdays", "weekdays must list at least one day (mon … sun)");
        return set;
    }
}
