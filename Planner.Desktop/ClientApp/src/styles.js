// Feature styles of the map. Colours come from the server's layer list (MapLayers.cs), the same the legend shows.
import {Style, Fill, Stroke, Circle as CircleStyle, RegularShape, Text} from 'ol/style.js';
import Polygon from 'ol/geom/Polygon.js';
import LineString from 'ol/geom/LineString.js';
import {asArray} from 'ol/color.js';

const cache = new Map();
function cached(key, make) {
  let s = cache.get(key);
  if (!s) {
    s = make();
    cache.set(key, s);
  }
  return s;
}

/** A colour #rrggbb with alpha in [0, 1]. */
export function alpha(hex, a) {
  const c = asArray(hex).slice();
  c[3] = a;
  return c;
}

export function makeStyles(cfg) {
  const c = cfg.colours;
  const heightClass = (h) => {
    if (h === null || h === undefined) return 4;
    let i = 0;
    while (i < cfg.heightBreaks.length && h >= cfg.heightBreaks[i]) i++;
    return i;
  };

  const polygon = (key, fill, stroke, width = 1) => cached(key, () => new Style({
    fill: new Fill({color: fill}),
    stroke: stroke ? new Stroke({color: stroke, width}) : undefined,
  }));

  return {
    buildings: (f) => {
      const k = heightClass(f.get('height_m'));
      return polygon('b' + k, c.heights[k], k === 4 ? '#3b0f0f' : 'rgba(60,50,40,0.55)', k === 4 ? 1.2 : 0.6);
    },
    zones: (f) => {
      const kind = f.get('kind');
      const col = c.zones[kind] || '#cccccc';
      return polygon('z' + kind, alpha(col, 0.55), alpha(col, 0.95), 1);
    },
    incidents: (f, res) => {
      const n = f.get('count');
      if (!n) {
        return cached('i', () => new Style({
          image: new CircleStyle({radius: 2, fill: new Fill({color: '#c62828'})}),
        }));
      }
      const r = Math.min(14, 3 + Math.sqrt(n));
      return new Style({
        image: new CircleStyle({radius: r, fill: new Fill({color: alpha('#ef9a9a', 0.75)}), stroke: new Stroke({color: '#c62828', width: 1})}),
        text: n >= 10 ? new Text({text: String(n), font: '10px sans-serif', fill: new Fill({color: '#5d0000'})}) : undefined,
      });
    },
    coverage: (level) => {
      const col = c.coverage[level];
      return () => polygon('c' + level, alpha(col, 0.6), alpha(col, 1), 1);
    },
    overlap: () => polygon('o', alpha('#fdd835', 0.6), '#c6a700', 0.8),
    blind: () => polygon('bl', alpha('#ad1457', 0.35), '#ad1457', 1),
    findings: (f) => {
      const role = f.get('role') || 'offending_view';
      const col = c.findings[role] || '#d32f2f';
      const type = f.getGeometry().getType();
      if (type === 'Point' || type === 'MultiPoint') {
        return cached('fp' + role, () => new Style({
          image: new RegularShape({points: 3, radius: 6, fill: new Fill({color: col}), stroke: new Stroke({color: '#ffffff', width: 1})}),
        }));
      }
      if (role === 'public_view' || role === 'excused_view') {
        // Context, not a breach: outlined only, so the coverage beneath stays readable.
        return cached('fo' + role, () => new Style({stroke: new Stroke({color: col, width: 1.6, lineDash: [6, 4]})}));
      }
      return polygon('f' + role, alpha(col, role === 'privacy_mask' ? 0.55 : 0.35), col, 1.6);
    },
  };
}

/** The field-of-view wedge of a camera: a sector of `radius` map units around its heading (a ring for all-round PTZ). */
export function wedge(center, headingDeg, hfovDeg, radius) {
  const pts = [];
  const full = hfovDeg >= 359.9;
  const n = full ? 36 : Math.max(6, Math.ceil(hfovDeg / 10));
  const a0 = full ? 0 : headingDeg - hfovDeg / 2;
  const step = (full ? 360 : hfovDeg) / n;
  if (!full) pts.push(center);
  for (let i = 0; i <= n; i++) {
    const a = (a0 + i * step) * Math.PI / 180;
    pts.push([center[0] + radius * Math.sin(a), center[1] + radius * Math.cos(a)]);
  }
  pts.push(full ? pts[0] : center);
  return new Polygon([pts]);
}

/** Camera style: existing = navy disc, proposed = orange square; a translucent wedge shows heading and field of view. */
export function cameraStyle(cfg, isSelected) {
  return (f, res) => {
    const proposed = f.get('status') === 'proposed';
    const col = proposed ? cfg.colours.proposed : cfg.colours.existing;
    const sel = isSelected(f.getId());
    const center = f.getGeometry().getCoordinates();
    const styles = [];
    if (f.get('heading_known') !== false) {
      styles.push(new Style({
        geometry: wedge(center, f.get('heading_deg'), f.get('hfov_deg'), 26 * res),
        fill: new Fill({color: alpha(col, sel ? 0.45 : 0.25)}),
        stroke: new Stroke({color: col, width: sel ? 2 : 1}),
      }));
    }
    styles.push(new Style({
      image: proposed
        ? new RegularShape({points: 4, radius: sel ? 9 : 7.5, angle: Math.PI / 4, fill: new Fill({color: col}), stroke: new Stroke({color: sel ? '#00e5ff' : '#ffffff', width: sel ? 3 : 1.5})})
        : new CircleStyle({radius: sel ? 7.5 : 6, fill: new Fill({color: col}), stroke: new Stroke({color: sel ? '#00e5ff' : '#ffffff', width: sel ? 3 : 1.5})}),
      zIndex: 2,
    }));
    return styles;
  };
}

/** The rotation handle: a line from the camera and a round knob at its end. */
export function handleStyle() {
  return (f) => {
    if (f.get('kind') === 'line') {
      return cached('hl', () => new Style({stroke: new Stroke({color: '#00838f', width: 2, lineDash: [4, 3]})}));
    }
    return cached('hk', () => new Style({
      image: new CircleStyle({radius: 7, fill: new Fill({color: '#ffffff'}), stroke: new Stroke({color: '#00838f', width: 3})}),
    }));
  };
}

export {LineString};
