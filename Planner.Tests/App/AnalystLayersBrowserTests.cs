using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using NetTopologySuite.Geometries;
using Planner.Geo.Canvass;
using Planner.Geo.Coverage;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;
using Xunit.Abstractions;
using static Planner.Tests.App.FreshAppPage;

namespace Planner.Tests.App;

/// <summary>
/// Issue 11, analyst: the KDE raster and the emerging-hotspot layer follow the incident filter, each with its legend,
/// and a click on a cell or an incident gives its details. Expected values come from brute force over the sample's
/// incidents (per-point quartic sums, floor-based cell counts, view polygons), not from the app.
/// </summary>
public sealed class AnalystLayersBrowserTests(ITestOutputHelper output)
{
    private const double CellM = 25;
    private const double BandwidthM = 100;

    [BrowserFact]
    public async Task Issue11_KdeAndEmerging_FilterHours_LayersLegendsAndFiguresChange()
    {
        var sample = SampleMunicipality.Build();
        var night = sample.Incidents.Where(i => i.OccurredAt.DateTime.Hour is >= 20 or < 4).ToList();
        var all = BruteKde(sample.Incidents);
        var nightKde = BruteKde(night);
        var emergingAll = Patterned(sample.Incidents);
        var emergingNight = Patterned(night);

        await RunAsync(output, async page =>
        {
            var generation = await OpenAnalystAsync(page);
            await page.CheckAsync("#toggle-kde");
            await page.WaitForFunctionAsync("() => plannerAnalysis.kdeState().visible && document.querySelector('#kde-legend')");
            await page.UncheckAsync("#toggle-hotspots");
            await page.Locator("#kde-legend").ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(page, "analyst-kde.png");
            await page.CheckAsync("#toggle-hotspots");
            await page.CheckAsync("#toggle-emerging");
            await page.WaitForSelectorAsync("#emerging-legend");
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.hotspotGeneration) > {generation}");
            generation = await GenerationAsync(page);

            // KDE: the legend's maximum is the brute-force maximum, in incidents per km²; one PNG pixel per grid cell.
            Assert.Equal(all.Max, Max(await page.GetAttributeAsync("#kde-legend", "data-max")), 0.0011);
            Assert.Contains("incidents per km²", await page.InnerTextAsync("#kde-legend"), StringComparison.Ordinal);
            var size = await ImageSize(page);
            Assert.Equal([all.Cols, all.Rows], size);
            var kde = await page.EvaluateAsync<JsonElement>("() => plannerAnalysis.kdeState()");
            Assert.Equal(all.MinCol * CellM, kde.GetProperty("extent")[0].GetDouble(), 6);
            Assert.Equal((all.MinRow + all.Rows) * CellM, kde.GetProperty("extent")[3].GetDouble(), 6);

            // Emerging: the legend counts every patterned cell; the map draws patterned cells.
            Assert.Equal(emergingAll, await LegendCellSum(page, "#emerging-legend li"));
            var drawn0 = await page.EvaluateAsync<Dictionary<string, int>>("() => plannerAnalysis.emergingCounts()");
            Assert.True(emergingAll == 0 || drawn0!.Values.Sum() > 0, "emerging cells drawn: " + JsonSerializer.Serialize(drawn0));
            var emergingLegend0 = await page.InnerTextAsync("#emerging-legend");

            // The filter drives both: hours 20-04 (across midnight).
            var watch = Stopwatch.StartNew();
            await page.FillAsync("#filter-hours", "20-04");
            await page.PressAsync("#filter-hours", "Tab");
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.hotspotGeneration) > {generation}");
            watch.Stop();
            Assert.Equal(nightKde.Max, Max(await page.GetAttributeAsync("#kde-legend", "data-max")), 0.0011);
            Assert.Equal([nightKde.Cols, nightKde.Rows], await ImageSize(page));
            Assert.Equal(emergingNight, await LegendCellSum(page, "#emerging-legend li"));
            Assert.NotEqual(all.Max, nightKde.Max);
            Assert.NotEqual(emergingLegend0, await page.InnerTextAsync("#emerging-legend"));
            var redraws = await page.EvaluateAsync<JsonElement>("() => plannerAnalysis.metrics().redraws");
            output.WriteLine($"sample: filter change (Tab) → Gi*, KDE and emerging layers redrawn: {watch.ElapsedMilliseconds} ms; server answer → drawn (ms): {redraws.GetRawText()}; summary: {await page.InnerTextAsync("#analyst-summary")}");
            output.WriteLine($"KDE max {all.Max:0.###} → {nightKde.Max:0.###} per km²; patterned cells {emergingAll} → {emergingNight}");
            await page.Locator("#emerging-legend").ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(page, "analyst-emerging-legend.png");
        });
    }

    [BrowserFact]
    public async Task Issue11_ClickCellAndIncident_DetailsMatchBruteForce()
    {
        var sample = SampleMunicipality.Build();
        using var workspace = PlanWorkspace.Open(sample, new WorkspaceOptions());
        var views = workspace.Current.Views;
        var (incident, seeing) = SeenIncident(sample, views);

        await RunAsync(output, async page =>
        {
            await OpenAnalystAsync(page);

            // A hot cell: class, z, p, FDR class and the count of incidents whose floor(coord / cell) is that cell.
            var centre = await page.EvaluateAsync<double[]>("() => plannerAnalysis.cellCentre('hot99')");
            await ClickMapAtAsync(page, centre[0], centre[1]);
            await page.WaitForSelectorAsync("#cell-popup[data-kind='cell']:has-text('hot99')");
            var text = await page.InnerTextAsync("#cell-popup");
            Assert.Matches(@"^hot99: Gi\* z = [0-9.]+, p = [0-9.e-]+; [0-9]+ incident", text);
            Assert.Contains("FDR class hot99", text, StringComparison.Ordinal);
            var col = Math.Floor(centre[0] / CellM);
            var row = Math.Floor(centre[1] / CellM);
            var count = sample.Incidents.Count(i => Math.Floor(i.X / CellM) == col && Math.Floor(i.Y / CellM) == row);
            Assert.Contains($"; {count} incident(s) in this 25 m cell", text, StringComparison.Ordinal);
            output.WriteLine("cell: " + text);

            // An incident: its record and exactly the cameras whose real view covers its place, with the DORI level.
            await page.EvaluateAsync($"() => {{ plannerMap.app.map.getView().setCenter([{Inv(incident.X)}, {Inv(incident.Y)}]); plannerMap.app.map.getView().setResolution(0.25); }}");
            await page.WaitForFunctionAsync("id => !!plannerMap.app.layers.get('incidents').source.getFeatureById(id)", incident.Id);
            await page.WaitForFunctionAsync("() => new Promise(done => { const m = plannerMap.app.map; m.once('rendercomplete', () => done(true)); m.render(); })");
            await ClickMapAtAsync(page, incident.X, incident.Y);
            await page.WaitForSelectorAsync($"#cell-popup[data-incident='{incident.Id}']");
            var head = await page.InnerTextAsync("#cell-popup .incident-head");
            Assert.Contains(incident.Id, head, StringComparison.Ordinal);
            Assert.Contains(incident.Offence, head, StringComparison.Ordinal);
            Assert.Contains(incident.OccurredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), head, StringComparison.Ordinal);
            Assert.Contains(incident.AmountDkk is { } a ? a.ToString("#,0.##", CultureInfo.InvariantCulture) + " kr" : "amount not stated", head, StringComparison.Ordinal);
            var rows = await page.Locator("#cell-popup tr.incident-camera").EvaluateAllAsync<string[][]>(
                "rows => rows.map(r => [r.dataset.camera, r.children[1].innerText])");
            Assert.Equal(seeing.Keys.Order(StringComparer.Ordinal), rows.Select(r => r[0]).Order(StringComparer.Ordinal));
            Assert.All(rows, r => Assert.Equal(seeing[r[0]], r[1]));
            output.WriteLine($"incident: {head}; cameras {string.Join(", ", rows.Select(r => r[0] + " " + r[1]))}");
            await ScreenshotAsync(page, "analyst-incident-details.png");
        });
    }

    /// <summary>An incident seen by at least one camera, with no other incident within 3 m; cameras → best level whose polygon covers it.</summary>
    private static (Incident Incident, Dictionary<string, string> Seeing) SeenIncident(Plan plan, IReadOnlyDictionary<string, CameraView> views)
    {
        foreach (var i in plan.Incidents.OrderByDescending(i => i.AmountDkk is not null))
        {
            if (plan.Incidents.Any(o => o != i && Math.Abs(o.X - i.X) < 3 && Math.Abs(o.Y - i.Y) < 3))
            {
                continue;
            }

            var probe = new Point(i.X, i.Y).Buffer(EvidenceCanvass.ToleranceM, 4);
            var seeing = views.Values.Where(v => v.Visible.Intersects(probe)).ToDictionary(
                v => v.CameraId, v => DoriLevels.All.Where(l => v[l].Intersects(probe)).DefaultIfEmpty(DoriLevel.Visible).Max().ToContractName(), StringComparer.Ordinal);
            if (seeing.Count > 0)
            {
                return (i, seeing);
            }
        }

        throw new InvalidOperationException("no sample incident is seen by a camera");
    }

    /// <summary>Grid span and the largest density at a cell centre: Σ 3/(π r²)·(1 − d²/r²)² × 10⁶ over incidents with d &lt; r.</summary>
    private static (long MinCol, long MinRow, int Cols, int Rows, double Max) BruteKde(IReadOnlyList<Incident> incidents)
    {
        var minCol = (long)Math.Floor(incidents.Min(i => i.X) / CellM);
        var minRow = (long)Math.Floor(incidents.Min(i => i.Y) / CellM);
        var cols = (int)((long)Math.Floor(incidents.Max(i => i.X) / CellM) - minCol + 1);
        var rows = (int)((long)Math.Floor(incidents.Max(i => i.Y) / CellM) - minRow + 1);
        var buckets = incidents.GroupBy(i => ((long)Math.Floor(i.X / CellM), (long)Math.Floor(i.Y / CellM))).ToDictionary(g => g.Key, g => g.ToList());
        var reach = (long)Math.Ceiling(BandwidthM / CellM) + 1;
        var r2 = BandwidthM * BandwidthM;
        var max = 0.0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var (gx, gy) = (minCol + c, minRow + r);
                var (cx, cy) = ((gx + 0.5) * CellM, (gy + 0.5) * CellM);
                var sum = 0.0;
                for (var dy = -reach; dy <= reach; dy++)
                {
                    for (var dx = -reach; dx <= reach; dx++)
                    {
                        if (!buckets.TryGetValue((gx + dx, gy + dy), out var list))
                        {
                            continue;
                        }

                        foreach (var i in list)
                        {
                            var d2 = ((i.X - cx) * (i.X - cx)) + ((i.Y - cy) * (i.Y - cy));
                            if (d2 < r2)
                            {
                                var u = 1 - (d2 / r2);
                                sum += 3 / (Math.PI * r2) * u * u;
                            }
                        }
                    }
                }

                max = Math.Max(max, sum * 1e6);
            }
        }

        return (minCol, minRow, cols, rows, max);
    }

    private static int Patterned(IReadOnlyList<Incident> incidents) =>
        EmergingHotspots.Compute(incidents, new HotspotOptions(CellM, BandwidthM), SliceUnit.Quarter).Patterns.Count(p => p != EmergingPattern.None);

    private static double Max(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);

    private static async Task<int[]> ImageSize(IPage page) =>
        (await page.EvaluateAsync<int[]>("() => new Promise((done, fail) => { const img = new Image(); img.onload = () => done([img.naturalWidth, img.naturalHeight]); img.onerror = fail; img.src = plannerAnalysis.kdeState().url; })"))!;

    private static async Task<int> LegendCellSum(IPage page, string selector) =>
        (await page.Locator(selector).EvaluateAllAsync<int[]>("items => items.map(li => Number(li.querySelector('b').innerText))")).Sum();
}
