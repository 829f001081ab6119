using System.CommandLine;
using System.Globalization;
using Planner.Geo;
using Planner.Geo.Hotspots;

namespace Planner.Desktop.Cli;

/// <summary>
/// The hotspot grid options, <c>--cell M</c>, <c>--bandwidth M</c> and, where the verb offers them, <c>--band M</c> and
/// <c>--kernel quartic|gaussian</c> (hotspots, stats, report, optimise's hot-cell and KDE demand): one definition, one
/// help text built from the verb's defaults, one error line per option (<c>command line: --cell: cell must be &gt; 0</c>,
/// exit 2). All lengths in metres of the working CRS.
/// </summary>
internal sealed class HotspotGridOptions
{
    /// <param name="cellM">Default cell size; null = the option is required.</param>
    /// <param name="bandwidthM">Default kernel radius; null = the option is required.</param>
    /// <param name="band">Offer <c>--band</c> (else the Gi* band is the bandwidth).</param>
    /// <param name="kernel">Offer <c>--kernel</c> (else quartic).</param>
    /// <param name="usedFor">What the grid is for in this verb, starting the help texts ("Hot cells and KDE"); null for none.</param>
    public HotspotGridOptions(double? cellM, double? bandwidthM, bool band, bool kernel, string? usedFor = null)
    {
        var prefix = usedFor is null ? "" : usedFor + ": ";
        Cell = Metres("--cell", cellM, Capitalise(prefix, "cell size in metres"), "cells aligned to multiples of it");
        Bandwidth = Metres("--bandwidth", bandwidthM, Capitalise(prefix,
            "kernel radius r in metres" + (band ? "" : ", also the Gi* band")), kernel ? "σ for --kernel gaussian" : null);
        Band = band ? new Option<double?>("--band") { Description = "Gi* distance band in metres (cells whose centres are at most this far; default: the bandwidth)." } : null;
        Kernel = kernel ? new Option<string>("--kernel") { Description = "quartic (default) or gaussian.", DefaultValueFactory = _ => "quartic" } : null;
    }

    public Option<double> Cell { get; }

    public Option<double> Bandwidth { get; }

    public Option<double?>? Band { get; }

    public Option<string>? Kernel { get; }

    /// <summary>Adds <c>--cell</c>, <c>--bandwidth</c> and <c>--band</c> (where offered); <c>--kernel</c> is added by <see cref="AddKernelTo"/>.</summary>
    public HotspotGridOptions AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Cell);
        command.Options.Add(Bandwidth);
        if (Band is not null)
        {
            command.Options.Add(Band);
        }

        return this;
    }

    /// <summary>Adds <c>--kernel</c> where offered (a separate step so that the help keeps it after the incident filters).</summary>
    public HotspotGridOptions AddKernelTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Kernel is not null)
        {
            command.Options.Add(Kernel);
        }

        return this;
    }

    /// <summary>The grid options given, or bad input (exit 2) naming the option and the rule it breaks.</summary>
    public HotspotOptions Parse(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var kernel = Kernel is null ? null : parse.GetValue(Kernel);
        var k = kernel?.Trim().ToLowerInvariant() switch
        {
            null or "" or "quartic" => KdeKernel.Quartic,
            "gaussian" => KdeKernel.Gaussian,
            _ => throw new InputException("command line", null, "--kernel", $"expected quartic or gaussian, got \"{kernel}\""),
        };
        try
        {
            return new HotspotOptions(parse.GetValue(Cell), parse.GetValue(Bandwidth), Band is null ? null : parse.GetValue(Band)) { Kernel = k };
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("command line", null, "--" + ex.Field, ex.Message);
        }
    }

    /// <summary>A length option; its help is <paramref name="description"/>, then <paramref name="note"/> and the default in brackets.</summary>
    private static Option<double> Metres(string name, double? defaultM, string description, string? note)
    {
        var notes = new[] { note, defaultM is { } d ? string.Create(CultureInfo.InvariantCulture, $"default {d}") : null }.OfType<string>().ToList();
        var text = description + (notes.Count == 0 ? "" : " (" + string.Join("; ", notes) + ")") + ".";
        return defaultM is { } value
            ? new Option<double>(name) { Description = text, DefaultValueFactory = _ => value }
            : new Option<double>(name) { Description = text, Required = true };
    }

    private static string Capitalise(string prefix, string text) =>
        prefix.Length > 0 ? prefix + text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));
}
