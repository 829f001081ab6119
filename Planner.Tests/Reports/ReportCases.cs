using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Reports.Content;
using Planner.Reports.Layout;

namespace Planner.Tests.Reports;

/// <summary>
/// Proposals rendered for the tests: the fixture plan through the real engines, and a hand-made compliance result
/// (<see cref="Compliance"/>) for renderer tests that need findings of every kind regardless of the rule pack.
/// </summary>
internal static class ReportCases
{
    public static readonly DateTimeOffset Clock = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public const string RuleHash = "sha256:4f1c9a0e7d2b6c3a8e5f0d1b2c3a4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5";

    public static ComplianceResult Compliance(Plan plan, ReportLanguage lang)
    {
        var da = lang == ReportLanguage.Danish;
        var findings = new List<ReportFinding>();
        foreach (var (cam, k) in plan.Cameras.Select((c, k) => (c, k)))
        {
            if (k % 2 == 0)
            {
                findings.Add(new ReportFinding(cam.Id, "DK-18", FindingSeverity.Fail,
                    da ? $"Kameraet ser ind i en bolig ({k + 1} m²); privatlivsmaske påkrævet." : $"The camera looks into a dwelling ({k + 1} m²); privacy mask required.",
                    $"Databeskyttelsesforordningen art. 6, stk. 1, litra f; tv-overvågningsloven § 1, stk. {k + 1}")
                {
                    Mask = ReportFixture.Rect(cam.X + 5, cam.Y + 5, cam.X + 9 + k, cam.Y + 9),
                });
            }

            if (k % 3 == 0)
            {
                findings.Add(new ReportFinding(cam.Id, "DK-13", FindingSeverity.Warn,
                    da ? "Skiltning påkrævet ved indgangene til synsfeltet." : "Signs required where paths enter the view.",
                    $"Tv-overvågningsloven § 3, stk. 1 (LBK nr. 1190 af 11/10/2007), case {k}")
                {
                    SignPoints = [new(cam.X - 8, cam.Y - 3)],
                    RestsOnAssumption = true,
                });
            }
        }

        findings.Add(new ReportFinding(null, "G-02", FindingSeverity.Info,
            da ? "Konsekvensanalyse påkrævet: systematisk overvågning af offentligt område." : "DPIA required: systematic monitoring of a public area.",
            "Databeskyttelsesforordningen art. 35, stk. 3, litra c"));
        return new ComplianceResult
        {
            RulePackName = "dk",
            RulePackVersion = "1.0.0",
            RulePackHash = RuleHash,
            Findings = findings,
            Assumptions =
            [
                new LegalAssumption("DK-01", "entrance_envelope_m", 30, "m", "assumption", "S", da ? "\"I umiddelbar tilknytning\" er ikke fastlagt i loven." : "\"In immediate connection\" is not fixed by the law.", "Tv-overvågningsloven § 2, stk. 1, nr. 3"),
                new LegalAssumption("DK-08", "area_envelope_m", 500, "m", "assumption", "S", da ? "Afstanden til et boligområde er ikke fastlagt." : "The distance to a residential area is not fixed.", "Tv-overvågningsloven § 2 a"),
            ],
            DpiaRequired = true,
            DpiaReason = da ? "Offentligt område i synsfeltet." : "Public area in view.",
            PolcamDue = plan.Cameras.Where(c => c.Operator == OperatorType.Business).Select(c => c.Id).ToList(),
        };
    }

    private static readonly Lazy<RulePack> DanishPack = new(() => RulePackLoader.Load(RulePackLocator.Find()));

    /// <summary>The fixture plan through the real engines (coverage, hotspots, the bundled Danish rule pack).</summary>
    public static ReportInput Assembled(ReportLanguage lang, int cameras = 6, bool withCompliance = true) =>
        ReportAssembler.Assemble(ReportFixture.Plan(cameras), lang, Clock, options: new ReportOptions { Pack = withCompliance ? DanishPack.Value : null });

    public static (byte[] Pdf, int Pages, ReportInput Input) Render(ReportLanguage lang, bool withCompliance = true, int cameras = 6)
    {
        var input = Assembled(lang, cameras, withCompliance);
        using var fonts = FontSet.LoadBundled();
        using var ms = new MemoryStream();
        var pages = ProposalRenderer.Write(input, ms, fonts);
        return (ms.ToArray(), pages, input);
    }
}
