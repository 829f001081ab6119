using System.Text.Encodings.Web;
using System.Text.Json;
using Planner.Geo.Formats;
using Planner.Geo.Rules;

namespace Planner.Geo.Sharing;

/// <summary>
/// Writes a <see cref="ShareDecision"/> as UTF-8 JSON: pack (id, version, sha256), rule_id, citation, source_url,
/// allowed, verdict (allowed, assessment_needed, refused), offence_code, assumption, message and conditions (condition, met, undecided, message, assumption, assumed_parameters). Atomic.
/// </summary>
public static class ShareDecisionWriter
{
    public static void Write(string path, RulePack pack, ShareDecision decision) => AtomicFile.Write(path, s => Write(s, pack, decision));

    public static void Write(Stream stream, RulePack pack, ShareDecision decision)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(decision);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        CheckReportWriter.WritePack(w, pack);
        w.WriteString("rule_id", decision.RuleId);
        w.WriteString("citation", decision.Citation);
        w.WriteString("source_url", decision.SourceUrl);
        w.WriteBoolean("allowed", decision.Allowed);
        w.WriteString("verdict", decision.Verdict);
        if (decision.OffenceCode is { } code)
        {
            w.WriteString("offence_code", code);
        }
        else
        {
            w.WriteNull("offence_code");
        }

        w.WriteBoolean("assumption", decision.Assumption);
        w.WriteString("message", decision.Message);
        w.WriteStartArray("conditions");
        foreach (var c in decision.Conditions)
        {
            w.WriteStartObject();
            w.WriteString("condition", c.Key);
            w.WriteBoolean("met", c.Met);
            w.WriteBoolean("undecided", c.Undecided);
            w.WriteString("message", c.Message);
            w.WriteBoolean("assumption", c.Assumption);
            CheckReportWriter.WriteAssumed(w, c.AssumedParameters);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }
}
