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
        IncidentsBasisFiltered = "{0} af planens {1} hændelser, udvalgt med filteret {2}; hotspots, kort og ugeskema bygger på samme udvalg. En hændelse tæller som dækket, når den ligger i mindst ét kameras reelle synsfelt på niveauet.",
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
        HeadingTrueNorth = "{0}° ({1} {2}°, {3})",
        GridNorth = "kortnord",
        OpticsLine = "retning {0}, vandret synsvinkel {1}°, lodret {2}°, {3} px, rækkevidde {4}",
        MountTilt = "Højde og hældning",
        Purpose = "Formål",
        Permit = "Tilladelse",
        Retention = "Opbevaring",
        Days = "dage",
        PoliceConsulted = "Drøftet med politiet (§ 2 a)",
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
        NoMask = "ingen boligfacade ses (DK-18)",
        MaskNotAssessed = "ikke vurderet, se DK-18",
        NoMaskPartlyAssessed = "ingen kendt boligfacade ses; resten ikke vurderet (PLAN-01)",
        Signs = "Skilte",
        SignsAt = "{0} foreslåede skilte: {1}",
        SignAt = "1 foreslået skilt: {0}",
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
        HourCaptionFiltered = "Antal udvalgte hændelser ({0}) efter ugedag og klokkeslæt (lokal tid som registreret).",
        Weekdays = ["man", "tir", "ons", "tor", "fre", "lør", "søn"],
        SignOffHeading = "Juridisk godkendelse",
        SignOffIntro = "Udfyldes af den juridiske gennemgang.",
        Reviewer = "Navn",
        Role = "Stilling",
        Decision = "Konklusion",
        DecisionOptions = "☐ godkendt   ☐ godkendt med betingelser   ☐ ikke godkendt",
        Conditions = "Betingelser og bemærkninger",
        Signature = "Underskrift og dato",
        AttributionSynthetic = "Syntetiske data",
        AttributionReal = "Kortdata: {0}",
        Sev = ["Overtrædelse", "Advarsel", "Oplysning"],
        QIntendedBasis = "Den påtænkte hjemmel står ikke i planen for nogen af de {0} kameraer; hjemlen efter kontrollen (i hvert kameraafsnit) er udledt af zonerne og skal bekræftes.",
        PurposeCategory = "kategori",
        Shortened = "… (forkortet; alle kameraer står i kameraoversigten)",
        SeeCameraTable = "… (se kameraoversigten)",
        FailingByRule = "{0} kameraer: {1}",
        PermitLapsed = "udløbet {0}",
        PermitUntil = "gyldig til {0}",
        CameraMapsIntro = "Signaturforklaring til kameraernes kort (kameraet i fokus er sort, de øvrige grå):",
        FindingCount = "{0} fund",
        RestsOnAssumptionCol = "Hviler på antagelse",
        CaseNumber = "Sagsnr.",
        ToBeFilled = "(udfyldes af sagsbehandleren)",
        PackLine = "{0} version {1}: {2} regler, jurisdiktion {3}",
        ContentsHeading = "Indhold",
        ScopeHeading = "Omfang, metode og begrænsninger",
        ScopeLaw = "Retsgrundlag",
        ScopeLawText = "Kameraerne er kontrolleret mod regelsættet {0} med {1} regler: {2}. Retstilstand: lovteksterne som gengivet i regelsættet ({3}), kontrolleret pr. {4}. Senere lovændringer er ikke med.",
        ScopeOperators = "Omfattede ansvarlige",
        ScopeOperatorsText = "{0}. Kameraer uden oplyst ansvarlig ({1}) er ikke kontrolleret.",
        ScopeMethod = "Metode",
        ScopeMethodText = "For hvert kamera beregnes det reelle synsfelt på jorden: sektoren mellem nær- og fjerngrænsen minus det, bygninger skygger for (2,5D; en bygning uden højde skygger helt). Billedkvaliteten følger EN 62676-4 (DORI: detektere 25, observere 62,5, genkende 125, identificere 250 pixel pr. meter). Synsfeltet lægges over planens zoner (offentligt areal, boliger, boligområder, utrygge områder, indgange, erhvervsarealer, nattelivssteder, skoler), og hver regel prøves mod de dele, den gælder for.",
        TargetHeightText = "Målhøjde: synsfelter og DORI-niveauer er beregnet for et mål {0} over terræn ({1}). Et andet mål giver andre afstande og arealer.",
        TargetGround = "fødder på jorden",
        TargetFaces = "omtrent ansigtshøjde",
        TargetOther = "som valgt ved udskrivningen",
        ScopeLimits = "Hvad der ikke er vurderet",
        LimitUnzoned = "Areal i et synsfelt, som ingen zone i planen dækker, er ikke vurderet: det er hverken godkendt eller underkendt.",
        LimitZonesOnly = "Kontrollen kender kun det, planen indeholder: zonernes afgrænsning, kameraernes oplysninger og bygningernes højder. Forhold, der ikke står i planen (fx lydoptagelse, ansigtsgenkendelse, adgang til optagelserne, databehandleraftaler), er ikke vurderet.",
        LimitSettings = "Kameraernes faktiske indstilling (zoom, maskering i kameraet, optagetider) er ikke efterprøvet på stedet.",
        ScopeZones = "Zonernes oprindelse",
        ZonesText = "Planen har {0} zoner ({1}). Kilde: {2}. Hvem der har udpeget de utrygge områder og boligområderne, fremgår ikke af planen og skal bekræftes af kommunen.",
        NoZonesText = "Planen har ingen zoner. Ingen regel, der afhænger af zoner, kan vurderes; det betyder ikke, at kameraerne overholder reglerne.",
        AssumptionCountText = "{0} af {1} fund hviler på antagelser (en værdi, loven ikke fastsætter, eller en regel, der ikke er efterprøvet mod lovteksten). De er markeret „(antagelse)“ og samlet i afsnittet om juridiske antagelser.",
        FailingHeading = "Kameraer med fejl",
        NoFailing = "Ingen kameraer har fund med alvorsgraden fejl.",
        Camera = "Kamera",
        LawfulBasis = "Hjemmel efter kontrollen",
        IntendedBasis = "Påtænkt hjemmel",
        NoExceptionApplies = "ingen undtagelse dækker det offentlige areal i synsfeltet",
        NoPublicView = "intet offentligt areal i synsfeltet efter kontrollen",
        Controller = "Dataansvarlig",
        Cvr = "CVR-nr.",
        CouncilDecision = "Kommunalbestyrelsens beslutning",
        CouncilNeeded = "påkrævet for kommunale kameraer efter § 2 a; ikke oplyst i planen",
        NotApplicable = "ikke relevant for denne ansvarlige",
        PermitIssuer = "Udstedt af",
        OffendingArea = "Del af synsfeltet i strid med en regel",
        OffendingLine = "{0} m² (skraveret rødt på kortet)",
        OpenQuestionsHeading = "Åbne spørgsmål",
        OpenQuestionsIntro = "Spørgsmål, som den juridiske gennemgang skal afklare, før forslaget kan godkendes.",
        QUnconfirmed = "{0} ({1}): {2} Berører {3} fund.",
        QAssumed = "{0}: {1} er antaget til {2}; loven fastsætter ingen værdi. Berører {3} fund.",
        QUnzoned = "Areal uden zone: {0} kamera(er) ser tilsammen {1} m², som ingen zone i planen dækker ({2}). Hvad er det for et areal?",
        QNoOperator = "Ansvarlig ikke oplyst for {0}; disse kameraer er ikke kontrolleret.",
        QNoController = "Den dataansvarliges CVR-nr. er ikke oplyst for {0} kamera(er): {1}.",
        QCouncil = "Kommunalbestyrelsens beslutning (dato og reference) er ikke oplyst for de kommunale kameraer {0}.",
        QNoPurpose = "Formålet er ikke oplyst for {0}.",
        QHeading = "Retningen er ikke opmålt for {0}; synsfeltet bygger på en pladsholder.",
        QNoUtryg = "Planen har ingen udpegede utrygge områder; regler, der afhænger af dem, kan ikke vurderes.",
        StatusCodes = "Statuskoder: V = læst i den angivne kilde; S = kun angivet af en sekundær kilde; B = antaget, ikke bekræftet. Grundlag: lov = fastsat i loven; antagelse = loven fastsætter ingen værdi; tegneregel = værktøjets valg, som kun former foreslået geometri og aldrig afgør et fund.",
        Basis = "Grundlag",
        BasisLaw = "lov",
        BasisAssumption = "antagelse",
        BasisMethod = "tegneregel",
        StatusCol = "Status",
        UsedBy = "Fund",
        Unit = "Enhed",
        UnconfirmedHeading = "Regler, der ikke er efterprøvet mod lovteksten",
        RuleTitleCol = "Regel",
        Note = "Bemærkning",
        ApprovedVersions = "Godkendelsen gælder planversion {0} og regelsæt {1} version {2} (hash {3}).",
        HotspotClasses = "Celler pr. klasse",
        ClassCol = "Klasse",
        CellsCol = "Celler",
        Hot99 = "Hotspot, 99 % konfidens",
        Hot95 = "Hotspot, 95 % konfidens",
        Hot90 = "Hotspot, 90 % konfidens",
        Cold90 = "Coldspot, 90 % konfidens",
        Cold95 = "Coldspot, 95 % konfidens",
        Cold99 = "Coldspot, 99 % konfidens",
        CompactHeading = "Kameraoversigt",
        CompactIntro = "Planen har {0} kameraer. Over {1} kameraer vises de som en tabel med et kortatlas i stedet for et afsnit pr. kamera; fundene for hvert kamera står i tabellen, og de fulde afsnit kan udskrives særskilt.",
        AtlasHeading = "Kortatlas",
        AtlasIntro = "Planområdet i {0} felter på {1}; felterne er navngivet efter række (A, B, …) og kolonne (1, 2, …). Kameratabellen angiver hvert kameras felt.",
        AtlasTile = "Felt {0}",
        TileCol = "Felt",
        FindingsCol = "Fund",
        AttributionOwn = "planens egne lag",
        SourceNotStated = "kilde ikke oplyst",
        SyntheticSource = "Syntetiske data fra CctvPlanners eksempelgenerator; beskriver ikke et virkeligt sted.",
        EmptyWord = "ingen",
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

    public string IncidentsBasisFiltered { get; init; } = "{0} of the plan's {1} incidents, selected by the filter {2}; the hotspots, maps and hour-of-week chart use the same selection. An incident counts as covered when it lies in at least one camera's real view at that level.";

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

    /// <summary>A heading given from true north (a lon/lat file): {0} as given, {1} <see cref="GridNorth"/>, {2} the stored grid value, {3} the CRS.</summary>
    public string HeadingTrueNorth { get; init; } = "{0}° ({1} {2}°, {3})";

    public string GridNorth { get; init; } = "grid";

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

    public string NoMask { get; init; } = "no dwelling facade in view (DK-18)";

    /// <summary>DK-18 could not be assessed (e.g. no buildings): never "not required".</summary>
    public string MaskNotAssessed { get; init; } = "not assessed, see DK-18";

    /// <summary>No facade among the dwellings the plan knows, but part of the view lies on unzoned ground (PLAN-01).</summary>
    public string NoMaskPartlyAssessed { get; init; } = "no known dwelling facade in view; the rest not assessed (PLAN-01)";

    public string Signs { get; init; } = "Signs";

    public string SignsAt { get; init; } = "{0} proposed signs: {1}";

    public string SignAt { get; init; } = "1 proposed sign: {0}";

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

    public string HourCaptionFiltered { get; init; } = "Number of selected incidents ({0}) by weekday and time of day (local time as recorded).";

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

    public string CaseNumber { get; init; } = "Case number";

    public string ToBeFilled { get; init; } = "(to be filled in by the case officer)";

    public string PackLine { get; init; } = "{0} version {1}: {2} rules, jurisdiction {3}";

    public string ContentsHeading { get; init; } = "Contents";

    public string ScopeHeading { get; init; } = "Scope, method and limits";

    public string ScopeLaw { get; init; } = "Legal basis checked";

    public string ScopeLawText { get; init; } = "The cameras are checked against rule pack {0} with {1} rules: {2}. Legal status: the texts of the law as the pack gives them ({3}), checked as of {4}. Later amendments are not included.";

    public string ScopeOperators { get; init; } = "Operators covered";

    public string ScopeOperatorsText { get; init; } = "{0}. Cameras without an operator type ({1}) are not checked.";

    public string ScopeMethod { get; init; } = "Method";

    public string ScopeMethodText { get; init; } = "For each camera the real view on the ground is computed: the sector between the near and far limits minus what buildings hide (2.5D; a building without a height hides everything behind it). Image quality follows EN 62676-4 (DORI: detect 25, observe 62.5, recognise 125, identify 250 pixels per metre). The view is laid over the plan's zones (public area, dwellings, residential areas, insecure areas, entrances, business premises, nightlife venues, schools) and each rule is tested against the parts it applies to.";

    public string TargetHeightText { get; init; } = "Target height: views and DORI levels are computed for a target {0} above ground ({1}). Another target height gives other distances and areas.";

    public string TargetGround { get; init; } = "feet on the ground";

    public string TargetFaces { get; init; } = "about face height";

    public string TargetOther { get; init; } = "as chosen for this report";

    public string ScopeLimits { get; init; } = "What is not assessed";

    public string LimitUnzoned { get; init; } = "Ground in a view that no zone of the plan covers is not assessed: it is neither approved nor rejected.";

    public string LimitZonesOnly { get; init; } = "The check knows only what the plan contains: the zones' outlines, the cameras' attributes and the buildings' heights. Anything not in the plan (e.g. sound recording, face recognition, access to footage, processor agreements) is not assessed.";

    public string LimitSettings { get; init; } = "The cameras' actual settings (zoom, in-camera masking, recording hours) are not verified on site.";

    public string ScopeZones { get; init; } = "Where the zones come from";

    public string ZonesText { get; init; } = "The plan has {0} zones ({1}). Source: {2}. Who designated the insecure and residential areas is not recorded in the plan and must be confirmed by the municipality.";

    public string NoZonesText { get; init; } = "The plan has no zones. No rule that depends on zones can be assessed; this does not mean the cameras comply.";

    public string AssumptionCountText { get; init; } = "{0} of {1} findings rest on assumptions (a value the law does not fix, or a rule not confirmed against the law text). They are marked ‘(assumption)’ and listed in the section on legal assumptions.";

    public string FailingHeading { get; init; } = "Cameras that fail";

    public string NoFailing { get; init; } = "No camera has a finding of severity fail.";

    public string Camera { get; init; } = "Camera";

    public string LawfulBasis { get; init; } = "Lawful basis as checked";

    public string IntendedBasis { get; init; } = "Intended lawful basis";

    public string NoExceptionApplies { get; init; } = "no exception covers the public area in view";

    public string NoPublicView { get; init; } = "no public area in view according to the check";

    public string Controller { get; init; } = "Controller";

    public string Cvr { get; init; } = "CVR no.";

    public string CouncilDecision { get; init; } = "Council decision";

    public string CouncilNeeded { get; init; } = "required for municipal cameras under § 2 a; not stated in the plan";

    public string NotApplicable { get; init; } = "not applicable to this operator";

    public string PermitIssuer { get; init; } = "Issued by";

    public string OffendingArea { get; init; } = "Part of the view that breaks a rule";

    public string OffendingLine { get; init; } = "{0} m² (hatched red on the map)";

    public string OpenQuestionsHeading { get; init; } = "Open questions";

    public string OpenQuestionsIntro { get; init; } = "Questions the legal review must settle before the proposal can be approved.";

    public string QUnconfirmed { get; init; } = "{0} ({1}): {2} Affects {3} findings.";

    public string QAssumed { get; init; } = "{0}: {1} is assumed to be {2}; the law fixes no value. Affects {3} findings.";

    public string QUnzoned { get; init; } = "Unzoned ground: {0} camera(s) see {1} m² in total that no zone of the plan covers ({2}). What kind of ground is it?";

    public string QNoOperator { get; init; } = "Operator not stated for {0}; these cameras are not checked.";

    public string QNoController { get; init; } = "The controller's CVR number is not stated for {0} camera(s): {1}.";

    public string QCouncil { get; init; } = "The council decision (date and reference) is not stated for the municipal cameras {0}.";

    public string QNoPurpose { get; init; } = "The purpose is not stated for {0}.";

    public string QHeading { get; init; } = "The heading is not surveyed for {0}; the view uses a placeholder.";

    public string QNoUtryg { get; init; } = "The plan has no designated insecure areas; rules that depend on them cannot be assessed.";

    public string StatusCodes { get; init; } = "Status codes: V = read in the source named; S = stated by a secondary source only; B = believed, not confirmed. Basis: law = fixed by the law; assumption = the law fixes no value; drawing rule = a choice of the tool that shapes proposed geometry only and never decides a finding.";

    public string Basis { get; init; } = "Basis";

    public string BasisLaw { get; init; } = "law";

    public string BasisAssumption { get; init; } = "assumption";

    public string BasisMethod { get; init; } = "drawing rule";

    public string StatusCol { get; init; } = "Status";

    public string UsedBy { get; init; } = "Findings";

    public string Unit { get; init; } = "Unit";

    public string UnconfirmedHeading { get; init; } = "Rules not confirmed against the law text";

    public string RuleTitleCol { get; init; } = "Rule";

    public string Note { get; init; } = "Note";

    public string ApprovedVersions { get; init; } = "This approval covers plan version {0} and rule pack {1} version {2} (hash {3}).";

    public string HotspotClasses { get; init; } = "Cells per class";

    public string ClassCol { get; init; } = "Class";

    public string CellsCol { get; init; } = "Cells";

    public string Hot99 { get; init; } = "Hot spot, 99 % confidence";

    public string Hot95 { get; init; } = "Hot spot, 95 % confidence";

    public string Hot90 { get; init; } = "Hot spot, 90 % confidence";

    public string Cold90 { get; init; } = "Cold spot, 90 % confidence";

    public string Cold95 { get; init; } = "Cold spot, 95 % confidence";

    public string Cold99 { get; init; } = "Cold spot, 99 % confidence";

    public string CompactHeading { get; init; } = "Camera table";

    public string CompactIntro { get; init; } = "The plan has {0} cameras. Above {1} cameras they are shown as a table with a map atlas instead of one section per camera; each camera's findings are in the table, and the full sections can be printed separately.";

    public string AtlasHeading { get; init; } = "Map atlas";

    public string AtlasIntro { get; init; } = "The plan area in {0} tiles of {1}; tiles are named by row (A, B, …) and column (1, 2, …). The camera table gives each camera's tile.";

    public string AtlasTile { get; init; } = "Tile {0}";

    public string TileCol { get; init; } = "Tile";

    public string FindingsCol { get; init; } = "Findings";

    public string AttributionOwn { get; init; } = "the plan's own layers";

    public string SourceNotStated { get; init; } = "source not stated";

    public string SyntheticSource { get; init; } = "Synthetic data from CctvPlanner's sample generator; describes no real place.";

    public string EmptyWord { get; init; } = "none";

    public string RestsOnAssumptionCol { get; init; } = "Rests on assumption";

    public string FindingCount { get; init; } = "{0} findings";

    public string CameraMapsIntro { get; init; } = "Legend of the camera maps (the camera in focus is black, the others grey):";

    public string PermitUntil { get; init; } = "valid until {0}";

    public string PermitLapsed { get; init; } = "expired {0}";

    public string FailingByRule { get; init; } = "{0} cameras: {1}";

    public string SeeCameraTable { get; init; } = "… (see the camera table)";

    public string Shortened { get; init; } = "… (shortened; every camera is in the camera table)";

    public string PurposeCategory { get; init; } = "category";

    public string QIntendedBasis { get; init; } = "The intended lawful basis is not in the plan for any of the {0} cameras; the basis as checked (in each camera section) is derived from the zones and must be confirmed.";
}
