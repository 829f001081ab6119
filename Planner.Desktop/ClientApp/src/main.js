// CctvPlanner's map: OpenLayers in the plan's own projected CRS, layers fetched per view from the app server, camera
// editing that reports to the Blazor page (window.plannerMap is what the page calls).
import 'ol/ol.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import LineString from 'ol/geom/LineString.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import MousePosition from 'ol/control/MousePosition.js';
import Attribution from 'ol/control/Attribution.js';
import Zoom from 'ol/control/Zoom.js';
import Control from 'ol/control/Control.js';
import DragBox from 'ol/interaction/DragBox.js';
import {defaults as defaultInteractions} from 'ol/interaction/defaults.js';
import {shiftKeyOnly} from 'ol/events/condition.js';
import Projection from 'ol/proj/Projection.js';
import {register} from 'ol/proj/proj4.js';
import {get as getProjection, addProjection} from 'ol/proj.js';
import proj4 from 'proj4';
import {ViewLayer, readFeatures} from './layers.js';
import {makeStyles, cameraStyle, handleStyle} from './styles.js';
import {EditInteraction} from './editing.js';
import './analysis.js';
import './files.js';
import './optimise.js';

const LEVELS = ['visible', 'detect', 'observe', 'recognise', 'identify'];

function planProjection(cfg) {
  const code = 'EPSG:' + cfg.epsg;
  if (cfg.proj4) {
    proj4.defs(code, cfg.proj4);
    register(proj4);
  }
  let proj = getProjection(code);
  if (!proj) {
    // A CRS without a known definition: still metres, drawn as a plane (scale bar in grid metres).
    proj = new Projection({code, units: 'm'});
    addProjection(proj);
  }
  return proj;
}

class NorthArrow extends Control {
  constructor(deg) {
    const el = document.createElement('div');
    el.className = 'north-arrow ol-unselectable ol-control';
    el.title = `North: true north is ${deg.toFixed(2)}° from the grid's north here (meridian convergence)`;
    el.innerHTML = `<svg viewBox="0 0 40 52" width="34" height="44" style="transform: rotate(${deg}deg)">
      <polygon points="20,2 31,34 20,27 9,34" fill="#222" stroke="#fff" stroke-width="1"/>
      <polygon points="20,2 20,27 9,34" fill="#777"/>
      <text x="20" y="50" text-anchor="middle" font-size="13" font-family="sans-serif" font-weight="bold" fill="#222">N</text></svg>`;
    super({element: el});
  }
}

class PlannerMap {
  constructor(element, dotnet, cfg) {
    this.dotnet = dotnet;
    this.cfg = cfg;
    this.version = 0;
    this.mode = 'select';
    this.selected = [];
    this.unsaved = false;
    this.pendingEdit = null;
    this.dragging = false;
    this.dragBusy = false;
    this.dragWanted = null;
    this.metrics = {edits: [], readyMs: null, layersReadyMs: null};
    window.plannerMetrics = this.metrics;
    const styles = makeStyles(cfg);
    const proj = planProjection(cfg);
    const attribution = cfg.attribution;
    this.layers = new Map_();
    let z = 0;
    for (const def of cfg.layers) {
      z += 1;
      let layer;
      if (def.id === 'cameras') {
        layer = new ViewLayer(def, cameraStyle(cfg, (id) => this.selected.includes(id)), {zIndex: z, followsEdits: true, merge: true});
      } else if (def.id.startsWith('coverage-')) {
        layer = new ViewLayer(def, styles.coverage(def.id.substring(9)), {zIndex: z, followsEdits: true});
      } else if (def.id === 'buildings') {
        layer = new ViewLayer(def, styles.buildings, {zIndex: z, attributions: attribution});
      } else {
        layer = new ViewLayer(def, styles[def.id], {zIndex: z, followsEdits: ['overlap', 'blind', 'findings'].includes(def.id)});
      }
      this.layers.set(def.id, layer);
    }
    this.cameras = this.layers.get('cameras');
    this.handleSource = new VectorSource();
    this.handleLayer = new VectorLayer({source: this.handleSource, style: handleStyle(), zIndex: 1000});

    this.map = new Map({
      target: element,
      layers: [...[...this.layers.values()].map((l) => l.layer), this.handleLayer],
      view: new View({projection: proj, maxZoom: 28}),
      controls: [
        new Zoom(),
        new ScaleLine({units: 'metric', bar: true, steps: 4, text: true, minWidth: 110}),
        new Attribution({collapsible: false}),
        new NorthArrow(cfg.trueNorthDeg || 0),
        new MousePosition({
          projection: proj,
          target: document.getElementById('pointer-coordinates') || undefined,
          coordinateFormat: (c) => `E ${c[0].toFixed(1)}  N ${c[1].toFixed(1)}  (EPSG:${cfg.epsg})`,
          placeholder: `pointer: E – N – (EPSG:${cfg.epsg})`,
        }),
      ],
      interactions: defaultInteractions({shiftDragZoom: false, doubleClickZoom: false}),
    });
    const box = new DragBox({condition: shiftKeyOnly});
    box.on('boxend', () => {
      const ids = [];
      this.cameras.source.forEachFeatureInExtent(box.getGeometry().getExtent(), (f) => { ids.push(f.getId()); });
      this.setSelection([...new Set([...this.selected, ...ids])], true);
    });
    this.map.addInteraction(box);
    this.map.addInteraction(new EditInteraction(this));
    this.map.getView().fit(cfg.extent, {size: this.map.getSize(), padding: [10, 10, 10, 10]});
    this.map.on('moveend', () => this.refreshAll(false));
    this.map.getView().on('change:resolution', () => this.updateHandle());
    document.addEventListener('keydown', (e) => this.onKey(e));
    window.addEventListener('beforeunload', (e) => {
      if (this.unsaved) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
    this.refreshAll(false).then(() => {
      this.map.once('rendercomplete', () => {
        this.metrics.readyMs = performance.now();
        element.dataset.ready = 'true';
        document.body.dataset.mapReady = 'true';
      });
      this.map.render();
    });
  }

  refreshAll(force) {
    return Promise.all([...this.layers.values()].map((l) => l.refresh(this.map, this.version, force)));
  }

  send(method, ...args) {
    this.pendingEdit = performance.now();
    return this.dotnet.invokeMethodAsync(method, ...args).catch((e) => console.warn(method, e));
  }

  /**
   * Live coverage while dragging: asks the page for the dragged cameras' views where they are now, one request at a
   * time (the latest position wins), and draws the answer unless the drag has ended meanwhile.
   */
  previewWhileDragging(items, heading) {
    this.dragWanted = {items: items.filter((i) => i.xy), heading};
    if (this.dragBusy) return;
    const next = () => {
      const want = this.dragWanted;
      this.dragWanted = null;
      if (!want) {
        this.dragBusy = false;
        return;
      }
      this.dragBusy = true;
      const moves = want.items.map((i) => ({id: i.id, x: i.xy[0], y: i.xy[1]}));
      this.dotnet.invokeMethodAsync('PreviewCameras', moves, want.heading)
        .then((json) => {
          if (json && this.dragging) this.drawPreview(JSON.parse(json));
        })
        .catch((e) => console.warn(e))
        .finally(next);
    };
    next();
  }

  /** Draws previewed views of cameras, keeping the camera features where the pointer has them. */
  drawPreview(p) {
    this.drawCameras({...p, cameras: [], removed: [], touched: p.cameras.map((f) => f.id)});
  }

  addAt(coordinate) {
    this.send('AddCamera', Math.round(coordinate[0] * 100) / 100, Math.round(coordinate[1] * 100) / 100);
  }

  setSelection(ids, notify) {
    this.selected = ids;
    for (const f of this.cameras.source.getFeatures()) f.set('keep', ids.includes(f.getId()), true);
    this.cameras.source.changed();
    this.updateHandle();
    if (notify) this.dotnet.invokeMethodAsync('SelectionChanged', ids).catch((e) => console.warn(e));
  }

  updateHandle() {
    this.handleSource.clear(true);
    if (this.selected.length !== 1) return;
    const f = this.cameras.source.getFeatureById(this.selected[0]);
    if (!f) return;
    const c = f.getGeometry().getCoordinates();
    const a = (f.get('heading_deg') || 0) * Math.PI / 180;
    const r = 48 * this.map.getView().getResolution();
    const end = [c[0] + r * Math.sin(a), c[1] + r * Math.cos(a)];
    const line = new Feature({geometry: new LineString([c, end]), kind: 'line'});
    const knob = new Feature({geometry: new Point(end), kind: 'knob'});
    knob.setId('rotate-handle');
    this.handleSource.addFeatures([line, knob]);
  }

  onKey(e) {
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    const ctrl = e.ctrlKey || e.metaKey;
    let cmd = null;
    if (e.key === 'Delete' || e.key === 'Backspace') cmd = 'delete';
    else if (ctrl && e.key.toLowerCase() === 'z') cmd = e.shiftKey ? 'redo' : 'undo';
    else if (ctrl && e.key.toLowerCase() === 'y') cmd = 'redo';
    else if (ctrl && e.key.toLowerCase() === 'c') cmd = 'copy';
    else if (ctrl && e.key.toLowerCase() === 'v') cmd = 'paste';
    else if (e.key === 'Escape') cmd = 'escape';
    if (cmd) {
      e.preventDefault();
      if (cmd !== 'copy' && cmd !== 'escape') this.pendingEdit = performance.now();
      this.dotnet.invokeMethodAsync('Command', cmd).catch((err) => console.warn(err));
    }
  }

  /** The page's answer to an edit: changed cameras and their views; plan-wide layers are re-fetched. */
  applyChange(json) {
    const p = JSON.parse(json);
    const started = this.pendingEdit;
    if (p.preview) {
      // The edited cameras' new views, before the workspace has applied the edit: draw them now, keep waiting.
      this.drawCameras(p);
      if (started !== null) {
        this.map.once('rendercomplete', () => { this.previewMs = performance.now() - started; });
      }
      this.map.render();
      return;
    }
    this.pendingEdit = null;
    this.version = p.version;
    this.unsaved = p.unsaved;
    this.drawCameras(p);
    const previewMs = this.previewMs;
    this.previewMs = undefined;
    const derived = this.refreshAll(false);
    if (started !== null) {
      this.map.once('rendercomplete', () => {
        const appliedMs = performance.now() - started;
        derived.then(() => {
          this.map.once('rendercomplete', () => {
            const entry = {coverageMs: previewMs ?? appliedMs, appliedMs, allLayersMs: performance.now() - started, version: p.version};
            this.metrics.edits.push(entry);
            const el = document.getElementById('edit-latency');
            if (el) {
              el.textContent = `last edit: coverage drawn ${entry.coverageMs.toFixed(0)} ms, findings and figures ${entry.appliedMs.toFixed(0)} ms, all layers ${entry.allLayersMs.toFixed(0)} ms`;
              el.dataset.version = String(p.version);
            }
          });
          this.map.render();
        });
      });
    }
    this.map.render();
  }

  /** Puts changed cameras and their views on the map; removes deleted ones. */
  drawCameras(p) {
    const touched = new Set([...p.cameras.map((f) => f.id), ...p.removed, ...(p.touched ?? [])]);
    for (const f of readFeatures({type: 'FeatureCollection', features: p.cameras})) this.cameras.upsert(f);
    for (const id of p.removed) {
      const f = this.cameras.source.getFeatureById(id);
      if (f) this.cameras.source.removeFeature(f);
    }
    const coverage = readFeatures({type: 'FeatureCollection', features: p.coverage});
    for (const level of LEVELS) {
      const layer = this.layers.get('coverage-' + level);
      const src = layer.source;
      for (const f of src.getFeatures().slice()) {
        if (touched.has(f.get('camera_id'))) src.removeFeature(f);
      }
      src.addFeatures(coverage.filter((f) => f.get('level') === level));
      if (!p.preview) layer.markCurrent(p.version);
    }
    if (!p.preview) this.cameras.markCurrent(p.version);
    if (this.selected.some((id) => p.removed.includes(id))) {
      this.selected = this.selected.filter((id) => !p.removed.includes(id));
    }
    this.updateHandle();
  }
}

// A local alias: the OpenLayers Map class shadows the global Map in this module.
const Map_ = globalThis.Map;

window.plannerMap = {
  app: null,
  init(element, dotnet, cfgJson) {
    this.app = new PlannerMap(element, dotnet, JSON.parse(cfgJson));
  },
  applyChange(json) {
    this.app?.applyChange(json);
  },
  setLayer(id, visible, opacity) {
    const l = this.app?.layers.get(id);
    if (!l) return;
    l.layer.setVisible(visible);
    l.layer.setOpacity(opacity);
    if (visible) l.refresh(this.app.map, this.app.version, false);
  },
  setMode(mode) {
    if (!this.app) return;
    this.app.mode = mode;
    this.app.map.getTargetElement().classList.toggle('adding', mode === 'add');
  },
  select(ids) {
    this.app?.setSelection(ids, false);
  },
  setUnsaved(flag) {
    if (this.app) this.app.unsaved = flag;
  },
  /** For tests and measurements: the pixel of a map coordinate, and a camera's coordinate. */
  pixelOf(x, y) {
    return this.app.map.getPixelFromCoordinate([x, y]);
  },
  cameraAt(id) {
    return this.app.cameras.source.getFeatureById(id)?.getGeometry().getCoordinates() ?? null;
  },
  handlePixel() {
    const f = this.app.handleSource.getFeatureById('rotate-handle');
    return f ? this.app.map.getPixelFromCoordinate(f.getGeometry().getCoordinates()) : null;
  },
};
