namespace Planner.Geo.Rules;

/// <summary>How a parameter's unit (contract names m, m2, days, years, dkk, count) reads in a message of a language.</summary>
public static class UnitNames
{
    public static string Display(string unit, string language) => (unit, language) switch
    {
        ("m2", _) => "m²",
        ("days", "da") => "dage",
        ("years", "da") => "år",
        ("dkk", "da") => "kr.",
        ("dkk", _) => "kr",
        ("count", _) => "",
        _ => unit,
    };
}
