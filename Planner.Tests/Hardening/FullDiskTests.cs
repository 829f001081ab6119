using System.Diagnostics;

namespace Planner.Tests.Hardening;

/// <summary>
/// Issue 17 class 7: a full disk during a write is one line (exit 2), nothing left behind, the old file intact — above
/// all for the report, whose PDF is written by SkiaSharp's native code (an exception thrown through it used to abort
/// the process). Runs on a 512 KiB tmpfs where the machine lets the test mount one, else is skipped with the reason.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly HardeningFolder folder = new();
    private readonly string disk;
    private readonly bool mounted;

    public FullDiskTests()
    {
        disk = folder["disk"];
        Directory.CreateDirectory(disk);
        mounted = TmpfsTheoryAttribute.CanMount && Mount(disk) is null;
    }

    public void Dispose()
    {
        if (mounted && Run("umount", disk).Code != 0)
        {
            // Busy for a moment after the process exits: detach it now, the kernel frees it when the last handle closes.
            Run("umount", "-l", disk);
        }

        folder.Dispose();
    }

    public static TheoryData<string> Verbs => ["report", "coverage", "new", "check"];

    [TmpfsTheory]
    [MemberData(nameof(Verbs))]
    public void Verb_DiskFullWhileWriting_ExitsTwoWithOneLineAndLeavesOnlyTheOldFile(string verb)
    {
        Assert.True(mounted, "the tmpfs could not be mounted for this test");
        var plan = folder.Plan();
        var output = Path.Combine(disk, verb switch { "report" => "p.pdf", "coverage" => "c.geojson", "new" => "n.gpkg", _ => "f.json" });
        File.WriteAllText(output, "old");
        // Fill the disk to the last few bytes, so even a small output cannot fit.
        var filler = Path.Combine(disk, "filler");
        using (var f = new FileStream(filler, FileMode.CreateNew))
        {
            var block = new byte[4096];
            try
            {
                while (true)
                {
                    f.Write(block);
                    f.Flush();
                }
            }
            catch (IOException)
            {
                // full
            }
        }

        string[] args = verb switch
        {
            "report" => ["report", "--plan", plan, "--out", output],
            "coverage" => ["coverage", "--plan", plan, "--out", output],
            "new" => ["new", "--sample", "--overwrite", "--out", output],
            _ => ["check", "--plan", plan, "--out", output],
        };
        var (exit, stdout, stderr) = PlannerProcess.Run(folder.Path, TimeSpan.FromMinutes(3), args);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.Single(lines);
        Assert.Contains("disk is full", lines[0], StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.Equal("old", File.ReadAllText(output));
        Assert.Equal(new[] { "filler", Path.GetFileName(output) }.Order(StringComparer.Ordinal), Directory.GetFiles(disk, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Mounts a 512 KiB tmpfs at <paramref name="path"/>; returns why not when the machine does not allow it.</summary>
    internal static string? Mount(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "a tmpfs can only be mounted on Linux";
        }

        var (code, error) = Run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", path);
        return code == 0 ? null : $"cannot mount a small tmpfs here (mount exit {code}: {error.Trim()}); run as root with CAP_SYS_ADMIN";
    }

    internal static (int Code, string Error) Run(string file, params string[] args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false })!;
            var error = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}

/// <summary>A theory that needs a small tmpfs; skipped with the reason where this machine does not allow mounting one.</summary>
public sealed class TmpfsTheoryAttribute : TheoryAttribute
{
    private static readonly Lazy<string?> Reason = new(() =>
    {
        var probe = Directory.CreateTempSubdirectory("planner-tmpfs-probe-").FullName;
        try
        {
            var reason = FullDiskTests.Mount(probe);
            if (reason is null)
            {
                FullDiskTests.Run("umount", probe);
            }

            return reason;
        }
        finally
        {
            Directory.Delete(probe);
        }
    });

    public TmpfsTheoryAttribute()
    {
        if (Reason.Value is { } reason)
        {
            Skip = reason;
        }
    }

    public static bool CanMount => Reason.Value is null;
}
