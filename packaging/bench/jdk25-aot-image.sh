#!/bin/bash
# JDK 25 AOT cache trial (issue 16, decision record 0041): the same app jars as the build's app image,
# packaged on a runtime linked by JDK 25's jlink instead of the build JDK's, with an AOT cache
# (JEP 483/514/515) made by a training run that opens the first window, in place of JDK 17's AppCDS.
# Also packages the bare window (packaging/bench/BareWindow.java) on the same JDK 25 runtime, and, for
# comparison, copies today's JDK 17 app image and makes its AppCDS archive as the .deb's postinst does.
# Nothing is installed; nothing outside OUT is written (target/ is only read).
#
# Needs: a build of `mvn -B -o -Ppackage package -DskipTests` (target/jlink, target/jpackage,
# target/jlink-config), a JDK 25 with "Linking from run-time image enabled" (Temurin 25 has no jmods),
# Xvfb (xvfb-run) for the training run.
# usage: [REUSE=1] packaging/bench/jdk25-aot-image.sh OUT [JDK25_HOME]   (default /usr/lib/jvm/temurin-25-jdk-amd64)
# makes: OUT/j17/Netdesk (today's image + netdesk.jsa), OUT/j17/Bare, OUT/j25/runtime,
#        OUT/j25/Netdesk (+ lib/app/netdesk.aot), OUT/j25/Bare
set -euo pipefail

OUT=$(mkdir -p "$1" && cd "$1" && pwd)
J25=${2:-/usr/lib/jvm/temurin-25-jdk-amd64}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
FXMODS=target/jlink/javafx-mods
[ -d target/jpackage/app-image/Netdesk ] || { echo "no target/jpackage/app-image/Netdesk: build -Ppackage first" >&2; exit 1; }
"$J25/bin/jlink" --help | grep -q 'Linking from run-time image enabled' || [ -d "$J25/jmods" ] || {
    echo "$J25 has neither jmods nor linking from the run-time image" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RUN=""
[ -n "${DISPLAY:-}" ] || RUN="xvfb-run -a"

# The bare window's jar (release 17, as the build's).
mkdir -p "$WORK/bare/classes" "$WORK/bare/input"
javac --release 17 --module-path "$FXMODS" --add-modules javafx.controls \
    -d "$WORK/bare/classes" packaging/bench/BareWindow.java
jar --create --file "$WORK/bare/input/bare.jar" -C "$WORK/bare/classes" .

if [ "${REUSE:-}" != 1 ]; then
# --- JDK 17: today's app image, with the AppCDS archive dumped at its new place (as postinst does).
rm -rf "$OUT/j17"
mkdir -p "$OUT/j17"
cp -a target/jpackage/app-image/Netdesk "$OUT/j17/Netdesk"
APP17="$OUT/j17/Netdesk/lib/app"
CP17=$(sed -n "s#^app.classpath=\\\$APPDIR#$APP17#p" "$APP17/Netdesk.cfg" | paste -sd: -)
"$OUT/j17/Netdesk/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APP17/netdesk.classlist" \
    -XX:SharedArchiveFile="$APP17/netdesk.jsa" -cp "$CP17" >"$WORK/dump17.log" 2>&1 \
    || { cat "$WORK/dump17.log" >&2; exit 1; }
jpackage --type app-image --runtime-image target/jlink/runtime --input "$WORK/bare/input" --main-jar bare.jar \
    --main-class bench.BareWindow --name Bare --dest "$OUT/j17" --java-options "-Xshare:auto"

# --- JDK 25: the same modules and the same JavaFX modular jars, linked by JDK 25's jlink from its own
# run-time image (JEP 493), with the base CDS archive as today.
rm -rf "$OUT/j25"
mkdir -p "$OUT/j25"
"$J25/bin/jlink" @target/jlink-config/modules.args --module-path "$FXMODS" --include-locales=en,da \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$OUT/j25/runtime"
fi   # REUSE=1: keep OUT/j17 and OUT/j25/runtime from an earlier run, redo the JDK 25 image and training
rm -rf "$OUT/j25/Netdesk" "$OUT/j25/Bare"

# jpackage 25 with today's argument files; only the runtime, the destination and AppCDS → AOT cache change.
# -Xshare:auto goes too: JDK 25 refuses to start with it beside -XX:AOTCache ("Option AOTCache cannot be used
# at the same time with -Xshare:on, -Xshare:auto, ..."); the cache is optional anyway (AOTMode=auto).
sed -e "s#^--runtime-image .*#--runtime-image $OUT/j25/runtime#" -e "s#^--dest .*#--dest $OUT/j25#" \
    -e '/-Xshare:auto/d' target/jlink-config/app-image.args >"$WORK/app-image.args"
sed -e 's#-XX:SharedArchiveFile=\$APPDIR/netdesk.jsa#-XX:AOTCache=$APPDIR/netdesk.aot#' \
    target/jlink-config/app-image-linux.args >"$WORK/app-image-linux.args"
grep -q AOTCache "$WORK/app-image-linux.args" || { echo "no SharedArchiveFile line to replace" >&2; exit 1; }
"$J25/bin/jpackage" @target/jlink-config/metadata.args @"$WORK/app-image.args" @"$WORK/app-image-linux.args"
rm -f "$OUT/j25/Netdesk/lib/app/netdesk.classlist"

# The training run: the launcher's own JVM options (from its .cfg, minus the AOTCache one) and class path,
# the first window, 2 s, quit; the JVM writes the cache on exit (JEP 514, one step). The cache is only used
# when the options at run time match these.
APP25="$OUT/j25/Netdesk/lib/app"
CP25=$(sed -n "s#^app.classpath=\\\$APPDIR#$APP25#p" "$APP25/Netdesk.cfg" | paste -sd: -)
mapfile -t OPTS < <(sed -n "s#^java-options=##p" "$APP25/Netdesk.cfg" | grep -v AOTCache | sed "s#\\\$APPDIR#$APP25#g")
echo "training with: ${OPTS[*]}" >&2
# shellcheck disable=SC2086
HOME="$WORK/home" timeout 300 $RUN "$OUT/j25/Netdesk/lib/runtime/bin/java" "${OPTS[@]}" \
    -XX:AOTCacheOutput="$APP25/netdesk.aot" \
    -Dnetdesk.exitAfterFirstFrame=true -Dnetdesk.exitDelayMs=2000 -Duser.language=en \
    -cp "$CP25" dk.netdesk.app.Netdesk --data-dir "$WORK/data" >"$WORK/train.log" 2>&1 \
    || { cat "$WORK/train.log" >&2; exit 1; }
[ -s "$APP25/netdesk.aot" ] || { cat "$WORK/train.log" >&2; echo "no AOT cache written" >&2; exit 1; }
tail -3 "$WORK/train.log" >&2

"$J25/bin/jpackage" --type app-image --runtime-image "$OUT/j25/runtime" --input "$WORK/bare/input" \
    --main-jar bare.jar --main-class bench.BareWindow --name Bare --dest "$OUT/j25" --java-options "-Xshare:auto"

du -sh "$OUT"/j17/Netdesk/lib/runtime "$OUT"/j17/Netdesk/lib/app/netdesk.jsa "$OUT/j25/runtime" "$APP25/netdesk.aot" >&2
