#!/usr/bin/env bash
# End-to-end check of the materialized product's command line, run by `mvn verify` after the product is
# built: the launcher script with DISPLAY unset, exit codes and one-line messages, a real workbook out.
# Usage: cli-check.sh PRODUCT_DIR FIXTURES_DIR   (fixtures: written by org.framebench.cli.tests)
set -uo pipefail
product="$1"; fixtures="$2"
if [ ! -f "$fixtures/ama.fbench" ]; then
  echo "cli-check: no fixtures in $fixtures (tests skipped?); not checking the command line."
  exit 0
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export FRAMEBENCH_HOME="$work/home"
failures=0
fb() { env -u DISPLAY -u WAYLAND_DISPLAY "$product/framebench" "$@" >"$work/out" 2>"$work/err"; echo $? >"$work/rc"; }
expect() { # expect EXIT_CODE DESCRIPTION
  local rc; rc="$(cat "$work/rc")"
  if [ "$rc" != "$1" ]; then
    echo "cli-check: FAILED $2: exit $rc, expected $1"; sed 's/^/  out: /' "$work/out"; sed 's/^/  err: /' "$work/err"
    failures=$((failures + 1))
  elif grep -qE 'Exception|^\s+at ' "$work/out" "$work/err"; then
    echo "cli-check: FAILED $2: a stack trace was printed"; cat "$work/err"; failures=$((failures + 1))
  else
    echo "cli-check: ok   $2 (exit $rc)"
  fi
}
contains() { # contains FILE TEXT DESCRIPTION
  if ! grep -qF -- "$2" "$work/$1"; then echo "cli-check: FAILED $3: $1 lacks '$2'"; cat "$work/$1"; failures=$((failures + 1)); fi
}

fb --help;                                            expect 0 "framebench --help"; contains out "validate" "overview lists validate"
fb validate "$fixtures/ama.fbench" "$fixtures/kofi.fbench"; expect 0 "validate two valid files"; contains out "2 of 2 files valid." "validate summary"
fb validate "$fixtures/ama.fbench" "$fixtures/broken.fbench"; expect 1 "validate with a damaged file"; contains out "INVALID  $fixtures/broken.fbench" "names the damaged file"
fb validate;                                          expect 2 "validate without files"
fb export --help;                                     expect 0 "export --help"
mkdir -p "$work/class"; cp "$fixtures"/*.fbench "$work/class/"
fb export "$work/class" --out "$work/class.xlsx";     expect 1 "export a class with a damaged file"
contains err "skipped $work/class/broken.fbench" "export names the damaged file"
if [ "$(wc -l <"$work/err")" != 1 ]; then echo "cli-check: FAILED export error is not one line"; cat "$work/err"; failures=$((failures + 1)); fi
if [ "$(head -c 2 "$work/class.xlsx" 2>/dev/null)" != "PK" ]; then echo "cli-check: FAILED no workbook written"; failures=$((failures + 1)); fi
fb export "$fixtures/ama.fbench" --out "$work/ama.csv" --csv; expect 0 "export one file to CSV"
fb export "$fixtures/ama.fbench" --out "$work/comparison.csv" --csv --table comparison; expect 0 "export the Comparison table to CSV"
contains out "to $work/comparison.csv" "comparison CSV written"
fb export "$fixtures/ama.fbench" --out "$work/syndication.csv" --csv --table syndication; expect 0 "export the republication differences to CSV"
if ! grep -q ',summary,Added before the article,' "$work/syndication.csv"; then echo "cli-check: FAILED syndication CSV lacks its summary"; failures=$((failures + 1)); fi
fb frobnicate;                                        expect 2 "unknown command"
# Other tools' formats (issue 14): one document out as W3C Web Annotation and as brat, and back in.
fb export "$fixtures/ama.fbench" --format w3c --out "$work/ama.jsonld"; expect 0 "export one document as W3C Web Annotation"
contains ama.jsonld '"@context": "http://www.w3.org/ns/anno.jsonld"' "the JSON-LD names the annotation context"
fb import --format w3c "$work/ama.jsonld" --into "$fixtures/ama.fbench" --out "$work/ama-w3c.fbench"; expect 0 "import it back"
fb validate "$work/ama-w3c.fbench";                   expect 0 "the imported W3C document is valid"
fb export "$fixtures/ama.fbench" --format brat --out "$work/ama-brat"; expect 0 "export one document as brat standoff"
if [ ! -s "$work/ama-brat/annotation.conf" ]; then echo "cli-check: FAILED brat export wrote no annotation.conf"; failures=$((failures + 1)); fi
fb import --format brat "$work/ama-brat" --out "$work/ama-brat.fbench"; expect 0 "import the brat folder into the example"
fb import --format nope "$work/ama-brat" --out "$work/x.fbench"; expect 2 "import with an unknown format"
mkdir -p "$work/graded" && cp "$fixtures/ama.fbench" "$fixtures/broken.fbench" "$work/graded/"
fb grade --key "$fixtures/kofi.fbench" --submissions "$work/graded" --out "$work/grades.xlsx"
expect 1 "grade a class with a damaged file against a key"
contains out "Graded 1 student against kofi.fbench" "grade summary"
contains err "left out $work/graded/broken.fbench" "grade names the damaged file"
if [ ! -s "$work/grades.xlsx" ]; then echo "cli-check: FAILED grade wrote no grade book"; failures=$((failures + 1)); fi
fb grade --submissions "$work/graded";               expect 2 "grade without --out"
# Feedback returned (issue 12): each graded student's own file with their feedback, and an HTML report.
fb return --key "$fixtures/kofi.fbench" --submissions "$work/graded" --out "$work/returned"
expect 1 "return feedback to a class with a damaged file"
contains out "Returned feedback to 1 student in $work/returned" "return summary"
fb validate "$work/returned/Ama-Mensah-returned.fbench"; expect 0 "the returned file is valid"
contains "returned/Ama-Mensah-feedback.html" "<!DOCTYPE html>" "the HTML report is written"

# Keys (issue 9): a copy of a student's file as the key, and a draft key from what a class agrees on.
fb key --from "$fixtures/ama.fbench" --out "$work/key.fbench" --author "Dr. Owusu"; expect 0 "key from a student's file"
contains out "a key by Dr. Owusu with 5 annotations" "key summary"
fb validate "$work/key.fbench";                       expect 0 "the key written is valid"; contains out ", key, 5 annotations" "the key has role key"
mkdir -p "$work/drafting" && cp "$fixtures/ama.fbench" "$fixtures/kofi.fbench" "$fixtures/broken.fbench" "$work/drafting/"
fb key --draft-from "$work/drafting" --min-share 1 --out "$work/draft.fbench"
expect 1 "draft a key from a class with a damaged file"
contains out "a draft key by Instructor with 5 annotations" "draft key summary (the 5 both students made)"
contains err "left out $work/drafting/broken.fbench" "draft names the damaged file"
fb validate "$work/draft.fbench";                     expect 0 "the draft key written is valid"
fb key --from "$fixtures/ama.fbench";                 expect 2 "key without --out"

# Alignment (issue 10): every sentence of the bundled articles, then a file's annotations, as JSON pairs.
start_ms=$(date +%s%3N)
fb align;                                             expect 0 "align the bundled articles"
echo "cli-check: align on the bundled assignment took $(( $(date +%s%3N) - start_ms )) ms end to end"
contains out '{"source": {"article": "bbc", "begin": 0, "end": 138}, "target": {"article": "bbc-ghana", "begin": 20, "end": 158}, "score": 1.0000}' "align pairs the BBC's first sentence with its republished copy"
fb align "$fixtures/ama.fbench" --top 2;              expect 0 "align a file's annotations"
contains out '"source": {"article": "third", "begin": 100, "end": 120}' "align starts from the file's annotations"
fb align --top 0;                                     expect 2 "align with a wrong --top"

# Attribution suggestions (issue 15): OpenNLP and its models on the command line's class path, no display.
start_ms=$(date +%s%3N)
fb suggest;                                           expect 0 "suggest on the bundled assignment"
echo "cli-check: suggest on the bundled assignment took $(( $(date +%s%3N) - start_ms )) ms end to end"
contains out '"text": "Libyan government spokesman Musa Ibrahim", "confidence": ' "suggest finds a named source"
contains out '"code": "A8", "text": "denied"' "suggest finds a denial"
if [ -s "$work/err" ]; then echo "cli-check: FAILED suggest printed on stderr"; cat "$work/err"; failures=$((failures + 1)); fi
fb key --suggest --out "$work/suggested.fbench";      expect 0 "a draft key from suggestions"
contains out "a draft key by Instructor with " "suggested key summary"
fb validate "$work/suggested.fbench";                 expect 0 "the suggested draft key is valid"
fb suggest "$fixtures/broken.fbench";                 expect 1 "suggest on a damaged file"

# A non-ASCII file name under LANG=C (issue 8): the launcher runs Java in a UTF-8 locale, so it is read.
uni="$work/Ünïcödé"; mkdir -p "$uni"; cp "$fixtures/ama.fbench" "$uni/Ünïcödé.fbench"
LANG=C LC_ALL=C fb validate "$uni/Ünïcödé.fbench";   expect 0 "LANG=C: validate a non-ASCII file name"
contains out "valid    $uni/Ünïcödé.fbench: Ama Mensah" "LANG=C: validate names the non-ASCII file"
LANG=C LC_ALL=C fb export "$uni/Ünïcödé.fbench" --out "$uni/Ünïcödé.xlsx"; expect 0 "LANG=C: export a non-ASCII file name"
if [ "$(head -c 2 "$uni/Ünïcödé.xlsx" 2>/dev/null)" != "PK" ]; then echo "cli-check: FAILED LANG=C: no workbook written"; failures=$((failures + 1)); fi
LANG=C LC_ALL=C fb grade --key "$fixtures/kofi.fbench" --submissions "$uni" --out "$work/grädes.xlsx"
expect 0 "LANG=C: grade a class folder with a non-ASCII name"; contains out "Graded 1 student against kofi.fbench" "LANG=C: grade summary"
# ...and on a machine without any UTF-8 locale (a stand-in 'locale' says so), Java cannot hold the name:
# one plain line naming it and saying what to do, exit 1, never "unexpected internal error".
mkdir -p "$work/no-utf8"
printf '#!/bin/sh\nif [ "$1" = -a ]; then printf "C\\nPOSIX\\n"; else echo ANSI_X3.4-1968; fi\n' >"$work/no-utf8/locale"
chmod +x "$work/no-utf8/locale"
PATH="$work/no-utf8:$PATH" LANG=C LC_ALL=C fb validate "$uni/Ünïcödé.fbench" "$fixtures/ama.fbench"
expect 1 "LANG=C without a UTF-8 locale: validate a non-ASCII file name"
contains out "cannot read this file name: it has characters (such as letters with accents) that the system's language setting (LC_ALL=C" "LANG=C without UTF-8: says why"
contains out "e.g. LC_ALL=C.UTF-8" "LANG=C without UTF-8: says what to do"
contains out "valid    $fixtures/ama.fbench" "LANG=C without UTF-8: the other file is still validated"
if grep -q "internal error" "$work/out" "$work/err"; then echo "cli-check: FAILED LANG=C: internal error"; failures=$((failures + 1)); fi
PATH="$work/no-utf8:$PATH" LANG=C LC_ALL=C fb grade --key "$uni/Ünïcödé.fbench" --submissions "$uni" --out "$work/g.xlsx"
expect 1 "LANG=C without a UTF-8 locale: grade with a non-ASCII key name"; contains err "cannot read this file name" "grade names the key"
if [ "$(wc -l <"$work/err")" != 1 ]; then echo "cli-check: FAILED grade's error is not one line"; cat "$work/err"; failures=$((failures + 1)); fi

if [ "$failures" -gt 0 ]; then echo "cli-check: $failures check(s) failed"; exit 1; fi
echo "cli-check: all command-line checks passed with no display"
