/* tld_table.h - top-level domains (generated table, see tld_table.c). */
#ifndef PII_TLD_TABLE_H
#define PII_TLD_TABLE_H

#include <stdbool.h>
#include <stddef.h>

extern const unsigned tld_count;
extern const char *const tld_table[];

/* Whether s[0..n) (ASCII letters in any case, or UTF-8) is a delegated TLD. */
bool tld_known(const char *s, size_t n);

#endif
