/* builder.c - collects detectors and options, then compiles a ruleset. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detectors/dl_formats.h"
#include "internal.h"

static int set_error(pii_builder *b, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(b->error, sizeof b->error, fmt, ap);
    va_end(ap);
    return code;
}

pii_builder *pii_builder_new(void)
{
    pii_builder *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->enabled = ALL_BUILTIN_MASK;
    b->normalize = true;
    b->min_score = PII_DEFAULT_MIN_SCORE;
    b->context_window = PII_DEFAULT_CONTEXT_WINDOW;
    return b;
}

void pii_builder_free(pii_builder *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->nrules; i++)
        rule_free(&b->rules[i]);
    free(b->rules);
    free(b->names);
    allow_free(&b->allow);
    free(b->ops);
    free(b);
}

static int check_entity(pii_builder *b, int entity)
{
    if (!b)
        return PII_ERR_NULL;
    if (entity < 0 || entity >= PII_ENTITY_BUILTIN_COUNT)
        return set_error(b, PII_ERR_UNKNOWN_ENTITY, "entity id is not a built-in entity");
    return PII_OK;
}

int pii_builder_enable(pii_builder *b, int entity)
{
    int rc = check_entity(b, entity);
    if (rc == PII_OK)
        b->enabled |= ENTITY_MASK(entity);
    return rc;
}

int pii_builder_disable(pii_builder *b, int entity)
{
    int rc = check_entity(b, entity);
    if (rc == PII_OK)
        b->enabled &= ~ENTITY_MASK(entity);
    return rc;
}

int pii_builder_enable_all(pii_builder *b)
{
    if (!b)
        return PII_ERR_NULL;
    b->enabled = ALL_BUILTIN_MASK;
    return PII_OK;
}

int pii_builder_disable_all(pii_builder *b)
{
    if (!b)
        return PII_ERR_NULL;
    b->enabled = 0;
    return PII_OK;
}

/* Parse "A, B,C" into a mask; all-or-nothing so a typo changes nothing. */
static int names_to_mask(pii_builder *b, const char *names, uint32_t *mask)
{
    if (!b)
        return PII_ERR_NULL;
    if (!names)
        return set_error(b, PII_ERR_NULL, "entity list is NULL");
    *mask = 0;
    const char *p = names;
    unsigned item = 0;
    while (*p) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        const char *q = p;
        while (*q && *q != ',' && *q != ' ' && *q != '\t')
            q++;
        if (q > p) {
            int e = entity_from_name_n(p, (size_t)(q - p));
            item++;
            /* the name is not echoed: whatever the caller passed stays out
             * of error messages */
            if (e < 0)
                return set_error(b, PII_ERR_UNKNOWN_ENTITY,
                                 "unknown entity name (item %u of the list)", item);
            *mask |= ENTITY_MASK(e);
        }
        p = q;
    }
    return PII_OK;
}

int pii_builder_enable_names(pii_builder *b, const char *names)
{
    uint32_t mask;
    int rc = names_to_mask(b, names, &mask);
    if (rc == PII_OK)
        b->enabled |= mask;
    return rc;
}

int pii_builder_disable_names(pii_builder *b, const char *names)
{
    uint32_t mask;
    int rc = names_to_mask(b, names, &mask);
    if (rc == PII_OK)
        b->enabled &= ~mask;
    return rc;
}

int pii_builder_set_min_score(pii_builder *b, double min_score)
{
    if (!b)
        return PII_ERR_NULL;
    if (!(min_score >= 0.0 && min_score <= 1.0)) /* also rejects NaN */
        return set_error(b, PII_ERR_INVALID_ARG, "min_score must be within [0, 1]");
    b->min_score = min_score;
    return PII_OK;
}

int pii_builder_set_normalize(pii_builder *b, int on)
{
    if (!b)
        return PII_ERR_NULL;
    b->normalize = on != 0;
    return PII_OK;
}

int pii_builder_set_context_window(pii_builder *b, unsigned chars)
{
    if (!b)
        return PII_ERR_NULL;
    if (chars < 1 || chars > 1024)
        return set_error(b, PII_ERR_INVALID_ARG, "context window must be 1..1024 characters");
    b->context_window = chars;
    return PII_OK;
}

int pii_builder_set_operator_spec(pii_builder *b, int entity, const char *spec)
{
    if (!b || !spec)
        return PII_ERR_NULL;
    int n = PII_ENTITY_BUILTIN_COUNT + (int)b->nnames;
    if (entity != PII_ALL_ENTITIES && (entity < 0 || entity >= n))
        return set_error(b, PII_ERR_UNKNOWN_ENTITY, "unknown entity id");
    if (strlen(spec) >= sizeof b->ops[0].spec)
        return set_error(b, PII_ERR_INVALID_ARG, "operator spec longer than 255 bytes");
    int rc = op_spec_check(spec, b->error, sizeof b->error);
    if (rc != PII_OK)
        return rc;
    op_default *v = realloc(b->ops, (b->nops + 1) * sizeof *v);
    if (!v)
        return set_error(b, PII_ERR_NOMEM, "out of memory");
    b->ops = v;
    b->ops[b->nops].entity = entity;
    strcpy(b->ops[b->nops].spec, spec);
    b->nops++;
    return PII_OK;
}

int pii_builder_build(pii_builder *b, pii_ruleset **out)
{
    if (out)
        *out = NULL;
    if (!b || !out)
        return PII_ERR_NULL;
    b->error[0] = '\0';
    pii_ruleset *rs = calloc(1, sizeof *rs);
    if (!rs)
        return set_error(b, PII_ERR_NOMEM, "out of memory while building the ruleset");
    rs->enabled = b->enabled;
    rs->normalize = b->normalize;
    rs->min_score = b->min_score;
    rs->context_window = b->context_window;
    rs->match_limit = b->match_limit;
    rs->depth_limit = b->depth_limit;
    rs->nentities = PII_ENTITY_BUILTIN_COUNT + b->nnames;
    char digits[26];
    memset(digits, '0', sizeof digits);
    for (size_t n = 0; n < 26; n++) {
        rs->dl_digits[n] = pii_dl_format_match(digits, n);
        rs->dl_lengths[n] = pii_dl_states_of_length(n);
    }
    pii_dl_lead_init(&rs->dl_lead);
    phrase_index_build(rs);
    hot_tables_build(rs);
    rs->masks = bytemask_select(BYTEMASK_BEST);
    rs->normscan = normscan_select(BYTEMASK_BEST);
    int rc = rules_copy(&rs->rules, b->rules, b->nrules);
    if (rc == PII_OK)
        rs->nrules = b->nrules;
    if (rc == PII_OK && b->nnames) {
        rs->names = malloc(b->nnames * sizeof *rs->names);
        if (rs->names)
            memcpy(rs->names, b->names, b->nnames * sizeof *rs->names);
        else
            rc = PII_ERR_NOMEM;
    }
    if (rc == PII_OK)
        rc = allow_copy(&rs->allow, &b->allow);
    if (rc == PII_OK && b->nops) {
        rs->ops = malloc(b->nops * sizeof *rs->ops);
        if (rs->ops) {
            memcpy(rs->ops, b->ops, b->nops * sizeof *rs->ops);
            rs->nops = b->nops;
        } else {
            rc = PII_ERR_NOMEM;
        }
    }
    if (rc != PII_OK) {
        pii_ruleset_free(rs);
        return set_error(b, rc, "out of memory while building the ruleset");
    }
    *out = rs;
    return PII_OK;
}

const char *pii_builder_error(const pii_builder *b)
{
    if (!b)
        return "builder is NULL";
    return b->error;
}
