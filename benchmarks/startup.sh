#!/usr/bin/env bash
# Start-up time for one case, end to end in a fresh JVM, with the real command-line tool:
# `java -jar examples/target/police-conduct-examples-0.1.0-SNAPSHOT-cli.jar evaluate one.jsonl --json` (the jar
# ./conduct runs). hyperfine when installed (Debian package), else a timed loop. 2 warm-up runs, 10 measured.
# Writes benchmarks/results/startup.json. Run from anywhere; needs both jars (benchmarks/run.sh builds them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
java="${JAVA_HOME:?set JAVA_HOME}/bin/java"
jar=benchmarks/target/benchmarks.jar
cli=examples/target/police-conduct-examples-0.1.0-SNAPSHOT-cli.jar
out=benchmarks/results/startup.json
case_file="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$case_file"' EXIT
"$java" -cp "$jar" io.github.policeconduct.benchmarks.WriteCases 1 "$case_file"
cmd="$java -jar $cli evaluate $case_file --json"
$cmd > /dev/null   # fails loudly if the command does

if command -v hyperfine > /dev/null; then
  hyperfine --style basic --warmup 2 --runs 10 --export-json "$out.tmp" "$cmd" >&2
  python3 - "$out.tmp" "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
json.dump({"tool": "hyperfine", "runs": len(r["times"]), "mean_s": r["mean"], "stddev_s": r["stddev"],
           "min_s": r["min"], "max_s": r["max"], "median_s": r["median"]}, open(sys.argv[2], "w"), indent=2)
PY
  rm -f "$out.tmp"
else
  for i in 1 2; do $cmd > /dev/null; done
  times=()
  for i in $(seq 10); do
    t0=$(date +%s%N); $cmd > /dev/null; t1=$(date +%s%N)
    times+=("$(( (t1 - t0) / 1000 ))")
  done
  python3 - "$out" "${times[@]}" <<'PY'
import json, statistics, sys
t = [int(x) / 1e6 for x in sys.argv[2:]]
json.dump({"tool": "bash loop (date +%s%N)", "runs": len(t), "mean_s": statistics.mean(t), "stddev_s": statistics.stdev(t),
           "min_s": min(t), "max_s": max(t), "median_s": statistics.median(t)}, open(sys.argv[1], "w"), indent=2)
PY
fi
echo "startup.sh: wrote $out" >&2
