// Proposals of the Optimise panel: candidate cameras the optimiser chose, drawn apart from the plan's own cameras
// (magenta, dashed view outline, rank label) until the user accepts (then they are plan cameras) or rejects them.
// window.plannerOptimise is what the panel calls; it attaches to window.plannerMap.app once the map exists.
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import {Style, Fill, Stroke, Circle, Text} from 'ol/style.js';

const MAGENTA = '#c2185b';

const viewStyle = new Style({
  fill: new Fill({color: 'rgba(194,24,91,0.12)'}),
  stroke: new Stroke({color: MAGENTA, width: 2, lineDash: [6, 4]}),
});

function cameraStyle(f) {
  return new Style({
    image: new Circle({radius: 8, fill: new Fill({color: '#fff'}), stroke: new Stroke({color: MAGENTA, width: 3})}),
    text: new Text({text: String(f.get('rank')), font: 'bold 10px "DejaVu Sans", sans-serif', fill: new Fill({color: MAGENTA})}),
  });
}

class Proposals {
  constructor(app) {
    this.app = app;
    this.source = new VectorSource();
    this.layer = new VectorLayer({source: this.source, style: (f) => (f.get('kind') === 'camera' ? cameraStyle(f) : viewStyle), zIndex: 1500});
    app.map.addLayer(this.layer);
    this.format = new GeoJSON();
  }

  show(json, fit) {
    this.source.clear(true);
    this.source.addFeatures(this.format.readFeatures(JSON.parse(json)));
    if (fit && this.source.getFeatures().length > 0) {
      this.app.map.getView().fit(this.source.getExtent(), {padding: [60, 60, 60, 60], maxZoom: 19, duration: 0});
    }
    this.app.map.once('rendercomplete', () => {
      document.body.dataset.proposals = String(this.count());
    });
    this.app.map.render();
  }

  count() {
    return this.source.getFeatures().filter((f) => f.get('kind') === 'camera').length;
  }
}

let instance = null;

function current() {
  const app = window.plannerMap?.app;
  if (!app) return null;
  if (!instance || instance.app !== app) instance = new Proposals(app);
  return instance;
}

window.plannerOptimise = {
  show: (json, fit) => current()?.show(json, fit),
  clear: () => current()?.show('{"type":"FeatureCollection","features":[]}', false),
  /** For tests: proposals drawn now. */
  count: () => current()?.count() ?? 0,
  /** Re-fetches a plan layer that does not follow camera edits (zones after a derivation). */
  refreshLayer(id) {
    const app = window.plannerMap?.app;
    const l = app?.layers.get(id);
    if (!l) return Promise.resolve();
    return l.refresh(app.map, app.version, true).then(() => new Promise((done) => {
      app.map.once('rendercomplete', () => done());
      app.map.render();
    }));
  },
};
