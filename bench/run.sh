#!/usr/bin/env bash
# bench/run.sh - libpii throughput benchmark against ripgrep and the cat floor (issue 7).
#
#   bench/run.sh                  100 MiB corpora, 5 runs each (about 15 minutes)
#   MB=20 RUNS=3 bench/run.sh     quicker, smaller corpora (kept apart in bench/data/20mb)
#
# Steps: a release build in build-bench/ (meson --buildtype=release
# -Db_ndebug=true); the corpora (bench/gen_corpora.py; kept when up to date);
# then, for each corpus and pinned to one core (taskset -c $CORE), in one run:
#   cat FILE                          the floor (reading the cached file)
#   rg --count-matches REGEX FILE     the scan baseline
#   rg --passthru -r '<PII>' REGEX    the redaction baseline
#   pii-bench --mode scan|redact      the library itself, file already in memory
#   pii-redact --findings FILE        the CLI, detection only
#   pii-redact FILE                   the CLI, redaction
# each the median of $RUNS runs, and finally pii-redact -j 1 vs -j $JOBS over
# $JOBS_COPIES copies of log.txt (cores 0..JOBS-1), when the CLI has -j, with
# bench/jobs_paired.py's ceiling for -j (as many separate processes, one core
# each) in $RUNS paired rounds.
# Prints the table and writes bench/baselines/DATE-HOST[-NNmb].md and .json
# (DATE-HHMM-HOST... when a report of that name is there already).
#
# Environment: MB (100), RUNS (5), CORE (0), CORPORA ("log dense prose"),
# JOBS (2), JOBS_COPIES (4), SKIP_JOBS (unset), RG_REGEX (the combined regex
# below), BUILD_DIR (build-bench), OUT_DIR (bench/baselines), NO_HYPERFINE
# (set: time with a plain loop instead of hyperfine), NICE (unset; e.g. -5 to
# run the measurements at a higher priority than other work on a shared box).
set -eu

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PY=/usr/bin/python3
MB=${MB:-100}
RUNS=${RUNS:-5}
CORE=${CORE:-0}
CORPORA=${CORPORA:-"log dense prose"}
JOBS=${JOBS:-2}
JOBS_COPIES=${JOBS_COPIES:-4}
BUILD=${BUILD_DIR:-build-bench}
OUT=${OUT_DIR:-bench/baselines}

# One alternation for SSN, card, email, IPv4, IPv6 (full or "::"-compressed)
# and IBAN shapes, with no validation at all: the ripgrep baseline of issue 7.
DEFAULT_REGEX='\b\d{3}-\d{2}-\d{4}\b|\b(?:\d[ -]?){12,18}\d\b|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|\b\d{1,3}(?:\.\d{1,3}){3}\b|\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\b|\b(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?|\b[A-Z]{2}\d{2}[A-Z0-9 ]{11,30}\b'
REGEX=${RG_REGEX:-$DEFAULT_REGEX}

die() {
    echo "bench/run.sh: $*" >&2
    exit 2
}

for tool in meson taskset rg "$PY"; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install -y ripgrep hyperfine)"
done
command -v hyperfine >/dev/null ||
    echo "bench/run.sh: hyperfine not found; timing with a plain loop (apt-get install -y hyperfine)" >&2
[[ $MB =~ ^[0-9]+([.][0-9]+)?$ ]] || die "MB must be a number of MiB"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number"

if [ "$MB" = 100 ]; then
    DATA=bench/data
    SUFFIX=
else
    DATA=bench/data/${MB}mb
    SUFFIX=-${MB}mb
fi

# --- build ------------------------------------------------------------------
echo "== release build in $BUILD"
if [ ! -f "$BUILD/build.ninja" ]; then
    meson setup "$BUILD" --buildtype=release -Db_ndebug=true -Dtests=false >/dev/null
else
    meson configure "$BUILD" -Dbuildtype=release -Db_ndebug=true -Dtests=false >/dev/null
fi
meson compile -C "$BUILD" >"$BUILD/bench-compile.log" 2>&1 ||
    { tail -n 30 "$BUILD/bench-compile.log"; die "build failed (log: $BUILD/bench-compile.log)"; }
BENCH=$BUILD/bench/pii-bench
CLI=$BUILD/cli/pii-redact
if [ ! -x "$BENCH" ] || [ ! -x "$CLI" ]; then
    die "$BENCH or $CLI was not built"
fi

# --- corpora ----------------------------------------------------------------
echo "== corpora (${MB} MiB each) in $DATA"
"$PY" bench/gen_corpora.py --mb "$MB" --dir "$DATA" --only "${CORPORA// /,}"

# --- measurements -------------------------------------------------------------
RESULTS=$(mktemp /tmp/pii-bench-results.XXXXXX)
SCRATCH=$(mktemp -d /tmp/pii-bench-scratch.XXXXXX)
trap 'rm -rf "$RESULTS" "$SCRATCH"' EXIT
M=("$PY" bench/measure.py)
PIN=(taskset -c "$CORE")
NICE_CMD=()
if [ -n "${NICE:-}" ]; then
    NICE_CMD=(nice -n "$NICE")
    PIN=("${NICE_CMD[@]}" "${PIN[@]}")
fi
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== measuring on core $CORE, median of $RUNS runs (load average: $load_start)"

for c in $CORPORA; do
    f=$DATA/$c.txt
    cat "$f" >/dev/null # page cache
    common=(--results "$RESULTS" --corpus "$c")
    "${PIN[@]}" "${M[@]}" run "${common[@]}" --tool "cat (floor)" --kind floor --file "$f" \
        --runs "$RUNS" --tmpdir "$SCRATCH" -- cat "$f"
    "${PIN[@]}" "${M[@]}" run "${common[@]}" --tool "rg --count-matches" --kind count --file "$f" \
        --runs "$RUNS" --tmpdir "$SCRATCH" --count rg --ok-codes 0,1 \
        -- rg --no-unicode --count-matches "$REGEX" "$f"
    "${PIN[@]}" "${M[@]}" run "${common[@]}" --tool "rg --passthru -r '<PII>'" --kind passthru \
        --file "$f" --runs "$RUNS" --tmpdir "$SCRATCH" --ok-codes 0,1 \
        -- rg --no-unicode --passthru -r '<PII>' "$REGEX" "$f"
    "${PIN[@]}" "${M[@]}" self "${common[@]}" --tool "pii-bench scan" --kind scan \
        -- "$BENCH" --mode scan --iterations "$RUNS" --json "$f"
    "${PIN[@]}" "${M[@]}" self "${common[@]}" --tool "pii-bench redact" --kind redact \
        -- "$BENCH" --mode redact --iterations "$RUNS" --json "$f"
    "${PIN[@]}" "${M[@]}" run "${common[@]}" --tool "pii-redact --findings" --kind scan \
        --file "$f" --runs "$RUNS" --tmpdir "$SCRATCH" --count lines \
        -- "$CLI" --findings "$f"
    "${PIN[@]}" "${M[@]}" run "${common[@]}" --tool "pii-redact" --kind redact --file "$f" \
        --runs "$RUNS" --tmpdir "$SCRATCH" -- "$CLI" "$f"
done

# --- -j scaling ---------------------------------------------------------------
jobs_note=
if [ -n "${SKIP_JOBS:-}" ]; then
    jobs_note="-j scaling skipped (SKIP_JOBS is set)"
elif ! "$CLI" --help 2>/dev/null | grep -Eq -- '(^|[[:space:],])(-j|--jobs)([[:space:],=]|$)'; then
    jobs_note="-j scaling skipped: pii-redact --help does not list -j yet"
elif [ "$(nproc)" -lt "$JOBS" ]; then
    jobs_note="-j scaling skipped: $(nproc) CPU(s), fewer than JOBS=$JOBS"
elif [[ " $CORPORA " != *" log "* ]]; then
    jobs_note="-j scaling skipped: it runs over copies of log.txt, which CORPORA leaves out"
else
    # How does this pii-redact take several files?  Redacted text to stdout
    # if it can, else --findings.
    cp examples/sample.txt "$SCRATCH/a.txt"
    cp examples/sample.txt "$SCRATCH/b.txt"
    jmode=
    if "$CLI" -j 2 "$SCRATCH/a.txt" "$SCRATCH/b.txt" >/dev/null 2>"$SCRATCH/j.err"; then
        jmode=redact
    elif "$CLI" -j 2 --findings "$SCRATCH/a.txt" "$SCRATCH/b.txt" >/dev/null 2>>"$SCRATCH/j.err"; then
        jmode=findings
    fi
    if [ -z "$jmode" ]; then
        jobs_note="-j scaling skipped: pii-redact -j 2 FILE FILE failed: $(head -c 300 "$SCRATCH/j.err" | tr '\n' ' ')"
    else
        mkdir -p "$DATA/jobs"
        files=()
        for i in $(seq 1 "$JOBS_COPIES"); do
            copy=$DATA/jobs/log$i.txt
            if ! cmp -s "$DATA/log.txt" "$copy"; then
                cp "$DATA/log.txt" "$copy.tmp" && mv "$copy.tmp" "$copy"
            fi
            files+=("$copy")
            cat "$copy" >/dev/null
        done
        extra=()
        [ "$jmode" = findings ] && extra=(--findings)
        cores=$(seq -s, 0 $((JOBS - 1)))
        label="log.txt x$JOBS_COPIES"
        for j in 1 "$JOBS"; do
            kind=jobsN
            [ "$j" = 1 ] && kind=jobs1
            "${NICE_CMD[@]}" taskset -c "$cores" "${M[@]}" run --results "$RESULTS" --corpus "$label" \
                --tool "pii-redact -j $j${extra:+ ${extra[*]}}" --kind "$kind" \
                "${files[@]/#/--file=}" --runs "$RUNS" --tmpdir "$SCRATCH" \
                -- "$CLI" -j "$j" "${extra[@]}" "${files[@]}"
        done
        "${M[@]}" note --results "$RESULTS" \
            "-j rows: pii-redact ${extra[*]:-(redaction)} over $JOBS_COPIES copies of log.txt, both pinned to cores $cores"
        # What the cores deliver together, in paired rounds beside -j 1 and
        # -j N: JOBS separate processes over shares of the same files.
        if paired=$("${NICE_CMD[@]}" "$PY" bench/jobs_paired.py --rounds "$RUNS" --jobs "$JOBS" \
            --build "$BUILD" "${extra[@]}" "${files[@]}" 2>&1); then
            echo "$paired"
            "${M[@]}" note --results "$RESULTS" \
                "bench/jobs_paired.py --rounds $RUNS --jobs $JOBS${extra:+ ${extra[*]}} (one = -j 1, jobs = -j $JOBS, split = $JOBS separate -j 1 processes over shares of the files, one core each; medians of per-round ratios): $(echo "$paired" | tail -n +2 | sed 's/^ *//' | tr -s ' ' | tr '\n' ';' | sed 's/;$//; s/;/; /g')"
        else
            echo "$paired" >&2
        fi
    fi
fi
[ -n "$jobs_note" ] && "${M[@]}" note --results "$RESULTS" "$jobs_note"

load_end=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v l="${load_start%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > 0.5 * n) }'; then
    "${M[@]}" note --results "$RESULTS" "the machine was busy (load average $load_start at the start on $(nproc) CPUs): wall-clock MB/s are inflated by other processes on the pinned core; compare the CPU MB/s columns"
fi

# --- report -------------------------------------------------------------------
date=$(date +%Y-%m-%d)
host=$(hostname -s 2>/dev/null || hostname)
rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- lib include cli bench meson.build 2>/dev/null || rev="$rev + uncommitted changes"
cmdline="MB=$MB RUNS=$RUNS bench/run.sh"
meta=$("$PY" -c 'import json, sys; print(json.dumps(dict(a.split("=", 1) for a in sys.argv[1:])))' \
    "command=$cmdline" \
    "date=$(date '+%Y-%m-%d %H:%M %Z')" \
    "host=$host" \
    "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(nproc) CPUs)" \
    "kernel=$(uname -sr)" \
    "libpii=$(sed -n "s/^ *version: *'\([^']*\)',*$/\1/p" meson.build | head -n 1) at $rev" \
    "build=meson setup $BUILD --buildtype=release -Db_ndebug=true ($(cc --version | head -n 1))" \
    "pinning=taskset -c $CORE (the -j rows: the first $JOBS cores)${NICE:+, nice -n $NICE}" \
    "corpora=$MB MiB each in $DATA (bench/gen_corpora.py)" \
    "runs=median of $RUNS ($(command -v hyperfine >/dev/null && hyperfine --version || echo 'no hyperfine'); pii-bench times itself)" \
    "tools=$(rg --version | head -n 1), $(cat --version | head -n 1)" \
    "regex=$REGEX" \
    "load average=$load_start at the start, $load_end at the end")
mkdir -p "$OUT"
# a later run of the same day is named by its time too: no report replaces another
name="$date-$host$SUFFIX"
[ -e "$OUT/$name.md" ] || [ -e "$OUT/$name.json" ] && name="$date-$(date +%H%M)-$host$SUFFIX"
"${M[@]}" report --results "$RESULTS" --meta "$meta" \
    --title "libpii throughput, $date, $host" \
    --md "$OUT/$name.md" --json "$OUT/$name.json"
