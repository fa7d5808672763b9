#!/bin/sh
# AppCDS training run (Linux build step, called by the Maven "package" profile).
# Starts the app image once with the runtime's own java and the launcher's exact class path,
# lets it show its first window, waits for the first contacts load and quits; the JVM writes
# the loaded classes to lib/app/netdesk.classlist. The .deb's postinst dumps the archive
# lib/app/netdesk.jsa from that list at the install path, where bin/Netdesk looks for it.
#
# usage: packaging/cds-training.sh <app image folder, e.g. target/jpackage/app-image/Netdesk>
set -eu

IMAGE=$(cd "$1" && pwd)
APP="$IMAGE/lib/app"
JAVA="$IMAGE/lib/runtime/bin/java"
LIST="$APP/netdesk.classlist"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

CP=$(sed -n "s#^app.classpath=\\\$APPDIR#$APP#p" "$APP/Netdesk.cfg" | paste -sd: -)
[ -n "$CP" ] || { echo "cds-training: no class path in $APP/Netdesk.cfg" >&2; exit 1; }

RUN=""
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null 2>&1 || {
        echo "cds-training: no DISPLAY and no xvfb-run (apt-get install xvfb); cannot train AppCDS" >&2
        exit 1
    }
    RUN="xvfb-run -a"
fi

rm -f "$LIST"
# HOME and the data folder are throwaway, so a developer's own data is never opened.
# shellcheck disable=SC2086
HOME="$WORK/home" timeout 120 $RUN "$JAVA" -Xshare:off -XX:DumpLoadedClassList="$LIST" \
    -Dnetdesk.exitAfterFirstFrame=true -Dnetdesk.exitDelayMs=2000 -Duser.language=en \
    -cp "$CP" dk.netdesk.app.Netdesk --data-dir "$WORK/data" >"$WORK/out.log" 2>&1 || {
    echo "cds-training: the training run failed:" >&2
    cat "$WORK/out.log" >&2
    exit 1
}
[ -s "$LIST" ] || { echo "cds-training: no class list was written" >&2; exit 1; }
echo "cds-training: $(wc -l <"$LIST") classes in $LIST"
