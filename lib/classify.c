/*
 * classify.c - categories and sensitivity of entities, and the summary of a
 * document: counts per entity and category and the highest sensitivity,
 * kept while a buffer or stream is scanned, with none of its text.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const struct {
    const char *category;
    pii_sensitivity level;
} builtin[PII_ENTITY_BUILTIN_COUNT] = {
    [PII_US_SSN] = {"government_id", PII_SENSITIVITY_CRITICAL},
    [PII_US_ITIN] = {"government_id", PII_SENSITIVITY_CRITICAL},
    [PII_US_DRIVER_LICENSE] = {"government_id", PII_SENSITIVITY_HIGH},
    [PII_US_PASSPORT] = {"government_id", PII_SENSITIVITY_CRITICAL},
    [PII_PASSPORT] = {"government_id", PII_SENSITIVITY_CRITICAL},
    [PII_CREDIT_CARD] = {"financial", PII_SENSITIVITY_CRITICAL},
    [PII_ABA_ROUTING_NUMBER] = {"financial", PII_SENSITIVITY_MODERATE},
    [PII_US_BANK_NUMBER] = {"financial", PII_SENSITIVITY_HIGH},
    [PII_IBAN_CODE] = {"financial", PII_SENSITIVITY_HIGH},
    [PII_EMAIL_ADDRESS] = {"contact", PII_SENSITIVITY_MODERATE},
    [PII_IP_ADDRESS] = {"network", PII_SENSITIVITY_LOW},
    [PII_PHONE_NUMBER] = {"contact", PII_SENSITIVITY_MODERATE},
    [PII_MAC_ADDRESS] = {"network", PII_SENSITIVITY_LOW},
};

const char *pii_entity_category(const pii_ruleset *rs, int entity)
{
    if (!rs || entity < 0 || (size_t)entity >= rs->nentities)
        return NULL;
    if (entity < PII_ENTITY_BUILTIN_COUNT)
        return builtin[entity].category;
    const custom_rule *r = rule_of_entity(rs, entity);
    return r && r->category[0] ? r->category : "custom";
}

int pii_entity_sensitivity(const pii_ruleset *rs, int entity)
{
    if (!rs)
        return PII_ERR_NULL;
    if (entity < 0 || (size_t)entity >= rs->nentities)
        return PII_ERR_UNKNOWN_ENTITY;
    return entity < PII_ENTITY_BUILTIN_COUNT ? (int)builtin[entity].level
                                             : PII_SENSITIVITY_HIGH;
}

const char *pii_sensitivity_name(int level)
{
    static const char *const names[] = {"none", "low", "moderate", "high", "critical"};
    if (level < 0 || level > PII_SENSITIVITY_CRITICAL)
        return NULL;
    return names[level];
}

int summary_init(pii_ctx *ctx)
{
    size_t n = ctx->rs->nentities;
    summary_state *sm = &ctx->sum;
    sm->per_entity = calloc(n, sizeof *sm->per_entity);
    sm->per_category = calloc(n, sizeof *sm->per_category);
    sm->category_names = calloc(n, sizeof *sm->category_names);
    if (!sm->per_entity || !sm->per_category || !sm->category_names)
        return PII_ERR_NOMEM;
    return PII_OK;
}

void summary_free(pii_ctx *ctx)
{
    free(ctx->sum.per_entity);
    free(ctx->sum.per_category);
    free(ctx->sum.category_names);
    memset(&ctx->sum, 0, sizeof ctx->sum);
}

void summary_reset(pii_ctx *ctx)
{
    summary_state *sm = &ctx->sum;
    if (sm->per_entity)
        memset(sm->per_entity, 0, ctx->rs->nentities * sizeof *sm->per_entity);
    sm->bytes = sm->findings = 0;
    sm->max_level = 0;
}

void summary_count(pii_ctx *ctx, int entity)
{
    summary_state *sm = &ctx->sum;
    sm->per_entity[entity]++;
    sm->findings++;
    int level = pii_entity_sensitivity(ctx->rs, entity);
    if (level > sm->max_level)
        sm->max_level = level;
}

int pii_ctx_summary(pii_ctx *ctx, pii_summary *out)
{
    if (!ctx || !out)
        return PII_ERR_NULL;
    const pii_ruleset *rs = ctx->rs;
    summary_state *sm = &ctx->sum;
    /* categories in order of first appearance by entity id */
    size_t nc = 0;
    for (size_t e = 0; e < rs->nentities; e++) {
        const char *cat = pii_entity_category(rs, (int)e);
        size_t k = 0;
        while (k < nc && strcmp(sm->category_names[k], cat) != 0)
            k++;
        if (k == nc) {
            sm->category_names[nc] = cat;
            sm->per_category[nc] = 0;
            nc++;
        }
        sm->per_category[k] += sm->per_entity[e];
    }
    memset(out, 0, sizeof *out);
    out->bytes = sm->bytes;
    out->findings = sm->findings;
    out->max_sensitivity = sm->max_level;
    out->nentities = rs->nentities;
    out->per_entity = sm->per_entity;
    out->ncategories = nc;
    out->category_names = sm->category_names;
    out->per_category = sm->per_category;
    return PII_OK;
}
