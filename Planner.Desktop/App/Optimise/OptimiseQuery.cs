using Planner.Geo.Coverage;
using Planner.Geo.Incidents;
using Planner.Geo.Placement;

namespace Planner.Desktop.App.Optimise;

/// <summary>What the demand for placement is made of (as <c>planner optimise --demand</c>).</summary>
internal enum DemandKind
{
    /// <summary>Each filtered incident, weighted by its offence's severity weight.</summary>
    Incidents,

    /// <summary>Each significant Gi* hot cell at its centre, weighted by its incidents.</summary>
    HotCells,

    /// <summary>Each grid cell's quartic KDE mass (expected incidents) at its centre.</summary>
    Kde,
}

/// <summary>
/// One Optimise run as the panel asks for it: k cameras at a DORI level, candidates generated from the plan
/// (<see cref="Generate"/>) or read from <see cref="CandidatesPath"/>, and the demand (filtered incidents, optionally
/// severity-weighted, or hot cells on a grid of <see cref="CellM"/> with kernel <see cref="BandwidthM"/>, metres).
/// </summary>
internal sealed record OptimiseQuery
{
    public int K { get; init; } = 8;

    public DoriLevel Level { get; init; } = DoriLevel.Recognise;

    /// <summary>Generation settings; used when <see cref="CandidatesPath"/> is null.</summary>
    public CandidateSettings Generate { get; init; } = new();

    /// <summary>A camera file of candidates instead of generated ones.</summary>
    public string? CandidatesPath { get; init; }

    public IncidentFilter Filter { get; init; } = IncidentFilter.All;

    public OffenceWeights Weights { get; init; } = OffenceWeights.Uniform;

    public DemandKind Demand { get; init; } = DemandKind.Incidents;

    public double CellM { get; init; } = 25;

    public double BandwidthM { get; init; } = 100;

    /// <summary>Weight W in [0, 1] of backup coverage (demand seen by ≥ 2 cameras) in the objective; 0 = plain covering.</summary>
    public double Backup { get; init; }
}
