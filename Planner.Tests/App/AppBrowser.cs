using Microsoft.Playwright;

namespace Planner.Tests.App;

/// <summary>Headless Debian chromium driven by Playwright, with no network beyond the app (no sync, updates, or background fetches).</summary>
public static class AppBrowser
{
    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = Args,
        });
        return (playwright, browser);
    }
}
