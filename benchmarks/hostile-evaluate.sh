#!/usr/bin/env bash
# Hostile input at scale (issue 6): `conduct evaluate --json` on a 100,000-case JSON Lines file with a few hundred
# bad lines, run from the real command-line jar with a small heap. Fails (exit 1) unless:
#   - every good case is decided, in input order (the case ids on stdout are exactly those of the good lines);
#   - every bad line is reported on stderr, once, in order, as "FILE line N..." with its own line number;
#   - the exit status is 1; stderr has no stack trace; every stdout line is one complete JSON object;
#   - it runs in a 64 MB heap (memory bounded by a case, not by the file).
# Writes benchmarks/results/hostile.json. From the repository root:
#   benchmarks/hostile-evaluate.sh            # builds what is missing
#   JAVA_OPTS=-Xmx32m benchmarks/hostile-evaluate.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cli=examples/target/police-conduct-examples-0.1.0-SNAPSHOT-cli.jar
bench=benchmarks/target/benchmarks.jar
if [ ! -f "$cli" ] || [ ! -f "$bench" ]; then
  echo "hostile-evaluate.sh: building the jars (mvn -Pbenchmarks -pl benchmarks -am package)" >&2
  mvn -B -ntp -q -Pbenchmarks -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p benchmarks/results

"$java" -cp "$bench" io.github.policeconduct.benchmarks.WriteCases 100000 "$work/good.jsonl"

# Replace 300 lines (seeded) with bad ones of ten kinds; remember which.
python3 - "$work/good.jsonl" "$work/hostile.jsonl" "$work/expected.json" <<'PY'
import json, random, sys
src, dst, expected = sys.argv[1:4]
lines = open(src, encoding="utf-8").read().splitlines()
r = random.Random(20261123)
bad = sorted(r.sample(range(len(lines)), 300))
kinds = ["not json", "unknown key", "impossible date", "truncated", "wrong type", "null", "array", "trailing content",
         "number for a string", "duplicate key"]
out, bad_lines, good_ids, kinds_used = [], [], [], {}
badset = set(bad)
for i, line in enumerate(lines):
    if i not in badset:
        out.append(line)
        good_ids.append(json.loads(line)["id"])
        continue
    kind = kinds[len(bad_lines) % len(kinds)]
    c = json.loads(line)
    if kind == "not json": b = "this is not json {"
    elif kind == "unknown key": c["colour"] = "blue"; b = json.dumps(c)
    elif kind == "impossible date": c["allegations"][0]["came_to_attention"] = "2021-02-30"; b = json.dumps(c)
    elif kind == "truncated": b = line[: len(line) // 2]
    elif kind == "wrong type": c["subject"]["student_officer"] = "yes"; b = json.dumps(c)
    elif kind == "null": b = "null"
    elif kind == "array": b = "[1, 2]"
    elif kind == "trailing content": b = line + " {}"
    elif kind == "number for a string": c["id"] = 42; b = json.dumps(c)
    else: b = line[:-1] + ', "id": "again"}'
    out.append(b)
    bad_lines.append(i + 1)
    kinds_used[kind] = kinds_used.get(kind, 0) + 1
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
json.dump({"bad_lines": bad_lines, "good_ids": good_ids, "kinds": kinds_used}, open(expected, "w"))
PY

opts="${JAVA_OPTS:--Xmx64m}"
set +e
/usr/bin/env time -f "%e %M" -o "$work/time.txt" \
  "$java" $opts -jar "$cli" evaluate "$work/hostile.jsonl" --json > "$work/out.jsonl" 2> "$work/err.txt"
status=$?
set -e

python3 - "$work" "$status" "$opts" <<'PY'
import json, sys
work, status, opts = sys.argv[1], int(sys.argv[2]), sys.argv[3]
exp = json.load(open(f"{work}/expected.json"))
problems = []
if status != 1:
    problems.append(f"exit status {status}, want 1")
err = open(f"{work}/err.txt", encoding="utf-8").read()
if "\tat " in err or "Exception in thread" in err or "OutOfMemoryError" in err:
    problems.append("stack trace or out of memory on stderr: " + err[:300])
ids = []
for n, line in enumerate(open(f"{work}/out.jsonl", encoding="utf-8"), 1):
    try:
        d = json.loads(line)
        if not isinstance(d, dict) or not line.endswith("\n"):
            raise ValueError
        ids.append(d["case"])
    except (ValueError, KeyError):
        problems.append(f"stdout line {n} is not a whole decision: {line[:80]!r}")
        break
if ids != exp["good_ids"]:
    first = next((i for i, (a, b) in enumerate(zip(ids, exp["good_ids"])) if a != b), min(len(ids), len(exp["good_ids"])))
    problems.append(f"decided {len(ids)} cases, want {len(exp['good_ids'])} in input order; first difference at {first}")
reported = []
prefix = f"{work}/hostile.jsonl line "
for line in err.splitlines():
    if not line.startswith(prefix):
        problems.append(f"stderr line not about a line of the file: {line[:120]!r}")
        break
    reported.append(int(line[len(prefix):].split(":")[0].split(",")[0]))
if reported != exp["bad_lines"]:
    missing = sorted(set(exp["bad_lines"]) - set(reported))[:5]
    problems.append(f"reported {len(reported)} bad lines, want {len(exp['bad_lines'])} in order; missing e.g. {missing}")
wall, rss_kb = open(f"{work}/time.txt").read().split()[-2:]
result = {"cases": len(exp["good_ids"]) + len(exp["bad_lines"]), "good": len(exp["good_ids"]),
          "bad": len(exp["bad_lines"]), "kinds": exp["kinds"], "decided_in_order": ids == exp["good_ids"],
          "bad_lines_reported": len(reported), "exit_status": status, "java_opts": opts,
          "wall_s": float(wall), "max_rss_mb": round(int(rss_kb) / 1024), "problems": problems, "passed": not problems}
json.dump(result, open("benchmarks/results/hostile.json", "w"), indent=2)
print(json.dumps(result, indent=2))
sys.exit(0 if not problems else 1)
PY
