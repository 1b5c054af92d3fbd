/*
 * mrz.c - ICAO Doc 9303 machine readable zone: character values, the 7-3-1
 * check digit, and the TD3 (passport booklet) two-line layout.
 */
#include "validators.h"

#define TD3_LEN 44

int pii_mrz_char_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    if (c == '<')
        return 0;
    return -1;
}

int pii_mrz_check_digit(const char *s, size_t n)
{
    static const int weight[3] = {7, 3, 1};
    int sum = 0;

    if (s == NULL && n > 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int v = pii_mrz_char_value(s[i]);
        if (v < 0)
            return -1;
        sum = (sum + v * weight[i % 3]) % 10;
    }
    return sum;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha_or_filler(char c) { return (c >= 'A' && c <= 'Z') || c == '<'; }

/* Does the check digit at s[n] match s[0..n)? */
static bool check_ok(const char *s, size_t n)
{
    return is_digit(s[n]) && pii_mrz_check_digit(s, n) == s[n] - '0';
}

static unsigned two(const char *s) { return (unsigned)(s[0] - '0') * 10 + (unsigned)(s[1] - '0'); }

/* YYMMDD with a real month and a day that exists in that month (29 Feb is
 * allowed for every year: the century is not encoded).  When unknown_ok,
 * ICAO's filler for an unknown part of a birth date is accepted: "<<" for
 * the day, the month, or the year. */
static bool date_ok(const char *d, bool unknown_ok)
{
    static const unsigned mdays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool known[3];
    unsigned month = 0;

    for (size_t i = 0; i < 3; i++) {
        const char *p = d + 2 * i;
        known[i] = is_digit(p[0]) && is_digit(p[1]);
        if (!known[i] && !(unknown_ok && p[0] == '<' && p[1] == '<'))
            return false;
    }
    if (known[1]) {
        month = two(d + 2);
        if (month < 1 || month > 12)
            return false;
    }
    if (known[2]) {
        unsigned day = two(d + 4);
        if (day < 1 || day > (known[1] ? mdays[month] : 31))
            return false;
    }
    return true;
}

bool pii_mrz_td3_line2_ok(const char *l)
{
    bool optional_empty = true;

    if (l == NULL)
        return false;
    for (size_t i = 0; i < TD3_LEN; i++)
        if (pii_mrz_char_value(l[i]) < 0)
            return false;
    /* Field layout: document number 0-8, check 9; nationality 10-12; birth
     * date 13-18, check 19; sex 20; expiry 21-26, check 27; optional
     * (personal number) 28-41, check 42; composite check 43. */
    if (!check_ok(l, 9))
        return false;
    for (size_t i = 10; i < 13; i++)
        if (!is_alpha_or_filler(l[i]))
            return false;
    if (!date_ok(l + 13, true) || !check_ok(l + 13, 6))
        return false;
    if (l[20] != 'M' && l[20] != 'F' && l[20] != 'X' && l[20] != '<')
        return false;
    if (!date_ok(l + 21, false) || !check_ok(l + 21, 6))
        return false;
    for (size_t i = 28; i < 42; i++)
        optional_empty = optional_empty && l[i] == '<';
    if (!(optional_empty && l[42] == '<') && !check_ok(l + 28, 14))
        return false;
    /* Composite: the segments 0-9, 13-19 and 21-42 as one string, i.e.
     * everything before position 43 except nationality and sex. */
    {
        static const int weight[3] = {7, 3, 1};
        int sum = 0;
        size_t k = 0;
        for (size_t i = 0; i < 43; i++) {
            if ((i >= 10 && i <= 12) || i == 20)
                continue;
            sum += pii_mrz_char_value(l[i]) * weight[k++ % 3];
        }
        if (!is_digit(l[43]) || sum % 10 != l[43] - '0')
            return false;
    }
    return true;
}

bool pii_mrz_td3_ok(const char *line1, const char *line2)
{
    if (line1 == NULL || line2 == NULL)
        return false;
    /* Line 1: 'P', a type letter or filler, the issuing state (3 letters or
     * fillers), then the name field. */
    if (line1[0] != 'P' || !is_alpha_or_filler(line1[1]))
        return false;
    for (size_t i = 0; i < TD3_LEN; i++)
        if (pii_mrz_char_value(line1[i]) < 0)
            return false;
    for (size_t i = 2; i < 5; i++)
        if (!is_alpha_or_filler(line1[i]))
            return false;
    /* Name: primary identifier must start with a letter. */
    if (line1[5] < 'A' || line1[5] > 'Z')
        return false;
    return pii_mrz_td3_line2_ok(line2);
}
