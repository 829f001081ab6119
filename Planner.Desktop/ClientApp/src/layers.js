// Layers whose features come from the server for the extent in view and the map resolution (/api/layers/{id}),
// re-fetched when the view leaves the fetched extent, the zoom changes a lot, or the plan version changes.
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import {buffer as bufferExtent, containsExtent, getWidth, getHeight} from 'ol/extent.js';

const format = new GeoJSON();

export function readFeatures(json) {
  // No projections given: the server sends the plan's working CRS, which is the view's projection.
  return format.readFeatures(json);
}

export class ViewLayer {
  constructor(def, style, opts = {}) {
    this.id = def.id;
    this.source = new VectorSource({attributions: opts.attributions});
    this.layer = new VectorLayer({
      source: this.source,
      style,
      visible: def.visible,
      opacity: def.opacity,
      zIndex: opts.zIndex,
      updateWhileInteracting: false,
      updateWhileAnimating: false,
    });
    // Layers drawn from the cameras' views change with every edit; buildings, zones and incidents do not.
    this.followsEdits = opts.followsEdits ?? false;
    this.merge = opts.merge ?? false;
    this.loaded = null;
    this.abort = null;
    this.busy = null;
  }

  /** Fetches the layer for the map's view unless what is loaded already covers it. Resolves when drawn data is in. */
  refresh(map, version, force = false) {
    if (!this.layer.getVisible()) {
      return Promise.resolve();
    }
    const view = map.getView();
    const size = map.getSize();
    if (!size) return Promise.resolve();
    const extent = view.calculateExtent(size);
    const res = view.getResolution();
    const v = this.followsEdits ? version : 0;
    const l = this.loaded;
    if (!force && l && l.version === v && containsExtent(l.extent, extent) && l.res <= res * 1.6 && l.res >= res / 1.6) {
      return this.busy ?? Promise.resolve();
    }
    const want = bufferExtent(extent, Math.max(getWidth(extent), getHeight(extent)) * 0.25);
    this.abort?.abort();
    const ctrl = new AbortController();
    this.abort = ctrl;
    const url = `api/layers/${this.id}?bbox=${want.map((x) => x.toFixed(2)).join(',')}&res=${res.toFixed(5)}&v=${v}`;
    this.busy = fetch(url, {signal: ctrl.signal, credentials: 'same-origin'})
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${this.id}: HTTP ${r.status}`))))
      .then((json) => {
        if (ctrl.signal.aborted) return;
        const features = readFeatures(json);
        if (this.merge) {
          this.mergeFeatures(features);
        } else {
          this.source.clear(true);
          this.source.addFeatures(features);
        }
        this.loaded = {extent: want, res, version: v};
        this.truncated = json.truncated === true;
      })
      .catch((e) => {
        if (e.name !== 'AbortError') console.warn(e);
      })
      .finally(() => {
        if (this.abort === ctrl) this.busy = null;
      });
    return this.busy;
  }

  /** Keeps feature objects of known ids (an interaction may hold them), updating their geometry and properties. */
  mergeFeatures(features) {
    const seen = new Set();
    for (const f of features) {
      seen.add(f.getId());
      this.upsert(f);
    }
    for (const f of this.source.getFeatures().slice()) {
      if (!seen.has(f.getId()) && !f.get('keep')) this.source.removeFeature(f);
    }
  }

  upsert(f) {
    const old = this.source.getFeatureById(f.getId());
    if (old) {
      old.setGeometry(f.getGeometry());
      old.setProperties(f.getProperties(), false);
    } else {
      this.source.addFeature(f);
    }
  }

  /** The layer was patched in place to `version` (the edited cameras' views came with the change). */
  markCurrent(version) {
    if (this.loaded) this.loaded.version = this.followsEdits ? version : 0;
  }
}

export function makeVectorLayer(source, style, zIndex) {
  return new VectorLayer({source, style, zIndex});
}
