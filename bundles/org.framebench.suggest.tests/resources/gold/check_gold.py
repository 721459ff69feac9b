#!/usr/bin/env python3
"""Standalone check of the attribution gold set (the same checks as GoldSetTest, without a build).

Reads the article texts the way the product does (corpus/manifest.json + corpus/*.txt, strict UTF-8, unchanged:
CorpusLoader keeps the file text as it is) and the held-out texts the way Assignments.setText stores them (CRLF/CR -> LF,
trailing white space dropped), then asserts for every span that its text equals the substring at its UTF-16 offsets,
that codes come from the codebook's right group, and that ids, nestedIn and continues are consistent.
Usage: python3 check_gold.py [--show]   (run from anywhere; paths are found relative to this file)"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
SOURCE = {"S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"}
CONTENT = {"A1", "A2", "A3"}
CUE = {"A4", "A5", "A6", "A7", "A8"}
ROLES = {"source": SOURCE, "cue": CUE, "content": CONTENT, "channel": {"S5", "S6"}}
errors = []

def utf16(text, begin, end):
    data = text.encode('utf-16-le')
    return data[2 * begin:2 * end].decode('utf-16-le')

def utf16_len(text):
    return len(text.encode('utf-16-le')) // 2

def check(name, text, records, prefix):
    ids = [r.get("id") for r in records]
    if len(set(ids)) != len(ids):
        errors.append(f"{name}: duplicate ids")
    byid = {r["id"]: r for r in records}
    for r in records:
        rid = r.get("id")
        if not re.fullmatch(re.escape(prefix) + r"-\d+", rid or ""):
            errors.append(f"{name}: id {rid!r} should be {prefix}-N")
        if not any(r.get(k) for k in ("source", "cue", "content")):
            errors.append(f"{rid}: no span at all")
        if r.get("source") is None and r.get("implicitSource") not in (None, *SOURCE):
            errors.append(f"{rid}: implicitSource {r.get('implicitSource')!r} is no source code")
        for role, codes in ROLES.items():
            s = r.get(role)
            if s is None:
                continue
            b, e = s["begin"], s["end"]
            if not (0 <= b < e <= utf16_len(text)):
                errors.append(f"{rid} {role}: bad offsets {b}..{e}")
                continue
            if utf16(text, b, e) != s["text"]:
                errors.append(f"{rid} {role}: text {s['text']!r} but the article has {utf16(text, b, e)!r} at {b}..{e}")
            if s.get("code") not in codes:
                errors.append(f"{rid} {role}: code {s.get('code')!r} not one of {sorted(codes)}")
        for link in ("nestedIn", "continues"):
            if link in r and r[link] not in byid:
                errors.append(f"{rid}: {link} names unknown record {r[link]!r}")
        if "continues" in r and r["continues"] in byid:
            prev = byid[r["continues"]]
            if r.get("source") != prev.get("source") or r.get("cue") != prev.get("cue"):
                errors.append(f"{rid}: a continuation shares the source and cue of {prev['id']}")
        if "nestedIn" in r and r["nestedIn"] in byid:
            outer = byid[r["nestedIn"]].get("content")
            inner = r.get("content") or r.get("cue")
            if outer and inner and not (outer["begin"] <= inner["begin"] and inner["end"] <= outer["end"]):
                errors.append(f"{rid}: nested record lies outside the content of {r['nestedIn']}")

def show(name, records):
    print(f"== {name} ({len(records)})")
    for r in records:
        def f(role):
            s = r.get(role)
            return "-" if s is None else f"[{s['code']}] {s['text']}"
        extra = " ".join(f"{k}={r[k]}" for k in ("nestedIn", "continues", "implicitSource", "debatable", "boilerplate") if k in r)
        print(f"{r['id']:<14} SRC {f('source')} | CUE {f('cue')} | {f('content')}" + (f" | CH {f('channel')}" if r.get('channel') else "") + (f"  ({extra})" if extra else ""))

def counts(all_records):
    c = Counter()
    for r in all_records:
        for role in ("source", "cue", "content", "channel"):
            if r.get(role):
                c[f"{role}:{r[role]['code']}"] += 1
        if r.get("implicitSource"):
            c[f"source:{r['implicitSource']}(implicit)"] += 1
    return c

def main():
    manifest = json.load(open(os.path.join(ROOT, 'corpus', 'manifest.json'), encoding='utf-8'))
    gold = json.load(open(os.path.join(HERE, 'attributions.json'), encoding='utf-8'))
    texts = {}
    for a in manifest["articles"]:
        with open(os.path.join(ROOT, 'corpus', a["file"]), 'rb') as f:
            texts[a["id"]] = f.read().decode('utf-8', errors='strict')
    if set(gold["articles"]) != set(texts):
        errors.append(f"gold articles {sorted(gold['articles'])} != manifest articles {sorted(texts)}")
    shown = []
    for aid, recs in gold["articles"].items():
        if aid in texts:
            check(aid, texts[aid], recs, aid)
            shown.append((aid, recs))
    held = json.load(open(os.path.join(HERE, 'heldout.json'), encoding='utf-8'))
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'heldout')) if f.endswith('.txt'))
    if sorted(held["articles"]) != files:
        errors.append(f"heldout.json keys {sorted(held['articles'])} != heldout/*.txt {files}")
    for fname, recs in held["articles"].items():
        raw = open(os.path.join(HERE, 'heldout', fname), 'rb').read().decode('utf-8', errors='strict')
        text = raw.replace('\r\n', '\n').replace('\r', '\n').rstrip()
        check(fname, text, recs, fname[:-4])
        shown.append((fname, recs))
    test = json.load(open(os.path.join(HERE, 'testset.json'), encoding='utf-8'))
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'testset')) if f.endswith('.txt'))
    if sorted(test["articles"]) != files:
        errors.append(f"testset.json keys {sorted(test['articles'])} != testset/*.txt {files}")
    for fname, recs in test["articles"].items():
        raw = open(os.path.join(HERE, 'testset', fname), 'rb').read().decode('utf-8', errors='strict')
        text = raw.replace('\r\n', '\n').replace('\r', '\n').rstrip()
        check(fname, text, recs, fname[:-4])
        shown.append((fname, recs))
    if "--show" in sys.argv:
        for name, recs in shown:
            show(name, recs)
        for name, recs in shown:
            print(name, len(recs), dict(sorted(counts(recs).items())))
    for e in errors:
        print("ERROR", e)
    total = sum(len(r) for _, r in shown)
    print(("FAILED" if errors else "OK") + f": {total} records in {len(shown)} texts, {len(errors)} errors")
    sys.exit(1 if errors else 0)

main()
