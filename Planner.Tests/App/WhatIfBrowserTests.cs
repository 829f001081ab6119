using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Planner.Geo.Coverage;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;
using Xunit.Abstractions;
using static Planner.Tests.App.FreshAppPage;

namespace Planner.Tests.App;

/// <summary>
/// Issue 11, legal reviewer: changing an assumed parameter re-checks the plan at once, marks the panel as a what-if
/// (banner naming the parameter, changed findings badged, PDF export refused with one line) and goes back to the pack's
/// values. Expected findings: a fresh <see cref="RuleEngine"/> run on a copy of the pack file with the value edited.
/// </summary>
public sealed class WhatIfBrowserTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Issue11_WhatIf_ChangeHousingBuffer_FindingsChangeMarkedExportRefusedThenReset()
    {
        var sample = SampleMunicipality.Build();
        var packFile = RulePackLocator.Find();
        var rules = new RuleEngineOptions { Today = DateOnly.FromDateTime(DateTime.Now), Language = "en", Buildings = sample.Buildings };
        var views = CoverageEngine.ComputeViews(sample.Cameras, sample.Buildings);
        var published = RuleEngine.Evaluate(RulePackLoader.Load(packFile), sample.Cameras, views, sample.Zones, rules);
        var edited = RuleEngine.Evaluate(RulePackLoader.Load(EditedPack(packFile, "DK-08", "buffer_m", 100)), sample.Cameras, views, sample.Zones, rules);
        var changed = Keyed(edited).Except(Keyed(published)).Count();
        Assert.True(changed > 0, "the what-if changes some findings of the sample");

        await RunAsync(output, async page =>
        {
            await page.ClickAsync("#reviewer-open");
            await page.WaitForSelectorAsync("#review-summary");
            Assert.StartsWith($"{published.Count} findings", await page.InnerTextAsync("#review-summary"), StringComparison.Ordinal);
            await page.ClickAsync("#assumptions > summary");
            var input = page.Locator(".assumption-row[data-rule='DK-08'][data-parameter='buffer_m'] input");

            // A refused value names the parameter and changes nothing.
            await input.FillAsync("-5");
            await input.PressAsync("Tab");
            await page.WaitForSelectorAsync("#whatif-error");
            Assert.Contains("buffer_m", await page.InnerTextAsync("#whatif-error"), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#whatif-banner").CountAsync());

            await input.FillAsync("100");
            await input.PressAsync("Tab");
            await page.WaitForSelectorAsync("#whatif-banner");
            var banner = await page.InnerTextAsync("#whatif-banner");
            Assert.Contains("WHAT-IF", banner, StringComparison.Ordinal);
            Assert.Contains("DK-08 buffer_m = 100 m (pack: 500 m)", banner, StringComparison.Ordinal);
            Assert.StartsWith($"{edited.Count} findings", await page.InnerTextAsync("#review-summary"), StringComparison.Ordinal);
            Assert.Equal(changed, await page.Locator("li.finding.whatif-changed").CountAsync());
            Assert.StartsWith($"{changed} finding(s) new or changed", await page.InnerTextAsync("#whatif-counts"), StringComparison.Ordinal);

            // While the what-if is in force there is no export, only the line saying why.
            Assert.Equal(0, await page.Locator("#export-pdf").CountAsync());
            Assert.Contains("PDF export is off during a what-if", await page.InnerTextAsync("#export-refused"), StringComparison.Ordinal);
            var group = page.Locator("details.finding-group:has(li.whatif-changed)").First;
            await group.Locator("summary").ClickAsync();
            await page.Locator("#whatif-banner").ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(page, "reviewer-whatif.png");
            await group.Locator("li.whatif-changed").First.ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(page, "reviewer-whatif-findings.png");
            output.WriteLine($"what-if DK-08 buffer_m 500 → 100 m: {published.Count} → {edited.Count} findings, {changed} changed; banner: {banner}");

            await page.ClickAsync("#whatif-reset");
            await page.WaitForSelectorAsync("#whatif-banner", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
            Assert.Equal(0, await page.Locator("li.finding.whatif-changed").CountAsync());
            Assert.StartsWith($"{published.Count} findings", await page.InnerTextAsync("#review-summary"), StringComparison.Ordinal);
            Assert.Equal(1, await page.Locator("#export-pdf").CountAsync());
            Assert.Equal("500", await input.InputValueAsync());
        });
    }

    private static List<string> Keyed(IReadOnlyList<Finding> findings) =>
        [.. FindingKey.Of(findings).Zip(findings).Select(t => $"{t.First}|{t.Second.Severity}|{t.Second.Message}|{t.Second.AreaM2}")];

    private static string EditedPack(string packFile, string ruleId, string name, double value)
    {
        var root = JsonNode.Parse(File.ReadAllText(packFile))!;
        var rule = root["rules"]!.AsArray().Single(r => (string?)r!["id"] == ruleId)!;
        rule["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!["value"] = value;
        var path = Path.Combine(Path.GetTempPath(), $"whatif-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }
}
