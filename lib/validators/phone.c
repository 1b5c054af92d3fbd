/*
 * phone.c - North American Numbering Plan numbers and E.164 numbers.
 */
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
