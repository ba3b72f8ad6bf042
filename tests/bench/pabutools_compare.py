#!/usr/bin/env python3
"""Counting against pabutools 1.2.3 (issue 17): same winners, and how much faster.

    python3 tests/bench/pabutools_compare.py [--bin target/release/musharaka]
        [--data /work/shared/pabulib] [--files NAME ...] [--rules RULE,...]
        [--runs 5] [--rule-timeout 120]

For every real pabulib file in `--data` (test data: read in place, never copied into the
repository) and every rule, it times

- ours: the whole process `musharaka pb count --rule RULE FILE` (start, parse, count, print),
  the median of `--runs` runs;
- pabutools: `parse_pabulib` + the rule's call (`count` of
  `crates/pbcount/scripts/pabutools_time.py`: the calls recorded in
  `/work/shared/pabulib/expected-sample.json`), timed inside one Python process per file (the interpreter's start and the
  imports are left out, in pabutools' favour); a rule still running after `--rule-timeout`
  seconds is reported as such (Budapest's add1 loops take hours);

checks that both select the same projects (as sets) and prints the ratio pabutools / ours.
The summary gives the median ratio over the runs where pabutools needs at least 1 s and
the two slowest files of the issue (France_Toulouse_2022 and Warszawa Praga-Południe,
`mes-add1`). pabutools is installed once in a virtual environment under `target/`
(`target/pabutools-venv`, from PyPI). Exit status 1 if any winners differ.
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
VENV = os.path.join(ROOT, "target", "pabutools-venv")
ALL = ["greedy", "greedy-cardinality", "mes", "mes-cardinality", "mes-add1",
       "mes-add1-greedy", "mes-add1-until-infeasible"]

# Runs inside the venv: parse once, then each rule; one JSON line per rule.
HELPER = r'''
import json, signal, sys, time
sys.path.insert(0, sys.argv[4])
from pabutools.election import parse_pabulib
from pabutools_time import count  # the calls of expected-sample.json, one place

class Timeout(Exception):
    pass

def on_alarm(*_):
    raise Timeout()

path, timeout, rules = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
start = time.perf_counter()
instance, profile = parse_pabulib(path)
profile = profile.as_multiprofile()
parse = time.perf_counter() - start
print(json.dumps({"parse": parse}), flush=True)
signal.signal(signal.SIGALRM, on_alarm)
for rule in rules:
    signal.alarm(timeout)
    start = time.perf_counter()
    try:
        outcome = count(rule, instance, profile)
        seconds = time.perf_counter() - start
        signal.alarm(0)
        print(json.dumps({"rule": rule, "seconds": seconds,
                          "winners": sorted(p.name for p in outcome)}), flush=True)
    except Timeout:
        print(json.dumps({"rule": rule, "timeout": timeout}), flush=True)
'''


def venv_python():
    """The venv's python, with pabutools 1.2.3 installed on first use."""
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    ok = subprocess.run([python, "-c", "import pabutools, importlib.metadata as m; "
                         "assert m.version('pabutools') == '1.2.3'"],
                        capture_output=True).returncode == 0
    if not ok:
        subprocess.run([python, "-m", "pip", "install", "--quiet", "pabutools==1.2.3"],
                       check=True)
    return python


def ours(binary, rule, path, runs):
    """(median whole-process seconds, sorted winners) or (None, error)."""
    times, winners = [], None
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([binary, "pb", "count", "--rule", rule, path],
                             capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if out.returncode != 0:
            return None, out.stderr.strip()
        winners = sorted(str(w) for w in json.loads(out.stdout)["winners"])
    return statistics.median(times), winners


def pabutools(python, path, rules, timeout):
    """{rule: (parse + rule seconds, sorted winners) or (None, "timeout …")}."""
    scripts = os.path.join(ROOT, "crates", "pbcount", "scripts")
    out = subprocess.run([python, "-c", HELPER, path, str(timeout), ",".join(rules), scripts],
                         capture_output=True, text=True)
    results, parse = {}, None
    for line in out.stdout.splitlines():
        row = json.loads(line)
        if "parse" in row:
            parse = row["parse"]
        elif "timeout" in row:
            results[row["rule"]] = (None, f"timeout after {row['timeout']} s")
        else:
            results[row["rule"]] = (parse + row["seconds"], row["winners"])
    failed = (out.stderr.strip().splitlines() or ["failed"])[-1]
    for rule in rules:
        results.setdefault(rule, (None, failed))
    return parse, results


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "musharaka"))
    ap.add_argument("--data", default="/work/shared/pabulib")
    ap.add_argument("--files", nargs="*", help="file names (without .pb); default: all")
    ap.add_argument("--rules", default=",".join(ALL))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rule-timeout", type=int, default=120)
    a = ap.parse_args()
    if not os.path.exists(a.bin):
        raise SystemExit(f"{a.bin} missing: cargo build --release -p musharaka-cli")
    rules = [r for r in a.rules.split(",") if r]
    files = sorted(glob.glob(os.path.join(a.data, "*.pb")))
    if a.files:
        files = [f for f in files if os.path.basename(f)[:-3] in a.files]
    python = venv_python()
    rows, mismatches = [], []
    print(f"{'file':<42} {'rule':<26} {'pabutools s':>11} {'ours s':>8} {'ratio':>8}  winners")
    for path in files:
        name = os.path.basename(path)[:-3]
        _, theirs = pabutools(python, path, rules, a.rule_timeout)
        for rule in rules:
            our_s, our_w = ours(a.bin, rule, path, a.runs)
            their_s, their_w = theirs[rule]
            if our_s is None:
                print(f"{name:<42} {rule:<26} {'':>11} {'':>8} {'':>8}  ours failed: {our_w}")
                continue
            if their_s is None:
                print(f"{name:<42} {rule:<26} {'-':>11} {our_s:>8.3f} {'-':>8}  pabutools: {their_w}")
                continue
            same = our_w == their_w
            if not same:
                mismatches.append((name, rule, our_w, their_w))
            ratio = their_s / our_s
            rows.append((name, rule, their_s, our_s, ratio))
            print(f"{name:<42} {rule:<26} {their_s:>11.3f} {our_s:>8.3f} {ratio:>8.1f}  "
                  f"{'same' if same else 'DIFFERENT'}", flush=True)
    slow = [r for r in rows if r[2] >= 1.0]
    print()
    if slow:
        ratios = [r[4] for r in slow]
        print(f"pabutools >= 1 s: {len(slow)} runs, median ratio {statistics.median(ratios):.1f}x, "
              f"lowest {min(ratios):.1f}x")
    for name, rule in [("France_Toulouse_2022", "mes-add1"),
                       ("Poland_Warszawa_2020_Praga-Poludnie", "mes-add1")]:
        for r in rows:
            if r[0] == name and r[1] == rule:
                print(f"{name} {rule}: pabutools {r[2]:.2f} s, ours {r[3]:.3f} s, {r[4]:.1f}x")
    for name, rule, ow, tw in mismatches:
        print(f"DIFFERENT winners: {name} {rule}: ours only {sorted(set(ow) - set(tw))}, "
              f"pabutools only {sorted(set(tw) - set(ow))}")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
