using Planner.Geo.Model;
using Planner.Reports.Layout;

namespace Planner.Reports.Content;

/// <summary>
/// What the legal review must settle before approving: rules not confirmed against the law text, assumed values that
/// findings rest on, unzoned ground in views, and facts the plan does not state (operator, controller, council
/// decision, purpose, surveyed heading, designated insecure areas).
/// </summary>
public static class OpenQuestions
{
    /// <summary>The questions as lines of text in the report's language, in a fixed order.</summary>
    public static IReadOnlyList<string> Items(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        var f = ctx.F;
        var items = new List<string>();
        var cams = ctx.Plan.Cameras;
        string List(IEnumerable<Camera> cs)
        {
            var ids = cs.Select(c => c.Id).ToList();
            return ids.Count <= 12 ? string.Join(", ", ids) : string.Join(", ", ids.Take(12)) + " … (" + f.Num(ids.Count) + ")";
        }

        if (ctx.Input.Compliance is { } c)
        {
            foreach (var r in c.UnconfirmedRules.Where(r => r.FindingsUsing > 0))
            {
                items.Add(ctx.Format(t.QUnconfirmed, r.RuleId, r.Status, r.Note, f.Num(r.FindingsUsing)));
            }

            foreach (var a in c.Assumptions.Where(a => a.IsAssumption && a.FindingsUsing > 0))
            {
                var value = (f.Value(a.Value) + " " + ParameterTexts.Unit(a.Unit, ctx.Language)).TrimEnd();
                items.Add(ctx.Format(t.QAssumed, a.RuleId, ParameterTexts.Label(a.Parameter, ctx.Language), value, f.Num(a.FindingsUsing)));
            }

            if (c.UncheckedCameras.Count > 0)
            {
                items.Add(ctx.Format(t.QNoOperator, string.Join(", ", c.UncheckedCameras)));
            }
        }

        if (ctx.Unzoned is { Count: > 0 } unzoned)
        {
            items.Add(ctx.Format(t.QUnzoned, f.Num(unzoned.Count), f.Num(unzoned.Values.Sum(), 1), List(cams.Where(x => unzoned.ContainsKey(x.Id)))));
        }

        if (!ctx.Plan.Zones.Any(z => z.Kind == ZoneKind.UtrygArea))
        {
            items.Add(t.QNoUtryg);
        }

        var noCvr = cams.Where(x => string.IsNullOrWhiteSpace(x.ControllerCvr)).ToList();
        if (noCvr.Count > 0)
        {
            items.Add(ctx.Format(t.QNoController, f.Num(noCvr.Count), List(noCvr)));
        }

        items.Add(ctx.Format(t.QIntendedBasis, f.Num(cams.Count)));
        var municipal = cams.Where(x => x.Operator == OperatorType.Municipality && x.CouncilDecisionRef is null && x.CouncilDecisionDate is null).ToList();
        if (municipal.Count > 0 && ctx.Input.Compliance is { IsDanish: true })
        {
            items.Add(ctx.Format(t.QCouncil, List(municipal)));
        }

        var noPurpose = cams.Where(x => string.IsNullOrWhiteSpace(x.Purpose)).ToList();
        if (noPurpose.Count > 0)
        {
            items.Add(ctx.Format(t.QNoPurpose, List(noPurpose)));
        }

        var noHeading = cams.Where(x => !x.HeadingKnown).ToList();
        if (noHeading.Count > 0)
        {
            items.Add(ctx.Format(t.QHeading, List(noHeading)));
        }

        return items;
    }

    public static IEnumerable<Block> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        yield return ctx.Outline.Add(ctx.T.OpenQuestionsHeading, 1, newPage: false);
        yield return new Paragraph(ctx.T.OpenQuestionsIntro);
        var n = 1;
        foreach (var item in Items(ctx))
        {
            yield return new Paragraph(n++.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + item, TextStyle.Body, 3);
        }
    }
}
