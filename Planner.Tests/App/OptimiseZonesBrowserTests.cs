using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Planner.Geo.Formats;
using Planner.Geo.Stores;
using Planner.Tests.Support;
using Xunit.Abstractions;

namespace Planner.Tests.App;

/// <summary>
/// Issues 15 and 14 in the app, end to end in headless chromium: Optimise on the bundled sample proposes cameras with a
/// certificate, one is accepted (a camera of the plan, undo removes it) and one rejected; zones are derived from the
/// bundled OSM extract on a plan of the Copenhagen buildings. Screenshots go to docs/screenshots when PLANNER_SCREENSHOTS=1.
/// </summary>
[Collection("app")]
public sealed partial class OptimiseZonesBrowserTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(240);
    private readonly ITestOutputHelper output;
    private readonly AppFixture fixture;

    public OptimiseZonesBrowserTests(ITestOutputHelper output, AppFixture fixture)
    {
        this.output = output;
        this.fixture = fixture;
    }

    [BrowserFact]
    public async Task Issue15_OptimiseOnSample_ProposalsWithCertificate_AcceptAddsCameraUndoRemoves_RejectDrops()
    {
        await WithPageAsync(fixture.App.Address, async page =>
        {
            await page.ClickAsync("#optimise-open");
            await page.FillAsync("#opt-k", "4");
            await page.FillAsync("#opt-step", "60");
            await page.FillAsync("#opt-models", "bullet-8mp-4mm");
            await page.CheckAsync("#opt-police");
            await page.FillAsync("#opt-weights", "violence=3");
            await page.Locator("#opt-weights").BlurAsync();

            // A run can be cancelled: the panel says so and nothing is proposed.
            await page.ClickAsync("#opt-run");
            await page.ClickAsync("#opt-cancel");
            await page.WaitForSelectorAsync("#opt-progress:has-text('cancelled')");
            Assert.Equal(0, await page.Locator("#opt-proposals").CountAsync());

            await page.ClickAsync("#opt-run");
            await page.WaitForSelectorAsync("#opt-certificate");
            var certificate = await page.InnerTextAsync("#opt-certificate");
            var pct = double.Parse(CertificateRegex().Match(certificate).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.InRange(pct, 63.2, 100);
            var rows = page.Locator("#opt-proposals tr.proposal");
            Assert.Equal(4, await rows.CountAsync());
            await page.WaitForSelectorAsync("body[data-proposals='4']");
            Assert.Equal(5, int.Parse(await page.GetAttributeAsync("#coverage-curve", "data-points") ?? "0", CultureInfo.InvariantCulture));
            Assert.Contains("candidate(s) generated at", await page.InnerTextAsync("#opt-candidates"), StringComparison.Ordinal);
            Assert.Contains("kept", await page.InnerTextAsync("#opt-screen"), StringComparison.Ordinal);
            output.WriteLine(await page.InnerTextAsync("#opt-result"));
            await page.Locator("#opt-tally").ScrollIntoViewIfNeededAsync();
            await FreshAppPage.ScreenshotAsync(page, "optimise-panel.png");

            var cameras0 = int.Parse(await page.InnerTextAsync("#figure-cameras"), CultureInfo.InvariantCulture);
            var first = (await rows.First.GetAttributeAsync("data-id"))!;
            await rows.First.Locator("button.accept").ClickAsync();
            await page.WaitForSelectorAsync($"#figure-cameras:text-is('{cameras0 + 1}')");
            await page.WaitForFunctionAsync($"() => plannerMap.cameraAt('{first}') !== null");
            await page.WaitForSelectorAsync("body[data-proposals='3']");
            Assert.Equal(3, await rows.CountAsync());
            Assert.Equal(0, await page.Locator($"#opt-proposals tr[data-id='{first}']").CountAsync());
            await page.WaitForSelectorAsync("#opt-stale");

            await page.ClickAsync("#undo");
            await page.WaitForSelectorAsync($"#figure-cameras:text-is('{cameras0}')");
            await page.WaitForFunctionAsync($"() => plannerMap.cameraAt('{first}') === null");

            var second = (await rows.First.GetAttributeAsync("data-id"))!;
            await rows.First.Locator("button.reject").ClickAsync();
            await page.WaitForSelectorAsync("body[data-proposals='2']");
            Assert.Equal(2, await rows.CountAsync());
            Assert.Equal(0, await page.Locator($"#opt-proposals tr[data-id='{second}']").CountAsync());
            Assert.Equal(cameras0.ToString(CultureInfo.InvariantCulture), await page.InnerTextAsync("#figure-cameras"));
            Assert.Contains("1 accepted, 1 rejected, 2 open", await page.InnerTextAsync("#opt-tally"), StringComparison.Ordinal);
        });
    }

    [BrowserFact]
    public async Task Issue14_DeriveZonesInApp_CopenhagenBuildingsAndOsmExtract_CountsPerKindAndBbrWarning()
    {
        if (TestPaths.SharedData is null)
        {
            return;
        }

        var dir = Directory.CreateTempSubdirectory("app-zones-").FullName;
        try
        {
            var plan = Path.Combine(dir, "copenhagen.gpkg");
            var loaded = PlanFileLoader.Load(new PlanFiles(Buildings: TestPaths.Shared("copenhagen-indre-by/buildings.geojson")), new PlanLoadOptions());
            GeoPackagePlanStore.Write(plan, loaded.Plan);
            await using var app = await AppProcess.StartAsync("open", plan);
            await WithPageAsync(app.Address, async page =>
            {
                await page.ClickAsync("#zones-open");
                await page.FillAsync("#zones-osm", TestPaths.Shared("osm-copenhagen/indre-by-southeast-2017.osm"));
                await page.Locator("#zones-osm").BlurAsync();
                await page.ClickAsync("#zones-derive");
                await page.WaitForSelectorAsync("#zones-kinds");
                var publicArea = await page.InnerTextAsync("#zones-kind-public_area");
                output.WriteLine(await page.InnerTextAsync("#zones-result"));
                Assert.Matches(@"public area\s+1,553\s+1,272,657 m²", publicArea);
                Assert.Matches(@"dwelling\s+16\s", await page.InnerTextAsync("#zones-kind-dwelling"));
                Assert.Matches(@"nightlife venue\s+72\s", await page.InnerTextAsync("#zones-kind-nightlife_venue"));
                Assert.Contains("building=yes", await page.InnerTextAsync("#zones-result"), StringComparison.Ordinal);
                Assert.Contains("OSM ", await page.InnerTextAsync("#zones-sources + ul"), StringComparison.Ordinal);
                Assert.True(await page.EvaluateAsync<int>("() => " + ZonesInView) > 0, "the zones layer serves the derived zones");
                await page.Locator(".zones-warning").Last.ScrollIntoViewIfNeededAsync();
                await FreshAppPage.ScreenshotAsync(page, "zones-dialog.png");

                // One edit: undo takes every derived zone away again.
                await page.ClickAsync("#undo");
                await page.WaitForFunctionAsync("() => " + ZonesInView + ".then(n => n === 0)", null, new PageWaitForFunctionOptions { PollingInterval = 250 });
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Zone features the app serves for central Copenhagen (EPSG:25832), as a JS promise.</summary>
    private const string ZonesInView = "fetch('api/layers/zones?bbox=720000,6170000,730000,6180000&res=1').then(r => r.json()).then(j => j.features.length)";

    [GeneratedRegex(@"≥ ([0-9.]+) % of optimal")]
    private static partial Regex CertificateRegex();

    private async Task WithPageAsync(Uri address, Func<IPage, Task> act)
    {
        var (playwright, browser) = await AppBrowser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
            page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
            page.Console += (_, m) => output.WriteLine("console: " + m.Text);
            await page.GotoAsync(address.ToString());
            await page.WaitForSelectorAsync("body[data-map-ready='true']");
            await act(page);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
