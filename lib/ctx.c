/* ctx.c - per-thread context: lifecycle, one-shot calls over the stream engine. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

pii_ctx *pii_ctx_new(const pii_ruleset *rs)
{
    if (!rs)
        return NULL;
    pii_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return NULL;
    ctx->rs = rs;
    table_reset(&ctx->table);
    ctx->win = ctx_window_new();
    if (!ctx->win || ops_init(ctx) != PII_OK || ctx_rules_init(ctx) != PII_OK || summary_init(ctx) != PII_OK) {
        pii_ctx_free(ctx);
        return NULL;
    }
    return ctx;
}

void pii_ctx_free(pii_ctx *ctx)
{
    if (!ctx)
        return;
    stream_free(&ctx->st);
    hot_free(&ctx->hot);
    cand_vec_free(&ctx->cands);
    free(ctx->findings);
    free(ctx->ops);
    free(ctx->win);
    ctx_rules_free(ctx);
    summary_free(ctx);
    /* the table state holds a copy of a header line, and the key is secret */
    memset(ctx, 0, sizeof *ctx);
    free(ctx);
}

cand *cand_push(cand_vec *cv)
{
    if (cv->n == cv->cap) {
        size_t cap = cv->cap ? cv->cap * 2 : 64;
        cand *v = realloc(cv->v, cap * sizeof *v);
        if (!v) {
            cv->error = PII_ERR_NOMEM;
            return NULL;
        }
        cv->v = v;
        cv->cap = cap;
    }
    cand *c = &cv->v[cv->n++];
    memset(c, 0, sizeof *c);
    return c;
}

void cand_vec_free(cand_vec *cv)
{
    free(cv->v);
    memset(cv, 0, sizeof *cv);
}

int pii_ctx_set_callback(pii_ctx *ctx, pii_finding_cb cb, void *user)
{
    if (!ctx)
        return PII_ERR_NULL;
    if (ctx->busy)
        return PII_ERR_BUSY;
    ctx->cb = cb;
    ctx->cb_user = user;
    return PII_OK;
}

const char *pii_ctx_error(const pii_ctx *ctx)
{
    if (!ctx)
        return "context is NULL";
    return ctx->error;
}

static int keep_finding(const pii_finding *f, void *user)
{
    pii_ctx *ctx = user;
    if (ctx->nfindings == ctx->cap_findings) {
        size_t cap = ctx->cap_findings ? ctx->cap_findings * 2 : 32;
        pii_finding *v = realloc(ctx->findings, cap * sizeof *v);
        if (!v)
            return 1;
        ctx->findings = v;
        ctx->cap_findings = cap;
    }
    ctx->findings[ctx->nfindings++] = *f;
    return 0;
}

/* Run a whole buffer through the engine as one stream, with findings going
 * to cb (or kept in ctx when cb is NULL). */
static int64_t one_shot(pii_ctx *ctx, const void *data, size_t len, pii_out_buffer *out,
                        pii_finding_cb cb, void *user)
{
    if (ctx->st.active)
        return PII_ERR_STAGE; /* a stream session is open on this context */
    pii_finding_cb saved_cb = ctx->cb;
    void *saved_user = ctx->cb_user;
    ctx->nfindings = 0;
    if (cb) {
        ctx->cb = cb;
        ctx->cb_user = user;
    } else if (!out) {
        ctx->cb = keep_finding;
        ctx->cb_user = ctx;
    }
    pii_in_buffer in = {data ? data : "", len, 0};
    int64_t rc = out ? pii_redact_stream(ctx, out, &in, PII_END) : pii_scan_stream(ctx, &in, PII_END);
    if (rc > 0) /* output space ran out */
        rc = PII_ERR_DST_TOO_SMALL;
    if (rc == PII_ERR_CALLBACK && !cb && !out)
        rc = PII_ERR_NOMEM; /* keep_finding could not grow */
    if (rc < 0) {
        pii_ctx_reset(ctx);
        ctx->nfindings = 0;
    }
    ctx->cb = saved_cb;
    ctx->cb_user = saved_user;
    return rc;
}

typedef struct counter {
    pii_finding_cb cb;
    void *user;
    size_t n;
} counter;

static int count_and_call(const pii_finding *f, void *user)
{
    counter *c = user;
    c->n++;
    return c->cb(f, c->user);
}

int pii_scan(pii_ctx *ctx, const void *data, size_t len, pii_finding_cb cb, void *user)
{
    if (!ctx)
        return PII_ERR_NULL;
    if (!data && len)
        return PII_ERR_NULL;
    if (ctx->busy)
        return PII_ERR_BUSY;
    counter c = {cb, user, 0};
    int64_t rc = one_shot(ctx, data, len, NULL, cb ? count_and_call : NULL, &c);
    if (rc < 0)
        return (int)rc;
    size_t n = cb ? c.n : ctx->nfindings;
    return n > INT32_MAX ? INT32_MAX : (int)n;
}

const pii_finding *pii_ctx_findings(const pii_ctx *ctx, size_t *count)
{
    if (count)
        *count = ctx ? ctx->nfindings : 0;
    return ctx ? ctx->findings : NULL;
}

size_t pii_redact_bound(const pii_ctx *ctx, size_t len)
{
    if (!ctx)
        return 0;
    /* The shortest finding has 4 bytes; each may grow to the longest
     * replacement. */
    size_t grow = ops_max_growth(ctx);
    size_t n = len / 4 + 1;
    if (n > (SIZE_MAX - len) / grow)
        return SIZE_MAX;
    return len + n * grow;
}

int64_t pii_redact(pii_ctx *ctx, const void *src, size_t len, void *dst, size_t cap)
{
    if (!ctx || !dst)
        return PII_ERR_NULL;
    if (!src && len)
        return PII_ERR_NULL;
    if (ctx->busy)
        return PII_ERR_BUSY;
    pii_out_buffer out = {dst, cap, 0};
    int64_t rc = one_shot(ctx, src, len, &out, NULL, NULL);
    if (rc < 0)
        return rc;
    return (int64_t)out.pos;
}
