#!/usr/bin/env bash
# Validates compose/docker-compose.yml (syntax, interpolation, references between services).
# Used by CI when docker-compose or the docker compose plugin is installed; needs no running engine.
set -euo pipefail
cd "$(dirname "$0")"

if command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
elif command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  echo "compose/check.sh: skipped, neither docker-compose nor the docker compose plugin is installed"
  exit 0
fi

"${compose[@]}" -f docker-compose.yml config --quiet
# The collector reads its config files itself; at least make sure they parse, when PyYAML is at hand.
if python3 -c 'import yaml' >/dev/null 2>&1; then
  for config in otel/*.yaml; do
    python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$config"
  done
fi
echo "compose/check.sh: docker-compose.yml is valid (${compose[*]})"
