# The start-up benchmarks' report (sourced by startup-benchmark.sh and e4-floor-benchmark.sh): each kind's median and
# range over the rounds, the ratio of its median to bare's, and the median of the rounds' own ratios (pairing,
# against a machine whose speed drifts).
#
#   report_ratios DIR KIND…   DIR/KIND holds one figure (ms) a line, a round each; DIR/bare the yardstick's. A kind
#                             without a file is skipped (not measured); one with an empty file is reported as such.

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
range() { sort -n "$1" | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}'; }
pairs() { # median over rounds of A/B
  paste "$1" "$2" | awk '$1 > 0 && $2 > 0 {print $1 / $2}' | sort -n |
    awk '{a[NR]=$1} END {printf "%.2f", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
report_ratios() {
  dir=$1
  shift
  bare=$(median "$dir/bare")
  printf '%-11s %8s %13s %8s %s\n' kind "median" "range (ms)" "ratio" "per-round ratio (median)"
  for k in "$@"; do
    [ -e "$dir/$k" ] || continue
    [ -s "$dir/$k" ] || { echo "$k: no figure (the process printed none)"; continue; }
    m=$(median "$dir/$k")
    printf '%-11s %6s ms %13s %8s %s\n' "$k" "$m" "$(range "$dir/$k")" \
      "$(awk -v a="$m" -v b="$bare" 'BEGIN {printf "%.2f", a / b}')" "$(pairs "$dir/$k" "$dir/bare")"
  done
}
