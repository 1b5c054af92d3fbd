#!/usr/bin/python3
"""Measurement and report helper for bench/run.sh (Python 3 standard library).

    measure.py run    --results R.jsonl --corpus C --tool T --kind K --file F
                      [--runs 5] [--ok-codes 0] [--count rg|lines|none] -- CMD ...
    measure.py self   --results R.jsonl --corpus C --tool T --kind K -- CMD ...
    measure.py note   --results R.jsonl TEXT
    measure.py report --results R.jsonl --md OUT.md --json OUT.json [--title ...]

`run` times an external command over a file (F's size is the byte count):
one warm-up run under os.wait4 gives its peak RSS (ru_maxrss), its CPU time
and its output (the count of `rg --count-matches`, the lines of
--findings), then hyperfine (or, without it, a loop of os.wait4 runs) times
RUNS runs with stdout to /dev/null.  MB/s is bytes / median wall time / 1e6;
"CPU MB/s" is bytes / (user + system time per run) / 1e6, which other load
on the core does not inflate.

`self` runs a program that times itself and prints pii-bench's --json.

Kinds: floor (cat), count / passthru (ripgrep baselines), scan / redact
(libpii; ratio to count / passthru of the same corpus), jobs1 / jobsN (the
-j scaling pair; ratio jobsN / jobs1).
"""

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GOALS = {"scan": 2.0, "redact": 3.0, "jobsN": 1.8}
BASE_OF = {"scan": "count", "redact": "passthru"}


def append(path, rec):
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(rec) + "\n")


def wait4_run(argv, stdout):
    """Run argv; return (exit code, wall s, cpu s, maxrss KiB)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=stdout, stdin=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss


def cmd_run(a):
    size = sum(os.path.getsize(f) for f in a.file)
    ok = {int(c) for c in a.ok_codes.split(",")}
    argv = a.cmd
    # Warm-up: page cache, RSS, CPU time and the output to count.  Linux
    # carries ru_maxrss across execve(), so a child of this Python process
    # would report at least Python's peak: GNU time, small itself, forks the
    # command and reports its own peak (%M, KiB).
    gnu_time = shutil.which("time", path="/usr/bin:/bin")
    with tempfile.TemporaryFile(dir=a.tmpdir) as out, \
            tempfile.NamedTemporaryFile(mode="r", dir=a.tmpdir) as tf:
        if gnu_time:
            code, wall, cpu, rss = wait4_run([gnu_time, "-f", "%M", "-o", tf.name] + argv, out)
            lines = tf.read().split()
            rss = int(lines[-1]) if lines and lines[-1].isdigit() else None
        else:
            code, wall, cpu, rss = wait4_run(argv, out)
        if code not in ok:
            out.seek(0)
            sys.stderr.write(f"measure.py: {shlex.join(argv)} exited {code}\n")
            return 1
        out.seek(0)
        count = None
        if a.count == "rg":
            txt = out.read().decode("utf-8", "replace").strip()
            count = int(txt) if txt.isdigit() else 0
        elif a.count == "lines":
            count = sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))
        out.seek(0, 2)
        out_bytes = out.tell()
    rec = {"corpus": a.corpus, "tool": a.tool, "kind": a.kind, "bytes": size,
           "command": a.display or shlex.join(argv), "count": count, "output_bytes": out_bytes,
           "peak_rss_kib": rss, "warmup_wall_s": wall, "warmup_cpu_s": cpu}
    hf = shutil.which("hyperfine") if not os.environ.get("NO_HYPERFINE") else None
    if hf:
        with tempfile.NamedTemporaryFile(suffix=".json", dir=a.tmpdir) as js:
            hcmd = [hf, "-N", "--style", "basic", "--runs", str(a.runs), "--warmup", "0",
                    "--output", "null", "--export-json", js.name]
            if ok != {0}:
                hcmd.append("--ignore-failure")
            hcmd.append(shlex.join(argv))
            r = subprocess.run(hcmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode("utf-8", "replace"))
                return 1
            res = json.load(open(js.name, encoding="utf-8"))["results"][0]
        times = res["times"]
        cpu_per_run = res["user"] + res["system"]  # hyperfine gives means only
        rec["timer"] = "hyperfine " + subprocess.run(
            [hf, "--version"], capture_output=True, text=True).stdout.split()[-1]
    else:
        times, cpus = [], []
        for _ in range(a.runs):
            with open(os.devnull, "wb") as null:
                code, wall, cpu, rss2 = wait4_run(argv, null)
            if code not in ok:
                sys.stderr.write(f"measure.py: {shlex.join(argv)} exited {code}\n")
                return 1
            times.append(wall)
            cpus.append(cpu)
            if not gnu_time:
                rec["peak_rss_kib"] = max(rec["peak_rss_kib"] or 0, rss2)
        cpu_per_run = statistics.mean(cpus)
        rec["timer"] = "os.wait4 loop"
    med = statistics.median(times)
    rec.update(times_s=times, median_s=med, cpu_s=cpu_per_run,
               mb_s=size / med / 1e6 if med > 0 else 0.0,
               cpu_mb_s=size / cpu_per_run / 1e6 if cpu_per_run > 0 else 0.0)
    append(a.results, rec)
    print(f"  {a.corpus:<10} {a.tool:<28} {rec['mb_s']:9.1f} MB/s  (CPU {rec['cpu_mb_s']:.1f} MB/s)",
          flush=True)
    return 0


def cmd_self(a):
    r = subprocess.run(a.cmd, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        sys.stderr.write(f"measure.py: {shlex.join(a.cmd)} exited {r.returncode}\n")
        return 1
    j = json.loads(r.stdout)
    res = j["results"][0]
    rec = {"corpus": a.corpus, "tool": a.tool, "kind": a.kind, "bytes": j["bytes"],
           "command": a.display or shlex.join(a.cmd), "count": res["findings"],
           "output_bytes": res.get("output_bytes"), "peak_rss_kib": res["peak_rss_kib"],
           "rss_after_load_kib": j.get("rss_after_load_kib"),
           "times_s": res["times_s"], "median_s": res["median_s"], "cpu_s": res["median_cpu_s"],
           "mb_s": res["median_mb_s"], "cpu_mb_s": res["median_cpu_mb_s"],
           "timer": "pii-bench (in process)"}
    append(a.results, rec)
    print(f"  {a.corpus:<10} {a.tool:<28} {rec['mb_s']:9.1f} MB/s  (CPU {rec['cpu_mb_s']:.1f} MB/s)",
          flush=True)
    return 0


def cmd_note(a):
    append(a.results, {"note": " ".join(a.text)})
    print("  note: " + " ".join(a.text), flush=True)
    return 0


def fmt_rss(kib):
    return "" if kib is None else f"{kib / 1024:.1f} MiB"


def build_rows(recs):
    rows, notes = [], []
    meas = [r for r in recs if "note" not in r]
    notes = [r["note"] for r in recs if "note" in r]
    by = {(r["corpus"], r["kind"]): r for r in meas}
    for r in meas:
        row = dict(r)
        base = None
        if r["kind"] in BASE_OF:
            base = by.get((r["corpus"], BASE_OF[r["kind"]]))
        elif r["kind"] == "jobsN":
            base = by.get((r["corpus"], "jobs1"))
        if base and base["mb_s"] > 0:
            row["ratio"] = r["mb_s"] / base["mb_s"]
            row["cpu_ratio"] = r["cpu_mb_s"] / base["cpu_mb_s"] if base["cpu_mb_s"] else None
            row["ratio_to"] = base["tool"]
        elif r["kind"] in ("count", "passthru"):
            row["ratio"] = row["cpu_ratio"] = 1.0
            row["ratio_to"] = r["tool"]
        goal = GOALS.get(r["kind"])
        if goal and row.get("ratio") is not None:
            row["goal"] = goal
            row["meets_goal"] = row["ratio"] >= goal
        rows.append(row)
    return rows, notes


def table_lines(rows, md):
    head = ["corpus", "tool", "MB/s", "CPU MB/s", "ratio", "CPU ratio", "goal", "peak RSS",
            "matches"]
    out = []
    for r in rows:
        ratio = r.get("ratio")
        rs = "" if ratio is None else f"{ratio:.2f}x"
        if ratio is not None and r["kind"] in ("scan", "redact", "jobsN"):
            rs += " " + {"scan": "rg count", "redact": "rg passthru", "jobsN": "-j 1"}[r["kind"]]
        cr = r.get("cpu_ratio")
        goal = ""
        if "goal" in r:
            goal = f"{r['goal']:g}x {'yes' if r['meets_goal'] else 'NO'}"
        cnt = "" if r.get("count") is None else f"{r['count']:,}"
        out.append([r["corpus"], r["tool"], f"{r['mb_s']:.1f}", f"{r['cpu_mb_s']:.1f}", rs,
                    "" if cr is None else f"{cr:.2f}x", goal, fmt_rss(r.get("peak_rss_kib")), cnt])
    if md:
        lines = ["| " + " | ".join(head) + " |",
                 "|" + "|".join(["---", "---", "---:", "---:", "---:", "---:", "---", "---:",
                                 "---:"]) + "|"]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in out]
        return lines
    w = [max(len(h), *(len(row[i]) for row in out)) if out else len(h)
         for i, h in enumerate(head)]
    right = {2, 3, 4, 5, 7, 8}
    def line(cells):
        return "  ".join(c.rjust(w[i]) if i in right else c.ljust(w[i])
                         for i, c in enumerate(cells)).rstrip()
    return [line(head), line(["-" * x for x in w])] + [line(row) for row in out]


def cmd_report(a):
    recs = [json.loads(l) for l in open(a.results, encoding="utf-8") if l.strip()]
    rows, notes = build_rows(recs)
    meta = json.loads(a.meta) if a.meta else {}
    print()
    print("\n".join(table_lines(rows, md=False)))
    for n in notes:
        print("note: " + n)
    md = [f"# {a.title}", ""]
    for k, v in meta.items():
        if isinstance(v, str) and "\n" not in v:
            md.append(f"- {k}: `{v}`" if k in ("command", "regex", "build") else f"- {k}: {v}")
    md += ["", "MB = 10^6 bytes.  MB/s: bytes / median wall-clock time of the runs.  CPU MB/s: "
           "bytes / (user + system) time, which other load on the pinned core does not "
           "inflate.  ratio: wall MB/s over the ripgrep baseline measured in the same run "
           "(scans over `rg --count-matches`, redaction over `rg --passthru`); goal: issue 7 "
           "(scan 2x, redact 3x, -j 2 1.8x).  Peak RSS: GNU time's %M for commands, VmHWM for "
           "pii-bench (whose peak includes the file it reads into memory; ripgrep's includes "
           "the file it maps).  matches: rg's match count, libpii's findings, or "
           "--findings lines.", ""]
    md += table_lines(rows, md=True)
    if notes:
        md += [""] + [f"- note: {n}" for n in notes]
    md.append("")
    with open(a.md, "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    with open(a.json, "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "rows": rows, "notes": notes}, f, indent=1)
        f.write("\n")
    print(f"\nwrote {a.md} and {a.json}")
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="sub", required=True)
    for name in ("run", "self"):
        s = sub.add_parser(name)
        s.add_argument("--results", required=True)
        s.add_argument("--corpus", required=True)
        s.add_argument("--tool", required=True)
        s.add_argument("--kind", required=True,
                       choices=["floor", "count", "passthru", "scan", "redact", "jobs1", "jobsN"])
        s.add_argument("--display", help="command as shown in the results")
        s.add_argument("cmd", nargs="+")
        if name == "run":
            s.add_argument("--file", action="append", required=True)
            s.add_argument("--runs", type=int, default=5)
            s.add_argument("--ok-codes", default="0")
            s.add_argument("--count", choices=["rg", "lines", "none"], default="none")
            s.add_argument("--tmpdir", default=None)
    s = sub.add_parser("note")
    s.add_argument("--results", required=True)
    s.add_argument("text", nargs="+")
    s = sub.add_parser("report")
    s.add_argument("--results", required=True)
    s.add_argument("--md", required=True)
    s.add_argument("--json", required=True)
    s.add_argument("--title", default="libpii throughput")
    s.add_argument("--meta", help="JSON object of run facts for the header")
    a = p.parse_args(argv)
    return {"run": cmd_run, "self": cmd_self, "note": cmd_note, "report": cmd_report}[a.sub](a)


if __name__ == "__main__":
    sys.exit(main())
