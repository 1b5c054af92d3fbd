/*
 * iban_registry.h - the per-country IBAN table (internal).  The table itself
 * is generated into iban_registry.c by tools/gen_iban_registry.py.
 */
#ifndef PII_IBAN_REGISTRY_H
#define PII_IBAN_REGISTRY_H

#include <stddef.h>

typedef struct iban_country {
    char cc[3];           /* ISO 3166 alpha-2 code, NUL-terminated */
    unsigned char length; /* total IBAN length, country code included */
    const char *bban;     /* compact BBAN structure, e.g. "4a6n8n" */
} iban_country;

/* Sorted by cc, so it can be binary-searched. */
extern const iban_country pii_iban_registry[];
extern const size_t pii_iban_registry_count;

#endif
