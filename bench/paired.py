#!/usr/bin/python3
"""Paired ratios of pii-redact to ripgrep, robust to a drifting machine.

    bench/paired.py [--rounds 7] [--core 0] [--build build-bench] FILE ...

On a shared machine the speed of a core drifts by tens of percent within
minutes, so five runs of one tool followed by five of another can give a
ratio that says more about the drift than about the tools.  Here every round
runs the four commands back to back on the pinned core:

    rg --no-unicode --count-matches REGEX FILE    pii-redact --findings FILE
    rg --no-unicode --passthru -r '<PII>' REGEX FILE    pii-redact FILE

(stdout to /dev/null; REGEX is bench/run.sh's), takes the ratio of each
pair within the round, and prints the median ratio over the rounds, by wall
clock and by CPU time (user + system, from wait4).  Both sides read the file
from the page cache and include process start-up.  Run bench/run.sh first
(it builds BUILD and generates the corpora).
"""

import argparse
import os
import re
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import wait4_run  # noqa: E402


def run_sh_regex():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "run.sh"), encoding="utf-8") as f:
        m = re.search(r"^DEFAULT_REGEX='(.*)'$", f.read(), re.M)
    if not m:
        sys.exit("paired.py: no DEFAULT_REGEX in bench/run.sh")
    return m.group(1)


def timed(argv, core):
    with open(os.devnull, "wb") as null:
        code, wall, cpu, _ = wait4_run(["taskset", "-c", str(core)] + argv, null)
    if code not in (0, 1):  # rg exits 1 when nothing matched
        sys.exit(f"paired.py: {' '.join(argv[:2])} ... exited with {code}")
    return wall, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--core", type=int, default=0)
    ap.add_argument("--build", default="build-bench")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    if a.rounds < 1:
        sys.exit("paired.py: --rounds must be at least 1")
    cli = os.path.join(a.build, "cli", "pii-redact")
    if not os.access(cli, os.X_OK):
        sys.exit(f"paired.py: {cli} not found (run bench/run.sh first)")
    regex = run_sh_regex()
    pairs = [
        ("scan", ["rg", "--no-unicode", "--count-matches", regex], [cli, "--findings"]),
        ("redact", ["rg", "--no-unicode", "--passthru", "-r", "<PII>", regex], [cli]),
    ]
    print(f"median of {a.rounds} paired rounds on core {a.core}; ratio = ripgrep time / pii-redact time")
    print(f"{'file':<24} {'pair':<7} {'rg MB/s':>9} {'pii MB/s':>9} {'ratio':>7} {'CPU ratio':>10} {'ratio range':>14}")
    for path in a.files:
        size = os.path.getsize(path)
        with open(path, "rb") as f:  # page cache
            while f.read(1 << 20):
                pass
        for name, rg, pii in pairs:
            rows = []
            for _ in range(a.rounds):
                rw, rc = timed(rg + [path], a.core)
                pw, pc = timed(pii + [path], a.core)
                rows.append((rw, rc, pw, pc))
            ratio = [r[0] / r[2] for r in rows]
            cpu_ratio = [r[1] / r[3] for r in rows if r[3] > 0]
            rg_mbs = size / statistics.median(r[0] for r in rows) / 1e6
            pii_mbs = size / statistics.median(r[2] for r in rows) / 1e6
            print(f"{os.path.basename(path):<24} {name:<7} {rg_mbs:9.1f} {pii_mbs:9.1f} "
                  f"{statistics.median(ratio):6.2f}x {statistics.median(cpu_ratio):9.2f}x "
                  f"{min(ratio):6.2f}-{max(ratio):.2f}x")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
