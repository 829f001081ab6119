using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using NetTopologySuite.Geometries;
using Planner.Geo.Canvass;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;
using Planner.Tests.Reports;
using Planner.Tests.Support;
using Xunit.Abstractions;

namespace Planner.Tests.App;

/// <summary>
/// Issue 11 (the app, part 2) end to end in headless chromium on the bundled sample: the analyst filters incidents and
/// the hotspot cells and crime-weighted figures change; the evidence canvass answers for a point and a time; the legal
/// reviewer opens the findings and zooms to one; the PDF proposal is exported and read back. Screenshots go to docs/
/// when PLANNER_SCREENSHOTS=1.
/// </summary>
[Collection("app")]
public sealed class AnalystReviewerBrowserTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly ITestOutputHelper output;
    private readonly AppFixture fixture;

    public AnalystReviewerBrowserTests(ITestOutputHelper output, AppFixture fixture)
    {
        this.output = output;
        this.fixture = fixture;
    }

    [BrowserFact]
    public async Task Issue11_Analyst_FilterHoursAcrossMidnight_HotspotLayerAndFiguresChange()
    {
        await WithPageAsync(async page =>
        {
            var generation = await OpenAnalystAsync(page);
            var total = SampleMunicipality.Build().Incidents.Count;
            Assert.Contains($"{total} of {total} incidents", await page.InnerTextAsync("#analyst-summary"), StringComparison.Ordinal);
            var cells0 = await CellCounts(page);
            var figures0 = await page.InnerTextAsync("#crime-coverage");
            var legend0 = await page.InnerTextAsync("#hotspot-legend");
            Assert.True(cells0.Values.Sum() > 0, "hot or cold cells drawn: " + JsonSerializer.Serialize(cells0));

            // Hours 20-04 run across midnight: the kept incidents are those from 20:00 to 03:59 (brute-force count here).
            var night = SampleMunicipality.Build().Incidents.Count(i => i.OccurredAt.DateTime.Hour is >= 20 or < 4);
            var watch = Stopwatch.StartNew();
            await page.FillAsync("#filter-hours", "20-04");
            await page.PressAsync("#filter-hours", "Tab");
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.hotspotGeneration) > {generation}");
            watch.Stop();
            // The coverage figures follow the layer: wait for those of the drawn answer.
            await page.WaitForFunctionAsync("() => document.querySelector('#crime-coverage')?.dataset.generation === document.body.dataset.hotspotGeneration");
            Assert.Contains($"{night} of {total} incidents", await page.InnerTextAsync("#analyst-summary"), StringComparison.Ordinal);
            Assert.NotEqual(figures0, await page.InnerTextAsync("#crime-coverage"));
            Assert.NotEqual(legend0, await page.InnerTextAsync("#hotspot-legend"));
            var cells1 = await CellCounts(page);
            Assert.NotEqual(JsonSerializer.Serialize(cells0), JsonSerializer.Serialize(cells1));
            Assert.Equal(night.ToString(CultureInfo.InvariantCulture), await page.GetAttributeAsync("#how-chart", "data-total"));
            var redraws = await page.EvaluateAsync<JsonElement>("() => plannerAnalysis.metrics().redraws");
            output.WriteLine($"filter change (Tab) → hotspot layer redrawn: {watch.ElapsedMilliseconds} ms; server answer → layer drawn (ms): {redraws.GetRawText()}; cells {JsonSerializer.Serialize(cells0)} → {JsonSerializer.Serialize(cells1)}");

            // Clicking a hot cell shows its class, z, p and count.
            var centre = await page.EvaluateAsync<double[]>("() => plannerAnalysis.cellCentre('hot99')");
            var box = (await page.Locator("#map").BoundingBoxAsync())!;
            var px = await page.EvaluateAsync<double[]>($"() => plannerMap.pixelOf({Inv(centre[0])}, {Inv(centre[1])})");
            await page.Mouse.ClickAsync((float)(box.X + px[0]), (float)(box.Y + px[1]));
            await page.WaitForSelectorAsync("#cell-popup:has-text('hot99')");
            Assert.Matches(@"^hot99: Gi\* z = [0-9.]+, p = [0-9.e-]+; [0-9]+ incident", await page.InnerTextAsync("#cell-popup"));

            // The map gets only the cells in the asked extent: an extent away from the plan gets none.
            var far = await page.EvaluateAsync<int>("() => fetch('api/hotspots?bbox=0,0,100,100&res=1').then(r => r.json()).then(j => j.features.length)");
            Assert.Equal(0, far);

            // A bad hours window is refused with the rule, and the last answer stays.
            await page.FillAsync("#filter-hours", "25-3");
            await page.PressAsync("#filter-hours", "Tab");
            await page.WaitForSelectorAsync("#analyst-error");
            Assert.Contains("hours must be START-END", await page.InnerTextAsync("#analyst-error"), StringComparison.Ordinal);
            await page.FillAsync("#filter-hours", "20-04");
            await page.PressAsync("#filter-hours", "Tab");
            await page.WaitForSelectorAsync("#analyst-error", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

            // The band-choice helper suggests a distance; using it recomputes with that bandwidth.
            await page.ClickAsync("#suggest-band");
            await page.WaitForSelectorAsync("#use-band");
            var suggestion = await page.InnerTextAsync("#band-suggestion");
            Assert.Matches(@"peak of Moran's I z|largest z", suggestion);
            var bandText = (await page.InnerTextAsync("#use-band")).Replace("use ", "", StringComparison.Ordinal).Replace(" m", "", StringComparison.Ordinal);
            generation = int.Parse((await page.EvaluateAsync<string>("() => document.body.dataset.hotspotGeneration"))!, CultureInfo.InvariantCulture);
            await page.ClickAsync("#use-band");
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.hotspotGeneration) > {generation}");
            // A recompute of the re-typed hours may still have been in flight when the generation was read: wait for this one.
            await page.WaitForFunctionAsync("t => document.querySelector('#analyst-summary')?.innerText.includes('bandwidth ' + t + ' m')", bandText);
            Assert.Contains($"bandwidth {bandText} m", await page.InnerTextAsync("#analyst-summary"), StringComparison.Ordinal);
            Assert.Equal(bandText, await page.InputValueAsync("#hotspot-bandwidth"));
            output.WriteLine("band helper: " + suggestion);
            await page.Locator("#how-chart").ScrollIntoViewIfNeededAsync();
            await Screenshot(page, "app-analyst.png");
        });
    }

    [BrowserFact]
    public async Task Issue11_Canvass_PointInFrontOfCamera_ListsExactlyTheCamerasThatSeeIt()
    {
        var sample = SampleMunicipality.Build();
        using var workspace = PlanWorkspace.Open(sample, new WorkspaceOptions());
        var camera = sample.Cameras.First(c => c.RetentionDays is not null && c.Recording != false);
        var point = workspace.Current.Views[camera.Id].Visible.InteriorPoint.Coordinate;
        var probe = new Point(point).Buffer(EvidenceCanvass.ToleranceM, 4);
        var seeing = workspace.Current.Views.Values.Where(v => v.Visible.Intersects(probe)).Select(v => v.CameraId).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(camera.Id, seeing);

        await WithPageAsync(async page =>
        {
            await OpenAnalystAsync(page);
            await page.FillAsync("#canvass-time", "2026-11-28T22:00");

            // Picked on the map: the point arrives within a pixel or so.
            await page.EvaluateAsync($"() => {{ plannerMap.app.map.getView().setCenter([{Inv(point.X)}, {Inv(point.Y)}]); plannerMap.app.map.getView().setResolution(0.25); }}");
            await page.WaitForFunctionAsync("() => new Promise(done => { const m = plannerMap.app.map; m.once('rendercomplete', () => done(true)); m.render(); })");
            await page.ClickAsync("#canvass-pick");
            var box = (await page.Locator("#map").BoundingBoxAsync())!;
            var px = await page.EvaluateAsync<double[]>($"() => plannerMap.pixelOf({Inv(point.X)}, {Inv(point.Y)})");
            await page.Mouse.ClickAsync((float)(box.X + px[0]), (float)(box.Y + px[1]));
            await page.WaitForSelectorAsync("#canvass-hits");
            Assert.InRange(double.Parse(await page.InputValueAsync("#canvass-x"), CultureInfo.InvariantCulture), point.X - 1, point.X + 1);
            Assert.InRange(double.Parse(await page.InputValueAsync("#canvass-y"), CultureInfo.InvariantCulture), point.Y - 1, point.Y + 1);

            // Typed exactly: the cameras listed are the ones whose view covers the point; deadlines are date + retention.
            await page.FillAsync("#canvass-x", Inv(point.X));
            await page.FillAsync("#canvass-y", Inv(point.Y));
            await page.ClickAsync("#canvass-run");
            await page.WaitForFunctionAsync($"() => document.querySelector('#canvass-summary')?.innerText.includes('{Inv(point.X)}')");
            var listed = (await page.Locator(".canvass-hit").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.camera)")).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(seeing, listed);
            var row = await page.InnerTextAsync($".canvass-hit[data-camera='{camera.Id}']");
            var deadline = new DateOnly(2026, 11, 28).AddDays(camera.RetentionDays!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Contains(deadline, row, StringComparison.Ordinal);
            output.WriteLine($"canvass at {Inv(point.X)}, {Inv(point.Y)}: {string.Join(", ", listed)}; {camera.Id}: {row}");
            await page.Locator("#canvass-panel").ScrollIntoViewIfNeededAsync();
            await Screenshot(page, "app-canvass.png");
        });
    }

    [BrowserFact]
    public async Task Issue11_Reviewer_OpenFindingsAndZoom_PackShownAndGeometryHighlighted()
    {
        var pack = RulePackLoader.Load(TestPaths.RepoFile(Path.Combine("data", "rules", "dk.json")));
        await WithPageAsync(async page =>
        {
            await page.ClickAsync("#reviewer-open");
            await page.WaitForSelectorAsync("#review-pack");
            var packText = await page.InnerTextAsync("#review-pack");
            Assert.Contains(pack.Name, packText, StringComparison.Ordinal);
            Assert.Contains(pack.Version, packText, StringComparison.Ordinal);
            Assert.Contains(pack.Sha256[..16], packText, StringComparison.Ordinal);

            // The assumed parameters are listed with their values (e.g. G-02's max_public_area_m2).
            var assumed = pack.Rules.SelectMany(r => r.Parameters.Where(p => p.IsAssumption).Select(p => $"{r.Id}/{p.Name}")).Order(StringComparer.Ordinal).ToList();
            var listed = (await page.Locator(".assumption-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.rule + '/' + r.dataset.parameter)")).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(assumed);
            Assert.Equal(assumed, listed);

            var group = page.Locator("details.finding-group:has(button.zoom)").First;
            await group.Locator("summary").ClickAsync();
            var finding = group.Locator("li.finding:has(button.zoom)").First;
            var key = (await finding.GetAttributeAsync("data-key"))!;
            Assert.False(string.IsNullOrWhiteSpace(await finding.Locator(".msg").InnerTextAsync()), "finding has a message");
            Assert.False(string.IsNullOrWhiteSpace(await finding.Locator(".cite").InnerTextAsync()), "finding has a citation");
            await finding.Locator("button.zoom").ClickAsync();
            await page.WaitForFunctionAsync("k => document.body.dataset.highlight === k", key);
            var shown = await page.EvaluateAsync<JsonElement>("() => plannerAnalysis.highlightInView()");
            Assert.True(shown.GetProperty("inView").GetBoolean(), "the highlighted geometry is in view: " + shown.GetRawText());
            Assert.Contains("highlighted", await finding.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            output.WriteLine($"zoomed to {key}: {shown.GetRawText()}");
            await Screenshot(page, "app-review.png");
        });
    }

    [BrowserFact]
    public async Task Issue11_ExportPdf_English_WrittenAndReadBack()
    {
        var target = Path.Combine(Path.GetTempPath(), $"planner-export-{Guid.NewGuid():N}.pdf");
        try
        {
            var night = SampleMunicipality.Build().Incidents.Count(i => i.OccurredAt.DateTime.Hour is >= 20 or < 4);
            await WithPageAsync(async page =>
            {
                // The analyst's filter goes into the proposal's hotspot section when ticked (the default).
                var generation = await OpenAnalystAsync(page);
                await page.FillAsync("#filter-hours", "20-04");
                await page.PressAsync("#filter-hours", "Tab");
                await page.WaitForFunctionAsync($"() => Number(document.body.dataset.hotspotGeneration) > {generation}");
                await page.ClickAsync("#reviewer-open");
                Assert.True(await page.IsCheckedAsync("#export-filtered"));
                await page.SelectOptionAsync("#export-lang", "en");
                await page.FillAsync("#export-path", target);
                await page.ClickAsync("#export-pdf");
                await page.WaitForFunctionAsync("() => /wrote|: /.test(document.querySelector('#export-status')?.innerText ?? '') && !document.querySelector('#export-status').innerText.includes('writing')");
                var status = await page.InnerTextAsync("#export-status");
                output.WriteLine(status);
                Assert.StartsWith("wrote " + target, status, StringComparison.Ordinal);
                Assert.Contains($"{night} incidents (filter: hours 20-04)", status, StringComparison.Ordinal);
            });
            var pdf = PdfText.Read(await File.ReadAllBytesAsync(target));
            var sample = SampleMunicipality.Build();
            Assert.True(pdf.Pages.Count >= 3, $"{pdf.Pages.Count} pages");
            var text = string.Concat(pdf.Pages);
            Assert.Contains(sample.Cameras[0].Id.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.Ordinal);
            Assert.Equal("en", pdf.Language?[..2]);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, Path.GetFileName(target) + ".*tmp*"));
        }
        finally
        {
            File.Delete(target);
        }
    }

    private async Task WithPageAsync(Func<IPage, Task> act)
    {
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 900 } });
            page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
            page.Console += (_, m) => output.WriteLine("console: " + m.Text);
            await page.GotoAsync(fixture.App.Address.ToString());
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
    private static async Task<int> OpenAnalystAsync(IPage page)
    {
        await page.ClickAsync("#analyst-open");
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.hotspotGeneration) > 0");
        return int.Parse((await page.EvaluateAsync<string>("() => document.body.dataset.hotspotGeneration"))!, CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<string, int>> CellCounts(IPage page) =>
        (await page.EvaluateAsync<Dictionary<string, int>>("() => plannerAnalysis.cellCounts()"))!;

    private static string Inv(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static async Task Screenshot(IPage page, string name)
    {
        var dir = Environment.GetEnvironmentVariable("PLANNER_SCREENSHOTS") == "1"
            ? TestPaths.RepoFile("docs")
            : Path.Combine(Path.GetTempPath(), "planner-screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name) });
    }
}
