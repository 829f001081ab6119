namespace Planner.Reports.Content;

/// <summary>Languages of the proposal: Danish (default) and English.</summary>
public enum ReportLanguage
{
    Danish,
    English,
}

public static class ReportLanguages
{
    /// <summary>Parses "da" or "en" (case-insensitive).</summary>
    public static bool TryParse(string? text, out ReportLanguage language)
    {
        language = ReportLanguage.Danish;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "da":
                return true;
            case "en":
                language = ReportLanguage.English;
                return true;
            default:
                return false;
        }
    }

    public static string Code(this ReportLanguage language) => language == ReportLanguage.Danish ? "da" : "en";
}
