#!/bin/bash
# Upgrade test, called by packaging/smoke-test.sh with netdesk v1 installed and a user data
# folder made by its first start (SMOKE_HOME). Adds a contact while Netdesk is closed, builds
# a newer .deb whose app carries an extra test-only migration (profile upgrade-test:
# packaging/upgrade-test/resources/db/migration/V9000__packaging_upgrade_test.sql), installs it
# over v1, starts it once and checks that the contact is kept and the migration applied.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
: "${OUT:?}" "${DEB_V1:?}" "${SMOKE_HOME:?}"
DB="$SMOKE_HOME/.local/share/netdesk/netdesk.db"
MARK="Upgrade Test Contact $(date +%s)"

log() { echo "upgrade: $*"; }
fail() { echo "upgrade: FAILED: $*" >&2; exit 1; }

V1=$(dpkg-deb -f "$DEB_V1" Version)
V1_APP=${V1%-*}
V2_APP="$V1_APP.1"
[ -f "$DB" ] || fail "no v1 database at $DB"

sqlite3 "$DB" "INSERT INTO contact (name, phone, email, notes, created_at, updated_at)
               VALUES ('$MARK', '+45 12 34 56 78', 'upgrade@example.com', 'made before the upgrade',
                       '2026-11-28T12:00:00Z', '2026-11-28T12:00:00Z');"
log "v$V1 installed; added the contact '$MARK' while Netdesk is closed"

log "building v$V2_APP with the test-only migration V9000"
# Its own output folders: target/installer keeps the real build.
V2_DIR=target/upgrade-test
mvn -B -q -Ppackage,upgrade-test package -DskipTests -Dnetdesk.version="$V2_APP" \
    -Djlink.javafxMods=$V2_DIR/javafx-mods -Djlink.runtime=$V2_DIR/runtime -Djpackage.input=$V2_DIR/input \
    -Djpackage.appImageDir=$V2_DIR/app-image -Djpackage.installerDir=$V2_DIR/installer \
    >"$OUT/build-v2.log" 2>&1 \
    || { tail -50 "$OUT/build-v2.log" >&2; fail "the v2 build failed (log: $OUT/build-v2.log)"; }
DEB_V2=$(ls "$ROOT/$V2_DIR"/installer/netdesk_"$V2_APP"-*.deb 2>/dev/null | head -1)
[ -n "$DEB_V2" ] || fail "no $V2_DIR/installer/netdesk_$V2_APP-*.deb"
cp "$DEB_V2" "$OUT/"
DEB_V2="$OUT/$(basename "$DEB_V2")"
V2=$(dpkg-deb -f "$DEB_V2" Version)
dpkg --compare-versions "$V2" gt "$V1" || fail "v2 ($V2) does not sort after v1 ($V1)"

apt-get install -y -q "$DEB_V2" >"$OUT/install-v2.log" 2>&1 \
    || { cat "$OUT/install-v2.log" >&2; fail "installing $DEB_V2 over v$V1 failed"; }
INSTALLED=$(dpkg-query -W -f='${Version}' netdesk)
[ "$INSTALLED" = "$V2" ] || fail "dpkg says netdesk $INSTALLED is installed, not $V2"
[ -f /opt/netdesk/lib/app/netdesk.jsa ] || fail "no AppCDS archive after the upgrade"
[ -f /usr/share/applications/netdesk.desktop ] || fail "the menu entry is gone after the upgrade"
log "installed v$V2 over v$V1"

# First start of v2: migrates, shows its window, quits by itself.
EXTRA_JAVA_OPTIONS="-Dnetdesk.exitAfterFirstFrame=true -Dnetdesk.exitDelayMs=1000" \
    run_in_home timeout 120 xvfb-run -a /opt/netdesk/bin/Netdesk >"$OUT/app-v2.log" 2>&1 \
    || { cat "$OUT/app-v2.log" >&2; fail "v2 did not start and quit cleanly"; }

KEPT=$(sqlite3 "$DB" "SELECT count(*) FROM contact WHERE name = '$MARK';")
[ "$KEPT" = 1 ] || fail "the contact made under v1 is gone after the upgrade"
APPLIED=$(sqlite3 "$DB" "SELECT count(*) FROM flyway_schema_history WHERE version = '9000' AND success = 1;")
[ "$APPLIED" = 1 ] || fail "migration V9000 was not applied: $(sqlite3 "$DB" 'SELECT version, success FROM flyway_schema_history')"
ROW=$(sqlite3 "$DB" "SELECT applied FROM packaging_upgrade_test WHERE id = 1;")
[ "$ROW" = v2 ] || fail "the V9000 table is missing or empty"
log "after the upgrade: the contact is kept and migration V9000 is applied ($(sqlite3 "$DB" 'SELECT group_concat(version, ",") FROM flyway_schema_history'))"
