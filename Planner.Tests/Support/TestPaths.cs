namespace Planner.Tests.Support;

/// <summary>Where the repository and the shared real data (<c>../shared/data</c> beside the repo) are.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared real data folder, or null when this clone has none beside it.</summary>
    public static string? SharedData { get; } = FindSharedData();

    public static string Shared(string relative) =>
        Path.Combine(SharedData ?? throw new InvalidOperationException("../shared/data is missing"), relative);

    public static string RepoFile(string relative) => Path.Combine(RepoRoot, relative);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CctvPlanner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CctvPlanner.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindSharedData()
    {
        var env = Environment.GetEnvironmentVariable("PLANNER_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>A fact that needs <c>../shared/data</c>; reported as skipped, with the reason, when it is missing.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (TestPaths.SharedData is null)
        {
            Skip = "../shared/data is not beside this clone (set PLANNER_SHARED_DATA to its path)";
        }
    }
}

/// <summary>A theory that needs <c>../shared/data</c>; skipped with the reason when it is missing.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (TestPaths.SharedData is null)
        {
            Skip = "../shared/data is not beside this clone (set PLANNER_SHARED_DATA to its path)";
        }
    }
}
