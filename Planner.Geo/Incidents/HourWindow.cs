using System.Globalization;

namespace Planner.Geo.Incidents;

/// <summary>
/// A window of wall-clock hours [Start, End): the start hour is included, the end hour is not. It may wrap past
/// midnight: 20–04 is the hours 20, 21, 22, 23, 0, 1, 2, 3 (20:00 up to but not including 04:00). 0–24 is the whole day.
/// </summary>
public readonly record struct HourWindow
{
    private HourWindow(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>First hour included, 0 … 23.</summary>
    public int Start { get; }

    /// <summary>First hour no longer included, 1 … 24 (24 = midnight at the end of the day).</summary>
    public int End { get; }

    public static HourWindow Create(int start, int end)
    {
        Guard.InClosed(start, 0, 23, "hours");
        Guard.InClosed(end, 0, 24, "hours");
        Guard.That(start != end % 24 || (start == 0 && end == 24), "hours", "hours must be a window START-END with START ≠ END (end exclusive; 0-24 = all day)");
        return new HourWindow(start, end == 0 ? 24 : end);
    }

    /// <summary>Parses <c>START-END</c> (e.g. <c>20-04</c>, end exclusive) or a single hour <c>H</c> (= H to H+1).</summary>
    public static HourWindow Parse(string text)
    {
        const string Rule = "hours must be START-END in whole hours 0-24, end exclusive (e.g. 20-04), or one hour 0-23";
        var parts = (text ?? "").Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new DomainRuleException("hours", $"{Rule}; got \"{text}\"");
        }

        var start = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var end = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : start + 1;
        if (start > 23 || end > 24 || (start == end % 24 && !(start == 0 && end == 24)))
        {
            throw new DomainRuleException("hours", $"{Rule}; got \"{text}\"");
        }

        return Create(start, end);
    }

    /// <summary>True when <paramref name="hour"/> (0 … 23) is in the window.</summary>
    public bool Contains(int hour) => Start < End ? hour >= Start && hour < End : hour >= Start || hour < End;

    public override string ToString() => $"{Start:00}-{End:00}";
}
