/*
 * stream.c - the streaming engine behind every scan and redaction.
 *
 * The input passes through a window buffer.  Each round:
 *   1. word starts up to `limit` are enumerated, where limit stays
 *      stream_lookahead() bytes short of the data received (unless the stream
 *      has ended), so every detector and context window sees all it needs;
 *   2. candidates that start below `known` (= enumerated position minus the
 *      farthest a candidate can start before its anchor) are all known: they
 *      are scored, in start order, and filtered by the minimum score;
 *   3. a cluster of overlapping candidates is final once it ends at or below
 *      `known`; its winners become findings;
 *   4. bytes below both `known` and the first undecided candidate are
 *      written out, findings replaced;
 *   5. the window drops what lies more than stream_lookbehind() bytes before
 *      the enumerated position and is already written.
 * Every decision depends only on bytes within a fixed distance, and the
 * stages run in the same order whatever the chunking, so output and findings
 * are identical for every split of the input (tests/test_stream.c checks
 * every split point).  Memory is the window: lookbehind + lookahead + one
 * block, whatever the length of the stream or of its lines.
 *
 * Once every byte of the window lies in the input of the call under way
 * (at once in a one-shot call; after the first round of a long chunk), the
 * window is that input itself, read in place (copying it in was 4% of the
 * instructions of a scan of log text); not with custom rules (see run()).
 * Before the call returns, what the window keeps is copied into its own
 * buffer.
 *
 * Failing closed: any error marks the session failed; from then on nothing
 * is written, and the buffered input is wiped on reset or free.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Input taken per round.  The window keeps a history and a lookahead
 * beside it, moved to the front after each round: a large block makes
 * that a small part of the work. */
#define BLOCK (256 * 1024)
/* Bytes past the window's end that PCRE2's JIT may read (its vector loads
 * of the subject): allocated, never part of the window. */
#define JIT_SLACK 64

/* Detectors and context windows reach a bounded number of bytes of the
 * view; through normalization one view byte may stand for up to
 * NORM_MAX_EXPANSION input bytes, and the window is kept in input bytes. */
static size_t view_scale(const pii_ruleset *rs) { return rs->normalize ? NORM_MAX_EXPANSION : 1; }

size_t stream_lookbehind(const pii_ruleset *rs)
{
    size_t ctx = CTX_BYTES(rs->context_window);
    return (LEFT_REACH + (ctx > RECORD_REACH ? ctx : RECORD_REACH) + 16) * view_scale(rs);
}

/* How many bytes of the view must follow a position before it is decided. */
static size_t view_lookahead(const pii_ruleset *rs)
{
    size_t ctx_after = CTX_BYTES(rs->context_window) / 2 + 64;
    size_t a = PII_MAX_SPAN + ctx_after;
    size_t b = TABLE_MAX_LINE + PII_MAX_SPAN;
    return (a > b ? a : b) + 64;
}

/* The same in input bytes at most (what the buffer must be able to hold). */
size_t stream_lookahead(const pii_ruleset *rs) { return view_lookahead(rs) * view_scale(rs); }

/* The window buffer: history, one block, and the lookahead. */
static size_t window_cap(const pii_ruleset *rs)
{
    return stream_lookbehind(rs) + stream_lookahead(rs) + BLOCK;
}

size_t pii_ctx_holdback_max(const pii_ctx *ctx)
{
    if (!ctx)
        return 0;
    /* the window, plus a replacement that did not fit the output yet */
    return window_cap(ctx->rs) + REPL_MAX;
}

void stream_wipe(stream_state *st)
{
    /* Only what ever held input: one-shot calls on short strings pay for
     * what they used, not for the whole window. */
    if (st->buf)
        memset(st->buf, 0, st->high_water);
    st->high_water = 0;
    st->plain_upto = 0;
    if (st->nv.s) { /* it holds a copy of the input */
        memset(st->nv.s, 0, st->nv.high_water);
        st->nv.high_water = 0;
        st->nv.len = 0;
    }
    memset(st->repl, 0, st->repl_high); /* what replacements used of it */
    st->repl_high = 0;
    st->len = 0;
    st->win = st->buf;
    st->borrowed = false;
    st->base = st->scan_pos = st->known = st->emit_pos = 0;
    st->pending.n = 0;
    st->pending.error = 0;
    st->ready.n = 0;
    st->ready.error = 0;
    st->ready_head = 0;
    st->repl_len = st->repl_pos = 0;
    st->active = false;
    st->failed = 0;
    st->decided = false;
}

void stream_free(stream_state *st)
{
    stream_wipe(st);
    free(st->buf);
    cand_vec_free(&st->pending);
    cand_vec_free(&st->ready);
    norm_free(&st->nv);
    st->buf = NULL;
    st->cap = 0;
}

static int session_fail(pii_ctx *ctx, int rc)
{
    stream_state *st = &ctx->st;
    st->failed = rc;
    /* nothing more may leave: drop what is buffered (and all of the
     * replacement buffer: a failed rendering may have written part of one) */
    if (st->buf)
        memset(st->buf, 0, st->cap);
    memset(st->repl, 0, sizeof st->repl);
    st->len = 0;
    st->win = st->buf; /* (not the caller's bytes any more) */
    st->borrowed = false;
    st->repl_len = st->repl_pos = 0;
    return rc;
}

static int open_session(pii_ctx *ctx, bool redacting)
{
    stream_state *st = &ctx->st;
    if (st->active) /* one session is one kind of call: the other kind would
                     * lose held-back text or start output mid-stream */
        return st->redacting == redacting ? PII_OK : PII_ERR_STAGE;
    size_t cap = window_cap(ctx->rs);
    if (st->cap < cap) {
        /* (room past the end for PCRE2's JIT loads, above) */
        uint8_t *b = realloc(st->buf, cap + JIT_SLACK);
        if (!b)
            return PII_ERR_NOMEM;
        st->buf = b;
        st->cap = cap;
    }
    if (hot_reserve(&ctx->hot, cap) != PII_OK)
        return PII_ERR_NOMEM;
    table_reset(&ctx->table);
    if (ctx->rule_next)
        memset(ctx->rule_next, 0, ctx->rs->nrules * sizeof *ctx->rule_next);
    summary_reset(ctx);
    ctx_window_invalidate(ctx->win); /* the buffer is reused from offset 0 */
    st->win = st->buf;
    st->borrowed = false;
    st->active = true;
    st->redacting = redacting;
    return PII_OK;
}

/* Append a finding in order to the ready queue and tell the callback. */
static int finalize(pii_ctx *ctx, const cand *c)
{
    stream_state *st = &ctx->st;
    if (ctx->cb) {
        pii_finding f;
        memset(&f, 0, sizeof f);
        f.start = c->start;
        f.end = c->end;
        f.score = (double)(int)(c->score * 1000.0f + 0.5f) / 1000.0; /* 0.95, not 0.949999988 */
        f.entity = c->entity;
        f.flags = c->flags;
        memcpy(f.subtype, c->subtype, sizeof f.subtype);
        if (ctx->cb(&f, ctx->cb_user))
            return PII_ERR_CALLBACK;
    }
    cand *r = cand_push(&st->ready);
    if (!r)
        return PII_ERR_NOMEM;
    *r = *c;
    summary_count(ctx, c->entity);
    return PII_OK;
}

/* Sort v[0, n) by start when v[0, sorted) already is.  Detectors propose
 * in nearly the order of their starts (an email reaches back before its
 * '@'), so insertion, which is stable like glibc's qsort, does it in
 * linear time; many moves (custom rules' candidates come after the rest)
 * hand it to qsort, so the sort never turns quadratic. */
static void sort_new(cand *v, size_t sorted, size_t n)
{
    size_t budget = 4 * n + 64;
    for (size_t i = sorted ? sorted : 1; i < n; i++) {
        if (cand_by_start(&v[i - 1], &v[i]) <= 0)
            continue;
        cand x = v[i];
        size_t j = i;
        while (j > 0 && cand_by_start(&v[j - 1], &x) > 0) {
            if (budget-- == 0) {
                v[j] = x;
                qsort(v, n, sizeof *v, cand_by_start);
                return;
            }
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

/* Stages 1-3.  eof: no more input will come. */
static int decide(pii_ctx *ctx, bool eof)
{
    stream_state *st = &ctx->st;
    ctx_window_invalidate(ctx->win); /* the view is rebuilt below */
    uint64_t data_end = st->base + st->len;
    size_t ahead = view_lookahead(ctx->rs);
    uint64_t limit = eof ? data_end : (data_end > ahead ? data_end - ahead : 0);
    scan_view v = {st->win, st->len, eof, st->base, ctx->rs->enabled, &st->pending,
                   ctx->rs->dl_digits, ctx->rs->dl_lengths, NULL, st->win, st->len, ctx->rs->masks,
                   ctx->rs, ctx->hotmap_off ? NULL : &ctx->hot, 0};
    hot_round(&ctx->hot, &ctx->table);
    /* ASCII, and characters normalization keeps, are their own view: only
     * what is not yet known to be such text is looked at again */
    size_t plain = st->len;
    if (ctx->rs->normalize) {
        plain = norm_plain_upto(ctx->rs->normscan, st->win, st->len, (size_t)(st->plain_upto - st->base));
        st->plain_upto = st->base + plain;
    }
    if (plain < st->len) {
        bool identity;
        int rc = norm_build(&st->nv, ctx->rs->normscan, st->win, st->len, &identity);
        if (rc < 0)
            return rc;
        if (!identity) { /* detection runs on the normalized view */
            v.s = st->nv.s;
            v.len = st->nv.len;
            v.nv = &st->nv;
            /* decided: what has `ahead` bytes of the view after it (one view
             * byte may stand for several input bytes) */
            if (!eof)
                limit = v.len > ahead ? st->base + st->nv.ostart[v.len - ahead] : st->base;
        }
    }
    size_t first_new = st->pending.n;
    if (limit > st->scan_pos) {
        size_t from = (size_t)(st->scan_pos - st->base), to = (size_t)(limit - st->base);
        if (v.nv) {
            from = norm_from_orig(v.nv, from);
            to = norm_from_orig(v.nv, to);
        }
        find_candidates(&v, from, to);
        if (ctx->rs->nrules) {
            int rc = custom_find(ctx, &v, from, to);
            if (rc < 0)
                return rc;
        }
        st->scan_pos = limit;
    }
    if (st->pending.error)
        return st->pending.error;
    /* a candidate may start up to LEFT_REACH view bytes before the position
     * that finds it (an email's local part before its '@') */
    uint64_t known;
    if (eof) {
        known = data_end;
    } else if (v.nv) {
        size_t vi = norm_from_orig(v.nv, (size_t)(st->scan_pos - st->base));
        known = vi > LEFT_REACH ? st->base + v.nv->ostart[vi - LEFT_REACH] : st->base;
    } else {
        known = st->scan_pos > LEFT_REACH ? st->scan_pos - LEFT_REACH : 0;
    }
    if (known < st->known)
        known = st->known;
    st->known = known;

    cand *pv = st->pending.v;
    size_t n = st->pending.n;
    if (n > first_new)
        sort_new(pv, first_new, n);

    /* score what is known, in start order; drop what stays under the bar */
    float min_score = (float)ctx->rs->min_score;
    /* the scan's newline masks, where its view is the input */
    const hot_state *lines = v.nv || ctx->hotmap_off ? NULL : &ctx->hot;
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        cand *c = &pv[i];
        if (!c->scored && c->start < known) {
            table_sync(&ctx->table, st->win, st->len, st->base, c->start, lines);
            bool had;
            c->score = context_score(ctx, &v, c, &had, &c->ctx_dist);
            if (had)
                c->flags |= PII_FLAG_CONTEXT;
            c->scored = true;
            if (c->score < min_score)
                continue;
            if (ctx->rs->allow.n &&
                allow_has(&ctx->rs->allow, st->win + (size_t)(c->start - st->base),
                          (size_t)(c->end - c->start)))
                continue;
        }
        pv[w++] = *c;
    }
    n = w;

    /* final clusters: overlap-connected runs ending at or below `known` */
    size_t i = 0, out = 0;
    while (i < n && pv[i].scored) {
        size_t j = i + 1;
        uint64_t end = pv[i].end;
        while (j < n && pv[j].start < end && j - i < CLUSTER_MAX &&
               pv[j].start - pv[i].start < CLUSTER_MAX_SPAN) {
            if (!pv[j].scored)
                break;
            if (pv[j].end > end)
                end = pv[j].end;
            j++;
        }
        bool capped = j - i >= CLUSTER_MAX ||
                      (j < n && pv[j].scored && pv[j].start < end &&
                       pv[j].start - pv[i].start >= CLUSTER_MAX_SPAN);
        bool complete = capped || (j < n ? pv[j].start >= end && end <= known : end <= known);
        if (!complete)
            break;
        size_t kept = resolve_cluster(pv + i, j - i);
        for (size_t k = 0; k < kept; k++) {
            int rc = finalize(ctx, &pv[i + k]);
            if (rc < 0)
                return rc;
        }
        i = j;
        out = j;
    }
    if (out && n > out)
        memmove(pv, pv + out, (n - out) * sizeof *pv);
    st->pending.n = n - out;
    table_sync(&ctx->table, st->win, st->len, st->base, known, lines);
    return PII_OK;
}

/* How far output may go: below `known` and the first undecided candidate. */
static uint64_t emit_limit(const stream_state *st)
{
    uint64_t lim = st->known;
    if (st->pending.n && st->pending.v[0].start < lim)
        lim = st->pending.v[0].start;
    return lim;
}

/* Stage 4.  With out == NULL (scanning) decisions just advance. */
static int emit(pii_ctx *ctx, pii_out_buffer *out)
{
    stream_state *st = &ctx->st;
    uint64_t lim = emit_limit(st);
    for (;;) {
        /* a replacement in progress */
        if (st->repl_pos < st->repl_len) {
            if (!out)
                st->repl_pos = st->repl_len;
            size_t room = out ? out->size - out->pos : 0;
            size_t k = st->repl_len - st->repl_pos;
            if (k > room)
                k = room;
            if (k) {
                memcpy((uint8_t *)out->dst + out->pos, st->repl + st->repl_pos, k);
                out->pos += k;
                st->repl_pos += k;
            }
            if (st->repl_pos < st->repl_len)
                return PII_OK; /* output full */
        }
        const cand *f = st->ready_head < st->ready.n ? &st->ready.v[st->ready_head] : NULL;
        if (f && f->start <= st->emit_pos) {
            /* the finding starts here: render its replacement */
            if (out) {
                const uint8_t *src = st->win + (size_t)(f->start - st->base);
                int r = render_replacement(ctx, f, src, (size_t)(f->end - f->start), st->repl);
                if (r == PII_ERR_STAGE)
                    snprintf(ctx->error, sizeof ctx->error,
                             "the hash operator needs a key (pii_ctx_set_hash_key)");
                if (r < 0)
                    return r;
                st->repl_len = (size_t)r;
                if (st->repl_len > st->repl_high)
                    st->repl_high = st->repl_len;
                st->repl_pos = 0;
            }
            st->emit_pos = f->end;
            st->ready_head++;
            continue;
        }
        uint64_t upto = f && f->start < lim ? f->start : lim;
        if (st->emit_pos >= upto)
            break;
        size_t k = (size_t)(upto - st->emit_pos);
        if (out) {
            size_t room = out->size - out->pos;
            if (k > room)
                k = room;
            memcpy((uint8_t *)out->dst + out->pos, st->win + (size_t)(st->emit_pos - st->base), k);
            out->pos += k;
        }
        st->emit_pos += k;
        if (k == 0)
            return PII_OK; /* output full */
    }
    return PII_OK;
}

/* Drop written findings from the queue: all of them once none is left to
 * write, else once they are half of it.  A call whose output fills up
 * before the queue is empty leaves some to write; without the second rule
 * a stream that always did would keep every finding it ever wrote. */
static void trim_ready(stream_state *st)
{
    size_t done = st->ready_head, n = st->ready.n;
    if (done == 0 || (done < n && done < n / 2))
        return;
    memmove(st->ready.v, st->ready.v + done, (n - done) * sizeof *st->ready.v);
    st->ready.n = n - done;
    st->ready_head = 0;
}

/* Stage 5: drop bytes no longer needed. */
static void compact(pii_ctx *ctx)
{
    stream_state *st = &ctx->st;
    trim_ready(st);
    size_t behind = stream_lookbehind(ctx->rs);
    uint64_t keep = st->scan_pos > behind ? st->scan_pos - behind : 0;
    if (st->emit_pos < keep)
        keep = st->emit_pos;
    if (st->ready_head < st->ready.n && st->ready.v[st->ready_head].start < keep)
        keep = st->ready.v[st->ready_head].start;
    if (keep <= st->base)
        return;
    size_t drop = (size_t)(keep - st->base);
    /* (the stale copies left behind are below high_water: wiped at the
     * end of the session) */
    if (st->borrowed)
        st->win += drop; /* the caller's bytes stay where they are */
    else
        memmove(st->buf, st->buf + drop, st->len - drop);
    st->len -= drop;
    st->base = keep;
    if (st->plain_upto < keep)
        st->plain_upto = keep;
}

static int64_t held_back(const stream_state *st)
{
    return (int64_t)(st->base + st->len - st->emit_pos) + (int64_t)(st->repl_len - st->repl_pos);
}

/* Whether [a, a + an) and [b, b + bn) share a byte. */
static bool overlaps(const void *a, size_t an, const void *b, size_t bn)
{
    uintptr_t x = (uintptr_t)a, y = (uintptr_t)b;
    return an && bn && x < y + bn && y < x + an;
}

/* The shared driver of pii_redact_stream() and pii_scan_stream(). */
static int64_t run(pii_ctx *ctx, pii_out_buffer *out, pii_in_buffer *in, pii_directive d)
{
    if (!ctx || !in)
        return PII_ERR_NULL;
    if (out && !out->dst && out->size)
        return PII_ERR_NULL;
    if (!in->src && in->size)
        return PII_ERR_NULL;
    if (in->pos > in->size || (out && out->pos > out->size))
        return PII_ERR_INVALID_ARG;
    if ((int)d < PII_CONTINUE || d > PII_END)
        return PII_ERR_INVALID_ARG;
    if (ctx->busy)
        return PII_ERR_BUSY;
    stream_state *st = &ctx->st;
    if (st->failed)
        return PII_ERR_SESSION;
    int rc = open_session(ctx, out != NULL);
    if (rc == PII_ERR_STAGE) { /* a misdirected call: the session itself is intact */
        snprintf(ctx->error, sizeof ctx->error,
                 "a stream session continues with the call that opened it "
                 "(pii_redact_stream or pii_scan_stream); reset to switch");
        return rc;
    }
    if (rc < 0)
        return session_fail(ctx, rc); /* fail closed: nothing of it may pass later */
    ctx->busy = 1;
    /* This call's input: once the window holds nothing from before it, the
     * window can read it where it is instead of copying it; unless the
     * output could overwrite it first, or custom rules run: PCRE2's JIT
     * reads a subject with 16-byte loads that may pass its end (within a
     * page, so they never fault), which the window's own memory has room
     * for and the caller's buffer may not. */
    const uint8_t *chunk = (const uint8_t *)in->src + in->pos;
    uint64_t chunk_at = st->base + st->len; /* its offset in the stream */
    bool may_borrow = in->pos < in->size && ctx->rs->nrules == 0 &&
                      !(out && overlaps(out->dst, out->size, chunk, in->size - in->pos));
    size_t ahead = view_lookahead(ctx->rs);
    for (;;) {
        if (may_borrow && !st->borrowed && st->base >= chunk_at) {
            st->win = chunk + (size_t)(st->base - chunk_at); /* the same bytes */
            st->borrowed = true;
        }
        /* take input */
        size_t avail = in->size - in->pos, room = st->cap - st->len;
        size_t take = avail < room ? avail : room;
        if (take) {
            if (st->borrowed) { /* (the window ends where this input goes on) */
                st->len += take;
            } else {
                memcpy(st->buf + st->len, (const uint8_t *)in->src + in->pos, take);
                st->len += take;
                if (st->len > st->high_water)
                    st->high_water = st->len;
            }
            in->pos += take;
            ctx->sum.bytes += take;
        }
        bool eof = d == PII_END && in->pos == in->size;
        uint64_t data_end = st->base + st->len;
        /* a round pays off once a block beyond the lookahead is waiting */
        bool full = st->len == st->cap;
        bool worth = data_end >= st->scan_pos + ahead + BLOCK / 2;
        /* nothing new since the last round (an END or FLUSH call that only
         * drains output): deciding again would rebuild the same view */
        bool same = st->decided && st->decided_end == data_end && st->decided_eof == eof;
        if ((eof || full || worth || d == PII_FLUSH)) {
            rc = same ? PII_OK : decide(ctx, eof);
            st->decided = true;
            st->decided_end = data_end;
            st->decided_eof = eof;
            if (rc == PII_OK)
                rc = emit(ctx, out);
            if (rc < 0) {
                ctx->busy = 0;
                return session_fail(ctx, rc);
            }
            compact(ctx);
        }
        bool out_full = out && out->pos == out->size && held_back(st) > 0;
        bool progress = in->pos < in->size && st->len < st->cap;
        if (out_full || !progress)
            break;
    }
    if (st->borrowed) { /* the caller's buffer is theirs again: keep a copy */
        memcpy(st->buf, st->win, st->len);
        if (st->len > st->high_water)
            st->high_water = st->len;
        st->win = st->buf;
        st->borrowed = false;
    }
    int64_t held = held_back(st);
    bool done = d == PII_END && in->pos == in->size && held == 0 && st->pending.n == 0;
    if (done) {
        stream_wipe(st); /* ready for a new stream */
        table_reset(&ctx->table);
    }
    ctx->busy = 0;
    if (done)
        return 0;
    return d == PII_END && held == 0 ? 1 : held; /* END not finished: never 0 */
}

int64_t pii_redact_stream(pii_ctx *ctx, pii_out_buffer *out, pii_in_buffer *in,
                          pii_directive directive)
{
    if (!out)
        return PII_ERR_NULL;
    return run(ctx, out, in, directive);
}

int64_t pii_scan_stream(pii_ctx *ctx, pii_in_buffer *in, pii_directive directive)
{
    return run(ctx, NULL, in, directive);
}

int pii_ctx_reset(pii_ctx *ctx)
{
    if (!ctx)
        return PII_ERR_NULL;
    if (ctx->busy)
        return PII_ERR_BUSY;
    stream_wipe(&ctx->st);
    table_reset(&ctx->table);
    summary_reset(ctx);
    return PII_OK;
}
