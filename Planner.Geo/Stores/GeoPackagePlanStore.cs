using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>A plan as one GeoPackage file (layers cameras, buildings, zones, incidents + metadata). (Issue #2 store work fills this in.)</summary>
public static class GeoPackagePlanStore
{
    public static PlanLoadResult Read(string path) =>
        throw new NotImplementedException("GeoPackagePlanStore.Read is being built (issue #2, stores)");

    public static void Write(string path, Plan plan) =>
        throw new NotImplementedException("GeoPackagePlanStore.Write is being built (issue #2, stores)");
}
