/*
 * scan_compare.h - the fast candidate scan against the reference scan
 * (shared by tests/test_scan.c and fuzz/fuzz_prefilter.c).
 *
 * scan.c's find_candidates() skips most word starts by bit arithmetic on
 * byte class masks; find_candidates_ref() visits every word start.  Both
 * must propose exactly the same candidates, in the same order, for any
 * bytes and any range of start positions.
 */
#ifndef PII_TESTS_SCAN_COMPARE_H
#define PII_TESTS_SCAN_COMPARE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/internal.h"

/* Scan s[0, len) for starts in [from, to) both ways, with the byte masks
 * of fn.  Returns 0 when they agree; otherwise 1 with what differs in why
 * (offsets and entity ids only). */
static inline int scan_compare(const pii_ruleset *rs, bytemask_fn fn, const uint8_t *s,
                               size_t len, size_t from, size_t to, char *why, size_t why_len)
{
    cand_vec fast = {0}, ref = {0};
    scan_view v = {s, len, true, 0, ALL_BUILTIN_MASK, &fast, rs->dl_digits, rs->dl_lengths,
                   NULL, s, len, fn, rs, NULL, 0};
    find_candidates(&v, from, to);
    v.out = &ref;
    find_candidates_ref(&v, from, to);
    int bad = 0;
    if (fast.error || ref.error) {
        snprintf(why, why_len, "out of memory");
        bad = 1;
    }
    for (size_t i = 0; !bad && i < fast.n && i < ref.n; i++) {
        const cand *a = &fast.v[i], *b = &ref.v[i];
        if (a->start != b->start || a->end != b->end || a->entity != b->entity ||
            a->flags != b->flags || a->base != b->base || a->with_ctx != b->with_ctx ||
            strcmp(a->subtype, b->subtype) != 0) {
            snprintf(why, why_len,
                     "candidate %zu: fast [%llu,%llu) entity %u, reference [%llu,%llu) entity %u", i,
                     (unsigned long long)a->start, (unsigned long long)a->end, a->entity,
                     (unsigned long long)b->start, (unsigned long long)b->end, b->entity);
            bad = 1;
        }
    }
    if (!bad && fast.n != ref.n) {
        const cand *x = fast.n > ref.n ? &fast.v[ref.n] : &ref.v[fast.n];
        snprintf(why, why_len, "fast %zu candidates, reference %zu; first extra [%llu,%llu) entity %u (%s)",
                 fast.n, ref.n, (unsigned long long)x->start, (unsigned long long)x->end, x->entity,
                 fast.n > ref.n ? "fast" : "reference");
        bad = 1;
    }
    cand_vec_free(&fast);
    cand_vec_free(&ref);
    return bad;
}

/* Full order of candidates, for comparing two scans that propose the same
 * ones in another order. */
static inline int cand_total_order(const void *pa, const void *pb)
{
    const cand *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    if (a->entity != b->entity)
        return a->entity < b->entity ? -1 : 1;
    if (a->flags != b->flags)
        return a->flags < b->flags ? -1 : 1;
    if (a->base != b->base)
        return a->base < b->base ? -1 : 1;
    if (a->with_ctx != b->with_ctx)
        return a->with_ctx < b->with_ctx ? -1 : 1;
    return strcmp(a->subtype, b->subtype);
}

/* The reference scan against every recognizer at each of its word starts
 * (find_candidates_all()): word_start()'s choice of recognizers, by the
 * first characters of a word, must lose no candidate.  Returns 0 when both
 * propose the same candidates (in any order); otherwise 1 with the first
 * that differs in why. */
static inline int scan_compare_all(const pii_ruleset *rs, const uint8_t *s, size_t len, size_t from,
                                   size_t to, char *why, size_t why_len)
{
    cand_vec all = {0}, ref = {0};
    scan_view v = {s, len, true, 0, ALL_BUILTIN_MASK, &all, rs->dl_digits, rs->dl_lengths,
                   NULL, s, len, rs->masks, rs, NULL, 0};
    find_candidates_all(&v, from, to);
    v.out = &ref;
    find_candidates_ref(&v, from, to);
    int bad = 0;
    if (all.error || ref.error) {
        snprintf(why, why_len, "out of memory");
        bad = 1;
    }
    if (!bad && all.n) /* (qsort() wants a buffer even for none) */
        qsort(all.v, all.n, sizeof *all.v, cand_total_order);
    if (!bad && ref.n)
        qsort(ref.v, ref.n, sizeof *ref.v, cand_total_order);
    for (size_t i = 0; !bad && i < all.n + 1 && i < ref.n + 1; i++) {
        const cand *a = i < all.n ? &all.v[i] : NULL, *b = i < ref.n ? &ref.v[i] : NULL;
        if (!a && !b)
            break;
        if (!a || !b || cand_total_order(a, b) != 0) {
            const cand *x = !b || (a && cand_total_order(a, b) < 0) ? a : b;
            snprintf(why, why_len,
                     "every recognizer: %zu candidates, the reference: %zu; first difference "
                     "[%llu,%llu) entity %u, proposed only by %s",
                     all.n, ref.n, (unsigned long long)x->start, (unsigned long long)x->end,
                     x->entity, x == a ? "every recognizer" : "the reference");
            bad = 1;
        }
    }
    cand_vec_free(&all);
    cand_vec_free(&ref);
    return bad;
}

#endif
