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
                   NULL, s, len, fn, rs, NULL};
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

#endif
