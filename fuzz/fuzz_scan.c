/*
 * fuzz_scan - one-shot pii_scan() on arbitrary bytes.
 *
 * Input: byte 0 chooses the configuration (min score, context window,
 * enabled entities: fuzz_config()); the rest is the text.
 *
 * Invariants: the scan succeeds; findings are in bounds, sorted by start,
 * non-overlapping, of enabled entities, scored within [min_score, 1];
 * findings kept in the context equal those passed to a callback, and a
 * second scan gives the same findings (no state leaks between calls); a
 * callback that stops the scan makes it return PII_ERR_CALLBACK.
 */
#include "fuzz_common.h"

static int stop_at_first(const pii_finding *f, void *user)
{
    (void)f;
    (*(int *)user)++;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t sel = size ? data[0] : 0;
    const uint8_t *text = size ? data + 1 : data;
    size_t len = size ? size - 1 : 0;
    fuzz_conf *c = fuzz_config(sel);

    int rc = pii_scan(c->ctx, text, len, NULL, NULL);
    FUZZ_CHECK(rc >= 0, "pii_scan failed: %s", pii_error_name(rc));
    size_t n;
    const pii_finding *kept = pii_ctx_findings(c->ctx, &n);
    FUZZ_CHECK(n == (size_t)rc, "pii_scan returned %d but kept %zu findings", rc, n);
    fuzz_check_findings(c->rs, kept, n, len, c->min_score, 0);

    /* the same findings through a callback, and again on a second call */
    pii_finding *first = NULL;
    if (n) {
        first = malloc(n * sizeof *first);
        FUZZ_CHECK(first != NULL, "out of memory in the fuzzer");
        memcpy(first, kept, n * sizeof *first);
    }
    finding_list cb = {0};
    rc = pii_scan(c->ctx, text, len, fuzz_collect, &cb);
    FUZZ_CHECK(rc == (int)n, "scan with callback returned %d, without %zu", rc, n);
    fuzz_same_findings("callback vs kept", first, n, cb.v, cb.n);
    fuzz_list_free(&cb);

    /* a callback that stops at the first finding */
    if (n) {
        int calls = 0;
        rc = pii_scan(c->ctx, text, len, stop_at_first, &calls);
        FUZZ_CHECK(rc == PII_ERR_CALLBACK, "stopped scan returned %s", pii_error_name(rc));
        FUZZ_CHECK(calls == 1, "callback called %d times after asking to stop", calls);
        /* and the context works normally afterwards */
        rc = pii_scan(c->ctx, text, len, NULL, NULL);
        FUZZ_CHECK(rc == (int)n, "scan after a stopped scan returned %d, first %zu", rc, n);
        kept = pii_ctx_findings(c->ctx, &n);
        fuzz_same_findings("after a stopped scan", first, (size_t)rc, kept, n);
    }
    free(first);
    return 0;
}
