#!/usr/bin/python3
"""-j scaling of pii-redact next to what the cores deliver, in paired rounds.

    bench/jobs_paired.py [--rounds 9] [--jobs 2] [--build build-bench]
                         [--findings] FILE ...

Issue 7 asks `pii-redact -j 2` over several files for 1.8x the throughput
of one core.  On a shared virtual machine a second busy core can be slower
than the first one alone, whatever runs on it; this measures that ceiling
beside -j.  Each round runs, in an order that rotates from round to round:

    one       pii-redact -j 1 FILE ...             pinned to core 0
    jobs      pii-redact -j N FILE ...             pinned to cores 0..N-1
    split     N separate pii-redact -j 1 processes at once, process k over
              every N-th file from the k-th, pinned to core k: no shared
              output, no temporary files, no threads (its output is not one
              ordered stream, so it is only a yardstick)

(stdout to /dev/null, the files read into the page cache first) and prints
the median over the rounds of jobs/one and split/one (wall-clock speed-up)
and jobs/split (how much of what the cores gave -j turned into speed), with
the range of each.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time


def run_all(cmds):
    """Start every (cores, argv) at once; return the wall time of the slowest."""
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as null:
        procs = [subprocess.Popen(["taskset", "-c", cores] + argv, stdout=null,
                                  stdin=subprocess.DEVNULL) for cores, argv in cmds]
        codes = [p.wait() for p in procs]
    wall = time.perf_counter() - t0
    if any(codes):
        sys.exit(f"jobs_paired.py: a command exited with {max(codes)}")
    return wall


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--build", default="build-bench")
    ap.add_argument("--findings", action="store_true", help="pii-redact --findings")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    if a.rounds < 1 or a.jobs < 2:
        sys.exit("jobs_paired.py: --rounds must be at least 1 and --jobs at least 2")
    if len(a.files) < a.jobs:
        sys.exit("jobs_paired.py: give at least as many files as --jobs")
    if (os.cpu_count() or 1) < a.jobs:
        sys.exit(f"jobs_paired.py: {os.cpu_count()} CPU(s), fewer than --jobs {a.jobs}")
    cli = [os.path.join(a.build, "cli", "pii-redact")] + (["--findings"] if a.findings else [])
    if not os.access(cli[0], os.X_OK):
        sys.exit(f"jobs_paired.py: {cli[0]} not found (run bench/run.sh first)")
    size = 0
    for path in a.files:
        size += os.path.getsize(path)
        with open(path, "rb") as f:
            while f.read(1 << 20):
                pass
    cores = ",".join(str(k) for k in range(a.jobs))
    kinds = {
        "one": [("0", cli + ["-j", "1"] + a.files)],
        "jobs": [(cores, cli + ["-j", str(a.jobs)] + a.files)],
        "split": [(str(k), cli + ["-j", "1"] + a.files[k::a.jobs]) for k in range(a.jobs)],
    }
    order = list(kinds)
    times = {k: [] for k in kinds}
    for r in range(a.rounds):
        for k in order[r % 3:] + order[:r % 3]:
            times[k].append(run_all(kinds[k]))
    print(f"{len(a.files)} files, {size / 1e6:.1f} MB; median of {a.rounds} rounds; "
          f"pii-redact{' --findings' if a.findings else ''}, -j {a.jobs} on cores {cores}")
    for k in kinds:
        print(f"  {k:<6} {size / statistics.median(times[k]) / 1e6:8.1f} MB/s")
    for name, num, den in (("jobs/one", "one", "jobs"), ("split/one", "one", "split"),
                           ("jobs/split", "split", "jobs")):
        ratio = [x / y for x, y in zip(times[num], times[den])]
        print(f"  {name:<10} {statistics.median(ratio):5.2f}x  (rounds {min(ratio):.2f}x-{max(ratio):.2f}x)")


if __name__ == "__main__":
    main()
