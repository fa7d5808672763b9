#!/bin/bash
# The command line import as the user waits for it, measured from outside the JVM: from launching the
# installed `Netdesk import contacts FILE` until the process exits, on a fresh data folder each run
# (JVM start, database creation, reading, duplicate check, one transaction, summary line).
# Files: the 10,000 vCards and 10,000 CSV rows that ContactsImportBenchmarkTest leaves in
# target/benchmarks (run `mvn -B -o -Pbenchmark test -Dtest=ContactsImportBenchmarkTest` first).
# Reports each run's wall time and CPU time (user + system) in ms, and the load average before and after.
#
# Needs: the .deb installed (apt-get install ./target/installer/netdesk_*.deb).
# usage: packaging/benchmark-cli-import.sh [RUNS]   (default 5 runs per file)
set -euo pipefail

RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NETDESK=/opt/netdesk/bin/Netdesk
[ -x "$NETDESK" ] || { echo "benchmark: $NETDESK is not installed" >&2; exit 1; }
OUT="$ROOT/target/benchmarks"
for file in "$OUT/contacts-10000.vcf" "$OUT/contacts-10000.csv"; do
    [ -f "$file" ] || { echo "benchmark: no $file; run ContactsImportBenchmarkTest first" >&2; exit 1; }
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "load before: $(cat /proc/loadavg)"
for file in "$OUT/contacts-10000.vcf" "$OUT/contacts-10000.csv"; do
    for run in $(seq 1 "$RUNS"); do
        data="$WORK/data-$run-$(basename "$file")"
        start=$(date +%s%N)
        /usr/bin/time -f "%U %S" -o "$WORK/cpu" "$NETDESK" import contacts "$file" --data-dir "$data" \
            >"$WORK/stdout" 2>"$WORK/stderr"
        end=$(date +%s%N)
        read -r user system <"$WORK/cpu"
        cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%d", (u + s) * 1000 }')
        echo "$(basename "$file") run $run: wall $(( (end - start) / 1000000 )) ms, cpu $cpu ms: $(tail -1 "$WORK/stdout")"
    done
done
echo "load after: $(cat /proc/loadavg)"
