#!/bin/bash
# Cold start to first shown frame: the installed Netdesk (/opt/netdesk, 10,000 contacts)
# against a bare JavaFX window (one Label) packaged into the same jlink runtime.
# Each program prints first-frame-ms=<ms since its process started>; the median of RUNS
# runs (after one untimed warm-up run, so the OS file cache is alike for all) is reported.
#
# Needs: the .deb installed (apt-get install ./target/installer/netdesk_*.deb) and the
# same build's target/jlink (mvn -B -Ppackage package -DskipTests), xvfb-run, sqlite3.
# usage: packaging/benchmark-startup.sh [RUNS]     (default 5)
set -euo pipefail

RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNTIME="$ROOT/target/jlink/runtime"
FXMODS="$ROOT/target/jlink/javafx-mods"
NETDESK=/opt/netdesk/bin/Netdesk
[ -x "$NETDESK" ] || { echo "benchmark: $NETDESK is not installed" >&2; exit 1; }
[ -d "$RUNTIME" ] || { echo "benchmark: no $RUNTIME; build with -Ppackage first" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
PROBE="-Dnetdesk.exitAfterFirstFrame=true -Dnetdesk.printStartup=true"

first_frame() { # runs "$@" under Xvfb and prints its first-frame-ms value
    local out
    out=$(xvfb-run -a "$@" 2>&1) || true
    local ms
    ms=$(printf '%s\n' "$out" | sed -n 's/^first-frame-ms=\([0-9]*\)$/\1/p' | head -1)
    [ -n "$ms" ] || { echo "benchmark: no first-frame-ms from $1:" >&2; printf '%s\n' "$out" >&2; exit 1; }
    echo "$ms"
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# 1. Netdesk's database with 10,000 contacts (the first start creates and migrates it),
#    and for comparison an empty one.
mkdir -p "$DATA" "$WORK/empty"
JAVA_TOOL_OPTIONS="-Dnetdesk.exitAfterFirstFrame=true" xvfb-run -a "$NETDESK" --data-dir "$DATA" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-Dnetdesk.exitAfterFirstFrame=true" xvfb-run -a "$NETDESK" --data-dir "$WORK/empty" >/dev/null 2>&1
"$ROOT/packaging/generate-contacts.sh" --data-dir "$DATA" --count 10000 >&2

# 2. The bare window, packaged like Netdesk: same runtime (with its base CDS archive), and a
#    second copy with its own AppCDS archive made the way the .deb's postinst makes Netdesk's.
mkdir -p "$WORK/bare/classes" "$WORK/bare/input"
javac --release 17 --module-path "$FXMODS" --add-modules javafx.controls \
    -d "$WORK/bare/classes" "$ROOT/packaging/bench/BareWindow.java"
jar --create --file "$WORK/bare/input/bare.jar" -C "$WORK/bare/classes" .
jpackage --type app-image --runtime-image "$RUNTIME" --input "$WORK/bare/input" --main-jar bare.jar \
    --main-class bench.BareWindow --name Bare --dest "$WORK/bare/image" --java-options "-Xshare:auto"
cp -a "$WORK/bare/image/Bare" "$WORK/bare/BareCds"
BAREAPP="$WORK/bare/BareCds/lib/app"
xvfb-run -a "$WORK/bare/BareCds/lib/runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$BAREAPP/bare.classlist" \
    -cp "$BAREAPP/bare.jar" bench.BareWindow >/dev/null 2>&1
"$WORK/bare/BareCds/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$BAREAPP/bare.classlist" \
    -XX:SharedArchiveFile="$BAREAPP/bare.jsa" -cp "$BAREAPP/bare.jar" >/dev/null 2>&1
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/bare.jsa' >>"$BAREAPP/Bare.cfg"

# 3. Measure, interleaved (one run of each per round), so that load from other processes on
#    the machine falls on all four alike. One untimed warm-up round first.
netdesk() { JAVA_TOOL_OPTIONS="$PROBE" first_frame "$NETDESK" --data-dir "$1"; }
NET_ALL=(); EMPTY_ALL=(); BARE_ALL=(); BARECDS_ALL=()
for ((round = 0; round <= RUNS; round++)); do
    n=$(netdesk "$DATA"); e=$(netdesk "$WORK/empty")
    b=$(first_frame "$WORK/bare/image/Bare/bin/Bare"); c=$(first_frame "$WORK/bare/BareCds/bin/Bare")
    if ((round > 0)); then
        NET_ALL+=("$n"); EMPTY_ALL+=("$e"); BARE_ALL+=("$b"); BARECDS_ALL+=("$c")
    fi
done
NET=$(median "${NET_ALL[@]}"); EMPTY=$(median "${EMPTY_ALL[@]}")
BARE=$(median "${BARE_ALL[@]}"); BARECDS=$(median "${BARECDS_ALL[@]}")
echo "Netdesk, installed, 10,000 contacts, AppCDS: median $NET ms (runs: ${NET_ALL[*]})" >&2
echo "Netdesk, installed, empty database, AppCDS:  median $EMPTY ms (runs: ${EMPTY_ALL[*]})" >&2
echo "Bare JavaFX window, same runtime, base CDS:  median $BARE ms (runs: ${BARE_ALL[*]})" >&2
echo "Bare JavaFX window, same runtime, AppCDS:    median $BARECDS ms (runs: ${BARECDS_ALL[*]})" >&2
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "netdesk_ms=$NET"
echo "netdesk_empty_db_ms=$EMPTY"
echo "bare_ms=$BARE"
echo "bare_appcds_ms=$BARECDS"
echo "ratio_vs_bare=$(ratio "$NET" "$BARE")"
echo "ratio_vs_bare_appcds=$(ratio "$NET" "$BARECDS")"
