#!/bin/sh
# Reproducible builds: do two builds of one commit give byte-identical bundle and feature jars?
#
#   releng/reproducible/check-reproducible.sh [COMMIT]      (default HEAD; extra Maven flags in MVN_FLAGS, default -o)
#
# Clones the repository twice into a temporary folder (full history: the qualifiers come from git), checks COMMIT
# out in each, builds the bundles and features in each (`./mvnw -B -q -DskipTests clean verify -pl …`, the
# test, benchmark and release modules left out), one after the other, then compares every bundle and feature jar
# of the first build with the same file of the second, byte for byte (cmp). Prints each jar that differs and the
# count; exits 0 when all are identical, 1 when one differs, 2 when it could not build.
# It takes two builds of the bundles (about 3 minutes each on 2 busy cores): not part of ./run-tests.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
commit=$(git -C "$here" rev-parse --verify "${1:-HEAD}^{commit}")
flags=${MVN_FLAGS:--o}
work=$(mktemp -d "${TMPDIR:-/tmp}/reproducible.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# the modules that make the shipped jars: the target platform, every bundle but tests and benchmarks, the features
modules=$(cd "$here" && sed -n 's|.*<module>\(.*\)</module>.*|\1|p' pom.xml |
  grep -v -e '\.tests$' -e '\.benchmarks$' -e 'product$' -e 'updatesite$' -e 'ide.check$' | paste -sd, -)

for side in a b; do
  git clone -q --no-checkout "$here" "$work/$side"
  git -C "$work/$side" -c advice.detachedHead=false checkout -q "$commit"
  echo "[$(date -u +%H:%M:%S)] build $side of $(git -C "$here" log -1 --format='%h %s' "$commit" | cut -c1-60)"
  # shellcheck disable=SC2086
  if ! (cd "$work/$side" && ./mvnw -B -q $flags -DskipTests -Djgit.dirtyWorkingTree=error clean verify -pl "$modules") \
      >"$work/build-$side.log" 2>&1; then
    tail -n 30 "$work/build-$side.log" >&2
    echo "check-reproducible: build $side failed" >&2
    exit 2
  fi
done

jars=$(cd "$work/a" && ls bundles/*/target/*.jar features/*/target/*.jar 2>/dev/null | grep -v -e '-sources\.jar$' -e '-tests\.jar$' -e '/org.grassroots.planner.[a-z.]*-test-' || true)
[ -n "$jars" ] || { echo "check-reproducible: no jars built" >&2; exit 2; }
count=0; differ=0
for jar in $jars; do
  count=$((count + 1))
  if [ ! -f "$work/b/$jar" ]; then
    echo "only in the first build: $jar"; differ=$((differ + 1))
  elif ! cmp -s "$work/a/$jar" "$work/b/$jar"; then
    echo "differs: $jar"; differ=$((differ + 1))
  fi
done
qualifiers=$(cd "$work/a" && for j in $jars; do unzip -p "$j" META-INF/MANIFEST.MF 2>/dev/null | tr -d '\r' |
  sed -n 's/^Bundle-Version: //p'; done | sort | uniq -c | sort -rn | head -n 3 | tr -s ' ' | paste -sd';' -)
echo "jars compared: $count; differing: $differ; most frequent bundle versions: $qualifiers"
[ "$differ" -eq 0 ]
