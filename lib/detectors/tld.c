/* tld.c - lookup in the generated top-level-domain table. */
#include <string.h>

#include "../internal.h"
#include "tld_table.h"

/* Compare a candidate (ASCII folded to lower case) with a table entry. */
static int cmp_folded(const char *s, size_t n, const char *entry)
{
    size_t i = 0;
    for (; i < n && entry[i]; i++) {
        int a = to_lower((uint8_t)s[i]), b = (uint8_t)entry[i];
        if (a != b)
            return a - b;
    }
    if (i < n)
        return 1;
    return entry[i] ? -1 : 0;
}

bool tld_known(const char *s, size_t n)
{
    if (n == 0 || n > 64)
        return false;
    size_t lo = 0, hi = tld_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_folded(s, n, tld_table[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}
