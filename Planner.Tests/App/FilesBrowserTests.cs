using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Planner.Geo.Crs;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Planner.Tests.Support;
using Xunit.Abstractions;

namespace Planner.Tests.App;

/// <summary>
/// The app's Files part end to end in headless chromium, each test on its own copy of the sample saved as a plan file:
/// imports (bad file: the reader's one line; good file dropped on the map: the layer changes, undo takes it back),
/// save-as and open through the app's file dialog, the restore offer after the app was killed with SIGKILL, and the
/// exported PDF served back for a new tab. Screenshots go to docs/screenshots/ when PLANNER_SCREENSHOTS=1.
/// </summary>
[Collection("app")]
public sealed class FilesBrowserTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly ITestOutputHelper output;
    private readonly string folder = Directory.CreateTempSubdirectory("planner-files-").FullName;

    public FilesBrowserTests(ITestOutputHelper output) => this.output = output;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [BrowserFact]
    public async Task Import_BadFileThenGoodFileDropped_OneLineErrorThenLayerChangesAndUndoes()
    {
        var plan = WriteSamplePlan("plan.gpkg");
        await using var app = await AppProcess.StartAsync("open", plan);
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var page = await OpenAsync(browser, app);

            // A camera with heading 400°: the reader's one line names the file (as the user called it), feature, field.
            var bad = Path.Combine(folder, "bad-cameras.geojson");
            await File.WriteAllTextAsync(bad, CameraCollection(("x1", 12.0, 55.0, 400)));
            await page.Locator("#import-file").SetInputFilesAsync(bad);
            await page.WaitForSelectorAsync("#import-dialog");
            Assert.Equal("Cameras", await page.InputValueAsync("#import-layer"));
            await page.ClickAsync("#import-go");
            var error = await page.Locator("#import-error").InnerTextAsync();
            output.WriteLine("import error: " + error);
            Assert.StartsWith("bad-cameras.geojson: feature 1 (id \"x1\"): heading_deg: ", error, StringComparison.Ordinal);
            Assert.Contains("[0, 360), got 400", error, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error);
            Assert.DoesNotContain(Path.GetTempPath(), error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            await FreshAppPage.ScreenshotAsync(page, "files-import-error.png");
            await page.ClickAsync("#import-cancel");

            // Two cameras in lon/lat dropped on the map: merged into the cameras layer in EPSG:25832, as `planner new` would.
            var centre = SampleMunicipality.Build().Cameras[0];
            var (lon, lat) = CrsRegistry.Transform(CrsRegistry.Etrs89Utm32, CrsRegistry.Wgs84, centre.X + 20, centre.Y + 15);
            var good = CameraCollection(("imp-1", lon, lat, 90), ("imp-2", lon + 0.0003, lat, 180));
            var before = await page.EvaluateAsync<int>("() => plannerMap.app.cameras.source.getFeatures().length");
            var version = await page.EvaluateAsync<long>("() => plannerMap.app.version");
            await DropFileAsync(page, "new-cameras.geojson", good);
            await page.WaitForSelectorAsync("#import-dialog");
            Assert.Equal("Cameras", await page.InputValueAsync("#import-layer"));
            await page.ClickAsync("#import-go");
            await page.WaitForFunctionAsync($"() => plannerMap.app.version > {version} && plannerMap.cameraAt('imp-1') !== null");
            var message = await page.Locator("#files-message").InnerTextAsync();
            output.WriteLine(message);
            Assert.Contains("cameras: 2 added, 0 replaced, 0 removed", message, StringComparison.Ordinal);
            var at = await page.EvaluateAsync<double[]>("() => plannerMap.cameraAt('imp-1')");
            Assert.Equal(centre.X + 20, at[0], 0.05);
            Assert.Equal(centre.Y + 15, at[1], 0.05);
            Assert.Equal(before + 2, await page.EvaluateAsync<int>("() => plannerMap.app.cameras.source.getFeatures().length"));

            // Undo takes the whole import back in one step.
            version = await page.EvaluateAsync<long>("() => plannerMap.app.version");
            await page.ClickAsync("#undo");
            await page.WaitForFunctionAsync($"() => plannerMap.app.version !== {version} && plannerMap.cameraAt('imp-1') === null && plannerMap.cameraAt('imp-2') === null");
            Assert.Equal(before, await page.EvaluateAsync<int>("() => plannerMap.app.cameras.source.getFeatures().length"));
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [BrowserFact]
    public async Task SaveAsThenOpen_ThroughTheFileDialog_PlansRoundTrip()
    {
        var plan = WriteSamplePlan("plan.gpkg");
        var sample = SampleMunicipality.Build();
        var other = Path.Combine(folder, "other.gpkg");
        GeoPackagePlanStore.Write(other, sample with { Metadata = sample.Metadata with { Name = "Other plan" }, Cameras = [.. sample.Cameras.Take(3)] });
        await using var app = await AppProcess.StartAsync("open", plan);
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var page = await OpenAsync(browser, app);

            // Save as: the dialog lists the plan's folder (only folders and .gpkg files); a new name is typed.
            await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a plan");
            await page.ClickAsync("#file-save-as");
            await page.WaitForSelectorAsync("#file-dialog");
            var names = await page.Locator("#file-list .file-entry").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.name)");
            Assert.Equal(["other.gpkg", "plan.gpkg"], names);
            var copy = Path.Combine(folder, "copy.gpkg");
            await page.FillAsync("#file-path", copy);
            await FreshAppPage.ScreenshotAsync(page, "files-dialog.png");
            await page.ClickAsync("#file-ok");
            await page.WaitForSelectorAsync("#files-message:has-text('saved to')");
            Assert.Equal(sample.Cameras.Count, GeoPackagePlanStore.Read(copy).Plan.Cameras.Count);

            // Open another plan: every panel and the map reload on it.
            await page.ClickAsync("#file-open");
            await page.ClickAsync("#file-list .file-entry[data-name='other.gpkg']");
            await page.ClickAsync("#file-ok");
            await page.WaitForSelectorAsync(".plan-name:has-text('Other plan')");
            await page.WaitForSelectorAsync("body[data-map-ready='true']");
            await page.WaitForFunctionAsync("() => plannerMap.app.cameras.source.getFeatures().length === 3");

            // And the saved copy back, by typing its path.
            await page.ClickAsync("#file-open");
            await page.FillAsync("#file-path", copy);
            await page.ClickAsync("#file-ok");
            await page.WaitForSelectorAsync($".plan-name:has-text('{sample.Metadata.Name}')");
            await page.WaitForSelectorAsync("body[data-map-ready='true']");
            await page.WaitForFunctionAsync($"() => plannerMap.app.cameras.source.getFeatures().length >= {sample.Cameras.Count - 2}");
            Assert.Equal(copy, await page.InputValueAsync("#save-path"));
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [BrowserFact]
    public async Task Autosave_AppKilledDuringEdits_NextStartOffersRestore_RestoreBringsTheEditBack()
    {
        var plan = WriteSamplePlan("plan.gpkg");
        var planBytes = await File.ReadAllBytesAsync(plan);
        var recovery = Path.Combine(folder, "plan.recovery.gpkg");
        var street = SampleMunicipality.Build().Zones.First(z => z.Kind == ZoneKind.PublicArea && z.Area.Area > 400).Area.InteriorPoint;
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var app = await AppProcess.StartAsync("open", plan);
            var page = await OpenAsync(browser, app);
            await page.ClickAsync("#mode-add");
            var version = await page.EvaluateAsync<long>("() => plannerMap.app.version");
            var box = (await page.Locator("#map").BoundingBoxAsync())!;
            var px = await page.EvaluateAsync<double[]>($"() => plannerMap.pixelOf({Num(street.X)}, {Num(street.Y)})");
            await page.Mouse.ClickAsync((float)(box.X + px[0]), (float)(box.Y + px[1]));
            await page.WaitForFunctionAsync($"() => plannerMap.app.version > {version} && plannerMap.cameraAt('new-1') !== null");
            var added = await page.EvaluateAsync<double[]>("() => plannerMap.cameraAt('new-1')");

            // The recovery file appears beside the plan about 2 s after the edit; then the app is killed with SIGKILL.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (!File.Exists(recovery) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.True(File.Exists(recovery), "the recovery file was written");
            await page.CloseAsync();
            await app.KillAsync();
            using (var http = new HttpClient())
            {
                await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(app.Address));
            }

            Assert.Equal(planBytes, await File.ReadAllBytesAsync(plan));

            // Next start: the offer; Restore brings the camera back as an unsaved edit.
            await using var again = await AppProcess.StartAsync("open", plan);
            page = await OpenAsync(browser, again);
            await page.WaitForSelectorAsync("#restore-offer");
            var offer = await page.Locator("#restore-yes").InnerTextAsync();
            Assert.Matches(@"^Restore unsaved edits from \d\d:\d\d$", offer.Trim());
            await FreshAppPage.ScreenshotAsync(page, "files-restore-offer.png");
            Assert.Null(await page.EvaluateAsync<double[]?>("() => plannerMap.cameraAt('new-1')"));
            await page.ClickAsync("#restore-yes");
            await page.WaitForFunctionAsync("() => plannerMap.cameraAt('new-1') !== null");
            var restored = await page.EvaluateAsync<double[]>("() => plannerMap.cameraAt('new-1')");
            Assert.Equal(added[0], restored[0], 0.01);
            Assert.Equal(added[1], restored[1], 0.01);
            // The map hears of the restored camera before the status line re-renders: wait for the line, not a snapshot.
            await page.WaitForFunctionAsync("() => document.querySelector('#unsaved')?.innerText.trim() === 'unsaved edits'");
            Assert.Equal("unsaved edits", (await page.InnerTextAsync("#unsaved")).Trim());
            Assert.Equal(0, await page.Locator("#restore-offer").CountAsync());
            Assert.Equal(planBytes, await File.ReadAllBytesAsync(plan));
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [BrowserFact]
    public async Task ExportPdf_AfterWriting_OpensInANewTabFromALoopbackUrl()
    {
        var plan = WriteSamplePlan("plan.gpkg");
        await using var app = await AppProcess.StartAsync("open", plan);
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var page = await OpenAsync(browser, app);
            var pdf = Path.Combine(folder, "proposal.pdf");
            await page.ClickAsync("#reviewer-open");
            await page.FillAsync("#export-path", pdf);
            var popup = page.Context.WaitForPageAsync(new BrowserContextWaitForPageOptions { Timeout = (float)Patience.TotalMilliseconds });
            await page.ClickAsync("#export-pdf");
            var tab = await popup;
            var href = await page.Locator("#export-open").GetAttributeAsync("href");
            Assert.Matches("^exports/[0-9a-f]{32}/proposal\\.pdf$", href);
            Assert.Contains(href!, tab.Url, StringComparison.Ordinal);
            Assert.Contains(pdf, await page.InnerTextAsync("#export-status"), StringComparison.Ordinal);

            // The URL serves exactly the file written; a token the app did not hand out is not found.
            var served = await page.APIRequest.GetAsync(app.Address + href);
            Assert.Equal(200, served.Status);
            Assert.Equal("application/pdf", served.Headers["content-type"]);
            Assert.Equal(await File.ReadAllBytesAsync(pdf), await served.BodyAsync());
            var guessed = await page.APIRequest.GetAsync(app.Address + "exports/" + new string('0', 32) + "/proposal.pdf");
            Assert.Equal(404, guessed.Status);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static string Num(double v) => v.ToString(CultureInfo.InvariantCulture);

    private static string CameraCollection(params (string Id, double Lon, double Lat, double Heading)[] cameras) =>
        JsonSerializer.Serialize(new
        {
            type = "FeatureCollection",
            features = cameras.Select(c => new
            {
                type = "Feature",
                geometry = new { type = "Point", coordinates = new[] { c.Lon, c.Lat } },
                properties = new Dictionary<string, object> { ["id"] = c.Id, ["heading_deg"] = c.Heading, ["hfov_deg"] = 70, ["range_m"] = 40, ["operator"] = "municipality" },
            }),
        });

    private static async Task DropFileAsync(IPage page, string name, string content)
    {
        var transfer = await page.EvaluateHandleAsync(
            "([name, text]) => { const dt = new DataTransfer(); dt.items.add(new File([text], name, {type: 'application/geo+json'})); return dt; }",
            new object[] { name, content });
        await page.DispatchEventAsync("#map", "dragover", new { dataTransfer = transfer });
        await page.DispatchEventAsync("#map", "drop", new { dataTransfer = transfer });
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, AppProcess app)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 900 } });
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        await page.GotoAsync(app.Address.ToString());
        await page.WaitForSelectorAsync("body[data-map-ready='true']");
        return page;
    }

    private string WriteSamplePlan(string name)
    {
        var path = Path.Combine(folder, name);
        GeoPackagePlanStore.Write(path, SampleMunicipality.Build());
        return path;
    }
}
