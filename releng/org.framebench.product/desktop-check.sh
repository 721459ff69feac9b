#!/usr/bin/env bash
# Checks the materialized product's desktop integration, run by `mvn verify` after the product is built:
# `framebench --install-desktop` into a throw-away home (a folder name with a space and a $), the files it
# writes and their content, the MIME database answering for a .fbench file, --uninstall-desktop; and the
# splash and window icons the product is configured with.
# Usage: desktop-check.sh PRODUCT_DIR
set -uo pipefail
product="$1"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "desktop-check: FAILED $*"; failures=$((failures + 1)); }
ok() { echo "desktop-check: ok   $*"; }
has() { # has FILE TEXT DESCRIPTION
  if grep -qxF -- "$2" "$1"; then ok "$3"; else fail "$3: $1 lacks the line '$2'"; sed 's/^/  /' "$1"; fi
}

# An install folder whose path needs quoting in the desktop entry's Exec line.
install="$work/My \$Apps/framebench"
mkdir -p "$(dirname "$install")" && cp -r "$product" "$install"
home="$work/home"; data="$home/.local/share"
run() { env -u XDG_DATA_HOME HOME="$home" FRAMEBENCH_HOME="$work/state" "$install/framebench" "$@" >"$work/out" 2>"$work/err"; echo $? >"$work/rc"; }

run --install-desktop
if [ "$(cat "$work/rc")" = 0 ]; then ok "framebench --install-desktop (exit 0)"; else fail "--install-desktop exit $(cat "$work/rc")"; cat "$work/err"; fi
grep -qF "applications menu" "$work/out" && ok "says what it did" || { fail "no plain-words summary"; cat "$work/out"; }
[ -e "$work/state" ] && fail "--install-desktop started Framebench (its state folder exists)"
entry="$data/applications/framebench.desktop"
if [ -f "$entry" ]; then
  has "$entry" "[Desktop Entry]" "desktop entry's group"
  has "$entry" "Type=Application" "desktop entry is an application"
  has "$entry" "Name=Framebench" "desktop entry's name"
  has "$entry" "Exec=\"$work/My \\\\\$Apps/framebench/framebench\" %F" "Exec names this launcher, quoted and escaped, with %F"
  has "$entry" "Icon=framebench" "desktop entry's icon"
  has "$entry" "MimeType=application/x-framebench;" "desktop entry opens .fbench files"
  has "$entry" "StartupWMClass=Framebench" "desktop entry matches the window"
  if grep -q '@' "$entry"; then fail "a placeholder is left in the desktop entry"; fi
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$entry" && ok "desktop-file-validate" || fail "desktop-file-validate"
  fi
else
  fail "no desktop entry at $entry"
fi
mime="$data/mime/packages/framebench.xml"
if [ -f "$mime" ]; then
  grep -qF '<mime-type type="application/x-framebench">' "$mime" && ok "MIME type declared" || fail "MIME type not declared"
  grep -qF '<glob pattern="*.fbench"/>' "$mime" && ok "MIME glob *.fbench" || fail "no *.fbench glob"
  if command -v xmllint >/dev/null 2>&1; then xmllint --noout "$mime" && ok "MIME XML well-formed" || fail "MIME XML"; fi
  python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$mime" 2>/dev/null && ok "MIME XML parses" || fail "MIME XML does not parse"
else
  fail "no MIME package at $mime"
fi
if command -v update-mime-database >/dev/null 2>&1; then
  if grep -qF 'application/x-framebench:*.fbench' "$data/mime/globs2" 2>/dev/null; then ok "the MIME database knows *.fbench"; else fail "update-mime-database was not run or ignored the package"; fi
fi
for size in 16 32 48 64 128 256; do
  for icon in "apps/framebench.png" "mimetypes/application-x-framebench.png"; do
    f="$data/icons/hicolor/${size}x${size}/$icon"
    if [ "$(head -c 8 "$f" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then fail "no PNG at $f"; fi
  done
done
ok "icons in the hicolor theme, 16 to 256 px"

run --uninstall-desktop
[ "$(cat "$work/rc")" = 0 ] && ok "framebench --uninstall-desktop (exit 0)" || fail "--uninstall-desktop exit $(cat "$work/rc")"
left="$(find "$data" -name 'framebench.desktop' -o -name 'framebench.xml' -o -name 'framebench.png' -o -name 'application-x-framebench.png' | head -3)"
[ -z "$left" ] && ok "uninstall removes every file" || fail "left behind: $left"

# Splash and window icons, as configured in the built product.
config="$product/configuration/config.ini"
grep -q '^osgi.splashPath=platform\\:/base/plugins/org.framebench.ui' "$config" && ok "config.ini names the splash's bundle" \
  || { fail "config.ini has no osgi.splashPath for org.framebench.ui"; grep splash "$config"; }
grep -qF -- '-showsplash' "$product/framebench" && ok "the launcher shows the splash" || fail "the launcher does not pass -showsplash"
ui="$(ls -d "$product"/plugins/org.framebench.ui_* 2>/dev/null | head -n1)"
listing() { if [ -d "$ui" ]; then (cd "$ui" && find . -type f | sed 's|^\./||'); else unzip -Z1 "$ui"; fi; }
files="$(listing)"
grep -qx 'splash.bmp' <<<"$files" && ok "splash.bmp is in org.framebench.ui" || fail "splash.bmp missing from $ui"
pluginxml="$(if [ -d "$ui" ]; then cat "$ui/plugin.xml"; else unzip -p "$ui" plugin.xml; fi)"
images="$(printf '%s\n' "$pluginxml" | sed -n 's/.*name="windowImages" value="\([^"]*\)".*/\1/p')"
[ -n "$images" ] && ok "the product names window images" || fail "no windowImages property"
for image in ${images//,/ }; do
  grep -qxF "$image" <<<"$files" || fail "window image $image is not in the bundle"
done
for property in startupProgressRect startupMessageRect startupForegroundColor; do
  grep -qF "name=\"$property\"" <<<"$pluginxml" && ok "product property $property" || fail "no product property $property"
done

if [ "$failures" -gt 0 ]; then echo "desktop-check: $failures FAILED"; exit 1; fi
echo "desktop-check: all passed"
