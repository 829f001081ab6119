using Planner.Reports.Content;
using Planner.Reports.Layout;
using UglyToad.PdfPig.Tokens;

namespace Planner.Tests.Reports;

public sealed class ProposalPdfTests
{
    public static TheoryData<string, ReportLanguage, string, string> Languages => new()
    {
        { "danish", ReportLanguage.Danish, "Side {0} af {1}", "Forslag til tv-overvågning" },
        { "english", ReportLanguage.English, "Page {0} of {1}", "CCTV proposal" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Write_Plan_EveryCameraIdCitationAndRuleHashAppear(string name, ReportLanguage lang, string pageLabel, string title)
    {
        _ = name;
        _ = pageLabel;
        var (pdf, _, input) = ReportCases.Render(lang);
        var text = PdfText.Read(pdf);
        foreach (var camera in input.Plan.Cameras)
        {
            Assert.True(text.Contains(camera.Id), $"camera {camera.Id} missing");
        }

        Assert.NotEmpty(input.Compliance!.Findings);
        foreach (var finding in input.Compliance.Findings)
        {
            Assert.True(text.Contains(finding.Citation), $"citation \"{finding.Citation}\" missing");
        }

        foreach (var a in input.Compliance.Assumptions)
        {
            Assert.True(text.Contains(a.Citation), $"assumption citation \"{a.Citation}\" missing");
        }

        // The pack hash, computed here from the file (UTF-8, LF line ends), is printed in full.
        var packText = File.ReadAllText(Planner.Geo.Rules.RulePackLocator.Find()).Replace("\r\n", "\n", StringComparison.Ordinal);
        var packHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(new System.Text.UTF8Encoding(false).GetBytes(packText)));
        Assert.Equal(packHash, input.Compliance.RulePackHash);
        Assert.True(text.Contains(packHash), "rule pack hash missing");
        Assert.StartsWith(title, text.Title, StringComparison.Ordinal);
        Assert.Equal(input.Plan.Metadata.Author, text.Author);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Write_Plan_EveryPageSaysPageXOfY(string name, ReportLanguage lang, string pageLabel, string title)
    {
        _ = name;
        _ = title;
        var (pdf, pages, _) = ReportCases.Render(lang);
        var text = PdfText.Read(pdf);
        Assert.Equal(pages, text.Pages.Count);
        for (var i = 0; i < pages; i++)
        {
            var label = PdfText.Squash(string.Format(System.Globalization.CultureInfo.InvariantCulture, pageLabel, i + 1, pages));
            Assert.Contains(label, text.Pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_Plan_CameraSectionsInPlanOrderWithoutForcedPageBreaks()
    {
        var (pdf, pages, input) = ReportCases.Render(ReportLanguage.English, cameras: 9);
        var text = PdfText.Read(pdf);
        var all = string.Concat(text.Pages);
        var starts = input.Plan.Cameras.Select(c => PdfText.HeadingIndex(all, "Camera " + c.Id)).ToList();
        Assert.DoesNotContain(-1, starts);
        for (var i = 1; i < starts.Count; i++)
        {
            Assert.True(starts[i] > starts[i - 1], $"camera {i} section starts before camera {i - 1}'s");
        }

        // Issue 13: a section that does not fill its page does not push the next camera to a new page.
        var cameraPages = input.Plan.Cameras.Select(c => text.HeadingPage("Camera " + c.Id)).ToList();
        Assert.True(cameraPages.Distinct().Count() < cameraPages.Count, "every camera section started on its own page");

        // Cover, contents, summary, overview map come before the cameras; assumptions, questions, sign-off after them.
        Assert.Equal(0, text.FirstPageOf("Plan version"));
        Assert.True(text.HeadingPage("Overview map") < cameraPages[0]);
        Assert.True(text.FirstPageOf("Legal assumptions" + "The law does not") >= cameraPages[^1]);
        Assert.Equal(pages - 1, text.FirstPageOf("Legal sign-off" + "To be completed"));
    }

    [Fact]
    public void Write_Plan_PageCountMatchesLayoutPass()
    {
        var input = ReportCases.Assembled(ReportLanguage.Danish);
        using var fonts = FontSet.LoadBundled();
        var laidOut = Paginator.Paginate(ProposalRenderer.Blocks(new ReportContext(input, fonts)), fonts, PageSetup.A4);
        var (pdf, pages, _) = ReportCases.Render(ReportLanguage.Danish);
        Assert.Equal(laidOut.Count, pages);
        Assert.Equal(pages, PdfText.Read(pdf).Pages.Count);
    }

    [Theory]
    [InlineData("one camera", 1)]
    [InlineData("seven cameras", 7)]
    public void Write_PlanWithoutRuleCheck_EveryCameraOnceAndNoLegalSections(string name, int cameras)
    {
        _ = name;
        var (pdf, pages, input) = ReportCases.Render(ReportLanguage.English, withCompliance: false, cameras: cameras);
        var text = PdfText.Read(pdf);
        Assert.Equal(pages, text.Pages.Count);
        Assert.All(input.Plan.Cameras, c => Assert.True(text.Contains("Camera " + c.Id), c.Id));
        Assert.False(text.Contains("Legal assumptions"));
        Assert.False(text.Contains("Cameras that fail"));
        // Without findings two camera sections fit a page: the camera part takes at most ⌈n/2⌉ + 1 pages.
        var first = text.HeadingPage("Camera " + input.Plan.Cameras[0].Id);
        var last = text.HeadingPage("Camera " + input.Plan.Cameras[^1].Id);
        Assert.True(last - first + 1 <= ((cameras + 1) / 2) + 1, $"{cameras} camera sections span pages {first}–{last}");
    }

    [Fact]
    public void Write_Plan_FontsAreEmbedded()
    {
        var (pdf, _, _) = ReportCases.Render(ReportLanguage.Danish);
        var text = PdfText.Read(pdf);
        Assert.NotEmpty(text.FontDescriptors);
        foreach (var d in text.FontDescriptors)
        {
            Assert.True(d.ContainsKey(NameToken.FontFile2) || d.ContainsKey(NameToken.FontFile3),
                "font descriptor without an embedded font program: " + d);
        }
    }

    [Fact]
    public void Write_Plan_PdfA2bMetadataWithOutputIntent()
    {
        var (pdf, _, _) = ReportCases.Render(ReportLanguage.Danish);
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", raw, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", raw, StringComparison.Ordinal);
        Assert.Contains("/OutputIntents", raw, StringComparison.Ordinal);
        Assert.Contains("2026-11-25T12:00:00", raw, StringComparison.Ordinal); // creation date from the report clock
    }

    [Fact]
    public void Write_DanishPlan_DanishLettersSurviveShaping()
    {
        var (pdf, _, _) = ReportCases.Render(ReportLanguage.Danish);
        var text = PdfText.Read(pdf);
        Assert.True(text.Contains("Ærø Østergård"));
        Assert.True(text.Contains("Bageriet Æblehaven ApS"));
        Assert.True(text.Contains("Juridisk godkendelse"));
    }

    [Fact]
    public void Write_WithoutEngineResults_SaysWhatIsLeftOut()
    {
        var (pdf, _, _) = ReportCases.Render(ReportLanguage.English, withCompliance: false);
        var text = PdfText.Read(pdf);
        Assert.True(text.Contains("Not included in this document"));
        Assert.True(text.Contains("The rule check is not included"));
        Assert.False(text.Contains("Legal assumptions"));
        Assert.False(text.Contains("Rule pack hash"));
    }

    [Theory]
    [InlineData("osm footprints with dhm heights", "buildings.geojson (© OpenStreetMap contributors; heights from Danmarks Højdemodel)", true, true, true)]
    [InlineData("osm named, no buildings", "OpenStreetMap extract", false, true, false)]
    [InlineData("dhm named but no buildings", "OpenStreetMap; Danmarks Højdemodel", false, true, false)]
    [InlineData("own files, no known source", "cameras.geojson, zones.geojson", true, false, false)]
    public void Write_RealDataPlan_CreditsOnlySourcesThePlanHas(string name, string source, bool buildings, bool osm, bool dhm)
    {
        _ = name;
        var plan = ReportFixture.Plan(2, 20);
        plan = plan with { Metadata = plan.Metadata with { Synthetic = false, Source = source }, Buildings = buildings ? plan.Buildings : [] };
        var input = ReportAssembler.Assemble(plan, ReportLanguage.English, ReportCases.Clock);
        using var fonts = FontSet.LoadBundled();
        using var ms = new MemoryStream();
        ProposalRenderer.Write(input, ms, fonts);
        var text = PdfText.Read(ms.ToArray());
        Assert.Equal(osm, text.Contains("© OpenStreetMap contributors (ODbL)"));
        Assert.Equal(dhm, text.Contains("Danmarks Højdemodel (SDFI)"));
        Assert.Equal(!osm && !dhm, text.Contains("Map data: the plan's own layers"));
        Assert.False(text.Contains("SYNTHETIC DATA"));
    }

    [Fact]
    public void Write_CameraWithoutSurveyedHeading_SaysHeadingUnknown()
    {
        var plan = ReportFixture.Plan(2, 20);
        plan = plan with { Cameras = [plan.Cameras[0] with { HeadingKnown = false }, plan.Cameras[1]] };
        var input = ReportAssembler.Assemble(plan, ReportLanguage.English, ReportCases.Clock);
        using var fonts = FontSet.LoadBundled();
        using var ms = new MemoryStream();
        ProposalRenderer.Write(input, ms, fonts);
        var text = PdfText.Read(ms.ToArray());
        var all = string.Concat(text.Pages);
        var first = PdfText.HeadingIndex(all, "Camera " + plan.Cameras[0].Id);
        var second = PdfText.HeadingIndex(all, "Camera " + plan.Cameras[1].Id);
        Assert.True(first >= 0 && second > first);
        var unknown = PdfText.Squash("heading unknown");
        Assert.Contains(unknown, all[first..second], StringComparison.Ordinal);
        Assert.DoesNotContain(unknown, all[second..], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SyntheticPlan_LabelledOnCoverAndEveryPage()
    {
        var (pdf, _, _) = ReportCases.Render(ReportLanguage.English);
        var text = PdfText.Read(pdf);
        Assert.All(text.Pages, p => Assert.Contains(PdfText.Squash("SYNTHETIC DATA"), p, StringComparison.Ordinal));
    }
}
