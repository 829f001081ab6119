namespace Planner.Desktop.App;

/// <summary>The plan session while its workspace is being computed; requests that need it wait for <see cref="Task"/>.</summary>
internal sealed record OpeningSession(Task<PlanSession> Task);
