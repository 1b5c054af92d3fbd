#!/usr/bin/env bash
# hostile.sh - pii-redact on hostile input: elapsed time, throughput and peak
# memory for each input, and byte-exact pass-through of inputs without PII.
#
#   bench/hostile.sh [--check] [INPUT...]
#
# Each input is generated on the fly by a seeded generator and piped through
# pii-redact twice, once redacting and once with --findings; nothing is
# stored on disk.  Inputs (SIZE_MB each unless noted):
#
#   digits        random decimal digits, one line
#   at            '@' repeated
#   colon         ':' repeated
#   hex           random hex digits, one line
#   longline      one line of SIZE_MB/4 of mixed text without PII (words,
#                 numbers, dates, versions, punctuation)
#   digit_groups  "1 2 3 4 5 6 7 8 9 0 " repeated: overlapping number shapes
#   card_groups   "4111 " repeated: overlapping card-shaped groups
#   at_chain      "a@a@a@..." : overlapping email candidates
#   dot_chain     "1.1.1.1...": overlapping IPv4 candidates
#   hex_colons    "ab:ab:ab:...": overlapping MAC and IPv6 candidates
#   binary        random bytes
#
# For each: elapsed seconds and CPU seconds of pii-redact, MB/s (input size
# over CPU time), peak RSS (/usr/bin/time), number of findings, and whether
# the output is byte-identical to the input (SHA-256 of both streams).
# Inputs marked "clean" above (digits, at, colon, hex, longline) must give no
# finding and come out identical; any input with no finding must come out
# identical.
#
# Environment:
#   SIZE_MB       size of each input in MiB (default 1024: 1 GiB)
#   PII_REDACT    the tool (default build/cli/pii-redact, else build-ci/...)
#   RSS_LIMIT_MB  peak RSS allowed with --check (default 64)
#   SEED          generator seed (default 6)
#
# --check: also print PASS/FAIL per input (exit 0, output and findings as
# above, peak RSS <= RSS_LIMIT_MB in both modes) and end with the line
# `N passed, N failed` (tests/run_all.sh's hostile_small stage runs it with
# SIZE_MB=16).  Timings are reported, never checked.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || exit 2
SIZE_MB=${SIZE_MB:-1024}
RSS_LIMIT_MB=${RSS_LIMIT_MB:-64}
SEED=${SEED:-6}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

TOOL=${PII_REDACT:-}
if [ -z "$TOOL" ]; then
    for t in "$ROOT/build/cli/pii-redact" "$ROOT/build-ci/cli/pii-redact"; do
        [ -x "$t" ] && { TOOL=$t; break; }
    done
fi

CHECK=0
INPUTS=()
for a in "$@"; do
    case $a in
    --check) CHECK=1 ;;
    -h | --help) sed -n '2,/^set -u/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) INPUTS+=("$a") ;;
    esac
done
ALL=(digits at colon hex longline digit_groups card_groups at_chain dot_chain hex_colons binary)
CLEAN=" digits at colon hex longline "
[ ${#INPUTS[@]} -gt 0 ] || INPUTS=("${ALL[@]}")

if [ -z "$TOOL" ] || [ ! -x "$TOOL" ]; then
    echo "hostile.sh: pii-redact not found (build it, or set PII_REDACT)" >&2
    [ "$CHECK" -eq 1 ] && echo "0 passed, 1 failed"
    exit 2
fi
if [ ! -x /usr/bin/time ]; then
    echo "hostile.sh: /usr/bin/time is needed (apt-get install time)" >&2
    [ "$CHECK" -eq 1 ] && echo "0 passed, 1 failed"
    exit 2
fi

TMP=$(mktemp -d) || exit 2
trap 'rm -rf "$TMP"' EXIT

# The generator: python3 GEN NAME BYTES SEED writes BYTES bytes to stdout.
cat >"$TMP/gen.py" <<'EOF'
import random, sys

name, size, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
out = sys.stdout.buffer
CHUNK = 1 << 20
DIGITS = bytes((48 + b % 10) for b in range(256))
HEX = bytes(b"0123456789abcdef"[b % 16] for b in range(256))

def repeat(unit):
    block = unit * (CHUNK // len(unit) + 1)
    def f(n):
        # keep the pattern's phase across chunks
        nonlocal block
        chunk = block[:n]
        shift = n % len(unit)
        block = block[shift:] + block[:shift]
        return chunk
    return f

def randomized(table):
    return lambda n: rng.randbytes(n).translate(table) if table else rng.randbytes(n)

WORDS = (b"the quick brown fox jumps over lazy dog status ok error warn retry after "
         b"request served cache miss id=4432 pid:53 port 8080 v1.2.3 build #771 "
         b"2023-01-05 12:33:10Z 10:45 3.14 -7 +12% (n=3) [x] {a:1} <tag> a/b/c "
         b"foo_bar Bar-baz \xc3\xa9t\xc3\xa9 \xe4\xbf\xa1 5kg 1,024 0x1f 0b1010 "
         b"sha=9f3a2b").split(b" ")

def make_text(n):
    parts, k = [], 0
    while k < n:
        w = WORDS[rng.randrange(len(WORDS))]
        sep = b" " if rng.random() < 0.85 else rng.choice([b", ", b"; ", b" - ", b"\t", b". "])
        parts.append(w + sep)
        k += len(w) + len(sep)
    return b"".join(parts)[:n]

TEXT_BLOCKS = []

def text(n):
    # a few blocks of random text, made once, then taken in random order
    # (generating every word would make the generator the bottleneck)
    if not TEXT_BLOCKS:
        TEXT_BLOCKS.extend(make_text(CHUNK + 4096) for _ in range(4))
    b = TEXT_BLOCKS[rng.randrange(4)]
    start = rng.randrange(4096)
    return b[start:start + n]

gens = {
    "digits": randomized(DIGITS),
    "at": repeat(b"@"),
    "colon": repeat(b":"),
    "hex": randomized(HEX),
    "longline": text,
    "digit_groups": repeat(b"1 2 3 4 5 6 7 8 9 0 "),
    "card_groups": repeat(b"4111 "),
    "at_chain": repeat(b"a@"),
    "dot_chain": repeat(b"1."),
    "hex_colons": repeat(b"ab:"),
    "binary": randomized(None),
}
g = gens[name]
left = size
try:
    while left > 0:
        n = min(CHUNK, left)
        out.write(g(n))
        left -= n
    out.flush()
except BrokenPipeError:
    sys.exit(1)
EOF

size_of() { # NAME -> bytes
    if [ "$1" = longline ]; then
        echo $((SIZE_MB * 1048576 / 4))
    else
        echo $((SIZE_MB * 1048576))
    fi
}

# run NAME MODE: sets R_RC R_ELAPSED R_CPU R_RSS_KB R_IN_SHA R_OUT_SHA R_FINDINGS
run() {
    local name=$1 mode=$2 bytes tfile=$TMP/time
    bytes=$(size_of "$name")
    R_IN_SHA="" R_OUT_SHA="" R_FINDINGS=""
    rm -f "$TMP/fifo" "$tfile"
    if [ "$mode" = redact ]; then
        mkfifo "$TMP/fifo"
        sha256sum <"$TMP/fifo" | cut -d' ' -f1 >"$TMP/in.sha" &
        local hasher=$!
        "$PY" "$TMP/gen.py" "$name" "$bytes" "$SEED" | tee "$TMP/fifo" |
            /usr/bin/time -f '%e %U %S %M' -o "$tfile" "$TOOL" 2>"$TMP/err" |
            sha256sum | cut -d' ' -f1 >"$TMP/out.sha"
        R_RC=${PIPESTATUS[2]}
        wait "$hasher"
        R_IN_SHA=$(cat "$TMP/in.sha")
        R_OUT_SHA=$(cat "$TMP/out.sha")
    else
        "$PY" "$TMP/gen.py" "$name" "$bytes" "$SEED" |
            /usr/bin/time -f '%e %U %S %M' -o "$tfile" "$TOOL" --findings 2>"$TMP/err" |
            wc -l >"$TMP/count"
        R_RC=${PIPESTATUS[1]}
        R_FINDINGS=$(tr -d ' ' <"$TMP/count")
    fi
    # /usr/bin/time writes "Command exited with non-zero status N" first on failure
    local t
    t=$(tail -n 1 "$tfile" 2>/dev/null)
    read -r R_ELAPSED user sys R_RSS_KB <<<"${t:-0 0 0 0}"
    R_CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}

passed=0
failed=0
check() { # OK DESC
    [ "$CHECK" -eq 1 ] || return 0
    if [ "$1" -eq 1 ]; then
        echo "PASS: $2"
        passed=$((passed + 1))
    else
        echo "FAIL: $2"
        failed=$((failed + 1))
    fi
}

echo "pii-redact on hostile input: $TOOL, SIZE_MB=$SIZE_MB, seed $SEED"
printf '%-13s %9s | %8s %8s %9s %8s | %8s %8s %8s %9s | %s\n' input MiB \
    "red s" "cpu s" "MB/s" "RSS MiB" "find s" "cpu s" "RSS MiB" findings identical
for name in "${INPUTS[@]}"; do
    case " ${ALL[*]} " in
    *" $name "*) ;;
    *)
        echo "hostile.sh: unknown input '$name' (inputs: ${ALL[*]})" >&2
        check 0 "$name: unknown input"
        continue
        ;;
    esac
    bytes=$(size_of "$name")
    run "$name" redact
    rc1=$R_RC e1=$R_ELAPSED c1=$R_CPU rss1=$((R_RSS_KB / 1024)) insha=$R_IN_SHA outsha=$R_OUT_SHA
    err1=$(head -c 300 "$TMP/err")
    run "$name" findings
    rc2=$R_RC e2=$R_ELAPSED c2=$R_CPU rss2=$((R_RSS_KB / 1024)) nf=$R_FINDINGS
    err2=$(head -c 300 "$TMP/err")
    mbs=$(awk -v b="$bytes" -v c="$c1" \
        'BEGIN { if (c > 0) printf "%.0f", b / 1e6 / c; else print "-" }')
    same=no
    [ -n "$insha" ] && [ "$insha" = "$outsha" ] && same=yes
    printf '%-13s %9d | %8s %8s %9s %8d | %8s %8s %8d %9s | %s\n' "$name" $((bytes / 1048576)) \
        "$e1" "$c1" "$mbs" "$rss1" "$e2" "$c2" "$rss2" "$nf" "$same"

    problems=()
    [ "$rc1" -eq 0 ] || problems+=("pii-redact exited $rc1: $err1")
    [ "$rc2" -eq 0 ] || problems+=("pii-redact --findings exited $rc2: $err2")
    [ "$rss1" -le "$RSS_LIMIT_MB" ] || problems+=("peak RSS ${rss1} MiB > $RSS_LIMIT_MB MiB")
    [ "$rss2" -le "$RSS_LIMIT_MB" ] ||
        problems+=("peak RSS (--findings) ${rss2} MiB > $RSS_LIMIT_MB MiB")
    case $CLEAN in
    *" $name "*) [ "$nf" = 0 ] || problems+=("$nf findings in an input without PII") ;;
    esac
    if [ "$nf" = 0 ] && [ "$same" != yes ]; then
        problems+=("no finding, yet the output differs from the input")
    fi
    if [ ${#problems[@]} -eq 0 ]; then
        desc="$name: exit 0, peak RSS ${rss1}/${rss2} MiB <= $RSS_LIMIT_MB"
        [ "$nf" = 0 ] && desc+=", no finding, output byte-identical" || desc+=", $nf findings"
        check 1 "$desc"
    else
        check 0 "$name: $(printf '%s; ' "${problems[@]}")"
    fi
done
if [ "$CHECK" -eq 1 ]; then
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
fi
