/*
 * phone.c - telephone numbers: North American (NANP), international E.164,
 * and national numbers with a trunk prefix '0', of nine digits in groups,
 * Mexico's 2-4-4 and Brazil's, or Italy's, India's and China's mobile
 * numbers (near a hotword; France's five pairs and the United Kingdom's
 * numbers in its own groups need none).
 *
 * Accepted written forms: "+CC groups" with ' ', '-' or '.' between groups and
 * an optional "(area)" group (right after the country code too,
 * "+1(802)479-1124") or "(0)" trunk prefix; NANP "(NPA) NXX-XXXX",
 * "NPA-NXX-XXXX", "NPA.NXX.XXXX", "NPA NXX XXXX", "NPA/NXX-XXXX", "1-NPA-NXX-XXXX" and ten
 * bare digits (or eleven, '1' first); near a hotword, an international number
 * of eleven to thirteen digits without its '+'.  NANP numbers must follow the numbering plan (no area or
 * exchange code starting with 0 or 1, no N11 codes), which rejects most
 * serial and part numbers of the same shape.
 *
 * Groups are read as long as separators join them; when the whole run is
 * no phone number, its leading groups may be, if what follows them is set
 * apart by another separator ("415-555-0132 10am", "+14155550132 12").
 * An extension glued on with 'x' ("415-555-0132x204") ends the number.
 * The '+' may be URL-encoded, as query strings in access logs carry it
 * ("?phone=%2B14155550132").
 */
#include <string.h>

#include "../validators/validators.h"
#include "detectors.h"

#define MAX_GROUPS 8
#define MAX_DIGITS 17 /* "00" and E.164's fifteen */

/* Whether the four digits at d could be a time of day, 0000-2359. */
static bool clock_time(const char *d)
{
    return ((d[0] == '0' || d[0] == '1') || (d[0] == '2' && d[1] <= '3')) && d[2] <= '5';
}

/* Whether the four digits at d are a time of day on the quarter hour
 * ("0800", "1730"). */
static bool quarter_hour(const char *d)
{
    return clock_time(d) && ((d[2] == '0' && d[3] == '0') || (d[2] == '1' && d[3] == '5') ||
                             (d[2] == '3' && d[3] == '0') || (d[2] == '4' && d[3] == '5'));
}

/* Whether the four digits at d could be a year, 1800-2099. */
static bool year_like(const char *d)
{
    return (d[0] == '1' && (d[1] == '8' || d[1] == '9')) || (d[0] == '2' && d[1] == '0');
}

/* Whether the four digits at d could be a month and a day, MMDD. */
static bool month_day(const char *d)
{
    int m = (d[0] - '0') * 10 + (d[1] - '0'), day = (d[2] - '0') * 10 + (d[3] - '0');
    return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

/* Whether "x" and one to six digits, then no word character, are at e. */
static bool extension_at(const scan_view *v, size_t e)
{
    if (e >= v->len || (v->s[e] != 'x' && v->s[e] != 'X'))
        return false;
    size_t d = count_digits(v, e + 1, 7);
    return d >= 1 && d <= 6 && !glued_right(v, e + 1 + d);
}

/* Whether an airline record's kind of phone follows at e: '-' and H, B, M
 * or A (home, business, mobile, agency), then no letter or digit, as Sabre
 * and Amadeus write it ("+81 3 6286 3864-H", "212 555 0143-B"). */
static bool pnr_kind_at(const scan_view *v, size_t e)
{
    const uint8_t *s = v->s;
    return e + 1 < v->len && s[e] == '-' && strchr("HBMA", s[e + 1]) && s[e + 1] &&
           (e + 2 == v->len || !is_alnum(s[e + 2]));
}

/* Whether the number at [p, e) is the user of a SIP URI, a caller's or a
 * callee's number at a host ("INVITE sip:+14158307721@198.51.100.7:5060",
 * "<sips:+4930567950062@voip.example.de>"). */
static bool sip_user(const scan_view *v, size_t p, size_t e)
{
    const uint8_t *s = v->s;
    if (e >= v->len || s[e] != '@')
        return false;
    if (sofia_channel_user_at(s, p))
        return true;
    size_t k = p >= 1 && (s[p - 1] == ':') ? p - 1 : p;
    if (k >= 3 && (s[k - 1] | 0x20) == 's')
        k--; /* "sips:" */
    return k >= 3 && k != p && (s[k - 3] | 0x20) == 's' && (s[k - 2] | 0x20) == 'i' &&
           (s[k - 1] | 0x20) == 'p';
}

/* Whether '@' and a dialplan's context follow the number at e, as Asterisk
 * writes where a call goes ("Called PJSIP/+12128757901@trunk-out",
 * "Executing [+16469347582@from-pstn:1]"): a word with no '.' and a
 * domain after it, which would make the number an address's local part. */
static bool dialplan_context(const scan_view *v, size_t e)
{
    const uint8_t *s = v->s;
    if (e >= v->len || s[e] != '@')
        return false;
    size_t k = e + 1;
    while (k < v->len && k - e <= 64 && (is_alnum(s[k]) || s[k] == '_' || s[k] == '-'))
        k++;
    return k > e + 1 && (k == v->len || s[k] != '.' || k + 1 == v->len || !is_alnum(s[k + 1]));
}

/* The digits of a group in parentheses at q, "(212)" (1-4 of them, or 5
 * after a trunk '0'), or 0 where none is there ("(24/7)", "(work)": a
 * note after the number). */
static size_t paren_group(const scan_view *v, size_t q)
{
    if (q >= v->len || v->s[q] != '(')
        return 0;
    size_t g = count_digits(v, q + 1, 6);
    /* (five after a trunk '0': the United Kingdom's "(01865) 270000",
     * Germany's "(06221) 54-0") */
    bool five = g == 5 && v->s[q + 1] == '0';
    return g >= 1 && (g <= 4 || five) && q + 1 + g < v->len && v->s[q + 1 + g] == ')' ? g : 0;
}

/* Whether a national number (trunk '0' first, nd digits in the groups of
 * glen, spaced) is the United Kingdom's as it is written there: London and
 * the other 02 areas "020 7946 0958", the big cities' 011X and 01X1
 * "0161 496 0123", other areas "01632 960123" (or five digits after them),
 * 03 "0300 123 4567", mobiles "07700 900123" or "07700 900 123", freephone
 * "0800 123 4567" or "0800 123 456".  Ofcom's plan gives each range its
 * length; the groups are how the country sets them apart, which most other
 * numbers with a leading zero are not written in. */
bool uk_national(const char *d, size_t nd, const size_t *glen, size_t ng)
{
#define UK_GROUPS(a, b, c) (ng == ((c) ? 3u : 2u) && glen[0] == (a) && glen[1] == (b) && (!(c) || glen[2] == (c)))
    if (nd == 11) {
        switch (d[1]) {
        case '2':
            return UK_GROUPS(3, 4, 4);
        case '1':
            return d[2] == '1' || d[3] == '1' ? UK_GROUPS(4, 3, 4) : UK_GROUPS(5, 6, 0);
        case '3':
            return UK_GROUPS(4, 3, 4);
        case '7': /* (not 070 personal numbers nor 076 pagers) */
            return d[2] != '0' && d[2] != '6' && (UK_GROUPS(5, 6, 0) || UK_GROUPS(5, 3, 3));
        case '8':
            return d[2] == '0' && (d[3] == '0' || d[3] == '8') && UK_GROUPS(4, 3, 4);
        default:
            return false;
        }
    }
    if (nd == 10) {
        if (d[1] == '1' && d[2] != '1' && d[3] != '1')
            return UK_GROUPS(5, 5, 0);
        return d[1] == '8' && d[2] == '0' && d[3] == '0' && UK_GROUPS(4, 3, 3);
    }
    return false;
#undef UK_GROUPS
}

/* The width of what sets a national number's area code apart at q, as
 * Germany and the Netherlands write it ("0176/4418 2297", "0221 / 123456",
 * "030 - 241 77 80"): '/', or '/' or '-' with a space on each side, before
 * a digit; 0 if none. */
static size_t area_separator(const scan_view *v, size_t q)
{
    const uint8_t *s = v->s;
    if (q + 1 < v->len && s[q] == '/' && is_digit(s[q + 1]))
        return 1;
    if (q + 3 < v->len && s[q] == ' ' && (s[q + 1] == '/' || s[q + 1] == '-') && s[q + 2] == ' ' &&
        is_digit(s[q + 3]))
        return 3;
    return 0;
}

/* Whether the groups after an area code set apart by '/' and joined by
 * '-' are a subscriber's number and its last group or extension, as
 * Germany and Austria write them ("089/1234-5678", "0221/123456-78",
 * "0711/7845-920"): three groups, the second of three digits or more. */
static bool slash_dash_groups(const size_t *glen, size_t ngroups)
{
    return ngroups == 3 && glen[1] >= 3 && glen[2] >= 1 && glen[2] <= 5;
}

/* Whether the digits are a toll-free number whose prefix begins with '1'
 * in its groups: India's 1800 and 1860 in 4-3-4, Australia's 1800 and
 * 1300 in 4-3-3. */
static bool toll_free_1800(const char *d, size_t nd, const size_t *glen, size_t ngroups)
{
    if (ngroups != 3 || glen[0] != 4 || glen[1] != 3)
        return false;
    if (nd == 11 && glen[2] == 4)
        return memcmp(d, "1800", 4) == 0 || memcmp(d, "1860", 4) == 0;
    if (nd == 10 && glen[2] == 3)
        return memcmp(d, "1800", 4) == 0 || memcmp(d, "1300", 4) == 0;
    return false;
}

/* Whether d begins with one of Mexico's two-digit area codes: Mexico
 * City's, Guadalajara's, Monterrey's. */
static bool mexico_two_digit_area(const char *d)
{
    return (d[0] == '5' && d[1] == '5') || (d[0] == '3' && d[1] == '3') ||
           (d[0] == '8' && d[1] == '1');
}

/* Whether [a, e) and [b, b + (e - a)) are numbers of one shape: digits
 * where digits are, the same separator ('-', '.', ' ') elsewhere, ten
 * digits at least, and nothing of a word right after the second. */
static bool same_number_shape(const scan_view *v, size_t a, size_t e, size_t b)
{
    const uint8_t *s = v->s;
    size_t n = e - a, digits = 0;
    if (b + n > v->len || (b + n < v->len && (is_alnum(s[b + n]) || s[b + n] == '/')))
        return false;
    for (size_t k = 0; k < n; k++) {
        if (is_digit(s[a + k]) != is_digit(s[b + k]) ||
            (!is_digit(s[a + k]) &&
             (s[a + k] != s[b + k] || (s[a + k] != '-' && s[a + k] != '.' && s[a + k] != ' '))))
            return false;
        digits += is_digit(s[a + k]);
    }
    return digits >= 10 && digits <= 11;
}

/* Two numbers of one shape joined by '/' with nothing around them, as a
 * letterhead writes its phone and its fax ("Tel/Fax: 312-946-7780/
 * 312-946-7781"): a list, not a path's or a version's parts.  The number
 * at [p, e) is the first, followed by its twin ... */
static bool slash_twin_after(const scan_view *v, size_t p, size_t e)
{
    return e < v->len && v->s[e] == '/' && (p == 0 || !is_alnum(v->s[p - 1])) &&
           (p == 0 || v->s[p - 1] != '/') && same_number_shape(v, p, e, e + 1);
}

/* ... or the second, after its twin ending at p - 1 (the '/'). */
bool phone_slash_twin_before(const scan_view *v, size_t p)
{
    if (p < 11 || v->s[p - 1] != '/')
        return false;
    /* the twin: back over digits and separators to a non-word byte
     * ("Tel/Fax: 0161 496 0123/0161 496 0124": not the blank before it) */
    size_t a = p - 1;
    while (a > 0 && p - 1 - a < 14 &&
           (is_digit(v->s[a - 1]) || v->s[a - 1] == '-' || v->s[a - 1] == '.' ||
            v->s[a - 1] == ' '))
        a--;
    while (a < p - 1 && v->s[a] == ' ')
        a++;
    if (!is_digit(v->s[a]) || (a > 0 && (is_alnum(v->s[a - 1]) || v->s[a - 1] == '/')))
        return false;
    size_t n = p - 1 - a;
    return same_number_shape(v, a, p - 1, p) && (p + n >= v->len || !is_alnum(v->s[p + n]));
}

/* Read at most `limit` groups of a number at p and propose it if it is a
 * phone number; *groups: how many groups were read. */
static bool phone_at(const scan_view *v, size_t p, size_t limit, size_t *groups)
{
    const uint8_t *s = v->s;
    char digits[MAX_DIGITS];
    size_t nd = 0, q = p;
    size_t glen[MAX_GROUPS];
    size_t ngroups = 0;
    uint8_t first_sep = 0;
    bool mixed = false, plus = false, paren_first = false, paren_second = false;
    bool spaces_after = true; /* every separator after the first is ' ' */
    bool slash_area = false; /* "303/555-0192": the area code set apart by '/' */
    bool trunk_slash = false; /* "0176/4418 2297": a national one's (area_separator()) */
    bool cc_paren = false; /* "(+39) 02 8633 7120": the country code in parentheses */

    if (s[q] == '+' || s[q] == '%') {
        plus = true;
        q += s[q] == '+' ? 1 : 3; /* "%2B": detect_phone_encoded() */
        if (q >= v->len || !is_digit(s[q]))
            return false;
    }
    size_t before_sep = q; /* where the number ends if what follows a separator is not part of it */
    for (;;) {
        size_t g;
        if (q < v->len && s[q] == '(') {
            g = paren_group(v, q);
            if (!g) {
                q = before_sep; /* "(work)" and the like: below */
                break;
            }
            /* (the trunk '0' after a country code, its '+' or "00":
             * "+49 (0)711 ...", "0049 (0)711 ...") */
            bool idd_first = !plus && ngroups == 1 && nd >= 3 && nd <= 5 && digits[0] == '0' &&
                             digits[1] == '0';
            bool trunk_zero = (plus || idd_first) && g == 1 && s[q + 1] == '0';
            if (!trunk_zero) {
                if (nd + g > MAX_DIGITS)
                    return false;
                for (size_t i = 0; i < g; i++)
                    digits[nd++] = (char)s[q + 1 + i];
                if (ngroups == 0)
                    paren_first = true;
                else if (ngroups == 1)
                    paren_second = true;
            }
            q += g + 2;
            /* (the group counts even where the number ends with it: then
             * "312400-(1212)" is no ten bare digits) */
            if (!trunk_zero && ngroups < MAX_GROUPS)
                glen[ngroups++] = g;
            *groups = ngroups;
            if (q < v->len && s[q] == ' ')
                q++;
            else if (ngroups == 1 && q + 1 < v->len && s[q] == '-' && is_digit(s[q + 1]))
                q++; /* (a classified ad's "(773)-902-4415") */
            else if (q < v->len && !is_digit(s[q]))
                break;
            if (q >= v->len || !is_digit(s[q]) || ngroups >= limit)
                return false;
            continue;
        }
        if (q >= v->len || !is_digit(s[q]))
            break;
        g = count_digits(v, q, 16);
        if (nd + g > MAX_DIGITS)
            return false;
        for (size_t i = 0; i < g; i++)
            digits[nd++] = (char)s[q + i];
        if (ngroups == MAX_GROUPS)
            return false;
        glen[ngroups++] = g;
        *groups = ngroups;
        q += g;
        before_sep = q;
        size_t area_w = ngroups == 1 && !plus && digits[0] == '0' && g >= 2 && g <= 5 &&
                                ngroups < limit
                            ? area_separator(v, q)
                            : 0;
        if (area_w) {
            if (s[q + area_w / 2] == '-')
                first_sep = '-'; /* spaced, as "030-241 77 80" is joined */
            else
                trunk_slash = true;
            q += area_w;
            continue;
        }
        /* after a country code, the area code set apart by '/' as the
         * country writes it at home ("+49 89/1234-5678", "+36 20/345-6789") */
        if (plus && ngroups == 2 && g <= 4 && ngroups < limit && q + 1 < v->len && s[q] == '/' &&
            count_digits(v, q + 1, 4) >= 3) {
            q++;
            continue;
        }
        if (ngroups == 1 && g == 3 && !plus && ngroups < limit && q + 1 < v->len &&
            s[q] == '/' && is_digit(s[q + 1])) {
            slash_area = true;
            q++;
            continue;
        }
        /* "(+39) 02 8633 7120", "(+34) 96 352 14 87": the country code in
         * parentheses, as Italy, Spain and Portugal write it */
        if (plus && ngroups == 1 && g <= 3 && p > 0 && s[p - 1] == '(' && q + 2 < v->len &&
            s[q] == ')' && s[q + 1] == ' ' && is_digit(s[q + 2])) {
            cc_paren = true;
            q += 2;
            continue;
        }
        /* DIN 5008's extension after '-': "0711 7845920-14", "0221 2981-0"
         * (Germany's numbers: the area code, a space, the subscriber's
         * number in one group of four digits or more; not "0412 345-678") */
        if (!plus && digits[0] == '0' && digits[1] != '0' && ngroups == 2 && g >= 3 &&
            first_sep == ' ' && q + 1 < v->len && s[q] == '-' && is_digit(s[q + 1])) {
            size_t x = count_digits(v, q + 1, 6);
            /* (a subscriber's number of three digits with a switchboard's
             * one or two, or an extension of four or five: "08821 347-0",
             * "0221 226-27100"; not three, "0412 345-678", but after a
             * five-digit area code, which no mobile's prefix is: "05151
             * 209-499"; six after four, as Berlin's offices number theirs:
             * "030 4664-722104") */
            if ((x <= 5 || (x == 6 && g >= 4)) && (g >= 4 || x != 3 || glen[0] == 5) &&
                nd + x <= MAX_DIGITS &&
                !glued_right(v, q + 1 + x)) {
                memcpy(digits + nd, s + q + 1, x);
                nd += x;
                q += 1 + x;
                break;
            }
        }
        /* "+1(802)479-1124": the area code in parentheses right after the
         * country code, as HL7 and C-CDA telecoms write it */
        if (plus && ngroups == 1 && ngroups < limit && paren_group(v, q))
            continue;
        /* URL-encoded after "%2B", a form's spaces are '+' or "%20"
         * ("phone=%2B1+410+221+8900", "?phone=%2B1%20248%20772%202850") */
        size_t enc = 0;
        if (plus && s[p] == '%' && ngroups < limit && q + 1 < v->len)
            enc = s[q] == '+' ? 1
                  : q + 3 < v->len && s[q] == '%' && s[q + 1] == '2' && s[q + 2] == '0' ? 3
                                                                                       : 0;
        if (enc && q + enc < v->len && is_digit(s[q + enc])) {
            q += enc;
            if (!first_sep)
                first_sep = ' ';
            else if (first_sep != ' ')
                mixed = true;
            continue;
        }
        if (ngroups < limit && q + 1 < v->len && (s[q] == ' ' || s[q] == '-' || s[q] == '.') &&
            (is_digit(s[q + 1]) || s[q + 1] == '(')) {
            uint8_t sep = s[q];
            q++;
            /* a decimal's fraction, '.' and one last digit ("+35236450.6"):
             * the number ends before it, glued to it (below) */
            if (sep == '.' && count_digits(v, q, 2) == 1 &&
                !(q + 2 < v->len && (s[q + 1] == '.' || s[q + 1] == ' ' || s[q + 1] == '-') &&
                  is_digit(s[q + 2]))) {
                q = before_sep;
                break;
            }
            /* "555-123-4567 (work)", "(24/7)": the note is not part of it,
             * nor the separator before it */
            if (s[q] == '(' && !paren_group(v, q)) {
                q = before_sep;
                break;
            }
            if (!first_sep)
                first_sep = sep;
            else if (sep != first_sep)
                mixed = true;
            if (ngroups > 1 && sep != ' ')
                spaces_after = false;
            continue;
        }
        break;
    }
    size_t end = q;
    if (nd == 0 || (glued_right(v, end) && !extension_at(v, end) && !slash_twin_after(v, p, end) &&
                    !(plus && (record_suffix(v, end) || sip_user(v, p, end) ||
                               dialplan_context(v, end))) &&
                    !passenger_suffix(v, end) &&
                    !((plus || paren_first) && colon_field_after(v, end)) &&
                    !pnr_kind_at(v, end)))
        return false;
    if (first_sep && (continues_right(v, end, first_sep) ||
                      (!plus && !paren_first && continues_left(v, p, first_sep))))
        return false;

    /* groups as a mobile number without a prefix has them (below) */
    bool plain_groups = !mixed && !paren_first && !paren_second && first_sep != '.';
    float base;
    if (plus) {
        if (nd < 8)
            return false;
        bool ok = (nd == 11 && digits[0] == '1') ? pii_nanp_ok(digits + 1) : pii_e164_ok(digits, nd);
        if (!ok)
            return false;
        /* a signed amount: too few digits for its country's plan
         * ("+412883.10"), or cents after the one '.' ("+61244.80"), or
         * more than a country code before it ("+3124.97338012"; WHOIS
         * writes a phone "+1.2125550199") */
        if ((nd <= 10 && pii_e164_too_short(digits, nd)) ||
            (ngroups == 2 && first_sep == '.' && (glen[1] == 2 || glen[0] >= 4)))
            return false;
        base = ngroups >= 2 ? 0.75f : 0.6f;
    } else if (slash_area) {
        /* only NANP's 3/3-4 */
        if (ngroups != 3 || glen[1] != 3 || glen[2] != 4 || first_sep == '.' || mixed ||
            !pii_nanp_ok(digits))
            return false;
        base = 0.6f;
    } else if (digits[0] == '0' && nd == 10 && ngroups == 5 && digits[1] != '0' && !mixed &&
               !paren_first && (first_sep == ' ' || first_sep == '.') && glen[0] == 2 &&
               glen[1] == 2 && glen[2] == 2 && glen[3] == 2) {
        /* France's "06 47 21 93 58", "01.42.68.53.07": five pairs, the
         * trunk '0' and a digit 1-9 first; spaced, shaped enough to stand
         * alone (dotted, as some versions are, near a hotword), but for
         * pairs in rising order ("07 14 23 38 41": a lottery draw; "01 02
         * 03 04 05": a table's numbering; one number in 120 otherwise) */
        bool rising = true;
        for (int k = 0; k + 3 < 10; k += 2)
            rising &= memcmp(digits + k, digits + k + 2, 2) < 0;
        base = first_sep == ' ' && !rising ? 0.5f : BARE_SCORE_MAX;
    } else if (digits[0] == '0') {
        /* A national number: the trunk prefix '0' and groups as each
         * country writes them ("020 7946 0958", "030 12345678", "01 42 68
         * 53 00", "(02) 9374 4000", "090-1234-5678"), or "00" and an
         * international number; a first group of two to five digits and
         * ' ' or '-' (dots join too many other numbers).  No plan to check
         * them against, so they need a hotword.  The area code may be
         * set apart by '/' too ("0176/4418 2297": area_separator()). */
        /* the area code set apart by '-', the rest spaced: Sweden's
         * "08-123 456 78", "070-123 45 67", the Netherlands' "020-624 1111" */
        bool area_dash = mixed && first_sep == '-' && spaces_after && !paren_first;
        /* (not two times of day on the quarter hour joined by '-', a count
         * after them: "by hour: 0800-0900 212, 0900-1000 388") */
        if (area_dash && glen[0] == 4 && glen[1] == 4 && quarter_hour(digits) &&
            quarter_hour(digits + 4))
            return false;
        /* ten or eleven digits in one run ("0701234567", "07700900123") */
        bool one_run = ngroups == 1 && (nd == 10 || nd == 11) && digits[1] != '0';
        /* (or "00", a country code and its national number in one run, as
         * a marketplace's order report keeps them: "0033647821935") */
        bool idd_run = ngroups == 1 && digits[1] == '0' && nd >= 12 && digits[2] != '0' &&
                       pii_e164_plan_ok(digits + 2, nd - 2);
        one_run |= idd_run;
        if ((mixed && !area_dash) || (ngroups < 2 && !one_run) || first_sep == '.' ||
            (trunk_slash && first_sep == '-' && !slash_dash_groups(glen, ngroups)) ||
            paren_second || (!paren_first && !one_run && (glen[0] < 2 || glen[0] > 5)))
            return false; /* (the first group's length: scan.c's phone_may_start()) */
        /* a North American number's 3-3-4 groups with an invalid area
         * code ("(011) 945-6475", "048-479-5910"), or an SSN's 3-2-4, are
         * not one; spaced apart, 3-3-4 are the Netherlands' ("020 624
         * 1111") */
        if (ngroups == 3 && glen[0] == 3 && glen[2] == 4 &&
            (glen[1] == 2 || (glen[1] == 3 && (paren_first || (first_sep != ' ' && !area_dash)))))
            return false;
        if (digits[1] == '0' ? nd < 10 || !pii_e164_ok(digits + 2, nd - 2) : nd < 9 || nd > 13)
            return false; /* (nine: Israel's "03-555-0123") */
        /* "00" and a country code as a group of its own, then more groups
         * joined by spaces ("0044 20 7946 0958", "001 212 555 0199"): an
         * international number as Europe dials it, shaped enough to stand
         * alone (not "009 552 149 676" after an amount's "$92,", nor a
         * drug code's "0071-0155-23") */
        bool idd = digits[1] == '0' && ngroups >= 3 && first_sep == ' ' &&
                   glen[0] == 2 + pii_country_code_len(digits + 2, nd - 2);
        /* the United Kingdom's, spaced as it writes them, stand alone too
         * (not the groups after a thousands' comma: "1,024 8080 8080") */
        bool uk = digits[1] != '0' && first_sep == ' ' && !mixed &&
                  !(p >= 2 && s[p - 1] == ',' && is_digit(s[p - 2])) &&
                  uk_national(digits, nd, glen, ngroups);
        /* and mobile numbers as Korea, Japan and Taiwan write them, dashed:
         * "010-9912-0447", "090-4812-7703", "0933-218-574" (not a year
         * and a date after the prefix, a document's number: "문서번호
         * 010-2024-0315") */
        bool east_asia = first_sep == '-' && !mixed && !paren_first && ngroups == 3 &&
                         ((nd == 11 && glen[0] == 3 && glen[1] == 4 && digits[2] == '0' &&
                           (digits[1] == '1' || digits[1] == '7' || digits[1] == '8' ||
                            digits[1] == '9') &&
                           !(year_like(digits + 3) && month_day(digits + 7))) ||
                          (nd == 10 && glen[0] == 4 && glen[1] == 3 && digits[1] == '9'));
        /* (an area code set apart by '/' is looked for only near a
         * hotword, scan.c: so it needs one, whatever the groups) */
        base = (idd || uk || east_asia) && !trunk_slash ? 0.5f : BARE_SCORE_MAX;
    } else if (paren_first && ngroups == 3 && glen[0] == 2 && (glen[1] == 4 || glen[1] == 5) &&
               glen[2] == 4 && !mixed && first_sep != '.') {
        /* Brazil's "(11) 98765-4321", "(21) 3456-7890": a two-digit area
         * code in parentheses, near a hotword */
        base = BARE_SCORE_MAX;
    } else if (nd == 8 && digits[0] >= '2' && !mixed && !paren_first && !paren_second &&
               (first_sep == ' ' || (first_sep == '-' && ngroups == 2)) &&
               ((ngroups == 2 && glen[0] == 4) || (ngroups == 3 && glen[0] == 3 && glen[1] == 2) ||
                (ngroups == 4 && glen[0] == 2 && glen[1] == 2 && glen[2] == 2))) {
        /* Eight digits and no trunk prefix: Hong Kong's, Singapore's and
         * the Gulf states' 4-4 ("9123 4567", "5512-3456"), Denmark's and
         * Norway's pairs ("20 12 34 56") and Norway's mobile numbers in
         * 3-2-3 ("912 34 567"); near a hotword; not two years ("2012-2014",
         * "2016 1935"), nor a range of extensions or two times of day joined
         * by '-' ("extension (4400-4499)", "curfew 2200-0600"), */
        if (ngroups == 2 && year_like(digits) && year_like(digits + 4))
            return false;
        if (ngroups == 2 && first_sep == '-' &&
            ((digits[0] == digits[4] && digits[1] == digits[5] &&
              memcmp(digits, digits + 4, 4) < 0) ||
             (clock_time(digits) && clock_time(digits + 4))))
            return false;
        /* nor the rest of a longer one ("0176 / 4418-2297") */
        size_t k = p;
        while (k > 0 && p - k < 4 && (s[k - 1] == ' ' || s[k - 1] == '/' || s[k - 1] == '-'))
            k--;
        if (k < p && k > 0 && is_digit(s[k - 1]))
            return false;
        base = BARE_SCORE_MAX;
    } else if (nd == 9 && ngroups >= 3) {
        /* A national number with no trunk prefix: nine digits in groups of
         * two and three, as Spain, Portugal, Poland and the Czech Republic
         * write theirs ("612 345 678", "91 123 45 67", "612 55 01 23",
         * "22 208 4419");
         * ' ' or '-'.  Like the ones above they need a hotword. */
        if (mixed || first_sep == '.' || paren_first || paren_second)
            return false;
        /* (or 2-3-4, as Portugal's landlines, '2' first, are written too:
         * "22 208 4419") */
        bool two_three_four = ngroups == 3 && glen[0] == 2 && glen[1] == 3 && glen[2] == 4 &&
                              digits[0] == '2';
        for (size_t i = 0; i < ngroups && !two_three_four; i++)
            if (glen[i] < 2 || glen[i] > 3)
                return false;
        base = BARE_SCORE_MAX;
    } else if (toll_free_1800(digits, nd, glen, ngroups) && plain_groups) {
        /* India's toll-free "1800 208 9898", "1860-500-1234" (4-3-4) and
         * Australia's "1800 123 456", "1300 655 506" (4-3-3); near a
         * hotword */
        base = BARE_SCORE_MAX;
    } else if (nd == 10 && !paren_first && !mixed && first_sep == ' ' && ngroups == 2 &&
               glen[0] == 5 && digits[0] >= '6') {
        /* India's mobile numbers in 5-5, '6'-'9' first: "98201 47736";
         * near a hotword */
        base = BARE_SCORE_MAX;
    } else if (nd == 10 && !paren_first && !paren_second && !mixed &&
               (first_sep == ' ' || (first_sep == '-' && mexico_two_digit_area(digits))) &&
               ngroups == 3 && glen[0] == 2 && glen[1] == 4) {
        /* Mexico's two-digit area codes, 2-4-4: "55 4128 9073",
         * "55-1122-3344" (dashed: only those three, not a date's
         * "12-2024-0315"); near a hotword */
        base = BARE_SCORE_MAX;
    } else if ((nd == 10 || nd == 11) && !paren_first && !paren_second && mixed &&
               first_sep == ' ' && ngroups == 3 && glen[0] == 2 && glen[1] == nd - 6 &&
               s[end - 5] == '-') {
        /* Brazil's without the area code's parentheses: "21 99732-4418",
         * "11 3456-7890"; near a hotword */
        base = BARE_SCORE_MAX;
    } else if (nd == 11 && digits[0] == '1' && digits[1] >= '3' && plain_groups &&
               (ngroups == 1 || (ngroups == 3 && glen[0] == 3 && glen[1] == 4))) {
        /* China's mobile numbers, '1' and 3-9 first: "13800138000", "138
         * 0013 8000"; near a hotword, as eleven bare digits with '1' first
         * need one as North American numbers too */
        base = BARE_SCORE_MAX;
    } else if (ngroups == 1 && nd >= 11 && nd <= 13 && digits[0] >= '2' &&
               pii_e164_plan_ok(digits, nd)) {
        /* an international number written without its '+', as call
         * records and subscriber databases keep them ("447911123456",
         * "4915123456789"): a country code, then a national number of
         * the length the country's plan gives;
         * near a hotword (its column's name), and a value of its own, not
         * after a word ("carrier ref 575281545884", "EFIN 9500901472111":
         * the word names the number; nor a time, "202403150830") */
        if (after_other_word(v, p) || compact_date((const uint8_t *)digits, nd))
            return false;
        base = BARE_SCORE_MAX;
    } else {
        /* Italy's mobile numbers, '3' first and no trunk prefix: "347 123
         * 4567", "347 1234567", "3471234567"; near a hotword where they
         * are no North American number (3-3-4 dashed is North America's
         * shape: "Fax 312-155-0188" is no number) */
        bool italy_mobile = nd == 10 && digits[0] == '3' && plain_groups &&
                            (ngroups == 1 || (ngroups == 2 && glen[0] == 3) ||
                             (ngroups == 3 && glen[0] == 3 && glen[1] == 3 && first_sep == ' '));
        const char *nanp;
        size_t g0 = 0;
        if (nd == 11 && digits[0] == '1' && (ngroups == 1 || glen[0] == 1)) {
            nanp = digits + 1;
            g0 = ngroups > 1;
        } else if (nd == 10) {
            nanp = digits;
        } else {
            return false;
        }
        size_t rest = ngroups - g0;
        /* Mexico's numbers in 3-3-4, spaced ("998 122 4151", Cancún's),
         * where they are no North American number: near a hotword */
        bool spaced_334 = g0 == 0 && ngroups == 3 && glen[0] == 3 && glen[1] == 3 &&
                          glen[2] == 4 && !mixed && first_sep == ' ' && digits[0] >= '2' &&
                          !paren_first && !paren_second;
        if (!pii_nanp_ok(nanp)) {
            if (!italy_mobile && !spaced_334)
                return false;
            base = BARE_SCORE_MAX;
        } else if ((paren_first && ngroups == 3 && glen[0] == 3) ||
            (paren_second && g0 == 1 && rest == 3 && glen[1] == 3)) {
            base = 0.75f; /* (212) 555-0199, 1 (212) 555-0199 */
        } else if (rest == 3 && glen[g0] == 3 && glen[g0 + 1] == 3 && glen[g0 + 2] == 4 && !mixed) {
            base = first_sep == ' ' ? 0.5f : 0.6f;
        } else if (rest == 3 && glen[g0] == 3 && glen[g0 + 1] == 3 && glen[g0 + 2] == 4 &&
                   (first_sep == ' ' || (first_sep == '.' && g0 == 0)) && s[end - 5] == '-') {
            /* "514 555-0143", as Canada writes them, and "623.555-0114"
             * (not after "1.": scan.c's number_may_start()); near a hotword */
            base = BARE_SCORE_MAX;
        } else if (ngroups == 1) {
            base = BARE_SCORE_MAX; /* ten bare digits, or '1' and ten: needs a hotword */
        } else if (paren_first && ngroups == 2 && glen[0] == 3 && first_sep != '.') {
            base = BARE_SCORE_MAX; /* "(773) 9164482": the area code apart, near a hotword */
        } else if (italy_mobile) {
            base = BARE_SCORE_MAX; /* "347 1234567" */
        } else {
            return false;
        }
    }
    if (cc_paren && glued_left(v, p - 1))
        return false;
    propose(v, PII_PHONE_NUMBER, cc_paren ? p - 1 : p, end, base, 0.95f, PII_FLAG_VALIDATED, NULL);
    return true;
}

/* Whether an international number, its '+' first, ends right before s[e]. */
static bool recipient_before(const scan_view *v, size_t e)
{
    size_t j = e;
    while (j > 0 && e - j < 16 && is_digit(v->s[j - 1]))
        j--;
    return e - j >= 8 && j > 0 && v->s[j - 1] == '+';
}

/* Whether '~' at t repeats an HL7 field after a component of capitals or
 * digits ("+16175663102^PRN^PH~+16179014478^PRN^CP": PID-13's numbers). */
static bool hl7_repetition(const scan_view *v, size_t t)
{
    size_t j = t;
    while (j > 0 && t - j < 8 && (is_upper(v->s[j - 1]) || is_digit(v->s[j - 1])))
        j--;
    return j < t && j > 0 && v->s[j - 1] == '^';
}

/* Where the trunk's "(0)" begins after "00" and a country code at p, three
 * to five digits and a space ("0049 (0)711 ..."), or 0. */
static size_t idd_before_trunk(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    size_t d = count_digits(v, p, 6), e = p + d, q = e + 1;
    if (d < 3 || d > 5 || s[p] != '0' || s[p + 1] != '0' || q + 2 >= v->len || s[e] != ' ' ||
        s[q] != '(' || s[q + 1] != '0' || s[q + 2] != ')' || q < 5)
        return 0;
    return q;
}

/* Germany's and Austria's numbers as their letters write them, their
 * groups of one to eight digits a space apart: the area code set apart by
 * '/' ("069 / 27 40 36-0", "0 22 03 / 5 67 89", "0 30 / 88 77 66 - 0") or
 * in parentheses ("(0 512) 58 63 21"), or the trunk's "(0)" after the
 * country code ("+49 (0) 151 - 234 567 89", "0043 (0)1 40 400-12345");
 * an extension after '-' last.  After a '/', Belgium's groups joined by
 * dots.  Near a hotword; whether one was proposed. */
static bool din_number_at(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    size_t len = v->len, q = p;
    char digits[MAX_DIGITS];
    size_t nd = 0, area = 0, ext = 0, groups = 0, cc_len = 0, first_after_area = 0;
    bool intl = false, apart = false, dash = false;
    bool dotted = false, spaced = false; /* how the groups after the area code are joined */
    bool paren = false, slash_area = false;
    if (s[q] == '0' && q + 1 < len && s[q + 1] != '0') {
        /* (a national number without parentheses: its '/' comes within
         * the area code's digits and spaces) */
        size_t k = q;
        while (k < len && k - q < 12 && (is_digit(s[k]) || s[k] == ' '))
            k++;
        if (k >= len || s[k] != '/')
            return false;
    }
    if (s[q] == '+' || (q + 1 < len && s[q] == '0' && s[q + 1] == '0')) {
        /* a country code, a space and the trunk's "(0)" */
        size_t at = q + (s[q] == '+');
        size_t g = count_digits(v, at, 6);
        size_t cc = g - (s[q] == '0' ? 2 : 0);
        if (cc < 1 || cc > 3 || at + g + 4 >= len || s[at + g] != ' ' ||
            memcmp(s + at + g + 1, "(0)", 3) != 0)
            return false;
        memcpy(digits, s + at + (g - cc), cc);
        nd = cc_len = cc;
        q = at + g + 4;
        if (s[q] == ' ')
            q++;
        if (q >= len || !is_digit(s[q]) || s[q] == '0')
            return false;
        intl = apart = true;
    } else if (s[q] == '(') {
        /* the area code in parentheses, its digits maybe spaced (not
         * inside another number: "111 (080) 5551") */
        if (p >= 2 && s[p - 1] == ' ' && is_digit(s[p - 2]))
            return false;
        paren = true;
        q++;
        while (q < len && (is_digit(s[q]) || (s[q] == ' ' && q + 1 < len && is_digit(s[q + 1]))) &&
               q - p < 10) {
            if (is_digit(s[q]))
                digits[nd++] = (char)s[q];
            q++;
        }
        if (nd < 3 || nd > 6 || digits[0] != '0' || q + 2 >= len || s[q] != ')' ||
            s[q + 1] != ' ' || !is_digit(s[q + 2]))
            return false;
        area = nd;
        apart = true;
        q += 2;
    } else if (s[q] != '0') {
        return false;
    }
    for (;;) {
        size_t g = count_digits(v, q, 9);
        if (g == 0 || g > 8 || nd + g > MAX_DIGITS || groups == MAX_GROUPS ||
            (groups == 1 && nd == 1 && g < 2))
            return false;
        memcpy(digits + nd, s + q, g);
        if (area && nd == area)
            first_after_area = g;
        nd += g;
        groups++;
        q += g;
        if (dash) { /* the extension ends it */
            ext = g;
            break;
        }
        /* '/' or " / " after the area code; '-' or " - " before an
         * extension, or after the area code behind "(0)" */
        size_t w = 0;
        uint8_t sep = 0;
        if (q + 1 < len && (s[q] == '/' || s[q] == '-') && is_digit(s[q + 1]))
            w = 1, sep = s[q];
        else if (q + 3 < len && s[q] == ' ' && (s[q + 1] == '/' || s[q + 1] == '-') &&
                 s[q + 2] == ' ' && is_digit(s[q + 3]))
            w = 3, sep = s[q + 1];
        if (sep == '/') {
            /* (two to five digits, or in groups after a lone '0' two or
             * more: where scan.c's phone_may_start() lets a number begin) */
            if (apart || nd < 2 || nd > 5 || digits[0] != '0')
                return false;
            area = nd;
            apart = slash_area = true;
        } else if (sep == '-') {
            /* (behind "(0)", " - " may set the area code apart: the
             * number goes on in more than one group after it) */
            if (intl && !area && w == 3 && count_digits(v, q + 3, 9) < 4 &&
                q + 3 + count_digits(v, q + 3, 9) < len &&
                s[q + 3 + count_digits(v, q + 3, 9)] == ' ') {
                area = nd;
            } else {
                dash = true;
            }
        } else if (q + 1 < len && (s[q] == ' ' || (s[q] == '.' && slash_area && !spaced)) &&
                   is_digit(s[q + 1]) && !(s[q] == ' ' && dotted)) {
            /* (Belgium's groups after the '/' are joined by dots:
             * "0475/12.34.56", "02/123.45.67") */
            dotted |= s[q] == '.';
            spaced |= s[q] == ' ' && area;
            w = 1;
        } else {
            break;
        }
        q += w;
    }
    if (!apart || (glued_right(v, q) && !extension_at(v, q)) ||
        (q + 1 < len && (s[q] == '/' || s[q] == '-' || s[q] == '.' || (s[q] == ' ' && dotted)) &&
         is_digit(s[q + 1])))
        return false;
    size_t main = nd - ext; /* digits before the extension */
    /* (not North America's 3-3-4 with an invalid area code, "(011)
     * 945-6475", "(011) 945 6475", which phone_at() turns away) */
    if (!intl && area == 3 && nd - area == 7 && first_after_area == 3)
        return false;
    /* (an area code of two digits, Brussels' "02/", before seven more;
     * one in parentheses, before five or more) */
    size_t least = area == 2 ? 9 : paren ? area + 5 : 6;
    if (ext > 5 || (!intl && (main < least || main > 12 || digits[1] == '0' ||
                              (area && main - area < 2))))
        return false;
    if (intl && (pii_country_code_len(digits, main) != cc_len || !pii_e164_ok(digits, main)))
        return false;
    /* (a country code and the trunk's "(0)" make a number's shape) */
    propose(v, PII_PHONE_NUMBER, p, q, intl ? 0.6f : BARE_SCORE_MAX, 0.95f, PII_FLAG_VALIDATED,
            NULL);
    return true;
}

/* The number at p with as many groups as it has, else fewer (each try
 * reads fewer: n - 1 at most, bounded by MAX_GROUPS); whether one was
 * proposed. */
static bool phone_groups_at(const scan_view *v, size_t p)
{
    size_t n = 0, m;
    if (phone_at(v, p, MAX_GROUPS + 1, &n))
        return true;
    for (size_t k = n - 1; k >= 1 && n >= 2; k--)
        if (phone_at(v, p, k, &m))
            return true;
    return false;
}

void detect_phone(const scan_view *v, size_t p)
{
    /* (what begins with an ISO date is a date or a time: the scan passes
     * it over, as every log line starts with one) */
    /* ('+' after a path's '/' begins a number: a channel's "PJSIP/+1212...") */
    bool channel = v->s[p] == '+' && p > 0 && v->s[p - 1] == '/';
    if (!(v->enabled & ENTITY_MASK(PII_PHONE_NUMBER)) ||
        (glued_left(v, p) && !channel && !ssr_field_before(v, p) &&
         !phone_slash_twin_before(v, p)) ||
        iso_date_at(v, p))
        return;
    /* (nor the hex digits of an encoded delimiter: "number%207735109285"
     * is 7735109285, read after the escape) */
    if (p > 0 && v->s[p - 1] == '%' && url_delimiter_at(v->s, v->len, p - 1))
        return;
    /* a version's "~+" or "++" and a build's date ("1:14~++20220202101403+9163",
     * "1:10~+20191229111838+6991d57"); but '~' joins a group message's
     * recipients after one, as SMS Backup & Restore writes them
     * ("+14158307721~+16465161877"), and an HL7 field's repetitions
     * (hl7_repetition()) */
    if (v->s[p] == '+' && p > 0 &&
        (v->s[p - 1] == '+' ||
         (v->s[p - 1] == '~' && !recipient_before(v, p - 1) && !hl7_repetition(v, p - 1))))
        return;
    /* "00" and a country code before a trunk's "(0)" begin the number
     * ("0049 (0)711 7845 2270"), proposed once, from the '(': the scan
     * starts none at a group that a '(' follows */
    const uint8_t *s = v->s;
    if (s[p] == '(' && p >= 5 && s[p - 1] == ' ') {
        size_t b = p - 1;
        while (b > 0 && p - 1 - b < 5 && is_digit(s[b - 1]))
            b--;
        if (idd_before_trunk(v, b) == p && !glued_left(v, b) &&
            (phone_groups_at(v, b) || din_number_at(v, b)))
            return;
    } else if (s[p] == '0' && idd_before_trunk(v, p)) {
        return;
    }
    if (!phone_groups_at(v, p))
        din_number_at(v, p);
}

void detect_phone_encoded(const scan_view *v, size_t p)
{
    if (p + 4 <= v->len && v->s[p] == '%' && v->s[p + 1] == '2' && (v->s[p + 2] | 0x20) == 'b' &&
        is_digit(v->s[p + 3]))
        detect_phone(v, p);
}
