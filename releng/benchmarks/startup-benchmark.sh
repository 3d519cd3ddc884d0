#!/bin/sh
# Start-up of the built product as ratios to the bare framework, all measured in one run, interleaved.
#
#   releng/benchmarks/startup-benchmark.sh [ROUNDS]          (default 7; needs the built product, and Xvfb for the workbench)
#
# Each round starts, one after the other, each a fresh process of the product's planner.sh:
#   bare        planner.sh no-such-command: the JVM, Equinox and the command-line application up to its usage
#               message (exit 2): the yardstick;
#   check       planner.sh check --plan <sample FY2023 plan>, the rule cache warm (the compiled rules/ in the
#               workspace, from the warm-up);
#   check-cold  the same with -Dplanner.rules.cache=false: the DRL parsed and compiled by ECJ, as before the cache;
#   paint       the workbench under Xvfb with -Dplanner.benchmark.firstPaint=exit: the time from the JVM's start to
#               the initiatives view's first painted rows, as the view prints it (WORKBENCH=no skips it);
#   findings    the same start, to the findings view's first painted findings (the rules compiled, or loaded from
#               the rule cache, and run on the plan): the workbench closes itself once both views have painted.
# Whole processes, wall time from the shell (date +%s%N). Prints each kind's median and range over the rounds, and
# the ratio of each median to bare's; the per-round ratios' median too (pairing, against a machine whose speed
# drifts). Only ratios are worth comparing between runs. The workspace is a temporary one, filled by a warm-up
# (one workbench start: the embedded database with the sample plan; one check: the rule cache).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
product=${PRODUCT:-"$here/releng/org.grassroots.planner.product/target/products/org.grassroots.planner/linux/gtk/x86_64"}
rounds=${1:-7}
workbench=${WORKBENCH:-yes}
sample="$here/bundles/org.grassroots.planner.reference/samples/sample-fy2023-plan.csv"
[ -x "$product/planner.sh" ] || { echo "no product at $product: build it (./mvnw verify or ./planner once)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PLANNER_WORKSPACE="$work/workspace"
vmargs=${PLANNER_VMARGS:--Xmx1g}

now_ns() { date +%s%N; }
timed() { # timed FILE CMD...: appends the wall ms of CMD to FILE
  f=$1; shift
  t0=$(now_ns); "$@" >/dev/null 2>&1 || true; t1=$(now_ns)
  echo $(( (t1 - t0) / 1000000 )) >>"$f"
}
paint() { # paint [record]: the workbench's start; appends its first paints to $work/paint and $work/findings
  PLANNER_VMARGS="$vmargs -Dplanner.benchmark.firstPaint=exit" timeout 300 xvfb-run -a -s "-screen 0 1400x900x24" \
    "$product/planner.sh" -nl en >"$work/paint.out" 2>/dev/null || true
  if [ "${1:-}" = record ]; then
    sed -n 's/^first-paint-ms //p' "$work/paint.out" | head -n 1 >>"$work/paint"
    sed -n 's/^findings-paint-ms //p' "$work/paint.out" | head -n 1 >>"$work/findings"
  fi
}

echo "load before: $(uptime)"
# warm-up: the database (the workbench's first start imports the sample plan), the rule cache, the file cache
if [ "$workbench" = yes ]; then paint; fi
PLANNER_VMARGS="$vmargs" "$product/planner.sh" check --plan "$sample" >/dev/null 2>&1 || true
PLANNER_VMARGS="$vmargs" "$product/planner.sh" no-such-command >/dev/null 2>&1 || true

for i in $(seq "$rounds"); do
  PLANNER_VMARGS="$vmargs" timed "$work/bare" "$product/planner.sh" no-such-command
  PLANNER_VMARGS="$vmargs" timed "$work/check" "$product/planner.sh" check --plan "$sample"
  PLANNER_VMARGS="$vmargs -Dplanner.rules.cache=false" timed "$work/check-cold" "$product/planner.sh" check --plan "$sample"
  if [ "$workbench" = yes ]; then
    paint record
  fi
done
echo "load after:  $(uptime)"

. "$here/releng/benchmarks/ratios.sh"
report_ratios "$work" bare check check-cold paint findings
echo "rounds: $rounds; product: $product"
echo "archive: $(ls -l "$(dirname "$(dirname "$(dirname "$(dirname "$product")")")")"/*linux*.zip 2>/dev/null | awk '{printf "%s %.1f MB (%.1f MiB)", $9, $5/1e6, $5/1048576}')"
