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
    public void Write_Plan_OneCameraSectionPerPageInPlanOrder()
    {
        var (pdf, pages, input) = ReportCases.Render(ReportLanguage.English, cameras: 9);
        var text = PdfText.Read(pdf);
        var cameraPages = input.Plan.Cameras.Select(c => text.FirstPageOf("Camera " + c.Id)).ToList();
        Assert.DoesNotContain(-1, cameraPages);
        // Each camera starts a new page: consecutive sections start on strictly increasing pages.
        for (var i = 1; i < cameraPages.Count; i++)
        {
            Assert.True(cameraPages[i] > cameraPages[i - 1], $"camera {i} section starts on page {cameraPages[i]}, previous on {cameraPages[i - 1]}");
        }

        // Cover, summary, overview map come before the cameras; assumptions, evidence, sign-off after them.
        Assert.Equal(0, text.FirstPageOf("Plan version"));
        Assert.True(text.FirstPageOf("Overview map") < cameraPages[0]);
        Assert.True(text.FirstPageOf("Legal assumptions") > cameraPages[^1]);
        Assert.Equal(pages - 1, text.FirstPageOf("Legal sign-off"));
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
    public void Write_PlanWithoutRuleCheck_CoverSummaryOverviewHotspotsCamerasClosing(string name, int cameras)
    {
        _ = name;
        // Without findings every camera section fits one page: cover, summary, overview map, hotspot map,
        // one page per camera, then evidence and sign-off on one page.
        var (pdf, pages, _) = ReportCases.Render(ReportLanguage.English, withCompliance: false, cameras: cameras);
        Assert.Equal(4 + cameras + 1, pages);
        Assert.Equal(pages, PdfText.Read(pdf).Pages.Count);
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

    [Fact]
    public void Write_RealDataPlan_CreditsOsmAndHeightModelAndNoSyntheticLabel()
    {
        var plan = ReportFixture.Plan(2, 20);
        plan = plan with { Metadata = plan.Metadata with { Synthetic = false } };
        var input = ReportAssembler.Assemble(plan, ReportLanguage.English, ReportCases.Clock);
        using var fonts = FontSet.LoadBundled();
        using var ms = new MemoryStream();
        ProposalRenderer.Write(input, ms, fonts);
        var text = PdfText.Read(ms.ToArray());
        Assert.True(text.Contains("© OpenStreetMap contributors (ODbL), Danmarks Højdemodel (SDFI)"));
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
        var first = text.FirstPageOf("Camera " + plan.Cameras[0].Id);
        var second = text.FirstPageOf("Camera " + plan.Cameras[1].Id);
        Assert.Contains(PdfText.Squash("heading unknown"), text.Pages[first], StringComparison.Ordinal);
        Assert.DoesNotContain(PdfText.Squash("heading unknown"), text.Pages[second], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SyntheticPlan_LabelledOnCoverAndEveryPage()
    {
        var (pdf, _, _) = ReportCases.Render(ReportLanguage.English);
        var text = PdfText.Read(pdf);
        Assert.All(text.Pages, p => Assert.Contains(PdfText.Squash("SYNTHETIC DATA"), p, StringComparison.Ordinal));
    }
}
