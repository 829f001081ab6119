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

    public static string Severity(FindingSeverity s, Texts t) => t.Sev[(int)s];
}
