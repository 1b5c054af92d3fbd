/*
 * test_stream.c - Check suite for the streaming engine (pii_redact_stream,
 * pii_scan_stream) and one-shot redaction (pii_redact, pii_redact_bound).
 *
 *   golden       pii_redact() on tests/golden/<input> equals <stem>.redacted,
 *                and its findings ("ENTITY start end") equal <stem>.findings
 *   every_split, every_split_small_out, random_chunkings
 *                chunk invariance: each golden file split at every point
 *                (PII_FLUSH at half of them), with output buffers of 7 and
 *                1 bytes, through pii_scan_stream() too; 200 random
 *                chunkings per file with PII_FLUSH sprinkled in; also on all
 *                files concatenated, a normalisation text and a 160 KB mix.
 *                Output and findings (entity, offsets, score, flags,
 *                subtype) must be byte-identical to the one-shot call.
 *   large        a 50 MB stream and a 32 MB line without a newline: output
 *                independent of the chunk size, held-back bytes bounded by
 *                pii_ctx_holdback_max()
 *   in place     one-shot calls and long chunks are read where they are: on
 *                a read-only mapping the results equal the stream's from a
 *                copy, and nothing is read after the mapping is gone; chunks
 *                in a buffer overwritten after each call give the same
 *                results (the stream keeps its own copy of what it needs)
 *   fail_closed  a callback that stops the stream: PII_ERR_CALLBACK, then
 *                PII_ERR_SESSION with nothing written; what was written is a
 *                prefix of the correct redaction; reset gives a new stream
 *   misuse       NULL arguments, positions past the end, bad directives,
 *                one-shot calls during a session, re-entrant calls
 *   passthrough  bytes outside findings come out byte-identical (NUL and
 *                invalid UTF-8 included)
 *   bound        pii_redact() output fits pii_redact_bound(); a smaller
 *                capacity gives PII_ERR_DST_TOO_SMALL
 *   normalisation  fullwidth digits and zero-width characters do not hide
 *                a number; findings cover the original bytes
 *
 * The golden files are found through PII_GOLDEN_DIR, or next to this source
 * file (meson runs tests from the build directory, where __FILE__ is a
 * relative path to the source).  tests/golden/README says how the expected
 * files were made and checked.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check_main.h"
#include "lib/internal.h" /* the queue of findings to write, for test_queue_bounded */
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* An assertion for hot loops: Check's ck_assert_* records its location
 * through a write() on every call, even when it passes, which made the
 * split tests spend most of their time in the kernel. */
#define REQUIRE(cond, ...)                                                   \
    do {                                                                     \
        if (!(cond))                                                         \
            ck_abort_msg(__VA_ARGS__);                                       \
    } while (0)

/* ------------------------------------------------------------------------ */
/* Byte buffers, findings, files                                            */
/* ------------------------------------------------------------------------ */

typedef struct bytes {
    uint8_t *p;
    size_t n, cap;
} bytes;

static void bytes_reserve(bytes *b, size_t extra)
{
    if (b->n + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra)
        cap *= 2;
    uint8_t *p = realloc(b->p, cap);
    REQUIRE(p != NULL, "out of memory");
    b->p = p;
    b->cap = cap;
}

static void bytes_add(bytes *b, const void *s, size_t n)
{
    if (!n)
        return;
    bytes_reserve(b, n);
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void bytes_str(bytes *b, const char *s) { bytes_add(b, s, strlen(s)); }

static void bytes_free(bytes *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

typedef struct fvec {
    pii_finding *v;
    size_t n, cap;
} fvec;

static void fvec_push(fvec *fv, const pii_finding *f)
{
    if (fv->n == fv->cap) {
        size_t cap = fv->cap ? fv->cap * 2 : 64;
        pii_finding *v = realloc(fv->v, cap * sizeof *v);
        REQUIRE(v != NULL, "out of memory");
        fv->v = v;
        fv->cap = cap;
    }
    fv->v[fv->n++] = *f;
}

static void fvec_free(fvec *fv)
{
    free(fv->v);
    memset(fv, 0, sizeof *fv);
}

static int collect_cb(const pii_finding *f, void *user)
{
    fvec_push(user, f);
    return 0;
}

static int same_finding(const pii_finding *a, const pii_finding *b)
{
    return a->start == b->start && a->end == b->end && a->entity == b->entity &&
           a->score == b->score && a->flags == b->flags &&
           strncmp(a->subtype, b->subtype, PII_SUBTYPE_MAX) == 0;
}

/* Assert two finding lists are identical; `what` names the run. */
static void assert_same_findings(const fvec *got, const fvec *want, const char *what)
{
    size_t n = got->n < want->n ? got->n : want->n;
    for (size_t i = 0; i < n; i++) {
        const pii_finding *g = &got->v[i], *w = &want->v[i];
        REQUIRE(same_finding(g, w),
                      "%s: finding %zu is {%d %llu %llu %.3f %u '%.16s'}, one-shot has "
                      "{%d %llu %llu %.3f %u '%.16s'}",
                      what, i, g->entity, (unsigned long long)g->start,
                      (unsigned long long)g->end, g->score, g->flags, g->subtype, w->entity,
                      (unsigned long long)w->start, (unsigned long long)w->end, w->score,
                      w->flags, w->subtype);
    }
    REQUIRE(got->n == want->n, "%s: %zu findings, one-shot has %zu", what, got->n, want->n);
}

/* Assert two outputs are identical, naming the first difference. */
static void assert_same_bytes(const uint8_t *got, size_t gn, const uint8_t *want, size_t wn,
                              const char *what)
{
    size_t n = gn < wn ? gn : wn, i = 0;
    while (i < n && got[i] == want[i])
        i++;
    REQUIRE(i == n && gn == wn,
                  "%s: output differs at byte %zu (got %zu bytes, expected %zu)", what, i, gn,
                  wn);
}

static const uint8_t *find_bytes(const uint8_t *hay, size_t hn, const void *needle, size_t nn)
{
    if (nn == 0 || nn > hn)
        return NULL;
    const uint8_t *nd = needle;
    for (size_t i = 0; i + nn <= hn; i++)
        if (hay[i] == nd[0] && memcmp(hay + i, nd, nn) == 0)
            return hay + i;
    return NULL;
}

/* ---- golden files ---- */

typedef struct golden_case {
    const char *input; /* file name under tests/golden */
    const char *stem;  /* <stem>.redacted, <stem>.findings */
} golden_case;

static const golden_case GOLDEN[] = {
    {"app.log", "app"},             /* application log excerpt */
    {"customers.csv", "customers"}, /* CSV, header names the columns */
    {"order.json", "order"},        /* pretty-printed JSON */
    {"email.txt", "email"},         /* email with signature and quote */
    {"unicode.txt", "unicode"},     /* CJK, emoji, accents, RTL around IDs */
    {"binary.dat", "binary"},       /* NUL bytes, invalid UTF-8 */
    {"passports.txt", "passports"}, /* TD3 machine readable zones */
    {"notrail.txt", "notrail"},     /* no trailing newline, PII at EOF */
    {"report.txt", "report"},       /* tables whose columns are aligned by spaces */
    {"hl7.txt", "hl7"},             /* HL7 v2 segments, by '\n' and by '\r' alone */
    {"x12.txt", "x12"},             /* X12 segments, one to a line and all on one */
    {"sheets.csv", "sheets"},       /* a spreadsheet's CSV: fields over several lines */
    {"frames.txt", "frames"},       /* pandas' data frames, an INSERT of many tuples */
    {"layouts.txt", "layouts"},     /* a single column, a diff, a notebook, wrapped names */
};
#define N_GOLDEN ((int)N_ELEMS(GOLDEN))

static char golden_dir[4200];

static int dir_has_golden(const char *dir)
{
    char path[4400];
    snprintf(path, sizeof path, "%s/%s", dir, GOLDEN[0].input);
    FILE *f = fopen(path, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

static void locate_golden_dir(void)
{
    const char *env = getenv("PII_GOLDEN_DIR");
    if (env && *env) {
        snprintf(golden_dir, sizeof golden_dir, "%s", env);
        return;
    }
    /* the directory of this source file, as the compiler saw it */
    char here[4000];
    snprintf(here, sizeof here, "%s", __FILE__);
    char *slash = strrchr(here, '/');
    if (slash) {
        *slash = '\0';
        snprintf(golden_dir, sizeof golden_dir, "%s/golden", here);
        if (dir_has_golden(golden_dir))
            return;
    }
    static const char *const tries[] = {"tests/golden", "../tests/golden", "../../tests/golden",
                                        "golden"};
    for (size_t i = 0; i < N_ELEMS(tries); i++)
        if (dir_has_golden(tries[i])) {
            snprintf(golden_dir, sizeof golden_dir, "%s", tries[i]);
            return;
        }
    golden_dir[0] = '\0';
}

static bytes load_golden(const char *name)
{
    char path[4400];
    ck_assert_msg(golden_dir[0], "tests/golden not found (set PII_GOLDEN_DIR)");
    snprintf(path, sizeof path, "%s/%s", golden_dir, name);
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    bytes b = {0};
    uint8_t buf[4096];
    size_t r;
    while ((r = fread(buf, 1, sizeof buf, f)) > 0)
        bytes_add(&b, buf, r);
    ck_assert_msg(!ferror(f), "cannot read %s", path);
    fclose(f);
    return b;
}

/* ---- library objects ---- */

static pii_ruleset *RS; /* default ruleset, built once in main() */

static pii_ctx *new_ctx(void)
{
    pii_ctx *ctx = pii_ctx_new(RS);
    ck_assert_ptr_nonnull(ctx);
    return ctx;
}

/* One-shot redaction with the context's operators; findings via callback. */
static void one_shot(pii_ctx *ctx, const uint8_t *s, size_t n, bytes *out, fvec *fs)
{
    ck_assert_int_eq(pii_ctx_set_callback(ctx, collect_cb, fs), PII_OK);
    size_t cap = pii_redact_bound(ctx, n);
    ck_assert_uint_ge(cap, n);
    bytes_reserve(out, cap);
    int64_t r = pii_redact(ctx, s, n, out->p + out->n, cap);
    ck_assert_msg(r >= 0, "pii_redact failed: %s", pii_error_name((int)r));
    out->n += (size_t)r;
    ck_assert_int_eq(pii_ctx_set_callback(ctx, NULL, NULL), PII_OK);
}

/* ---- PRNG (splitmix64, fixed seeds) ---- */

static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]. */
static size_t rng_range(uint64_t *s, size_t lo, size_t hi)
{
    return lo + (size_t)(rng_next(s) % (uint64_t)(hi - lo + 1));
}

/* ------------------------------------------------------------------------ */
/* The stream driver                                                        */
/* ------------------------------------------------------------------------ */

/* Where output goes: collected, or compared on the fly with a reference. */
typedef struct sink {
    bytes *collect;       /* append here when set */
    const uint8_t *ref;   /* else compare with ref[0..ref_n) */
    size_t ref_n;
    size_t pos;           /* bytes received */
    size_t mismatch;      /* first differing offset, SIZE_MAX when none */
} sink;

static void sink_put(sink *k, const uint8_t *s, size_t n)
{
    if (k->collect) {
        bytes_add(k->collect, s, n);
    } else if (k->mismatch == SIZE_MAX) {
        for (size_t i = 0; i < n; i++)
            if (k->pos + i >= k->ref_n || s[i] != k->ref[k->pos + i]) {
                k->mismatch = k->pos + i;
                break;
            }
    }
    k->pos += n;
}

/* Findings: collected and/or folded into a hash. */
typedef struct fsink {
    fvec *collect;
    uint64_t hash;
    size_t n;
} fsink;

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const uint8_t *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001B3ull;
    return h;
}

static int fsink_cb(const pii_finding *f, void *user)
{
    fsink *k = user;
    if (k->collect)
        fvec_push(k->collect, f);
    uint64_t h = k->hash ? k->hash : 0xCBF29CE484222325ull;
    h = fnv(h, &f->start, sizeof f->start);
    h = fnv(h, &f->end, sizeof f->end);
    h = fnv(h, &f->score, sizeof f->score);
    h = fnv(h, &f->entity, sizeof f->entity);
    h = fnv(h, &f->flags, sizeof f->flags);
    h = fnv(h, f->subtype, strnlen(f->subtype, PII_SUBTYPE_MAX));
    k->hash = h;
    k->n++;
    return 0;
}

/* How a run splits its input and drains its output. */
typedef struct plan {
    const size_t *chunks; /* chunk lengths, summing to the input length */
    size_t nchunks;
    size_t out_cap;       /* output buffer size per call (redact only) */
    unsigned flush_pct;   /* chance in percent that a chunk is fed with FLUSH */
    int end_on_last;      /* feed the last chunk with PII_END itself */
    uint64_t seed;        /* for flush_pct */
    int scan;             /* pii_scan_stream() instead of pii_redact_stream() */
} plan;

typedef struct run_stats {
    int64_t max_held;  /* largest return of a non-END call */
    size_t calls;
} run_stats;

/* Stream s[0..n) through ctx as planned.  Every call must succeed; every
 * non-END return is checked against pii_ctx_holdback_max(). */
static void stream_run(pii_ctx *ctx, const uint8_t *s, size_t n, const plan *pl, sink *out,
                       fsink *fs, run_stats *stats)
{
    REQUIRE(pii_ctx_set_callback(ctx, fsink_cb, fs) == PII_OK, "set_callback");
    size_t holdmax = pii_ctx_holdback_max(ctx);
    uint64_t seed = pl->seed;
    uint8_t *obuf = malloc(pl->out_cap ? pl->out_cap : 1);
    REQUIRE(obuf != NULL, "out of memory");
    run_stats st = {0, 0};
    size_t off = 0;
    size_t total_chunks = pl->nchunks + (pl->end_on_last ? 0 : 1);
    for (size_t c = 0; c < total_chunks; c++) {
        size_t len = c < pl->nchunks ? pl->chunks[c] : 0;
        REQUIRE(off + len <= n, "plan longer than the input");
        pii_in_buffer in = {s + off, len, 0};
        pii_directive d = PII_CONTINUE;
        if (c == total_chunks - 1)
            d = PII_END;
        else if (pl->flush_pct && rng_range(&seed, 1, 100) <= pl->flush_pct)
            d = PII_FLUSH;
        unsigned stuck = 0;
        for (;;) {
            pii_out_buffer o = {obuf, pl->out_cap, 0};
            size_t before = in.pos;
            int64_t r = pl->scan ? pii_scan_stream(ctx, &in, d)
                                 : pii_redact_stream(ctx, &o, &in, d);
            st.calls++;
            REQUIRE(r >= 0, "stream call failed at offset %zu: %s", off + before,
                          pii_error_name((int)r));
            REQUIRE(o.pos <= pl->out_cap && in.pos <= in.size, "positions past the end");
            sink_put(out, obuf, o.pos);
            if (d != PII_END) {
                REQUIRE((uint64_t)r <= holdmax,
                        "held back %lld bytes, pii_ctx_holdback_max() is %zu", (long long)r,
                        holdmax);
                if (r > st.max_held)
                    st.max_held = r;
            }
            if (d == PII_END ? r == 0 : in.pos == in.size)
                break;
            /* a call that neither reads nor writes must not repeat forever */
            stuck = (in.pos == before && o.pos == 0) ? stuck + 1 : 0;
            REQUIRE(stuck < 3, "no progress: in %zu/%zu, held %lld, directive %d",
                          in.pos, in.size, (long long)r, (int)d);
        }
        off += len;
    }
    REQUIRE(off == n, "plan shorter than the input");
    free(obuf);
    REQUIRE(pii_ctx_set_callback(ctx, NULL, NULL) == PII_OK, "set_callback");
    if (stats)
        *stats = st;
}

/* Run and compare with the one-shot result (output and findings). */
static void stream_check(pii_ctx *ctx, const bytes *in, const plan *pl, const bytes *want_out,
                         const fvec *want_f, const char *what)
{
    bytes got = {0};
    fvec gf = {0};
    sink k = {&got, NULL, 0, 0, SIZE_MAX};
    fsink fk = {&gf, 0, 0};
    stream_run(ctx, in->p, in->n, pl, &k, &fk, NULL);
    assert_same_findings(&gf, want_f, what);
    if (!pl->scan)
        assert_same_bytes(got.p, got.n, want_out->p, want_out->n, what);
    else
        REQUIRE(got.n == 0, "%s: scanning wrote output", what);
    bytes_free(&got);
    fvec_free(&gf);
}

/* The one-shot reference for golden file i. */
typedef struct reference {
    bytes in, out;
    fvec f;
} reference;

/* Inputs of the invariance tests: the golden files, then all of them
 * concatenated (10 KB: longer than the engine's lookahead, so decisions are
 * taken before the end), then 160 KB of them mixed (several blocks). */
#define IN_CONCAT N_GOLDEN
#define IN_NORM (N_GOLDEN + 1)
#define IN_MIXED (N_GOLDEN + 2)
#define N_INPUTS (N_GOLDEN + 3)

static bytes make_large(size_t size, uint64_t seed);

/* Values that only Unicode normalisation finds (DESIGN.md section 5), the
 * multi-byte characters being what a split can cut in two. */
static const char NORM_BLOCK[] =
    "SSN \xef\xbc\x95\xef\xbc\x93\xef\xbc\x96\xef\xbc\x8d\xef\xbc\x92\xef\xbc\x92"
    "\xef\xbc\x8d\xef\xbc\x91\xef\xbc\x98\xef\xbc\x97\xef\xbc\x94 (fullwidth)\n"
    "card 4539\u200b5260\u200b1815\u200b9083 (zero-width spaces)\n"
    "card 4111\u00a01111\u00a01111\u00a01111 (no-break spaces)\n"
    "phone (415)\u2009555\u20110132 (thin space, non-breaking hyphen)\n"
    "SSN \u0665\u0663\u0666-\u0662\u0662-\u0661\u0668\u0667\u0664 (Arabic-Indic digits)\n"
    "mail \uff4a\uff41\uff4e\uff45\uff20\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45"
    "\uff0e\uff43\uff4f\uff4d (fullwidth letters)\n"
    "plain 219-45-7731 and ip 198.51.100.23, caf\u00e9 cr\u00e8me \u2014 \U0001F600\n"
    "glued \u756a\u53f7\uff15\uff13\uff16\uff12\uff12\uff11\uff18\uff17\uff14\u53f7 "
    "stays\n";

static const char *input_name(int i)
{
    static const char *const extra[] = {"all golden files", "normalisation text", "160 KB mix"};
    return i < N_GOLDEN ? GOLDEN[i].input : extra[i - N_GOLDEN];
}

static reference make_reference(pii_ctx *ctx, int i)
{
    reference r = {0};
    if (i < N_GOLDEN) {
        r.in = load_golden(GOLDEN[i].input);
    } else if (i == IN_CONCAT) {
        for (int k = 0; k < N_GOLDEN; k++) {
            bytes b = load_golden(GOLDEN[k].input);
            bytes_add(&r.in, b.p, b.n);
            bytes_str(&r.in, "\n");
            bytes_free(&b);
        }
    } else if (i == IN_NORM) {
        for (int k = 0; r.in.n < 3000; k++) {
            char line[64];
            snprintf(line, sizeof line, "record %d, %s\n", k, k % 2 ? "checked" : "open");
            bytes_str(&r.in, line);
            bytes_str(&r.in, NORM_BLOCK);
        }
    } else {
        r.in = make_large(160u << 10, 2024);
    }
    one_shot(ctx, r.in.p, r.in.n, &r.out, &r.f);
    return r;
}

static void reference_free(reference *r)
{
    bytes_free(&r->in);
    bytes_free(&r->out);
    fvec_free(&r->f);
}

/* ------------------------------------------------------------------------ */
/* golden                                                                   */
/* ------------------------------------------------------------------------ */

START_TEST(test_golden_one_shot)
{
    const golden_case *g = &GOLDEN[_i];
    pii_ctx *ctx = new_ctx();
    reference r = make_reference(ctx, _i);
    char name[256];

    snprintf(name, sizeof name, "%s.redacted", g->stem);
    bytes want = load_golden(name);
    assert_same_bytes(r.out.p, r.out.n, want.p, want.n, name);

    bytes lines = {0};
    for (size_t k = 0; k < r.f.n; k++) {
        char line[128];
        snprintf(line, sizeof line, "%s %llu %llu\n", pii_ruleset_entity_name(RS, r.f.v[k].entity),
                 (unsigned long long)r.f.v[k].start, (unsigned long long)r.f.v[k].end);
        bytes_str(&lines, line);
    }
    snprintf(name, sizeof name, "%s.findings", g->stem);
    bytes wantf = load_golden(name);
    ck_assert_uint_gt(wantf.n, 0);
    ck_assert_msg(lines.n == wantf.n && memcmp(lines.p, wantf.p, lines.n) == 0,
                  "%s: findings differ; got:\n%.*s", name, (int)lines.n, (const char *)lines.p);

    /* pii_scan() reports the same findings as pii_redact() */
    ck_assert_int_eq(pii_scan(ctx, r.in.p, r.in.n, NULL, NULL), (int)r.f.n);
    size_t n;
    const pii_finding *f = pii_ctx_findings(ctx, &n);
    fvec sf = {(pii_finding *)f, n, n};
    assert_same_findings(&sf, &r.f, "pii_scan vs pii_redact");

    bytes_free(&want);
    bytes_free(&wantf);
    bytes_free(&lines);
    reference_free(&r);
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* invariance                                                               */
/* ------------------------------------------------------------------------ */

/* Every split point k (every `golden_stride`-th on the golden files, every
 * `extra_stride`-th on the longer inputs): [0,k) then [k,n), with output
 * buffers of `out_cap`.  On odd k the first part is fed with PII_FLUSH,
 * which makes the engine decide what it can there (with PII_CONTINUE it
 * waits for a block); the last part comes with PII_END or is followed by an
 * empty END call. */
static void every_split(int gi, size_t out_cap, int scan, size_t golden_stride,
                        size_t extra_stride)
{
    pii_ctx *ctx = new_ctx();
    reference r = make_reference(ctx, gi);
    ck_assert_uint_gt(r.f.n, 0);
    size_t stride = gi < N_GOLDEN ? golden_stride : extra_stride;
    for (size_t k = 0; k <= r.in.n; k += stride) {
        size_t chunks[2] = {k, r.in.n - k};
        plan pl = {chunks, 2, out_cap, k % 2 ? 100 : 0, (int)(k / 2 % 2), 0, scan};
        char what[160];
        snprintf(what, sizeof what, "%s split at %zu%s, out %zu%s", input_name(gi), k,
                 k % 2 ? " (FLUSH)" : "", out_cap, scan ? ", scan" : "");
        stream_check(ctx, &r.in, &pl, &r.out, &r.f, what);
    }
    reference_free(&r);
    pii_ctx_free(ctx);
}

START_TEST(test_every_split) { every_split(_i, 1 << 16, 0, 1, 1); }
END_TEST

/* With 1-byte output every call at the end is a round of the engine, which
 * currently re-reads its whole window (the normalised view is rebuilt each
 * round), so every third split point; 7-byte output covers them all. */
START_TEST(test_every_split_out1) { every_split(_i, 1, 0, 3, 1009); }
END_TEST

START_TEST(test_every_split_out7) { every_split(_i, 7, 0, 1, 211); }
END_TEST

START_TEST(test_every_split_scan) { every_split(_i, 0, 1, 1, 3); }
END_TEST

/* 200 random chunkings per file: chunk sizes 1..n (first a maximum is
 * drawn, then sizes up to it, so both fine and coarse splits occur), random
 * output buffer sizes, PII_FLUSH on some chunks; the same plans through
 * pii_scan_stream(). */
START_TEST(test_random_chunkings)
{
    pii_ctx *ctx = new_ctx();
    reference r = make_reference(ctx, _i);
    static const size_t caps[] = {1, 2, 3, 7, 16, 61, 512, 4096, 1 << 16};
    /* on the 160 KB mix, small output buffers would make this test slow
     * (each call re-reads the window), so sizes from 4096 and fewer runs */
    size_t first_cap = _i == IN_MIXED ? 7 : 0;
    int runs = _i == IN_MIXED ? 40 : 200;
    uint64_t seed = 0x5EED0000u + (uint64_t)_i;
    size_t *chunks = malloc((r.in.n + 1) * sizeof *chunks);
    ck_assert_ptr_nonnull(chunks);
    for (int t = 0; t < runs; t++) {
        size_t maxc = rng_range(&seed, 1, r.in.n);
        size_t nc = 0, off = 0;
        while (off < r.in.n) {
            size_t c = rng_range(&seed, 1, maxc);
            if (c > r.in.n - off)
                c = r.in.n - off;
            chunks[nc++] = c;
            off += c;
        }
        plan pl = {chunks, nc, caps[rng_range(&seed, first_cap, N_ELEMS(caps) - 1)],
                   (unsigned)(t % 3 == 0 ? 0 : rng_range(&seed, 5, 60)),
                   (int)rng_range(&seed, 0, 1), rng_next(&seed), 0};
        char what[200];
        snprintf(what, sizeof what, "%s chunking #%d (%zu chunks up to %zu, out %zu, flush %u%%)",
                 input_name(_i), t, nc, maxc, pl.out_cap, pl.flush_pct);
        stream_check(ctx, &r.in, &pl, &r.out, &r.f, what);
        pl.scan = 1;
        stream_check(ctx, &r.in, &pl, &r.out, &r.f, what);
    }
    free(chunks);
    reference_free(&r);
    pii_ctx_free(ctx);
}
END_TEST

/* One byte per call, each with PII_FLUSH; and the whole input with FLUSH
 * repeated before END: flushing decides nothing differently. */
START_TEST(test_flush_every_byte)
{
    pii_ctx *ctx = new_ctx();
    reference r = make_reference(ctx, _i);
    size_t *chunks = malloc(r.in.n * sizeof *chunks);
    ck_assert_ptr_nonnull(chunks);
    for (size_t k = 0; k < r.in.n; k++)
        chunks[k] = 1;
    plan pl = {chunks, r.in.n, 3, 100, 0, 1, 0};
    stream_check(ctx, &r.in, &pl, &r.out, &r.f, "1-byte chunks, all FLUSH");
    pl.scan = 1;
    stream_check(ctx, &r.in, &pl, &r.out, &r.f, "1-byte chunks, all FLUSH, scan");

    /* FLUSH on the whole input, several times, then END */
    bytes got = {0};
    fvec gf = {0};
    ck_assert_int_eq(pii_ctx_set_callback(ctx, collect_cb, &gf), PII_OK);
    uint8_t obuf[1 << 15];
    pii_in_buffer in = {r.in.p, r.in.n, 0};
    for (int k = 0; k < 3; k++) {
        pii_out_buffer o = {obuf, sizeof obuf, 0};
        int64_t h = pii_redact_stream(ctx, &o, &in, PII_FLUSH);
        ck_assert_int_ge(h, 0);
        ck_assert_uint_eq(in.pos, in.size);
        bytes_add(&got, obuf, o.pos);
    }
    for (;;) {
        pii_out_buffer o = {obuf, sizeof obuf, 0};
        int64_t h = pii_redact_stream(ctx, &o, &in, PII_END);
        ck_assert_int_ge(h, 0);
        bytes_add(&got, obuf, o.pos);
        if (h == 0)
            break;
    }
    assert_same_bytes(got.p, got.n, r.out.p, r.out.n, "FLUSH x3 then END");
    assert_same_findings(&gf, &r.f, "FLUSH x3 then END");
    bytes_free(&got);
    fvec_free(&gf);
    free(chunks);
    reference_free(&r);
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* large streams                                                            */
/* ------------------------------------------------------------------------ */

/* Golden texts repeated with varying separators, to `size` bytes. */
static bytes make_large(size_t size, uint64_t seed)
{
    static const char *const seps[] = {"\n", "\n\n", "\r\n", " ", "", "\t|\t", "\n-- \n",
                                       "x", "; ", "\n\n\n\n"};
    bytes texts[N_ELEMS(GOLDEN)];
    for (int i = 0; i < N_GOLDEN; i++)
        texts[i] = load_golden(GOLDEN[i].input);
    bytes b = {0};
    bytes_reserve(&b, size + 8192);
    while (b.n < size) {
        const bytes *t = &texts[rng_range(&seed, 0, N_GOLDEN - 1)];
        size_t len = t->n;
        if (rng_range(&seed, 0, 3) == 0) /* sometimes only a piece */
            len = rng_range(&seed, 1, t->n);
        if (len > size - b.n)
            len = size - b.n;
        bytes_add(&b, t->p, len);
        const char *sep = seps[rng_range(&seed, 0, N_ELEMS(seps) - 1)];
        size_t sl = strlen(sep);
        if (sl > size - b.n)
            sl = size - b.n;
        bytes_add(&b, sep, sl);
        if (rng_range(&seed, 0, 50) == 0) { /* now and then a long blank run */
            size_t run = rng_range(&seed, 1, 9000);
            if (run > size - b.n)
                run = size - b.n;
            bytes_reserve(&b, run);
            memset(b.p + b.n, rng_range(&seed, 0, 1) ? ' ' : '\0', run);
            b.n += run;
        }
    }
    for (int i = 0; i < N_GOLDEN; i++)
        bytes_free(&texts[i]);
    return b;
}

/* Fixed-size chunks, or random sizes in [1, size] when `random` is set. */
static size_t *make_chunks(size_t n, size_t size, int random, uint64_t seed, size_t *count)
{
    size_t cap = random ? n : n / size + 1;
    size_t *c = malloc((cap + 1) * sizeof *c);
    ck_assert_ptr_nonnull(c);
    size_t k = 0, off = 0;
    while (off < n) {
        size_t len = random ? rng_range(&seed, 1, size) : size;
        if (len > n - off)
            len = n - off;
        c[k++] = len;
        off += len;
    }
    *count = k;
    return c;
}

/* Stream `in` in 1 MB chunks (the reference), then in 4 KB and in small
 * random chunks: identical output and findings, bounded hold-back. */
static void compare_chunk_sizes(const bytes *in, const char *what, bytes *ref_out, fsink *ref_f)
{
    pii_ctx *ctx = new_ctx();
    size_t holdmax = pii_ctx_holdback_max(ctx);
    ck_assert_uint_gt(holdmax, 0);
    ck_assert_uint_lt(holdmax, 16u << 20); /* bounded: far below the input sizes here */

    size_t nc;
    size_t *chunks = make_chunks(in->n, 1u << 20, 0, 0, &nc);
    plan pl = {chunks, nc, 1u << 20, 0, 1, 0, 0};
    sink k = {ref_out, NULL, 0, 0, SIZE_MAX};
    run_stats st;
    stream_run(ctx, in->p, in->n, &pl, &k, ref_f, &st);
    free(chunks);
    ck_assert_msg(st.max_held <= (int64_t)holdmax, "%s: held %lld > %zu", what,
                  (long long)st.max_held, holdmax);
    ck_assert_int_gt(st.max_held, 0);

    struct {
        size_t size;
        int random;
        size_t out_cap;
    } runs[] = {{4096, 0, 4096}, {31, 1, 1u << 16}};
    for (size_t i = 0; i < N_ELEMS(runs); i++) {
        chunks = make_chunks(in->n, runs[i].size, runs[i].random, 77 + i, &nc);
        plan p2 = {chunks, nc, runs[i].out_cap, 0, 0, 0, 0};
        sink k2 = {NULL, ref_out->p, ref_out->n, 0, SIZE_MAX};
        fsink f2 = {NULL, 0, 0};
        stream_run(ctx, in->p, in->n, &p2, &k2, &f2, &st);
        free(chunks);
        ck_assert_msg(k2.mismatch == SIZE_MAX && k2.pos == ref_out->n,
                      "%s, %s chunks of %zu: output differs from 1 MB chunks at byte %zu "
                      "(%zu bytes, reference %zu)",
                      what, runs[i].random ? "random" : "fixed", runs[i].size,
                      k2.mismatch == SIZE_MAX ? k2.pos : k2.mismatch, k2.pos, ref_out->n);
        ck_assert_msg(f2.n == ref_f->n && f2.hash == ref_f->hash,
                      "%s, chunks of %zu: %zu findings (hash %llx), reference %zu (hash %llx)",
                      what, runs[i].size, f2.n, (unsigned long long)f2.hash, ref_f->n,
                      (unsigned long long)ref_f->hash);
        ck_assert_msg(st.max_held <= (int64_t)holdmax, "%s: held %lld > %zu", what,
                      (long long)st.max_held, holdmax);
    }
    pii_ctx_free(ctx);
}

START_TEST(test_large_stream)
{
    bytes in = make_large(50u << 20, 4242);
    ck_assert_uint_eq(in.n, 50u << 20);
    bytes ref = {0};
    fsink rf = {NULL, 0, 0};
    compare_chunk_sizes(&in, "50 MB stream", &ref, &rf);
    /* the texts hold about one finding per 50 bytes; the stream found them */
    ck_assert_uint_gt(rf.n, in.n / 200);
    bytes_free(&ref);
    bytes_free(&in);
}
END_TEST

/* A long stream of dense findings, written through an output buffer that
 * fills up on most calls: the queue of findings waiting to be written stays
 * as small as the window, not as large as the stream. */
START_TEST(test_queue_bounded)
{
    const char line[] = "ssn 536-22-1234 card 4111 1111 1111 1111\n";
    size_t ln = sizeof line - 1, n = (8u << 20) / ln * ln;
    uint8_t *text = malloc(n), *obuf = malloc(4096);
    ck_assert_ptr_nonnull(text);
    ck_assert_ptr_nonnull(obuf);
    for (size_t i = 0; i < n; i += ln)
        memcpy(text + i, line, ln);
    pii_ctx *ctx = new_ctx();
    size_t written = 0;
    for (size_t off = 0; off < n; off += 65536) {
        size_t len = n - off < 65536 ? n - off : 65536;
        pii_in_buffer in = {text + off, len, 0};
        pii_directive d = off + len == n ? PII_END : PII_CONTINUE;
        for (;;) {
            pii_out_buffer o = {obuf, 4096, 0};
            int64_t r = pii_redact_stream(ctx, &o, &in, d);
            ck_assert_int_ge(r, 0);
            written += o.pos;
            if (d == PII_END ? r == 0 : in.pos == in.size)
                break;
        }
    }
    /* every line redacted: its two findings replaced */
    ck_assert_uint_lt(written, n);
    ck_assert_uint_gt(ctx->sum.findings, 2 * (n / ln) - 1);
    /* two findings per 41 bytes: 400,000 for the stream, a window's worth
     * in the queue (written ones stay until they are half of it, and its
     * storage doubles: four times a window's at most) */
    size_t window_findings = pii_ctx_holdback_max(ctx) / 20;
    ck_assert_uint_le(ctx->st.ready.cap, 4 * window_findings);
    ck_assert_uint_lt(4 * window_findings, 2 * (n / ln) / 4);
    pii_ctx_free(ctx);
    free(obuf);
    free(text);
}
END_TEST

START_TEST(test_long_line)
{
    /* 32 MB without a newline: words of letters and digits mixed, and every
     * few KB a value that must be redacted */
    static const char *const pii[] = {"536-22-1874", "jane.doe@example.com",
                                      "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
                                      "(212) 555-0187"};
    static const char alnum[] = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF";
    size_t size = 32u << 20;
    uint64_t seed = 99;
    bytes in = {0};
    bytes_reserve(&in, size + 64);
    size_t planted = 0;
    while (in.n < size - 64) {
        if (rng_range(&seed, 0, 400) == 0) {
            bytes_str(&in, ", ");
            bytes_str(&in, pii[planted++ % N_ELEMS(pii)]);
            bytes_str(&in, ", ");
            continue;
        }
        /* no word of letters only, so no hotword can change a score */
        size_t w = rng_range(&seed, 1, 12), digits = 0;
        for (size_t i = 0; i < w; i++) {
            uint8_t c = (uint8_t)alnum[rng_range(&seed, 0, sizeof alnum - 2)];
            digits += c >= '0' && c <= '9';
            in.p[in.n++] = c;
        }
        if (!digits)
            in.p[in.n - 1] = (uint8_t)('0' + w % 10);
        in.p[in.n++] = (uint8_t)" ,;:/-."[rng_range(&seed, 0, 6)];
    }
    while (in.n < size)
        in.p[in.n++] = 'z';
    ck_assert_uint_gt(planted, 1000);
    ck_assert_ptr_null(memchr(in.p, '\n', in.n));

    bytes ref = {0};
    fsink rf = {NULL, 0, 0};
    compare_chunk_sizes(&in, "32 MB line", &ref, &rf);
    ck_assert_uint_ge(rf.n, planted);
    for (size_t i = 0; i < N_ELEMS(pii); i++)
        ck_assert_msg(!find_bytes(ref.p, ref.n, pii[i], strlen(pii[i])),
                      "'%s' left in the redacted 32 MB line", pii[i]);
    bytes_free(&ref);
    bytes_free(&in);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* fail closed                                                              */
/* ------------------------------------------------------------------------ */

typedef struct stopper {
    size_t stop_at; /* index of the finding whose callback says stop */
    size_t seen;
} stopper;

static int stop_cb(const pii_finding *f, void *user)
{
    (void)f;
    stopper *s = user;
    return s->seen++ == s->stop_at;
}

/* Assert nothing in out[0..n) is an unredacted value of a finding. */
static void assert_no_values(const uint8_t *out, size_t n, const reference *r, const char *what)
{
    for (size_t k = 0; k < r->f.n; k++) {
        const uint8_t *v = r->in.p + r->f.v[k].start;
        size_t vl = (size_t)(r->f.v[k].end - r->f.v[k].start);
        ck_assert_msg(!find_bytes(out, n, v, vl), "%s: value of finding %zu (%s) was written",
                      what, k, pii_entity_name(r->f.v[k].entity));
    }
}

/* The callback stops at finding j, for every j, under several chunkings:
 * the call returns PII_ERR_CALLBACK; what was written is a prefix of the
 * correct redaction and holds no found value; later calls of any kind
 * return PII_ERR_SESSION and write and read nothing; after
 * pii_ctx_reset() the same context redacts the input correctly. */
START_TEST(test_callback_stops_stream)
{
    pii_ctx *ctx = new_ctx();
    reference r = make_reference(ctx, _i);
    static const size_t chunk_sizes[] = {1, 7, 100, 0 /* whole input */};
    static const size_t out_caps[] = {7, 1 << 16};
    uint8_t obuf[1 << 16];
    for (size_t j = 0; j < r.f.n; j++) {
        for (size_t ci = 0; ci < N_ELEMS(chunk_sizes); ci++) {
            size_t csz = chunk_sizes[ci] ? chunk_sizes[ci] : r.in.n;
            size_t cap = out_caps[(j + ci) % N_ELEMS(out_caps)];
            char what[160];
            snprintf(what, sizeof what, "%s, stop at finding %zu, chunks of %zu, out %zu",
                     input_name(_i), j, csz, cap);
            stopper sp = {j, 0};
            ck_assert_int_eq(pii_ctx_set_callback(ctx, stop_cb, &sp), PII_OK);
            bytes got = {0};
            int64_t rc = 0;
            size_t off = 0;
            while (rc >= 0) {
                size_t len = csz < r.in.n - off ? csz : r.in.n - off;
                pii_in_buffer in = {r.in.p + off, len, 0};
                pii_directive d = off + len == r.in.n ? PII_END : PII_CONTINUE;
                do {
                    pii_out_buffer o = {obuf, cap, 0};
                    rc = pii_redact_stream(ctx, &o, &in, d);
                    bytes_add(&got, obuf, o.pos);
                } while (rc >= 0 && (in.pos < in.size || (d == PII_END && rc > 0)));
                ck_assert_msg(rc != 0 || d != PII_END, "%s: the stream ended without a stop",
                              what);
                off += in.pos;
            }
            ck_assert_msg(rc == PII_ERR_CALLBACK, "%s: returned %s", what,
                          pii_error_name((int)rc));
            ck_assert_uint_eq(sp.seen, j + 1);
            ck_assert_msg(got.n <= r.out.n && (got.n == 0 || memcmp(got.p, r.out.p, got.n) == 0),
                          "%s: written output (%zu bytes) is not a prefix of the redaction", what,
                          got.n);
            assert_no_values(got.p, got.n, &r, what);

            /* the session stays failed: nothing read, nothing written */
            static const pii_directive ds[] = {PII_CONTINUE, PII_FLUSH, PII_END, PII_END};
            for (size_t k = 0; k < N_ELEMS(ds); k++) {
                pii_in_buffer in = {r.in.p, r.in.n, k};
                pii_out_buffer o = {obuf, sizeof obuf, 3};
                ck_assert_int_eq(pii_redact_stream(ctx, &o, &in, ds[k]), PII_ERR_SESSION);
                ck_assert_uint_eq(o.pos, 3);
                ck_assert_uint_eq(in.pos, k);
                in.pos = 0;
                ck_assert_int_eq(pii_scan_stream(ctx, &in, ds[k]), PII_ERR_SESSION);
                ck_assert_uint_eq(in.pos, 0);
            }
            ck_assert_uint_eq(sp.seen, j + 1); /* no more findings reported */

            /* reset: a new stream on the same context works */
            ck_assert_int_eq(pii_ctx_reset(ctx), PII_OK);
            size_t chunks[2] = {r.in.n / 3, r.in.n - r.in.n / 3};
            plan pl = {chunks, 2, 61, 0, 0, 0, 0};
            stream_check(ctx, &r.in, &pl, &r.out, &r.f, what);
            bytes_free(&got);
        }
    }
    reference_free(&r);
    pii_ctx_free(ctx);
}
END_TEST

/* The in-place tests' reference: `in` streamed in 4 KiB chunks from a
 * copy, output into *out, findings into *f. */
static void stream_in_4k(pii_ctx *ctx, const bytes *in, bytes *out, fsink *f)
{
    size_t nc;
    size_t *chunks = make_chunks(in->n, 4096, 0, 0, &nc);
    plan pl = {chunks, nc, 1u << 16, 0, 0, 0, 0};
    sink k = {out, NULL, 0, 0, SIZE_MAX};
    stream_run(ctx, in->p, in->n, &pl, &k, f, NULL);
    free(chunks);
}

/* Each chunk is handed over in one scratch buffer that is overwritten as
 * soon as the call returns (as a reader reusing its buffer does): the
 * stream keeps its own copy of what it still needs, so the output and
 * findings are those of the input. */
START_TEST(test_stream_keeps_no_pointer_to_input)
{
    bytes in = make_large(1u << 20, 7);
    pii_ctx *ctx = new_ctx();
    bytes ref = {0};
    fsink rf = {NULL, 0, 0};
    stream_in_4k(ctx, &in, &ref, &rf);

    static const size_t sizes[] = {600000, 300000, 65536};
    for (size_t t = 0; t < N_ELEMS(sizes); t++) {
        size_t size = sizes[t], cap = pii_redact_bound(ctx, size) + 64;
        uint8_t *scratch = malloc(size), *obuf = malloc(cap);
        ck_assert(scratch && obuf);
        fsink f = {NULL, 0, 0};
        ck_assert_int_eq(pii_ctx_set_callback(ctx, fsink_cb, &f), PII_OK);
        bytes got = {0};
        for (size_t off = 0; off < in.n;) {
            size_t len = in.n - off < size ? in.n - off : size;
            memcpy(scratch, in.p + off, len);
            bool last = off + len == in.n;
            pii_in_buffer ib = {scratch, len, 0};
            int64_t held;
            do {
                pii_out_buffer ob = {obuf, cap, 0};
                held = pii_redact_stream(ctx, &ob, &ib, last ? PII_END : PII_CONTINUE);
                ck_assert_msg(held >= 0, "pii_redact_stream: %s", pii_error_name((int)held));
                bytes_add(&got, obuf, ob.pos);
            } while (ib.pos < ib.size || (last && held > 0));
            memset(scratch, 'Z', len); /* the reader's next block goes here */
            off += len;
        }
        ck_assert_int_eq(pii_ctx_set_callback(ctx, NULL, NULL), PII_OK);
        assert_same_bytes(got.p, got.n, ref.p, ref.n, "chunks in a reused buffer");
        ck_assert_msg(f.n == rf.n && f.hash == rf.hash, "chunks of %zu: %zu findings, reference %zu",
                      size, f.n, rf.n);
        bytes_free(&got);
        free(scratch);
        free(obuf);
    }
    pii_ctx_free(ctx);
    bytes_free(&ref);
    bytes_free(&in);
}
END_TEST

/* One-shot calls, and streaming calls past the first round of a long
 * chunk, read the caller's buffer where it is, without a copy: on a
 * read-only mapping (a write would fault) of an input six rounds long,
 * pii_redact(), pii_scan() and the stream in long chunks give what the
 * stream gives for the same bytes fed in 4 KiB chunks from a copy.  Nothing of that buffer is read
 * after the call: with the mapping gone (a read would fault), the same
 * context streams and redacts again, also after a one-shot call its
 * callback stopped. */
START_TEST(test_one_shot_reads_in_place)
{
    bytes in = make_large(3u << 19, 99);
    size_t page = (size_t)sysconf(_SC_PAGESIZE), maplen = (in.n + page - 1) / page * page;
    uint8_t *m = mmap(NULL, maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ck_assert(m != MAP_FAILED);
    memcpy(m, in.p, in.n);
    ck_assert_int_eq(mprotect(m, maplen, PROT_READ), 0);

    pii_ctx *ctx = new_ctx();
    bytes ref = {0};
    fsink rf = {NULL, 0, 0};
    stream_in_4k(ctx, &in, &ref, &rf);
    ck_assert_uint_gt(rf.n, in.n / 200); /* (it is full of findings) */

    bytes out = {0};
    fvec fs = {0};
    one_shot(ctx, m, in.n, &out, &fs);
    assert_same_bytes(out.p, out.n, ref.p, ref.n, "pii_redact() of a read-only buffer");
    fsink sf = {NULL, 0, 0};
    ck_assert_int_eq(pii_scan(ctx, m, in.n, fsink_cb, &sf), (int)rf.n);
    ck_assert_msg(sf.n == rf.n && sf.hash == rf.hash,
                  "pii_scan() of a read-only buffer: %zu findings (hash %llx), the stream %zu "
                  "(hash %llx)",
                  sf.n, (unsigned long long)sf.hash, rf.n, (unsigned long long)rf.hash);
    /* streamed from the mapping in long chunks (read in place past their
     * first round) and in chunks shorter than a round */
    static const size_t long_chunks[] = {600000, 300000, 70000};
    for (size_t i = 0; i < N_ELEMS(long_chunks); i++) {
        size_t nl;
        size_t *cl = make_chunks(in.n, long_chunks[i], 0, 0, &nl);
        plan pl2 = {cl, nl, 1u << 16, 0, 0, 0, 0};
        sink kl = {NULL, ref.p, ref.n, 0, SIZE_MAX};
        fsink fl = {NULL, 0, 0};
        stream_run(ctx, m, in.n, &pl2, &kl, &fl, NULL);
        free(cl);
        ck_assert_msg(kl.mismatch == SIZE_MAX && kl.pos == ref.n && fl.n == rf.n &&
                          fl.hash == rf.hash,
                      "chunks of %zu from a read-only buffer: output differs at %zu, %zu findings "
                      "(reference %zu)",
                      long_chunks[i], kl.mismatch == SIZE_MAX ? kl.pos : kl.mismatch, fl.n, rf.n);
    }
    stopper stop = {3, 0};
    ck_assert_int_eq(pii_scan(ctx, m, in.n, stop_cb, &stop), PII_ERR_CALLBACK);

    ck_assert_int_eq(munmap(m, maplen), 0);
    bytes again = {0};
    fsink f2 = {NULL, 0, 0};
    stream_in_4k(ctx, &in, &again, &f2);
    assert_same_bytes(again.p, again.n, ref.p, ref.n, "the stream after the mapping is gone");
    ck_assert(f2.n == rf.n && f2.hash == rf.hash);
    bytes out2 = {0};
    fvec fs2 = {0};
    one_shot(ctx, in.p, in.n, &out2, &fs2);
    assert_same_bytes(out2.p, out2.n, ref.p, ref.n, "pii_redact() after the mapping is gone");

    pii_ctx_free(ctx);
    fvec_free(&fs);
    fvec_free(&fs2);
    bytes_free(&out);
    bytes_free(&out2);
    bytes_free(&again);
    bytes_free(&ref);
    bytes_free(&in);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* misuse                                                                   */
/* ------------------------------------------------------------------------ */

static const char MISUSE_TEXT[] = "Call (212) 555-0187 or mail jane.doe@example.com; SSN 536-22-1874.";
static const char MISUSE_REDACTED[] = "Call [PHONE_NUMBER] or mail [EMAIL_ADDRESS]; SSN [US_SSN].";

START_TEST(test_misuse_null)
{
    pii_ctx *ctx = new_ctx();
    uint8_t buf[256];
    pii_in_buffer in = {MISUSE_TEXT, sizeof MISUSE_TEXT - 1, 0};
    pii_out_buffer out = {buf, sizeof buf, 0};

    ck_assert_int_eq(pii_redact_stream(NULL, &out, &in, PII_END), PII_ERR_NULL);
    ck_assert_int_eq(pii_redact_stream(ctx, NULL, &in, PII_END), PII_ERR_NULL);
    ck_assert_int_eq(pii_redact_stream(ctx, &out, NULL, PII_END), PII_ERR_NULL);
    ck_assert_int_eq(pii_scan_stream(NULL, &in, PII_END), PII_ERR_NULL);
    ck_assert_int_eq(pii_scan_stream(ctx, NULL, PII_END), PII_ERR_NULL);
    pii_in_buffer nsrc = {NULL, 5, 0};
    ck_assert_int_eq(pii_redact_stream(ctx, &out, &nsrc, PII_END), PII_ERR_NULL);
    ck_assert_int_eq(pii_scan_stream(ctx, &nsrc, PII_END), PII_ERR_NULL);
    pii_out_buffer ndst = {NULL, 5, 0};
    ck_assert_int_eq(pii_redact_stream(ctx, &ndst, &in, PII_END), PII_ERR_NULL);
    ck_assert_uint_eq(in.pos, 0);
    ck_assert_uint_eq(out.pos, 0);
    ck_assert_int_eq(pii_ctx_reset(NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_callback(NULL, NULL, NULL), PII_ERR_NULL);
    ck_assert_uint_eq(pii_ctx_holdback_max(NULL), 0);
    ck_assert_int_eq(pii_redact(NULL, MISUSE_TEXT, 3, buf, sizeof buf), PII_ERR_NULL);
    ck_assert_int_eq(pii_redact(ctx, NULL, 3, buf, sizeof buf), PII_ERR_NULL);
    ck_assert_int_eq(pii_redact(ctx, MISUSE_TEXT, 3, NULL, sizeof buf), PII_ERR_NULL);

    /* empty input with NULL pointers is a valid, empty stream */
    pii_in_buffer empty = {NULL, 0, 0};
    pii_out_buffer none = {NULL, 0, 0};
    ck_assert_int_eq(pii_redact_stream(ctx, &none, &empty, PII_END), 0);
    ck_assert_int_eq(pii_redact(ctx, NULL, 0, buf, sizeof buf), 0);

    /* after all that the context still works */
    out.pos = 0;
    ck_assert_int_eq(pii_redact_stream(ctx, &out, &in, PII_END), 0);
    ck_assert_uint_eq(out.pos, sizeof MISUSE_REDACTED - 1);
    ck_assert_mem_eq(buf, MISUSE_REDACTED, out.pos);
    pii_ctx_free(ctx);
}
END_TEST

START_TEST(test_misuse_positions_and_directive)
{
    pii_ctx *ctx = new_ctx();
    uint8_t buf[256];
    size_t n = sizeof MISUSE_TEXT - 1;

    pii_in_buffer in = {MISUSE_TEXT, n, n + 1};
    pii_out_buffer out = {buf, sizeof buf, 0};
    ck_assert_int_eq(pii_redact_stream(ctx, &out, &in, PII_CONTINUE), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_scan_stream(ctx, &in, PII_CONTINUE), PII_ERR_INVALID_ARG);
    ck_assert_uint_eq(in.pos, n + 1);
    ck_assert_uint_eq(out.pos, 0);

    in.pos = 0;
    out.pos = sizeof buf + 1;
    ck_assert_int_eq(pii_redact_stream(ctx, &out, &in, PII_CONTINUE), PII_ERR_INVALID_ARG);
    ck_assert_uint_eq(out.pos, sizeof buf + 1);
    ck_assert_uint_eq(in.pos, 0);

    out.pos = 0;
    static const int bad[] = {-1, 3, 4, 1000, -2147483647 - 1};
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ck_assert_int_eq(pii_redact_stream(ctx, &out, &in, (pii_directive)bad[i]),
                         PII_ERR_INVALID_ARG);
        ck_assert_int_eq(pii_scan_stream(ctx, &in, (pii_directive)bad[i]), PII_ERR_INVALID_ARG);
        ck_assert_uint_eq(in.pos, 0);
        ck_assert_uint_eq(out.pos, 0);
    }

    /* a full output buffer (pos == size) is not an error: the call reads
     * and holds input back until there is room */
    pii_out_buffer full = {buf, 4, 4};
    int64_t h = pii_redact_stream(ctx, &full, &in, PII_END);
    ck_assert_int_gt(h, 0);
    ck_assert_uint_eq(full.pos, 4);

    /* bad arguments mid-session leave it usable, or fail it closed; either
     * way nothing wrong comes out */
    bytes got = {0};
    for (;;) {
        out.pos = 0;
        h = pii_redact_stream(ctx, &out, &in, PII_END);
        if (h == PII_ERR_SESSION)
            break;
        ck_assert_int_ge(h, 0);
        bytes_add(&got, buf, out.pos);
        if (h == 0)
            break;
    }
    if (h == 0)
        assert_same_bytes(got.p, got.n, (const uint8_t *)MISUSE_REDACTED,
                          sizeof MISUSE_REDACTED - 1, "after misuse");
    bytes_free(&got);
    pii_ctx_free(ctx);
}
END_TEST

/* After an END call returns 0 the context is back to its initial state: a
 * second stream has offsets from 0, no table header from the first stream,
 * and output equal to its own one-shot redaction. */
START_TEST(test_new_stream_after_end)
{
    pii_ctx *ctx = new_ctx();
    /* a CSV whose header makes bare 9-digit values SSNs ... */
    static const char a[] = "name,ssn\nAna,219457731\nBo,401629087\n";
    /* ... and a stream B whose lines would be rows of that table */
    static const char b[] = "Li,385192046\nMo,536221874\nSSN 219-45-7731\n";
    bytes oa = {0}, ob = {0};
    fvec fa = {0}, fb = {0};
    one_shot(ctx, (const uint8_t *)a, sizeof a - 1, &oa, &fa);
    one_shot(ctx, (const uint8_t *)b, sizeof b - 1, &ob, &fb);
    ck_assert_uint_eq(fa.n, 2); /* the header made both rows SSNs */
    ck_assert_uint_ge(fb.n, 1);

    for (int round = 0; round < 3; round++) {
        bytes in = {0};
        bytes_add(&in, a, sizeof a - 1);
        size_t chunks[1] = {in.n};
        plan pl = {chunks, 1, 5, 0, round % 2, 0, 0};
        stream_check(ctx, &in, &pl, &oa, &fa, "stream A");
        bytes_free(&in);
        bytes_add(&in, b, sizeof b - 1);
        chunks[0] = in.n;
        stream_check(ctx, &in, &pl, &ob, &fb, "stream B after A");
        bytes_free(&in);
    }
    /* the one-shot call is allowed again: no session is open */
    ck_assert_int_eq(pii_scan(ctx, a, sizeof a - 1, NULL, NULL), 2);
    bytes_free(&oa);
    bytes_free(&ob);
    fvec_free(&fa);
    fvec_free(&fb);
    pii_ctx_free(ctx);
}
END_TEST

START_TEST(test_one_shot_during_session)
{
    pii_ctx *ctx = new_ctx();
    uint8_t buf[512];
    size_t n = sizeof MISUSE_TEXT - 1;
    pii_in_buffer in = {MISUSE_TEXT, 20, 0};
    pii_out_buffer out = {buf, sizeof buf, 0};
    ck_assert_int_ge(pii_redact_stream(ctx, &out, &in, PII_CONTINUE), 0);
    size_t written = out.pos;

    ck_assert_int_eq(pii_redact(ctx, MISUSE_TEXT, n, buf + 256, 256), PII_ERR_STAGE);
    ck_assert_int_eq(pii_scan(ctx, MISUSE_TEXT, n, NULL, NULL), PII_ERR_STAGE);
    fvec f = {0};
    ck_assert_int_eq(pii_scan(ctx, MISUSE_TEXT, n, collect_cb, &f), PII_ERR_STAGE);
    ck_assert_uint_eq(f.n, 0);

    /* the open session is not disturbed */
    in.size = n;
    ck_assert_int_eq(pii_redact_stream(ctx, &out, &in, PII_END), 0);
    ck_assert_uint_ge(out.pos, written);
    ck_assert_uint_eq(out.pos, sizeof MISUSE_REDACTED - 1);
    ck_assert_mem_eq(buf, MISUSE_REDACTED, out.pos);
    /* and after END they work again */
    ck_assert_int_eq(pii_scan(ctx, MISUSE_TEXT, n, NULL, NULL), 3);
    pii_ctx_free(ctx);
}
END_TEST

typedef struct reenter {
    pii_ctx *ctx;
    int calls;
    int64_t rc_stream, rc_scan, rc_reset, rc_redact;
} reenter;

static int reenter_cb(const pii_finding *f, void *user)
{
    (void)f;
    reenter *r = user;
    uint8_t buf[64];
    pii_in_buffer in = {"x", 1, 0};
    pii_out_buffer out = {buf, sizeof buf, 0};
    r->rc_stream = pii_redact_stream(r->ctx, &out, &in, PII_END);
    r->rc_scan = pii_scan_stream(r->ctx, &in, PII_END);
    r->rc_reset = pii_ctx_reset(r->ctx);
    r->rc_redact = pii_redact(r->ctx, "x", 1, buf, sizeof buf);
    r->calls++;
    return 0;
}

START_TEST(test_reentrant_calls_are_busy)
{
    pii_ctx *ctx = new_ctx();
    reenter re = {ctx, 0, 1, 1, 1, 1};
    ck_assert_int_eq(pii_ctx_set_callback(ctx, reenter_cb, &re), PII_OK);
    uint8_t buf[256];
    pii_in_buffer in = {MISUSE_TEXT, sizeof MISUSE_TEXT - 1, 0};
    pii_out_buffer out = {buf, sizeof buf, 0};
    ck_assert_int_eq(pii_redact_stream(ctx, &out, &in, PII_END), 0);
    ck_assert_int_eq(re.calls, 3);
    ck_assert_int_eq(re.rc_stream, PII_ERR_BUSY);
    ck_assert_int_eq(re.rc_scan, PII_ERR_BUSY);
    ck_assert_int_eq(re.rc_reset, PII_ERR_BUSY);
    ck_assert_int_eq(re.rc_redact, PII_ERR_BUSY);
    /* the outer stream was not disturbed */
    ck_assert_uint_eq(out.pos, sizeof MISUSE_REDACTED - 1);
    ck_assert_mem_eq(buf, MISUSE_REDACTED, out.pos);
    pii_ctx_free(ctx);
}
END_TEST

/* Reset in the middle of a stream: the held-back input of the first stream
 * never comes out, and the next stream starts from scratch. */
START_TEST(test_reset_mid_stream)
{
    pii_ctx *ctx = new_ctx();
    reference r = make_reference(ctx, 1); /* customers.csv */
    static const char other[] = "no personal data here, just text\n";
    uint8_t buf[1 << 16];
    for (size_t cut = 1; cut < r.in.n; cut += 37) {
        pii_in_buffer in = {r.in.p, cut, 0};
        pii_out_buffer out = {buf, sizeof buf, 0};
        int64_t h = pii_redact_stream(ctx, &out, &in, PII_CONTINUE);
        ck_assert_int_ge(h, 0);
        ck_assert_uint_eq(in.pos, cut);
        ck_assert_int_eq(pii_ctx_reset(ctx), PII_OK);
        in = (pii_in_buffer){other, sizeof other - 1, 0};
        out = (pii_out_buffer){buf, sizeof buf, 0};
        ck_assert_int_eq(pii_redact_stream(ctx, &out, &in, PII_END), 0);
        assert_same_bytes(buf, out.pos, (const uint8_t *)other, sizeof other - 1,
                          "after reset");
    }
    /* reset on an idle context is fine too */
    ck_assert_int_eq(pii_ctx_reset(ctx), PII_OK);
    ck_assert_int_eq(pii_ctx_reset(ctx), PII_OK);
    reference_free(&r);
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* pass-through exactness                                                   */
/* ------------------------------------------------------------------------ */

/* Rebuild the expected output from the input and the findings alone: the
 * bytes between findings verbatim, each finding as "[ENTITY]" (tag), its
 * own bytes (keep) or nothing (remove). */
static void rebuild(const bytes *in, const fvec *f, pii_op op, bytes *out)
{
    uint64_t pos = 0;
    for (size_t k = 0; k < f->n; k++) {
        ck_assert_uint_ge(f->v[k].start, pos); /* ordered, no overlap */
        ck_assert_uint_gt(f->v[k].end, f->v[k].start);
        ck_assert_uint_le(f->v[k].end, in->n);
        bytes_add(out, in->p + pos, (size_t)(f->v[k].start - pos));
        if (op == PII_OP_TAG) {
            bytes_str(out, "[");
            bytes_str(out, pii_entity_name(f->v[k].entity));
            bytes_str(out, "]");
        } else if (op == PII_OP_KEEP) {
            bytes_add(out, in->p + f->v[k].start, (size_t)(f->v[k].end - f->v[k].start));
        }
        pos = f->v[k].end;
    }
    bytes_add(out, in->p + pos, in->n - (size_t)pos);
}

START_TEST(test_passthrough_exact)
{
    static const pii_op ops[] = {PII_OP_TAG, PII_OP_KEEP, PII_OP_REMOVE};
    pii_ctx *ctx = new_ctx();
    bytes in = load_golden(GOLDEN[_i].input);
    for (size_t o = 0; o < N_ELEMS(ops); o++) {
        pii_operator op = {ops[o], NULL, NULL, 0, 0};
        ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, &op), PII_OK);
        bytes out = {0}, want = {0};
        fvec f = {0};
        one_shot(ctx, in.p, in.n, &out, &f);
        ck_assert_uint_gt(f.n, 0);
        rebuild(&in, &f, ops[o], &want);
        assert_same_bytes(out.p, out.n, want.p, want.n, "pass-through");
        if (ops[o] == PII_OP_KEEP)
            assert_same_bytes(out.p, out.n, in.p, in.n, "keep: output is the input");
        /* the same through a stream cut into 5-byte chunks */
        size_t nc;
        size_t *chunks = make_chunks(in.n, 5, 0, 0, &nc);
        plan pl = {chunks, nc, 3, 0, 0, 0, 0};
        stream_check(ctx, &in, &pl, &want, &f, "pass-through, 5-byte chunks");
        free(chunks);
        bytes_free(&out);
        bytes_free(&want);
        fvec_free(&f);
    }
    bytes_free(&in);
    pii_ctx_free(ctx);
}
END_TEST

/* The binary file really holds what it is meant to test, and those bytes
 * survive: every NUL and every invalid UTF-8 byte of the input outside
 * findings is in the output, in order. */
START_TEST(test_passthrough_binary_bytes)
{
    pii_ctx *ctx = new_ctx();
    reference r = make_reference(ctx, 5);
    ck_assert_str_eq(GOLDEN[5].input, "binary.dat");
    size_t nul_in = 0, high_in = 0, nul_out = 0, high_out = 0;
    size_t k = 0;
    for (size_t i = 0; i < r.in.n; i++) {
        while (k < r.f.n && r.f.v[k].end <= i)
            k++;
        int inside = k < r.f.n && r.f.v[k].start <= i;
        if (inside)
            continue;
        nul_in += r.in.p[i] == 0;
        high_in += r.in.p[i] >= 0x80;
    }
    for (size_t i = 0; i < r.out.n; i++) {
        nul_out += r.out.p[i] == 0;
        high_out += r.out.p[i] >= 0x80;
    }
    ck_assert_uint_gt(nul_in, 50);
    ck_assert_uint_gt(high_in, 30);
    ck_assert_uint_eq(nul_out, nul_in);
    ck_assert_uint_eq(high_out, high_in);
    reference_free(&r);
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* pii_redact_bound                                                         */
/* ------------------------------------------------------------------------ */

static const char KEY[] = "0123456789abcdef0123456789abcdef";

/* Operator settings that make output grow the most. */
static const char *const BOUND_SPECS[] = {
    "tag",
    ("tag:format={entity}{entity}{entity}{entity}{entity}{entity}{entity}{entity}{entity}"
     "{entity}{entity}{entity}{entity}{subtype}"),
    "mask:char=\xf0\x9f\x98\x80", /* a 4-byte mask character */
    "hash:hex=64,format={hash}{entity}{hash}",
    "keep",
    "remove",
};

static void check_bound(pii_ctx *ctx, const uint8_t *s, size_t n, const char *what)
{
    size_t bound = pii_redact_bound(ctx, n);
    ck_assert_uint_ge(bound, n);
    uint8_t *dst = malloc(bound + 1);
    ck_assert_ptr_nonnull(dst);
    int64_t len = pii_redact(ctx, s, n, dst, bound);
    ck_assert_msg(len >= 0, "%s: pii_redact with the bound failed: %s", what,
                  pii_error_name((int)len));
    ck_assert_uint_le((size_t)len, bound);
    if (len > 0) {
        /* one byte less does not fit, and says so */
        ck_assert_int_eq(pii_redact(ctx, s, n, dst, (size_t)len - 1), PII_ERR_DST_TOO_SMALL);
        ck_assert_int_eq(pii_redact(ctx, s, n, dst, 0), PII_ERR_DST_TOO_SMALL);
        /* an exact fit works, and the context is fine after the errors */
        int64_t again = pii_redact(ctx, s, n, dst, (size_t)len);
        ck_assert_int_eq(again, len);
    }
    free(dst);
}

START_TEST(test_redact_bound)
{
    pii_ctx *ctx = new_ctx();
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, 32), PII_OK);
    bytes in = load_golden(GOLDEN[_i].input);
    for (size_t k = 0; k < N_ELEMS(BOUND_SPECS); k++) {
        ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, BOUND_SPECS[k]),
                         PII_OK);
        check_bound(ctx, in.p, in.n, BOUND_SPECS[k]);
    }
    bytes_free(&in);
    pii_ctx_free(ctx);
}
END_TEST

/* Inputs dense with short findings, where growth per input byte peaks. */
START_TEST(test_redact_bound_dense)
{
    static const char *const units[] = {"1.2.3.4 ", "a@b.co ", "1.1.1.1,", "[::1]",
                                        "00:1a:2b:3c:4d:5e "};
    pii_ctx *ctx = new_ctx();
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, 32), PII_OK);
    for (size_t u = 0; u < N_ELEMS(units); u++) {
        bytes in = {0};
        while (in.n < 4000)
            bytes_str(&in, units[u]);
        for (size_t k = 0; k < N_ELEMS(BOUND_SPECS); k++) {
            ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, BOUND_SPECS[k]),
                             PII_OK);
            check_bound(ctx, in.p, in.n, BOUND_SPECS[k]);
        }
        bytes_free(&in);
    }
    /* huge lengths saturate instead of wrapping around */
    static const size_t huge[] = {SIZE_MAX, SIZE_MAX - 1, SIZE_MAX / 2, SIZE_MAX / 4 + 3,
                                  (size_t)1 << 40};
    for (size_t i = 0; i < N_ELEMS(huge); i++)
        ck_assert_uint_ge(pii_redact_bound(ctx, huge[i]), huge[i]);
    ck_assert_uint_eq(pii_redact_bound(ctx, SIZE_MAX), SIZE_MAX);
    ck_assert_uint_eq(pii_redact_bound(NULL, 100), 0);
    /* empty input: empty output, which fits in no space at all */
    uint8_t one[1];
    ck_assert_int_eq(pii_redact(ctx, "", 0, one, 0), 0);
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* normalisation                                                            */
/* ------------------------------------------------------------------------ */

/* DESIGN.md section 5: "Fullwidth and other Unicode decimal digits, and
 * zero-width characters inserted between digits, must not hide a number",
 * and redaction replaces the original bytes. */
START_TEST(test_fullwidth_digits_do_not_hide_ssn)
{
    pii_ctx *ctx = new_ctx();
    /* "SSN ５３６－２２－１８７４" */
    static const char in[] = "SSN \xef\xbc\x95\xef\xbc\x93\xef\xbc\x96\xef\xbc\x8d\xef\xbc\x92"
                             "\xef\xbc\x92\xef\xbc\x8d\xef\xbc\x91\xef\xbc\x98\xef\xbc\x97"
                             "\xef\xbc\x94.";
    uint8_t out[512];
    int64_t n = pii_redact(ctx, in, sizeof in - 1, out, sizeof out);
    pii_ctx_free(ctx); /* before asserting: a failed test must not leak */
    ck_assert_int_ge(n, 0);
    ck_assert_msg((size_t)n == 13 && memcmp(out, "SSN [US_SSN].", 13) == 0,
                  "fullwidth SSN: got '%.*s'", (int)n, (const char *)out);
}
END_TEST

START_TEST(test_zero_width_does_not_hide_card)
{
    pii_ctx *ctx = new_ctx();
    /* "card 4539<ZWSP>5260<ZWSP>1815<ZWSP>9083." */
    static const char in[] = "card 4539\xe2\x80\x8b"
                             "5260\xe2\x80\x8b"
                             "1815\xe2\x80\x8b"
                             "9083.";
    uint8_t out[512];
    int64_t n = pii_redact(ctx, in, sizeof in - 1, out, sizeof out);
    pii_ctx_free(ctx);
    ck_assert_int_ge(n, 0);
    ck_assert_msg((size_t)n == 19 && memcmp(out, "card [CREDIT_CARD].", 19) == 0,
                  "zero-width separated card: got '%.*s'", (int)n, (const char *)out);
}
END_TEST

/* Findings through the normalised view carry PII_FLAG_NORMALIZED and the
 * original byte offsets; mask keeps the code-point count of the original. */
START_TEST(test_normalized_findings)
{
    pii_ctx *ctx = new_ctx();
    reference r = make_reference(ctx, IN_NORM);
    size_t normalized = 0;
    for (size_t k = 0; k < r.f.n; k++) {
        const pii_finding *f = &r.f.v[k];
        if (!(f->flags & PII_FLAG_NORMALIZED))
            continue;
        normalized++;
        /* the span starts and ends on character boundaries of the input */
        ck_assert_uint_lt(f->start, f->end);
        ck_assert_msg((r.in.p[f->start] & 0xC0) != 0x80, "finding %zu starts inside a character",
                      k);
        ck_assert_msg(f->end == r.in.n || (r.in.p[f->end] & 0xC0) != 0x80,
                      "finding %zu ends inside a character", k);
    }
    /* per block: fullwidth SSN, zero-width card, NBSP card, phone, Arabic-
     * Indic SSN, fullwidth email */
    ck_assert_uint_ge(normalized, 6);
    reference_free(&r);

    /* masking a fullwidth SSN: 11 code points in, 11 out */
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "mask:keep=4"), PII_OK);
    static const char in[] = "SSN \xef\xbc\x95\xef\xbc\x93\xef\xbc\x96\xef\xbc\x8d\xef"
                             "\xbc\x92\xef\xbc\x92\xef\xbc\x8d\xef\xbc\x91\xef\xbc\x98"
                             "\xef\xbc\x97\xef\xbc\x94.";
    static const char want[] = "SSN ***\xef\xbc\x8d**\xef\xbc\x8d\xef\xbc\x91\xef\xbc\x98"
                               "\xef\xbc\x97\xef\xbc\x94.";
    uint8_t out[256];
    int64_t n = pii_redact(ctx, in, sizeof in - 1, out, sizeof out);
    pii_ctx_free(ctx);
    ck_assert_int_ge(n, 0);
    ck_assert_msg((size_t)n == sizeof want - 1 && memcmp(out, want, sizeof want - 1) == 0,
                  "masked fullwidth SSN: got '%.*s'", (int)n, (const char *)out);
}
END_TEST

/* pii_ctx_holdback_max() bounds the return of pii_redact_stream() also
 * when the window is full and a replacement longer than its value ("1.2.3.4"
 * -> "[IP_ADDRESS]") waits for output space: the return counts its rest. */
START_TEST(test_held_back_with_pending_replacement)
{
    pii_ctx *ctx = new_ctx();
    size_t holdmax = pii_ctx_holdback_max(ctx);
    bytes in = {0};
    while (in.n < holdmax + 4096)
        bytes_str(&in, "1.2.3.4 "); /* 7 bytes become "[IP_ADDRESS]", 12 */
    uint8_t out[1];
    pii_in_buffer ib = {in.p, in.n, 0};
    int64_t worst = 0, h = 0;
    for (int k = 0; k < 64 && ib.pos < ib.size && h >= 0; k++) {
        pii_out_buffer ob = {out, sizeof out, 0};
        h = pii_redact_stream(ctx, &ob, &ib, PII_CONTINUE);
        if (h > worst)
            worst = h;
    }
    bytes_free(&in);
    pii_ctx_free(ctx);
    ck_assert_int_ge(h, 0);
    ck_assert_int_ge(worst, 1 << 16); /* the window did fill up */
    ck_assert_msg(worst <= (int64_t)holdmax, "held back %lld bytes, pii_ctx_holdback_max() is %zu",
                  (long long)worst, holdmax);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Suite                                                                    */
/* ------------------------------------------------------------------------ */

static Suite *stream_suite(void)
{
    Suite *s = suite_create("stream");
    TCase *tc;

    tc = tcase_create("golden");
    tcase_add_loop_test(tc, test_golden_one_shot, 0, N_GOLDEN);
    suite_add_tcase(s, tc);

    tc = tcase_create("every_split");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_every_split, 0, IN_NORM + 1);
    tcase_add_loop_test(tc, test_every_split_scan, 0, IN_NORM + 1);
    suite_add_tcase(s, tc);

    tc = tcase_create("every_split_small_out");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_every_split_out1, 0, IN_NORM + 1);
    tcase_add_loop_test(tc, test_every_split_out7, 0, IN_NORM + 1);
    suite_add_tcase(s, tc);

    tc = tcase_create("random_chunkings");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_random_chunkings, 0, N_INPUTS);
    tcase_add_loop_test(tc, test_flush_every_byte, 0, IN_NORM + 1);
    suite_add_tcase(s, tc);

    tc = tcase_create("large");
    tcase_set_timeout(tc, 900);
    tcase_add_test(tc, test_large_stream);
    tcase_add_test(tc, test_queue_bounded);
    tcase_add_test(tc, test_long_line);
    tcase_add_test(tc, test_one_shot_reads_in_place);
    tcase_add_test(tc, test_stream_keeps_no_pointer_to_input);
    tcase_add_test(tc, test_held_back_with_pending_replacement);
    suite_add_tcase(s, tc);

    tc = tcase_create("fail_closed");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_callback_stops_stream, 0, IN_NORM + 1);
    suite_add_tcase(s, tc);

    tc = tcase_create("misuse");
    tcase_add_test(tc, test_misuse_null);
    tcase_add_test(tc, test_misuse_positions_and_directive);
    tcase_add_test(tc, test_new_stream_after_end);
    tcase_add_test(tc, test_one_shot_during_session);
    tcase_add_test(tc, test_reentrant_calls_are_busy);
    tcase_add_test(tc, test_reset_mid_stream);
    suite_add_tcase(s, tc);

    tc = tcase_create("passthrough");
    tcase_add_loop_test(tc, test_passthrough_exact, 0, N_GOLDEN);
    tcase_add_test(tc, test_passthrough_binary_bytes);
    suite_add_tcase(s, tc);

    tc = tcase_create("bound");
    tcase_add_loop_test(tc, test_redact_bound, 0, N_GOLDEN);
    tcase_add_test(tc, test_redact_bound_dense);
    suite_add_tcase(s, tc);

    tc = tcase_create("normalisation");
    tcase_add_test(tc, test_fullwidth_digits_do_not_hide_ssn);
    tcase_add_test(tc, test_zero_width_does_not_hide_card);
    tcase_add_test(tc, test_normalized_findings);
    suite_add_tcase(s, tc);

    return s;
}

int main(void)
{
    locate_golden_dir();
    pii_builder *b = pii_builder_new();
    if (!b || pii_builder_build(b, &RS) != PII_OK) {
        fprintf(stderr, "cannot build the default ruleset\n");
        return EXIT_FAILURE;
    }
    pii_builder_free(b);
    int failed = check_run(stream_suite());
    pii_ruleset_free(RS);
    return check_status(failed);
}
