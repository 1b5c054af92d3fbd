/*
 * rules.c - custom detectors: PCRE2 patterns with a score, context words and
 * an optional validator.
 *
 * Patterns are compiled (and JIT-compiled) when added to the builder, so an
 * error names the rule and the offset at once; the ruleset gets copies.  At
 * scan time each rule searches the new region of the stream in the usual
 * leftmost, non-overlapping order; where it will search next is kept per
 * stream, so a match that straddles two rounds is found exactly once, as in
 * a one-shot scan.  Matches run under PCRE2 match and depth limits: hitting
 * one is an error (the stream fails closed), never a hang.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context_words.h"
#include "detectors/detectors.h"
#include "internal.h"

#define DEFAULT_MATCH_LIMIT 10000000u
#define DEFAULT_DEPTH_LIMIT 10000u
#define MAX_LOOKBEHIND 255

static int builder_fail(pii_builder *b, int code, const char *fmt, size_t idx, const char *what)
{
    snprintf(b->error, sizeof b->error, fmt, idx, what);
    return code;
}

void rule_free(custom_rule *r)
{
    pcre2_code_free(r->code);
    free(r->words);
    free(r->text);
    memset(r, 0, sizeof *r);
}

/* Split the context words into folded phrases (the context tokenizer's
 * rules), sorted for lookup. */
static int build_words(custom_rule *r, const char *const *context, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += strlen(context[i]) + 1;
    r->text = malloc(total * 4 + 16); /* folding can grow a character */
    r->words = calloc(n ? n : 1, sizeof *r->words);
    if (!r->text || !r->words)
        return PII_ERR_NOMEM;
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        char folded[HOTWORD_MAX_WORDS][64];
        size_t k = context_fold_phrase((const uint8_t *)context[i], strlen(context[i]), folded);
        if (k == 0)
            continue;
        hotword *h = &r->words[r->nwords++];
        for (size_t w = 0; w < k; w++) {
            size_t len = strlen(folded[w]);
            memcpy(r->text + used, folded[w], len + 1);
            h->w[w] = r->text + used;
            used += len + 1;
        }
        h->entities = 1;
    }
    qsort(r->words, r->nwords, sizeof *r->words, hotword_cmp);
    return PII_OK;
}

static bool valid_entity_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > ENTITY_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!(is_upper((uint8_t)s[i]) || is_digit((uint8_t)s[i]) || s[i] == '_'))
            return false;
    return true;
}

/* Entity id for a custom name: a built-in name is refused, a known custom
 * name reuses its id. */
static int entity_id(pii_builder *b, const char *name)
{
    if (pii_entity_from_name(name) >= 0)
        return PII_ERR_INVALID_ARG;
    for (size_t i = 0; i < b->nnames; i++)
        if (strcmp(b->names[i], name) == 0)
            return PII_ENTITY_BUILTIN_COUNT + (int)i;
    void *p = realloc(b->names, (b->nnames + 1) * sizeof *b->names);
    if (!p)
        return PII_ERR_NOMEM;
    b->names = p;
    strcpy(b->names[b->nnames], name);
    return PII_ENTITY_BUILTIN_COUNT + (int)b->nnames++;
}

int pii_builder_add_rule(pii_builder *b, const pii_rule *rule)
{
    if (!b || !rule)
        return PII_ERR_NULL;
    size_t idx = b->nrules;
    if (!rule->entity || !rule->pattern || (rule->ncontext && !rule->context))
        return builder_fail(b, PII_ERR_NULL, "rule %zu: %s is NULL", idx,
                            !rule->entity ? "entity" : !rule->pattern ? "pattern" : "context");
    if (!valid_entity_name(rule->entity))
        return builder_fail(b, PII_ERR_INVALID_ARG,
                            "rule %zu: entity name must be 1-32 of A-Z, 0-9 and '_'%s", idx, "");
    if (!(rule->score > 0.0 && rule->score <= 1.0))
        return builder_fail(b, PII_ERR_INVALID_ARG, "rule %zu: score must be in (0, 1]%s", idx, "");
    for (size_t i = 0; i < rule->ncontext; i++)
        if (!rule->context[i])
            return builder_fail(b, PII_ERR_NULL, "rule %zu: context word is NULL%s", idx, "");
    if (rule->validator) {
        if (strlen(rule->validator) >= sizeof b->rules[0].validator_name ||
            pii_validate_named(rule->validator, "", 0) == PII_ERR_UNSUPPORTED)
            return builder_fail(b, PII_ERR_UNSUPPORTED,
                                "rule %zu: unknown validator (known: luhn, iban, aba, ssn, itin, "
                                "mrz, ipv4, ipv6, email, mac, nanp)%s",
                                idx, "");
    }
    if (rule->category && (strlen(rule->category) == 0 || strlen(rule->category) > ENTITY_NAME_MAX))
        return builder_fail(b, PII_ERR_INVALID_ARG, "rule %zu: category must be 1-32 characters%s",
                            idx, "");

    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)rule->pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &errcode,
                                     &erroff, NULL);
    if (!code) {
        char msg[120];
        pcre2_get_error_message(errcode, (PCRE2_UCHAR *)msg, sizeof msg);
        snprintf(b->error, sizeof b->error, "rule %zu: pattern error at offset %zu: %s", idx,
                 (size_t)erroff, msg);
        return PII_ERR_PATTERN;
    }
    uint32_t lookbehind = 0;
    pcre2_pattern_info(code, PCRE2_INFO_MAXLOOKBEHIND, &lookbehind);
    if (lookbehind > MAX_LOOKBEHIND) {
        pcre2_code_free(code);
        return builder_fail(b, PII_ERR_PATTERN, "rule %zu: lookbehind longer than 255%s", idx, "");
    }
    /* JIT is an optimisation: where the platform has none, match anyway */
    (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);

    if (b->nrules == b->cap_rules) {
        size_t cap = b->cap_rules ? b->cap_rules * 2 : 4;
        custom_rule *v = realloc(b->rules, cap * sizeof *v);
        if (!v) {
            pcre2_code_free(code);
            return PII_ERR_NOMEM;
        }
        b->rules = v;
        b->cap_rules = cap;
    }
    custom_rule *r = &b->rules[b->nrules];
    memset(r, 0, sizeof *r);
    r->code = code;
    r->score = (float)rule->score;
    if (rule->validator)
        strcpy(r->validator_name, rule->validator);
    if (rule->category)
        strcpy(r->category, rule->category);
    int rc = build_words(r, rule->context, rule->ncontext);
    if (rc == PII_OK) {
        rc = entity_id(b, rule->entity);
        if (rc == PII_ERR_INVALID_ARG)
            builder_fail(b, rc, "rule %zu: entity %s is a built-in entity", idx, "name");
    }
    /* rules of one entity share its category: the first one given names it
     * for all, and a different one is an error rather than dropped */
    for (size_t i = 0; rc >= 0 && i < b->nrules; i++) {
        custom_rule *o = &b->rules[i];
        if (o->entity != rc)
            continue;
        if (r->category[0] && o->category[0] && strcmp(o->category, r->category) != 0)
            rc = builder_fail(b, PII_ERR_INVALID_ARG,
                              "rule %zu: the entity's earlier rules have another %s", idx,
                              "category");
        else if (!r->category[0])
            strcpy(r->category, o->category);
    }
    if (rc >= 0 && r->category[0])
        for (size_t i = 0; i < b->nrules; i++)
            if (b->rules[i].entity == rc)
                strcpy(b->rules[i].category, r->category);
    if (rc < 0) {
        rule_free(r);
        return rc;
    }
    r->entity = rc;
    b->nrules++;
    b->error[0] = '\0';
    return r->entity;
}

int pii_builder_set_match_limits(pii_builder *b, uint32_t match_limit, uint32_t depth_limit)
{
    if (!b)
        return PII_ERR_NULL;
    b->match_limit = match_limit;
    b->depth_limit = depth_limit;
    return PII_OK;
}

int rules_copy(custom_rule **dst, const custom_rule *src, size_t n)
{
    *dst = NULL;
    if (n == 0)
        return PII_OK;
    custom_rule *v = calloc(n, sizeof *v);
    if (!v)
        return PII_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        const custom_rule *s = &src[i];
        custom_rule *d = &v[i];
        *d = *s;
        d->code = NULL;
        d->words = NULL;
        d->text = NULL;
        d->code = pcre2_code_copy(s->code);
        size_t tlen = 0;
        for (size_t w = 0; w < s->nwords; w++)
            for (int k = 0; k < HOTWORD_MAX_WORDS && s->words[w].w[k]; k++)
                tlen += strlen(s->words[w].w[k]) + 1;
        d->text = malloc(tlen + 1);
        d->words = calloc(s->nwords ? s->nwords : 1, sizeof *d->words);
        if (!d->code || !d->text || !d->words) {
            for (size_t k = 0; k <= i; k++)
                rule_free(&v[k]);
            free(v);
            return PII_ERR_NOMEM;
        }
        (void)pcre2_jit_compile(d->code, PCRE2_JIT_COMPLETE);
        size_t used = 0;
        for (size_t w = 0; w < s->nwords; w++) {
            d->words[w] = s->words[w];
            for (int k = 0; k < HOTWORD_MAX_WORDS && s->words[w].w[k]; k++) {
                size_t len = strlen(s->words[w].w[k]);
                memcpy(d->text + used, s->words[w].w[k], len + 1);
                d->words[w].w[k] = d->text + used;
                used += len + 1;
            }
        }
    }
    *dst = v;
    return PII_OK;
}

const custom_rule *rule_of_entity(const pii_ruleset *rs, int entity)
{
    for (size_t i = 0; i < rs->nrules; i++)
        if (rs->rules[i].entity == entity)
            return &rs->rules[i];
    return NULL;
}

/* ---- per-context scratch ---- */

int ctx_rules_init(pii_ctx *ctx)
{
    const pii_ruleset *rs = ctx->rs;
    if (rs->nrules == 0)
        return PII_OK;
    ctx->md = pcre2_match_data_create(8, NULL);
    ctx->mctx = pcre2_match_context_create(NULL);
    ctx->jit_stack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
    ctx->rule_next = calloc(rs->nrules, sizeof *ctx->rule_next);
    if (!ctx->md || !ctx->mctx || !ctx->rule_next)
        return PII_ERR_NOMEM;
    pcre2_set_match_limit(ctx->mctx, rs->match_limit ? rs->match_limit : DEFAULT_MATCH_LIMIT);
    pcre2_set_depth_limit(ctx->mctx, rs->depth_limit ? rs->depth_limit : DEFAULT_DEPTH_LIMIT);
    if (ctx->jit_stack)
        pcre2_jit_stack_assign(ctx->mctx, NULL, ctx->jit_stack);
    return PII_OK;
}

void ctx_rules_free(pii_ctx *ctx)
{
    pcre2_match_data_free(ctx->md);
    pcre2_match_context_free(ctx->mctx);
    pcre2_jit_stack_free(ctx->jit_stack);
    free(ctx->rule_next);
    ctx->md = NULL;
    ctx->mctx = NULL;
    ctx->jit_stack = NULL;
    ctx->rule_next = NULL;
}

/* ---- matching ---- */

/* Run a validator on a match: checksum validators over numbers see only
 * the digits ("EMP-4111 1111 1111 1111" -> Luhn of the digits). */
static bool validate_match(const custom_rule *r, const uint8_t *s, size_t n)
{
    if (!r->validator_name[0])
        return true;
    bool digits_only = !strcmp(r->validator_name, "luhn") || !strcmp(r->validator_name, "aba") ||
                       !strcmp(r->validator_name, "ssn") || !strcmp(r->validator_name, "itin") ||
                       !strcmp(r->validator_name, "nanp");
    if (!digits_only)
        return pii_validate_named(r->validator_name, (const char *)s, n) == 1;
    char d[CUSTOM_MAX_SPAN];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof d; i++)
        if (is_digit(s[i]))
            d[k++] = (char)s[i];
    return pii_validate_named(r->validator_name, d, k) == 1;
}

int custom_find(pii_ctx *ctx, const scan_view *v, size_t from, size_t to)
{
    const pii_ruleset *rs = ctx->rs;
    for (size_t i = 0; i < rs->nrules; i++) {
        const custom_rule *r = &rs->rules[i];
        size_t pos = from;
        if (ctx->rule_next[i] > view_abs_start(v, pos)) {
            size_t o = (size_t)(ctx->rule_next[i] - v->base);
            pos = v->nv ? norm_from_orig(v->nv, o) : o;
        }
        while (pos < to) {
            int rc = pcre2_match(r->code, v->s, v->len, pos, PCRE2_NOTEMPTY, ctx->md, ctx->mctx);
            if (rc == PCRE2_ERROR_NOMATCH)
                break;
            if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
                rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
                return PII_ERR_MATCH_LIMIT;
            if (rc < 0)
                return rc == PCRE2_ERROR_NOMEMORY ? PII_ERR_NOMEM : PII_ERR_INTERNAL;
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(ctx->md);
            size_t ms = ov[0], me = ov[1];
            if (ms >= to)
                break; /* found again from the next round */
            if (me <= ms)
                me = ms + 1; /* cannot happen with NOTEMPTY; stay linear anyway */
            /* (the cap holds for the input's bytes too: a normalized view
             * is shorter than the text it stands for) */
            uint64_t start = view_abs_start(v, ms), end = view_abs_end(v, me);
            if (me - ms <= CUSTOM_MAX_SPAN && end - start <= CUSTOM_MAX_SPAN &&
                validate_match(r, v->s + ms, me - ms)) {
                cand *c = cand_push(v->out);
                if (!c)
                    return PII_ERR_NOMEM;
                c->start = start;
                c->end = end;
                c->base = r->score;
                c->with_ctx = r->nwords ? (r->score + 0.2f > 1.0f ? 1.0f : r->score + 0.2f) : 0;
                c->entity = (uint16_t)r->entity;
                c->flags = PII_FLAG_CUSTOM | (r->validator_name[0] ? PII_FLAG_VALIDATED : 0);
                if (v->nv && c->end - c->start != me - ms)
                    c->flags |= PII_FLAG_NORMALIZED;
            }
            pos = me;
            ctx->rule_next[i] = view_abs_end(v, me);
        }
    }
    return PII_OK;
}
