// The analyst's and the legal reviewer's map layers: Gi* hot and cold cells and emerging-pattern cells fetched per view
// from the server (never the whole grid), the KDE as one PNG (a pixel per grid cell), click details for a cell or an
// incident, a highlight for a finding's geometry, and a one-shot point pick for the evidence canvass.
// window.plannerAnalysis is what their panels call; it attaches to window.plannerMap.app once the map exists.
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import WKT from 'ol/format/WKT.js';
import {bbox as bboxStrategy} from 'ol/loadingstrategy.js';
import {Style, Fill, Stroke, Circle} from 'ol/style.js';
import Overlay from 'ol/Overlay.js';
import ImageLayer from 'ol/layer/Image.js';
import ImageStatic from 'ol/source/ImageStatic.js';

// PuOr diverging: orange-brown hot, purple cold — apart from the blue DORI levels and the red findings.
export const HOTSPOT_COLOURS = {
  hot99: '#b35806', hot95: '#f1a340', hot90: '#fee0b6',
  cold90: '#d8daeb', cold95: '#998ec3', cold99: '#542788',
};

const cellStyles = Object.fromEntries(Object.entries(HOTSPOT_COLOURS).map(([k, c]) => [k, new Style({
  fill: new Fill({color: c + 'b0'}),
  stroke: new Stroke({color: c, width: 0.5}),
})]));

// Pattern → colour, from the page (EmergingLegend on the server), so the legend and the map cannot disagree.
let emergingColours = {};
const emergingStyles = {};
function emergingStyle(f) {
  const p = f.get('pattern');
  const c = emergingColours[p] ?? '#000000';
  emergingStyles[p] ??= new Style({fill: new Fill({color: c + 'c0'}), stroke: new Stroke({color: '#424242', width: 0.6})});
  return emergingStyles[p];
}

function esc(t) {
  return String(t).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

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
    this.emerging = new VectorSource({
      strategy: bboxStrategy,
      loader: (extent, resolution, projection, success, failure) => {
        const url = `api/analysis/emerging?bbox=${extent.map((x) => x.toFixed(2)).join(',')}&res=${resolution.toFixed(5)}&g=${this.requested}`;
        fetch(url, {credentials: 'same-origin'}).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText)))).then((json) => {
          const features = format.readFeatures(json);
          this.emerging.addFeatures(features);
          success(features);
        }).catch((e) => { console.warn('emerging', e); failure(); });
      },
    });
    this.emergingLayer = new VectorLayer({source: this.emerging, style: emergingStyle, zIndex: 6, opacity: 0.9, visible: false});
    this.kdeLayer = new ImageLayer({zIndex: 4, opacity: 0.8, visible: false});
    app.map.addLayer(this.kdeLayer);
    app.map.addLayer(this.emergingLayer);
    this.highlight = new VectorSource();
    this.highlightLayer = new VectorLayer({source: this.highlight, style: highlightStyle, zIndex: 2000});
    app.map.addLayer(this.cellLayer);
    app.map.addLayer(this.highlightLayer);
    this.wkt = new WKT();
    this.pickKey = null;
    // A click on an incident shows its record and the cameras that see it; elsewhere on the grid, the cell's figures.
    this.popupElement = document.createElement('div');
    this.popupElement.className = 'cell-popup detail-popup';
    this.popupElement.id = 'cell-popup';
    this.popup = new Overlay({element: this.popupElement, offset: [0, -10], positioning: 'bottom-center'});
    app.map.addOverlay(this.popup);
    app.map.on('singleclick', (e) => {
      if (this.pickKey) return;
      const incidents = app.layers.get('incidents')?.layer;
      const hit = incidents?.getVisible()
        ? app.map.forEachFeatureAtPixel(e.pixel, (x) => x, {layerFilter: (l) => l === incidents, hitTolerance: 3})
        : null;
      if (hit && hit.get('count') === undefined) {
        this.showIncident(String(hit.getId()), e.coordinate);
      } else if (this.cellLayer.getVisible() || this.kdeLayer.getVisible() || this.emergingLayer.getVisible()) {
        this.showCell(e.coordinate);
      } else {
        this.popup.setPosition(undefined);
      }
    });
  }

  showCell(coordinate) {
    const [x, y] = coordinate;
    fetch(`api/analysis/cell?x=${x.toFixed(3)}&y=${y.toFixed(3)}`, {credentials: 'same-origin'}).then((r) => r.json()).then((c) => {
      if (!c.in_grid) {
        this.popup.setPosition(undefined);
        return;
      }
      const p = c.p < 1e-4 ? c.p.toExponential(2) : c.p.toPrecision(3);
      let text = `${c.class}: Gi* z = ${c.z}, p = ${p}; ${c.count} incident(s) in this ${c.cell_m} m cell (centre E ${c.x.toFixed(1)} N ${c.y.toFixed(1)})`
        + ` · FDR class ${c.class} (Benjamini–Hochberg) · density ${c.density} incidents per km²`;
      if (c.pattern) text += ` · emerging: ${c.pattern} (trend z = ${c.trend_z}; per slice ${c.slices.map((s) => s.count).join(', ')})`;
      this.popupElement.dataset.kind = 'cell';
      this.popupElement.textContent = text;
      this.popup.setPosition(coordinate);
    }).catch((e) => console.warn('cell', e));
  }

  showIncident(id, coordinate) {
    fetch(`api/analysis/incident?id=${encodeURIComponent(id)}`, {credentials: 'same-origin'}).then((r) => r.json()).then((i) => {
      if (i.error) {
        this.popup.setPosition(undefined);
        return;
      }
      const amount = i.amount_dkk === null ? 'amount not stated' : `${i.amount_dkk.toLocaleString('en')} kr`;
      const rows = i.cameras.map((c) => `<tr class="incident-camera" data-camera="${esc(c.camera_id)}"><th>${esc(c.camera_id)}</th><td>${esc(c.level)}</td><td>${c.distance_m} m</td><td>${c.ppm} px/m</td><td>${esc(c.footage)}</td></tr>`).join('');
      this.popupElement.dataset.kind = 'incident';
      this.popupElement.dataset.incident = i.id;
      this.popupElement.innerHTML = `<div class="incident-head"><b>${esc(i.id)}</b> ${esc(i.offence)} · ${esc(i.occurred_at)} · ${esc(amount)}</div>`
        + (i.cameras.length === 0 ? '<div class="incident-none">no camera of the plan sees this place</div>'
          : `<table><tr><th>camera</th><th>DORI level</th><th>distance</th><th>density</th><th>footage</th></tr>${rows}</table>`);
      this.popup.setPosition(coordinate);
    }).catch((e) => console.warn('incident', e));
  }

  /**
   * Re-fetches the layers of the server's latest answer for the current view; resolves (with the ms taken) when drawn.
   * layers: {cells, kde: [minx, miny, maxx, maxy] or null, emerging} (a bare boolean means cells only).
   */
  show(generation, layers) {
    const want = typeof layers === 'object' && layers !== null ? layers : {cells: !!layers, kde: null, emerging: false};
    const started = performance.now();
    this.requested = generation;
    if (want.colours) emergingColours = want.colours;
    const loads = [];
    if (want.kde) {
      const source = new ImageStatic({url: `api/analysis/kde.png?g=${generation}`, imageExtent: want.kde, interpolate: false,
        projection: this.app.map.getView().getProjection()});
      loads.push(new Promise((done) => {
        source.once('imageloadend', done);
        source.once('imageloaderror', done);
      }));
      this.kdeLayer.setSource(source);
    }
    this.setVisible(want);
    const vector = (source, on) => {
      if (!on) return;
      loads.push(new Promise((done) => {
        source.once('featuresloadend', done);
        source.once('featuresloaderror', done);
      }));
      source.refresh();
    };
    vector(this.cells, want.cells);
    vector(this.emerging, want.emerging);
    return Promise.all(loads).then(() => new Promise((done) => {
      this.app.map.once('rendercomplete', () => {
        const ms = Math.round(performance.now() - started);
        this.metrics.redraws.push(ms);
        document.body.dataset.hotspotGeneration = String(generation);
        done(ms);
      });
      this.app.map.render();
    }));
  }

  setVisible(layers) {
    const want = typeof layers === 'object' && layers !== null ? layers : {cells: !!layers, kde: null, emerging: false};
    this.cellLayer.setVisible(!!want.cells);
    this.kdeLayer.setVisible(!!want.kde && !!this.kdeLayer.getSource());
    this.emergingLayer.setVisible(!!want.emerging);
    document.body.dataset.kdeVisible = String(this.kdeLayer.getVisible());
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
  show: (generation, layers) => current()?.show(generation, layers) ?? Promise.resolve(-1),
  setVisible: (layers) => current()?.setVisible(layers),
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
  /** For tests: the emerging-pattern cells drawn now, by pattern. */
  emergingCounts() {
    const counts = {};
    for (const f of current()?.emerging.getFeatures() ?? []) counts[f.get('pattern')] = (counts[f.get('pattern')] ?? 0) + 1;
    return counts;
  },
  /** For tests: whether the KDE raster is shown, its extent and its image URL. */
  kdeState() {
    const a = current();
    const src = a?.kdeLayer.getSource();
    return {visible: !!a?.kdeLayer.getVisible(), extent: src?.getImageExtent() ?? null, url: src?.getUrl() ?? null};
  },
  /** For tests: the first incident drawn as a single point (id and coordinates), or null. */
  firstIncident() {
    const f = window.plannerMap?.app?.layers.get('incidents')?.source.getFeatures().find((x) => x.get('count') === undefined);
    return f ? {id: String(f.getId()), xy: f.getGeometry().getCoordinates()} : null;
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
