using System.CommandLine;
using System.Globalization;
using Planner.Geo;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Desktop.Cli;

/// <summary>The incident filter options shared by <c>hotspots</c>, <c>stats</c> and <c>optimise</c>: --from, --to, --offence, --hours, --weekdays.</summary>
internal sealed class IncidentFilterOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "First day included, yyyy-MM-dd (the incident's local date)." };

    public Option<string?> To { get; } = new("--to") { Description = "Last day included, yyyy-MM-dd." };

    public Option<string?> Offence { get; } = new("--offence") { Description = "Offences to keep, comma-separated (case-insensitive)." };

    public Option<string?> Hours { get; } = new("--hours") { Description = "Hours START-END, end exclusive, may wrap midnight: 20-04 = 20:00 up to 04:00." };

    public Option<string?> Weekdays { get; } = new("--weekdays") { Description = "Weekdays to keep, e.g. fri,sat (mon … sun)." };

    public IncidentFilterOptions AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var o in new[] { From, To, Offence, Hours, Weekdays })
        {
            command.Options.Add(o);
        }

        return this;
    }

    public IncidentFilter Parse(ParseResult pr)
    {
        ArgumentNullException.ThrowIfNull(pr);
        try
        {
            return IncidentFilter.Parse(pr.GetValue(From), pr.GetValue(To), pr.GetValue(Offence), pr.GetValue(Hours), pr.GetValue(Weekdays));
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("command line", null, "--" + ex.Field, ex.Message);
        }
    }

    /// <summary>The incidents the selection uses; bad input (exit 2) naming <paramref name="source"/> when there are none.</summary>
    public static IReadOnlyList<Incident> UsedOrThrow(IncidentSelection selection, string source)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Read == 0)
        {
            throw new InputException(source, null, "incidents", "expected at least one incident; the input has none");
        }

        return selection.Used.Count > 0
            ? selection.Used
            : throw new InputException(source, null, "incidents", $"no incidents left after filtering ({selection.Filter}); {selection.Read} before");
    }

    /// <summary>The run's grid; bad input (exit 2) as <see cref="UsedOrThrow"/> when no incident was left to grid.</summary>
    public static HotspotResult GridOrThrow(HotspotRun run, string source)
    {
        ArgumentNullException.ThrowIfNull(run);
        UsedOrThrow(run.Incidents, source);
        return run.Grid!;
    }
}
