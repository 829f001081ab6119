using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Reports.Content;

/// <summary>Names of model values in the report's language.</summary>
public static class Names
{
    public static string Operator(OperatorType? type, ReportLanguage lang) => (type, lang == ReportLanguage.Danish) switch
    {
        (OperatorType.Municipality, true) => "Kommune",
        (OperatorType.Police, true) => "Politi",
        (OperatorType.Authority, true) => "Anden myndighed",
        (OperatorType.Business, true) => "Erhvervsdrivende",
        (OperatorType.Housing, true) => "Boligorganisation",
        (OperatorType.Private, true) => "Privat",
        (null, true) => "Ikke oplyst",
        (OperatorType.Municipality, false) => "Municipality",
        (OperatorType.Police, false) => "Police",
        (OperatorType.Authority, false) => "Other authority",
        (OperatorType.Business, false) => "Business",
        (OperatorType.Housing, false) => "Housing organisation",
        (OperatorType.Private, false) => "Private",
        _ => "Not stated",
    };

    public static string Level(DoriLevel level, ReportLanguage lang) => (level, lang == ReportLanguage.Danish) switch
    {
        (DoriLevel.Visible, true) => "Synligt",
        (DoriLevel.Detect, true) => "Detektere (25 px/m)",
        (DoriLevel.Observe, true) => "Observere (62,5 px/m)",
        (DoriLevel.Recognise, true) => "Genkende (125 px/m)",
        (DoriLevel.Identify, true) => "Identificere (250 px/m)",
        (DoriLevel.Visible, false) => "Visible",
        (DoriLevel.Detect, false) => "Detect (25 px/m)",
        (DoriLevel.Observe, false) => "Observe (62.5 px/m)",
        (DoriLevel.Recognise, false) => "Recognise (125 px/m)",
        _ => "Identify (250 px/m)",
    };

    public static string ZoneKind(Planner.Geo.Model.ZoneKind kind, ReportLanguage lang) => (kind, lang == ReportLanguage.Danish) switch
    {
        (Geo.Model.ZoneKind.PublicArea, true) => "offentligt areal",
        (Geo.Model.ZoneKind.Dwelling, true) => "boliger",
        (Geo.Model.ZoneKind.ResidentialArea, true) => "boligområder",
        (Geo.Model.ZoneKind.UtrygArea, true) => "utrygge områder",
        (Geo.Model.ZoneKind.BusinessPremises, true) => "erhvervsarealer",
        (Geo.Model.ZoneKind.Entrance, true) => "indgange og facader",
        (Geo.Model.ZoneKind.NightlifeVenue, true) => "nattelivssteder",
        (Geo.Model.ZoneKind.School, true) => "skoler",
        (Geo.Model.ZoneKind.PublicArea, false) => "public area",
        (Geo.Model.ZoneKind.Dwelling, false) => "dwellings",
        (Geo.Model.ZoneKind.ResidentialArea, false) => "residential areas",
        (Geo.Model.ZoneKind.UtrygArea, false) => "insecure areas",
        (Geo.Model.ZoneKind.BusinessPremises, false) => "business premises",
        (Geo.Model.ZoneKind.Entrance, false) => "entrances and facades",
        (Geo.Model.ZoneKind.NightlifeVenue, false) => "nightlife venues",
        (Geo.Model.ZoneKind.School, false) => "schools",
        _ => kind.ToString(),
    };

    /// <summary>A plan layer's name ("cameras") in the report's language.</summary>
    public static string Layer(string name, ReportLanguage lang) => (name, lang == ReportLanguage.Danish) switch
    {
        ("cameras", true) => "kameraer",
        ("buildings", true) => "bygninger",
        ("zones", true) => "zoner",
        ("incidents", true) => "hændelser",
        ("streets", true) => "gader",
        _ => name,
    };

    /// <summary>A law's name as the pack gives it; in Danish, the Danish title of a source the pack names in English.</summary>
    public static string Law(string name, ReportLanguage lang) =>
        lang == ReportLanguage.Danish && name.StartsWith("EDPB Guidelines 3/2019", StringComparison.Ordinal)
            ? "EDPB's retningslinjer 3/2019 om behandling af personoplysninger ved hjælp af videoudstyr"
            : name;

    public static string Purpose(Planner.Geo.Model.PurposeCategory c, ReportLanguage lang) => (c, lang == ReportLanguage.Danish) switch
    {
        (Geo.Model.PurposeCategory.Tryghed, true) => "tryghed",
        (Geo.Model.PurposeCategory.CrimePrevention, true) => "generel kriminalitetsforebyggelse",
        (Geo.Model.PurposeCategory.Security, true) => "sikring af egne lokaler, ansatte eller ejendom",
        (Geo.Model.PurposeCategory.Evidence, true) => "efterforskning",
        (Geo.Model.PurposeCategory.Traffic, true) => "trafik",
        (Geo.Model.PurposeCategory.Other, true) => "andet",
        (Geo.Model.PurposeCategory.Tryghed, false) => "sense of safety (tryghed)",
        (Geo.Model.PurposeCategory.CrimePrevention, false) => "general crime prevention",
        (Geo.Model.PurposeCategory.Security, false) => "protecting own premises, staff or property",
        (Geo.Model.PurposeCategory.Evidence, false) => "investigation",
        (Geo.Model.PurposeCategory.Traffic, false) => "traffic",
        _ => "other",
    };

    public static string Severity(FindingSeverity s, Texts t) => t.Sev[(int)s];
}
