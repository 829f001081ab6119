namespace Planner.Geo.Rules.Checks;

/// <summary>The engine's checks by kind (the <c>check</c> field of a rule).</summary>
internal static class CheckRegistry
{
    private static readonly Dictionary<string, IRuleCheck> ByKind = new IRuleCheck[]
    {
        new PublicViewCheck(),
        new ZoneEnvelopeCheck(),
        new PermitCheck(),
        new HousingPermitCheck(),
        new RegistrationCheck(),
        new SignCheck(),
        new RetentionCheck(),
        new PrivacyMaskCheck(),
        new AttributeCheck(),
        new DpiaCheck(),
        new ChecklistCheck(),
        new TakeoverCheck(),
        new QualityLevelCheck(),
        new ShareRequestCheck(),
        new AssessmentBasisCheck(),
        new MunicipalBasisCheck(),
    }.ToDictionary(c => c.Spec.Kind, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Kinds => ByKind.Keys;

    public static IRuleCheck? Get(string kind) => ByKind.GetValueOrDefault(kind);
}
