namespace Planner.Tests.App;

/// <summary>A browser test: needs Debian's chromium at /usr/bin/chromium; skipped with the reason when it is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = "chromium is not installed at /usr/bin/chromium (Debian: apt-get install chromium; test.sh installs it)";
        }
    }
}
