namespace Planner.Reports.Content;

/// <summary>
/// Readable names of rule-pack parameters and units, and Danish wordings of the Danish pack's reasoning (the pack
/// states its reasoning in English only). A reviewer reads "Afstand fra indgangen", not <c>buffer_m</c>.
/// </summary>
public static class ParameterTexts
{
    private static readonly Dictionary<string, (string Da, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["buffer_m"] = ("Rækkevidde ud over zonen", "Reach beyond the zone"),
        ["atm_buffer_m"] = ("Afstand til pengeautomat", "Distance to the cash machine"),
        ["adjacent_m"] = ("Rækkevidde \u201ei direkte tilknytning\u201c", "Reach \u2018in direct connection\u2019"),
        ["max_permit_years"] = ("Tilladelsens længste varighed", "Longest permit period"),
        ["registration_days"] = ("Frist for registrering i POLCAM", "Deadline for POLCAM registration"),
        ["fine_dkk"] = ("Bøde for manglende registrering", "Fine for not registering"),
        ["min_entry_m"] = ("Korteste indgang i synsfeltet (tegneregel)", "Shortest entry into the view (drawing rule)"),
        ["sign_spacing_m"] = ("Mindste afstand mellem skilte (tegneregel)", "Least distance between signs (drawing rule)"),
        ["max_days"] = ("Længste opbevaringstid", "Longest retention"),
        ["property_threshold_dkk"] = ("Beløbsgrænse for ikke-bagatelagtig berigelse", "Amount above which property crime is not trivial"),
        ["min_penalty_years"] = ("Strafferamme mindst", "Maximum penalty at least"),
        ["max_public_area_m2"] = ("Offentligt areal, over hvilket overvågningen er i stort omfang", "Public area above which monitoring is large-scale"),
        ["max_cameras"] = ("Antal kameraer pr. dataansvarlig, over hvilket overvågningen er i stort omfang", "Cameras per controller above which monitoring is large-scale"),
        ["min_area_m2"] = ("Mindste areal med genkendelse", "Least area at recognition level"),
        ["window_min_m"] = ("Laveste vindueshøjde, der undersøges", "Lowest window height looked at"),
        ["window_step_m"] = ("Afstand mellem undersøgte vindueshøjder", "Step between window heights looked at"),
        ["min_facade_m"] = ("Mindste synlige facadelængde pr. bolig (støjfilter)", "Least seen facade length per dwelling (noise filter)"),
        ["mask_depth_m"] = ("Maskens dybde bag facaden (tegneregel)", "Mask depth behind the facade (drawing rule)"),
        ["min_unzoned_m2"] = ("Mindste areal uden zone, der rapporteres (støjfilter)", "Least unzoned area reported (noise filter)"),
    };

    private static readonly Dictionary<(string Rule, string Name), string> DanishReasoning = new()
    {
        [("DK-02", "buffer_m")] = "Undtagelsen dækker selve erhvervsarealet (§ 2, stk. 1, nr. 1) og intet ud over det.",
        [("DK-03", "atm_buffer_m")] = "Loven siger \u201ei umiddelbar nærhed\u201c uden en afstand; 2 m svarer til en person, der står ved automaten. Zonemodellen har ingen zone for pengeautomater, så punktet er til manuel kontrol, ikke en geometrisk prøvning.",
        [("DK-04", "buffer_m")] = "\u201eI umiddelbar tilknytning\u201c har ingen afstand i loven; ca. 30 m angives af et advokatfirma og brancheorganisationen (ingen kilde til 15 m fundet).",
        [("DK-05", "buffer_m")] = "Undtagelsen dækker selve indgange, facader og hegn; 5 m giver plads til det stykke fortov foran dem, som et facadekamera ikke kan undgå. Ingen kilde angiver en afstand.",
        [("DK-06", "adjacent_m")] = "\u201eI direkte tilknytning\u201c har ingen afstand i loven; 10 m er en snæver læsning (fortov og sti langs området). Ingen kilde fundet.",
        [("DK-06", "max_permit_years")] = "En tilladelse gives for højst 5 år (§ 2, stk. 3).",
        [("DK-07", "max_permit_years")] = "En tilladelse gives for højst 5 år.",
        [("DK-08", "buffer_m")] = "\u201eNær tilknytning\u201c er efter forarbejderne, som BL gengiver dem, normalt højst 500 m; ikke læst i kilden.",
        [("DK-09", "buffer_m")] = "Loven angiver ingen afstand; samme rækkevidde som \u201ei umiddelbar tilknytning\u201c i DK-04 (ca. 30 m) er lagt til grund.",
        [("DK-10", "buffer_m")] = "\u201eI tilknytning\u201c har ingen afstand; \u201eumiddelbar\u201c udgik i 2024 (lov 665/2024), så en større rækkevidde end DK-04's 30 m er lagt til grund. Ingen kilde angiver et tal.",
        [("DK-12", "registration_days")] = "Referencen angiver \u201einden for ca. 14 dage\u201c; fristen er ikke læst i kilden.",
        [("DK-12", "fine_dkk")] = "Bøde for manglende registrering, som angivet i referencen.",
        [("DK-13", "min_entry_m")] = "Værktøjets tegneregel: en passage af synsfeltets kant gennem offentligt areal på under 1 m er et hjørne, ikke en vej ind i synsfeltet.",
        [("DK-13", "sign_spacing_m")] = "Værktøjets tegneregel: foreslåede skilte nærmere end 10 m slås sammen; loven har ingen regel for placering.",
        [("DK-13b", "min_entry_m")] = "Værktøjets tegneregel: en passage af synsfeltets kant gennem offentligt areal på under 1 m er et hjørne, ikke en vej ind i synsfeltet.",
        [("DK-13b", "sign_spacing_m")] = "Værktøjets tegneregel: foreslåede skilte nærmere end 10 m slås sammen; loven har ingen regel for placering.",
        [("DK-14", "max_days")] = "§ 4 c, stk. 4: sletning inden 30 dage; længere kun ved politianmeldelse, en konkret tvist eller videregivelse efter § 4 c, stk. 2.",
        [("DK-14b", "max_days")] = "§ 4 d: sletning inden 30 dage, uden undtagelser.",
        [("DK-16", "property_threshold_dkk")] = "Den vedtagne tekst siger \u201eikke bagatelagtig\u201c; lovforslaget fra 2017 nævnte \u201etyveri, kortsvindel over f.eks. 1.000 kr. eller røveri\u201c som model. Et beløb over grænsen regnes som ikke bagatelagtigt; røveri altid.",
        [("DK-17", "min_penalty_years")] = "Lovovertrædelser med en strafferamme på mindst 6 års fængsel.",
        [("G-02", "max_public_area_m2")] = "\u201eStort omfang\u201c har intet tal i GDPR art. 35, stk. 3, litra c, eller betragtning 91; 5.000 m² offentligt areal i synsfeltet (omtrent et torv og dets gader) er værktøjets standardgrænse.",
        [("DK-18", "window_min_m")] = "Laveste vindueshøjde, der undersøges (et vindue i stueetagen i øjenhøjde). Loven beskytter hjem i enhver højde; ingen kilde angiver et tal.",
        [("DK-18", "window_step_m")] = "Én etage: facader undersøges for hver 3 m over den laveste vindueshøjde op til kameraets monteringshøjde.",
        [("DK-18", "min_facade_m")] = "Værktøjets støjfilter: under 1 m synlig facade pr. bolig er et hjørne, ikke et kig ind ad vinduer.",
        [("DK-18", "mask_depth_m")] = "Værktøjets tegneregel: den foreslåede maske tegnes som en 1 m bred strimmel bag hver synlig facade.",
        [("PLAN-01", "min_unzoned_m2")] = "Værktøjets støjfilter: under 10 m² af et synsfelt på areal uden zone (strimler langs zonekanter) rapporteres ikke.",
        [("G-02", "max_cameras")] = "\u201eStort omfang\u201c har intet tal; flere end 10 kameraer med offentligt areal i synsfeltet pr. dataansvarlig er værktøjets standardgrænse.",
    };

    /// <summary>A readable name of parameter <paramref name="name"/>; an unknown name is shown without its unit suffix and underscores.</summary>
    public static string Label(string name, ReportLanguage lang)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Labels.TryGetValue(name, out var l))
        {
            return lang == ReportLanguage.Danish ? l.Da : l.En;
        }

        var words = name.Split('_', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[^1] is "m" or "m2" or "days" or "years" or "dkk" or "count")
        {
            words.RemoveAt(words.Count - 1);
        }

        var text = string.Join(' ', words);
        return text.Length == 0 ? name : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The unit as printed after a value ("m²", "dage"/"days", "kr."/"DKK"); "" for a count.</summary>
    public static string Unit(string unit, ReportLanguage lang) => (unit, lang == ReportLanguage.Danish) switch
    {
        ("m2", _) => "m²",
        ("days", true) => "dage",
        ("years", true) => "år",
        ("dkk", true) => "kr.",
        ("dkk", false) => "DKK",
        ("count", _) => "",
        _ => unit,
    };

    /// <summary>
    /// The pack's reasoning in the report's language: English as the pack gives it; Danish from this table, or a
    /// Danish note that the pack gives none (never the English text in a Danish report).
    /// </summary>
    public static string Reasoning(LegalAssumption a, ReportLanguage lang)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (lang == ReportLanguage.English)
        {
            return a.Reasoning;
        }

        return DanishReasoning.TryGetValue((a.RuleId, a.Parameter), out var da) ? da : "Regelsættet giver ingen dansk begrundelse for denne værdi.";
    }
}
