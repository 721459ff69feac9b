#!/usr/bin/env bash
# Checks the materialized product's workbench start, run by `mvn verify` after the product is built (needs a
# display: the build's tests run under xvfb-run). The launcher with no argument, in a fresh Framebench folder,
# must show the window with the articles (it says so when FRAMEBENCH_TIMINGS is set), with the framework and
# the launcher run from the unsigned copies in gui-lib/, the splash's native library named; the restart too
# (with the class-data archive the first one left); and, installed under a path that needs quoting in a URL, the
# same start from the signed originals in plugins/. No error log may be written.
# Usage: start-check.sh PRODUCT_DIR
set -uo pipefail
product="$(cd "$1" && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  echo "start-check: skipped (no DISPLAY; run the build under xvfb-run)"
  exit 0
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "start-check: FAILED $*"; failures=$((failures + 1)); }
ok() { echo "start-check: ok   $*"; }

# start_once LAUNCHER STATE NAME: starts, waits up to 90 s for the articles, keeps the JVM's command line, closes it.
start_once() {
  local launcher="$1" state="$2" name="$3" pid waited=0
  : >"$work/out"
  FRAMEBENCH_TIMINGS=1 FRAMEBENCH_HOME="$state" "$launcher" >"$work/out" 2>&1 &
  pid=$!
  while ! grep -qF "timings: window open with the articles painted" "$work/out"; do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    if [ "$waited" -ge 900 ]; then break; fi
    sleep 0.1; waited=$((waited + 1))
  done
  tr '\0' ' ' <"/proc/$pid/cmdline" >"$work/cmdline" 2>/dev/null || : >"$work/cmdline"
  if grep -qF "timings: window open with the articles painted" "$work/out"; then
    ok "$name: the window showed the articles"
  else
    fail "$name: no window with the articles within 90 s"; sed 's/^/  /' "$work/out" | tail -20
  fi
  grep -q "timings: phase platform started at [0-9]*$" "$work/out" && ok "$name: the phases of the start are printed" \
    || fail "$name: no 'timings: phase' lines"
  kill "$pid" 2>/dev/null
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then fail "$name: still running 30 s after being closed"; kill -9 "$pid"; fi
  if ls "$state"/configuration/*.log >/dev/null 2>&1; then
    fail "$name: the platform wrote an error log"; sed 's/^/  /' "$state"/configuration/*.log | head -30
  fi
}

start_once "$product/framebench" "$work/state" "first start"
grep -qF "$product/gui-lib/org.eclipse.equinox.launcher_" "$work/cmdline" && ok "the launcher runs from gui-lib/" \
  || { fail "the launcher does not run from gui-lib/"; cat "$work/cmdline"; }
grep -qF -- "-Dosgi.framework=file:$product/gui-lib/org.eclipse.osgi_" "$work/cmdline" && ok "the framework runs from gui-lib/" \
  || fail "the framework does not run from gui-lib/"
grep -qF -- "--launcher.library $product/plugins/org.eclipse.equinox.launcher.gtk.linux.x86_64_" "$work/cmdline" \
  && ok "the splash's native library is named" || fail "no --launcher.library for the splash"
for jar in "$product"/gui-lib/*.jar; do
  if unzip -l "$jar" 2>/dev/null | grep -qE 'META-INF/[^/]*\.(SF|RSA|DSA|EC)$'; then fail "$(basename "$jar") is still signed"; fi
done
ls "$work/state"/gui-classes-*.jsa >/dev/null 2>&1 && ok "the class-data archive was written on close" \
  || fail "no class-data archive after the first start"
start_once "$product/framebench" "$work/state" "restart"

# Under a path with a space and a $: the signed originals, the same window.
install="$work/My \$Apps/framebench"
mkdir -p "$(dirname "$install")" && cp -r "$product" "$install"
start_once "$install/framebench" "$work/state-quoted" "install path that needs quoting"
grep -qF "plugins/org.eclipse.equinox.launcher_" "$work/cmdline" && ok "there, the signed launcher in plugins/ is used" \
  || { fail "there, the launcher is not the one in plugins/"; cat "$work/cmdline"; }

if [ "$failures" -gt 0 ]; then echo "start-check: $failures FAILED"; exit 1; fi
echo "start-check: all passed"
