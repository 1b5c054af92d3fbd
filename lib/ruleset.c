/* ruleset.c - the compiled, immutable ruleset shared between threads. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void pii_ruleset_free(pii_ruleset *rs)
{
    if (!rs)
        return;
    for (size_t i = 0; i < rs->nrules; i++)
        rule_free(&rs->rules[i]);
    free(rs->rules);
    free(rs->names);
    allow_free(&rs->allow);
    free(rs->ops);
    free(rs);
}

const char *pii_ruleset_entity_name(const pii_ruleset *rs, int entity)
{
    if (!rs)
        return NULL;
    return entity_name_of(rs, entity);
}

int pii_ruleset_entity_count(const pii_ruleset *rs)
{
    if (!rs)
        return PII_ERR_NULL;
    return (int)rs->nentities;
}

int pii_ruleset_entity_from_name(const pii_ruleset *rs, const char *name)
{
    if (!rs || !name)
        return PII_ERR_NULL;
    int e = pii_entity_from_name(name);
    if (e >= 0)
        return e;
    for (size_t i = 0; i + PII_ENTITY_BUILTIN_COUNT < rs->nentities; i++)
        if (strcmp(rs->names[i], name) == 0)
            return PII_ENTITY_BUILTIN_COUNT + (int)i;
    return PII_ERR_UNKNOWN_ENTITY;
}

int pii_ruleset_entity_enabled(const pii_ruleset *rs, int entity)
{
    if (!rs)
        return PII_ERR_NULL;
    if (entity < 0 || (size_t)entity >= rs->nentities)
        return PII_ERR_UNKNOWN_ENTITY;
    if (entity >= PII_ENTITY_BUILTIN_COUNT)
        return 1; /* a custom rule is on while it is in the ruleset */
    return (rs->enabled & ENTITY_MASK(entity)) != 0;
}
