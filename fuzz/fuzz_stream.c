/*
 * fuzz_stream - chunk invariance of the streaming engine (zstd's stream
 * round-trip fuzzer, for redaction).
 *
 * Input: byte 0 chooses the configuration (fuzz_config(); when its two top
 * bits and the top bit of byte 1 are set, the text is repeated, with a
 * line of filler after each copy, to about 150 KB, and chunks are longer, so
 * that the stream window fills and is compacted several times), byte 1 the
 * operator
 * (fuzz_operator()); the rest is the text.  The same bytes, read backwards
 * from the end, are the script: input chunk sizes (0 to 130 KB), output
 * buffer sizes (0 to 130 KB, each call gets an exact-size heap block),
 * CONTINUE or FLUSH after each chunk, whether the last chunk comes with END,
 * and whether the stream is redacted (pii_redact_stream) or only scanned
 * (pii_scan_stream).
 *
 * Invariants: every call succeeds and stays within its buffers; a call with
 * input left and output room makes progress; the held-back count stays
 * within pii_ctx_holdback_max() plus one replacement; END finishes; output
 * and findings equal those of one-shot pii_redact() and pii_scan(), which
 * agree with each other.
 */
#include "fuzz_common.h"

typedef struct script {
    const uint8_t *d;
    size_t n, i;
    size_t scale; /* chunk sizes are multiplied by this (long texts) */
} script;

static uint8_t next_byte(script *s)
{
    if (s->n == 0)
        return 0;
    uint8_t b = s->d[s->n - 1 - s->i % s->n];
    s->i++;
    return (uint8_t)(b + s->i / s->n); /* vary on each pass over a short input */
}

static size_t chunk_size(script *s)
{
    uint8_t b = next_byte(s);
    if (b < 128)
        return b % 17 * s->scale;
    if (b < 224)
        return (size_t)(b - 128) * 37 * s->scale + 1;
    return (size_t)(b - 224) * 4099 + 1;
}

static size_t out_size(script *s)
{
    uint8_t b = next_byte(s);
    if (b < 64)
        return b % 8;
    if (b < 192)
        return 1 + (size_t)(b - 64) * 11;
    return (size_t)(b - 192) * 2053 + 1;
}

typedef struct run {
    pii_ctx *ctx;
    int scan_only;
    int64_t held_max;
    byte_buf out;
    unsigned long calls;
} run;

/* One call with an exact-size output block of osz bytes; returns whether it
 * made progress (took input or wrote output). */
static int call(run *r, pii_in_buffer *in, size_t osz, pii_directive d, int64_t *ret, size_t *wrote)
{
    uint8_t *dst = malloc(osz ? osz : 1);
    FUZZ_CHECK(dst != NULL, "out of memory in the fuzzer");
    pii_out_buffer out = {dst, osz, 0};
    size_t in_before = in->pos;
    int64_t rc =
        r->scan_only ? pii_scan_stream(r->ctx, in, d) : pii_redact_stream(r->ctx, &out, in, d);
    r->calls++;
    FUZZ_CHECK(rc >= 0, "stream call %lu (directive %d) failed: %s", r->calls, (int)d,
               pii_error_name((int)rc));
    FUZZ_CHECK(in->pos >= in_before && in->pos <= in->size, "in.pos %zu outside [%zu, %zu]",
               in->pos, in_before, in->size);
    FUZZ_CHECK(out.pos <= osz, "out.pos %zu past out.size %zu", out.pos, osz);
    FUZZ_CHECK(rc <= r->held_max, "call %lu holds back %lld bytes, bound %lld", r->calls,
               (long long)rc, (long long)r->held_max);
    fuzz_buf_put(&r->out, dst, out.pos);
    free(dst);
    *ret = rc;
    *wrote = out.pos;
    return in->pos > in_before || out.pos > 0;
}

static void stream(run *r, const uint8_t *text, size_t len, script *s)
{
    size_t pos = 0;
    for (;;) {
        size_t chunk = chunk_size(s);
        if (chunk > len - pos)
            chunk = len - pos;
        int with_end = pos + chunk == len && (next_byte(s) & 1);
        if (with_end || pos == len)
            break;
        pii_directive d = (next_byte(s) & 3) == 3 ? PII_FLUSH : PII_CONTINUE;
        pii_in_buffer in = {text + pos, chunk, 0};
        int stuck = 0;
        for (;;) {
            size_t osz = out_size(s);
            if (stuck && osz == 0)
                osz = 1;
            int64_t rc;
            size_t wrote;
            int progress = call(r, &in, osz, d, &rc, &wrote);
            if (in.pos < in.size) {
                /* input left: a call with output room must move */
                if (!progress && osz > 0)
                    FUZZ_CHECK(++stuck < 3,
                               "no progress: %zu of %zu chunk bytes taken, %lld "
                               "held back, %zu bytes of output room",
                               in.pos, in.size, (long long)rc, osz);
                else if (!progress)
                    stuck = 1;
                else
                    stuck = 0;
                continue;
            }
            /* FLUSH: call again until the output is not full */
            if (d == PII_FLUSH && !r->scan_only && (osz == 0 || wrote == osz)) {
                stuck = osz == 0;
                continue;
            }
            break;
        }
        pos += chunk;
    }
    /* END, with whatever input is left */
    pii_in_buffer in = {text + pos, len - pos, 0};
    int stuck = 0;
    for (;;) {
        size_t osz = out_size(s);
        if (osz == 0)
            osz = 1 + next_byte(s);
        int64_t rc;
        size_t wrote;
        int progress = call(r, &in, osz, PII_END, &rc, &wrote);
        if (rc == 0) {
            FUZZ_CHECK(in.pos == in.size, "END returned 0 with %zu input bytes left",
                       in.size - in.pos);
            break;
        }
        if (!progress)
            FUZZ_CHECK(++stuck < 3, "END makes no progress: %lld bytes held back", (long long)rc);
        else
            stuck = 0;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    fuzz_conf *c = fuzz_config(data[0]);
    pii_operator op;
    fuzz_operator(data[1], &op);
    int rc = pii_ctx_set_operator(c->ctx, PII_ALL_ENTITIES, &op);
    FUZZ_CHECK(rc == PII_OK, "set_operator: %s", pii_error_name(rc));

    const uint8_t *text = data + 2;
    size_t len = size - 2;
    uint8_t *tiled = NULL;
    int tile = (data[0] & 0xc0) == 0xc0 && (data[1] & 0x80) && len > 0;
    if (tile) {
        /* copies of the text, each followed by a line of filler so that
         * the copies land at varying offsets from the window's edges */
        size_t fill = 4099 - len % 4099, unit = len + fill, want = 0;
        while (want < 150000)
            want += unit;
        tiled = malloc(want);
        FUZZ_CHECK(tiled != NULL, "out of memory in the fuzzer");
        for (size_t i = 0; i < want; i += unit) {
            memcpy(tiled + i, text, len);
            memset(tiled + i + len, 'q', fill);
            tiled[i + len] = '\n';
            tiled[i + unit - 1] = '\n';
        }
        text = tiled;
        len = want;
    }

    /* the one-shot reference: pii_redact (findings through the callback)
     * and pii_scan must agree */
    finding_list ref = {0}, scan = {0}, got = {0};
    FUZZ_CHECK(pii_ctx_set_callback(c->ctx, fuzz_collect, &ref) == PII_OK, "set_callback");
    size_t cap = pii_redact_bound(c->ctx, len);
    uint8_t *expect = malloc(cap ? cap : 1);
    FUZZ_CHECK(expect != NULL, "out of memory in the fuzzer");
    int64_t elen = pii_redact(c->ctx, text, len, expect, cap);
    FUZZ_CHECK(elen >= 0 && (size_t)elen <= cap, "pii_redact: %s (bound %zu)",
               pii_error_name((int)elen), cap);
    FUZZ_CHECK(pii_ctx_set_callback(c->ctx, NULL, NULL) == PII_OK, "set_callback");
    rc = pii_scan(c->ctx, text, len, fuzz_collect, &scan);
    FUZZ_CHECK(rc >= 0, "pii_scan: %s", pii_error_name(rc));
    fuzz_check_findings(c->rs, scan.v, scan.n, len, c->min_score, 0);
    fuzz_same_findings("pii_redact vs pii_scan", ref.v, ref.n, scan.v, scan.n);

    /* the stream */
    script s = {data, size, 0, tile ? 61 : 1};
    run r = {c->ctx, next_byte(&s) & 1, 0, {0}, 0};
    r.held_max = (int64_t)(pii_ctx_holdback_max(c->ctx) + pii_redact_bound(c->ctx, 0));
    FUZZ_CHECK(pii_ctx_set_callback(c->ctx, fuzz_collect, &got) == PII_OK, "set_callback");
    stream(&r, text, len, &s);
    FUZZ_CHECK(pii_ctx_set_callback(c->ctx, NULL, NULL) == PII_OK, "set_callback");

    fuzz_same_findings(r.scan_only ? "pii_scan_stream vs one-shot"
                                   : "pii_redact_stream vs one-shot",
                       got.v, got.n, ref.v, ref.n);
    if (!r.scan_only) {
        size_t at = fuzz_first_diff(r.out.p, r.out.n, expect, (size_t)elen);
        FUZZ_CHECK(r.out.n == (size_t)elen && at == r.out.n,
                   "stream output (%zu bytes, %lu calls) differs from one-shot (%lld bytes) at "
                   "offset %zu",
                   r.out.n, r.calls, (long long)elen, at);
    }
    free(r.out.p);
    free(expect);
    free(tiled);
    fuzz_list_free(&ref);
    fuzz_list_free(&scan);
    fuzz_list_free(&got);
    return 0;
}
