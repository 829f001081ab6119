namespace Planner.Desktop.App.Files;

/// <summary>The Files part of the app (open/save-as, imports, autosave, exported files): its services and endpoints.</summary>
internal static class FilesFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<Autosave>();
        services.AddSingleton<ExportedFiles>();
    }

    public static void MapEndpoints(WebApplication app) => ExportedFiles.Map(app);
}
