#!/bin/sh
# Grassroots Planner: no arguments (or only options such as "-nl ja") open the workbench;
# "check", "import" … run the command line.
# No native launcher is published on Maven Central, so Java starts the Equinox launcher directly.
here=$(cd "$(dirname "$0")" && pwd)
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
data=${PLANNER_WORKSPACE:-$HOME/.grassroots-planner/workspace}
# Java names files in the character set of the locale: under LC_ALL=C (ASCII) a Japanese file name cannot
# even be named, so a locale that is not UTF-8 becomes C.UTF-8.
case "$(locale charmap 2>/dev/null)" in
  UTF-8|utf8) ;;
  *) if locale -a 2>/dev/null | grep -qix 'c.utf-\?8'; then export LC_ALL=C.UTF-8; fi ;;
esac
# GTK's own dialogs (the file choosers of Import and Export…) take their language from the process's locale
# (gettext), not from Eclipse's -nl: the language given with -nl becomes GTK's too. LANGUAGE is read before
# LC_MESSAGES by gettext in any locale but C/POSIX (made C.UTF-8 above); GTK needs its ja catalogue (gtk30.mo).
nl= prev=
for arg in "$@"; do
  [ "$prev" = -nl ] && nl=$arg
  prev=$arg
done
[ -n "$nl" ] && export LANGUAGE="$(printf %s "$nl" | tr - _)"
# The workbench starts 2 s sooner with the quick JIT alone (BENCHMARKS.md, launch); planners' plans of a
# few hundred initiatives never need the optimizing one. PLANNER_UI_VMARGS="" brings it back (100,000 rows).
case "${1:--}" in
  -*) exec "$java_cmd" ${PLANNER_VMARGS:--Xmx1g} ${PLANNER_UI_VMARGS--XX:TieredStopAtLevel=1} -jar "$launcher" \
        -data "$data" -nosplash "$@" ;;
esac
# A command runs for seconds: the quick JIT alone starts it in half the CPU time (PLANNER_CLI_VMARGS overrides).
exec "$java_cmd" ${PLANNER_VMARGS:--Xmx1g} ${PLANNER_CLI_VMARGS--XX:TieredStopAtLevel=1} -Djava.awt.headless=true \
  -jar "$launcher" -data "$data" -nosplash -application org.grassroots.planner.cli.app -consoleLog "$@"
