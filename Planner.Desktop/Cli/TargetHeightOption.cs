using System.CommandLine;
using System.Globalization;
using Planner.Geo;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>--target-height M</c>, shared by every verb that computes views (coverage, stats, optimise, report): one
/// definition, one help text, one error. The height in metres above ground of what the views and DORI levels are
/// computed for (0 = the ground, the default; 1.6 = faces), in [0, <see cref="Max"/>].
/// </summary>
internal sealed class TargetHeightOption(double max = PlausibleRanges.MaxTargetHeightM)
{
    public Option<double> Option { get; } = new("--target-height")
    {
        Description = "Height above ground in metres of the target the views and DORI levels are computed for (default 0 = the ground; 1.6 = faces).",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>The largest height the verb accepts, metres (the report: 10, a person or a vehicle; else the plausible range).</summary>
    public double Max { get; } = max;

    public TargetHeightOption AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Option);
        return this;
    }

    /// <summary>The height given, or bad input (exit 2) naming the option and the range.</summary>
    public double Parse(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var height = parse.GetValue(Option);
        return double.IsFinite(height) && height >= 0 && height <= Max
            ? height
            : throw new InputException("command line", null, "--target-height",
                string.Create(CultureInfo.InvariantCulture, $"expected a height in [0, {Max}] metres, got {height}"));
    }
}
