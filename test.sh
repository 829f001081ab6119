#!/usr/bin/env bash
# CctvPlanner's one test command. As root on Debian it first installs the system packages the integration tests use
# (tests whose tool is still missing report "skipped" with the reason), then runs every test project of the solution.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Planner.Tests.Stores").
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests need: GDAL (ogrinfo), PostGIS, poppler (pdftoppm rasterises the PDF), DejaVu fonts (PDF text),
# chromium (the app's browser tests); Node.js with npm only where no npm is on the PATH (the build bundles the map's
# OpenLayers from npm; a Node.js from elsewhere that brings its own npm is kept).
DEBIAN_PACKAGES=(gdal-bin python3-gdal postgresql-15-postgis-3 poppler-utils fonts-dejavu-core chromium)
command -v npm >/dev/null || DEBIAN_PACKAGES+=(nodejs npm)

install_missing() {
  local missing=() p
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  echo "test.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 || true; apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; } \
    || echo "test.sh: could not install ${missing[*]}; the tests that need them will be skipped"
}

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  install_missing
fi

# A throwaway PostgreSQL/PostGIS cluster on a free loopback port for the store tests, unless one is given:
# PLANNER_TEST_PG is its superuser's connection string (the tests create their own databases and ordinary,
# non-superuser logins in it); PLANNER_TEST_PG_CTL is pg_ctl for this cluster, for the test that kills the server
# mid-push (pg_ctl stop -m immediate) and starts it again. The server's settings live in its postgresql.conf so that a
# plain `pg_ctl start` brings it back on the same port.
PG_DIR=""
PG_BIN=""
PG_AS=()
start_postgis() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]] || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
    echo "test.sh: no PostgreSQL server with PostGIS here; the PostGIS tests will be skipped"
    return 0
  fi
  PG_DIR=$(mktemp -d /tmp/planner-pg.XXXXXX)
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >"$PG_DIR/initdb.log" 2>&1 || return 1
  "${PG_AS[@]}" sh -c "cat >> '$PG_DIR/data/postgresql.conf'" <<EOF_CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DIR'
fsync = off
max_connections = 200
EOF_CONF
  # Everyone is trusted on loopback except one login that must give a password (the authentication-failure test).
  "${PG_AS[@]}" sh -c "printf '%s\n' 'host all cctvplanner_pwtest 127.0.0.1/32 scram-sha-256' | cat - '$PG_DIR/data/pg_hba.conf' > '$PG_DIR/hba' && mv '$PG_DIR/hba' '$PG_DIR/data/pg_hba.conf'"
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start >/dev/null || return 1
  export PLANNER_TEST_PG_PWUSER=cctvplanner_pwtest
  export PLANNER_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export PLANNER_TEST_PG_CTL="${PG_AS[*]} $PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/server.log"
  echo "test.sh: throwaway PostGIS cluster on 127.0.0.1:$port"
}
stop_postgis() {
  if [[ -n "$PG_DIR" ]]; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap stop_postgis EXIT
if [[ -z "${PLANNER_TEST_PG:-}" ]]; then
  start_postgis || { echo "test.sh: could not start PostgreSQL; the PostGIS tests will be skipped"; stop_postgis; PG_DIR=""; }
fi

status=0
dotnet test CctvPlanner.sln "$@" || status=$?
exit "$status"
