namespace Planner.Geo.Rules;

/// <summary>Finds a bundled rule pack: <c>data/rules/NAME</c> next to the program or in a folder above it (a source checkout).</summary>
public static class RulePackLocator
{
    public const string DanishPack = "dk.json";

    public static string Find(string fileName = DanishPack)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "rules", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InputException("data/rules/" + fileName, null, null, "the bundled rule pack was not found next to the program or above it (give one with --rules)");
    }
}
