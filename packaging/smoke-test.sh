#!/bin/bash
# Installed-app smoke test (Linux, as root; CI calls it after the unit tests).
#   1. builds the .deb (mvn -B -Ppackage package -DskipTests)
#   2. installs it with apt-get, checks the launcher, menu entry, icons and AppCDS archive
#   3. starts /opt/netdesk/bin/Netdesk under Xvfb with a throwaway HOME, waits for the main
#      window, checks ~/.local/share/netdesk/netdesk.db, takes a screenshot
#      (target/smoke/installed-first-window.png) and quits with Ctrl+Q
#   4. upgrade test (packaging/upgrade-test.sh): a newer .deb with an extra migration keeps
#      the data and migrates it (skip with SMOKE_SKIP_UPGRADE=1)
#   5. removes the package (also on failure)
# Needs: apt-get install -y xvfb xauth libgtk-3-0 libgl1 libxtst6 imagemagick x11-utils xdotool sqlite3 fakeroot binutils
# usage: packaging/smoke-test.sh            (SMOKE_SKIP_BUILD=1 reuses target/installer/*.deb)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/target/smoke"
export DEBIAN_FRONTEND=noninteractive
START=$(date +%s)

log() { echo "smoke: $*"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

# ---- the part that runs inside Xvfb: start, look, screenshot, quit ----------------------
if [ "${1:-}" = "--session" ]; then
    SHOT=$2
    /opt/netdesk/bin/Netdesk >"$OUT/app.log" 2>&1 &
    PID=$!
    WID=""
    for _ in $(seq 1 90); do
        kill -0 "$PID" 2>/dev/null || { cat "$OUT/app.log" >&2; fail "Netdesk exited before showing a window"; }
        WID=$(xdotool search --onlyvisible --name '^Netdesk$' 2>/dev/null | head -1) || true
        [ -n "$WID" ] && break
        sleep 1
    done
    [ -n "$WID" ] || { kill "$PID"; cat "$OUT/app.log" >&2; fail "no window named Netdesk within 90 s"; }
    log "main window $WID is shown ($(xwininfo -id "$WID" | sed -n 's/^ *Width: //p')x$(xwininfo -id "$WID" | sed -n 's/^ *Height: //p'))"
    [ -f "$HOME/.local/share/netdesk/netdesk.db" ] || fail "no database at $HOME/.local/share/netdesk/netdesk.db"
    log "database created: $HOME/.local/share/netdesk/netdesk.db"
    sleep 3   # let the first contacts load and paint
    import -window root "$SHOT"
    log "screenshot: $SHOT"
    # Quit the way a user does: Ctrl+Q (File > Quit) to the focused main window.
    timeout 10 xdotool windowfocus --sync "$WID" 2>/dev/null || xdotool windowfocus "$WID"
    xdotool key --clearmodifiers ctrl+q
    for _ in $(seq 1 30); do
        kill -0 "$PID" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$PID" 2>/dev/null; then
        kill "$PID"
        fail "Netdesk did not quit within 30 s of Ctrl+Q"
    fi
    CODE=0
    wait "$PID" || CODE=$?
    [ "$CODE" = 0 ] || { cat "$OUT/app.log" >&2; fail "Netdesk exited with code $CODE"; }
    log "Netdesk quit cleanly on Ctrl+Q"
    exit 0
fi

# ---- the outer part: build, install, run, remove -----------------------------------------
[ "$(id -u)" = 0 ] || fail "run as root (it installs and removes the netdesk package)"
for tool in mvn apt-get dpkg-deb fakeroot xvfb-run xdotool xwininfo import identify sqlite3; do
    command -v "$tool" >/dev/null || fail "$tool is missing (see the apt-get line at the top of this script)"
done
rm -rf "$OUT"
mkdir -p "$OUT"

if [ "${SMOKE_SKIP_BUILD:-}" != 1 ]; then
    log "building the .deb"
    mvn -B -q -Ppackage package -DskipTests >"$OUT/build-v1.log" 2>&1 \
        || { tail -50 "$OUT/build-v1.log" >&2; fail "the package build failed (log: $OUT/build-v1.log)"; }
fi
DEB=$(ls "$ROOT"/target/installer/netdesk_*.deb 2>/dev/null | head -1)
[ -n "$DEB" ] || fail "no target/installer/netdesk_*.deb"
cp "$DEB" "$OUT/"
DEB="$OUT/$(basename "$DEB")"
log "built $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"

remove_package() {
    if dpkg-query -W -f='${Status}' netdesk 2>/dev/null | grep -q "ok installed"; then
        apt-get remove -y -q netdesk >"$OUT/remove.log" 2>&1 || { cat "$OUT/remove.log" >&2; return 1; }
    fi
}
remove_package || fail "could not remove an earlier netdesk package"
trap 'remove_package || true' EXIT

log "installing"
apt-get install -y -q "$DEB" >"$OUT/install-v1.log" 2>&1 \
    || { cat "$OUT/install-v1.log" >&2; fail "apt-get install $DEB failed"; }
[ -x /opt/netdesk/bin/Netdesk ] || fail "no launcher /opt/netdesk/bin/Netdesk"
[ -f /usr/share/applications/netdesk.desktop ] || fail "no menu entry /usr/share/applications/netdesk.desktop"
grep -q '^Categories=Office;' /usr/share/applications/netdesk.desktop || fail "the menu entry is not in Categories=Office"
[ -f /usr/share/icons/hicolor/256x256/apps/netdesk.png ] || fail "no icon in /usr/share/icons/hicolor"
[ -f /opt/netdesk/lib/app/netdesk.jsa ] || fail "postinst made no AppCDS archive /opt/netdesk/lib/app/netdesk.jsa"
[ -f /opt/netdesk/lib/app/sqlite-native/libsqlitejdbc.so ] || fail "no SQLite native library in /opt/netdesk/lib/app/sqlite-native"
log "installed: launcher, menu entry, icons and AppCDS archive are in place"

# A throwaway user home; Java takes user.home from the password file, not $HOME, so pass it on.
SMOKE_HOME=$(mktemp -d)
export SMOKE_HOME
run_in_home() {
    env -u XDG_DATA_HOME -u NETDESK_DATA_DIR HOME="$SMOKE_HOME" \
        JAVA_TOOL_OPTIONS="-Duser.home=$SMOKE_HOME ${EXTRA_JAVA_OPTIONS:-}" "$@"
}
export -f run_in_home
run_in_home xvfb-run -a -s "-screen 0 1280x800x24" "$0" --session "$OUT/installed-first-window.png"

# The screenshot must show something, not one flat colour.
SPREAD=$(identify -format '%[fx:standard_deviation]' "$OUT/installed-first-window.png")
awk -v s="$SPREAD" 'BEGIN { exit !(s > 0.01) }' || fail "the screenshot is blank"

if [ "${SMOKE_SKIP_UPGRADE:-}" != 1 ]; then
    OUT="$OUT" DEB_V1="$DEB" "$ROOT/packaging/upgrade-test.sh"
fi

remove_package || fail "apt-get remove -y netdesk failed"
[ ! -e /opt/netdesk/bin/Netdesk ] || fail "/opt/netdesk/bin/Netdesk is still there after removal"
[ ! -e /usr/share/applications/netdesk.desktop ] || fail "the menu entry is still there after removal"
[ -f "$SMOKE_HOME/.local/share/netdesk/netdesk.db" ] || fail "removing the package touched the user's data"
rm -rf "$SMOKE_HOME"
dpkg --purge netdesk >/dev/null 2>&1 || true   # drop dpkg's "removed, config left" record too
log "removed the package; the user's data was kept"
log "passed in $(( $(date +%s) - START )) s"
