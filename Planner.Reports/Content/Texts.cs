namespace Planner.Reports.Content;

/// <summary>Every fixed text of the proposal, in Danish and English.</summary>
public sealed record Texts
{
    public static Texts For(ReportLanguage language) => language == ReportLanguage.Danish ? Danish : English;

    public static Texts English { get; } = new();

    public static Texts Danish { get; } = new()
    {
        Title = "Forslag til tv-overvågning",
        Subtitle = "Til juridisk gennemgang og politiets høring",
        Municipality = "Kommune",
        Plan = "Plan",
        Date = "Dato",
        Author = "Udarbejdet af",
        RulePack = "Regelsæt",
        RulePackHash = "Regelsættets hash",
        PlanVersion = "Planversion",
        InputLayers = "Inddata (SHA-256)",
        Layer = "Lag",
        Features = "Objekter",
        Hash = "SHA-256",
        PlanFile = "Planfil",
        Crs = "Koordinatsystem",
        DataSource = "Datakilde",
        Unknown = "ikke oplyst",
        SyntheticLabel = "SYNTETISKE DATA — ikke en virkelig plan",
        SyntheticCover = "Denne plan bygger på syntetiske (opdigtede) data. Kort, tal og fund illustrerer værktøjet og beskriver ikke virkelige forhold.",
        NotIncluded = "Ikke med i dette dokument",
        NotIncludedCoverage = "Kameraernes reelle synsfelter (dækningsberegning) er ikke beregnet; kort viser kun kameraernes placering og retning.",
        NotIncludedHotspots = "Hotspotanalysen (Gi*) er ikke med.",
        NotIncludedCompliance = "Regelkontrollen er ikke med: dokumentet indeholder ingen juridiske fund, og fraværet af fund betyder ikke, at planen overholder reglerne.",
        PageLabel = "Side {0} af {1}",
        HeaderTitle = "Forslag til tv-overvågning",
        SummaryHeading = "Sammenfatning",
        CamerasByOperator = "Kameraer efter ansvarlig og status",
        Operator = "Ansvarlig",
        Cameras = "Kameraer",
        Recording = "Optager",
        LiveOnly = "Kun live",
        NotStated = "Ikke oplyst",
        PermitExpired = "Tilladelse udløbet",
        Total = "I alt",
        UtrygCoverage = "Dækning af utrygge områder pr. DORI-niveau",
        Area = "Område",
        AreaM2 = "Areal",
        IncidentsCovered = "Hændelser dækket pr. niveau",
        IncidentsBasis = "Alle {0} hændelser i planen (intet filter); en hændelse tæller som dækket, når den ligger i mindst ét kameras reelle synsfelt på niveauet.",
        Level = "Niveau",
        Incidents = "Hændelser",
        Share = "Andel",
        FindingsBySeverity = "Fund efter alvor",
        Severity = "Alvor",
        Count = "Antal",
        Dpia = "Konsekvensanalyse (DPIA, GDPR art. 35)",
        Required = "påkrævet",
        NotRequired = "ikke påkrævet",
        Polcam = "Registrering i POLCAM",
        PolcamNone = "ingen kameraer skal registreres",
        Unchecked = "Ikke kontrolleret (ansvarlig ikke oplyst, så ingen regel kan anvendes)",
        OverviewHeading = "Oversigtskort",
        OverviewCaption = "Alle kameraer med deres reelle synsfelt (bygninger skygger) farvet efter DORI-niveau; utrygge områder, boliger og hændelser.",
        OverviewCaptionNoViews = "Alle kameraer med retning; utrygge områder, boliger og hændelser. Synsfelterne er ikke beregnet.",
        HotspotHeading = "Hotspots (Getis-Ord Gi*)",
        Method = "Metode",
        MethodText = "Hændelserne er talt i et gitter med celler på {cell} justeret til koordinatsystemets multipla af cellestørrelsen. Tætheden er en {kernel} kerneestimation med båndbredde {bandwidth} (hændelser pr. km²). Getis-Ord Gi* er beregnet med binære vægte for celler hvis centre ligger højst {band} fra hinanden (cellen selv medregnet) over hele gitteret, med tosidede p-værdier. Signifikans er korrigeret for mange test med {fdr}. {used} hændelser indgår{filter}.",
        HotspotCaption = "Signifikante hot- og coldspots (Gi* efter FDR-korrektion) over kerneestimationen; kameraer og synsfelter.",
        CameraHeading = "Kameraer",
        CameraSection = "Kamera {0}",
        Position = "Position",
        Model = "Model",
        Optics = "Optik",
        HeadingUnknown = "ukendt (ikke oplyst i kilden; synsfeltet er beregnet med en pladsholder)",
        OpticsLine = "retning {0}, vandret synsvinkel {1}°, lodret {2}°, {3} px, rækkevidde {4}",
        MountTilt = "Højde og hældning",
        Purpose = "Formål",
        Permit = "Tilladelse",
        Retention = "Opbevaring",
        Days = "dage",
        PoliceConsulted = "Politiet hørt (§ 2 a)",
        DoriDistances = "DORI-afstande (uden bygninger)",
        DoriNote = "Vandret afstand fra kameraets fodpunkt, hvor pixeltætheden falder til niveauets grænse (EN 62676-4), begrænset af synsfeltets nær- og fjerngrænse.",
        Near = "Nærgrænse",
        Far = "Fjerngrænse",
        From = "Fra",
        To = "Til",
        NotReached = "nås ikke",
        ViewCaption = "Kamera {0}: reelt synsfelt pr. DORI-niveau.",
        PositionCaption = "Kamera {0}: placering og retning (synsfeltet er ikke beregnet).",
        Findings = "Fund",
        PlanFindings = "Fund for hele planen",
        Rule = "Regel",
        Message = "Vurdering",
        Citation = "Hjemmel",
        NoFindings = "Ingen fund for dette kamera.",
        Assumed = "(antagelse)",
        PrivacyMask = "Privatlivsmaske",
        MaskArea = "påkrævet, {0} m² skal maskeres",
        NoMask = "ikke påkrævet",
        Signs = "Skilte",
        SignsAt = "{0} foreslåede skilte: {1}",
        NoSigns = "ingen foreslået",
        AssumptionsHeading = "Juridiske antagelser",
        AssumptionsIntro = "Loven fastlægger ikke alle størrelser. Regelsættet bruger disse værdier; fund, der bygger på dem, er markeret. Den juridiske gennemgang bør tage stilling til hver af dem.",
        Parameter = "Parameter",
        Value = "Værdi",
        Reasoning = "Begrundelse",
        EvidenceHeading = "Hvad forskningen viser",
        EvidenceIntro = "Offentliggjorte effekter af tv-overvågning efter sted. Tallene er gennemsnit fra bestemte undersøgelser og kan ikke overføres direkte til denne plan.",
        Setting = "Sted",
        Effect = "Effekt",
        Source = "Kilde",
        Caveat = "Forbehold",
        HourHeading = "Hændelser pr. ugedag og time",
        HourCaption = "Antal hændelser i planen efter ugedag og klokkeslæt (lokal tid som registreret).",
        Weekdays = ["man", "tir", "ons", "tor", "fre", "lør", "søn"],
        SignOffHeading = "Juridisk godkendelse",
        SignOffIntro = "Udfyldes af den juridiske gennemgang.",
        Reviewer = "Navn",
        Role = "Stilling",
        Decision = "Afgørelse",
        DecisionOptions = "☐ godkendt   ☐ godkendt med betingelser   ☐ ikke godkendt",
        Conditions = "Betingelser og bemærkninger",
        Signature = "Underskrift og dato",
        AttributionSynthetic = "Syntetiske data",
        AttributionReal = "Kortdata: {0}",
        Sev = ["Fejl", "Advarsel", "Info"],
    };

    public string Title { get; init; } = "CCTV proposal";

    public string Subtitle { get; init; } = "For legal review and police consultation";

    public string Municipality { get; init; } = "Municipality";

    public string Plan { get; init; } = "Plan";

    public string Date { get; init; } = "Date";

    public string Author { get; init; } = "Prepared by";

    public string RulePack { get; init; } = "Rule pack";

    public string RulePackHash { get; init; } = "Rule pack hash";

    public string PlanVersion { get; init; } = "Plan version";

    public string InputLayers { get; init; } = "Input layers (SHA-256)";

    public string Layer { get; init; } = "Layer";

    public string Features { get; init; } = "Features";

    public string Hash { get; init; } = "SHA-256";

    public string PlanFile { get; init; } = "Plan file";

    public string Crs { get; init; } = "Coordinate system";

    public string DataSource { get; init; } = "Data source";

    public string Unknown { get; init; } = "not stated";

    public string SyntheticLabel { get; init; } = "SYNTHETIC DATA — not a real plan";

    public string SyntheticCover { get; init; } = "This plan is built on synthetic (made-up) data. Its maps, numbers and findings illustrate the tool and describe no real place.";

    public string NotIncluded { get; init; } = "Not included in this document";

    public string NotIncludedCoverage { get; init; } = "The cameras' real views (coverage computation) were not computed; maps show camera positions and headings only.";

    public string NotIncludedHotspots { get; init; } = "The hotspot analysis (Gi*) is not included.";

    public string NotIncludedCompliance { get; init; } = "The rule check is not included: this document contains no legal findings, and the absence of findings does not mean the plan complies.";

    public string PageLabel { get; init; } = "Page {0} of {1}";

    public string HeaderTitle { get; init; } = "CCTV proposal";

    public string SummaryHeading { get; init; } = "Summary";

    public string CamerasByOperator { get; init; } = "Cameras by operator and status";

    public string Operator { get; init; } = "Operator";

    public string Cameras { get; init; } = "Cameras";

    public string Recording { get; init; } = "Recording";

    public string LiveOnly { get; init; } = "Live only";

    public string NotStated { get; init; } = "Not stated";

    public string PermitExpired { get; init; } = "Permit expired";

    public string Total { get; init; } = "Total";

    public string UtrygCoverage { get; init; } = "Coverage of insecure (utryg) areas per DORI level";

    public string Area { get; init; } = "Area";

    public string AreaM2 { get; init; } = "Size";

    public string IncidentsCovered { get; init; } = "Incidents covered per level";

    public string IncidentsBasis { get; init; } = "All {0} incidents in the plan (no filter); an incident counts as covered when it lies in at least one camera's real view at that level.";

    public string Level { get; init; } = "Level";

    public string Incidents { get; init; } = "Incidents";

    public string Share { get; init; } = "Share";

    public string FindingsBySeverity { get; init; } = "Findings by severity";

    public string Severity { get; init; } = "Severity";

    public string Count { get; init; } = "Count";

    public string Dpia { get; init; } = "Impact assessment (DPIA, GDPR art. 35)";

    public string Required { get; init; } = "required";

    public string NotRequired { get; init; } = "not required";

    public string Polcam { get; init; } = "POLCAM registration";

    public string PolcamNone { get; init; } = "no camera needs registering";

    public string Unchecked { get; init; } = "Not checked (no operator type, so no rule applies)";

    public string OverviewHeading { get; init; } = "Overview map";

    public string OverviewCaption { get; init; } = "All cameras with their real views (buildings cast shadows), coloured by DORI level; insecure areas, dwellings and incidents.";

    public string OverviewCaptionNoViews { get; init; } = "All cameras with their headings; insecure areas, dwellings and incidents. Views were not computed.";

    public string HotspotHeading { get; init; } = "Hot spots (Getis-Ord Gi*)";

    public string Method { get; init; } = "Method";

    public string MethodText { get; init; } = "Incidents are counted on a grid of {cell} cells aligned to multiples of the cell size in the coordinate system. Density is a {kernel} kernel estimate with bandwidth {bandwidth} (incidents per km²). Getis-Ord Gi* uses binary weights for cells whose centres lie at most {band} apart (the cell itself included) over the whole grid, with two-sided p-values. Significance is corrected for multiple testing with {fdr}. {used} incidents are used{filter}.";

    public string HotspotCaption { get; init; } = "Significant hot and cold spots (Gi* after FDR correction) over the kernel density; cameras and views.";

    public string CameraHeading { get; init; } = "Cameras";

    public string CameraSection { get; init; } = "Camera {0}";

    public string Position { get; init; } = "Position";

    public string Model { get; init; } = "Model";

    public string Optics { get; init; } = "Optics";

    public string HeadingUnknown { get; init; } = "unknown (not given by the source; the view uses a placeholder)";

    public string OpticsLine { get; init; } = "heading {0}, horizontal FOV {1}°, vertical {2}°, {3} px, range {4}";

    public string MountTilt { get; init; } = "Height and tilt";

    public string Purpose { get; init; } = "Purpose";

    public string Permit { get; init; } = "Permit";

    public string Retention { get; init; } = "Retention";

    public string Days { get; init; } = "days";

    public string PoliceConsulted { get; init; } = "Police consulted (§ 2 a)";

    public string DoriDistances { get; init; } = "DORI distances (without buildings)";

    public string DoriNote { get; init; } = "Horizontal distance from the camera's ground point at which pixel density falls to the level's threshold (EN 62676-4), limited by the view's near and far limits.";

    public string Near { get; init; } = "Near limit";

    public string Far { get; init; } = "Far limit";

    public string From { get; init; } = "From";

    public string To { get; init; } = "To";

    public string NotReached { get; init; } = "not reached";

    public string ViewCaption { get; init; } = "Camera {0}: real view per DORI level.";

    public string PositionCaption { get; init; } = "Camera {0}: position and heading (view not computed).";

    public string Findings { get; init; } = "Findings";

    public string PlanFindings { get; init; } = "Plan-level findings";

    public string Rule { get; init; } = "Rule";

    public string Message { get; init; } = "Assessment";

    public string Citation { get; init; } = "Legal basis";

    public string NoFindings { get; init; } = "No findings for this camera.";

    public string Assumed { get; init; } = "(assumption)";

    public string PrivacyMask { get; init; } = "Privacy mask";

    public string MaskArea { get; init; } = "required, {0} m² to be masked";

    public string NoMask { get; init; } = "not required";

    public string Signs { get; init; } = "Signs";

    public string SignsAt { get; init; } = "{0} proposed signs: {1}";

    public string NoSigns { get; init; } = "none proposed";

    public string AssumptionsHeading { get; init; } = "Legal assumptions";

    public string AssumptionsIntro { get; init; } = "The law does not fix every quantity. The rule pack uses these values; findings that rest on them are marked. The legal review should decide on each.";

    public string Parameter { get; init; } = "Parameter";

    public string Value { get; init; } = "Value";

    public string Reasoning { get; init; } = "Reasoning";

    public string EvidenceHeading { get; init; } = "What the research shows";

    public string EvidenceIntro { get; init; } = "Published effects of CCTV by setting. The figures are averages from particular studies and do not transfer directly to this plan.";

    public string Setting { get; init; } = "Setting";

    public string Effect { get; init; } = "Effect";

    public string Source { get; init; } = "Source";

    public string Caveat { get; init; } = "Caveat";

    public string HourHeading { get; init; } = "Incidents by weekday and hour";

    public string HourCaption { get; init; } = "Number of incidents in the plan by weekday and time of day (local time as recorded).";

    public IReadOnlyList<string> Weekdays { get; init; } = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public string SignOffHeading { get; init; } = "Legal sign-off";

    public string SignOffIntro { get; init; } = "To be completed by the legal reviewer.";

    public string Reviewer { get; init; } = "Name";

    public string Role { get; init; } = "Position";

    public string Decision { get; init; } = "Decision";

    public string DecisionOptions { get; init; } = "☐ approved   ☐ approved with conditions   ☐ not approved";

    public string Conditions { get; init; } = "Conditions and remarks";

    public string Signature { get; init; } = "Signature and date";

    public string AttributionSynthetic { get; init; } = "Synthetic data";

    public string AttributionReal { get; init; } = "Map data: {0}";

    /// <summary>Names of fail, warn, info.</summary>
    public IReadOnlyList<string> Sev { get; init; } = ["Fail", "Warning", "Info"];
}
