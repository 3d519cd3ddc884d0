#!/bin/sh
# Runs the built product's command line as a planner's shell does (planner.sh, a real JVM, a real
# workspace) for what only the whole product shows: a Japanese file name under LC_ALL=C, a database
# password that is never printed nor logged, a --db URL with INIT= that connects to nothing.
# Run by ./run-tests after the build; prints "smoke: N passed, M failed" and exits 1 on a failure.
here=$(cd "$(dirname "$0")/../.." && pwd)
product="$here/releng/org.grassroots.planner.product/target/products/org.grassroots.planner/linux/gtk/x86_64"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PLANNER_WORKSPACE="$work/workspace"
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "smoke: ok: $1"; }
bad() { failed=$((failed + 1)); echo "smoke: FAILED: $1"; sed 's/^/    /' "$work/out" | head -n 20; }
planner() { "$product/planner.sh" "$@" >"$work/out" 2>&1; echo $?; }
sample="$here/bundles/org.grassroots.planner.reference/samples/sample-fy2023-plan.csv"

# 1. a Japanese file name under LC_ALL=C: the check runs (exit 1: the sample has error findings)
cp "$sample" "$work/計画.csv"
status=$(LC_ALL=C planner check --plan "$work/計画.csv")
if [ "$status" = 1 ] && grep -q '^Reference: FY2023 (shipped)' "$work/out"; then ok "a Japanese file name under LC_ALL=C"
else bad "a Japanese file name under LC_ALL=C (exit $status)"; fi

# 2. a password-protected database: the password comes from PLANNER_DB_PASSWORD, is never printed nor logged
db="jdbc:h2:file:$work/team/planner"
secret="s3cret-$$-never-shown"
status=$(PLANNER_DB_PASSWORD="$secret" planner import --plan "$sample" --db "$db" --db-user alice)
if [ "$status" = 0 ] && ! grep -q "$secret" "$work/out"; then ok "import as a database user"
else bad "import as a database user (exit $status)"; fi
status=$(PLANNER_DB_PASSWORD="wrong-$secret" planner check --db "$db" --db-user alice --fy 2023)
if [ "$status" = 2 ] && ! grep -q "$secret" "$work/out" && [ "$(wc -l <"$work/out")" -le 2 ]; then ok "a wrong password: exit 2, not printed"
else bad "a wrong password (exit $status)"; fi
status=$(PLANNER_DB_PASSWORD="$secret" planner check --db "$db" --db-user alice --fy 2023 --format json)
if [ "$status" = 1 ] && grep -q '"source": "shipped"' "$work/out" && ! grep -q "$secret" "$work/out"; then ok "check of the database as its user"
else bad "check of the database as its user (exit $status)"; fi
status=$(planner check --db "$db" --db-user alice --fy 2023 </dev/null)
if [ "$status" = 2 ] && grep -q PLANNER_DB_PASSWORD "$work/out"; then ok "no password and no terminal: exit 2"
else bad "no password and no terminal (exit $status)"; fi
if ! grep -rqs "$secret" "$PLANNER_WORKSPACE"; then ok "the password is in no file of the workspace"
else bad "the password is in a file of the workspace"; fi

# 3. INIT= in the URL: exit 2 before connecting (no database file is made)
status=$(planner check --db "jdbc:h2:file:$work/init/planner;INIT=RUNSCRIPT FROM 'http://127.0.0.1:9/x.sql'" --fy 2023)
if [ "$status" = 2 ] && [ ! -e "$work/init" ] && grep -q 'INIT=\*\*\*' "$work/out"; then ok "INIT= refused before connecting"
else bad "INIT= (exit $status)"; fi

# 4. --out onto the plan: exit 2, the plan unchanged
cp "$sample" "$work/plan.csv"
status=$(planner check --plan "$work/plan.csv" --out "$work/plan.csv")
if [ "$status" = 2 ] && cmp -s "$sample" "$work/plan.csv"; then ok "--out never overwrites the plan"
else bad "--out onto the plan (exit $status)"; fi

# 5. the suggestion's solver (OptaPlanner, its own bundle) runs in the product, and what-if shows its scenario within the cap
status=$(planner suggest --fy 2023 --plan "$sample" --seconds 3 --out "$work/suggested.json")
if [ "$status" = 0 ] && grep -q '"explanation"' "$work/suggested.json"; then ok "suggest writes a scenario"
else bad "suggest (exit $status)"; fi
status=$(planner what-if --fy 2023 --plan "$sample" --scenario "$work/suggested.json" --lang en)
if [ "$status" = 0 ] && grep -Eq '^within the cap +NO +yes' "$work/out"; then ok "what-if: the suggestion fits the cap"
else bad "what-if of the suggestion (exit $status)"; fi

# 5b. workbooks in the product, whose OOXML schema classes are the spreadsheet part of poi-ooxml-lite
#     (org.grassroots.planner.poi.schemas): the plan written as a workbook and checked from it gives the findings of
#     the CSV; the proposal workbook is written
status=$(planner export --fy 2023 --plan "$sample" --document plan --format xlsx --out "$work/plan.xlsx")
if [ "$status" = 0 ]; then
  planner check --plan "$sample" --format json --out "$work/from-csv.json" >/dev/null
  status=$(planner check --plan "$work/plan.xlsx" --format json --out "$work/from-xlsx.json")
  csv_findings=$(grep -o '"rule":' "$work/from-csv.json" | wc -l); xlsx_findings=$(grep -o '"rule":' "$work/from-xlsx.json" | wc -l)
  if [ "$status" = 1 ] && [ "$csv_findings" -gt 0 ] && [ "$csv_findings" = "$xlsx_findings" ]; then
    ok "a plan workbook written and read back: $xlsx_findings findings, as from the CSV"
  else bad "the plan workbook read back (exit $status, findings $xlsx_findings, from the CSV $csv_findings)"; fi
else bad "the plan as a workbook (exit $status)"; fi
status=$(planner export --fy 2023 --plan "$sample" --format xlsx --out "$work/proposal.xlsx")
if [ "$status" = 0 ] && [ "$(head -c 2 "$work/proposal.xlsx")" = PK ]; then ok "the proposal workbook written"
else bad "the proposal workbook (exit $status)"; fi

# 6. each library once: no two versions of a bundle in the product, no jar nested in a bundle
plugins="$product/plugins"
dupes=$(ls "$plugins" | sed 's/_[0-9][^_]*$//' | sort | uniq -d | tr '\n' ' ')
nested=$(for j in "$plugins"/org.grassroots.planner.*.jar; do unzip -Z1 "$j" | grep -q '\.jar$' && basename "$j"; done | tr '\n' ' ')
if [ -z "$dupes" ] && [ -z "$nested" ]; then ok "each library once ($(ls "$plugins" | wc -l) bundles)"
else bad "each library once: twice: $dupes; jars nested in: $nested"; fi

# 7. a licence and a notice for every third-party bundle, at the product's root
missing=$(ls "$plugins" | sed 's/_[0-9][^_]*$//' | grep -v '^org\.grassroots\.planner\.' | while read -r b; do
  grep -q "\`$b\`" "$product/THIRD-PARTY-NOTICES.md" 2>/dev/null || echo "$b"; done | tr '\n' ' ')
if [ -f "$product/LICENSE" ] && [ -z "$missing" ]; then ok "LICENSE and a notice for each third-party bundle"
else bad "notices: LICENSE $( [ -f "$product/LICENSE" ] && echo present || echo missing ); not named in THIRD-PARTY-NOTICES.md: $missing"; fi

# 8. ./planner rebuilds the product for a change of code, never for one of rules/ (mtimes put back afterwards)
if [ "$(PLANNER_STALE=ask "$here/planner")" = fresh ]; then
  rule="$here/rules/regions.drl"; code="$here/bundles/org.grassroots.planner.rules/src/main/java/org/grassroots/planner/rules/RuleEngine.java"
  rule_t=$(stat -c %Y "$rule"); code_t=$(stat -c %Y "$code")
  touch "$rule"; after_rule=$(PLANNER_STALE=ask "$here/planner")
  touch "$code"; after_code=$(PLANNER_STALE=ask "$here/planner")
  touch -d "@$rule_t" "$rule"; touch -d "@$code_t" "$code"
  if [ "$after_rule" = fresh ] && [ "$after_code" = stale ]; then ok "./planner: an edited rule keeps the product, edited code rebuilds it"
  else bad "./planner staleness: after a rule edit $after_rule, after a code edit $after_code"; fi
else
  echo "smoke: skipped: ./planner staleness (the product is older than the sources)"
fi

# 9. GTK's file choosers speak the workbench's language: planner.sh -nl ja gives GTK LANGUAGE=ja, in a locale where
#    gettext reads it (a stand-in java prints what the JVM would get: GTK's catalogue answers in that environment)
mkdir -p "$work/java/bin"
cat >"$work/java/bin/java" <<'JAVA'
#!/bin/sh
echo "LANGUAGE=$LANGUAGE"
echo "args: $*"
command -v gettext >/dev/null && echo "gtk: $(gettext -d gtk30 _Cancel)"
JAVA
chmod +x "$work/java/bin/java"
status=$(JAVA_HOME="$work/java" LC_ALL=C planner -nl ja)
if [ ! -f /usr/share/locale/ja/LC_MESSAGES/gtk30.mo ] || ! command -v gettext >/dev/null; then
  echo "smoke: skipped: GTK's Japanese (no gtk30.mo for ja, or no gettext, on this machine)"
elif [ "$status" = 0 ] && grep -qx 'LANGUAGE=ja' "$work/out" && grep -q -- '-nl ja' "$work/out" \
    && grep -qx 'gtk: キャンセル(_C)' "$work/out"; then ok "-nl ja: GTK's dialogs in Japanese (LANGUAGE=ja)"
else bad "-nl ja: GTK's language (exit $status)"; fi
status=$(JAVA_HOME="$work/java" LANGUAGE= planner)
if [ "$status" = 0 ] && grep -qx 'LANGUAGE=' "$work/out"; then ok "no -nl: GTK follows the desktop's locale, as Java does"
else bad "no -nl: LANGUAGE was set (exit $status)"; fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
