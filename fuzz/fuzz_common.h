/*
 * fuzz_common.h - helpers shared by the libFuzzer targets in fuzz/.
 *
 * Each target defines LLVMFuzzerTestOneInput() and checks invariants of the
 * public API; a violated invariant prints where (never the input's text) and
 * calls abort(), which libFuzzer reports as a crash and the replay programs
 * (replay.c) as a failed test.
 *
 * The first bytes of an input choose a configuration (see fuzz_config());
 * the rest is the text.  Configurations are built once and cached, so a
 * fuzzing run also exercises the reuse of rulesets and contexts.
 */
#ifndef PII_FUZZ_COMMON_H
#define PII_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pii.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The fuzzer's own checking code needs no coverage feedback: comparing
 * outputs byte by byte under -fsanitize=fuzzer would cost more than the
 * library's work. */
#if defined(__clang__) && __clang_major__ >= 13
#define FUZZ_NOCOV __attribute__((no_sanitize("coverage")))
#else
#define FUZZ_NOCOV
#endif

#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: invariant failed: %s\n  ", __FILE__, __LINE__, #cond);         \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* ------------------------------------------------------------------------ */
/* Configurations: a ruleset (min score, context window, enabled entities)   */
/* and a context of it, chosen by one byte, built on first use.             */
/* ------------------------------------------------------------------------ */

typedef struct fuzz_conf {
    pii_ruleset *rs;
    pii_ctx *ctx;
    double min_score;
    uint32_t enabled; /* bit per built-in entity */
} fuzz_conf;

/* A 32-byte key for the hash operator (any 16..64 bytes would do). */
#define FUZZ_HASH_KEY "libpii fuzz key, not a secret!!"

static inline fuzz_conf *fuzz_config(uint8_t sel)
{
    static const double min_scores[4] = {PII_DEFAULT_MIN_SCORE, 0.0, 0.3, 0.9};
    static const unsigned windows[4] = {PII_DEFAULT_CONTEXT_WINDOW, 1, 1024, 8};
    static fuzz_conf confs[64];
    fuzz_conf *c = &confs[sel & 63];
    if (c->ctx)
        return c;
    pii_builder *b = pii_builder_new();
    FUZZ_CHECK(b != NULL, "pii_builder_new");
    c->min_score = min_scores[sel & 3];
    FUZZ_CHECK(pii_builder_set_min_score(b, c->min_score) == PII_OK, "set_min_score");
    FUZZ_CHECK(pii_builder_set_context_window(b, windows[(sel >> 2) & 3]) == PII_OK,
               "set_context_window");
    int rc = PII_OK;
    switch ((sel >> 4) & 3) {
    case 0:
    case 1: /* everything */
        break;
    case 2: /* the number formats only */
        rc = pii_builder_disable_all(b);
        if (rc == PII_OK)
            rc = pii_builder_enable_names(b, "US_SSN,CREDIT_CARD,PHONE_NUMBER,IBAN_CODE,US_ITIN");
        break;
    case 3: /* all but the ambiguous ones */
        rc = pii_builder_disable_names(b, "PHONE_NUMBER,US_BANK_NUMBER,US_DRIVER_LICENSE");
        break;
    }
    FUZZ_CHECK(rc == PII_OK, "enable/disable: %s", pii_error_name(rc));
    rc = pii_builder_build(b, &c->rs);
    FUZZ_CHECK(rc == PII_OK && c->rs, "build: %s", pii_error_name(rc));
    pii_builder_free(b);
    c->enabled = 0;
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
        if (pii_ruleset_entity_enabled(c->rs, e) == 1)
            c->enabled |= UINT32_C(1) << e;
    c->ctx = pii_ctx_new(c->rs);
    FUZZ_CHECK(c->ctx != NULL, "pii_ctx_new");
    FUZZ_CHECK(pii_ctx_set_hash_key(c->ctx, FUZZ_HASH_KEY, sizeof FUZZ_HASH_KEY - 1) == PII_OK,
               "set_hash_key");
    return c;
}

/* ------------------------------------------------------------------------ */
/* Findings                                                                 */
/* ------------------------------------------------------------------------ */

typedef struct finding_list {
    pii_finding *v;
    size_t n, cap;
} finding_list;

static inline FUZZ_NOCOV int fuzz_collect(const pii_finding *f, void *user)
{
    finding_list *l = user;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        pii_finding *v = realloc(l->v, cap * sizeof *v);
        FUZZ_CHECK(v != NULL, "out of memory in the fuzzer");
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = *f;
    return 0;
}

static inline FUZZ_NOCOV void fuzz_list_free(finding_list *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* Findings of a scan over len bytes: in bounds, sorted, non-overlapping,
 * scores in [min_score, 1], known flags, an enabled entity, a terminated
 * subtype.  Custom entities (ids past the built-ins) are allowed when
 * allow_custom is set. */
static inline FUZZ_NOCOV void fuzz_check_findings(const pii_ruleset *rs, const pii_finding *f,
                                                  size_t n, uint64_t len, double min_score,
                                                  int allow_custom)
{
    const uint32_t known_flags =
        PII_FLAG_VALIDATED | PII_FLAG_CONTEXT | PII_FLAG_NORMALIZED | PII_FLAG_CUSTOM;
    FUZZ_CHECK(n == 0 || f != NULL, "%zu findings but no array", n);
    for (size_t i = 0; i < n; i++) {
        FUZZ_CHECK(f[i].start < f[i].end, "finding %zu: empty or reversed span [%llu, %llu)", i,
                   (unsigned long long)f[i].start, (unsigned long long)f[i].end);
        FUZZ_CHECK(f[i].end <= len, "finding %zu ends at %llu, past the input (%llu bytes)", i,
                   (unsigned long long)f[i].end, (unsigned long long)len);
        if (i > 0)
            FUZZ_CHECK(f[i - 1].end <= f[i].start,
                       "findings %zu [%llu,%llu) and %zu [%llu,%llu) overlap or are unsorted",
                       i - 1, (unsigned long long)f[i - 1].start, (unsigned long long)f[i - 1].end,
                       i, (unsigned long long)f[i].start, (unsigned long long)f[i].end);
        /* reported scores are rounded to 0.001 */
        FUZZ_CHECK(f[i].score >= min_score - 0.0015 && f[i].score <= 1.0,
                   "finding %zu: score %g outside [%g, 1]", i, f[i].score, min_score);
        FUZZ_CHECK((f[i].flags & ~known_flags) == 0, "finding %zu: unknown flags 0x%x", i,
                   (unsigned)f[i].flags);
        FUZZ_CHECK(memchr(f[i].subtype, '\0', sizeof f[i].subtype) != NULL,
                   "finding %zu: subtype not terminated", i);
        if (f[i].entity >= 0 && f[i].entity < PII_ENTITY_BUILTIN_COUNT) {
            FUZZ_CHECK(pii_ruleset_entity_enabled(rs, f[i].entity) == 1,
                       "finding %zu: entity %d is not enabled", i, f[i].entity);
            FUZZ_CHECK(!(f[i].flags & PII_FLAG_CUSTOM), "finding %zu: built-in with CUSTOM flag",
                       i);
        } else {
            FUZZ_CHECK(allow_custom && f[i].entity >= PII_ENTITY_BUILTIN_COUNT,
                       "finding %zu: entity id %d", i, f[i].entity);
            FUZZ_CHECK(pii_ruleset_entity_name(rs, f[i].entity) != NULL,
                       "finding %zu: custom entity %d has no name", i, f[i].entity);
        }
    }
}

static inline FUZZ_NOCOV int fuzz_same_finding(const pii_finding *a, const pii_finding *b)
{
    return a->start == b->start && a->end == b->end && a->entity == b->entity &&
           a->flags == b->flags && a->score == b->score &&
           strncmp(a->subtype, b->subtype, sizeof a->subtype) == 0;
}

static inline FUZZ_NOCOV void fuzz_same_findings(const char *what, const pii_finding *a, size_t na,
                                                 const pii_finding *b, size_t nb)
{
    FUZZ_CHECK(na == nb, "%s: %zu findings vs %zu", what, na, nb);
    for (size_t i = 0; i < na; i++)
        FUZZ_CHECK(fuzz_same_finding(&a[i], &b[i]),
                   "%s: finding %zu differs: [%llu,%llu) entity %d flags %u score %g '%s' vs "
                   "[%llu,%llu) entity %d flags %u score %g '%s'",
                   what, i, (unsigned long long)a[i].start, (unsigned long long)a[i].end,
                   a[i].entity, (unsigned)a[i].flags, a[i].score, a[i].subtype,
                   (unsigned long long)b[i].start, (unsigned long long)b[i].end, b[i].entity,
                   (unsigned)b[i].flags, b[i].score, b[i].subtype);
}

/* ------------------------------------------------------------------------ */
/* A growing byte buffer                                                    */
/* ------------------------------------------------------------------------ */

typedef struct byte_buf {
    uint8_t *p;
    size_t n, cap;
} byte_buf;

static inline FUZZ_NOCOV void fuzz_buf_put(byte_buf *b, const void *s, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n)
            cap *= 2;
        uint8_t *p = realloc(b->p, cap);
        FUZZ_CHECK(p != NULL, "out of memory in the fuzzer");
        b->p = p;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->n, s, n);
    b->n += n;
}

/* Offset of the first difference of two byte strings (or the shorter length). */
static inline FUZZ_NOCOV size_t fuzz_first_diff(const uint8_t *a, size_t na, const uint8_t *b,
                                                size_t nb)
{
    size_t i = 0;
    while (i < na && i < nb && a[i] == b[i])
        i++;
    return i;
}

/* ------------------------------------------------------------------------ */
/* Operators, chosen by one byte                                            */
/* ------------------------------------------------------------------------ */

static inline void fuzz_operator(uint8_t sel, pii_operator *op)
{
    static const char *const tag_formats[] = {NULL, "<{entity}>", "{entity}/{subtype}",
                                              "[REDACTED]", "{{entity}}{x}"};
    static const char *const mask_chars[] = {NULL, "#", "\xe2\x96\x88", "x"};
    static const unsigned keeps[] = {0, 0, 2, 4};
    static const char *const hash_formats[] = {NULL, "{hash}", "<{entity}|{hash}|{subtype}>", NULL};
    static const unsigned hexes[] = {0, 8, 32, 64};
    memset(op, 0, sizeof *op);
    unsigned k = sel >> 3;
    switch (sel % 5) {
    case 0:
        op->op = PII_OP_TAG;
        op->format = tag_formats[k % 5];
        break;
    case 1:
        op->op = PII_OP_MASK;
        op->mask_char = mask_chars[k & 3];
        op->keep_last = keeps[(k >> 2) & 3];
        break;
    case 2:
        op->op = PII_OP_REMOVE;
        break;
    case 3:
        op->op = PII_OP_HASH;
        op->format = hash_formats[k & 3];
        op->hash_hex = hexes[(k >> 2) & 3];
        break;
    default:
        op->op = PII_OP_KEEP;
        break;
    }
}

#endif
