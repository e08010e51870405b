#!/usr/bin/env bash
# Runs the CasSQL benchmark. Build first (from the repository root):
#   mvn -B -q install -DskipTests && bench/run.sh [--scale 0.01] [--tpch-scales 0.01,0.1] ...
# bench/run.sh --help lists the options. The report is printed and written to bench/target/bench-results.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ ! -d "$here/target/lib" || ! -d "$here/target/classes" ]]; then
  echo "bench is not built: run 'mvn -B -q install -DskipTests' in $(dirname "$here") first" >&2
  exit 1
fi
exec java -Xms1g -Xmx3g -XX:+UseG1GC -Duser.timezone=UTC \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dbench.dir="$here/target" \
  -cp "$here/target/classes:$here/target/lib/*" io.cassql.bench.BenchMain "$@"
