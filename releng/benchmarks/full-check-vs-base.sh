#!/bin/sh
# Full check against a base commit: is the rules engine's full check of a large plan (RuleEngine.check of
# 100,000 generated initiatives against the shipped FY2023 reference, as `./planner check` makes it) no
# slower than on BASE_COMMIT by more than 5 %, as the median CPU time of the checking thread over ROUNDS
# rounds that interleave the base and the change in one run?
#
#   releng/benchmarks/full-check-vs-base.sh BASE_COMMIT [ROUNDS]          (from anywhere; ROUNDS default 10)
#
# The change is this working tree as it is (uncommitted edits included), or CHANGE=<commit> to measure a
# commit instead. Steps:
#  1. builds BASE_COMMIT (and CHANGE) in temporary git worktrees, offline, the four modules the engine needs:
#     ./mvnw -o -B -q -DskipTests verify -pl <target platform, model, reference, rules>; this tree is built
#     the same way only if its jars are missing or older than the sources;
#  2. puts together each side's class path: model, reference (its classes and the bundle folder, where
#     ReferenceData finds /data/...), rules with Drools' jars (lib/drools in trees before Drools became
#     bundles of the target platform, else the target's Drools, ANTLR, MVEL, ECJ, ASM, SLF4J, commons-codec and
#     commons-csv with commons-io (the kind and theme matrix) jars from ~/.m2), gson from ~/.m2 (the versions of the target platform);
#  3. compiles FullCheck.java (next to this script) against each side;
#  4. runs the sides alternately, base then change, ROUNDS times, each in a fresh JVM with the same flags.
#     A JVM compiles the rules, generates the plan (same seed on both sides), makes WARMUPS untimed checks
#     and CHECKS timed ones; the round's figure for a side is the median of its timed checks.
# Both sides check with the change's rules/ folder, so that only the engine differs, unless the base
# engine cannot compile them (the DRL uses something the base does not have): then each side uses its
# own rules/, and the script says so. RULES=own forces that; RULES=base gives both sides the base's rules/
# (the engine alone, when the change's engine still compiles the old DRL).
# Prints per side the median (min-max) over the rounds of CPU ms and wall ms, the ratio change/base of the
# medians, and the median of the per-round ratios (pair by pair). Only the ratios are worth comparing
# between runs: the machine may be shared (the load average is printed before and after). On a shared
# 2-core machine a check's CPU time varies by +-15 % from one check to the next, in one JVM as between
# JVMs, so the script also prints a 90 % interval of the ratio (bootstrap over the rounds) and says
# whether the 5 % target is resolved at all; more rounds narrow it (the interval shrinks as 1/sqrt(rounds)).
#
# Environment: CHANGE=<commit>; RULES=own|base; CHECKS (6), WARMUPS (10: a check's CPU still falls after 2, as the
# JIT works on; BENCHMARKS.md, issue 15), SIZE (100000); JVM_FLAGS ("-Xms2g -Xmx2g -XX:+AlwaysPreTouch": a heap G1
# sizes itself makes a JVM's checks run at one level or another, up to twice apart; BENCHMARKS.md, issue 15);
# BUILDS=<folder> keeps the commits' worktrees and builds there, and reuses them on the next run.
# Needs ~/.m2 filled by an online build once; downloads nothing. 10 rounds take about 9 minutes on 2 busy
# cores, and 1 to 2 minutes more for the builds.
set -eu

here=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 BASE_COMMIT [ROUNDS]" >&2; exit 2; }
base_commit=$(git -C "$here" rev-parse --verify "$1^{commit}")
rounds=${2:-10}
change_commit=${CHANGE:+$(git -C "$here" rev-parse --verify "$CHANGE^{commit}")}
checks=${CHECKS:-6}
warmups=${WARMUPS:-10}
size=${SIZE:-100000}
jvm_flags=${JVM_FLAGS:--Xms2g -Xmx2g -XX:+AlwaysPreTouch}
bundles="bundles/org.grassroots.planner.model bundles/org.grassroots.planner.reference bundles/org.grassroots.planner.rules"
modules="releng/org.grassroots.planner.target,$(echo $bundles | tr ' ' ',')"

work=$(mktemp -d "${TMPDIR:-/tmp}/full-check-vs-base.XXXXXX")
worktrees=""
cleanup() {
  for w in $worktrees; do git -C "$here" worktree remove --force "$w" || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
started=$(date +%s)
say() { echo "[$(date -u +%H:%M:%S)] $*"; }

# built DIR: true if every bundle's jar is there and newer than its sources, manifest, pom and the root pom
built() {
  for b in $bundles; do
    jar=$(ls "$1/$b/target/$(basename "$b")"-*SNAPSHOT.jar 2>/dev/null | head -n 1)
    [ -n "$jar" ] || return 1
    [ -z "$(find "$1/$b/src/main" "$1/$b/META-INF" "$1/$b/build.properties" "$1/$b/pom.xml" "$1/pom.xml" \
             -newer "$jar" -print 2>/dev/null | head -n 1)" ] || return 1
  done
  [ ! -f "$1/bundles/org.grassroots.planner.rules/build.properties" ] ||
    ! grep -q 'lib/drools' "$1/bundles/org.grassroots.planner.rules/build.properties" ||
    ls "$1"/bundles/org.grassroots.planner.rules/lib/drools/*.jar >/dev/null 2>&1
}

# drools_jars DIR: the engine's libraries of the tree in DIR, one a line
drools_jars() {
  if ls "$1"/bundles/org.grassroots.planner.rules/lib/drools/*.jar >/dev/null 2>&1; then
    ls "$1"/bundles/org.grassroots.planner.rules/lib/drools/*.jar
    return
  fi
  sed -n 's|.*<groupId>\([^<]*\)</groupId><artifactId>\([^<]*\)</artifactId><version>\([^<]*\)</version>.*|\1 \2 \3|p' \
      "$1"/releng/org.grassroots.planner.target/*.target |
    grep -E '^(org\.drools|org\.kie|org\.antlr|org\.mvel|org\.eclipse\.jdt|org\.ow2\.asm|org\.slf4j|commons-codec) |^org\.apache\.commons commons-csv |^commons-io commons-io ' |
    while read -r g a v; do
      jar="$HOME/.m2/repository/$(echo "$g" | tr . /)/$a/$v/$a-$v.jar"
      [ -f "$jar" ] || { echo "$jar is not in ~/.m2" >&2; exit 1; }
      echo "$jar"
    done
}

build() { # build DIR NAME
  if built "$1"; then say "$2: reusing the build in $1"; return; fi
  say "$2: building in $1"
  (cd "$1" && ./mvnw -o -B -q -DskipTests verify -pl "$modules") >"$work/build-$2.log" 2>&1 \
    || { tail -n 40 "$work/build-$2.log" >&2; echo "$2: the build failed (log above)" >&2; exit 1; }
}

# checkout COMMIT: sets $dir to a worktree of COMMIT (in $BUILDS, kept, or in $work, removed at exit)
checkout() {
  dir=${BUILDS:+$BUILDS/$1}
  dir=${dir:-$work/tree-$1}
  if [ ! -d "$dir" ]; then
    mkdir -p "$(dirname "$dir")"
    git -C "$here" worktree add -q --detach "$dir" "$1"
    [ -n "${BUILDS:-}" ] || worktrees="$worktrees $dir"
  fi
}

# classpath DIR: the engine, the model, the reference data and gson of the tree in DIR
classpath() {
  gson_version=$(sed -n 's|.*<artifactId>gson</artifactId><version>\([^<]*\)</version>.*|\1|p' \
    "$1"/releng/org.grassroots.planner.target/*.target | head -n 1)
  gson="$HOME/.m2/repository/com/google/code/gson/gson/$gson_version/gson-$gson_version.jar"
  [ -f "$gson" ] || { echo "gson $gson_version is not in ~/.m2" >&2; exit 1; }
  b="$1/bundles/org.grassroots.planner"
  echo "$b.model/target/classes:$b.reference/target/classes:$b.reference:$b.rules/target/classes:$(drools_jars "$1" | tr '\n' ':')$gson"
}

say "load: $(uptime)"
checkout "$base_commit"; base_dir=$dir
build "$base_dir" base
if [ -n "$change_commit" ]; then
  checkout "$change_commit"; change_dir=$dir
  change_name="$(git -C "$here" log -1 --format='%h %s' "$change_commit" | cut -c1-70)"
else
  change_dir=$here
  change_name="this tree ($here at $(git -C "$here" log -1 --format=%h)$(git -C "$here" diff --quiet HEAD -- . ":!releng/benchmarks" || echo ", with edits"))"
fi
build "$change_dir" change

for side in base change; do
  eval "dir=\$${side}_dir"
  mkdir -p "$work/$side"
  cp=$(classpath "$dir")
  javac -nowarn -d "$work/$side" -cp "$cp" "$here/releng/benchmarks/FullCheck.java"
  eval "${side}_cp=\$work/\$side:\$cp"
done

# rules: the change's for both sides if the base engine compiles them (RULES=own: each side its own;
# RULES=base: the base's for both, to measure the engine alone when the change's DRL needs the change)
change_rules="$change_dir/rules"
base_rules="$base_dir/rules"
case ${RULES:-change} in
  own) rules_note="each side its own rules/ (RULES=own)" ;;
  base)
    java $jvm_flags -cp "$change_cp" FullCheck "$base_rules" 0 >"$work/probe.txt" 2>&1 \
      || { cat "$work/probe.txt" >&2; echo "the change's engine cannot compile the base's rules" >&2; exit 1; }
    change_rules=$base_rules
    rules_note="both sides: the base's rules/ (RULES=base), only the engine differs" ;;
  *)
    if java $jvm_flags -cp "$base_cp" FullCheck "$change_rules" 0 >"$work/probe.txt" 2>&1; then
      base_rules=$change_rules
      rules_note="both sides: the change's rules/, only the engine differs"
    else
      rules_note="each side its own rules/: the base engine cannot compile the change's ($(grep -m1 . "$work/probe.txt"))"
    fi ;;
esac
say "base:   $(git -C "$here" log -1 --format='%h %s' "$base_commit" | cut -c1-70)"
say "change: $change_name"
say "rules:  $rules_note"
say "$rounds rounds; each side in a fresh JVM ($jvm_flags): $warmups warm-up and $checks timed checks of $size initiatives"

: >"$work/rounds.tsv"
for r in $(seq "$rounds"); do
  line="$r"
  for side in base change; do
    eval "cp=\$${side}_cp; rules=\$${side}_rules"
    java $jvm_flags -cp "$cp" FullCheck "$rules" "$checks" "$warmups" "$size" >"$work/$side-$r.txt" 2>&1 \
      || { cat "$work/$side-$r.txt" >&2; echo "$side failed in round $r" >&2; exit 1; }
    # median cpu_ms C wall_ms W gc_ms G, and the findings of the last check
    m=$(sed -n 's/^median cpu_ms \([0-9.]*\) wall_ms \([0-9.]*\) gc_ms \([0-9.]*\)$/\1 \2 \3/p' "$work/$side-$r.txt")
    f=$(sed -n 's/.* findings \([0-9]*\)$/\1/p' "$work/$side-$r.txt" | tail -n 1)
    line="$line $m $f"
  done
  echo "$line" >>"$work/rounds.tsv"
  echo "$line" | awk '{ printf "round %2d: base cpu %6.0f ms wall %6.0f ms | change cpu %6.0f ms wall %6.0f ms | cpu ratio %.3f\n", $1, $2, $3, $6, $7, $6 / $2 }'
done
say "load: $(uptime)"

# rounds.tsv: round, base cpu wall gc findings, change cpu wall gc findings
awk -v rules="$rules_note" '
  function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }
  function median(a, n,   b, i) { for (i = 1; i <= n; i++) b[i] = a[i]; sort(b, n); return n % 2 ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2 }
  function lo(a, n,   m, i) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] < m) m = a[i]; return m }
  function hi(a, n,   m, i) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] > m) m = a[i]; return m }
  { n++; bc[n] = $2; bw[n] = $3; bg[n] = $4; bf = $5; cc[n] = $6; cw[n] = $7; cg[n] = $8; cf = $9; rc[n] = $6 / $2; rw[n] = $7 / $3 }
  END {
    printf "\n| side | CPU ms, median (min-max) | wall ms, median (min-max) | GC pauses ms, median | findings |\n|---|---|---|---|---|\n"
    printf "| base | %.0f (%.0f-%.0f) | %.0f (%.0f-%.0f) | %.0f | %d |\n", median(bc, n), lo(bc, n), hi(bc, n), median(bw, n), lo(bw, n), hi(bw, n), median(bg, n), bf
    printf "| change | %.0f (%.0f-%.0f) | %.0f (%.0f-%.0f) | %.0f | %d |\n", median(cc, n), lo(cc, n), hi(cc, n), median(cw, n), lo(cw, n), hi(cw, n), median(cg, n), cf
    cpu = median(cc, n) / median(bc, n); wall = median(cw, n) / median(bw, n)
    printf "| ratio change/base of the medians | %.3f | %.3f | | |\n", cpu, wall
    printf "| median of the %d per-round ratios (min-max) | %.3f (%.3f-%.3f) | %.3f (%.3f-%.3f) | | |\n", n, median(rc, n), lo(rc, n), hi(rc, n), median(rw, n), lo(rw, n), hi(rw, n)
    for (i = 1; i <= n; i++) { slower += rc[i] > 1; over += rc[i] > 1.05 }
    printf "\nCPU: the change was slower than the base in %d of %d rounds, by more than 5 %% in %d\n", slower, n, over
    if (bf != cf) printf "\nthe sides found different numbers of findings: %d (base), %d (change)\n", bf, cf
    # how far the ratio of the CPU medians can be trusted: 90 % interval of 1000 resamples of the rounds
    srand(1)
    for (k = 1; k <= 1000; k++) {
      for (i = 1; i <= n; i++) { j = 1 + int(rand() * n); sb[i] = bc[j]; sc[i] = cc[j] }
      boot[k] = median(sc, n) / median(sb, n)
    }
    sort(boot, 1000); low = boot[50]; high = boot[950]
    printf "CPU ratio of the medians %.3f, 90 %% interval %.3f-%.3f (bootstrap over the rounds)\n", cpu, low, high
    printf "\nrules: %s\n", rules
    if (high <= 1.05) verdict = "met"
    else if (low > 1.05) verdict = "MISSED"
    else if (cpu <= 1.05) verdict = "met by the median, but not resolved: the interval reaches above 1.05 (more rounds, or a quieter machine)"
    else verdict = "MISSED by the median, but not resolved: the interval reaches below 1.05 (more rounds, or a quieter machine)"
    printf "verdict: %s (target: CPU no more than 5 %% slower than the base, ratio of the medians <= 1.05)\n", verdict
  }' "$work/rounds.tsv"
echo "($(( $(date +%s) - started )) s in all)"
