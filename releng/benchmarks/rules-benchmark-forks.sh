#!/bin/sh
# The rules engine benchmark (RulesBenchmark, inside Equinox) run in FORKS separate JVMs, one after the other, and
# the ratios of its goals summarised over them: median, lowest and highest.
#
#   releng/benchmarks/rules-benchmark-forks.sh [FORKS]          (from anywhere; FORKS default 5)
#   BENCHMARK_JVM="-Dbenchmark.rounds=7" releng/benchmarks/rules-benchmark-forks.sh 3   (options for each fork's JVM)
#
# Why forks: one JVM's figures differ from another's by more than a goal's margin. Two causes were found and
# mended: the hand-written loop, the baseline of every ratio, was timed before the JIT was done with it (RulesBenchmark
# gives it 15 untimed rounds since the seventh session), and with a heap G1 sized itself a round took 1 to 3 times its
# steady CPU depending on how the heap had been sized after the rounds before (the benchmark's JVM has a fixed,
# pre-touched heap since the eighth session: -Xms2g -Xmx2g -XX:+AlwaysPreTouch in the bundle's pom). Since then a
# fork's rounds stay within a few percent, but the loop's steady CPU still differs by up to a quarter from JVM to JVM
# (43-54 ms in five forks), as the JIT compiles it. The median over forks is the figure to read (5 forks of 15 timed
# rounds); the range says how far one run can stray. Each fork writes target/benchmarks.md, kept here as
# target/benchmarks-fork-N.md. A fork takes about 3.5 minutes on a quiet 2-core machine (the first one builds too).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
forks=${1:-5}
B=bundles/org.grassroots.planner
out=$here/$B.rules.benchmarks/target
keep=$(mktemp -d)
n=1
while [ "$n" -le "$forks" ]; do
    clean=; [ "$n" -eq 1 ] && clean=clean
    echo "fork $n of $forks, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    (cd "$here" && ./mvnw -B -o -q $clean verify -Pbenchmarks \
        -pl releng/org.grassroots.planner.target,$B.model,$B.reference,$B.rules,$B.rules.benchmarks \
        -Dtest=RulesBenchmark -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false \
        ${BENCHMARK_JVM:+"-Dbenchmark.jvm=$BENCHMARK_JVM"} >"$keep/log-$n" 2>&1) \
        || { echo "fork $n failed: see $keep/log-$n" >&2; exit 2; }
    cp "$out/benchmarks.md" "$keep/benchmarks-fork-$n.md"
    n=$((n + 1))
done
cp "$keep"/benchmarks-fork-*.md "$out/"
python3 - "$keep" "$forks" <<'PY'
import re, statistics, sys
folder, forks = sys.argv[1], int(sys.argv[2])
rows = {}
for n in range(1, forks + 1):
    text = open(f"{folder}/benchmarks-fork-{n}.md", encoding="utf-8").read()
    # sections: the generated plan first, then the plausible one
    for plan, part in zip(("generated", "plausible"), re.split(r"(?m)^Findings — the plausible plan", text)):
        m = re.search(r"\[goal <= 5x\] \| [^|]+\| [^|]+\| ([\d.]+)x \| ([\d.]+)x", part)
        if m:
            rows.setdefault(f"full check / hand-written loop, {plan} plan, CPU (goal <= 5x)", []).append(float(m.group(2)))
            rows.setdefault(f"full check / hand-written loop, {plan} plan, wall", []).append(float(m.group(1)))
        m = re.search(r"faster than the full recheck \(wall; CPU (\d+)x\)", part)
        if m:
            rows.setdefault(f"edit faster than the hand-written recheck, {plan} plan, CPU (goal >= 1000x)", []).append(float(m.group(1)))
        m = re.search(r"per edit .*?median ([\d.]+) us", part)
        if m:
            rows.setdefault(f"edit median, {plan} plan, us (wall)", []).append(float(m.group(1)))
print(f"| over {forks} forks | median | lowest | highest |")
print("|---|---|---|---|")
for name, values in rows.items():
    print(f"| {name} | {statistics.median(values):g} | {min(values):g} | {max(values):g} |")
PY
