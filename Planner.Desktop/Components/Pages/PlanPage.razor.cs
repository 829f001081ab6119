using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Planner.Desktop.App;
using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Desktop.Components.Pages;

/// <summary>
/// The planner's workspace: the map (drawn by the map script), the toolbar, the layers panel, the selected cameras'
/// fields and the plan figures. Every edit goes through the <see cref="PlanSession"/>'s workspace; the map is told
/// what changed (<see cref="MapPayload"/>), so a drag or a rotation redraws only the edited cameras and the plan-wide layers.
/// </summary>
public sealed partial class PlanPage
{
    private const double PasteOffsetM = 10;

    private readonly Dictionary<string, string> fieldErrors = new(StringComparer.Ordinal);
    private List<LayerState> layerState = [];
    private ElementReference mapElement;
    private DotNetObjectReference<PlanPage>? self;
    private List<string> selected = [];
    private List<Camera> clipboard = [];
    private bool addMode;
    private string addModelKey = "";
    private string? savePath;
    private string? message;
    private bool messageIsError;

    [Inject]
    internal PlanSession Session { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    internal IReadOnlyList<Camera> SelectedCameras =>
        [.. Session.Current.Plan.Cameras.Where(c => selected.Contains(c.Id, StringComparer.Ordinal))];

    protected override void OnInitialized()
    {
        layerState = [.. MapLayers.All.Select(l => new LayerState(l))];
        addModelKey = Session.Catalogue.Models.FirstOrDefault(m => m.Key == "bullet-4mp-varifocal")?.Key ?? Session.Catalogue.Models[0].Key;
        savePath = (Session.Store as Planner.Geo.Stores.GeoPackageFileStore)?.Path;
        Session.Changed += OnChanged;
        Session.Saved += OnSaved;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("plannerMap.init", mapElement, self, MapConfig.Json(Session.Current.Plan));
        }
    }

    [JSInvokable]
    public async Task MoveCameras(CameraMove[] moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var plan = Session.Current.Plan;
        await EditCamerasAsync(moves.Select(m => m.Id), () => [.. moves.Select(m => CameraFieldEdit.Moved(Find(plan, m.Id), m.X, m.Y))]);
    }

    /// <summary>
    /// While a drag is under way: the dragged cameras' coverage where they are now (nothing is applied; the map draws
    /// the preview it returns). Invalid positions give no preview.
    /// </summary>
    [JSInvokable]
    public string? PreviewCameras(CameraMove[] moves, double? headingDeg)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var plan = Session.Current.Plan;
        try
        {
            var cameras = moves.Select(m => CameraFieldEdit.Moved(Find(plan, m.Id), m.X, m.Y))
                .Select(c => headingDeg is { } h ? CameraFieldEdit.Rotated(c, h) : c)
                .ToList();
            return MapPayload.Preview(cameras, Session);
        }
        catch (DomainRuleException)
        {
            return null;
        }
    }

    [JSInvokable]
    public Task RotateCamera(string id, double headingDeg) =>
        EditCamerasAsync([id], () => [CameraFieldEdit.Rotated(Find(Session.Current.Plan, id), headingDeg)]);

    [JSInvokable]
    public async Task AddCamera(double x, double y)
    {
        if (!Session.Catalogue.TryGet(addModelKey, out var model))
        {
            Show("choose a camera model first", error: true);
            return;
        }

        var id = Session.NextCameraId();
        await EditAsync([], () => PlanEdit.Add(CameraFieldEdit.FromModel(id, x, y, 0, model)));
        await SelectAsync([id], tellMap: true);
    }

    [JSInvokable]
    public Task SelectionChanged(string[] ids) => SelectAsync(ids ?? [], tellMap: false);

    [JSInvokable]
    public Task Command(string name) => name switch
    {
        "undo" => UndoAsync(),
        "redo" => RedoAsync(),
        "delete" => DeleteAsync(),
        "copy" => CopyAsync(),
        "paste" => PasteAsync(),
        "escape" => SetModeAsync(false),
        _ => Task.CompletedTask,
    };

    public async ValueTask DisposeAsync()
    {
        Session.Changed -= OnChanged;
        Session.Saved -= OnSaved;
        self?.Dispose();
        await Task.CompletedTask;
    }

    private static Camera Find(Plan plan, string id) =>
        plan.Cameras.FirstOrDefault(c => c.Id == id) ?? throw new DomainRuleException("id", $"camera id {id} is not in the plan");

    private async Task FieldAsync((string Field, string? Text) edit)
    {
        var cameras = SelectedCameras;
        if (cameras.Count == 0)
        {
            return;
        }

        try
        {
            var replaced = cameras.Select(c => CameraFieldEdit.Apply(c, edit.Field, edit.Text, Session.Catalogue)).ToList();
            fieldErrors.Remove(edit.Field);
            await Session.ApplyAsync(PlanEdit.All([.. replaced.Select(PlanEdit.Replace)]));
            message = null;
        }
        catch (DomainRuleException ex)
        {
            fieldErrors[edit.Field] = ex.Message;
        }
    }

    /// <summary>Replaces cameras: their new coverage is drawn at once (preview), then the workspace applies the edit.</summary>
    private async Task EditCamerasAsync(IEnumerable<string> ids, Func<IReadOnlyList<Camera>> replaced)
    {
        IReadOnlyList<Camera> cameras;
        try
        {
            cameras = replaced();
        }
        catch (DomainRuleException ex)
        {
            Show(ex.Message, error: true);
            await JS.InvokeVoidAsync("plannerMap.applyChange", MapPayload.ForCameras(ids, Session));
            return;
        }

        await JS.InvokeVoidAsync("plannerMap.applyChange", MapPayload.Preview(cameras, Session));
        await EditAsync(ids, () => PlanEdit.All([.. cameras.Select(PlanEdit.Replace)]));
    }

    private async Task EditAsync(IEnumerable<string> ids, Func<PlanEdit> edit)
    {
        try
        {
            await Session.ApplyAsync(edit());
            message = null;
        }
        catch (DomainRuleException ex)
        {
            Show(ex.Message, error: true);
            await JS.InvokeVoidAsync("plannerMap.applyChange", MapPayload.ForCameras(ids, Session));
        }

        StateHasChanged();
    }

    private async Task SelectAsync(IReadOnlyList<string> ids, bool tellMap)
    {
        selected = [.. ids];
        fieldErrors.Clear();
        if (tellMap)
        {
            await JS.InvokeVoidAsync("plannerMap.select", selected);
        }

        StateHasChanged();
    }

    private async Task SetModeAsync(bool add)
    {
        addMode = add;
        await JS.InvokeVoidAsync("plannerMap.setMode", add ? "add" : "select");
    }

    private async Task UndoAsync()
    {
        if (await Session.UndoAsync() is null)
        {
            Show("nothing to undo", error: false);
        }
    }

    private async Task RedoAsync()
    {
        if (await Session.RedoAsync() is null)
        {
            Show("nothing to redo", error: false);
        }
    }

    private async Task DeleteAsync()
    {
        if (selected.Count == 0)
        {
            return;
        }

        var ids = selected.ToList();
        await EditAsync(ids, () => PlanEdit.All([.. ids.Select(PlanEdit.Delete)]));
        await SelectAsync([], tellMap: true);
    }

    private Task CopyAsync()
    {
        clipboard = [.. SelectedCameras];
        Show(string.Create(CultureInfo.InvariantCulture, $"{clipboard.Count} camera(s) copied; Paste puts copies {PasteOffsetM} m east"), error: false);
        return Task.CompletedTask;
    }

    private async Task PasteAsync()
    {
        if (clipboard.Count == 0)
        {
            return;
        }

        var copies = new List<Camera>();
        var taken = Session.Current.Plan.Cameras.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in clipboard)
        {
            var n = 2;
            string id;
            do
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{c.Id}-copy{(n == 2 ? "" : n.ToString(CultureInfo.InvariantCulture))}");
                n++;
            }
            while (!taken.Add(id));
            copies.Add(new Camera(id, c.X + PasteOffsetM, c.Y, c.Optics)
            {
                Model = c.Model, Operator = c.Operator, OperatorId = c.OperatorId, Recording = c.Recording, RetentionDays = c.RetentionDays,
                Purpose = c.Purpose, Permit = c.Permit, PermitExpires = c.PermitExpires, PoliceConsulted = c.PoliceConsulted,
                SurveillanceZone = c.SurveillanceZone, HeadingKnown = c.HeadingKnown,
            });
        }

        await EditAsync([], () => PlanEdit.All([.. copies.Select(PlanEdit.Add)]));
        await SelectAsync([.. copies.Select(c => c.Id)], tellMap: true);
    }

    private async Task SaveAsync()
    {
        try
        {
            var path = string.IsNullOrWhiteSpace(savePath) ? null : savePath.Trim();
            var written = await Session.SaveAsync(path);
            savePath = written;
            Show("saved to " + written, error: false);
            await JS.InvokeVoidAsync("plannerMap.setUnsaved", Session.Unsaved);
        }
        catch (DomainRuleException ex)
        {
            Show(ex.Message, error: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InputException)
        {
            Show("could not save: " + ex.Message, error: true);
        }
    }

    private Task LayerChangedAsync(LayerState layer) =>
        JS.InvokeVoidAsync("plannerMap.setLayer", layer.Layer.Id, layer.Visible, layer.Opacity).AsTask();

    private void Show(string text, bool error)
    {
        message = text;
        messageIsError = error;
        StateHasChanged();
    }

    // A save from anywhere (e.g. Save as…) changes where the next Save writes and clears "unsaved edits".
    private void OnSaved(string where) => _ = InvokeAsync(() =>
    {
        savePath = (Session.Store as Planner.Geo.Stores.GeoPackageFileStore)?.Path;
        StateHasChanged();
    });

    private void OnChanged(WorkspaceChange change)
    {
        var payload = MapPayload.For(change, Session);
        _ = InvokeAsync(async () =>
        {
            selected = [.. selected.Where(id => change.After.Views.ContainsKey(id))];
            try
            {
                await JS.InvokeVoidAsync("plannerMap.applyChange", payload);
            }
            catch (JSDisconnectedException)
            {
                return;
            }

            StateHasChanged();
        });
    }
}

/// <summary>A camera moved on the map to (X, Y) in the working CRS, metres.</summary>
public sealed record CameraMove(string Id, double X, double Y);
