#!/bin/bash
# Memory after visiting every screen and searching, as the user's system sees it: the resident set
# (RSS, `ps`) of the installed Netdesk (/opt/netdesk) on a copy of a data folder, under Xvfb, driven by
# the keyboard through xdotool as a user would: Today, then Ctrl+2 (pipeline), Ctrl+3 (contacts),
# Ctrl+4 (calendar) and Alt+→ (a week forward), Ctrl+5 (library), Ctrl+F and "the" typed in (a word in
# most items), and Ctrl+1 back to Today. Each step waits until the process has used no CPU for 1.5 s
# (its work and the loads it started are done; at most 60 s, then it goes on and says so). RSS is
# then read with ps. RUNS runs, each on a fresh copy of the folder, each a new process. Screenshots
# of each step of the first run go to target/benchmarks/ (memory-1-*.png) to show that each screen
# was really reached.
#
# Needs: the .deb installed (apt-get install ./target/installer/netdesk_*.deb); Xvfb, xdotool,
# imagemagick. Extra JVM options for a run (to compare launcher settings) can be given in
# NETDESK_EXTRA_OPTS, which is passed as _JAVA_OPTIONS (the JVM reads it after the launcher's own
# options, so it overrides them).
# usage: packaging/benchmark-memory.sh [RUNS] DATA_FOLDER   (default 3 runs; DATA_FOLDER: e.g. the big
#        data folder made by dk.netdesk.testing.BigFolder, see the README's "More commands"; it is
#        copied for each run and never opened itself)
set -euo pipefail

RUNS=${1:-3}
SOURCE=${2:?usage: packaging/benchmark-memory.sh [RUNS] DATA_FOLDER}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NETDESK=/opt/netdesk/bin/Netdesk
[ -x "$NETDESK" ] || { echo "benchmark: $NETDESK is not installed" >&2; exit 1; }
[ -f "$SOURCE/netdesk.db" ] || { echo "benchmark: no netdesk.db in $SOURCE" >&2; exit 1; }
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "benchmark: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done

WORK=$(mktemp -d)
OUT="$ROOT/target/benchmarks"
mkdir -p "$OUT"
# A free display number, chosen by Xvfb itself, so that other benchmarks' displays are left alone.
exec 5<> <(:)
Xvfb -displayfd 5 -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
read -r -t 10 DISPLAY_NUMBER <&5 || { echo "benchmark: Xvfb did not start" >&2; exit 1; }
APP=
trap 'if [ -n "$APP" ]; then kill -- -"$APP" 2>/dev/null || true; fi; kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
export DISPLAY=:$DISPLAY_NUMBER

# cpu_ticks PID: the process's user + system CPU time so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# settle PID: waits until PID has used (almost) no CPU for 1.5 s in a row (at most 60 s).
settle() {
    local pid=$1 quiet=0 before after
    before=$(cpu_ticks "$pid")
    for _ in $(seq 1 120); do
        sleep 0.5
        after=$(cpu_ticks "$pid")
        if ((after - before <= 2)); then
            quiet=$((quiet + 1))
            ((quiet >= 3)) && return 0
        else
            quiet=0
        fi
        before=$after
    done
    echo "benchmark: process $pid did not settle within 60 s" >&2
}

# step RUN NAME KEYS...: presses KEYS in Netdesk's window, waits for it to settle, and (first run only)
# saves a screenshot.
step() {
    local run=$1 name=$2
    shift 2
    xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
    xdotool key --clearmodifiers "$@"
    settle "$JVM"
    ((run == 1)) && import -window root "$OUT/memory-$run-$name.png"
    return 0
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
RSS_ALL=()
for ((run = 1; run <= RUNS; run++)); do
    rm -rf "$WORK/data"
    cp -r "$SOURCE" "$WORK/data"
    rm -f "$WORK/data/netdesk.lock"
    _JAVA_OPTIONS="${NETDESK_EXTRA_OPTS:-}" setsid "$NETDESK" --data-dir "$WORK/data" >"$WORK/app.log" 2>&1 &
    APP=$!
    WINDOW=
    for _ in $(seq 1 1500); do
        WINDOW=$(xdotool search --onlyvisible --name '^Netdesk$' 2>/dev/null | head -1) && [ -n "$WINDOW" ] && break
        sleep 0.02
    done
    [ -n "$WINDOW" ] || { echo "benchmark: no Netdesk window within 30 s:" >&2; cat "$WORK/app.log" >&2; exit 1; }
    # The launcher runs the JVM in its own process (jpackage's launcher loads libjli).
    JVM=$APP
    settle "$JVM"
    ((run == 1)) && import -window root "$OUT/memory-$run-0-today.png"
    step "$run" 1-pipeline ctrl+2
    step "$run" 2-contacts ctrl+3
    step "$run" 3-calendar ctrl+4
    step "$run" 4-next-week alt+Right
    step "$run" 5-library ctrl+5
    step "$run" 6-search ctrl+f
    xdotool type --delay 60 "the"
    settle "$JVM"
    ((run == 1)) && import -window root "$OUT/memory-$run-7-searched.png"
    step "$run" 8-today ctrl+1
    rss_kb=$(ps -o rss= -p "$JVM" | tr -d ' ')
    rss=$((rss_kb / 1024))
    RSS_ALL+=("$rss")
    echo "run $run: RSS ${rss} MB (pid $JVM)" >&2
    grep -i "error\|exception" "$WORK/app.log" >&2 || true
    kill -- -"$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
done
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
echo "Netdesk, installed, $SOURCE, every screen visited and a library search: RSS median $(median "${RSS_ALL[@]}") MB, max $(printf '%s\n' "${RSS_ALL[@]}" | sort -n | tail -1) MB (runs: ${RSS_ALL[*]} MB)${NETDESK_EXTRA_OPTS:+, extra options: $NETDESK_EXTRA_OPTS}" >&2
echo "rss_mb_median=$(median "${RSS_ALL[@]}")"
echo "rss_mb_max=$(printf '%s\n' "${RSS_ALL[@]}" | sort -n | tail -1)"
