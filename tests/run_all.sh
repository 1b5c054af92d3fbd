#!/usr/bin/env bash
# run_all.sh - build libpii and run every test stage; the project's one test command.
#
#   tests/run_all.sh              run all stages (from any directory)
#   tests/run_all.sh STAGE ...    run only these stages (see STAGES below)
#
# Build directories build-ci, build-asan and build-install under the
# repository are wiped and rebuilt; build logs go to build-logs/.
# Each stage counts checks (one Check test case, one differential value
# class, one accuracy threshold, one example ...).  A check that could not
# run is a failure, never a pass.  The last line is `N passed, N failed`
# for all stages together; the exit status is 1 on any failure.
#
# Adding a stage: write a function stage_NAME that calls pass/fail (or
# add_counts), and add NAME to STAGES with a one-line description.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || exit 2
cd "$ROOT" || exit 2

# Debian's interpreter: the first python3 on PATH may be another build that
# cannot import Debian's packages (python3-stdnum).
PY=/usr/bin/python3
LOGS=$ROOT/build-logs
CORPUS=$(dirname "$ROOT")/shared/corpus

STAGES=(unit sanitize differential accuracy cli install docs python fuzz valgrind hostile_small)
declare -A STAGE_DESC=(
    [unit]="Check suites (meson test, -Werror, debugoptimized)"
    [sanitize]="Check suites under ASan + UBSan (gcc)"
    [differential]="validators against python3-stdnum"
    [accuracy]="accuracy gate on ../shared/corpus"
    [cli]="pii-redact command-line tests (tests/cli/test_cli.py), man page installed"
    [install]="install, pkg-config, exported symbols, C++ header, examples"
    [docs]="README.md matches the code"
    [python]="Python bindings: fresh venv, pip install (no network), pytest"
    [fuzz]="libFuzzer targets, ${FUZZ_SECONDS:-20} s each (clang, ASan + UBSan, build-fuzz)"
    [valgrind]="Check suites and fuzz replays of build-ci under Valgrind memcheck"
    [hostile_small]="bench/hostile.sh at 16 MiB: pass-through, peak RSS <= 64 MiB"
)

# ----------------------------------------------------------------------------
# Counting
# ----------------------------------------------------------------------------

declare -A S_PASS=() S_FAIL=() S_TIME=()
CUR=""

pass() { echo "PASS: $*"; S_PASS[$CUR]=$((S_PASS[$CUR] + 1)); }
fail() { echo "FAIL: $*"; S_FAIL[$CUR]=$((S_FAIL[$CUR] + 1)); }
add_counts() { S_PASS[$CUR]=$((S_PASS[$CUR] + $1)); S_FAIL[$CUR]=$((S_FAIL[$CUR] + $2)); }

# The last lines of a log, indented, after a failure.
show_tail() { tail -n 60 "$1" | sed 's/^/    | /'; }

# run_logged LOG CMD...: run CMD with its output in LOG; show the tail on failure.
run_logged() {
    local log=$1
    shift
    local rc=0
    "$@" >"$log" 2>&1 || rc=$?
    [ "$rc" -eq 0 ] && return 0
    echo "command failed (exit $rc): $*"
    show_tail "$log"
    return $rc
}

# run_counted DESC CMD...: run a program whose last line is `N passed, N failed`
# and add its counts.  No such line, or a non-zero exit with no failure
# counted, is one failure.
run_counted() {
    local desc=$1
    shift
    local out rc line
    out=$(mktemp)
    "$@" </dev/null 2>&1 | tee "$out"
    rc=${PIPESTATUS[0]}
    line=$(tail -n 1 "$out")
    rm -f "$out"
    if [[ $line =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        add_counts "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
        if [ "$rc" -ne 0 ] && [ "${BASH_REMATCH[2]}" -eq 0 ]; then
            fail "$desc exited $rc although it counted no failure"
        fi
    else
        fail "$desc ended (exit $rc) without a 'N passed, N failed' line"
    fi
}

# count_meson_tests BUILDDIR: add up the checks of the last `meson test` run
# from BUILDDIR/meson-logs/testlog.json.  A test with Check summary lines
# ("100%: Checks: 36, Failures: 0, Errors: 0") counts its checks; a test that
# failed without one (a crash, a timeout) is one failure, and so is a test
# that failed after all its checks passed (a sanitizer report at exit).  A
# passing test without a Check line is one pass; a skipped test counts as
# neither.
count_meson_tests() {
    local json=$1/meson-logs/testlog.json counts
    if [ ! -s "$json" ]; then
        fail "no test log at $json: meson test ran nothing"
        return
    fi
    counts=$("$PY" - "$json" <<'EOF'
import json, re, sys
passed = failed = tests = 0
for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
    if not line.strip():
        continue
    t = json.loads(line)
    name, result = t.get('name', '?'), t.get('result', '?')
    out = (t.get('stdout') or '') + (t.get('stderr') or '')
    if result == 'SKIP':
        print(f'  {name}: skipped (not counted)')
        continue
    tests += 1
    ok = result in ('OK', 'EXPECTEDFAIL')
    sums = re.findall(r'Checks: (\d+), Failures: (\d+), Errors: (\d+)', out)
    if sums and result != 'EXPECTEDFAIL':
        n = sum(int(c) for c, _, _ in sums)
        bad = sum(int(f) + int(e) for _, f, e in sums)
        p, f = n - bad, bad
        note = f'{n} checks, {bad} failed'
        if not ok and bad == 0:
            f += 1
            note += f'; the test itself ended {result} (exit {t.get("returncode")})'
    else:
        p, f = (1, 0) if ok else (0, 1)
        note = f'{result} (exit {t.get("returncode")}), no Check summary'
    print(f'  {name}: {note}')
    passed += p
    failed += f
if tests == 0:
    print('  no tests ran')
    failed += 1
print(passed, failed)
EOF
    ) || { fail "could not read $json"; return; }
    echo "$counts" | sed '$d'
    # shellcheck disable=SC2046
    add_counts $(echo "$counts" | tail -n 1)
}

# meson_suites BUILDDIR LABEL [meson setup options...]: configure, build and
# run the meson tests in a fresh BUILDDIR, then count them.
meson_suites() {
    local dir=$1 label=$2
    shift 2
    rm -rf "$dir"
    run_logged "$LOGS/$label-setup.log" meson setup "$dir" "$@" ||
        { fail "$label: meson setup"; return; }
    run_logged "$LOGS/$label-compile.log" meson compile -C "$dir" ||
        { fail "$label: compile"; return; }
    meson test -C "$dir" --print-errorlogs --num-processes 2 \
        --timeout-multiplier "${TIMEOUT_MULTIPLIER:-1}" </dev/null
    count_meson_tests "$dir"
}

# ----------------------------------------------------------------------------
# Stages
# ----------------------------------------------------------------------------

stage_unit() {
    meson_suites build-ci unit --werror -Dbuildtype=debugoptimized
}

stage_sanitize() {
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        CC=gcc TIMEOUT_MULTIPLIER=4 \
        meson_suites build-asan sanitize -Dbuildtype=debugoptimized \
        -Db_sanitize=address,undefined -Db_lundef=false
}

stage_differential() {
    local lib=build-ci/lib/libpii.so
    if [ ! -f "$lib" ]; then
        fail "differential: $lib not built (the unit stage builds it)"
        return
    fi
    run_counted "differential_validators.py" "$PY" tests/differential_validators.py "$lib"
}

stage_accuracy() {
    run_counted "accuracy_gate.py" "$PY" tests/accuracy_gate.py \
        --tool build-ci/cli/pii-redact --corpus "$CORPUS"
}

# pii-redact as a command-line tool: tests/cli/test_cli.py (one check per
# test), and the man page installed by meson install.
stage_cli() {
    local tool=build-ci/cli/pii-redact tmp
    if [ ! -x "$tool" ]; then
        fail "cli: $tool not built (the unit stage builds it)"
        return
    fi
    run_counted "tests/cli/test_cli.py" "$PY" tests/cli/test_cli.py "$tool"
    tmp=$(mktemp -d) || { fail "cli: mktemp"; return; }
    if ! run_logged "$LOGS/cli-install.log" meson install -C build-ci --no-rebuild \
        --destdir "$tmp"; then
        fail "cli: meson install -C build-ci --destdir"
    elif [ -n "$(find "$tmp" -path '*/share/man/man1/pii-redact.1' -type f)" ]; then
        pass "meson install installs the man page man1/pii-redact.1"
    else
        fail "meson install did not install man1/pii-redact.1"
    fi
    rm -rf "$tmp"
}

stage_install() {
    local dir=build-install tmp prefix version
    tmp=$(mktemp -d) || { fail "install: mktemp"; return; }
    prefix=$tmp/prefix
    rm -rf "$dir"
    if ! run_logged "$LOGS/install-setup.log" meson setup "$dir" --prefix="$prefix" \
        --libdir=lib -Dtests=false -Dbuildtype=debugoptimized ||
        ! run_logged "$LOGS/install-compile.log" meson compile -C "$dir" ||
        ! run_logged "$LOGS/install.log" meson install -C "$dir"; then
        fail "install: build and meson install into $prefix"
        rm -rf "$tmp"
        return
    fi
    export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
    local run_env=(env "LD_LIBRARY_PATH=$prefix/lib")

    # pkg-config version = meson.build's project version.
    version=$(meson introspect --projectinfo meson.build |
        "$PY" -c 'import json, sys; print(json.load(sys.stdin)["version"])')
    local modversion
    modversion=$(pkg-config --modversion libpii 2>&1)
    if [ -n "$version" ] && [ "$modversion" = "$version" ]; then
        pass "pkg-config --modversion libpii = $version (meson.build)"
    else
        fail "pkg-config --modversion libpii is '$modversion', meson.build says '$version'"
    fi

    # Only pii_* symbols exported (version nodes such as PII_0 aside).
    local so=$prefix/lib/libpii.so syms bad
    syms=$(nm -D --defined-only "$so" 2>&1 | awk '!($2 == "A" && $3 ~ /^[A-Z0-9_]+$/) { sub(/@.*/, "", $3); print $3 }')
    bad=$(echo "$syms" | grep -v '^pii_' | grep -v '^$')
    if [ -z "$bad" ] && echo "$syms" | grep -q '^pii_'; then
        pass "libpii.so exports only pii_* symbols ($(echo "$syms" | grep -c '^pii_'))"
    else
        fail "libpii.so exports other symbols than pii_* (or none): $(echo "${bad:-none}" | head -n 20 | tr '\n' ' ')"
    fi

    # The installed header compiles as C++.
    local cxxlog=$LOGS/install-cxx.log
    local cflags libs
    read -ra cflags <<<"$(pkg-config --cflags libpii)"
    read -ra libs <<<"$(pkg-config --libs libpii)"
    if printf '#include <pii.h>\nint main() { return pii_version_number() > 0 ? 0 : 1; }\n' |
        g++ -fsyntax-only -x c++ -std=c++11 -Wall -Wextra -Werror -pedantic \
            "${cflags[@]}" - >"$cxxlog" 2>&1; then
        pass "pii.h compiles as C++11 (g++ -Wall -Wextra -pedantic -Werror)"
    else
        fail "pii.h does not compile as C++"
        show_tail "$cxxlog"
    fi

    # Each example compiles against the installed library and prints what
    # examples/NAME.expected says.
    local src name exe out
    for src in examples/*.c; do
        [ -e "$src" ] || { fail "no examples/*.c"; break; }
        name=$(basename "$src" .c)
        exe=$tmp/$name
        out=$tmp/$name.out
        if [ ! -f "examples/$name.expected" ]; then
            fail "example $name: examples/$name.expected is missing"
        elif ! cc -std=c11 -Wall -Wextra -Werror -pedantic -o "$exe" "$src" \
            "${cflags[@]}" "${libs[@]}" >"$LOGS/example-$name.log" 2>&1; then
            fail "example $name does not compile against the installed library"
            show_tail "$LOGS/example-$name.log"
        elif ! "${run_env[@]}" "$exe" >"$out" 2>&1 <examples/sample.txt; then
            fail "example $name exited non-zero"
            show_tail "$out"
        elif ! diff -u "examples/$name.expected" "$out"; then
            fail "example $name: output differs from examples/$name.expected"
        else
            pass "example $name compiles, runs and prints examples/$name.expected"
        fi
    done

    # The installed pii-redact on the README's sample file.
    out=$tmp/sample.out
    if ! "${run_env[@]}" "$prefix/bin/pii-redact" examples/sample.txt >"$out" 2>&1 </dev/null; then
        fail "installed pii-redact examples/sample.txt exited non-zero"
        show_tail "$out"
    elif ! diff -u examples/sample.expected "$out"; then
        fail "pii-redact examples/sample.txt differs from examples/sample.expected"
    else
        pass "installed pii-redact redacts examples/sample.txt as examples/sample.expected"
    fi
    unset PKG_CONFIG_PATH
    rm -rf "$tmp"
}

# The Python bindings (bindings/python): libpii installed into a temporary
# prefix, a fresh venv of Debian's python3 with --system-site-packages (so
# pytest, setuptools, dask come from Debian packages), the binding built
# from a copy of bindings/python against that prefix through pkg-config
# with pip --no-build-isolation --no-index (no network), then its pytest
# suite: one check per test; pytest's exit 5 (no tests ran) is a failure.
stage_python() {
    local dir=build-python tmp prefix venv
    tmp=$(mktemp -d) || { fail "python: mktemp"; return; }
    prefix=$tmp/prefix
    venv=$tmp/venv
    rm -rf "$dir"
    if ! run_logged "$LOGS/python-setup.log" meson setup "$dir" --prefix="$prefix" \
        --libdir=lib -Dtests=false -Dbuildtype=debugoptimized ||
        ! run_logged "$LOGS/python-compile.log" meson compile -C "$dir" ||
        ! run_logged "$LOGS/python-libinstall.log" meson install -C "$dir"; then
        fail "python: build and meson install libpii into $prefix"
        rm -rf "$tmp"
        return
    fi
    if ! run_logged "$LOGS/python-venv.log" "$PY" -m venv --system-site-packages "$venv"; then
        fail "python: $PY -m venv --system-site-packages (python3-venv installed?)"
        rm -rf "$tmp"
        return
    fi
    # a copy, so no stale in-tree build/ (linked against another libpii) is reused
    cp -r bindings/python "$tmp/src" && rm -rf "$tmp/src/build" "$tmp/src"/*.egg-info
    if run_logged "$LOGS/python-pip.log" env -u PYTHONPATH PIP_NO_INDEX=1 \
        PKG_CONFIG_PATH="$prefix/lib/pkgconfig" "$venv/bin/python" -m pip install \
        --no-build-isolation --no-index --no-cache-dir "$tmp/src"; then
        pass "pip install --no-build-isolation --no-index ./bindings/python into a fresh venv"
    else
        fail "python: pip install of bindings/python"
        rm -rf "$tmp"
        return
    fi
    # the extension finds the prefix's libpii through its rpath alone
    local ver
    ver=$(env -u PYTHONPATH -u LD_LIBRARY_PATH "$venv/bin/python" -c \
        'import pii; print(pii.library_version)' 2>&1)
    if [ "$ver" = "$(pkg-config --modversion "$prefix/lib/pkgconfig/libpii.pc" 2>&1)" ]; then
        pass "import pii loads the installed libpii $ver (rpath, no LD_LIBRARY_PATH)"
    else
        fail "import pii: '$ver'"
    fi
    local out rc summary
    out=$LOGS/python-pytest.log
    env -u PYTHONPATH "$venv/bin/python" -m pytest bindings/python/tests -q -rfE \
        -p no:cacheprovider </dev/null >"$out" 2>&1
    rc=$?
    grep -E '^(FAILED|ERROR) ' "$out" | sed 's/^/    /'
    summary=$(grep -E '^=* ?[0-9]+ (passed|failed|error|errors|skipped|deselected|warnings?)' "$out" | tail -n 1)
    echo "  pytest: ${summary:-no summary line} (exit $rc)"
    local p f e
    p=$(echo "$summary" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
    f=$(echo "$summary" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
    e=$(echo "$summary" | grep -oE '[0-9]+ errors?' | grep -oE '[0-9]+')
    add_counts "${p:-0}" "$((${f:-0} + ${e:-0}))"
    if [ "$rc" -eq 5 ]; then
        fail "python: pytest collected no tests"
    elif [ "$rc" -ne 0 ] && [ "$((${f:-0} + ${e:-0}))" -eq 0 ]; then
        fail "python: pytest exited $rc without a counted failure"
        show_tail "$out"
    elif [ "$rc" -ne 0 ]; then
        show_tail "$out"
    fi
    rm -rf "$tmp"
}

# ----------------------------------------------------------------------------
# Reliability (issue 6): fuzzing, Valgrind, hostile input
# ----------------------------------------------------------------------------

FUZZ_TARGETS=(fuzz_scan fuzz_stream fuzz_redact fuzz_validate fuzz_rules fuzz_prefilter)

# A clang build with -Dfuzzing=true in build-fuzz, then each libFuzzer target
# for FUZZ_SECONDS (default 20) with fuzz/dict/pii.dict and a scratch copy
# of its seed corpus.  One check per target: a crash, leak, timeout (10 s on
# one input) or failed invariant fails it, and the input that did it is kept
# in build-logs/fuzz-artifacts/ (replay it with build-ci/fuzz/replay_TARGET).
stage_fuzz() {
    local dir=build-fuzz secs=${FUZZ_SECONDS:-20} art=$LOGS/fuzz-artifacts t
    if ! command -v clang >/dev/null 2>&1; then
        fail "fuzz: clang is not installed"
        return
    fi
    rm -rf "$dir"
    CC=clang run_logged "$LOGS/fuzz-setup.log" meson setup "$dir" -Dfuzzing=true \
        -Db_lundef=false -Dtests=false -Dbuildtype=debugoptimized ||
        { fail "fuzz: meson setup (clang, -Dfuzzing=true)"; return; }
    run_logged "$LOGS/fuzz-compile.log" meson compile -C "$dir" ||
        { fail "fuzz: compile"; return; }
    mkdir -p "$art"
    for t in "${FUZZ_TARGETS[@]}"; do
        local exe=$dir/fuzz/$t log=$LOGS/fuzz-$t.log tmp rc=0 runs eps crash
        if [ ! -x "$exe" ]; then
            fail "fuzz: $exe was not built"
            continue
        fi
        tmp=$(mktemp -d) || { fail "fuzz: mktemp"; continue; }
        cp -r "fuzz/corpus/$t" "$tmp/corpus"
        UBSAN_OPTIONS=print_stacktrace=1 "$exe" -max_total_time="$secs" -timeout=10 \
            -rss_limit_mb=2048 -dict=fuzz/dict/pii.dict -artifact_prefix="$art/$t-" \
            -print_final_stats=1 "$tmp/corpus" </dev/null >"$log" 2>&1 || rc=$?
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        if [ "$rc" -eq 0 ]; then
            pass "$t: ${runs:-?} runs in ${secs} s (${eps:-?} exec/s), corpus $(find "$tmp/corpus" -type f | wc -l) inputs"
        else
            crash=$(find "$art" -name "$t-*" -type f -newer "$tmp/corpus" 2>/dev/null | head -n 1)
            fail "$t: exit $rc after ${runs:-?} runs; input: ${crash:-none written} (log $log)"
            grep -E 'invariant failed|ERROR: |SUMMARY: |^  ' "$log" | head -n 20 | sed 's/^/    | /'
        fi
        rm -rf "$tmp"
    done
}

# The Check suites and fuzz replay programs of build-ci (the unit stage's
# build), as meson registered them (command, arguments, environment), under
# Valgrind memcheck with CK_FORK=no: any memory error or definite leak
# (exit 99), or a failing test, fails its executable.  One check per
# executable, two at a time; VALGRIND_TIMEOUT (default 3600 s) each.
stage_valgrind() {
    if ! command -v valgrind >/dev/null 2>&1; then
        fail "valgrind: valgrind is not installed"
        return
    fi
    if [ ! -f build-ci/meson-info/intro-tests.json ]; then
        fail "valgrind: build-ci is not configured (the unit stage builds it)"
        return
    fi
    local script
    script=$(cat <<'EOF'
import concurrent.futures, json, os, subprocess, sys, time
build, logs, timeout = os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3])
tests = json.load(open(os.path.join(build, 'meson-info', 'intro-tests.json')))
picked = []
for t in tests:
    exe = t['cmd'][0]
    rel = os.path.relpath(exe, build)
    if not (rel.startswith('tests/') or rel.startswith('fuzz/replay_')):
        continue  # Check suites and replay programs only
    try:
        with open(exe, 'rb') as f:
            if f.read(4) != b'\x7fELF':
                continue
    except OSError:
        continue
    picked.append(t)
# PCRE2's JIT code (custom rules) reads the subject with aligned vector loads
# that may pass its end, inside the same heap block; Valgrind marks the bytes
# past the end undefined (--partial-loads-ok) and reports the compare.  Such
# reports have JIT code, which belongs to no object file, at the top.
supp = os.path.join(logs, 'valgrind-pcre2-jit.supp')
with open(supp, 'w') as f:
    f.write('{\n   pcre2-jit-vector-load-past-subject-end\n   Memcheck:Cond\n   obj:???\n}\n')
vg = ['valgrind', '-q', '--error-exitcode=99', '--leak-check=full',
      '--errors-for-leak-kinds=definite', '--show-leak-kinds=definite', '--num-callers=30',
      '--suppressions=' + supp]
def run(t):
    env = dict(os.environ)
    env.update(t.get('env') or {})
    env['CK_FORK'] = 'no'
    env.pop('MALLOC_PERTURB_', None)
    log = os.path.join(logs, 'valgrind-%s.log' % t['name'].replace('/', '_').replace(' ', '_'))
    t0 = time.time()
    with open(log, 'w') as out:
        try:
            rc = subprocess.call(vg + t['cmd'], cwd=t.get('workdir') or build, env=env,
                                 stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                 timeout=timeout)
        except subprocess.TimeoutExpired:
            rc = 'timeout'
    return t['name'], rc, time.time() - t0, log
passed = failed = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    for name, rc, secs, log in pool.map(run, picked):
        if rc == 0:
            print(f'PASS: {name} is Valgrind-clean ({secs:.0f} s)', flush=True)
            passed += 1
            continue
        why = ('Valgrind errors' if rc == 99 else
               f'no result in {timeout} s' if rc == 'timeout' else f'exit {rc}')
        print(f'FAIL: {name} under Valgrind: {why} ({secs:.0f} s, log {log})', flush=True)
        lines = open(log, errors='replace').read().splitlines()
        shown = [l for l in lines if l.startswith('==')][:40] or lines[-40:]
        for l in shown:
            print('    | ' + l)
        failed += 1
if not picked:
    print('FAIL: no Check suites or replay programs found in ' + build)
    failed += 1
print(f'{passed} passed, {failed} failed')
EOF
    )
    run_counted "valgrind over build-ci" "$PY" -c "$script" build-ci "$LOGS" \
        "${VALGRIND_TIMEOUT:-3600}"
}

# bench/hostile.sh at SIZE_MB=16 on build-ci's pii-redact: for each hostile
# input (runs of digits, '@', ':', hex, a long line, overlapping candidates,
# binary) one check: exit 0 in both modes, peak RSS <= 64 MiB, and inputs
# without findings (all the PII-free ones) byte-identical.  Timings are
# printed, not checked.
stage_hostile_small() {
    local tool=build-ci/cli/pii-redact
    if [ ! -x "$tool" ]; then
        fail "hostile_small: $tool not built (the unit stage builds it)"
        return
    fi
    run_counted "bench/hostile.sh --check" env SIZE_MB=16 RSS_LIMIT_MB=64 \
        PII_REDACT="$ROOT/$tool" bench/hostile.sh --check
}

# README.md against the code: its C example is examples/scan.c, the output
# shown after "It prints:" is examples/scan.expected, and the usage block is
# pii-redact --help.
stage_docs() {
    local tmp
    tmp=$(mktemp -d) || { fail "docs: mktemp"; return; }
    if ! "$PY" - README.md "$tmp" <<'EOF'; then
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
blocks = re.findall(r'^```(\w*)\n(.*?)^```$', text, re.S | re.M)
c = [b for lang, b in blocks if lang == 'c']
usage = [b for lang, b in blocks if b.startswith('Usage: pii-redact')]
after = text.split('It prints:', 1)
shown = re.match(r'\s*```\w*\n(.*?)^```$', after[1], re.S | re.M) if len(after) > 1 else None
for name, body in (('example.c', c[0] if c else None),
                   ('usage.txt', usage[0] if usage else None),
                   ('output.txt', shown.group(1) if shown else None)):
    if body is not None:
        open(f'{sys.argv[2]}/{name}', 'w', encoding='utf-8').write(body)
EOF
        fail "docs: could not read README.md"
        rm -rf "$tmp"
        return
    fi
    docs_same "README.md's C example is examples/scan.c" "$tmp/example.c" examples/scan.c
    docs_same "README.md's example output is examples/scan.expected" \
        "$tmp/output.txt" examples/scan.expected
    if [ -x build-ci/cli/pii-redact ] && build-ci/cli/pii-redact --help >"$tmp/help.txt" 2>&1; then
        docs_same "README.md's pii-redact usage is pii-redact --help" "$tmp/usage.txt" "$tmp/help.txt"
    else
        fail "docs: build-ci/cli/pii-redact --help did not run (the unit stage builds it)"
    fi
    rm -rf "$tmp"
}

# docs_same DESC README_PART FILE
docs_same() {
    if [ ! -f "$2" ]; then
        fail "$1: that part is missing from README.md"
    elif diff -u "$3" "$2"; then
        pass "$1"
    else
        fail "$1 (diff above: - code, + README)"
    fi
}

# ----------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------

selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${STAGES[@]}")
for s in "${selected[@]}"; do
    if [ -z "${STAGE_DESC[$s]+x}" ]; then
        echo "run_all.sh: unknown stage '$s' (stages: ${STAGES[*]})" >&2
        echo "0 passed, 1 failed"
        exit 2
    fi
done

rm -rf "$LOGS"
mkdir -p "$LOGS"
start=$SECONDS
for s in "${selected[@]}"; do
    CUR=$s
    S_PASS[$s]=0
    S_FAIL[$s]=0
    echo
    echo "==== [$s] ${STAGE_DESC[$s]}"
    t0=$SECONDS
    "stage_$s"
    S_TIME[$s]=$((SECONDS - t0))
    echo "---- [$s] ${S_PASS[$s]} passed, ${S_FAIL[$s]} failed (${S_TIME[$s]} s)"
done

total_pass=0
total_fail=0
echo
echo "==== Summary"
for s in "${selected[@]}"; do
    printf '  %-14s %6d passed, %4d failed  %5d s\n' "$s" "${S_PASS[$s]}" "${S_FAIL[$s]}" "${S_TIME[$s]}"
    total_pass=$((total_pass + S_PASS[$s]))
    total_fail=$((total_fail + S_FAIL[$s]))
done
echo "TOTAL: $total_pass passed, $total_fail failed in ${#selected[@]} stages ($((SECONDS - start)) s)"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
