#!/usr/bin/env bash
# Whole-process figures of the `airflow-values` command, release build: the
# median wall time of RUNS runs and the peak resident memory (from
# /usr/bin/time), and, where valgrind is installed, the instructions one run
# executes (callgrind: the same count whatever else the machine is doing).
#
#   bash benches/process.sh            # RUNS=30 by default
#   BIN=/path/to/airflow-values bash benches/process.sh   # another build
#
# Needs ../shared beside the repository (seed 004). Not a test: it asserts
# nothing; benches/README.md keeps the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-30}"
shared="../shared"
seed="$shared/seed-values/004-aks-airflow_values.yaml"
[ -f "$seed" ] || { echo "needs $seed (../shared beside the repository)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }

if [ -z "${BIN:-}" ]; then
  cargo build --quiet --release -p airflow-values-cli
  BIN="$PWD/target/release/airflow-values"
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
printf 'executor: KubernetesExecutor\n' > "$scratch/one-line.yaml"

# name | arguments (word-split)
cases=(
  "--version|--version"
  "one-line file|check --chart-version 1.22.0 $scratch/one-line.yaml"
  "seed 004 (3.5 KB)|check --chart-version 1.15.0 $seed"
  "seed 004, production|check --chart-version 1.15.0 --profile production $seed"
)

median_ms() {
  # Wall time of each run in microseconds, from bash's own clock
  # (EPOCHREALTIME): reading it starts no process, so the figure is the
  # command's alone. (Before, each run also counted the start of a `date`
  # process, about 1 ms here.)
  local args=("$@") times=() start end
  for ((i = 0; i < runs; i++)); do
    start=${EPOCHREALTIME/[.,]/}
    "$BIN" "${args[@]}" > /dev/null 2>&1 || true
    end=${EPOCHREALTIME/[.,]/}
    times+=($((end - start)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f", t[int((NR + 1) / 2)] / 1e3 }'
}

peak_kib() {
  # The command's exit status (1 when it finds errors) is not ours.
  { /usr/bin/time -f '%M' "$BIN" "$@" 2>&1 > /dev/null || true; } | tail -n 1
}

instructions() {
  if command -v valgrind > /dev/null; then
    { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" "$@" 2>&1 > /dev/null || true; } |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  else
    echo "-"
  fi
}

echo "airflow-values: $("$BIN" --version | head -n 1); $runs runs each; load: $(cut -d' ' -f1-3 /proc/loadavg)"
# What starting any process costs here (fork and exec from bash), for scale.
floor=$(BIN=/bin/true median_ms)
echo "starting /bin/true: $floor ms"
printf '| %-24s | %10s | %12s | %14s |\n' "command" "wall (ms)" "peak (MiB)" "instructions"
printf '|%s|%s|%s|%s|\n' "--------------------------" "-----------:" "-------------:" "---------------:"
for case in "${cases[@]}"; do
  name="${case%%|*}"
  read -r -a args <<< "${case#*|}"
  ms=$(median_ms "${args[@]}")
  kib=$(peak_kib "${args[@]}")
  ins=$(instructions "${args[@]}")
  printf '| %-24s | %10s | %12.1f | %14s |\n' "$name" "$ms" "$(echo "$kib / 1024" | bc -l)" "$ins"
done
