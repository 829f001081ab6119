#!/usr/bin/env python3
"""Writes a timing plan for the analyst panel: N synthetic incidents (default 1,000,000) and 25 synthetic cameras in
the Copenhagen Indre By box of ../shared/data/copenhagen-indre-by (lon 12.562-12.582, lat 55.674-55.686), fixed seed.

Usage: bench/analyst/make_timing_plan.py OUT_DIR [N]
Writes OUT_DIR/incidents.csv (id,lon,lat,occurred_at,offence,amount_dkk) and OUT_DIR/cameras.geojson. Then:
  dotnet Planner.Desktop/bin/Release/net10.0/planner.dll new --out OUT_DIR/cph-1m.gpkg \
      --cameras OUT_DIR/cameras.geojson --incidents OUT_DIR/incidents.csv \
      --buildings ../shared/data/copenhagen-indre-by/buildings.geojson
The data is synthetic (invented incidents in real streets' box): not committed, regenerate it.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta

LON0, LON1, LAT0, LAT1 = 12.562, 12.582, 55.674, 55.686
SEED = 20261201
OFFENCES = [("violence", 0.2), ("pickpocketing", 0.25), ("shoplifting", 0.2), ("bicycle_theft", 0.2), ("vandalism", 0.15)]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)
    # Clusters (hot spots) on top of a uniform background; one cluster grows over the years (an emerging hot spot).
    clusters = [(rng.uniform(LON0, LON1), rng.uniform(LAT0, LAT1), rng.uniform(0.0003, 0.0012)) for _ in range(12)]
    start = datetime(2022, 1, 1)
    days = 1096
    names = [o for o, _ in OFFENCES]
    weights = [w for _, w in OFFENCES]
    with open(os.path.join(out, "incidents.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id,lon,lat,occurred_at,offence,amount_dkk\n")
        for i in range(n):
            day = rng.randrange(days)
            if rng.random() < 0.6:
                k = rng.randrange(len(clusters))
                if k == 0 and rng.random() > day / days:
                    k = 1
                lon0, lat0, s = clusters[k]
                lon = min(max(rng.gauss(lon0, s * 1.8), LON0), LON1)
                lat = min(max(rng.gauss(lat0, s), LAT0), LAT1)
            else:
                lon, lat = rng.uniform(LON0, LON1), rng.uniform(LAT0, LAT1)
            # More at night: hour drawn from a mixture peaking at 23.
            hour = int(rng.gauss(23, 3)) % 24 if rng.random() < 0.5 else rng.randrange(24)
            at = start + timedelta(days=day, hours=hour, minutes=rng.randrange(60))
            offence = rng.choices(names, weights)[0]
            amount = "" if offence in ("violence", "vandalism") else str(rng.randrange(50, 20000))
            f.write(f"c{i + 1:07d},{lon:.6f},{lat:.6f},{at:%Y-%m-%dT%H:%M:00},{offence},{amount}\n")
    cameras = []
    for j in range(25):
        lon0, lat0, _ = clusters[j % len(clusters)]
        cameras.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(lon0 + rng.uniform(-0.0004, 0.0004), 6), round(lat0 + rng.uniform(-0.0002, 0.0002), 6)]},
            "properties": {"id": f"cam-{j + 1:02d}", "heading_deg": rng.randrange(360), "hfov_deg": 90, "range_m": 40,
                           "height_m": 5, "tilt_deg": 15, "operator": "municipality", "operator_id": "kk",
                           "recording": True, "retention_days": 30, "purpose": "timing plan (synthetic)"},
        })
    with open(os.path.join(out, "cameras.geojson"), "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": cameras}, f)


if __name__ == "__main__":
    main()
