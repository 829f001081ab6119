using Planner.Geo.Stores;
using Planner.Tests.Support;

namespace Planner.Tests.Reports;

[Collection("console")]
public sealed class ReportVerbTests
{
    [Theory]
    [InlineData("danish", "da", "Side 1 af")]
    [InlineData("english", "en", "Page 1 of")]
    public void Report_GeoPackagePlan_WritesPdfWithEveryCamera(string name, string lang, string firstPage)
    {
        _ = name;
        var dir = Directory.CreateTempSubdirectory("planner-report-verb-");
        try
        {
            var plan = ReportFixture.Plan(4, 60);
            var gpkg = Path.Combine(dir.FullName, "plan.gpkg");
            GeoPackagePlanStore.Write(gpkg, plan);
            var pdf = Path.Combine(dir.FullName, "proposal.pdf");
            var (code, stdout, stderr) = CliHarness.Run("report", "--plan", gpkg, "--out", pdf, "--lang", lang);
            Assert.True(code == 0, stderr);
            Assert.Contains("pages", stdout, StringComparison.Ordinal);
            var text = PdfText.Read(File.ReadAllBytes(pdf));
            Assert.All(plan.Cameras, c => Assert.True(text.Contains(c.Id), c.Id));
            Assert.Contains(PdfText.Squash(firstPage), text.Pages[0], StringComparison.Ordinal);
            // The plan file's own hash is on the cover.
            var planHash = Planner.Reports.Content.LayerHasher.HashFile(gpkg).Sha256;
            Assert.True(text.Contains(planHash));
            Assert.Equal(["plan.gpkg", "proposal.pdf"], Directory.GetFiles(dir.FullName).Select(Path.GetFileName).Order());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Report_UnknownLanguage_ExitsTwoWithOneLineAndWritesNothing()
    {
        var dir = Directory.CreateTempSubdirectory("planner-report-verb-");
        try
        {
            var gpkg = Path.Combine(dir.FullName, "plan.gpkg");
            GeoPackagePlanStore.Write(gpkg, ReportFixture.Plan(2, 10));
            var pdf = Path.Combine(dir.FullName, "proposal.pdf");
            var (code, _, stderr) = CliHarness.Run("report", "--plan", gpkg, "--out", pdf, "--lang", "sv");
            Assert.Equal(2, code);
            Assert.Single(stderr.Trim().Split('\n'));
            Assert.Contains("--lang", stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(pdf));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Report_MissingPlanFile_ExitsTwo()
    {
        var (code, _, stderr) = CliHarness.Run("report", "--plan", "/nonexistent/plan.gpkg", "--out", Path.Combine(Path.GetTempPath(), "x.pdf"));
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Issue13_Report_EmptyPlan_ExitsTwoWithOneLineAndWritesNothing()
    {
        var dir = Directory.CreateTempSubdirectory("planner-report-verb-");
        try
        {
            var plan = ReportFixture.Plan(1, 10);
            var gpkg = Path.Combine(dir.FullName, "plan.gpkg");
            GeoPackagePlanStore.Write(gpkg, plan with { Cameras = [] });
            var pdf = Path.Combine(dir.FullName, "proposal.pdf");
            var (code, _, stderr) = CliHarness.Run("report", "--plan", gpkg, "--out", pdf);
            Assert.Equal(2, code);
            Assert.Single(stderr.Trim().Split('\n'));
            Assert.Contains("cameras", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(pdf));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Issue13_Report_TargetHeightAndCaseNumber_StatedInTheDocument()
    {
        var dir = Directory.CreateTempSubdirectory("planner-report-verb-");
        try
        {
            var gpkg = Path.Combine(dir.FullName, "plan.gpkg");
            GeoPackagePlanStore.Write(gpkg, ReportFixture.Plan(2, 20));
            var pdf = Path.Combine(dir.FullName, "proposal.pdf");
            var (code, _, stderr) = CliHarness.Run("report", "--plan", gpkg, "--out", pdf, "--target-height", "1.6", "--case-number", "26/01234");
            Assert.True(code == 0, stderr);
            var text = PdfText.Read(File.ReadAllBytes(pdf));
            Assert.True(text.Contains("beregnet for et mål 1,6 m over terræn"));
            Assert.True(text.Contains("Sagsnr.26/01234"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("negative", "-1")]
    [InlineData("too tall", "12")]
    public void Issue13_Report_TargetHeightOutOfRange_ExitsTwo(string name, string height)
    {
        _ = name;
        var dir = Directory.CreateTempSubdirectory("planner-report-verb-");
        try
        {
            var gpkg = Path.Combine(dir.FullName, "plan.gpkg");
            GeoPackagePlanStore.Write(gpkg, ReportFixture.Plan(1, 10));
            var pdf = Path.Combine(dir.FullName, "proposal.pdf");
            var (code, _, stderr) = CliHarness.Run("report", "--plan", gpkg, "--out", pdf, "--target-height", height);
            Assert.Equal(2, code);
            Assert.Single(stderr.Trim().Split('\n'));
            Assert.False(File.Exists(pdf));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
