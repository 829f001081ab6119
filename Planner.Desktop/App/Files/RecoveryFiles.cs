using System.Globalization;
using Planner.Geo.Stores;

namespace Planner.Desktop.App.Files;

/// <summary>
/// Where autosave keeps a plan's unsaved edits: next to a GeoPackage plan (<c>NAME.recovery.gpkg</c> beside
/// <c>NAME.gpkg</c>), and for the unsaved sample or a shared PostGIS plan in the per-user app-data folder
/// (<c>$XDG_DATA_HOME/CctvPlanner/recovery</c>, else <c>~/.local/share/CctvPlanner/recovery</c>). A recovery file is
/// offered when it is newer than the plan file (or there is no plan file); discarding moves it aside, never deletes it.
/// </summary>
internal static class RecoveryFiles
{
    public const string Suffix = ".recovery.gpkg";

    /// <summary>The per-user folder for recovery files of plans that have no folder of their own.</summary>
    public static string AppDataFolder()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Path.GetTempPath(), "cctvplanner-" + Environment.UserName);
        }

        return Path.Combine(root, "CctvPlanner", "recovery");
    }

    /// <summary>The recovery file of the plan in <paramref name="store"/> (null = the bundled sample).</summary>
    public static string PathFor(IPlanStore? store, string appDataFolder) => store switch
    {
        GeoPackageFileStore file => PathForPlanFile(file.Path),
        null => Path.Combine(appDataFolder, "sample" + Suffix),
        _ => Path.Combine(appDataFolder, "shared-" + Sanitise(store.Description) + Suffix),
    };

    /// <summary><c>/dir/NAME.gpkg</c> → <c>/dir/NAME.recovery.gpkg</c>.</summary>
    public static string PathForPlanFile(string planPath)
    {
        var full = Path.GetFullPath(planPath);
        var stem = full.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase) ? full[..^5] : full;
        return stem + Suffix;
    }

    /// <summary>
    /// True when <paramref name="recoveryPath"/> exists and holds edits newer than the plan: the plan file
    /// (<paramref name="planPath"/>, null for a plan without one) is missing or was written before the recovery file.
    /// </summary>
    public static bool IsOffered(string recoveryPath, string? planPath)
    {
        var recovery = new FileInfo(recoveryPath);
        if (!recovery.Exists || recovery.Length == 0)
        {
            return false;
        }

        if (planPath is null)
        {
            return true;
        }

        var plan = new FileInfo(planPath);
        return !plan.Exists || recovery.LastWriteTimeUtc > plan.LastWriteTimeUtc;
    }

    /// <summary>
    /// Moves a recovery file aside as <c>NAME.recovery-discarded-yyyyMMdd-HHmmss.gpkg</c> (a number added if that exists)
    /// and returns the new path; the plan itself is never touched.
    /// </summary>
    public static string SetAside(string recoveryPath, DateTime localNow)
    {
        var stem = recoveryPath.EndsWith(Suffix, StringComparison.Ordinal) ? recoveryPath[..^Suffix.Length] : Path.ChangeExtension(recoveryPath, null);
        var stamp = localNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var target = $"{stem}.recovery-discarded-{stamp}.gpkg";
        for (var n = 2; File.Exists(target); n++)
        {
            target = $"{stem}.recovery-discarded-{stamp}-{n.ToString(CultureInfo.InvariantCulture)}.gpkg";
        }

        File.Move(recoveryPath, target);
        return target;
    }

    /// <summary>Deletes a recovery file if it exists (after a clean save, or once its edits were saved or discarded).</summary>
    public static void Remove(string recoveryPath)
    {
        if (File.Exists(recoveryPath))
        {
            File.Delete(recoveryPath);
        }
    }

    private static string Sanitise(string text)
    {
        var chars = text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(80).ToArray();
        return new string(chars);
    }
}
