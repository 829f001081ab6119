using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Reports.Maps;

/// <summary>A hotspot grid cell: centre (working CRS metres), side in metres, density per km², Gi* class name of the contract.</summary>
public readonly record struct HotspotCell(double X, double Y, double Size, double Density, string Class);

/// <summary>
/// Everything a map can show, in the plan's working CRS (metres). Empty lists are simply not drawn (and not listed
/// in the legend). <see cref="Views"/> are the cameras' occluded views from the coverage engine; without them the map
/// shows camera positions and headings only.
/// </summary>
public sealed record MapScene
{
    public IReadOnlyList<Building> Buildings { get; init; } = [];

    public IReadOnlyList<Zone> Zones { get; init; } = [];

    public IReadOnlyList<Camera> Cameras { get; init; } = [];

    public IReadOnlyList<CameraView> Views { get; init; } = [];

    public IReadOnlyList<Coordinate> Incidents { get; init; } = [];

    public IReadOnlyList<HotspotCell> HotspotCells { get; init; } = [];

    /// <summary>Privacy masks: parts of a view that must be blanked.</summary>
    public IReadOnlyList<Geometry> PrivacyMasks { get; init; } = [];

    /// <summary>Proposed sign positions.</summary>
    public IReadOnlyList<Coordinate> SignPoints { get; init; } = [];

    /// <summary>When set, this camera is drawn emphasised and the others muted.</summary>
    public string? FocusCameraId { get; init; }

    /// <summary>Draw camera ids next to their symbols.</summary>
    public bool LabelCameras { get; init; } = true;

    /// <summary>Data source line printed at the bottom of the map.</summary>
    public string Attribution { get; init; } = "";

    /// <summary>Prints a prominent "synthetic data" label on the map.</summary>
    public bool Synthetic { get; init; }

    public MapLabels Labels { get; init; } = MapLabels.English;

    /// <summary>Draw the legend in a panel right of the map instead of over its lower-left corner (for small maps).</summary>
    public bool LegendBeside { get; init; }

    /// <summary>
    /// Draw legend, scale bar, attribution and the synthetic label in a band below the map frame, so nothing but the
    /// north arrow lies over the data (plan-wide maps).
    /// </summary>
    public bool LegendBelow { get; init; }

    /// <summary>With <see cref="LegendBelow"/>: the band holds only scale, attribution and synthetic label (the legend is printed elsewhere).</summary>
    public bool NoLegend { get; init; }

    /// <summary>Fit the map at the smallest round scale (<see cref="PrintScale.FitTight"/>) rather than a standard one.</summary>
    public bool TightScale { get; init; }

    /// <summary>Parts of views that break a rule: drawn hatched dark red with a bold outline.</summary>
    public IReadOnlyList<Geometry> Offending { get; init; } = [];

    /// <summary>Views drawn as outlines only (the hotspot map, where fills would hide the cells).</summary>
    public IReadOnlyList<Geometry> ViewOutlines { get; init; } = [];

    /// <summary>Named street lines drawn with their names along them.</summary>
    public IReadOnlyList<Street> Streets { get; init; } = [];
}

/// <summary>Legend and map texts in one language.</summary>
public sealed record MapLabels
{
    public static MapLabels English { get; } = new();

    public static MapLabels Danish { get; } = new()
    {
        Buildings = "Bygninger",
        Camera = "Kamera",
        Visible = "Synligt",
        Detect = "Detektere (25 px/m)",
        Observe = "Observere (62,5 px/m)",
        Recognise = "Genkende (125 px/m)",
        Identify = "Identificere (250 px/m)",
        UtrygArea = "Utrygt område",
        Dwelling = "Bolig",
        PublicArea = "Offentligt område",
        OtherZone = "Anden zone",
        Incident = "Hændelse",
        Hot = "Hotspot (Gi*, 90/95/99 %)",
        Cold = "Coldspot (Gi*, 90/95/99 %)",
        Hot99 = "Hotspot, 99 % konfidens",
        Hot95 = "Hotspot, 95 % konfidens",
        Hot90 = "Hotspot, 90 % konfidens",
        Cold90 = "Coldspot, 90 % konfidens",
        Cold95 = "Coldspot, 95 % konfidens",
        Cold99 = "Coldspot, 99 % konfidens",
        Density = "Tæthed, hændelser pr. km² (lav → høj, maks. {0})",
        Offending = "Del af synsfelt i strid med regel",
        ViewOutline = "Synsfelt (omrids)",
        Mask = "Privatlivsmaske",
        Sign = "Skilt",
        Number = v => v.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.'),
        Synthetic = "SYNTETISKE DATA",
        GridNorth = "N",
    };

    public string Buildings { get; init; } = "Buildings";

    public string Camera { get; init; } = "Camera";

    public string Visible { get; init; } = "Visible";

    public string Detect { get; init; } = "Detect (25 px/m)";

    public string Observe { get; init; } = "Observe (62.5 px/m)";

    public string Recognise { get; init; } = "Recognise (125 px/m)";

    public string Identify { get; init; } = "Identify (250 px/m)";

    public string UtrygArea { get; init; } = "Insecure area (utryg)";

    public string Dwelling { get; init; } = "Dwelling";

    public string PublicArea { get; init; } = "Public area";

    public string OtherZone { get; init; } = "Other zone";

    public string Incident { get; init; } = "Incident";

    public string Hot { get; init; } = "Hot spot (Gi*, 90/95/99 %)";

    public string Cold { get; init; } = "Cold spot (Gi*, 90/95/99 %)";

    public string Mask { get; init; } = "Privacy mask";

    public string Hot99 { get; init; } = "Hot spot, 99 % confidence";

    public string Hot95 { get; init; } = "Hot spot, 95 % confidence";

    public string Hot90 { get; init; } = "Hot spot, 90 % confidence";

    public string Cold90 { get; init; } = "Cold spot, 90 % confidence";

    public string Cold95 { get; init; } = "Cold spot, 95 % confidence";

    public string Cold99 { get; init; } = "Cold spot, 99 % confidence";

    /// <summary>Density legend; {0} is the highest density, formatted.</summary>
    public string Density { get; init; } = "Density, incidents per km² (low → high, max. {0})";

    public string Offending { get; init; } = "Part of view breaking a rule";

    public string ViewOutline { get; init; } = "View (outline)";

    /// <summary>Formats a number for the legend (decimal comma in Danish).</summary>
    public Func<double, string> Number { get; init; } = v => v.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);

    public string GiClass(string name) => name switch
    {
        "hot99" => Hot99,
        "hot95" => Hot95,
        "hot90" => Hot90,
        "cold90" => Cold90,
        "cold95" => Cold95,
        "cold99" => Cold99,
        _ => name,
    };

    public string Sign { get; init; } = "Sign";

    public string Synthetic { get; init; } = "SYNTHETIC DATA";

    public string GridNorth { get; init; } = "N";

    public string Level(DoriLevel level) => level switch
    {
        DoriLevel.Visible => Visible,
        DoriLevel.Detect => Detect,
        DoriLevel.Observe => Observe,
        DoriLevel.Recognise => Recognise,
        _ => Identify,
    };
}
