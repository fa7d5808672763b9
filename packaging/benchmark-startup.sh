#!/bin/bash
# Cold start as the user sees it, measured from outside the JVM: from launching the program until
# its window is mapped (xdotool polls every 20 ms), for the installed Netdesk (/opt/netdesk) on a data
# folder with 10,000 contacts and on an empty one, against a bare JavaFX window (one Label) packaged
# with the same jlink runtime and launcher. The three run in turn under one Xvfb, RUNS rounds after
# one untimed warm-up round; the medians and the median of the per-round ratios are reported.
# No clock inside the process is used. A screenshot taken the moment Netdesk's window is mapped
# (target/benchmarks/startup-mapped.png) shows whether it is drawn with its content or blank.
# Beside xdotool, a small X client (packaging/bench/mapped-drawn.c, built here with cc when libx11-dev
# is there) polls every 2 ms and reports when each window is mapped and when its first frame is drawn
# (its pixels are no longer all one colour), so the gap between the two is measured too; its picture of
# Netdesk's window at the moment of mapping is target/benchmarks/startup-mapped-window.png.
#
# Needs: the .deb installed (apt-get install ./target/installer/netdesk_*.deb) and the same build's
# target/jlink (mvn -B -Ppackage package -DskipTests); Xvfb, xdotool, imagemagick, sqlite3.
# usage: packaging/benchmark-startup.sh [RUNS] [DATA_FOLDER]   (default 9 rounds; DATA_FOLDER: a
#        folder to measure instead of the generated 10,000 contacts, e.g. the big data folder made by
#        dk.netdesk.testing.BigFolder: see the README's "More commands")
set -euo pipefail

RUNS=${1:-9}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNTIME="$ROOT/target/jlink/runtime"
FXMODS="$ROOT/target/jlink/javafx-mods"
NETDESK=/opt/netdesk/bin/Netdesk
[ -x "$NETDESK" ] || { echo "benchmark: $NETDESK is not installed" >&2; exit 1; }
[ -d "$RUNTIME" ] || { echo "benchmark: no $RUNTIME; build with -Ppackage first" >&2; exit 1; }
for tool in Xvfb xdotool import sqlite3; do
    command -v "$tool" >/dev/null || { echo "benchmark: $tool is missing (apt-get install xvfb xdotool imagemagick sqlite3)" >&2; exit 1; }
done

WORK=$(mktemp -d)
OUT="$ROOT/target/benchmarks"
mkdir -p "$OUT"
DISPLAY_NUMBER=:97
Xvfb $DISPLAY_NUMBER -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
export DISPLAY=$DISPLAY_NUMBER
sleep 1

# first_window TITLE SHOT CMD...: ms from launching CMD until a window named TITLE is mapped; then
# (when SHOT is not "-") a screenshot of the screen to SHOT, and CMD is stopped.
first_window() {
    local title=$1 shot=$2
    shift 2
    local t0 t1 pid probe=
    t0=$(date +%s%N)
    setsid "$@" >"$WORK/last.log" 2>&1 &
    pid=$!
    if [ -x "$WORK/mapped-drawn" ]; then
        "$WORK/mapped-drawn" "$t0" "$title" ${shot:+$([ "$shot" = - ] || echo "$WORK/at-map.ppm")} >"$WORK/probe.txt" 2>/dev/null &
        probe=$!
    fi
    for _ in $(seq 1 1500); do
        if xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; then
            t1=$(date +%s%N)
            [ "$shot" = - ] || import -window root "$shot"
            # the probe's times: mapped and drawn, from the same launch
            if [ -n "$probe" ]; then wait "$probe" 2>/dev/null || true; fi
            kill -- -"$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            echo $(((t1 - t0) / 1000000))
            return
        fi
        sleep 0.02
    done
    kill -- -"$pid" 2>/dev/null || true
    echo "benchmark: no window named $title within 30 s from $1:" >&2
    cat "$WORK/last.log" >&2
    exit 1
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# 1. Netdesk's data: 10,000 contacts (or the given folder), and an empty database.
if [ -n "${2:-}" ]; then
    DATA=$2
else
    DATA="$WORK/data"
    mkdir -p "$DATA"
    JAVA_TOOL_OPTIONS="-Dnetdesk.exitAfterFirstFrame=true" "$NETDESK" --data-dir "$DATA" >/dev/null 2>&1
    "$ROOT/packaging/generate-contacts.sh" --data-dir "$DATA" --count 10000 >&2
fi
mkdir -p "$WORK/empty"
JAVA_TOOL_OPTIONS="-Dnetdesk.exitAfterFirstFrame=true" "$NETDESK" --data-dir "$WORK/empty" >/dev/null 2>&1

# 2. The bare window, packaged like Netdesk: same runtime (with its base CDS archive), same launcher.
mkdir -p "$WORK/bare/classes" "$WORK/bare/input"
javac --release 17 --module-path "$FXMODS" --add-modules javafx.controls \
    -d "$WORK/bare/classes" "$ROOT/packaging/bench/BareWindow.java"
jar --create --file "$WORK/bare/input/bare.jar" -C "$WORK/bare/classes" .
jpackage --type app-image --runtime-image "$RUNTIME" --input "$WORK/bare/input" --main-jar bare.jar \
    --main-class bench.BareWindow --name Bare --dest "$WORK/bare/image" --java-options "-Xshare:auto"
BARE="$WORK/bare/image/Bare/bin/Bare"

# The map → drawn probe (optional: needs cc and libx11-dev).
if command -v cc >/dev/null && cc -O2 -o "$WORK/mapped-drawn" "$ROOT/packaging/bench/mapped-drawn.c" -lX11 2>/dev/null; then
    :
else
    echo "benchmark: no cc or libx11-dev: the map → drawn gap is not measured" >&2
fi
# probe_times: "MAPPED DRAWN" of the last launch, or "- -" without the probe.
probe_times() { if [ -s "$WORK/probe.txt" ]; then cat "$WORK/probe.txt"; else echo "- -"; fi; }

# 3. Measure in turn, so that load from other processes falls on all three alike.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
NET_ALL=(); EMPTY_ALL=(); BARE_ALL=(); RATIOS=(); NET_GAP=(); BARE_GAP=(); NET_DRAWN=(); BARE_DRAWN=(); DRAWN_RATIOS=()
for ((round = 0; round <= RUNS; round++)); do
    shot=-
    ((round == 1)) && shot="$OUT/startup-mapped.png"
    rm -f "$WORK/at-map.ppm"
    n=$(first_window Netdesk "$shot" "$NETDESK" --data-dir "$DATA")
    read -r nm nd < <(probe_times)
    if ((round == 1)) && [ -s "$WORK/at-map.ppm" ]; then
        convert "$WORK/at-map.ppm" "$OUT/startup-mapped-window.png" 2>/dev/null || true
    fi
    e=$(first_window Netdesk - "$NETDESK" --data-dir "$WORK/empty")
    b=$(first_window BareWindow - "$BARE")
    read -r bm bd < <(probe_times)
    if ((round > 0)); then
        NET_ALL+=("$n"); EMPTY_ALL+=("$e"); BARE_ALL+=("$b")
        RATIOS+=("$(awk -v a="$n" -v b="$b" 'BEGIN { printf "%.3f", a / b }')")
        probe=""
        if [ "$nm" != - ] && [ "$bm" != - ] && [ "$nd" -ge 0 ] && [ "$bd" -ge 0 ]; then
            NET_GAP+=("$((nd - nm))"); BARE_GAP+=("$((bd - bm))"); NET_DRAWN+=("$nd"); BARE_DRAWN+=("$bd")
            DRAWN_RATIOS+=("$(awk -v a="$nd" -v b="$bd" 'BEGIN { printf "%.3f", a / b }')")
            probe="; probe: netdesk mapped $nm drawn $nd ms, bare mapped $bm drawn $bd ms"
        fi
        echo "round $round: netdesk ${n} ms, empty ${e} ms, bare ${b} ms$probe" >&2
    fi
done
NET=$(median "${NET_ALL[@]}"); EMPTY=$(median "${EMPTY_ALL[@]}"); BAREMS=$(median "${BARE_ALL[@]}")
RATIO=$(median "${RATIOS[@]}")
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
echo "Netdesk, installed, $( [ -n "${2:-}" ] && echo "$DATA" || echo "10,000 contacts"): median $NET ms (runs: ${NET_ALL[*]})" >&2
echo "Netdesk, installed, empty database: median $EMPTY ms (runs: ${EMPTY_ALL[*]})" >&2
echo "Bare JavaFX window, same runtime:   median $BAREMS ms (runs: ${BARE_ALL[*]})" >&2
echo "Screenshot at the moment Netdesk's window was mapped: $OUT/startup-mapped.png" >&2
echo "netdesk_ms=$NET"
echo "netdesk_empty_db_ms=$EMPTY"
echo "bare_ms=$BAREMS"
echo "ratio_vs_bare=$(printf '%.2f' "$RATIO")"
if ((${#NET_GAP[@]} > 0)); then
    echo "Probe: mapped → first frame drawn, Netdesk median $(median "${NET_GAP[@]}") ms (${NET_GAP[*]}), bare median $(median "${BARE_GAP[@]}") ms (${BARE_GAP[*]}); picture at mapping: $OUT/startup-mapped-window.png" >&2
    echo "netdesk_map_to_drawn_ms=$(median "${NET_GAP[@]}")"
    echo "bare_map_to_drawn_ms=$(median "${BARE_GAP[@]}")"
    echo "netdesk_drawn_ms=$(median "${NET_DRAWN[@]}")"
    echo "bare_drawn_ms=$(median "${BARE_DRAWN[@]}")"
    echo "drawn_ratio_vs_bare=$(printf '%.2f' "$(median "${DRAWN_RATIOS[@]}")")"
fi
