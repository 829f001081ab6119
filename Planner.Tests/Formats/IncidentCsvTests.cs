using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Formats;

namespace Planner.Tests.Formats;

public sealed class IncidentCsvTests
{
    [Fact]
    public void Load_ContractColumns_ReadsEveryField()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.csv", "id,lon,lat,occurred_at,offence,amount_dkk,reported\r\n" +
            "a,12.568337,55.675676,2024-06-01T23:30:00+02:00,violence,,true\r\n" +
            "\"b, quoted\",12.5690,55.6765,2024-06-02T08:15:00Z,\"theft \"\"bike\"\"\",4999.95,no\r\n");
        var plan = PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions()).Plan;
        Assert.Equal(CrsRegistry.Etrs89Utm32, plan.Epsg);
        var a = plan.Incidents[0];
        // EPSG:25832 of Rådhuspladsen from PROJ 9.1.1 (see CrsRoundTripTests).
        Assert.Equal((724356.6823, 6175756.9877), (Math.Round(a.X, 3), Math.Round(a.Y, 3)), new Close(0.002));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 23, 30, 0, TimeSpan.FromHours(2)), a.OccurredAt);
        Assert.Equal(("violence", null, true), (a.Offence, a.AmountDkk, a.Reported));
        var b = plan.Incidents[1];
        Assert.Equal(("b, quoted", "theft \"bike\"", 4999.95m, false), (b.Id, b.Offence, b.AmountDkk, b.Reported));
        Assert.Equal(TimeSpan.Zero, b.OccurredAt.Offset);
    }

    [Theory]
    [InlineData("winter: CET", "2024-01-15T21:30:00", 1, false)]
    [InlineData("summer: CEST", "2024-07-15T21:30:00", 2, false)]
    [InlineData("spring gap 02:30 does not exist: offset before the change", "2024-03-31T02:30:00", 1, true)]
    [InlineData("just before the gap", "2024-03-31T01:59:00", 1, false)]
    [InlineData("just after the gap", "2024-03-31T03:00:00", 2, false)]
    [InlineData("autumn overlap 02:30 happens twice: the first, summer time", "2024-10-27T02:30:00", 2, true)]
    [InlineData("after the overlap", "2024-10-27T03:00:00", 1, false)]
    [InlineData("space instead of T, minutes only", "2024-07-15 21:30", 2, false)]
    public void Load_LocalTime_IsCopenhagenTimeWithDeterministicDstRules(string name, string text, int offsetHours, bool warned)
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.csv", $"id,lon,lat,occurred_at,offence\ni,12.5683,55.6761,{text},theft\n");
        var result = PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions());
        var at = result.Plan.Incidents[0].OccurredAt;
        Assert.True(TimeSpan.FromHours(offsetHours) == at.Offset, $"{name}: got {at:o}");
        // The wall clock is kept as written.
        Assert.Equal(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), at.DateTime);
        Assert.Equal(warned, result.Warnings.Any(w => w.Contains("daylight-saving change (first on line 2)", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("gap", "2024-03-31T02:30:00", 1)]
    [InlineData("overlap", "2024-10-27T02:30:00", 2)]
    [InlineData("summer", "2024-07-15T12:00:00", 2)]
    [InlineData("winter", "2024-12-15T12:00:00", 1)]
    public void CopenhagenTime_EuRuleFallback_AgreesWithTheSystemZone(string name, string text, int offsetHours)
    {
        var local = DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(TimeSpan.FromHours(offsetHours) == CopenhagenTime.FromLocal(local, CopenhagenTime.EuRule, out _).Offset, name);
        Assert.Equal(CopenhagenTime.FromLocal(local, CopenhagenTime.EuRule, out _), CopenhagenTime.FromLocal(local));
    }

    [Fact]
    public void Load_ColumnMapping_ReadsOtherNames()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.csv", "sagsnr;x_koord;y_koord;tidspunkt;kategori;beloeb\n7;724356,68;6175756,99;2024-02-01T10:00:00;tyveri;100,5\n");
        var options = new PlanLoadOptions
        {
            Epsg = 25832,
            IncidentColumns = new Dictionary<string, string>
            {
                ["id"] = "sagsnr", ["x"] = "x_koord", ["y"] = "y_koord", ["occurred_at"] = "tidspunkt", ["offence"] = "kategori", ["amount_dkk"] = "beloeb",
            },
        };
        var i = Assert.Single(PlanFileLoader.Load(new PlanFiles(Incidents: path), options).Plan.Incidents);
        Assert.Equal(("7", 724356.68, 6175756.99, "tyveri", 100.5m), (i.Id, i.X, i.Y, i.Offence, i.AmountDkk));
    }

    [Fact]
    public void Load_MappedColumnMissing_NamesTheMappedName()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.csv", "id,lon,lat,occurred_at,offence\ni,12.5683,55.6761,2024-02-01T10:00:00,theft\n");
        var options = new PlanLoadOptions { IncidentColumns = new Dictionary<string, string> { ["offence"] = "kategori" } };
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Incidents: path), options));
        Assert.Equal($"{path}: line 1: kategori: expected the mapped column \"kategori\" (for offence); the header has id, lon, lat, occurred_at, offence", ex.Message);
    }

    [Theory]
    [InlineData("date only invents a time", "2024-02-01")]
    [InlineData("day first", "01-02-2024 10:00")]
    [InlineData("impossible date", "2024-02-30T10:00:00")]
    [InlineData("hour 24", "2024-02-01T24:00:00")]
    public void Load_BadTime_IsAnErrorOnItsLine(string name, string text)
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.csv", $"id,lon,lat,occurred_at,offence\ni1,12.5683,55.6761,2024-02-01T10:00:00,theft\ni2,12.5683,55.6761,{text},theft\n");
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions()));
        Assert.True(ex.Message.StartsWith($"{path}: line 3 (id \"i2\"): occurred_at: expected an ISO 8601", StringComparison.Ordinal), name + ": " + ex.Message);
    }

    private sealed class Close(double tolerance) : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) a, (double, double) b) => Math.Abs(a.Item1 - b.Item1) <= tolerance && Math.Abs(a.Item2 - b.Item2) <= tolerance;

        public int GetHashCode((double, double) obj) => 0;
    }
}
