using System.Globalization;
using Microsoft.Playwright;
using Planner.Tests.Support;
using Xunit.Abstractions;

namespace Planner.Tests.App;

/// <summary>
/// A page on an app of its own (the bundled sample, untouched by the edits other app tests make), for tests whose
/// expectations are computed from the sample. Screenshots go to docs/screenshots when PLANNER_SCREENSHOTS=1.
/// </summary>
internal static class FreshAppPage
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static async Task RunAsync(ITestOutputHelper output, Func<IPage, Task> act)
    {
        await using var app = await AppProcess.StartAsync();
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 900 } });
            page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
            page.Console += (_, m) => output.WriteLine("console: " + m.Text);
            await page.GotoAsync(app.Address.ToString());
            await page.WaitForSelectorAsync("body[data-map-ready='true']");
            await act(page);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    /// <summary>Opens the analyst panel and waits for the first hotspot layer; returns its generation.</summary>
    public static async Task<int> OpenAnalystAsync(IPage page)
    {
        await page.ClickAsync("#analyst-open");
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.hotspotGeneration) > 0");
        return await GenerationAsync(page);
    }

    public static async Task<int> GenerationAsync(IPage page) =>
        int.Parse((await page.EvaluateAsync<string>("() => document.body.dataset.hotspotGeneration"))!, CultureInfo.InvariantCulture);

    /// <summary>Clicks the map at a plan-CRS point.</summary>
    public static async Task ClickMapAtAsync(IPage page, double x, double y)
    {
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        var px = await page.EvaluateAsync<double[]>($"() => plannerMap.pixelOf({Inv(x)}, {Inv(y)})");
        await page.Mouse.ClickAsync((float)(box.X + px[0]), (float)(box.Y + px[1]));
    }

    public static string Inv(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Environment.GetEnvironmentVariable("PLANNER_SCREENSHOTS") == "1"
            ? TestPaths.RepoFile(Path.Combine("docs", "screenshots"))
            : Path.Combine(Path.GetTempPath(), "planner-screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name) });
    }
}
