#!/bin/bash
# The issue 9 whole-process targets in one go, on a quiet machine (see bench/README.md).
# Usage: bench/issue9-targets.sh DIR   (DIR from `dotnet run -c Release --project bench/Planner.Bench -- write-city DIR`;
# build first: dotnet build -c Release Planner.Desktop && dotnet build -c Release bench/Planner.Bench)
set -u
R=$(cd "$(dirname "$0")/.." && pwd); D=$1
P=$R/Planner.Desktop/bin/Release/net10.0/planner; B=$R/bench/Planner.Bench/bin/Release/net10.0/Planner.Bench.dll
T() { /usr/bin/time -f "%e s wall %U+%S CPU %M KB" "$@" 2>&1 >/dev/null | tail -1; }
cd "$D"
echo "== start $(date -u +%H:%M) load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2; do
  echo "-- dense planner run $i: $(T $P coverage --buildings dense-buildings.geojson --cameras dense-cameras.geojson --out "$D/dense-out.geojson")"
  echo "-- dense shapely run $i: $(T /usr/bin/python3 "$R/bench/reference/coverage_shapely.py" dense-buildings-m.geojson dense-cameras-m.geojson "$D/dense-shapely.geojson")"
done
echo "-- city planner: $(T $P coverage --buildings city-buildings.geojson --cameras city-cameras.geojson --out "$D/city-out.geojson")"
echo "-- workspace-table"; dotnet "$B" workspace-table 2>&1 | grep "^|"
echo "-- incident-phases"; dotnet "$B" incident-phases 2>&1 | grep -v NU1603 | tail -13
echo "== end $(date -u +%H:%M) load $(cut -d' ' -f1-3 /proc/loadavg)"
