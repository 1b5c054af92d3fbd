/* ctx.c - per-thread scratch and the one-shot scan call. */
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
    return ctx;
}

void pii_ctx_free(pii_ctx *ctx)
{
    if (!ctx)
        return;
    cand_vec_free(&ctx->cands);
    free(ctx->findings);
    /* The table state holds a copy of a header line: wipe it. */
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

static int keep_finding(const pii_finding *f, void *user)
{
    pii_ctx *ctx = user;
    if (ctx->nfindings == ctx->cap_findings) {
        size_t cap = ctx->cap_findings ? ctx->cap_findings * 2 : 32;
        pii_finding *v = realloc(ctx->findings, cap * sizeof *v);
        if (!v)
            return PII_ERR_NOMEM;
        ctx->findings = v;
        ctx->cap_findings = cap;
    }
    ctx->findings[ctx->nfindings++] = *f;
    return 0;
}

typedef struct user_cb {
    pii_finding_cb cb;
    void *user;
} user_cb;

static int call_user(const pii_finding *f, void *u)
{
    const user_cb *uc = u;
    return uc->cb(f, uc->user) ? PII_ERR_CALLBACK : 0;
}

int pii_scan(pii_ctx *ctx, const void *data, size_t len, pii_finding_cb cb, void *user)
{
    if (!ctx)
        return PII_ERR_NULL;
    if (!data && len)
        return PII_ERR_NULL;
    if (ctx->busy)
        return PII_ERR_BUSY;
    ctx->busy = 1;
    ctx->nfindings = 0;
    table_reset(&ctx->table);
    int rc;
    if (cb) {
        user_cb uc = {cb, user};
        rc = scan_buffer(ctx, data ? data : "", len, call_user, &uc);
    } else {
        rc = scan_buffer(ctx, data ? data : "", len, keep_finding, ctx);
        if (rc < 0)
            ctx->nfindings = 0;
    }
    ctx->busy = 0;
    return rc;
}

const pii_finding *pii_ctx_findings(const pii_ctx *ctx, size_t *count)
{
    if (count)
        *count = ctx ? ctx->nfindings : 0;
    return ctx ? ctx->findings : NULL;
}
