using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Planner.Tests.App;

/// <summary>
/// Issue 11 timing: filter change → redrawn hotspot layer on a large plan (bench/analyst/make_timing_plan.py writes the
/// 1,000,000-incident Copenhagen timing plan; give its .gpkg in PLANNER_TIMING_PLAN). Reports numbers, asserts only
/// that the layer follows the filter; skipped without the plan (it is not committed data).
/// </summary>
public sealed class AnalystTimingBrowserTests(ITestOutputHelper output)
{
    private static readonly string? Plan = Environment.GetEnvironmentVariable("PLANNER_TIMING_PLAN");

    [TimingPlanFact]
    public async Task Issue11_Timing_LargePlan_FilterChangeToRedrawnHotspotLayer()
    {
        var clock = Stopwatch.StartNew();
        await using var app = await AppProcess.StartAsync("open", Plan!);
        output.WriteLine($"app ready in {clock.ElapsedMilliseconds} ms");
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 900 } });
            page.SetDefaultTimeout(600_000);
            await page.GotoAsync(app.Address.ToString());
            await page.WaitForSelectorAsync("body[data-map-ready='true']");
            output.WriteLine($"map ready at {clock.ElapsedMilliseconds} ms");
            await FreshAppPage.OpenAnalystAsync(page);
            output.WriteLine($"first answer: {await Summary(page)}");

            foreach (var (label, act) in new (string, Func<Task>)[]
            {
                ("hours 20-04", () => Hours(page, "20-04")),
                ("hours 08-18", () => Hours(page, "08-18")),
                ("all hours", () => Hours(page, "")),
                ("KDE on", () => page.CheckAsync("#toggle-kde")),
                ("hours 20-04 with KDE", () => Hours(page, "20-04")),
            })
            {
                var drawn = await page.EvaluateAsync<int>("() => plannerAnalysis.metrics().redraws.length");
                var watch = Stopwatch.StartNew();
                await act();
                await page.WaitForFunctionAsync($"() => plannerAnalysis.metrics().redraws.length > {drawn}");
                var layerMs = watch.ElapsedMilliseconds;
                await page.WaitForFunctionAsync("() => document.querySelector('#crime-coverage')?.dataset.generation === document.body.dataset.hotspotGeneration");
                watch.Stop();
                var redraws = await page.EvaluateAsync<JsonElement>("() => plannerAnalysis.metrics().redraws.slice(-1)");
                output.WriteLine($"{label}: filter change → redrawn layer {layerMs} ms (server answer → drawn {redraws.GetRawText()} ms), coverage figures at {watch.ElapsedMilliseconds} ms; {await Summary(page)}");
            }
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task Hours(IPage page, string hours)
    {
        await page.FillAsync("#filter-hours", hours);
        await page.PressAsync("#filter-hours", "Tab");
    }

    private static async Task<string> Summary(IPage page) =>
        $"{await page.InnerTextAsync("#analyst-summary")} [{await page.GetAttributeAsync("#analyst-summary", "data-phases")}]";
}

/// <summary>A browser test that runs only when PLANNER_TIMING_PLAN names an existing plan file.</summary>
public sealed class TimingPlanFactAttribute : FactAttribute
{
    public TimingPlanFactAttribute()
    {
        var plan = Environment.GetEnvironmentVariable("PLANNER_TIMING_PLAN");
        if (!File.Exists(BrowserFactAttribute.Chromium))
        {
            Skip = "chromium is not installed at /usr/bin/chromium";
        }
        else if (string.IsNullOrEmpty(plan) || !File.Exists(plan))
        {
            Skip = "PLANNER_TIMING_PLAN is not set to a plan file (write one with bench/analyst/make_timing_plan.py)";
        }
    }
}
