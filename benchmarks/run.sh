#!/usr/bin/env bash
# Runs the benchmarks and regenerates benchmarks/RESULTS.md. From the repository root:
#
#   benchmarks/run.sh                 # build (profile "benchmarks", tests included), JMH, start-up, RESULTS.md
#   benchmarks/run.sh -e Json         # extra arguments go to JMH (here: leave out the JSON benchmark)
#
# JMH: 2 forks, 3 warm-up and 5 measured iterations (2 s and 3 s), with the GC profiler for allocation per
# operation; results in benchmarks/results/jmh.json. Then, with the real command-line jar (examples' shaded jar):
# start-up for one case (startup.sh), evaluate over 100,000 cases and report over 1,000,000 in fresh JVMs
# (cli-runs.sh), and the hostile-input check (hostile-evaluate.sh, which fails the run if it fails). About 25
# minutes, plus a few minutes once to generate the million cases.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The JDK that builds is the JDK that runs: JAVA_HOME, else the one Maven reports.
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(mvn -v 2>/dev/null | sed -n 's/.*runtime: \(.*\)$/\1/p' | head -1)"
fi
java="$JAVA_HOME/bin/java"
[ -x "$java" ] || { echo "run.sh: no java at $java; set JAVA_HOME" >&2; exit 2; }
export JAVA_HOME

jar=benchmarks/target/benchmarks.jar
cli=examples/target/police-conduct-examples-0.1.0-SNAPSHOT-cli.jar
echo "run.sh: building $jar and $cli (mvn -Pbenchmarks -pl benchmarks -am package, tests included)" >&2
mvn -B -ntp -q -Pbenchmarks -pl benchmarks -am package -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

mkdir -p benchmarks/results
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- core rules testkit examples benchmarks ':!benchmarks/results' ':!benchmarks/RESULTS.md' || echo '+dirty')"
  echo "nproc=$(nproc)"
  echo "cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "mem_kb=$(sed -n 's/^MemTotal:[[:space:]]*\([0-9]*\) kB/\1/p' /proc/meminfo)"
  echo "java=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"
  echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
} > benchmarks/results/env.txt

"$java" -jar "$jar" -f 2 -i 5 -wi 3 -w 2s -r 3s -prof gc \
  -rf json -rff benchmarks/results/jmh.json "$@" | tee benchmarks/results/jmh.txt

echo "load_after_jmh=$(cut -d' ' -f1-3 /proc/loadavg)" >> benchmarks/results/env.txt
benchmarks/startup.sh
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> benchmarks/results/env.txt
benchmarks/cli-runs.sh
echo "load_after_cli=$(cut -d' ' -f1-3 /proc/loadavg)" >> benchmarks/results/env.txt
hostile=0
benchmarks/hostile-evaluate.sh > /dev/null || hostile=$?
echo "load_after_hostile=$(cut -d' ' -f1-3 /proc/loadavg)" >> benchmarks/results/env.txt

python3 benchmarks/tools/results_md.py
echo "run.sh: wrote benchmarks/RESULTS.md" >&2
if [ "$hostile" -ne 0 ]; then
  echo "run.sh: the hostile-input check FAILED (benchmarks/results/hostile.json)" >&2
  exit 1
fi
