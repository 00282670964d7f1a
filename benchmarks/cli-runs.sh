#!/usr/bin/env bash
# Timed runs of the real command-line tool (the jar ./conduct runs), each in a fresh JVM, so JIT warm-up and
# start-up are included (unlike JMH's in-process scores):
#   - `evaluate FILE --json > /dev/null` over the 100,000 cases of the benchmark pool (WriteCases 100000);
#   - `report FILE` (counts by standard) over 1,000,000 concluded testkit cases (WriteCases --concluded),
#     with -Xmx256m: one pass, cases counted as they are read, no raw JSON held.
# hyperfine, 1 warm-up (page cache) and 3 measured runs each. The input files are generated once into
# benchmarks/target (1.3 GB for the million) and reused. Writes benchmarks/results/cli-runs.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
java="${JAVA_HOME:?set JAVA_HOME}/bin/java"
jar=benchmarks/target/benchmarks.jar
cli=examples/target/police-conduct-examples-0.1.0-SNAPSHOT-cli.jar
out=benchmarks/results/cli-runs.json
pool=benchmarks/target/pool-100k.jsonl
million=benchmarks/target/concluded-1m.jsonl
[ -s "$pool" ] || "$java" -cp "$jar" io.github.policeconduct.benchmarks.WriteCases 100000 "$pool"
if [ ! -s "$million" ]; then
  "$java" -cp "$jar" io.github.policeconduct.benchmarks.WriteCases --concluded 1000000 "$million.tmp"
  mv "$million.tmp" "$million"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
hyperfine --style basic --warmup 1 --runs 3 --export-json "$tmp/evaluate.json" \
  "$java -jar $cli evaluate $pool --json" --output=null >&2
/usr/bin/env time -f "%M" -o "$tmp/report-rss.txt" "$java" -Xmx256m -jar "$cli" report "$million" > "$tmp/report.txt"
tail -1 "$tmp/report.txt" >&2
hyperfine --style basic --warmup 0 --runs 3 --export-json "$tmp/report.json" \
  "$java -Xmx256m -jar $cli report $million" --output=null >&2
python3 - "$tmp" "$out" "$(wc -l < "$pool")" "$(wc -l < "$million")" <<'PY'
import json, sys
tmp, out, pool_n, million_n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def summary(name, n):
    r = json.load(open(f"{tmp}/{name}.json"))["results"][0]
    return {"cases": n, "runs": len(r["times"]), "mean_s": r["mean"], "stddev_s": r["stddev"], "min_s": r["min"],
            "max_s": r["max"], "cases_per_s_mean": n / r["mean"]}
res = {"evaluate_100k": summary("evaluate", pool_n), "report_1m": summary("report", million_n)}
res["report_1m"]["max_rss_mb"] = round(int(open(f"{tmp}/report-rss.txt").read().split()[-1]) / 1024)
res["report_1m"]["last_line"] = open(f"{tmp}/report.txt").read().splitlines()[-1]
json.dump(res, open(out, "w"), indent=2)
print(json.dumps(res, indent=2))
PY
echo "cli-runs.sh: wrote $out" >&2
