/*
 * test_alloc.c - every allocation failure is an error return, never a crash,
 * a leak or a leak of personal data.
 *
 * Linked against the static library with
 *   -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=realloc
 * so that every malloc/calloc/realloc made by libpii's own code (and this
 * file's) goes through __wrap_*() below; libsodium, utf8proc and PCRE2 are
 * shared libraries and allocate as usual.  While armed, the wrappers count
 * allocations and fail the N-th one (mode ONE) or every one from the N-th
 * on (mode FROM).
 *
 * For N = 1, 2, ... a whole scenario runs: builder new/enable/build, ctx
 * new, operators, pii_scan of a PII-rich text (kept findings and callback),
 * pii_redact, pii_redact_stream and pii_scan_stream in small chunks,
 * pii_validate.  Each call must return success with the same result as
 * without failures, or PII_ERR_NOMEM (NULL for constructors).  A stream call
 * that fails leaves the session failed (the next call returns
 * PII_ERR_SESSION, writing nothing) and everything written before is a
 * prefix of the redacted output.  The loop ends with the first N whose run
 * hits no failure.  ASan (sanitize stage) and Valgrind check that nothing
 * leaks.
 *
 * test_stream_open_nomem: a stream whose first call cannot allocate the
 * stream window fails its session like any other failed stream call.
 */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------ */
/* The failing allocator                                                    */
/* ------------------------------------------------------------------------ */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);

enum { ONE, FROM };

static struct {
    bool armed;
    int mode;
    unsigned long fail_at; /* 1-based */
    unsigned long count;   /* allocations while armed */
    unsigned long failed;  /* allocations made to fail */
} A;

static bool fail_now(void)
{
    if (!A.armed)
        return false;
    A.count++;
    bool f = A.mode == ONE ? A.count == A.fail_at : A.count >= A.fail_at;
    if (f)
        A.failed++;
    return f;
}

void *__wrap_malloc(size_t n)
{
    return fail_now() ? NULL : __real_malloc(n);
}
void *__wrap_calloc(size_t n, size_t size)
{
    return fail_now() ? NULL : __real_calloc(n, size);
}
void *__wrap_realloc(void *p, size_t n)
{
    return fail_now() ? NULL : __real_realloc(p, n);
}

/* ------------------------------------------------------------------------ */
/* The scenario                                                             */
/* ------------------------------------------------------------------------ */

#define MAX_FINDINGS 512
#define MAX_OUT (1 << 16)

/* A PII-rich text: many findings of every kind, more than the initial size
 * of every internal vector, longer than one small chunk by far. */
static char TEXT[8192];
static size_t TEXT_LEN;

static const char *const PII[] = {
    "536-22-1234",   "4111 1111 1111 1111", "john.doe@example.com", "DE89 3704 0044 0532 0130 00",
    "192.168.10.45", "00:1a:2b:3c:4d:5e",   "912-70-1234",          "(212) 555-0199"};

static void make_text(void)
{
    size_t n = 0;
    for (int i = 0; n + 200 < sizeof TEXT && i < 60; i++)
        n += (size_t)snprintf(TEXT + n, sizeof TEXT - n,
                              "row %d: SSN %s card %s mail %s iban %s ip %s mac %s itin %s "
                              "phone %s\n",
                              i, PII[0], PII[1], PII[2], PII[3], PII[4], PII[5], PII[6], PII[7]);
    TEXT_LEN = n;
}

/* Results without allocation failures. */
typedef struct reference {
    int nfindings;
    pii_finding f[MAX_FINDINGS];
    char out[MAX_OUT];
    size_t out_len;
} reference;

static reference REF;

/* The first violation of a run (reported after disarming: Check itself
 * allocates). */
static char VIOLATION[512];

#define VIOLATE(...)                                                                               \
    do {                                                                                           \
        if (!VIOLATION[0])                                                                         \
            snprintf(VIOLATION, sizeof VIOLATION, __VA_ARGS__);                                    \
    } while (0)

static int collect(const pii_finding *f, void *user)
{
    int *n = user;
    if (*n < MAX_FINDINGS) {
        const pii_finding *r = &REF.f[*n];
        if (f->start != r->start || f->end != r->end || f->entity != r->entity)
            VIOLATE("finding %d differs from the reference", *n);
    }
    (*n)++;
    return 0;
}

/* rc must be ok or PII_ERR_NOMEM. */
static bool ok_or_nomem(long long rc, bool ok, const char *call)
{
    if (ok)
        return true;
    if (rc != PII_ERR_NOMEM)
        VIOLATE("%s returned %lld (%s), neither success nor PII_ERR_NOMEM", call, rc,
                pii_error_name((int)rc));
    return false;
}

static bool holds_pii(const char *s, size_t n)
{
    for (size_t i = 0; i < N_ELEMS(PII); i++) {
        size_t k = strlen(PII[i]);
        for (size_t j = 0; j + k <= n; j++)
            if (memcmp(s + j, PII[i], k) == 0)
                return true;
    }
    return false;
}

/* Stream TEXT in chunks of 7 bytes into 13-byte output blocks. */
static void stream_run(pii_ctx *ctx, bool scan_only)
{
    static char out[MAX_OUT];
    size_t out_len = 0, pos = 0;
    const char *call = scan_only ? "pii_scan_stream" : "pii_redact_stream";
    int nf = 0;
    if (pii_ctx_set_callback(ctx, collect, &nf) != PII_OK)
        VIOLATE("pii_ctx_set_callback failed");
    for (int guard = 0; guard < 100000; guard++) {
        size_t k = TEXT_LEN - pos < 7 ? TEXT_LEN - pos : 7;
        pii_directive d =
            pos + k == TEXT_LEN ? PII_END : (guard % 5 == 4 ? PII_FLUSH : PII_CONTINUE);
        pii_in_buffer in = {TEXT + pos, k, 0};
        char block[13];
        pii_out_buffer o = {block, sizeof block, 0};
        int64_t r = scan_only ? pii_scan_stream(ctx, &in, d) : pii_redact_stream(ctx, &o, &in, d);
        if (r < 0) {
            ok_or_nomem(r, false, call);
            if (o.pos)
                VIOLATE("%s wrote %zu bytes and failed", call, o.pos);
            /* the session is failed now */
            pii_in_buffer again = {TEXT + pos, k, 0};
            o.pos = 0;
            int64_t r2 =
                scan_only ? pii_scan_stream(ctx, &again, d) : pii_redact_stream(ctx, &o, &again, d);
            if (r2 != PII_ERR_SESSION)
                VIOLATE("%s after PII_ERR_NOMEM returned %lld (%s), not PII_ERR_SESSION", call,
                        (long long)r2, pii_error_name((int)r2));
            if (o.pos || again.pos)
                VIOLATE("%s after a failure wrote %zu bytes or took %zu", call, o.pos, again.pos);
            break;
        }
        if (out_len + o.pos > sizeof out) {
            VIOLATE("%s: output too long", call);
            break;
        }
        memcpy(out + out_len, block, o.pos);
        out_len += o.pos;
        pos += in.pos;
        if (d == PII_END && r == 0 && in.pos == in.size) {
            if (!scan_only && (out_len != REF.out_len || memcmp(out, REF.out, out_len) != 0))
                VIOLATE("%s output differs from the reference", call);
            if (nf != REF.nfindings)
                VIOLATE("%s: %d findings, reference %d", call, nf, REF.nfindings);
            break;
        }
    }
    /* fail closed: only a prefix of the redacted text was written */
    if (!scan_only && (out_len > REF.out_len || memcmp(out, REF.out, out_len) != 0))
        VIOLATE("%s wrote %zu bytes that are not a prefix of the redacted output", call, out_len);
    if (!scan_only && holds_pii(out, out_len))
        VIOLATE("%s wrote PII", call);
    if (pii_ctx_set_callback(ctx, NULL, NULL) != PII_OK)
        VIOLATE("pii_ctx_set_callback(NULL) failed");
    int rc = pii_ctx_reset(ctx);
    if (rc != PII_OK)
        VIOLATE("pii_ctx_reset: %s", pii_error_name(rc));
}

/* The whole scenario.  With reference = true it records REF instead of
 * comparing with it. */
static void scenario(bool reference)
{
    pii_builder *b = pii_builder_new();
    if (!b)
        return; /* allowed: out of memory */
    int rc = pii_builder_enable(b, PII_US_SSN);
    ok_or_nomem(rc, rc == PII_OK, "pii_builder_enable");
    rc = pii_builder_disable_names(b, "US_DRIVER_LICENSE");
    ok_or_nomem(rc, rc == PII_OK, "pii_builder_disable_names");
    rc = pii_builder_set_min_score(b, 0.4);
    ok_or_nomem(rc, rc == PII_OK, "pii_builder_set_min_score");
    pii_ruleset *rs = NULL;
    rc = pii_builder_build(b, &rs);
    if (!ok_or_nomem(rc, rc == PII_OK && rs, "pii_builder_build")) {
        if (rs)
            VIOLATE("pii_builder_build failed but set *out");
        pii_builder_free(b);
        return;
    }
    pii_builder_free(b);

    pii_ctx *ctx = pii_ctx_new(rs);
    if (!ctx) {
        pii_ruleset_free(rs);
        return;
    }
    rc = pii_ctx_set_operator_spec(ctx, PII_CREDIT_CARD, "mask:keep=4");
    ok_or_nomem(rc, rc == PII_OK, "pii_ctx_set_operator_spec");
    static const char key[32] = "0123456789abcdef0123456789abcde";
    rc = pii_ctx_set_hash_key(ctx, key, sizeof key);
    ok_or_nomem(rc, rc == PII_OK, "pii_ctx_set_hash_key");
    rc = pii_ctx_set_operator_spec(ctx, PII_EMAIL_ADDRESS, "hash");
    ok_or_nomem(rc, rc == PII_OK, "pii_ctx_set_operator_spec(hash)");

    /* one-shot scan, findings kept */
    rc = pii_scan(ctx, TEXT, TEXT_LEN, NULL, NULL);
    if (reference) {
        size_t n;
        const pii_finding *f = pii_ctx_findings(ctx, &n);
        REF.nfindings = rc;
        if (rc > 0 && (size_t)rc <= MAX_FINDINGS && n == (size_t)rc)
            memcpy(REF.f, f, n * sizeof *f);
    } else if (ok_or_nomem(rc, rc == REF.nfindings, "pii_scan")) {
        size_t n;
        const pii_finding *f = pii_ctx_findings(ctx, &n);
        if (n != (size_t)rc || memcmp(f, REF.f, n * sizeof *f) != 0)
            VIOLATE("pii_scan findings differ from the reference");
    } else {
        size_t n = 99;
        pii_ctx_findings(ctx, &n);
        if (n != 0)
            VIOLATE("pii_scan failed but %zu findings are kept", n);
    }

    /* one-shot scan with a callback */
    int nf = 0;
    rc = pii_scan(ctx, TEXT, TEXT_LEN, collect, &nf);
    if (!reference)
        ok_or_nomem(rc, rc == REF.nfindings && nf == REF.nfindings, "pii_scan(callback)");

    /* one-shot redaction */
    static char out[MAX_OUT];
    memset(out, 0, sizeof out);
    int64_t olen = pii_redact(ctx, TEXT, TEXT_LEN, out, sizeof out);
    if (reference) {
        REF.out_len = olen > 0 ? (size_t)olen : 0;
        memcpy(REF.out, out, REF.out_len);
    } else if (!ok_or_nomem(olen,
                            olen == (int64_t)REF.out_len && memcmp(out, REF.out, REF.out_len) == 0,
                            "pii_redact")) {
        if (holds_pii(out, sizeof out))
            VIOLATE("pii_redact failed and left PII in the output");
    }

    if (!reference) {
        stream_run(ctx, false);
        stream_run(ctx, true);
        /* and the context still works after all that */
        rc = pii_scan(ctx, TEXT, TEXT_LEN, NULL, NULL);
        ok_or_nomem(rc, rc == REF.nfindings, "pii_scan after the streams");
    }

    int v = pii_validate(PII_CREDIT_CARD, "4111 1111 1111 1111", 19);
    if (v != 1)
        VIOLATE("pii_validate returned %d", v);
    v = pii_validate_named("iban", "DE89370400440532013000", 22);
    if (v != 1)
        VIOLATE("pii_validate_named returned %d", v);

    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}

static void setup(void)
{
    make_text();
    memset(&A, 0, sizeof A);
    memset(&REF, 0, sizeof REF);
    VIOLATION[0] = '\0';
    scenario(true);
    ck_assert_msg(VIOLATION[0] == '\0', "reference run: %s", VIOLATION);
    ck_assert_int_gt(REF.nfindings, 300);
    ck_assert_uint_gt(REF.out_len, 0);
    ck_assert_msg(!holds_pii(REF.out, REF.out_len), "the reference output holds PII");
}

/* Run the scenario failing allocation N (mode ONE) or N and after (FROM),
 * for N = 1, 2, ... until a run hits no failure. */
static void fail_each(int mode)
{
    unsigned long n;
    for (n = 1; n < 100000; n++) {
        VIOLATION[0] = '\0';
        A.mode = mode;
        A.fail_at = n;
        A.count = 0;
        A.failed = 0;
        A.armed = true;
        scenario(false);
        A.armed = false;
        ck_assert_msg(VIOLATION[0] == '\0', "failing allocation %lu%s: %s", n,
                      mode == FROM ? " and after" : "", VIOLATION);
        if (A.failed == 0)
            break;
    }
    ck_assert_msg(n > 5,
                  "the scenario made only %lu allocations: are the --wrap link "
                  "options in effect?",
                  n - 1);
    printf("test_alloc: %s: %lu allocation sites failed in turn\n",
           mode == ONE ? "fail one" : "fail from", n - 1);
}

START_TEST(test_wrap_in_effect)
{
    A.count = 0;
    A.armed = true;
    A.mode = ONE;
    A.fail_at = 0;
    pii_builder *b = pii_builder_new();
    A.armed = false;
    pii_builder_free(b);
    ck_assert_msg(A.count >= 1, "pii_builder_new did not go through __wrap_calloc/malloc");
    A.armed = true;
    A.fail_at = 1;
    A.count = 0;
    b = pii_builder_new();
    A.armed = false;
    ck_assert_ptr_null(b);
}
END_TEST

START_TEST(test_fail_each_allocation)
{
    fail_each(ONE);
}
END_TEST

START_TEST(test_fail_from_each_allocation)
{
    fail_each(FROM);
}
END_TEST

/* When the first call of a stream cannot allocate the stream window, it
 * returns PII_ERR_NOMEM and fails the session: the next call (memory
 * available again) returns PII_ERR_SESSION until pii_ctx_reset(), as pii.h
 * says, instead of going on as if nothing happened. */
START_TEST(test_stream_open_nomem)
{
    pii_builder *b = pii_builder_new();
    pii_ruleset *rs = NULL;
    ck_assert_ptr_nonnull(b);
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_builder_free(b);
    pii_ctx *ctx = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(ctx);
    char dst[64];
    pii_in_buffer in = {TEXT, 20, 0};
    pii_out_buffer out = {dst, sizeof dst, 0};
    A.mode = ONE;
    A.fail_at = 1;
    A.count = 0;
    A.armed = true;
    int64_t r1 = pii_redact_stream(ctx, &out, &in, PII_CONTINUE);
    int64_t r2 = pii_redact_stream(ctx, &out, &in, PII_CONTINUE);
    A.armed = false;
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    ck_assert_int_eq(r1, PII_ERR_NOMEM);
    ck_assert_msg(r2 == PII_ERR_SESSION,
                  "the call after a PII_ERR_NOMEM returned %lld (%s), not PII_ERR_SESSION",
                  (long long)r2, r2 < 0 ? pii_error_name((int)r2) : "held-back bytes");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("alloc");
    TCase *tc = tcase_create("alloc_failures");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_wrap_in_effect);
    tcase_add_test(tc, test_fail_each_allocation);
    tcase_add_test(tc, test_fail_from_each_allocation);
    tcase_add_test(tc, test_stream_open_nomem);
    suite_add_tcase(s, tc);
    /* one address space: the wrappers' counters */
    return check_status(check_run_fork(s, CK_NOFORK));
}
