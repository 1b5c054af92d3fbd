/* version.c - runtime version getters. */
#include "internal.h"

unsigned pii_version_number(void) { return PII_VERSION_NUMBER; }

const char *pii_version_string(void) { return PII_VERSION_STRING; }
