#!/usr/bin/env python3
"""python_bench.py - cost of the Python bindings of libpii.

    /tmp/venv/bin/python bench/python_bench.py [--calls 1000000] [--sizes 1,10,100]
                                               [--corpus FILE] [--repeat 3] [--json OUT]

Run it with the interpreter that has the `pii` module installed (see
bindings/python/README.md).  For numbers that mean something, build the
binding against a release libpii, e.g.

    meson setup build-bench --buildtype=release -Db_ndebug=true -Dtests=false
    meson compile -C build-bench
    PII_BUILD_DIR=$PWD/build-bench /tmp/venv/bin/python -m pip install \\
        --no-build-isolation --no-index --force-reinstall ./bindings/python

Three tables:

 1. Per-call overhead on a 40-byte string: microseconds per call through
    Python (module function, Engine method), next to a no-op C call (the
    floor of any extension call) and the library's own time for the same
    call made in a C loop (Engine._bench_loop).  Binding overhead = Python
    call - library time.
 2. Throughput on long inputs (1, 10, 100 MiB by default) in MB/s (10^6
    bytes per second of input): scan and redact of str (ASCII) and bytes,
    and the library alone (C loop).  Input: the log-like throughput corpus
    (--corpus FILE; by default bench/data/log.txt when present, or one
    generated with ../shared/corpus/gen_corpus.py --throughput, or a built-in
    generator), cut to each size at a line end.
 3. Two-thread scaling: two scans of the same 10 MiB (or the largest size)
    on one thread, then one on each of two threads; speedup = sequential
    time / concurrent time.  The GIL is released for inputs >= 4 KiB, so
    the speedup approaches 2 on two free cores; with the GIL held (the
    threshold raised) it stays near 1.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time

import pii
from pii import _pii

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MIB = 1 << 20

SHORT_PII = "Mail jane.doe@example.com SSN 536-22-1874"[:40]
SHORT_CLEAN = "nothing to see here, just some text ok."[:40]


def best(fn, repeat):
    """Fastest of repeat runs of fn(), in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


ROUNDS = 10  # short calls: the calls are split into rounds, the fastest round counts


def per_call(fn, arg, calls, repeat):
    n = max(1, calls // ROUNDS)

    def loop():
        for _ in range(n):
            fn(arg)
    return best(loop, max(repeat, ROUNDS)) / n * 1e6


def overhead(calls, repeat):
    engine = pii.Engine()
    rows = []
    noop = per_call(_pii._noop, SHORT_PII, calls, repeat)
    rows.append(("no-op C call (floor)", noop, None))
    n = max(1, calls // ROUNDS)
    for name, text in (("40 B, 1 finding", SHORT_PII), ("40 B, no finding", SHORT_CLEAN)):
        lib = min(engine._bench_loop(text, n) for _ in range(max(repeat, ROUNDS))) / n * 1e6
        rows.append((f"library alone, C loop ({name})", lib, None))
        rows.append((f"Engine.scan(str) ({name})", per_call(engine.scan, text, calls, repeat), lib))
        rows.append((f"pii.scan(str) ({name})", per_call(pii.scan, text, calls, repeat), lib))
        data = text.encode()
        rows.append((f"Engine.scan(bytes) ({name})", per_call(engine.scan, data, calls, repeat), lib))
        rlib = min(engine._bench_loop(text, n, True) for _ in range(max(repeat, ROUNDS))) / n * 1e6
        rows.append((f"library alone, C loop, redact ({name})", rlib, None))
        rows.append((f"Engine.redact(str) ({name})", per_call(engine.redact, text, calls, repeat),
                     rlib))
    return rows


def corpus_file(path, mb):
    if path:
        return path, None
    default = os.path.join(HERE, "data", "log.txt")
    if os.path.exists(default) and os.path.getsize(default) >= mb * MIB:
        return default, None
    tmp = tempfile.mkdtemp(prefix="pii-pybench-")
    out = os.path.join(tmp, "log.txt")
    gen = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "gen_corpus.py")
    if os.path.exists(gen):
        subprocess.run([sys.executable, gen, "--throughput", str(mb), "--out", out], check=True,
                       stdout=subprocess.DEVNULL)
        if os.path.exists(out):
            return out, tmp
    # built-in: log-like lines, about one entity per 2 KiB
    rng = random.Random(7)
    values = ["jane.doe@example.com", "536-22-1874", "4539 5260 1815 9083", "203.0.113.42",
              "DE07 5001 0517 7877 8932 87", "(415) 555-0132", "00:1A:2B:3C:4D:5E"]
    with open(out, "w", encoding="ascii") as f:
        size = 0
        while size < mb * MIB:
            line = (f"2024-03-05 10:{rng.randrange(60):02d}:{rng.randrange(60):02d} INFO "
                    f"[svc-{rng.randrange(9)}] request {rng.getrandbits(64):016x} took "
                    f"{rng.randrange(999)} ms")
            if rng.random() < 0.05:
                line += " user=" + rng.choice(values)
            f.write(line + "\n")
            size += len(line) + 1
    return out, tmp


def load(path, size):
    with open(path, "rb") as f:
        data = f.read(size)
    cut = data.rfind(b"\n")
    if cut > 0:
        data = data[:cut + 1]
    return data


def throughput(path, sizes, repeat):
    engine = pii.Engine()
    rows = []
    for mb in sizes:
        data = load(path, mb * MIB)
        text = data.decode("utf-8", "replace")
        if not text.isascii():
            text = text.encode("ascii", "replace").decode()
        n = len(data) / 1e6
        r = repeat if mb < 100 else max(1, repeat // 2)
        found = len(engine.scan(data))
        rows.append((mb, "library alone, C loop (scan)",
                     n / best(lambda: engine._bench_loop(data, 1), r), found))
        rows.append((mb, "Engine.scan(bytes)", n / best(lambda: engine.scan(data), r), found))
        rows.append((mb, "Engine.scan(str, ASCII)", n / best(lambda: engine.scan(text), r), found))
        rows.append((mb, "library alone, C loop (redact)",
                     n / best(lambda: engine._bench_loop(data, 1, True), r), found))
        rows.append((mb, "Engine.redact(bytes)", n / best(lambda: engine.redact(data), r), found))
        rows.append((mb, "Engine.redact(str, ASCII)", n / best(lambda: engine.redact(text), r),
                     found))
        del data, text
    return rows


def scaling(path, mb, repeat):
    engine = pii.Engine()
    data = load(path, mb * MIB)

    def two_threads():
        ts = [threading.Thread(target=engine.scan, args=(data,)) for _ in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()

    def sequential():
        engine.scan(data)
        engine.scan(data)

    rows = []
    for label, threshold in (("GIL released (default)", None), ("GIL held (control)", 1 << 62)):
        old = pii.gil_threshold(threshold) if threshold else None
        try:
            seq = best(sequential, repeat)
            c0, t0 = time.process_time(), time.perf_counter()
            two_threads()
            cores = (time.process_time() - c0) / (time.perf_counter() - t0)
            par = min(best(two_threads, repeat), time.perf_counter() - t0)
        finally:
            if old is not None:
                pii.gil_threshold(old)
        rows.append((label, 2 * len(data) / 1e6 / seq, 2 * len(data) / 1e6 / par, seq / par,
                     cores))
    return len(data), rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--calls", type=int, default=1_000_000, help="calls per short-string row")
    ap.add_argument("--sizes", default="1,10,100", help="long-input sizes in MiB")
    ap.add_argument("--corpus", help="input file for the long inputs (default: log-like corpus)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per row; the best is kept")
    ap.add_argument("--json", help="also write the results as JSON to this file")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]

    print(f"pii {pii.__version__}, libpii {pii.library_version}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, GIL threshold {pii.gil_threshold()} bytes")
    print()
    print(f"1. Per-call cost on 40-byte strings ({args.calls} calls per row in {ROUNDS} rounds, "
          "fastest round)")
    ov = overhead(args.calls, args.repeat)
    print(f"   {'call':<52} {'us/call':>9} {'binding us':>11}")
    for name, us, lib in ov:
        extra = f"{us - lib:11.3f}" if lib is not None else f"{'':11}"
        print(f"   {name:<52} {us:9.3f} {extra}")

    path, tmp = corpus_file(args.corpus, max(sizes))
    print()
    print(f"2. Throughput on long inputs ({os.path.relpath(path)}), MB/s of input")
    tp = throughput(path, sizes, args.repeat)
    print(f"   {'MiB':>5} {'call':<34} {'MB/s':>9} {'findings':>9}")
    for mb, name, rate, found in tp:
        print(f"   {mb:5d} {name:<34} {rate:9.1f} {found:9d}")

    mb = 10 if 10 in sizes else max(sizes)
    nbytes, sc = scaling(path, mb, args.repeat)
    print()
    print(f"3. Two-thread scaling: 2 scans of {nbytes / MIB:.0f} MiB, one thread vs two threads")
    print(f"   {'':<24} {'1 thread MB/s':>14} {'2 threads MB/s':>15} {'speedup':>8} "
          f"{'CPUs busy':>10}")
    for label, seq, par, ratio, cores in sc:
        print(f"   {label:<24} {seq:14.1f} {par:15.1f} {ratio:8.2f} {cores:10.2f}")
    print("   (CPUs busy: process CPU time / wall time while the two threads ran; on a loaded")
    print("   machine the speedup is capped by the free cores, CPUs busy shows the GIL is not)")

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"library_version": pii.library_version, "calls": args.calls,
                       "overhead_us": [{"call": n, "us": u, "library_us": lib}
                                       for n, u, lib in ov],
                       "throughput_mbs": [{"mib": m, "call": n, "mbs": r, "findings": c}
                                          for m, n, r, c in tp],
                       "scaling": [{"mode": lab, "seq_mbs": s, "par_mbs": p, "speedup": x,
                                    "cpus_busy": c} for lab, s, p, x, c in sc]}, f, indent=1)
    if tmp:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
