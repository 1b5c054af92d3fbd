/*
 * dl_formats.h - US driver's license number shapes, one table per state
 * (internal).  No state uses a checksum that is public, so a shape match only
 * says "could be a license of state X"; context decides whether it is one.
 */
#ifndef PII_DL_FORMATS_H
#define PII_DL_FORMATS_H

#include <stddef.h>
#include <stdint.h>

/* Number of jurisdictions in the table (50 states + DC). */
#define DL_STATE_COUNT 51

/* canon: the candidate with separators (space, '-') removed and letters
 * upper-cased, n its length.  Returns a bit mask with bit i set when state i's
 * format accepts the value, 0 when no state's does.  Returns 0 without
 * reading canon when it is NULL or n < 4 or n > 25; any byte other than
 * 'A'-'Z', '0'-'9' and '*' (used by old Washington numbers) gives 0.
 * No allocation; cost is O(n * number of shapes), thread-safe. */
uint64_t pii_dl_format_match(const char *canon, size_t n);
/* The same, trying only the states in the mask `states`. */
uint64_t pii_dl_format_match_in(const char *canon, size_t n, uint64_t states);
/* The states with some format of n characters (a mask for the above). */
uint64_t pii_dl_states_of_length(size_t n);

/* The states of "k letters, then n - k digits" (the usual shape of a
 * license with letters) by n and k, worked out once: pii_dl_format_match_lead()
 * answers such values from it and reads only the formats with a literal
 * character (literal: their states); any other value the long way. */
typedef struct dl_lead_table {
    uint64_t mask[26][26];
    uint64_t literal;
} dl_lead_table;

void pii_dl_lead_init(dl_lead_table *t);
uint64_t pii_dl_format_match_lead(const dl_lead_table *t, const char *canon, size_t n,
                                  uint64_t states);

/* Two-letter postal code of state i ("CA"), NULL when out of range. */
const char *pii_dl_state_code(int i);
/* Index of a postal code (exactly 2 letters, case-insensitive), or -1.
 * code2 is a NUL-terminated string; "CA " or "CAL" give -1. */
int pii_dl_state_index(const char *code2);

#endif
