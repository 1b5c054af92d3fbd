/*
 * fuzz_prefilter - the scan's shortcuts change nothing.
 *
 * Input: byte 0 chooses where the candidate scan starts and ends (a range
 * of start positions, as the stream engine asks for); the rest is the
 * text.
 *
 * Invariants: for every byte mask implementation this processor runs, the
 * fast candidate scan (scan.c: byte classes and bit arithmetic) proposes
 * exactly what the reference scan (every word start, one by one) proposes,
 * and the reference loses nothing against running every recognizer at each
 * of its word starts;
 * and pii_scan() finds the same findings with and without the hotword map
 * (hotmap.c: recognizers and context left out where no hotword can be).
 */
#include "fuzz_common.h"
#include "../tests/scan_compare.h"

static pii_ruleset *rs;
static pii_ctx *with_map, *without_map;

FUZZ_NOCOV int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rs) {
        pii_builder *b = pii_builder_new();
        FUZZ_CHECK(b && pii_builder_build(b, &rs) == PII_OK, "cannot build the default ruleset");
        pii_builder_free(b);
        with_map = pii_ctx_new(rs);
        without_map = pii_ctx_new(rs);
        FUZZ_CHECK(with_map && without_map, "out of memory in the fuzzer");
        without_map->hotmap_off = true;
    }
    uint8_t sel = size ? data[0] : 0;
    const uint8_t *text = size ? data + 1 : data;
    size_t len = size ? size - 1 : 0;

    /* the range: whole, or cut at both ends by the selector's bits */
    size_t from = 0, to = len;
    if (sel & 1)
        from = len ? (size_t)(sel >> 1) % (len + 1) : 0;
    if (sel & 0x80)
        to = from + (len - from) / 2;
    static const int levels[] = {BYTEMASK_PORTABLE, BYTEMASK_SSE2, BYTEMASK_AVX2,
                                 BYTEMASK_AVX512};
    for (size_t l = 0; l < sizeof levels / sizeof levels[0]; l++) {
        bytemask_fn fn = bytemask_select(levels[l]);
        if (!fn)
            continue;
        char why[256];
        FUZZ_CHECK(!scan_compare(rs, fn, text, len, from, to, why, sizeof why),
                   "mask level %d, starts [%zu, %zu) of %zu bytes: %s", levels[l], from, to, len,
                   why);
    }

    char why[256];
    FUZZ_CHECK(!scan_compare_all(rs, text, len, from, to, why, sizeof why),
               "starts [%zu, %zu) of %zu bytes: %s", from, to, len, why);

    finding_list a = {0}, b = {0};
    int ra = pii_scan(with_map, text, len, fuzz_collect, &a);
    int rb = pii_scan(without_map, text, len, fuzz_collect, &b);
    FUZZ_CHECK(ra >= 0 && ra == rb, "pii_scan returned %d with the hotword map, %d without", ra, rb);
    fuzz_same_findings("with and without the hotword map", a.v, a.n, b.v, b.n);
    fuzz_list_free(&a);
    fuzz_list_free(&b);
    return 0;
}
