#!/bin/sh
# Where the workbench's start spends its time up to the first painted initiatives and findings: one start of the
# built product under Xvfb, profiled, split into phases, each with its wall time, the UI thread's CPU time by what
# the CPU did (class parsing, verification, linking, Java code, GTK …) and the classes loaded on the UI thread and
# on the other threads.
#
#   releng/benchmarks/startup-profile.sh [OUT]          (PRODUCT=dir picks a product, as in startup-benchmark.sh)
#
# Needs perf (perf_event_paranoid ≤ 2 for one's own processes), xvfb-run and python3. One warm-up start fills a
# temporary workspace (the sample plan imported, the rule cache written), then the profiled start runs with
# -Dplanner.benchmark.firstPaint=exit and -Xlog:class+load (OS thread id, monotonic nanoseconds) under
# `perf record -k CLOCK_MONOTONIC -g` at 1999 Hz: both clocks are the same, so each CPU sample falls into a phase.
# Phase marks are the first load of a class: PlannerApplication; org.eclipse.ui.internal.Workbench (the
# compatibility layer's start: Workbench.init, the e4 application model, services); WorkbenchWindow (the window's
# advisor, menus, trim); FirstPaint (the initiatives view created); then the printed first-paint-ms and
# findings-paint-ms. A sample is put in the first category one of its frames (leaf first) matches; "Java code" is
# interpreted or compiled Java (perf cannot name those frames). The perf data, the class-load log and the product's
# output stay in OUT (default: a new temporary directory), printed at the end.
# Exit 0 when the profile was taken and printed; 2 (one line) when a tool, the product or a mark is missing.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
product=${PRODUCT:-"$here/releng/org.grassroots.planner.product/target/products/org.grassroots.planner/linux/gtk/x86_64"}
for tool in perf xvfb-run python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "startup-profile: $tool is not installed" >&2; exit 2; }
done
[ -x "$product/planner.sh" ] || { echo "startup-profile: no product at $product: build it (./mvnw verify)" >&2; exit 2; }
out=${1:-$(mktemp -d)}
mkdir -p "$out"
export PLANNER_WORKSPACE="$out/workspace"
vmargs="${PLANNER_VMARGS:--Xmx1g} -Dplanner.benchmark.firstPaint=exit"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
PLANNER_VMARGS="$vmargs" timeout 300 xvfb-run -a -s "-screen 0 1400x900x24" "$product/planner.sh" -nl en >/dev/null 2>&1 || true
PLANNER_VMARGS="$vmargs -Xlog:class+load=info:file=$out/class-load.log:timenanos,uptime,tid" timeout 300 \
  xvfb-run -a -s "-screen 0 1400x900x24" perf record -q -k CLOCK_MONOTONIC -F 1999 -g -o "$out/perf.data" -- \
  "$product/planner.sh" -nl en >"$out/planner.out" 2>"$out/planner.err" || true
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
grep -q '^findings-paint-ms ' "$out/planner.out" || { echo "startup-profile: the profiled start printed no findings-paint-ms (see $out/planner.err)" >&2; exit 2; }
perf script -i "$out/perf.data" -F pid,tid,time,ip,sym,dso >"$out/perf.txt" 2>/dev/null

python3 - "$out" <<'PY'
import collections, re, sys
out = sys.argv[1]
loads = []  # (monotonic s, tid, class)
first_line = None
for line in open(f"{out}/class-load.log", encoding="utf-8", errors="replace"):
    m = re.match(r"\[(\d+\.\d+)s\]\[(\d+)ns\]\[(\d+)\] (\S+) ", line)
    if m:
        loads.append((int(m[2]) / 1e9, m[3], m[4]))
        if first_line is None:
            first_line = (float(m[1]), int(m[2]) / 1e9)
if not loads:
    print("startup-profile: the class-load log is empty", file=sys.stderr); sys.exit(2)
start = first_line[1] - first_line[0]          # the JVM's start, monotonic
ui = loads[0][1]                               # the thread that loads java.lang.Object runs main(): the UI thread
printed = dict(re.findall(r"^(first-paint-ms|findings-paint-ms) (\d+)$", open(f"{out}/planner.out").read(), re.M))
def first(name):
    return next((t for t, _, c in loads if c == name), None)
marks = [("JVM start", start),
         ("PlannerApplication", first("org.grassroots.planner.ui.app.PlannerApplication")),
         ("Workbench (compat. layer)", first("org.eclipse.ui.internal.Workbench")),
         ("WorkbenchWindow", first("org.eclipse.ui.internal.WorkbenchWindow")),
         ("initiatives view created", first("org.grassroots.planner.ui.plan.FirstPaint")),
         ("first painted initiatives", start + int(printed["first-paint-ms"]) / 1000),
         ("findings painted", start + int(printed["findings-paint-ms"]) / 1000)]
missing = [n for n, t in marks if t is None]
if missing:
    print("startup-profile: no mark for " + ", ".join(missing), file=sys.stderr); sys.exit(2)
samples, cur = [], None
for line in open(f"{out}/perf.txt", encoding="utf-8", errors="replace"):
    m = re.match(r"^\s*(\d+)/(\d+)\s+(\d+\.\d+):", line)
    if m:
        cur = [m[1], m[2], float(m[3]), []]; samples.append(cur)
    elif line.strip() and cur is not None:
        cur[3].append(line.strip())
jvm_pid = next((s[0] for s in samples if s[1] == ui), None)
if jvm_pid is None:
    print("startup-profile: perf has no sample of the UI thread " + ui, file=sys.stderr); sys.exit(2)
cats = [("parse", r"ClassFileParser"), ("verify", r"ClassVerifier|Verifier::"),
        ("link", r"LinkResolver|ConstantPool::|InterpreterRuntime::resolve|Rewriter|link_class|InstanceKlass::link|initialize_impl|MethodHandles::"),
        ("load", r"SystemDictionary|ClassLoader|JVM_Define|jvm_define"), ("inflate", r"libz|inflate|libzip"),
        ("GTK/X", r"libgtk|libgdk|libX|libxcb|libcairo|libpango|libglib|libgobject|libgio|libfontconfig|libharfbuzz|libfreetype|libpixman|libswt"),
        ("GC", r"G1|GC"), ("JIT", r"CompileBroker|nmethod|CodeCache|CompiledIC|SharedRuntime"),
        ("Java", r"perf-\d+\.map|\[unknown\]"), ("kernel", r"kallsyms"), ("libc", r"libc\.so|ld-linux")]
def category(frames):
    for f in frames:
        for name, pattern in cats:
            if re.search(pattern, f):
                return name
    return "other"
ms = 1000 / 1999
names = [n for n, _ in cats] + ["other"]
print(f"UI thread {ui}; CPU in ms from perf samples at 1999 Hz (one sample = {ms:.2f} ms)")
print(f"{'phase':<54}{'wall':>6}{'UI cpu':>7}" + "".join(f"{n:>8}" for n in names) + f"{'others':>8}{'cls UI':>7}{'cls oth':>8}")
total = collections.Counter()
for (a_name, a), (b_name, b) in zip(marks, marks[1:]):
    uis = [s for s in samples if s[1] == ui and a <= s[2] < b]
    others = sum(1 for s in samples if s[0] == jvm_pid and s[1] != ui and a <= s[2] < b)
    c = collections.Counter(category(s[3]) for s in uis)
    cls_ui = sum(1 for t, tid, _ in loads if a <= t < b and tid == ui)
    cls_other = sum(1 for t, tid, _ in loads if a <= t < b and tid != ui)
    print(f"{a_name[:25] + ' -> ' + b_name[:25]:<54}{(b - a) * 1000:6.0f}{len(uis) * ms:7.0f}"
          + "".join(f"{c[n] * ms:8.0f}" for n in names) + f"{others * ms:8.0f}{cls_ui:7d}{cls_other:8d}")
print("files:", out)
PY
