/*
 * aba.c - US bank routing transit numbers (ABA RTN).
 */
#include "validators.h"

/* First two digits: 00 US government, 01-12 Federal Reserve districts,
 * 21-32 thrift institutions, 61-72 electronic transactions, 80 traveler's
 * cheques.  Everything else is unassigned or reserved. */
static bool prefix_ok(unsigned p)
{
    return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80;
}

bool pii_aba_ok(const char *digits9)
{
    static const unsigned weight[9] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    unsigned sum = 0;
    bool all_zero = true;

    if (digits9 == NULL)
        return false;
    for (size_t i = 0; i < 9; i++) {
        unsigned d = (unsigned)(unsigned char)digits9[i] - '0';
        if (d > 9)
            return false;
        sum += weight[i] * d;
        all_zero = all_zero && d == 0;
    }
    if (all_zero)
        return false;
    if (!prefix_ok((unsigned)(digits9[0] - '0') * 10 + (unsigned)(digits9[1] - '0')))
        return false;
    return sum % 10 == 0;
}
