#!/usr/bin/env bash
# Checks the IDE-like install into which the build installed Framebench from its p2 site (pom.xml):
# what p2 installed and configured, then Framebench's headless export run as an Eclipse application inside
# OSGi in that install (POI, its dependencies and the Log4j provider all from the site), the workbook read
# back with POI.
# Usage: ide-check.sh INSTALL_DIR FIXTURES_DIR JAVA   (fixtures: written by org.framebench.cli.tests)
set -uo pipefail
install="$1"; fixtures="$2"; java="$3"
failures=0
fail() { echo "ide-check: FAILED $*"; failures=$((failures + 1)); }
ok() { echo "ide-check: ok   $*"; }
info="$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
if [ ! -f "$info" ]; then echo "ide-check: FAILED no $info: the IDE-like install is missing"; exit 1; fi

# 1. What p2 installed from the site: Framebench, every third-party bundle it needs, EMF Edit; the IDE's own bundles.
for bundle in org.eclipse.ui.ide org.eclipse.ui.ide.application org.eclipse.core.resources org.eclipse.ui.navigator.resources \
    org.framebench.ui org.framebench.cli org.framebench.ui.export org.framebench.ui.review org.framebench.export.xlsx \
    com.google.gson wrapped.org.apache.poi.poi wrapped.org.apache.poi.poi-ooxml wrapped.org.apache.poi.poi-ooxml-lite \
    wrapped.org.apache.xmlbeans.xmlbeans wrapped.com.zaxxer.SparseBitSet org.apache.commons.commons-compress \
    org.apache.commons.commons-io org.apache.commons.commons-collections4 org.apache.commons.commons-codec \
    org.apache.commons.math3 org.apache.logging.log4j.api org.apache.logging.log4j.to.jul org.jsoup org.apache.pdfbox \
    io.github.java-diff-utils org.eclipse.emf.edit org.framebench.suggest wrapped.org.apache.opennlp.opennlp-tools \
    wrapped.org.apache.opennlp.opennlp-models-pos-en slf4j.api org.framebench.ui.interchange org.framebench.interchange.uima \
    org.framebench.interchange.refiqda; do
  if grep -q "^$bundle," "$info"; then ok "installed: $bundle"; else fail "not installed: $bundle"; fi
done
# log4j-to-jul started at level 3 (the feature's p2.inf), as the product does: without it POI hangs.
if grep -qE '^org\.apache\.logging\.log4j\.to\.jul,[^,]*,[^,]*,3,true$' "$info"; then ok "log4j-to-jul starts at level 3"
else fail "log4j-to-jul is not started at level 3: $(grep '^org.apache.logging.log4j.to.jul,' "$info")"; fi

# 2. The headless export as an Eclipse application in that install (OSGi, the installed bundles).
if [ ! -f "$fixtures/ama.fbench" ]; then
  echo "ide-check: no fixtures in $fixtures (tests skipped?); not running the export."
  [ "$failures" = 0 ] || exit 1
  exit 0
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
launcher="$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar | head -n1)"
start=$(date +%s%N)
# A hang (POI without a Log4j provider) shows as exit 124 after two minutes.
env -u DISPLAY -u WAYLAND_DISPLAY FRAMEBENCH_HOME="$work/home" timeout 120 "$java" -jar "$launcher" -nosplash \
    -configuration "$work/configuration" -install "$install" -data "$work/workspace" \
    -application org.framebench.cli.application export "$fixtures/ama.fbench" --out "$work/ama.xlsx" \
    >"$work/out" 2>"$work/err"
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$rc" != 0 ]; then
  fail "export in the IDE install: exit $rc$([ "$rc" = 124 ] && echo ' (hung: no Log4j provider?)')"
  sed 's/^/  out: /' "$work/out"; sed 's/^/  err: /' "$work/err"
  ls "$work/configuration"/*.log >/dev/null 2>&1 && tail -40 "$work/configuration"/*.log
elif [ ! -s "$work/ama.xlsx" ]; then fail "export in the IDE install wrote no workbook"
else ok "export in the IDE install (-application org.framebench.cli.application, ${ms} ms)"; fi

# 3. The workbook read back with POI: the jars p2 installed, outside OSGi.
if [ -s "$work/ama.xlsx" ]; then
  cp=""
  for name in wrapped.org.apache.poi.poi_ wrapped.org.apache.poi.poi-ooxml_ wrapped.org.apache.poi.poi-ooxml-lite_ \
      wrapped.org.apache.xmlbeans.xmlbeans_ wrapped.com.zaxxer.SparseBitSet_ org.apache.commons.commons-compress_ \
      org.apache.commons.commons-io_ org.apache.commons.commons-collections4_ org.apache.commons.commons-codec_ \
      org.apache.commons.math3_ org.apache.logging.log4j.api_ org.apache.logging.log4j.to.jul_; do
    jar="$(ls "$install"/plugins/"$name"*.jar 2>/dev/null | head -n1)"
    [ -n "$jar" ] && cp="$cp:$jar"
  done
  if "$java" -cp "${cp#:}" "$(dirname "$0")/ReadBack.java" "$work/ama.xlsx" "Ama Mensah" 5 >"$work/read" 2>&1; then
    ok "workbook read back with POI: $(tail -n1 "$work/read")"
  else
    fail "workbook read back with POI"; sed 's/^/  /' "$work/read"
  fi
fi

# 4. The IDE itself (its application, org.eclipse.ui.ide.workbench) under the display (Xvfb in CI), with the smoke
# test bundle: a .fbench in a workspace project opened as the Project Explorer does, annotated, saved, read back.
if [ -z "${DISPLAY:-}" ]; then
  echo "ide-check: no DISPLAY; not starting the IDE (run the build under xvfb-run)."
else
  start=$(date +%s%N)
  FRAMEBENCH_HOME="$work/home" timeout 180 "$java" -Dframebench.smoke.out="$work/smoke.txt" -jar "$launcher" -nosplash \
      -configuration "$work/configuration-ide" -install "$install" -data "$work/ide-workspace" \
      -application org.eclipse.ui.ide.workbench >"$work/ide-out" 2>&1
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ ! -f "$work/smoke.txt" ]; then
    fail "the IDE ran no smoke test (exit $rc$([ "$rc" = 124 ] && echo ', timed out'))"; tail -30 "$work/ide-out"
    ls "$work/ide-workspace/.metadata/.log" >/dev/null 2>&1 && tail -40 "$work/ide-workspace/.metadata/.log"
  else
    sed 's/^/ide-check: IDE: /' "$work/smoke.txt"
    if grep -q '^FAILED' "$work/smoke.txt" || ! grep -q 'saved back to the workspace file' "$work/smoke.txt"; then
      fail "in the IDE"
      ls "$work/ide-workspace/.metadata/.log" >/dev/null 2>&1 && tail -40 "$work/ide-workspace/.metadata/.log"
    else ok "the IDE application: a workspace .fbench opened, annotated and saved (${ms} ms, start to close)"; fi
  fi
fi

if [ "$failures" != 0 ]; then echo "ide-check: $failures FAILED"; exit 1; fi
echo "ide-check: all passed"
