using Planner.Geo.Formats;
using Planner.Tests.Support;

namespace Planner.Tests.Hardening;

/// <summary>
/// Issue 17 class 6: temporary files never outlive a write — not on failure, cancellation, Ctrl+C or SIGTERM — and
/// those a killed process left (<c>.NAME.&lt;guid&gt;.tmp</c>, a GeoPackage's <c>-journal</c>) go on the next run.
/// </summary>
[Collection("console")]
public sealed class TempFileTests
{
    [Fact]
    public void Write_CancelledWhileWriting_LeavesOldFileAndNoTemp()
    {
        using var folder = new HardeningFolder();
        var target = folder.Text("out.json", "old");
        using var cts = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(target, s =>
        {
            s.Write("new content"u8);
            cts.Cancel();
        }, cts.Token));
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["out.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteVia_ProducerThrows_LeavesNoTempOrJournal()
    {
        using var folder = new HardeningFolder();
        var target = folder["plan.gpkg"];
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteVia(target, temp =>
        {
            File.WriteAllText(temp + "-journal", "journal");
            throw new InvalidOperationException("producer failed");
        }));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Check_StaleTempAndJournalOfAKilledRun_AreRemovedByTheNextRun()
    {
        using var folder = new HardeningFolder();
        var plan = folder.Plan();
        var stale = folder.Text($".out.json.{Guid.NewGuid():N}.tmp", "half");
        var journal = folder.Text($".out.json.{Guid.NewGuid():N}.tmp-journal", "journal");
        var foreign = folder.Text(".out.json.mine.tmp", "not ours: no guid");
        var (exit, _, stderr) = CliHarness.Run("check", "--plan", plan, "--out", folder["out.json"]);
        Assert.True(exit == 0, stderr);
        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(journal));
        Assert.True(File.Exists(foreign));
    }

    [Fact]
    public void RemoveStale_TempHeldByARunningWrite_IsLeftAlone()
    {
        using var folder = new HardeningFolder();
        var target = folder["out.json"];
        var held = folder[$".out.json.{Guid.NewGuid():N}.tmp"];
        using (new FileStream(held, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
        {
            Assert.Equal(0, AtomicFile.RemoveStale(target));
            Assert.True(File.Exists(held));
        }

        Assert.Equal(1, AtomicFile.RemoveStale(target));
        Assert.False(File.Exists(held));
    }

    [Fact]
    public void RemoveStale_WhileAnotherWriteIsInFlight_DoesNotBreakIt()
    {
        using var folder = new HardeningFolder();
        var target = folder["out.json"];
        AtomicFile.Write(target, s =>
        {
            s.Write("first"u8);
            Assert.Equal(0, AtomicFile.RemoveStale(target));
            s.Write(" second"u8);
        });
        Assert.Equal("first second", File.ReadAllText(target));
        Assert.Equal(["out.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("SIGINT", 130)]
    [InlineData("SIGTERM", 143)]
    public async Task Report_SignalMidWrite_KeepsOldFileAndLeavesNoTemp(string signal, int expectedExit)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new HardeningFolder();
        var plan = folder.Plan();
        var pdf = folder.Text("proposal.pdf", "the old proposal");
        using var p = PlannerProcess.Start(folder.Path, "report", "--plan", plan, "--out", pdf);
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        // Mid-write: the PDF's temporary file exists and has content (the 0-byte probe of the --out check does not count).
        while (!WritingTemp(folder, ".proposal.pdf.*.tmp") && !p.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        if (p.HasExited)
        {
            Assert.Fail("the report finished before the signal: " + await stdout);
        }


        var sent = PlannerProcess.Signal(p.Id, signal);
        Assert.True(p.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.True(expectedExit == p.ExitCode, $"exit {p.ExitCode}; {sent}; stderr: {await stderr}; stdout: {await stdout}");
        await stdout;
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains($"stopped by {signal}", lines[0], StringComparison.Ordinal);
        Assert.Equal("the old proposal", File.ReadAllText(pdf));
        Assert.Equal(["plan.gpkg", "proposal.pdf"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Report_KilledMidWrite_NextRunRemovesTheLeftovers()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new HardeningFolder();
        using (var p = PlannerProcess.Start(folder.Path, "report", "--plan", folder.Plan(), "--out", "proposal.pdf"))
        {
            while (!WritingTemp(folder, ".proposal.pdf.*.tmp") && !p.HasExited)
            {
                Thread.Sleep(5);
            }

            PlannerProcess.Signal(p.Id, "SIGKILL");
            p.WaitForExit();
        }

        Assert.NotEmpty(Directory.GetFiles(folder.Path, ".proposal.pdf.*.tmp"));
        var (exit, _, stderr) = CliHarness.Run("report", "--plan", folder["plan.gpkg"], "--out", folder["proposal.pdf"]);
        Assert.True(exit == 0, stderr);
        Assert.Equal(["plan.gpkg", "proposal.pdf"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static bool WritingTemp(HardeningFolder folder, string pattern) =>
        Directory.GetFiles(folder.Path, pattern).Any(f => new FileInfo(f) is { Exists: true, Length: > 0 });
}
