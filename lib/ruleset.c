/* ruleset.c - the compiled, immutable ruleset shared between threads. */
#include <stdlib.h>

#include "internal.h"

void pii_ruleset_free(pii_ruleset *rs) { free(rs); }

const char *pii_ruleset_entity_name(const pii_ruleset *rs, int entity)
{
    if (!rs)
        return NULL;
    return pii_entity_name(entity);
}

int pii_ruleset_entity_enabled(const pii_ruleset *rs, int entity)
{
    if (!rs)
        return PII_ERR_NULL;
    if (entity < 0 || entity >= PII_ENTITY_BUILTIN_COUNT)
        return PII_ERR_UNKNOWN_ENTITY;
    return (rs->enabled & ENTITY_MASK(entity)) != 0;
}
