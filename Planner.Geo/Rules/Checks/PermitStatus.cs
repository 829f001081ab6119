using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>State of a camera's police permit on a given day. <c>permit_expires</c> is the last day the permit is valid.</summary>
internal enum PermitState
{
    None,
    ExpiryUnknown,
    Expired,
    Valid,
}

internal static class PermitStatus
{
    public static PermitState Of(Camera camera, DateOnly today) =>
        string.IsNullOrWhiteSpace(camera.Permit) ? PermitState.None
        : camera.PermitExpires is not { } expires ? PermitState.ExpiryUnknown
        : expires < today ? PermitState.Expired
        : PermitState.Valid;

    /// <summary>True when the permit runs beyond today + <paramref name="maxYears"/> years: longer than the law allows, whenever it was given.</summary>
    public static bool TooLong(Camera camera, DateOnly today, double maxYears) =>
        camera.PermitExpires is { } expires && expires > today.AddMonths((int)Math.Round(maxYears * 12));

    public static string Outcome(PermitState state) => state switch
    {
        PermitState.None => "no_permit",
        PermitState.ExpiryUnknown => "expiry_unknown",
        PermitState.Expired => "permit_expired",
        PermitState.Valid => "permit_valid",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "unknown permit state"),
    };
}
