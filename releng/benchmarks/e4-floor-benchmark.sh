#!/bin/sh
# How close to the bare framework can any workbench paint its first rows? Floors for the start-up goals of issue 17,
# as ratios to the bare framework, all measured in one run, interleaved.
#
#   releng/benchmarks/e4-floor-benchmark.sh [ROUNDS]     (default 7; needs the built product, a JDK's javac, Xvfb)
#
# Each round starts, one after the other, each a fresh process of a product's planner.sh (so the same JVM options):
#   bare       the product's planner.sh no-such-command: the yardstick of startup-benchmark.sh;
#   swt        a plain Equinox application opening an SWT shell with a JFace table of the sample plan's rows: no
#              workbench at all, the floor of any SWT program in this framework;
#   e4         a pure e4 application (E4Application and the model in e4-floor/Application.e4xmi: the command,
#              context, binding and handler addons, a main menu, two part stacks; no CSS theme, as the planner's
#              product sets none) whose part paints the same table,
#              in a copy of the product without org.eclipse.ui.workbench (no 3.x compatibility layer: nothing of
#              it starts, its commands and key bindings are not read into the model): the floor of an e4 workbench;
#   e4-findings the same pure e4 application checking the sample plan as `planner check` does (the planner's CSV
#              importer, its shipped rules from the workspace's rule cache, the planning service) on a thread of its
#              own, started by the application's life cycle before the model is loaded, and painting the findings in
#              a table in its second part: e4-rows is its first painted rows, e4-findings its first painted findings
#              (the floor under the findings goal);
#   paint      the planner's workbench to its first painted initiatives, as startup-benchmark.sh measures it;
#   findings   the same start, to its first painted findings.
# swt, e4, e4-rows, e4-findings, paint and findings are the time from the JVM's start to the first paint, as the process prints it; bare is
# the whole process's wall time from the shell (which is longer than the time to its usage message: a floor's ratio is
# if anything low). The probes (e4-floor/) are compiled here with javac against the product's own jars and added to
# temporary copies of it: they are never built by Maven and never shipped.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
product=${PRODUCT:-"$here/releng/org.grassroots.planner.product/target/products/org.grassroots.planner/linux/gtk/x86_64"}
rounds=${1:-7}
sample="$here/bundles/org.grassroots.planner.reference/samples/sample-fy2023-plan.csv"
probe="$here/releng/benchmarks/e4-floor"
[ -x "$product/planner.sh" ] || { echo "no product at $product: build it (./mvnw verify or ./planner once)" >&2; exit 2; }
command -v javac >/dev/null && command -v jar >/dev/null || { echo "javac or jar not found: the probes are built with the JDK's tools" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
vmargs=${PLANNER_VMARGS:--Xmx1g}
jar=org.grassroots.planner.e4floor_0.1.0.jar

# the probes' bundle, compiled against the product's jars
mkdir "$work/classes"
javac -nowarn -d "$work/classes" -cp "$(ls "$product"/plugins/*.jar | tr '\n' ':')" "$probe"/src/org/grassroots/planner/e4floor/*.java
(cd "$probe" && jar cfm "$work/$jar" META-INF/MANIFEST.MF Application.e4xmi Findings.e4xmi plugin.xml -C "$work/classes" .)

copy() { # copy NAME [BUNDLE-TO-LEAVE-OUT]: the product with the probes' bundle, plug-ins hard-linked (copied
  # when the temporary folder is on another file system)
  mkdir "$work/$1"
  for f in "$product"/*; do
    case "$(basename "$f")" in
      plugins) cp -al "$f" "$work/$1/plugins" 2>/dev/null || { rm -rf "$work/$1/plugins"; cp -r "$f" "$work/$1/plugins"; } ;;
      *) cp -r "$f" "$work/$1/" ;;
    esac
  done
  cp "$work/$jar" "$work/$1/plugins/$jar"
  info="$work/$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  grep -v "^${2:-no bundle},"  "$info" >"$info.new" || true
  echo "org.grassroots.planner.e4floor,0.1.0,plugins/$jar,4,false" >>"$info.new"
  mv "$info.new" "$info"
}
copy with-compat
copy pure-e4 org.eclipse.ui.workbench

xvfb() { timeout 300 xvfb-run -a -s "-screen 0 1400x900x24" "$@" 2>/dev/null || true; }
first() { sed -n "s/^$1 //p" "$2" | head -n 1; } # first LABEL FILE: the figure the process printed after LABEL
swt() { PLANNER_WORKSPACE="$work/ws-swt" PLANNER_VMARGS="$vmargs -Dfloor.csv=$sample" \
  xvfb "$work/with-compat/planner.sh" "$@" -application org.grassroots.planner.e4floor.swt; }
e4() { PLANNER_WORKSPACE="$work/ws-e4" PLANNER_VMARGS="$vmargs -Dfloor.csv=$sample" xvfb "$work/pure-e4/planner.sh" "$@" \
  -application org.eclipse.e4.ui.workbench.swt.E4Application -applicationXMI org.grassroots.planner.e4floor/Application.e4xmi -cssTheme none; }
e4findings() { PLANNER_WORKSPACE="$work/ws-e4-findings" PLANNER_VMARGS="$vmargs -Dfloor.csv=$sample -Dfloor.findings=yes" \
  xvfb "$work/pure-e4/planner.sh" "$@" \
  -application org.eclipse.e4.ui.workbench.swt.E4Application -applicationXMI org.grassroots.planner.e4floor/Findings.e4xmi \
  -lifeCycleURI bundleclass://org.grassroots.planner.e4floor/org.grassroots.planner.e4floor.FloorLifeCycle -cssTheme none; }
workbench() { PLANNER_WORKSPACE="$work/ws-planner" PLANNER_VMARGS="$vmargs -Dplanner.benchmark.firstPaint=exit" \
  xvfb "$product/planner.sh" -nl en; }
bare() { PLANNER_WORKSPACE="$work/ws-planner" PLANNER_VMARGS="$vmargs" "$product/planner.sh" no-such-command >/dev/null 2>&1 || true; }

echo "load before: $(uptime)"
# warm-up: each copy's extension registry cache, the planner's workspace (the sample plan in its store, the rule cache)
swt -clean >/dev/null; e4 -clean >/dev/null; e4findings >/dev/null; workbench >/dev/null; bare
for i in $(seq "$rounds"); do
  t0=$(date +%s%N); bare; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 )) >>"$work/bare"
  swt >"$work/out"; first first-paint-ms "$work/out" >>"$work/swt"
  e4 >"$work/out"; first first-paint-ms "$work/out" >>"$work/e4"
  e4findings >"$work/out"
  first first-paint-ms "$work/out" >>"$work/e4-rows"; first findings-paint-ms "$work/out" >>"$work/e4-findings"
  workbench >"$work/out"
  first first-paint-ms "$work/out" >>"$work/paint"; first findings-paint-ms "$work/out" >>"$work/findings"
done
echo "load after:  $(uptime)"

. "$here/releng/benchmarks/ratios.sh"
report_ratios "$work" bare swt e4 e4-rows e4-findings paint findings
echo "rounds: $rounds; product: $product"
