#!/usr/bin/env python3
"""dask_redact.py - redact personal data on a Dask distributed cluster.

Two ways to spread the work:

  * a directory of files: one task per file; each file is streamed through
    pii.Redactor in blocks on a worker (constant memory, output identical to
    pii.redact of the whole file);
  * one large file split into line-aligned partitions: one task per byte
    range; each partition is redacted on its own and written to a part file,
    and the parts are joined in order.  Context hotwords do not reach across
    partition boundaries, so use this for line-oriented data (logs, JSON
    lines, CSV without a header row), where records stand alone.

    dask_redact.py SRC_DIR DST_DIR                 # a local cluster of 2 workers
    dask_redact.py --split 8 BIG_FILE OUT_FILE     # 8 partitions
    dask_redact.py --scheduler tcp://host:8786 ... # an existing cluster
    dask_redact.py --workers 4 --policy policy.json --local ...

--local runs the same tasks in this process, without Dask: the reference the
tests compare the cluster's output with.  The policy is a pii policy (a JSON
or YAML file, see pii.Engine.from_policy); each worker process compiles it
once and reuses the engine for all its tasks.

Needs: the pii module (bindings/python) and Debian's python3-dask and
python3-distributed.  The local cluster listens on loopback only.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

import pii

BLOCK = 1 << 20

# ---------------------------------------------------------------------------
# Tasks (run on workers; plain functions of picklable arguments)
# ---------------------------------------------------------------------------

class _ProcessCache(dict):
    """Engines compiled in this process.  Pickles as an empty cache: the
    tasks are shipped to the workers by value, and the client's engines
    must not travel with them (an Engine does not pickle)."""

    def __reduce__(self):
        return (_ProcessCache, ())


_engines = _ProcessCache()


def engine_for(policy):
    """One compiled engine per policy and worker process."""
    key = json.dumps(policy, sort_keys=True) if isinstance(policy, dict) else policy
    e = _engines.get(key)
    if e is None:
        e = pii.Engine.from_policy(policy) if policy is not None else pii.Engine()
        _engines[key] = e
    return e


def redact_file(src, dst, policy=None, block=BLOCK):
    """Stream src into dst through one Redactor; returns statistics."""
    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    tmp = dst + ".tmp"
    with open(src, "rb") as fin, open(tmp, "wb") as fout:
        with engine_for(policy).redactor(sink=fout, binary=True) as r:
            while True:
                chunk = fin.read(block)
                if not chunk:
                    break
                r.write(chunk)
    os.replace(tmp, dst)  # never leave a half-written file under the final name
    return {"file": src, "bytes_in": r.bytes_in, "bytes_out": r.bytes_out, "findings": r.stats,
            "pid": os.getpid()}


def partitions(path, n):
    """n byte ranges [start, end) of path, each ending just after a newline
    (or at the end of the file); empty ranges are dropped."""
    size = os.path.getsize(path)
    bounds = [0]
    with open(path, "rb") as f:
        for k in range(1, n):
            pos = max(size * k // n, bounds[-1])
            f.seek(pos)
            f.readline()  # move to the start of the next line
            bounds.append(min(f.tell(), size))
    bounds.append(size)
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def redact_range(src, start, end, part, policy=None, block=BLOCK):
    """Redact bytes [start, end) of src into the file part."""
    with open(src, "rb") as fin, open(part, "wb") as fout:
        fin.seek(start)
        with engine_for(policy).redactor(sink=fout, binary=True) as r:
            left = end - start
            while left > 0:
                chunk = fin.read(min(block, left))
                if not chunk:
                    break
                left -= len(chunk)
                r.write(chunk)
    return {"part": part, "bytes_in": r.bytes_in, "bytes_out": r.bytes_out,
            "findings": r.stats, "pid": os.getpid()}


# ---------------------------------------------------------------------------
# Drivers (client side)
# ---------------------------------------------------------------------------


def _run(client, fn, *iterables, **kw):
    """fn over the iterables on the cluster, or here when client is None."""
    if client is None:
        return [fn(*args, **kw) for args in zip(*iterables)]
    futures = client.map(fn, *iterables, pure=False, **kw)
    return client.gather(futures)


def list_files(src_dir):
    out = []
    for root, dirs, files in os.walk(src_dir):
        dirs.sort()
        for name in sorted(files):
            out.append(os.path.relpath(os.path.join(root, name), src_dir))
    return out


def redact_directory(client, src_dir, dst_dir, policy=None):
    """Redact every file under src_dir into the same path under dst_dir."""
    rel = list_files(src_dir)
    srcs = [os.path.join(src_dir, r) for r in rel]
    dsts = [os.path.join(dst_dir, r) for r in rel]
    return _run(client, redact_file, srcs, dsts, policy=policy)


def redact_large_file(client, src, dst, n_parts, policy=None):
    """Redact src in n_parts line-aligned partitions; join them into dst."""
    ranges = partitions(src, n_parts)
    work = tempfile.mkdtemp(prefix=".parts-", dir=os.path.dirname(os.path.abspath(dst)))
    try:
        parts = [os.path.join(work, f"part-{i:05d}") for i in range(len(ranges))]
        stats = _run(client, redact_range, [src] * len(ranges), [a for a, _ in ranges],
                     [b for _, b in ranges], parts, policy=policy)
        with open(dst + ".tmp", "wb") as out:
            for p in parts:
                with open(p, "rb") as f:
                    shutil.copyfileobj(f, out, BLOCK)
        os.replace(dst + ".tmp", dst)
        return stats
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_client(scheduler=None, workers=2):
    """A client of an existing scheduler, or of a new local cluster of
    worker processes with one thread each (loopback only, no dashboard)."""
    import cloudpickle
    from dask.distributed import Client, LocalCluster

    # workers receive the task functions by value: this file need not be
    # importable on them
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    return Client(cluster)


def close_client(client):
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def total(stats):
    agg = {"files": len(stats), "bytes_in": 0, "bytes_out": 0, "findings": {}}
    for s in stats:
        agg["bytes_in"] += s["bytes_in"]
        agg["bytes_out"] += s["bytes_out"]
        for k, v in s["findings"].items():
            agg["findings"][k] = agg["findings"].get(k, 0) + v
    return agg


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", help="a directory (or, with --split, a file)")
    ap.add_argument("dst", help="the output directory (or file)")
    ap.add_argument("--split", type=int, metavar="N",
                    help="redact one large file in N line-aligned partitions")
    ap.add_argument("--policy", help="a pii policy file (JSON or YAML)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    ap.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    ap.add_argument("--local", action="store_true", help="run in this process, without Dask")
    args = ap.parse_args(argv)
    policy = os.path.abspath(args.policy) if args.policy else None
    client = None if args.local else make_client(args.scheduler, args.workers)
    try:
        if args.split:
            stats = redact_large_file(client, args.src, args.dst, args.split, policy)
        else:
            stats = redact_directory(client, args.src, args.dst, policy)
    finally:
        if client is not None:
            close_client(client)
    print(json.dumps(total(stats), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
