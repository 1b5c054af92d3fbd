/*
 * bank_national.c - check digits of national bank account numbers written
 * without an IBAN: Mexico's CLABE and Spain's CCC.
 */
#include "validators.h"

/* Digits d[0, n) as numbers 0-9; false if any is not a digit. */
static bool all_digits(const char *d, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned)(unsigned char)d[i] - '0' > 9)
            return false;
    return true;
}

bool pii_clabe_ok(const char *digits18)
{
    /* bank (3), place (3), account (11), then a check digit: the digits'
     * products by 3, 7, 1 repeating, each taken mod 10, summed; the check
     * digit brings the sum to a multiple of ten */
    static const unsigned weight[3] = {3, 7, 1};
    if (digits18 == NULL || !all_digits(digits18, 18))
        return false;
    unsigned sum = 0;
    for (size_t i = 0; i < 17; i++)
        sum += ((unsigned)(digits18[i] - '0') * weight[i % 3]) % 10;
    /* (no bank has the code 000) */
    return (10 - sum % 10) % 10 == (unsigned)(digits18[17] - '0') &&
           !(digits18[0] == '0' && digits18[1] == '0' && digits18[2] == '0');
}

/* One of the CCC's check digits over ten digits: their products by 1, 2,
 * 4, 8, 5, 10, 9, 7, 3, 6 summed, 11 less the sum mod 11; 11 is 0 and
 * 10 is 1. */
static unsigned ccc_digit(const char *d10)
{
    static const unsigned weight[10] = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    unsigned sum = 0;
    for (size_t i = 0; i < 10; i++)
        sum += (unsigned)(d10[i] - '0') * weight[i];
    unsigned c = 11 - sum % 11;
    return c == 11 ? 0 : c == 10 ? 1 : c;
}

bool pii_ccc_ok(const char *digits20)
{
    /* bank (4), branch (4), two check digits, account (10): the first
     * checks "00", the bank and the branch; the second the account */
    if (digits20 == NULL || !all_digits(digits20, 20))
        return false;
    char first[10] = {'0', '0'};
    for (size_t i = 0; i < 8; i++)
        first[2 + i] = digits20[i];
    bool zero_account = true;
    for (size_t i = 10; i < 20; i++)
        zero_account = zero_account && digits20[i] == '0';
    return !zero_account && ccc_digit(first) == (unsigned)(digits20[8] - '0') &&
           ccc_digit(digits20 + 10) == (unsigned)(digits20[9] - '0');
}
