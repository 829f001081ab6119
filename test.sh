#!/usr/bin/env bash
# CctvPlanner's one test command. As root on Debian it first installs the system packages the integration tests use
# (tests whose tool is still missing report "skipped" with the reason), then runs every test project of the solution.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Planner.Tests.Stores").
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests need. Add yours here (planned: postgresql-15-postgis-3 chromium poppler-utils fonts-dejavu-core).
DEBIAN_PACKAGES=(gdal-bin python3-gdal)

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

exec dotnet test CctvPlanner.sln "$@"
