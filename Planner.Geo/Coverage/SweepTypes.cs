namespace Planner.Geo.Coverage;

/// <summary>
/// A boundary curve of the sweep in camera polar coordinates: a circle of radius <see cref="S"/> about the camera
/// (<see cref="Edge"/> = −1), or the straight line of camera edge <see cref="Edge"/> scaled by <see cref="S"/>
/// about the camera (S = 1: the edge itself; S &gt; 1: the end of its 2.5D shadow, itself a straight segment).
/// </summary>
internal readonly record struct SweepCurve(int Edge, double S)
{
    public const int CircleTag = -1;

    public bool IsCircle => Edge == CircleTag;

    public static SweepCurve Circle(double radius) => new(CircleTag, radius);
}

/// <summary>One footprint edge relative to the camera (metres, x east, y north) with its shadow scales.</summary>
internal struct CamEdge
{
    public double Px;
    public double Py;
    public double Qx;
    public double Qy;
    public double Dx;
    public double Dy;

    /// <summary>cross(P, Q − P): the ray at unit u meets the edge's line at r = Cp / cross(u, D).</summary>
    public double Cp;

    /// <summary>Sweep angles of P and Q (radians clockwise from the sector start, [0, 2π)).</summary>
    public double AlphaP;
    public double AlphaQ;

    /// <summary>Distance from the camera to the edge's line (|Cp| / |D|) and the sweep angle of its foot.</summary>
    public double LineDistance;
    public double FootAlpha;

    public int Building;
    public bool Mount;

    /// <summary>Ground hidden by this edge at ray distance e: [A·e, B·e]; B = +∞ for an endless shadow; HasShadow false: none.</summary>
    public bool HasShadow;
    public double A;
    public double B;
}

/// <summary>An open angular span [A0, A1] of an edge inside the sector.</summary>
internal readonly record struct EdgeSpan(double A0, double A1, int Edge);

/// <summary>A visible distance interval inside a wedge: from curve <see cref="Lo"/> to curve <see cref="Hi"/>.</summary>
internal readonly record struct WedgePiece(SweepCurve Lo, SweepCurve Hi);

/// <summary>A wedge between two sweep rays with constant boundary structure; pieces per level in a flat list.</summary>
internal readonly record struct Wedge(double Alpha0, double Alpha1, int Ray0, int Ray1, int PieceStart);
