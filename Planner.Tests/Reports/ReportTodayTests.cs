using Planner.Reports.Content;
using Planner.Reports.Layout;

namespace Planner.Tests.Reports;

/// <summary>
/// Review leftover of issue 9 ("today in Copenhagen" in one place): the report's dates and its permit check use the
/// Copenhagen date of the clock, the day the rules were checked on — at 23:30 UTC on 25 November it is already
/// 26 November in Copenhagen (CET, +01:00).
/// </summary>
public sealed class ReportTodayTests
{
    [Fact]
    public void Write_JustAfterMidnightInCopenhagen_DatesAndPermitsUseTheCopenhagenDay()
    {
        var clock = new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero);
        var fixture = ReportFixture.Plan(cameraCount: 2);
        var lapsedToday = fixture.Cameras[0] with { Permit = "P-1", PermitExpires = new DateOnly(2026, 11, 25) };
        var plan = fixture with { Cameras = [lapsedToday, fixture.Cameras[1]] };
        var input = ReportAssembler.Assemble(plan, ReportLanguage.English, clock, options: new ReportOptions { Pack = null });
        using var fonts = FontSet.LoadBundled();
        using var ms = new MemoryStream();
        ProposalRenderer.Write(input, ms, fonts);
        var text = PdfText.Read(ms.ToArray());

        Assert.True(text.Contains("CCTV proposal · 26 November 2026"), "header date");
        Assert.False(text.Contains("25 November 2026 ·"), "no UTC date");
        Assert.True(text.Contains("P-1 (expired 25 November 2026)"), "a permit that ran out on the 25th has lapsed on the 26th");
    }
}
