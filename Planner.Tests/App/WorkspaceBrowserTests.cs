using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Tests.Support;
using Xunit.Abstractions;

namespace Planner.Tests.App;

/// <summary>
/// The app end to end in headless chromium on the bundled sample: the map and its layers appear; a camera is added,
/// dragged and turned, and its covered area, findings and the plan figures change in the page; invalid values are
/// refused in the field; undo puts things back. Screenshots go to docs/ when PLANNER_SCREENSHOTS=1.
/// </summary>
[Collection("app")]
public sealed class WorkspaceBrowserTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly ITestOutputHelper output;
    private readonly AppFixture fixture;

    public WorkspaceBrowserTests(ITestOutputHelper output, AppFixture fixture)
    {
        this.output = output;
        this.fixture = fixture;
    }

    [BrowserFact]
    public async Task Workspace_AddDragRotateEditUndo_MapAndPanelsFollow()
    {
        var app = fixture.App;
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 900 } });
            page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
            page.Console += (_, m) => output.WriteLine("console: " + m.Text);
            var opened = DateTime.UtcNow;
            await page.GotoAsync(app.Address.ToString());
            await page.WaitForSelectorAsync("body[data-map-ready='true']");
            output.WriteLine($"process start → address printed: {app.Startup.TotalMilliseconds:0} ms; page open → map drawn: {(DateTime.UtcNow - opened).TotalMilliseconds:0} ms");

            // The map shows the plan's own layers, and the layers panel lists every layer with its legend.
            foreach (var layer in new[] { "buildings", "zones", "incidents", "cameras", "coverage-detect", "coverage-identify", "blind", "overlap", "findings" })
            {
                Assert.True(await page.Locator($"#layer-{layer}").IsVisibleAsync(), layer + " is in the layers panel");
            }

            Assert.True(await Count(page, "buildings") > 100, "buildings drawn");
            Assert.True(await Count(page, "cameras") >= 20, "cameras drawn");
            Assert.True(await Count(page, "coverage-detect") > 0, "coverage drawn");
            Assert.Contains("EPSG:25832", await page.Locator(".ol-attribution, #pointer-coordinates").AllInnerTextsAsync().ContinueWith(t => string.Join(" ", t.Result)), StringComparison.Ordinal);
            await Screenshot(page, "app-map.png");

            // Frame times while panning the map there and back (1.5 s each way), measured with requestAnimationFrame.
            var frames = await page.EvaluateAsync<JsonElement>(PanScript);
            output.WriteLine("panning frame times (ms): " + frames.GetRawText());

            // Blind spots and overlap appear when switched on in the layers panel.
            await page.ClickAsync("#toggle-blind");
            await page.ClickAsync("#toggle-overlap");
            await page.WaitForFunctionAsync("() => ['blind', 'overlap'].every(l => plannerMap.app.layers.get(l).source.getFeatures().length > 0)");
            await Screenshot(page, "app-layers.png");
            await page.ClickAsync("#toggle-blind");
            await page.ClickAsync("#toggle-overlap");
            Assert.False(await page.EvaluateAsync<bool>("() => plannerMap.app.layers.get('blind').layer.getVisible()"));

            // Add a camera in a street of the sample.
            var street = SampleMunicipality.Build().Zones.First(z => z.Kind == ZoneKind.PublicArea && z.Area.Area > 400).Area.InteriorPoint;
            await page.ClickAsync("#mode-add");
            var version = await Version(page);
            await ClickMapAsync(page, street.X, street.Y);
            await WaitVersionAfter(page, version);
            await page.WaitForSelectorAsync("#camera-title:has-text('Camera new-1')");
            await page.ClickAsync("#mode-select");
            Assert.NotNull(await CameraAt(page, "new-1"));
            var coverage0 = await CoverageExtent(page, "new-1");
            var findings0 = await page.InnerTextAsync("#camera-findings");
            Assert.NotEmpty(findings0);

            // Drag it 40 px east and 30 px north: the camera, its coverage and the figures follow.
            var at0 = (await CameraAt(page, "new-1"))!.Value;
            version = await Version(page);
            await DragAsync(page, at0, 40, -30);
            await WaitVersionAfter(page, version);
            var at1 = (await CameraAt(page, "new-1"))!.Value;
            var state = await page.EvaluateAsync<string>("() => JSON.stringify({sel: plannerMap.app.selected, v: plannerMap.app.version, msg: document.querySelector('#message')?.innerText, ids: plannerMap.app.cameras.source.getFeatures().map(f => f.getId()).filter(i => i.startsWith('new')), edits: plannerMap.app.metrics.edits, title: document.querySelector('#camera-title')?.innerText, lat: document.querySelector('#edit-latency').innerText})");
            Assert.True(at1.X > at0.X + 1 && at1.Y > at0.Y + 1, $"moved east and north: {at0} → {at1}; {state}");
            var coverage1 = await CoverageExtent(page, "new-1");
            Assert.NotEqual(coverage0, coverage1);

            // Turn it with the handle by about a quarter turn (handle dragged from north to east of the camera).
            var heading0 = await page.InputValueAsync("#field-heading_deg");
            version = await Version(page);
            var handle = await HandlePixel(page);
            var centre = await PixelOf(page, at1.X, at1.Y);
            await DragPixelsAsync(page, handle, (centre.X + 60, centre.Y));
            await WaitVersionAfter(page, version);
            await page.WaitForFunctionAsync($"document.querySelector('#field-heading_deg').value !== '{heading0}'");
            var heading1 = double.Parse(await page.InputValueAsync("#field-heading_deg"), CultureInfo.InvariantCulture);
            Assert.InRange(heading1, 60, 120);
            var coverage2 = await CoverageExtent(page, "new-1");
            Assert.NotEqual(coverage1, coverage2);
            await page.EvaluateAsync($"() => plannerMap.app.map.getView().setCenter([{(at1.X + 25).ToString(CultureInfo.InvariantCulture)}, {at1.Y.ToString(CultureInfo.InvariantCulture)}])");
            await page.EvaluateAsync("() => plannerMap.app.map.getView().setResolution(0.3)");
            await page.WaitForFunctionAsync(Rendered);
            await Screenshot(page, "app-edit.png");

            // A value that breaks a rule is refused in the field with the rule; nothing else changes.
            version = await Version(page);
            await page.FillAsync("#field-heading_deg", "400");
            await page.PressAsync("#field-heading_deg", "Tab");
            await page.WaitForSelectorAsync("#error-heading_deg");
            Assert.Contains("heading_deg must be in [0, 360)", await page.InnerTextAsync("#error-heading_deg"), StringComparison.Ordinal);
            Assert.Equal(version, await Version(page));
            Assert.Equal($"version {version}", await page.InnerTextAsync("#plan-version"));

            // Telling the plan it is a business camera changes its findings (other rules apply).
            var findings1 = await page.InnerTextAsync("#camera-findings");
            await page.SelectOptionAsync("#field-operator", "business");
            await page.WaitForFunctionAsync("t => document.querySelector('#camera-findings').innerText !== t", findings1);
            var findings2 = await page.InnerTextAsync("#camera-findings");
            Assert.NotEqual(findings1, findings2);
            await Screenshot(page, "app-findings.png");

            var metrics = await page.EvaluateAsync<JsonElement>("() => window.plannerMetrics.edits");
            output.WriteLine("edits (pointer-up/key → coverage drawn, → all layers drawn): " + metrics.GetRawText());

            // Undo the operator, the rotation and the move: back where the drag started.
            await page.ClickAsync("#undo");
            await page.WaitForFunctionAsync("t => document.querySelector('#camera-findings').innerText === t", findings1);
            await page.ClickAsync("#undo");
            await page.WaitForFunctionAsync($"document.querySelector('#field-heading_deg').value === '{heading0}'");
            version = await Version(page);
            await page.ClickAsync("#undo");
            await WaitVersionChange(page, version);
            var back = (await CameraAt(page, "new-1"))!.Value;
            Assert.Equal(at0.X, back.X, 0.05);
            Assert.Equal(at0.Y, back.Y, 0.05);
            Assert.Equal(coverage0, await CoverageExtent(page, "new-1"));

            // Shift+click adds a camera to the selection; Delete removes both; undo brings both back.
            await page.EvaluateAsync("() => plannerMap.app.map.getView().fit(plannerMap.app.cfg.extent)");
            await page.WaitForFunctionAsync(Rendered);
            var other = SampleMunicipality.Build().Cameras[0];
            var (ox, oy) = await PixelOf(page, other.X, other.Y);
            await page.Keyboard.DownAsync("Shift");
            await page.Mouse.ClickAsync((float)ox, (float)oy);
            await page.Keyboard.UpAsync("Shift");
            await page.WaitForSelectorAsync("#camera-title:has-text('2 cameras selected')");
            var cameras = int.Parse(await page.InnerTextAsync("#figure-cameras"), CultureInfo.InvariantCulture);
            version = await Version(page);
            await page.Keyboard.PressAsync("Delete");
            await WaitVersionChange(page, version);
            await page.WaitForFunctionAsync($"() => document.querySelector('#figure-cameras').innerText === '{cameras - 2}'");
            Assert.Null(await CameraAt(page, "new-1"));
            Assert.Null(await CameraAt(page, other.Id));
            await page.Keyboard.PressAsync("Control+z");
            await page.WaitForFunctionAsync($"() => document.querySelector('#figure-cameras').innerText === '{cameras}'");
            Assert.NotNull(await CameraAt(page, other.Id));
        }
        catch (Exception) when (Report(browser))
        {
            throw;
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    /// <summary>Waits for the map's next complete render, asking for one (a render already done would never come again).</summary>
    private const string Rendered = "() => new Promise(done => { const m = plannerMap.app.map; m.once('rendercomplete', () => done(true)); m.render(); })";

    private const string PanScript = """
        async () => {
          const view = plannerMap.app.map.getView();
          const c = view.getCenter();
          const r = view.getResolution();
          const gaps = [];
          let last = performance.now();
          let running = true;
          const tick = (t) => { gaps.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
          requestAnimationFrame(tick);
          await new Promise((done) => view.animate({center: [c[0] + 500 * r, c[1] + 200 * r], duration: 1500}, {center: c, duration: 1500}, () => done()));
          running = false;
          gaps.shift();
          gaps.sort((a, b) => a - b);
          const q = (p) => Math.round(gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * p))] * 10) / 10;
          return {frames: gaps.length, fps: Math.round(gaps.length / 3 * 10) / 10, p50: q(0.5), p95: q(0.95), max: q(1)};
        }
        """;

    /// <summary>On a failure: the page's state and a screenshot (in the temp folder) into the test output; never handles it.</summary>
    private bool Report(IBrowser browser)
    {
        try
        {
            var page = browser.Contexts.SelectMany(c => c.Pages).FirstOrDefault();
            if (page is not null)
            {
                var state = page.EvaluateAsync<string>("() => JSON.stringify({version: window.plannerMap?.app?.version, selected: window.plannerMap?.app?.selected, message: document.querySelector('#message')?.innerText, title: document.querySelector('#camera-title')?.innerText, latency: document.querySelector('#edit-latency')?.innerText})").GetAwaiter().GetResult();
                output.WriteLine("page state at the failure: " + state);
                var shot = Path.Combine(Path.GetTempPath(), "planner-browser-failure.png");
                page.ScreenshotAsync(new PageScreenshotOptions { Path = shot }).GetAwaiter().GetResult();
                output.WriteLine("screenshot: " + shot);
            }
        }
        catch (PlaywrightException ex)
        {
            output.WriteLine("could not read the page: " + ex.Message);
        }

        return false;
    }

    private static Task<int> Count(IPage page, string layer) =>
        page.EvaluateAsync<int>($"() => plannerMap.app.layers.get('{layer}').source.getFeatures().length");

    /// <summary>The plan version the map has drawn (the page's panels follow in the same round trip).</summary>
    private static Task<long> Version(IPage page) => page.EvaluateAsync<long>("() => plannerMap.app.version");

    private static Task WaitVersionAfter(IPage page, long version) =>
        page.WaitForFunctionAsync($"() => plannerMap.app.version > {version}");

    private static Task WaitVersionChange(IPage page, long version) =>
        page.WaitForFunctionAsync($"() => plannerMap.app.version !== {version}");

    private static async Task<(double X, double Y)?> CameraAt(IPage page, string id)
    {
        var xy = await page.EvaluateAsync<double[]?>($"() => plannerMap.cameraAt('{id}')");
        return xy is null ? null : (xy[0], xy[1]);
    }

    private static async Task<string> CoverageExtent(IPage page, string id) =>
        await page.EvaluateAsync<string>($"() => {{ const f = plannerMap.app.layers.get('coverage-visible').source.getFeatureById('{id}/visible'); return f ? f.getGeometry().getExtent().map(v => v.toFixed(1)).join(',') : 'none'; }}");

    private static async Task<(double X, double Y)> PixelOf(IPage page, double x, double y)
    {
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        var p = await page.EvaluateAsync<double[]>($"() => plannerMap.pixelOf({x.ToString(CultureInfo.InvariantCulture)}, {y.ToString(CultureInfo.InvariantCulture)})");
        return (box.X + p[0], box.Y + p[1]);
    }

    private static async Task<(double X, double Y)> HandlePixel(IPage page)
    {
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        var p = await page.EvaluateAsync<double[]>("() => plannerMap.handlePixel()");
        return (box.X + p[0], box.Y + p[1]);
    }

    private static async Task ClickMapAsync(IPage page, double x, double y)
    {
        var (px, py) = await PixelOf(page, x, y);
        await page.Mouse.ClickAsync((float)px, (float)py);
    }

    private static async Task DragAsync(IPage page, (double X, double Y) at, double dx, double dy)
    {
        var from = await PixelOf(page, at.X, at.Y);
        await DragPixelsAsync(page, from, (from.X + dx, from.Y + dy));
    }

    private static async Task DragPixelsAsync(IPage page, (double X, double Y) from, (double X, double Y) to)
    {
        await page.Mouse.MoveAsync((float)from.X, (float)from.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)to.X, (float)to.Y, new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var dir = Environment.GetEnvironmentVariable("PLANNER_SCREENSHOTS") == "1"
            ? TestPaths.RepoFile("docs")
            : Path.Combine(Path.GetTempPath(), "planner-screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name) });
    }
}
