/*
 * phone.c - North American Numbering Plan numbers and E.164 numbers.
 */
#include <stdlib.h>

#include "validators.h"

static unsigned digit(char c) { return (unsigned)(unsigned char)c - '0'; }

/* NXX: first digit 2-9, and not an N11 service code (211, 311 ... 911). */
static bool nxx_ok(const char *d)
{
    return digit(d[0]) >= 2 && !(d[1] == '1' && d[2] == '1');
}

bool pii_nanp_ok(const char *d)
{
    if (d == NULL)
        return false;
    for (size_t i = 0; i < 10; i++)
        if (digit(d[i]) > 9)
            return false;
    if (!nxx_ok(d) || !nxx_ok(d + 3))
        return false;
    /* Area codes held in reserve (37X, 96X) and not yet assigned are still
     * well-formed: a number written that way is a phone number to a reader,
     * and assignments change, so only the numbering-plan format is checked. */
    return true;
}

/* Country codes assigned in ITU-T E.164 (the list annexed to the ITU
 * Operational Bulletin): geographic codes plus the global services that
 * reach subscribers (800 freephone, 808 shared cost, 870 Inmarsat, 881
 * satellite, 882/883 international networks, 979 premium rate).  Left out:
 * spare and reserved codes, withdrawn ones (388 ETNS, 878 UPT) and 991
 * (trial).  Country codes form a prefix code, so at most one of a number's
 * first 1, 2 or 3 digits can be in this list; it is sorted for bsearch. */
static const uint16_t country_codes[] = {
    1, 7, 20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48,
    49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82,
    84, 86, 90, 91, 92, 93, 94, 95, 98,
    211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228,
    229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242,
    243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256,
    257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291,
    297, 298, 299,
    350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373,
    374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 385, 386, 387, 389,
    420, 421, 423,
    500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 590, 591, 592, 593,
    594, 595, 596, 597, 598, 599,
    670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685,
    686, 687, 688, 689, 690, 691, 692,
    800, 808, 850, 852, 853, 855, 856, 870, 880, 881, 882, 883, 886,
    960, 961, 962, 963, 964, 965, 966, 967, 968, 970, 971, 972, 973, 974,
    975, 976, 977, 979, 992, 993, 994, 995, 996, 998,
};

static bool country_code_assigned(unsigned cc)
{
    size_t lo = 0, hi = sizeof country_codes / sizeof country_codes[0];

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (country_codes[mid] == cc)
            return true;
        if (country_codes[mid] < cc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

size_t pii_country_code_len(const char *digits, size_t n)
{
    unsigned cc = 0;
    for (size_t len = 1; len <= 3 && len <= n; len++) {
        if (digit(digits[len - 1]) > 9)
            return 0;
        cc = cc * 10 + digit(digits[len - 1]);
        if (cc != 0 && country_code_assigned(cc))
            return len;
    }
    return 0;
}

bool pii_e164_ok(const char *digits, size_t n)
{
    unsigned cc = 0;
    bool found = false;

    if (digits == NULL || n < 8 || n > 15)
        return false;
    for (size_t i = 0; i < n; i++)
        if (digit(digits[i]) > 9)
            return false;
    if (digits[0] == '0')
        return false;
    for (size_t len = 1; len <= 3 && !found; len++) {
        cc = cc * 10 + digit(digits[len - 1]);
        found = country_code_assigned(cc);
    }
    if (!found)
        return false;
    if (cc == 1)
        return n == 11 && pii_nanp_ok(digits + 1);
    return true;
}

/* National significant number lengths (shortest, longest) by country
 * code, from the countries' numbering plans as notified to the ITU
 * (geographic and mobile numbers; short codes and service numbers left
 * out), for the countries whose numbers are most often met.  Sorted by
 * code for bsearch. */
typedef struct plan_len {
    uint16_t cc;
    uint8_t lo, hi;
} plan_len;

static const plan_len plan_lengths[] = {
    {7, 10, 10},    /* Russia, Kazakhstan */
    {20, 9, 10},    /* Egypt */
    {27, 9, 9},     /* South Africa */
    {30, 10, 10},   /* Greece */
    {31, 9, 9},     /* Netherlands */
    {32, 8, 9},     /* Belgium */
    {33, 9, 9},     /* France */
    {34, 9, 9},     /* Spain */
    {36, 8, 9},     /* Hungary */
    {39, 9, 11},    /* Italy */
    {40, 9, 9},     /* Romania */
    {41, 9, 9},     /* Switzerland */
    {43, 9, 11},    /* Austria */
    {44, 9, 10},    /* United Kingdom */
    {45, 8, 8},     /* Denmark */
    {46, 7, 9},     /* Sweden */
    {47, 8, 8},     /* Norway */
    {48, 9, 9},     /* Poland */
    {49, 9, 11},    /* Germany */
    {51, 9, 9},     /* Peru */
    {52, 10, 10},   /* Mexico */
    {54, 10, 11},   /* Argentina */
    {55, 10, 11},   /* Brazil */
    {56, 9, 9},     /* Chile */
    {57, 10, 10},   /* Colombia */
    {58, 10, 10},   /* Venezuela */
    {60, 9, 10},    /* Malaysia */
    {61, 9, 9},     /* Australia */
    {62, 9, 12},    /* Indonesia */
    {63, 10, 10},   /* Philippines */
    {64, 8, 10},    /* New Zealand */
    {65, 8, 8},     /* Singapore */
    {66, 9, 9},     /* Thailand */
    {81, 9, 10},    /* Japan */
    {82, 9, 10},    /* South Korea */
    {84, 9, 10},    /* Vietnam */
    {86, 10, 11},   /* China */
    {90, 10, 10},   /* Turkey */
    {91, 10, 10},   /* India */
    {92, 10, 10},   /* Pakistan */
    {94, 9, 9},     /* Sri Lanka */
    {98, 10, 10},   /* Iran */
    {212, 9, 9},    /* Morocco */
    {216, 8, 8},    /* Tunisia */
    {221, 9, 9},    /* Senegal */
    {222, 8, 8},    /* Mauritania */
    {233, 9, 9},    /* Ghana */
    {234, 10, 10},  /* Nigeria */
    {254, 9, 9},    /* Kenya */
    {351, 9, 9},    /* Portugal */
    {353, 9, 9},    /* Ireland */
    {358, 9, 10},   /* Finland */
    {380, 9, 9},    /* Ukraine */
    {420, 9, 9},    /* Czech Republic */
    {421, 9, 9},    /* Slovakia */
    {852, 8, 8},    /* Hong Kong */
    {886, 9, 9},    /* Taiwan */
    {966, 9, 9},    /* Saudi Arabia */
    {971, 9, 9},    /* United Arab Emirates */
    {972, 9, 9},    /* Israel */
};

static int by_cc(const void *key, const void *entry)
{
    unsigned a = *(const unsigned *)key, b = ((const plan_len *)entry)->cc;
    return (a > b) - (a < b);
}

/* The plan of the country code that digits[0, n) begin with (*k: its
 * length), or NULL when none is listed or a byte is no digit. */
static const plan_len *plan_of(const char *digits, size_t n, size_t *k)
{
    if (digits == NULL || n == 0 || digits[0] == '0')
        return NULL;
    *k = pii_country_code_len(digits, n);
    if (*k == 0 || *k >= n)
        return NULL;
    unsigned cc = 0;
    for (size_t i = 0; i < n; i++) {
        if (digit(digits[i]) > 9)
            return NULL;
        if (i < *k)
            cc = cc * 10 + digit(digits[i]);
    }
    return bsearch(&cc, plan_lengths, sizeof plan_lengths / sizeof plan_lengths[0],
                   sizeof plan_lengths[0], by_cc);
}

bool pii_e164_plan_ok(const char *digits, size_t n)
{
    size_t k;
    const plan_len *p = plan_of(digits, n, &k);
    return p && n - k >= p->lo && n - k <= p->hi;
}

bool pii_e164_too_short(const char *digits, size_t n)
{
    size_t k;
    const plan_len *p = plan_of(digits, n, &k);
    return p && n - k + 2 < p->lo;
}
