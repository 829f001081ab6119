using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules.Checks;

namespace Planner.Geo.Rules;

/// <summary>
/// Reads and validates a rule pack (data/rules/rule-pack.schema.json describes the format for users; the same
/// constraints are checked here in code, plus what a schema cannot say: parameters and outcomes each check needs,
/// placeholders a template may use, exception rules that exist and give envelopes). Bad packs throw
/// <see cref="InputException"/> naming the file, the rule, the JSON path and what was expected.
/// </summary>
public static partial class RulePackLoader
{
    private static readonly string[] Units = ["m", "m2", "days", "years", "dkk", "count"];

    private static readonly string[] TopFields =
        ["$schema", "pack_id", "name", "version", "jurisdiction", "languages", "assumption_note", "unconfirmed_rule_note", "rules"];

    private static readonly string[] RuleFields =
    [
        "id", "title", "status", "status_note", "applies_to", "check", "severity", "parameters", "exceptions", "zones",
        "own_zones", "listed_business_types", "camera_condition", "attribute", "level", "outcomes", "source", "notes",
    ];

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^[A-Z]{1,5}(-[A-Za-z0-9]+)+$")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$")]
    private static partial Regex Name();

    public static RulePack Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new InputException(path, null, null, "is a folder; expected a rule pack JSON file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "the rule pack file does not exist");
        }

        return Parse(Formats.InputFile.ReadAllBytes(path, "a rule pack JSON file"), path);
    }

    /// <summary>SHA-256 (lowercase hex) of the canonical bytes: UTF-8 BOM removed, CRLF and CR turned into LF.</summary>
    public static string ContentHash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(Canonical(bytes)));

    public static RulePack Parse(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var canonical = Canonical(bytes);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(canonical, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw new InputException(file, ex.LineNumber is { } line ? $"line {line + 1}" : null, null, "valid JSON (" + ex.Message.Split(" Path:")[0] + ")");
        }

        using (doc)
        {
            var root = new PackElement(doc.RootElement, file, null, "");
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(file, null, null, "expected a JSON object (a rule pack)");
            }

            root.OnlyProperties(TopFields);
            var version = root.Get("version").String();
            if (!SemVer().IsMatch(version))
            {
                throw root.Get("version").Error("a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0");
            }

            var languages = root.Get("languages").Array(nonEmpty: true).Select(e =>
            {
                var l = e.String();
                return l.Length == 2 && l.All(char.IsAsciiLetterLower) ? l : throw e.Error("a two-letter language code such as \"da\"");
            }).ToList();
            if (languages.Distinct().Count() != languages.Count)
            {
                throw root.Get("languages").Error("each language once");
            }

            var rules = new List<RuleDefinition>();
            foreach (var (ruleElement, index) in root.Get("rules").Array(nonEmpty: true).Select((e, i) => (e, i)))
            {
                var rule = ParseRule(ruleElement, index, languages);
                if (rules.Any(r => r.Id == rule.Id))
                {
                    throw (ruleElement with { Location = $"rule {rule.Id}" }).Get("id").Error($"a unique rule id ({rule.Id} appears twice)");
                }

                rules.Add(rule);
            }

            CheckExceptions(root, rules);
            return new RulePack
            {
                PackId = root.Get("pack_id").String(),
                Name = root.Get("name").Element.ValueKind == JsonValueKind.Object
                    ? Texts(root.Get("name"), languages, []).Get(languages.Contains("en") ? "en" : languages[0])
                    : root.Get("name").String(),
                NameTexts = root.Get("name").Element.ValueKind == JsonValueKind.Object ? Texts(root.Get("name"), languages, []) : null,
                Version = version,
                Jurisdiction = root.Get("jurisdiction").String(),
                Languages = languages,
                AssumptionNote = Texts(root.Get("assumption_note"), languages, ["rule", "name", "value", "unit"]),
                UnconfirmedRuleNote = Texts(root.Get("unconfirmed_rule_note"), languages, ["status", "note"]),
                Rules = rules,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(canonical)),
                SourceFile = file,
            };
        }
    }

    private static RuleDefinition ParseRule(PackElement element, int index, IReadOnlyList<string> languages)
    {
        var located = element with { Location = $"rules[{index}]" };
        var id = located.Get("id").String();
        if (!RuleId().IsMatch(id))
        {
            throw located.Get("id").Error("a rule id such as DK-01, DK-13b or UK-06");
        }

        var e = element with { Location = $"rule {id}" };
        e.OnlyProperties(RuleFields);
        var kind = e.Get("check").String();
        var check = CheckRegistry.Get(kind) ?? throw e.Get("check").Error($"one of the engine's checks: {string.Join(", ", CheckRegistry.Kinds.Order(StringComparer.Ordinal))}");
        var spec = check.Spec;
        var status = ParseEnum<SourceStatus>(e.Get("status"), "V, S or B");
        LocalizedText? statusNote = null;
        if (status != SourceStatus.V)
        {
            var note = e.Optional("status_note") ?? throw e.At("status_note").Error("a note on why the rule is not confirmed (status is not V), in each pack language");
            statusNote = Texts(note, languages, []);
        }

        var appliesTo = new HashSet<OperatorType>();
        foreach (var a in e.Get("applies_to").Array(nonEmpty: true))
        {
            var text = a.String();
            if (!OperatorTypes.TryParse(text, out var op) || text != op.ToContractName() || !appliesTo.Add(op))
            {
                throw a.Error("a distinct operator type: municipality, police, authority, business, housing or private");
            }
        }

        var severity = ParseSeverity(e.Get("severity"));
        var parameters = ParseParameters(e.Get("parameters"), id, languages);
        foreach (var required in spec.Parameters)
        {
            if (parameters.All(p => p.Name != required))
            {
                throw e.Get("parameters").Error($"a parameter named {required} (check {kind} needs it)");
            }
        }

        var placeholders = spec.Placeholders.Concat(parameters.Select(p => p.Name)).Append("camera").Append("today").ToHashSet(StringComparer.Ordinal);
        var outcomes = new Dictionary<string, RuleOutcome>(StringComparer.Ordinal);
        var outcomesElement = e.Get("outcomes");
        foreach (var (name, value) in outcomesElement.Properties())
        {
            if (!spec.Outcomes.Contains(name) && !spec.OptionalOutcomes.Contains(name))
            {
                throw value.Error($"an outcome of check {kind}: {string.Join(", ", spec.Outcomes.Concat(spec.OptionalOutcomes))}");
            }

            value.OnlyProperties([.. languages.Append("severity")]);
            var outcomeSeverity = value.Optional("severity") is { } s ? ParseSeverity(s) : severity;
            outcomes[name] = new RuleOutcome(name, outcomeSeverity, Texts(value, languages, placeholders, allowSeverity: true));
        }

        foreach (var required in spec.Outcomes)
        {
            if (!outcomes.ContainsKey(required))
            {
                throw outcomesElement.Error($"an outcome named {required} (check {kind} reports it)");
            }
        }

        var zones = new List<ZoneKind>();
        if (e.Optional("zones") is { } zonesElement)
        {
            foreach (var z in zonesElement.Array(nonEmpty: true))
            {
                var text = z.String();
                zones.Add(ZoneKinds.TryParse(text, out var zk) && zk.ToContractName() == text ? zk : throw z.Error($"a zone kind: {ZoneKinds.AllNames}"));
            }
        }
        else if (spec.Fields.Contains("zones"))
        {
            throw e.At("zones").Error($"a list of zone kinds (check {kind} needs it)");
        }

        var condition = CameraCondition.None;
        if (e.Optional("camera_condition") is { } c)
        {
            var names = spec.Conditions.Select(ConditionName).ToList();
            var text = c.String();
            condition = spec.Conditions.FirstOrDefault(x => ConditionName(x) == text, (CameraCondition)(-1));
            if (condition == (CameraCondition)(-1))
            {
                throw c.Error($"a camera condition check {kind} understands: {string.Join(", ", names)}");
            }
        }

        string? attribute = null;
        if (spec.Fields.Contains("attribute"))
        {
            var a = e.Get("attribute");
            attribute = a.String();
            if (!AttributeCheck.Supported.Contains(attribute))
            {
                throw a.Error($"a camera attribute: {string.Join(", ", AttributeCheck.Supported)}");
            }
        }

        DoriLevel? level = null;
        if (spec.Fields.Contains("level"))
        {
            var l = e.Get("level");
            level = DoriLevels.TryParse(l.String(), out var dl) ? dl : throw l.Error("a DORI level: visible, detect, observe, recognise, identify");
        }

        var exceptions = new List<string>();
        if (e.Optional("exceptions") is { } ex)
        {
            if (!spec.UsesExceptions)
            {
                throw ex.Error($"no exceptions (check {kind} does not use them)");
            }

            exceptions.AddRange(ex.Array(nonEmpty: false).Select(x => x.String()));
        }

        _ = e.Optional("notes")?.String();
        return new RuleDefinition
        {
            Id = id,
            Title = Texts(e.Get("title"), languages, []),
            Status = status,
            StatusNote = statusNote,
            AppliesTo = appliesTo,
            Check = kind,
            Severity = severity,
            Parameters = parameters,
            Exceptions = exceptions,
            Outcomes = outcomes,
            Zones = zones,
            OwnZones = e.Optional("own_zones")?.Bool() ?? false,
            ListedBusinessTypesOnly = e.Optional("listed_business_types")?.Bool() ?? false,
            CameraCondition = condition,
            Attribute = attribute,
            Level = level,
            Source = ParseSource(e.Get("source")),
        };
    }

    private static List<RuleParameter> ParseParameters(PackElement element, string ruleId, IReadOnlyList<string> languages)
    {
        var list = new List<RuleParameter>();
        foreach (var p in element.Array(nonEmpty: false))
        {
            p.OnlyProperties("name", "value", "unit", "basis", "status", "reasoning");
            var name = p.Get("name").String();
            if (!Name().IsMatch(name) || list.Any(x => x.Name == name))
            {
                throw p.Get("name").Error("a distinct snake_case parameter name");
            }

            var value = p.Get("value").Number();
            if (value is < 0 or > PlausibleRanges.MaxRuleParameter)
            {
                throw p.Get("value").Error($"a number in [0, {PlausibleRanges.MaxRuleParameter}]");
            }

            var unit = p.Get("unit").String();
            if (!Units.Contains(unit))
            {
                throw p.Get("unit").Error($"a unit: {string.Join(", ", Units)}");
            }

            var basisText = p.Get("basis").String();
            var basis = basisText switch
            {
                "fixed_by_law" => ParameterBasis.FixedByLaw,
                "assumption" => ParameterBasis.Assumption,
                "method" => ParameterBasis.Method,
                _ => throw p.Get("basis").Error("fixed_by_law, assumption or method"),
            };
            var status = ParseEnum<SourceStatus>(p.Get("status"), "V, S or B");
            if (basis == ParameterBasis.FixedByLaw && status != SourceStatus.V)
            {
                throw p.Get("basis").Error($"assumption (a value with status {status} is not fixed by law)");
            }

            // reasoning: one text, or one per pack language (so Danish findings carry Danish reasoning).
            var reasoningElement = p.Get("reasoning");
            LocalizedText? texts = null;
            string reasoning;
            if (reasoningElement.Element.ValueKind == JsonValueKind.Object)
            {
                texts = Texts(reasoningElement, languages, []);
                reasoning = texts.Get(languages.Contains("en") ? "en" : languages[0]);
            }
            else
            {
                reasoning = reasoningElement.String();
            }

            list.Add(new RuleParameter(name, value, unit, basis, status, reasoning) { RuleId = ruleId, ReasoningTexts = texts });
        }

        return list;
    }

    private static LegalSource ParseSource(PackElement s)
    {
        s.OnlyProperties("law", "section", "subsection", "item", "consolidated_act", "amended_by", "url", "citation");
        var url = s.Get("url").String();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw s.Get("url").Error("an https:// address");
        }

        return new LegalSource(
            s.Get("law").String(),
            s.Get("section").String(),
            s.Optional("subsection")?.String(),
            s.Optional("item")?.String(),
            s.Optional("consolidated_act")?.String(),
            s.Optional("amended_by") is { } a ? [.. a.Array(nonEmpty: false).Select(x => x.String())] : [],
            url,
            s.Get("citation").String());
    }

    private static LocalizedText Texts(PackElement element, IReadOnlyList<string> languages, IReadOnlyCollection<string> placeholders, bool allowSeverity = false)
    {
        if (!allowSeverity)
        {
            element.OnlyProperties([.. languages]);
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var t = element.Get(language);
            var text = t.String();
            foreach (var placeholder in MessageTemplate.Placeholders(text))
            {
                if (!placeholders.Contains(placeholder))
                {
                    throw t.Error($"placeholders among {{{string.Join("}, {", placeholders.Order(StringComparer.Ordinal))}}} (found {{{placeholder}}})");
                }
            }

            texts[language] = text;
        }

        return new LocalizedText(texts);
    }

    private static void CheckExceptions(PackElement root, List<RuleDefinition> rules)
    {
        var array = root.Get("rules").Array(nonEmpty: true);
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var id in rules[i].Exceptions)
            {
                var target = rules.FirstOrDefault(r => r.Id == id);
                var at = (array[i] with { Location = $"rule {rules[i].Id}" }).Get("exceptions");
                if (target is null)
                {
                    throw at.Error($"ids of rules in this pack ({id} is not one)");
                }

                if (CheckRegistry.Get(target.Check) is not IEnvelopeCheck)
                {
                    throw at.Error($"rules whose check gives an envelope ({id} uses {target.Check})");
                }
            }
        }
    }

    private static Severity ParseSeverity(PackElement e) =>
        Severities.TryParse(e.Element.ValueKind == JsonValueKind.String ? e.Element.GetString() : null, out var s) ? s : throw e.Error("fail, warn or info");

    private static T ParseEnum<T>(PackElement e, string expected) where T : struct, Enum
    {
        var text = e.Element.ValueKind == JsonValueKind.String ? e.Element.GetString() : null;
        return text is not null && Enum.TryParse<T>(text, ignoreCase: false, out var v) && Enum.IsDefined(v) && !int.TryParse(text, out _) ? v : throw e.Error(expected);
    }

    private static string ConditionName(CameraCondition c) => c switch
    {
        CameraCondition.None => "none",
        CameraCondition.Recording => "recording",
        CameraCondition.NotRecording => "not_recording",
        CameraCondition.PoliceConsulted => "police_consulted",
        CameraCondition.PublicView => "public_view",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "unknown condition"),
    };

    private static byte[] Canonical(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var output = new List<byte>(bytes.Length);
        for (var i = start; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\r')
            {
                output.Add((byte)'\n');
                if (i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n')
                {
                    i++;
                }
            }
            else
            {
                output.Add(bytes[i]);
            }
        }

        return [.. output];
    }

    internal static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(Canonical(bytes));
}
