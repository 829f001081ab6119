#!/usr/bin/env python3
"""Shapely/GEOS reference for the whole `planner coverage` process (issue 9).

Same work as the planner's naive NTS method (bench/Planner.Bench/Coverage/NaiveCoverage.cs), in shapely 1.8 (Debian
python3-shapely, GEOS underneath): read buildings and cameras (GeoJSON in working-CRS metres), per camera the sector
footprint between the near and far limits (0.5 degree chords) minus the union of the footprints and per-edge shadow
quadrilaterals of the buildings in range (STRtree), then per DORI level the visible area cut to the disc where the
pixel density falls to the level's threshold, the plan-wide union per level and the ground seen by two or more
cameras (union of pairwise intersections, pairs by STRtree), and a GeoJSON of the (camera, level) polygons.
Usage: coverage_shapely.py BUILDINGS.geojson CAMERAS.geojson OUT.geojson
"""
import json
import math
import sys
import time

from shapely.geometry import Point, Polygon, shape, mapping
from shapely.ops import unary_union
from shapely.strtree import STRtree

LEVELS = [("visible", 0), ("detect", 25), ("observe", 62.5), ("recognise", 125), ("identify", 250)]


def sector(x, y, heading, hfov, near, far, step=0.5):
    n = max(2, int(math.ceil(hfov / step)) + 1)
    angles = [heading - hfov / 2 + hfov * i / (n - 1) for i in range(n)]
    def at(r, a):
        t = math.radians(a)
        return (x + r * math.sin(t), y + r * math.cos(t))
    outer = [at(far, a) for a in angles]
    inner = [at(near, a) for a in reversed(angles)] if near > 0 else [(x, y)]
    return Polygon(outer + inner)


def main():
    t0 = time.time()
    bfeat = json.load(open(sys.argv[1]))["features"]
    cfeat = json.load(open(sys.argv[2]))["features"]
    buildings = [(shape(f["geometry"]), f["properties"].get("height_m")) for f in bfeat]
    tree = STRtree([b for b, _ in buildings])
    index = {id(b): i for i, (b, _) in enumerate(buildings)}
    out = []
    visible = []
    for f in cfeat:
        p = f["properties"]
        x, y = f["geometry"]["coordinates"][:2]
        h, tilt, vfov, hfov = p["height_m"], p["tilt_deg"], p["vfov_deg"], p["hfov_deg"]
        near = h / math.tan(math.radians(tilt + vfov / 2)) if tilt + vfov / 2 < 90 else 0
        far = p["range_m"] if tilt <= vfov / 2 else min(p["range_m"], h / math.tan(math.radians(tilt - vfov / 2)))
        foot = sector(x, y, p["heading_deg"], hfov, near, far)
        here = Point(x, y)
        shadows = []
        for b in tree.query(foot):
            fp, height = buildings[index[id(b)]]
            shadows.append(fp)
            if fp.distance(here) <= 0.5:
                continue
            H = math.inf if height is None else height
            for ring in [fp.exterior] + list(fp.interiors):
                c = list(ring.coords)
                for (px, py), (qx, qy) in zip(c, c[1:]):
                    if H >= h:
                        sp = 2 * far / max(1e-6, math.hypot(px - x, py - y)) + 1
                        sq = 2 * far / max(1e-6, math.hypot(qx - x, qy - y)) + 1
                    else:
                        sp = sq = h / (h - H)
                    quad = Polygon([(px, py), (qx, qy), (x + (qx - x) * sq, y + (qy - y) * sq), (x + (px - x) * sp, y + (py - y) * sp)])
                    if quad.is_valid and quad.area > 0:
                        shadows.append(quad)
        vis = foot.difference(unary_union(shadows)) if shadows else foot
        visible.append(vis)
        for name, ppm in LEVELS:
            if ppm == 0:
                g = vis
            else:
                d2 = (p.get("resolution_px", 1920) / (2 * ppm * math.tan(math.radians(min(hfov, 179) / 2)))) ** 2 - h * h
                g = vis.intersection(here.buffer(math.sqrt(d2), 64)) if d2 > 0 else Polygon()
            out.append((p["id"], name, g))
    t1 = time.time()
    unions = {name: unary_union([g for cid, n, g in out if n == name and not g.is_empty]) for name, _ in LEVELS}
    vtree = STRtree(visible)
    vindex = {id(g): i for i, g in enumerate(visible)}
    pairs = []
    for i, a in enumerate(visible):
        for b in vtree.query(a):
            j = vindex[id(b)]
            if j > i:
                both = a.intersection(b)
                if both.area > 0:
                    pairs.append(both)
    overlap = unary_union(pairs)
    t2 = time.time()
    with open(sys.argv[3], "w") as fh:
        json.dump({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": mapping(g), "properties": {"camera_id": cid, "level": n, "area_m2": round(g.area, 2)}}
            for cid, n, g in out]}, fh)
    t3 = time.time()
    print(json.dumps({"cameras": len(cfeat), "buildings": len(buildings),
                      "union_area_m2": {k: round(v.area, 2) for k, v in unions.items()}, "overlap_area_m2": round(overlap.area, 2),
                      "seconds": {"views": round(t1 - t0, 2), "union_overlap": round(t2 - t1, 2), "write": round(t3 - t2, 2)}}))


if __name__ == "__main__":
    main()
