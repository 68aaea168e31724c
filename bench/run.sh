#!/usr/bin/env bash
# Estante benchmarks on the local PostgreSQL (127.0.0.1:5432, user postgres).
#   bench/run.sh generate 1000000   data set of that many services into estante_bench_1000000
#   bench/run.sh daily 1000000      daily run (and the same day again) over a copy of it
#   bench/run.sh api 1000000        wrk against one node on a copy of it (installs wrk if missing)
#   bench/run.sh all                all three at 100k, 300k and 1M services
# Figures are printed and written to target/bench/. See bench/README.md and bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
size=${2:-100000}
mvn() { ./mvnw -q -B -Pbench "$@" test; }
case "$what" in
  generate) mvn -Dtest=DataGenerator -Dbench.services="$size" -Dbench.db="estante_bench_$size" ;;
  daily) mvn -Dtest=DailyRunBenchmark -Dbench.db="estante_bench_$size" ;;
  api)
    command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
    mvn -Dtest=ApiLoadBenchmark -Dbench.db="estante_bench_$size" ;;
  all)
    for n in 100000 300000 1000000; do "$0" generate "$n"; "$0" daily "$n"; done
    "$0" api 1000000 ;;
  *) echo "usage: bench/run.sh generate|daily|api N | all" >&2; exit 2 ;;
esac
