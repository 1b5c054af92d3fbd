/*
 * ssn.c - US Social Security and Individual Taxpayer Identification Numbers.
 */
#include <string.h>

#include "validators.h"

/* Area (3 digits), group (2) and serial (4) of a 9-digit number, or false
 * when a character is not a digit. */
static bool split(const char *d, unsigned *area, unsigned *group, unsigned *serial)
{
    unsigned v[9];

    if (d == NULL)
        return false;
    for (size_t i = 0; i < 9; i++) {
        v[i] = (unsigned)(unsigned char)d[i] - '0';
        if (v[i] > 9)
            return false;
    }
    *area = v[0] * 100 + v[1] * 10 + v[2];
    *group = v[3] * 10 + v[4];
    *serial = v[5] * 1000 + v[6] * 100 + v[7] * 10 + v[8];
    return true;
}

/* Numbers printed as samples that people went on to use as their own; the
 * SSA voided or never issued them:
 *   078-05-1120  the 1938 E. H. Ferree / Woolworth wallet insert
 *   219-09-9999  the Social Security Board's 1940 pamphlet
 *   457-55-5462  LifeLock's advertising campaign (2007)
 *   123-45-6789  the canonical placeholder in forms and documentation
 * (987-65-4320..4329, the SSA's advice for advertising, are already out by
 * the 9xx area rule.) */
static const char sample_ssns[][10] = {
    "078051120",
    "123456789",
    "219099999",
    "457555462",
};

bool pii_ssn_ok(const char *digits9)
{
    unsigned area, group, serial;
    bool repdigit = true;

    if (!split(digits9, &area, &group, &serial))
        return false;
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
        return false;
    for (size_t i = 0; i < sizeof sample_ssns / sizeof sample_ssns[0]; i++)
        if (memcmp(digits9, sample_ssns[i], 9) == 0)
            return false;
    /* One digit nine times (111-11-1111 ...) is a filler placeholder, not
     * an issued number. */
    for (size_t i = 1; i < 9; i++)
        repdigit = repdigit && digits9[i] == digits9[0];
    return !repdigit;
}

bool pii_itin_ok(const char *digits9)
{
    unsigned area, group, serial;

    if (!split(digits9, &area, &group, &serial))
        return false;
    if (area < 900)
        return false;
    /* (999-99-9999 is a format's mask, "999-99-9999" where forms show
     * how to write a number; the only ITIN of one digit repeated) */
    if (memcmp(digits9, "999999999", 9) == 0)
        return false;
    /* IRS ranges since April 2011: 50-65, 70-88, 90-92, 94-99.
     * (93 is the ATIN; 89 is unassigned.) */
    return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) ||
           (group >= 90 && group <= 92) || group >= 94;
}
