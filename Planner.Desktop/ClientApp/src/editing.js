// Pointer editing of cameras: drag to move (all selected cameras together), drag the round handle to turn the
// selected camera, Shift+click to add to or remove from the selection, click in "add" mode to place a camera.
import PointerInteraction from 'ol/interaction/Pointer.js';

export class EditInteraction extends PointerInteraction {
  constructor(app) {
    super();
    this.app = app;
    this.mode = null;
  }

  handleDownEvent(evt) {
    const app = this.app;
    const e = evt.originalEvent;
    if (e.button !== 0) return false;
    if (app.mode === 'add') {
      app.addAt(evt.coordinate);
      return false;
    }
    // The handle's line starts at the camera: only its knob turns the camera.
    const hit = evt.map.forEachFeatureAtPixel(evt.pixel, (f, layer) => (f.get('kind') === 'line' ? undefined : {f, layer}), {
      hitTolerance: 6,
      layerFilter: (l) => l === app.handleLayer || l === app.cameras.layer,
    });
    if (!hit) {
      if (!e.shiftKey) app.setSelection([], true);
      return false;
    }
    if (hit.layer === app.handleLayer) {
      this.mode = 'rotate';
      this.camera = app.cameras.source.getFeatureById(app.selected[0]);
      this.heading = undefined;
      app.dragging = !!this.camera;
      return !!this.camera;
    }
    const id = hit.f.getId();
    if (e.shiftKey) {
      const next = app.selected.includes(id) ? app.selected.filter((x) => x !== id) : [...app.selected, id];
      app.setSelection(next, true);
      return false;
    }
    if (!app.selected.includes(id)) app.setSelection([id], true);
    this.mode = 'move';
    this.last = evt.coordinate;
    this.moved = false;
    app.dragging = true;
    return true;
  }

  handleDragEvent(evt) {
    const app = this.app;
    if (this.mode === 'move') {
      const dx = evt.coordinate[0] - this.last[0];
      const dy = evt.coordinate[1] - this.last[1];
      for (const id of app.selected) {
        app.cameras.source.getFeatureById(id)?.getGeometry().translate(dx, dy);
      }
      this.last = evt.coordinate;
      this.moved = true;
      app.updateHandle();
      app.previewWhileDragging(app.selected.map((id) => ({id, xy: app.cameras.source.getFeatureById(id)?.getGeometry().getCoordinates()})), null);
    } else if (this.mode === 'rotate') {
      const c = this.camera.getGeometry().getCoordinates();
      const dx = evt.coordinate[0] - c[0];
      const dy = evt.coordinate[1] - c[1];
      if (dx === 0 && dy === 0) return;
      let h = Math.atan2(dx, dy) * 180 / Math.PI;
      h = Math.round(((h % 360) + 360) % 360 * 10) / 10;
      this.heading = h >= 360 ? 0 : h;
      this.camera.set('heading_deg', this.heading);
      app.updateHandle();
      app.previewWhileDragging([{id: this.camera.getId(), xy: c}], this.heading);
    }
  }

  handleUpEvent() {
    const app = this.app;
    app.dragging = false;
    if (this.mode === 'move' && this.moved) {
      const moves = app.selected.map((id) => {
        const xy = app.cameras.source.getFeatureById(id).getGeometry().getCoordinates();
        return {id, x: Math.round(xy[0] * 100) / 100, y: Math.round(xy[1] * 100) / 100};
      });
      app.send('MoveCameras', moves);
    } else if (this.mode === 'rotate' && this.heading !== undefined) {
      app.send('RotateCamera', this.camera.getId(), this.heading);
    }
    this.mode = null;
    return false;
  }
}
