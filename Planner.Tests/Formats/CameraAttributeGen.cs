using CsCheck;
using Planner.Geo;
using Planner.Geo.Model;

namespace Planner.Tests.Formats;

/// <summary>
/// Random valid cameras for round trips: every attribute of the table set or left out, optics anywhere in their
/// contract ranges, texts with Danish letters, quotes and digits (no surrounding blanks: readers trim them), positions
/// around Copenhagen in EPSG:25832.
/// </summary>
internal static class CameraAttributeGen
{
    /// <summary>The one catalogue model used: its hfov is fixed at 103°, which a reader with the catalogue checks.</summary>
    public const string Model = "bullet-2mp-2.8mm";

    private static readonly Gen<string> GenText = Gen.OneOf(
        Gen.String[Gen.Char["abcæøåÆØÅ0123456789-_ .\"'§/"], 1, 24].Where(s => s.Trim().Length == s.Length && s.Length > 0),
        Gen.OneOf("Lindsted Kommune", "29189587", "§ 2 a tryghed", "42", "3.5"));

    private static readonly Gen<string?> GenOptionalText = Gen.Frequency((2, GenText.Select(s => (string?)s)), (1, Gen.Const((string?)null)));

    private static readonly Gen<DateOnly?> GenDate = Gen.Frequency(
        (2, Gen.Int[new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2040, 12, 31).DayNumber].Select(d => (DateOnly?)DateOnly.FromDayNumber(d))),
        (1, Gen.Const((DateOnly?)null)));

    private static readonly Gen<bool?> GenBool = Gen.OneOf((bool?)null, true, false);

    private static readonly Gen<OperatorType?> GenOperator = Optional(Gen.Int[0, Enum.GetValues<OperatorType>().Length - 1].Select(i => Enum.GetValues<OperatorType>()[i]));

    private static readonly Gen<PurposeCategory?> GenCategory = Optional(Gen.Int[0, Enum.GetValues<PurposeCategory>().Length - 1].Select(i => Enum.GetValues<PurposeCategory>()[i]));

    private static readonly Gen<CameraOptics> GenOptics =
        Gen.Select(Gen.Double[0, 359.999], Gen.Double[0.5, 359], Gen.Frequency((1, Gen.Const((double?)null)), (1, Gen.Double[1, 179].Select(v => (double?)v))),
            Gen.Double[0.5, 500], Gen.Double[0, 60], Gen.Double[-90, 90], Gen.Int[64, 8000], Gen.Bool)
        .Select((heading, hfov, vfov, range, height, tilt, px, ptz) => CameraOptics.Create(heading, hfov, vfov, range, height, tilt, px, ptz));

    private static readonly Gen<Func<int, Camera>> GenCamera =
        Gen.Select(GenOptics, Gen.Double[700_000, 730_000], Gen.Double[6_150_000, 6_200_000], Gen.Bool, Gen.Int[0, 9])
        .SelectMany((optics, x, y, headingKnown, modelPick) =>
            Gen.Select(
                Gen.Select(GenOperator, GenOptionalText, GenBool,
                    Optional(Gen.Int[0, PlausibleRanges.MaxRetentionDays]), GenOptionalText, GenOptionalText, GenDate, GenBool),
                Gen.Select(GenOptionalText, GenOptionalText, GenOptionalText, GenOptionalText, GenOptionalText, GenOptionalText, GenDate),
                Gen.Select(GenCategory, GenOptionalText))
            .Select<(OperatorType?, string?, bool?, int?, string?, string?, DateOnly?, bool?), (string?, string?, string?, string?, string?, string?, DateOnly?), (PurposeCategory?, string?), Func<int, Camera>>((a, b, c) => i =>
            {
                // A model's hfov must lie in its range for a reader with the catalogue; this one's is exactly 103°.
                var withModel = modelPick == 0;
                var o = withModel
                    ? CameraOptics.Create(optics.HeadingDeg, 103, optics.VfovDeg, optics.RangeM, optics.HeightM, optics.TiltDeg, optics.ResolutionPx, optics.Ptz)
                    : optics;
                return new Camera($"cam-{i}", Math.Round(x, 4), Math.Round(y, 4), headingKnown ? o : o.WithHeading(0))
                {
                    HeadingKnown = headingKnown,
                    Model = withModel ? Model : null,
                    Operator = a.Item1,
                    OperatorId = a.Item2,
                    Recording = a.Item3,
                    RetentionDays = a.Item4,
                    Purpose = a.Item5,
                    Permit = a.Item6,
                    PermitExpires = a.Item7,
                    PoliceConsulted = a.Item8,
                    SurveillanceZone = b.Item1,
                    PermitIssuer = b.Item2,
                    ControllerName = b.Item3,
                    ControllerCvr = b.Item4,
                    ControllerContact = b.Item5,
                    CouncilDecisionRef = b.Item6,
                    CouncilDecisionDate = b.Item7,
                    PurposeCategory = c.Item1,
                    DeletionExceptions = c.Item2,
                };
            }));

    /// <summary>1–6 cameras with unique ids; a camera without a known heading has the placeholder heading 0, as readers give it.</summary>
    public static Gen<Camera[]> Cameras { get; } = GenCamera.Array[1, 6].Select(fs => fs.Select((f, i) => f(i)).ToArray());

    private static Gen<T?> Optional<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((2, gen.Select(v => (T?)v)), (1, Gen.Const((T?)null)));
}
