#!/usr/bin/env bash
# Run by `mvn package` after the product is materialized: unsigned copies, in cli-lib/, of the signed jars the
# command line loads (EMF's). The JVM checks every class of a signed jar against its signature and keeps none
# of them in the command's class-data archive: a third of the start of `framebench validate`. The workbench
# (OSGi) keeps using the signed originals in plugins/; the launcher puts cli-lib/ first on the commands' class
# path. Also, in gui-lib/, unsigned copies of the launcher and the framework (org.eclipse.osgi), which the
# workbench's JVM loads from its class path (the launcher script starts them from there): the same reasons.
# Uses the JDK's jar tool only (no zip on the build machine needed).
# Usage: cli-jars.sh PRODUCT_DIR JAR_TOOL
set -euo pipefail
product="$(cd "$1" && pwd)"; jar_tool="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# unsigned_copies OUT_DIR BUNDLE_NAME...
unsigned_copies() {
  local out="$1" name jar dir; shift
  rm -rf "$out"; mkdir -p "$out"
  for name in "$@"; do
    for jar in "$product"/plugins/"$name"_[0-9]*.jar; do
      [ -e "$jar" ] || { echo "cli-jars: no $name in $product/plugins" >&2; exit 1; }
      dir="$work/$(basename "$jar" .jar)"; mkdir -p "$dir"
      (cd "$dir" && "$jar_tool" xf "$jar")
      rm -f "$dir"/META-INF/*.SF "$dir"/META-INF/*.RSA "$dir"/META-INF/*.DSA "$dir"/META-INF/*.EC
      # The manifest's per-entry digests stay (harmless without a signature file): the copy is the same classes.
      "$jar_tool" cfm "$out/$(basename "$jar")" "$dir/META-INF/MANIFEST.MF" -C "$dir" .
    done
  done
}
out="$product/cli-lib"
unsigned_copies "$out" org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi
unsigned_copies "$product/gui-lib" org.eclipse.equinox.launcher org.eclipse.osgi
# The jars of plugins/ the workbench's start loads classes from, rewritten uncompressed in place (StoredJars.java:
# same entries, same bytes, signatures intact). Its classes come from the class-data archive, but a bundle's
# class loader still reads every class's bytes from its jar for the JVM to match them with the archived one:
# inflating them was the largest part of a restart's class loading. Measured (issue 16, 8 interleaved restarts
# each, load average 2-4): CPU to the window with the articles 2,535 -> 2,390 ms. The jars only the commands or
# later work read (POI, OpenNLP, PDFBox, ICU, ...) stay compressed: the install grows by 29 MB, not 86.
start_jars=()
for jar in "$product"/plugins/*.jar; do
  case "$(basename "$jar")" in
    org.eclipse.*|org.apache.felix.*|org.apache.batik.*|org.apache.xml.apis.ext_*|org.osgi.*|com.github.weisj.*|jakarta.*| \
    com.google.gson_*|org.apache.logging.*|org.framebench.ui_*|org.framebench.model_*|org.framebench.core_*) start_jars+=("$jar") ;;
  esac
done
"$(dirname "$jar_tool")/java" "$(dirname "${BASH_SOURCE[0]}")/StoredJars.java" "${start_jars[@]}"
echo "cli-jars: $(ls "$product/gui-lib" | wc -l) unsigned copies in $product/gui-lib"
echo "cli-jars: $(ls "$out" | wc -l) unsigned copies in $out"
