// The analyst's and the legal reviewer's map layers: Gi* hot and cold cells fetched per view from the server (never
// the whole grid), a highlight for a finding's geometry, and a one-shot point pick for the evidence canvass.
// window.plannerAnalysis is what their panels call; it attaches to window.plannerMap.app once the map exists.
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import WKT from 'ol/format/WKT.js';
import {bbox as bboxStrategy} from 'ol/loadingstrategy.js';
import {Style, Fill, Stroke, Circle} from 'ol/style.js';
import Overlay from 'ol/Overlay.js';

// PuOr diverging: orange-brown hot, purple cold — apart from the blue DORI levels and the red findings.
export const HOTSPOT_COLOURS = {
  hot99: '#b35806', hot95: '#f1a340', hot90: '#fee0b6',
  cold90: '#d8daeb', cold95: '#998ec3', cold99: '#542788',
};

const cellStyles = Object.fromEntries(Object.entries(HOTSPOT_COLOURS).map(([k, c]) => [k, new Style({
  fill: new Fill({color: c + 'b0'}),
  stroke: new Stroke({color: c, width: 0.5}),
})]));

const highlightStyle = [
  new Style({stroke: new Stroke({color: '#ffeb3b', width: 7}), fill: new Fill({color: 'rgba(255,235,59,0.25)'}),
    image: new Circle({radius: 9, stroke: new Stroke({color: '#ffeb3b', width: 4})})}),
  new Style({stroke: new Stroke({color: '#000', width: 2}), image: new Circle({radius: 9, stroke: new Stroke({color: '#000', width: 1.5})})}),
];

class Analysis {
  constructor(app) {
    this.app = app;
    this.generation = 0;
    this.requested = 0;
    this.metrics = {redraws: []};
    const format = new GeoJSON();
    this.cells = new VectorSource({
      strategy: bboxStrategy,
      loader: (extent, resolution, projection, success, failure) => {
        const gen = this.requested;
        const url = `api/hotspots?bbox=${extent.map((x) => x.toFixed(2)).join(',')}&res=${resolution.toFixed(5)}&g=${gen}`;
        fetch(url, {credentials: 'same-origin'}).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText)))).then((json) => {
          const features = format.readFeatures(json);
          this.cells.addFeatures(features);
          this.generation = json.generation;
          success(features);
        }).catch((e) => { console.warn('hotspots', e); failure(); });
      },
    });
    this.cellLayer = new VectorLayer({source: this.cells, style: (f) => cellStyles[f.get('class')], zIndex: 5, opacity: 0.85, visible: false});
    this.highlight = new VectorSource();
    this.highlightLayer = new VectorLayer({source: this.highlight, style: highlightStyle, zIndex: 2000});
    app.map.addLayer(this.cellLayer);
    app.map.addLayer(this.highlightLayer);
    this.wkt = new WKT();
    this.pickKey = null;
    // A click on a hot or cold cell shows its class, Gi* z and p and its incident count (not while picking a point).
    this.popupElement = document.createElement('div');
    this.popupElement.className = 'cell-popup';
    this.popupElement.id = 'cell-popup';
    this.popup = new Overlay({element: this.popupElement, offset: [0, -10], positioning: 'bottom-center'});
    app.map.addOverlay(this.popup);
    app.map.on('singleclick', (e) => {
      if (this.pickKey || !this.cellLayer.getVisible()) return;
      const f = app.map.forEachFeatureAtPixel(e.pixel, (x) => x, {layerFilter: (l) => l === this.cellLayer});
      if (!f) {
        this.popup.setPosition(undefined);
        return;
      }
      const [x0, y0, x1, y1] = f.getGeometry().getExtent();
      this.popupElement.textContent = `${f.get('class')}: Gi* z = ${f.get('z')}, p = ${f.get('p')}; ${f.get('count')} incident(s) in this ${Math.round(x1 - x0)} m cell (centre E ${((x0 + x1) / 2).toFixed(1)} N ${((y0 + y1) / 2).toFixed(1)})`;
      this.popup.setPosition(e.coordinate);
    });
  }

  /** Re-fetches the cells of the server's latest answer for the current view; resolves when drawn. */
  show(generation, visible) {
    const started = performance.now();
    this.requested = generation;
    this.cellLayer.setVisible(visible);
    return new Promise((done) => {
      const finish = () => {
        this.app.map.once('rendercomplete', () => {
          const ms = Math.round(performance.now() - started);
          this.metrics.redraws.push(ms);
          document.body.dataset.hotspotGeneration = String(generation);
          done(ms);
        });
        this.app.map.render();
      };
      this.cells.once('featuresloadend', finish);
      this.cells.once('featuresloaderror', finish);
      this.cells.refresh();
      if (!visible) finish();
    });
  }

  setVisible(visible) {
    this.cellLayer.setVisible(visible);
  }

  /** Highlights a geometry (WKT, plan CRS) and zooms to it with some margin. */
  zoomTo(key, wkt) {
    this.highlight.clear();
    const feature = this.wkt.readFeature(wkt);
    this.highlight.addFeature(feature);
    const view = this.app.map.getView();
    view.fit(feature.getGeometry().getExtent(), {padding: [60, 60, 60, 60], maxZoom: 22, duration: 0});
    this.app.map.once('rendercomplete', () => { document.body.dataset.highlight = key; });
    this.app.map.render();
  }

  clearHighlight() {
    this.highlight.clear();
    delete document.body.dataset.highlight;
  }

  /** The next click on the map is reported to the page as a canvass point (plan CRS). */
  pickPoint(dotnet) {
    if (this.pickKey) this.app.map.un('singleclick', this.pickKey);
    this.app.map.getTargetElement().classList.add('picking');
    this.pickKey = (e) => {
      this.app.map.un('singleclick', this.pickKey);
      this.pickKey = null;
      this.app.map.getTargetElement().classList.remove('picking');
      this.highlight.clear();
      this.highlight.addFeature(this.wkt.readFeature(`POINT(${e.coordinate[0]} ${e.coordinate[1]})`));
      dotnet.invokeMethodAsync('CanvassPicked', e.coordinate[0], e.coordinate[1]);
    };
    this.app.map.on('singleclick', this.pickKey);
  }
}

let instance = null;

function current() {
  const app = window.plannerMap?.app;
  if (!app) return null;
  if (!instance || instance.app !== app) instance = new Analysis(app);
  return instance;
}

window.plannerAnalysis = {
  show: (generation, visible) => current()?.show(generation, visible) ?? Promise.resolve(-1),
  setVisible: (visible) => current()?.setVisible(visible),
  zoomTo: (key, wkt) => current()?.zoomTo(key, wkt),
  clearHighlight: () => current()?.clearHighlight(),
  pickPoint: (dotnet) => current()?.pickPoint(dotnet),
  /** For tests: the centre of the first drawn cell of a class, or null. */
  cellCentre(cls) {
    const f = current()?.cells.getFeatures().find((x) => x.get('class') === cls);
    if (!f) return null;
    const [x0, y0, x1, y1] = f.getGeometry().getExtent();
    return [(x0 + x1) / 2, (y0 + y1) / 2];
  },
  /** For tests: the cell features drawn now, by class. */
  cellCounts() {
    const counts = {};
    for (const f of current()?.cells.getFeatures() ?? []) counts[f.get('class')] = (counts[f.get('class')] ?? 0) + 1;
    return counts;
  },
  metrics: () => current()?.metrics ?? null,
  /** For tests: the highlighted geometry's extent and whether the view shows all of it. */
  highlightInView() {
    const a = current();
    const f = a?.highlight.getFeatures()[0];
    if (!f) return null;
    const e = f.getGeometry().getExtent();
    const v = a.app.map.getView().calculateExtent(a.app.map.getSize());
    return {extent: e, inView: e[0] >= v[0] && e[1] >= v[1] && e[2] <= v[2] && e[3] <= v[3]};
  },
};
