using System.CommandLine;
using System.Globalization;
using System.Text;
using Planner.Desktop.App;
using Planner.Geo.Model;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner</c> without a verb: the app (map workspace) on the bundled sample, served on 127.0.0.1 and opened in a
/// window; <c>--port</c> and <c>--no-browser</c> as for <c>open</c>. Also the plan summaries the verbs print.
/// </summary>
internal sealed class AppVerb : IVerb
{
    public const string RootName = "(app)";

    public Command Build()
    {
        var command = new Command(RootName, "Start the app on the bundled sample.");
        var port = AppOptions.Port();
        var noBrowser = AppOptions.NoBrowser();
        command.Options.Add(port);
        command.Options.Add(noBrowser);
        command.SetAction(parse => CliRunner.Run("app", () =>
            AppRunner.Run(new AppLaunch(null, parse.GetValue(port), !parse.GetValue(noBrowser)))));
        return command;
    }

    /// <summary>A readable multi-line summary of a plan; synthetic plans say so first.</summary>
    internal static string Summary(Plan plan)
    {
        var m = plan.Metadata;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"CctvPlanner — {m.Name}");
        if (m.Synthetic)
        {
            sb.AppendLine("SYNTHETIC DATA — not a real place; for trying the tool only.");
        }

        if (m.Municipality is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Municipality: {m.Municipality}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"Working CRS:  EPSG:{plan.Epsg}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Cameras:      {plan.Cameras.Count,5}  {Counts(plan.Cameras.Select(c => c.Operator?.ToContractName() ?? "operator unknown"))}");
        var heights = plan.Buildings.Where(b => b.HeightM is not null).Select(b => b.HeightM!.Value).ToList();
        var heightText = heights.Count == 0 ? "" : $"  heights {heights.Min():0.#}–{heights.Max():0.#} m";
        sb.AppendLine(CultureInfo.InvariantCulture, $"Buildings:    {plan.Buildings.Count,5}{heightText}{(heights.Count < plan.Buildings.Count ? $", {plan.Buildings.Count - heights.Count} without height" : "")}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Zones:        {plan.Zones.Count,5}  {Counts(plan.Zones.Select(z => z.Kind.ToContractName()))}");
        var range = plan.Incidents.Count == 0
            ? ""
            : $"  {plan.Incidents.Min(i => i.OccurredAt):yyyy-MM-dd} – {plan.Incidents.Max(i => i.OccurredAt):yyyy-MM-dd}";
        sb.AppendLine(CultureInfo.InvariantCulture, $"Incidents:    {plan.Incidents.Count,5}{range}  {Counts(plan.Incidents.Select(i => i.Offence))}");
        if (m.Source is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Source:       {m.Source}");
        }

        return sb.ToString();
    }

    /// <summary>One line: layer counts, CRS and a synthetic label.</summary>
    internal static string OneLine(Plan plan) => string.Create(CultureInfo.InvariantCulture,
        $"\"{plan.Metadata.Name}\", EPSG:{plan.Epsg}, {plan.Cameras.Count} cameras, {plan.Buildings.Count} buildings, {plan.Zones.Count} zones, {plan.Incidents.Count} incidents{(plan.Metadata.Synthetic ? " (synthetic data)" : "")}");

    private static string Counts(IEnumerable<string> values)
    {
        var groups = values.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count().ToString(CultureInfo.InvariantCulture)}")
            .ToList();
        return groups.Count == 0 ? "" : "(" + string.Join(", ", groups) + ")";
    }
}
