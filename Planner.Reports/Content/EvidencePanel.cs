namespace Planner.Reports.Content;

/// <summary>
/// Published effects of CCTV by setting, from the project's field notes (shared/reference/field.md), each with its
/// source and the caveat a reader needs. Only figures stated there are used.
/// </summary>
public static class EvidencePanel
{
    public sealed record Row(string Setting, string Effect, string Source, string Caveat);

    public static IReadOnlyList<Row> Rows(ReportLanguage language) => language == ReportLanguage.Danish ? Danish : English;

    private const string WelshFarrington = "Welsh & Farrington 2009, metaanalyse";
    private const string WelshFarringtonEn = "Welsh & Farrington 2009, meta-analysis";
    private const string Piza = "Piza, Welsh, Farrington & Thomas 2019, Criminology & Public Policy 18(1)";

    private static readonly Row[] English =
    [
        new("All settings", "16 % average reduction in crime", WelshFarringtonEn, "Average over studies; effects vary widely between sites."),
        new("All settings", "Significant but modest reduction", Piza, "Active monitoring and CCTV combined with other measures do better than cameras alone."),
        new("Car parks", "−51 %", WelshFarringtonEn, "Largest effect of any setting; also the largest in Piza et al. 2019."),
        new("Residential areas", "Significant reduction", Piza, "Size of the effect depends on the area and the measures around it."),
        new("City centres", "−7 %", WelshFarringtonEn, "Not statistically significant."),
        new("Public transport", "−23 %", WelshFarringtonEn, "Not statistically significant."),
        new("Philadelphia, 18 cameras", "13 % reduction", "Ratcliffe & Taniguchi 2008", "Varied by site: some camera sites showed no effect."),
        new("Investigations (British Transport Police, 251,195 crimes)", "CCTV available in 45 %, useful in 29 % of crimes", "Ashby 2017", "Measures usefulness for investigation, not prevention."),
    ];

    private static readonly Row[] Danish =
    [
        new("Alle steder", "16 % færre forbrydelser i gennemsnit", WelshFarrington, "Gennemsnit over undersøgelser; effekten varierer meget fra sted til sted."),
        new("Alle steder", "Signifikant, men beskeden nedgang", Piza, "Aktiv overvågning og kameraer kombineret med andre tiltag virker bedre end kameraer alene."),
        new("Parkeringspladser", "−51 %", WelshFarrington, "Største effekt af alle steder; også størst hos Piza m.fl. 2019."),
        new("Boligområder", "Signifikant nedgang", Piza, "Effektens størrelse afhænger af området og de tiltag, der ledsager kameraerne."),
        new("Bymidter", "−7 %", WelshFarrington, "Ikke statistisk signifikant."),
        new("Offentlig transport", "−23 %", WelshFarrington, "Ikke statistisk signifikant."),
        new("Philadelphia, 18 kameraer", "13 % nedgang", "Ratcliffe & Taniguchi 2008", "Varierede fra sted til sted: nogle kamerasteder viste ingen effekt."),
        new("Efterforskning (British Transport Police, 251.195 forbrydelser)", "Video til rådighed i 45 %, brugbar i 29 % af sagerne", "Ashby 2017", "Måler nytte i efterforskning, ikke forebyggelse."),
    ];
}
