namespace Planner.Geo.Workspace;

/// <summary>Progress of a long workspace computation: the step ("index", "views", "findings", "coverage") and its count.</summary>
public readonly record struct WorkspaceProgress(string Step, int Done, int Total);
