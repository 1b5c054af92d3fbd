/* entities.c - built-in entity names (Presidio's) and lookup. */
#include <string.h>

#include "internal.h"

static const char *const entity_names[PII_ENTITY_BUILTIN_COUNT] = {
    [PII_US_SSN] = "US_SSN",
    [PII_US_ITIN] = "US_ITIN",
    [PII_US_DRIVER_LICENSE] = "US_DRIVER_LICENSE",
    [PII_US_PASSPORT] = "US_PASSPORT",
    [PII_PASSPORT] = "PASSPORT",
    [PII_CREDIT_CARD] = "CREDIT_CARD",
    [PII_ABA_ROUTING_NUMBER] = "ABA_ROUTING_NUMBER",
    [PII_US_BANK_NUMBER] = "US_BANK_NUMBER",
    [PII_IBAN_CODE] = "IBAN_CODE",
    [PII_EMAIL_ADDRESS] = "EMAIL_ADDRESS",
    [PII_IP_ADDRESS] = "IP_ADDRESS",
    [PII_PHONE_NUMBER] = "PHONE_NUMBER",
    [PII_MAC_ADDRESS] = "MAC_ADDRESS",
};

const char *pii_entity_name(int entity)
{
    if (entity < 0 || entity >= PII_ENTITY_BUILTIN_COUNT)
        return NULL;
    return entity_names[entity];
}

static bool name_eq(const char *a, size_t alen, const char *b)
{
    size_t blen = strlen(b);
    if (alen != blen)
        return false;
    for (size_t i = 0; i < alen; i++)
        if (to_upper((uint8_t)a[i]) != (uint8_t)b[i])
            return false;
    return true;
}

/* Lookup by a name that is not NUL-terminated (used for comma lists). */
int entity_from_name_n(const char *name, size_t n)
{
    for (int i = 0; i < PII_ENTITY_BUILTIN_COUNT; i++)
        if (name_eq(name, n, entity_names[i]))
            return i;
    return PII_ERR_UNKNOWN_ENTITY;
}

int pii_entity_from_name(const char *name)
{
    if (!name)
        return PII_ERR_NULL;
    return entity_from_name_n(name, strlen(name));
}
