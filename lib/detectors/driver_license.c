/*
 * driver_license.c - US driver's license numbers.
 *
 * Each state has its own formats (dl_formats.c) and none publishes a check
 * digit, so a shape match is only a candidate; a hotword decides.  Numbers
 * are written plain or in groups joined by one separator kind ('-' or ' ');
 * with spaces, every group after the first must start with a digit so that
 * following words are not swallowed.
 */
#include "detectors.h"
#include "dl_formats.h"

#define DL_MAX 25
_Static_assert(DL_MAX < 26, "the ruleset keeps per-length tables for 0..25 characters");

/* Whether the four digits at d may be a year (19xx, 20xx; 10xx, 29xx too). */
static bool year_like(const char *d)
{
    return (d[0] == '1' || d[0] == '2') && (d[1] == '9' || d[1] == '0');
}

/* Digit groups g[0..n) with one separator: dates (YYYY-MM-DD, MM/DD/YYYY),
 * ZIP+4 codes, bare years and a term of two fit many state formats but
 * are none of them; nor is the IRS's document locator number as transcripts print it,
 * 5-3-5-1 ("28221-447-01823-4": fourteen digits, as Montana's); nor a
 * phone's 3-3-4 or 3-4 ("Lic. & Bonded 605-763-2209", "(559) 782-4410"),
 * as no state prints its licenses. */
static bool other_number_groups(const size_t *g, size_t n, const char *canon, size_t len,
                             bool all_digits)
{
    if (!all_digits)
        return false;
    if (n == 3 && ((g[0] == 4 && g[1] <= 2 && g[2] <= 2) || (g[0] <= 2 && g[1] <= 2 && g[2] == 4)))
        return true;
    if (n == 2 && ((g[0] == 5 && g[1] == 4) || (g[0] == 3 && g[1] == 4)))
        return true;
    if (n == 3 && g[0] == 3 && g[1] == 3 && g[2] == 4)
        return true;
    if (n == 2 && g[0] == 4 && g[1] == 2 && year_like(canon))
        return true; /* (a year and its month: "due 2025-09") */
    if (n == 2 && g[0] == 4 && g[1] == 4 && year_like(canon) && year_like(canon + 4))
        return true; /* (a term of years: "license 2024-2025 renewal") */
    if (n == 4 && g[0] == 5 && g[1] == 3 && g[2] == 5 && g[3] == 1)
        return true;
    if (n == 1 && len == 4 && year_like(canon))
        return true;
    return false;
}

/* Propose [p, end) for the states in mask (none: nothing). */
static void propose_license(const scan_view *v, size_t p, size_t end, uint64_t mask)
{
    if (!mask)
        return;
    /* a single-state shape names its state */
    const char *state = NULL;
    if ((mask & (mask - 1)) == 0 && __builtin_ctzll(mask) < DL_STATE_COUNT)
        state = pii_dl_state_code(__builtin_ctzll(mask));
    propose(v, PII_US_DRIVER_LICENSE, p, end, 0.05f, 0.8f, 0, state);
}

/* The index of the state that '/' and its postal code name right after a
 * license at e, as forms write the two in one field ("DL#/State:
 * 40931531/TX"); -1 if none. */
static int state_suffix(const scan_view *v, size_t e)
{
    const uint8_t *s = v->s;
    if (e + 3 > v->len || s[e] != '/' || !is_upper(s[e + 1]) || !is_upper(s[e + 2]) ||
        (e + 3 < v->len && (is_alnum(s[e + 3]) || glued_right(v, e + 3))))
        return -1;
    char code[3] = {(char)s[e + 1], (char)s[e + 2], 0};
    return pii_dl_state_index(code);
}

/* The states of mask that a state after the license at e leaves (none if
 * it names a state whose formats the number fits none of); 0 too where
 * the license is glued to more. */
static inline __attribute__((always_inline)) uint64_t after_license(const scan_view *v, size_t e,
                                                                   uint64_t mask)
{
    int st = e < v->len && v->s[e] == '/' ? state_suffix(v, e) : -1;
    if (st < 0)
        return glued_right(v, e) ? 0 : mask;
    return mask & (UINT64_C(1) << st);
}

/* Whether the number s[p, p + d) of plain digits is a whole candidate: no
 * letter or digit after it, and no separator that the groups below would
 * follow. */
static bool lone_number(const scan_view *v, size_t p, size_t d)
{
    const uint8_t *s = v->s;
    size_t q = p + d;
    if (q >= v->len)
        return true;
    if (is_alpha(s[q]))
        return false;
    if (q + 1 < v->len && (s[q] == '-' || s[q] == ' ') &&
        (is_digit(s[q + 1]) || (s[q] == '-' && is_upper(s[q + 1]))))
        return false;
    return true;
}

void detect_driver_license(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_US_DRIVER_LICENSE)))
        return;
    const uint8_t *s = v->s;
    if (glued_left(v, p) || iso_date_at(v, p))
        return;
    /* Most license-shaped words of a log are plain numbers: the table of
     * all-digit lengths decides them without the general reading below
     * (which takes fewer than six digits for no license either). */
    size_t d = count_digits(v, p, DL_MAX + 1);
    if (d && lone_number(v, p, d)) {
        if (d >= 6 && d <= DL_MAX && !compact_date(s + p, d))
            propose_license(v, p, p + d, after_license(v, p + d, v->dl_digits[d]));
        return;
    }
    char canon[DL_MAX];
    size_t n = 0, q = p, first_end = 0;
    size_t groups[DL_MAX];
    size_t ngroups = 0;
    bool all_digits = true;
    uint8_t sep = 0;
    for (;;) {
        size_t g = 0;
        while (q < v->len && (is_upper(s[q]) || is_digit(s[q]))) {
            if (n == DL_MAX)
                return;
            all_digits &= is_digit(s[q]);
            canon[n++] = (char)s[q++];
            g++;
        }
        groups[ngroups++] = g;
        if (g == 0 || (q < v->len && is_lower(s[q])))
            return;
        if (!first_end)
            first_end = q;
        if (q + 1 < v->len && (s[q] == '-' || s[q] == ' ') && (!sep || s[q] == sep) &&
            (is_digit(s[q + 1]) || (s[q] == '-' && is_upper(s[q + 1])))) {
            sep = s[q];
            q++;
            continue;
        }
        break;
    }
    size_t first_len = (size_t)(first_end - p);
    /* "DL 410 RN", California's form, and "DL 4410982": the letters set
     * apart are the label's, not a number's (the digits are looked at from
     * their own start) */
    if (sep == ' ' && ((first_len == 2 && canon[0] == 'D' && canon[1] == 'L') ||
                       (first_len == 3 && canon[0] == 'C' && canon[1] == 'D' && canon[2] == 'L')))
        return;
    /* "dl=NV 1504827361", "PRO 418229055": two to four capitals set apart
     * before digits are a state's postal code or a label, not the
     * number's (the digits are looked at from their own start); and
     * "Tampa FL 33609", an address's state and ZIP code, is no license at
     * all */
    if (sep == ' ' && ngroups == 2 && first_len >= 2 && first_len <= 4) {
        bool letters = true, digits = true;
        for (size_t i = 0; i < first_len; i++)
            letters &= is_upper((uint8_t)canon[i]);
        for (size_t i = first_len; i < n; i++)
            digits &= is_digit((uint8_t)canon[i]);
        if (letters && digits)
            return;
    }
    /* "EXP 20270814", "ISS 20190512": a card's field and its date, as the
     * back of a license prints them (a label's letters, then a compact
     * date) */
    if (sep == ' ' && ngroups == 2 && first_len == 3 && n == 11 &&
        compact_date(s + first_end + 1, 8)) {
        bool letters = true;
        for (size_t i = 0; i < first_len; i++)
            letters &= is_upper((uint8_t)canon[i]);
        if (letters)
            return;
    }
    uint64_t mask = 0;
    size_t end = q;
    if (sep != ' ' && other_number_groups(groups, ngroups, canon, n, all_digits))
        return;
    /* Four or five plain digits fit a few states' oldest formats, and every
     * port, count and ZIP code in a log; they are not taken for licenses. */
    if (all_digits && n < 6)
        return;
    bool any_digit = false;
    for (size_t i = 0; i < n; i++)
        any_digit |= is_digit((uint8_t)canon[i]);
    /* All-letter words ("PASSWORD" fits New York's 8 letters) are not taken
     * for licenses, except Washington's WDL numbers, which may have none. */
    if (!any_digit && !(n == 12 && canon[0] == 'W' && canon[1] == 'D' && canon[2] == 'L'))
        return;
    if (!glued_right(v, q) || state_suffix(v, q) >= 0)
        mask = after_license(v, q, all_digits ? v->dl_digits[n]
                                              : pii_dl_format_match_lead(&v->rs->dl_lead, canon, n,
                                                                         v->dl_lengths[n]));
    if (!mask && sep == ' ' && !glued_right(v, first_end)) {
        end = first_end;
        bool first_digits = true;
        for (size_t i = 0; i < first_len; i++)
            first_digits &= is_digit((uint8_t)canon[i]);
        if (!other_number_groups(groups, 1, canon, first_len, all_digits) &&
            !(first_digits && first_len < 6))
            mask = first_digits ? v->dl_digits[first_len]
                                : pii_dl_format_match_lead(&v->rs->dl_lead, canon, first_len,
                                                           v->dl_lengths[first_len]);
    }
    propose_license(v, p, end, mask);
}
