/*
 * passport.c - passport numbers and ICAO 9303 machine readable zones.
 *
 * A TD3 MRZ (two 44-character lines, the first starting with 'P') carries
 * check digits and is reported as PASSPORT on its own.  Bare document numbers
 * are short alphanumerics that look like many other codes, so they need a
 * passport hotword; the context stage gives US_PASSPORT to the US shapes
 * (nine digits, or a letter and eight digits) when the text also names the
 * United States, and PASSPORT otherwise.
 */
#include "../validators/validators.h"
#include "detectors.h"

static bool mrz_char(uint8_t c) { return is_upper(c) || is_digit(c) || c == '<'; }

static bool mrz_line(const uint8_t *s, size_t len, size_t p)
{
    if (p + 44 > len)
        return false;
    for (size_t i = 0; i < 44; i++)
        if (!mrz_char(s[p + i]))
            return false;
    return p + 44 == len || !(mrz_char(s[p + 44]) || is_alnum(s[p + 44]));
}

void detect_mrz(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_PASSPORT)))
        return;
    const uint8_t *s = v->s;
    if (s[p] != 'P' || (p > 0 && mrz_char(s[p - 1])) || !mrz_line(s, v->len, p))
        return;
    size_t q = p + 44;
    if (q < v->len && s[q] == '\r')
        q++;
    if (q >= v->len || s[q] != '\n')
        return;
    q++;
    for (int k = 0; k < 16 && q < v->len && (s[q] == ' ' || s[q] == '\t'); k++)
        q++;
    if (!mrz_line(s, v->len, q))
        return;
    if (!pii_mrz_td3_ok((const char *)s + p, (const char *)s + q))
        return;
    propose(v, PII_PASSPORT, p, q + 44, 0.95f, 1.0f, PII_FLAG_VALIDATED, "MRZ");
}

/* Whether t[0, n) is a date as airlines and forms write one: a day, a
 * month's English abbreviation and a year of two or four digits ("12MAR24",
 * "2MAR31", "15MAR2030"). */
static bool month_date(const uint8_t *t, size_t n)
{
    static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
    size_t d = 0;
    while (d < n && d < 3 && is_digit(t[d]))
        d++;
    if (d < 1 || d > 2 || n - d - 3 < 2 || (n - d - 3 != 2 && n - d - 3 != 4))
        return false;
    for (size_t y = d + 3; y < n; y++)
        if (!is_digit(t[y]))
            return false;
    for (size_t m = 0; m < 36; m += 3)
        if (t[d] == months[m] && t[d + 1] == months[m + 1] && t[d + 2] == months[m + 2])
            return true;
    return false;
}

void detect_passport(const scan_view *v, size_t p)
{
    uint32_t want = ENTITY_MASK(PII_US_PASSPORT) | ENTITY_MASK(PII_PASSPORT);
    if (!(v->enabled & want))
        return;
    const uint8_t *s = v->s;
    size_t n = 0, digits = 0, letters = 0;
    while (p + n < v->len && n < 10 && (is_upper(s[p + n]) || is_digit(s[p + n]))) {
        digits += is_digit(s[p + n]);
        n++;
    }
    letters = n - digits;
    /* (a whole segment of a '/'-separated record is one too: an airline's
     * "SSR DOCS UA HK1 P/USA/548213907/USA/12MAR85/...", "P/IND/Z4418273/";
     * or one or two capitals and then a digit, as the scan looks there) */
    bool lead = n >= 3 && is_upper(s[p]) &&
                (is_digit(s[p + 1]) || (is_upper(s[p + 1]) && is_digit(s[p + 2])));
    bool seg = (digits == n || lead) && path_segment(v, p, p + n);
    if (n < 6 || n > 9 || digits < 1 || (!seg && (glued_left(v, p) || glued_right(v, p + n))) ||
        (digits == n && compact_date(s + p, n)) || month_date(s + p, n))
        return;
    bool us_shape = (n == 9 && digits == 9) ||
                    (n == 9 && letters == 1 && is_upper(s[p]));
    if (us_shape)
        propose(v, PII_US_PASSPORT, p, p + n, 0.05f, 0.9f, 0, NULL);
    propose(v, PII_PASSPORT, p, p + n, 0.05f, 0.85f, 0, NULL);
}
