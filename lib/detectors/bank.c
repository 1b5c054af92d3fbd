/*
 * bank.c - ABA routing transit numbers and US bank account numbers.
 *
 * Both are plain digit strings that look like many other numbers, so both
 * need a hotword.  A routing number must pass the 3-7-1 checksum with a
 * Federal Reserve prefix; it is written as nine digits or XXXX-XXXX-X.  An
 * account number is 7-17 digits with no checksum at all.
 *
 * On a cheque's MICR line, as text taken from a scan writes it with the
 * E-13B symbols of Unicode's OCR block, the symbols name the fields: the
 * routing number stands between two transit symbols (U+2446, "⑆"), the
 * account number ends at an on-us symbol (U+2448, "⑈") after the transit
 * field ("⑆021000021⑆ 1234567890⑈ 0123", or with the cheque number first,
 * "⑈0123⑈ ⑆021000021⑆ 1234567890⑈").  There they need no hotword.  (The
 * symbols are not ASCII, so the hotword map counts every entity near them
 * and the scan never leaves these shapes out: hotmap.c.)  Readers and MICR
 * fonts that keep to ASCII write the symbols as letters, with no one
 * standard: the transit symbol as 'T' and the on-us symbol as 'O' or 'U'
 * ("T021000021T 1234567890O 0123": TOAD, ClearMicr), or as 'A' and 'C'
 * (the fonts' keys: "A021000021A 1234567890C").  Letters are no proof of
 * a cheque, so there the fields still need a word for them ("MICR",
 * "routing", "account" ...; the scan looks at such a token only where one
 * may be near: scan.c, word_start()), but are not taken for the tail of a
 * longer token.
 */
#include "../validators/validators.h"
#include "detectors.h"

#define MICR_TRANSIT 0x86 /* U+2446: E2 91 86 */
#define MICR_ON_US 0x88   /* U+2448: E2 91 88 */

/* Whether the MICR symbol `which` is written at s[i]. */
static bool micr_at(const scan_view *v, size_t i, uint8_t which)
{
    const uint8_t *s = v->s;
    return i + 3 <= v->len && s[i] == 0xE2 && s[i + 1] == 0x91 && s[i + 2] == which;
}

/* Whether the MICR symbol `which` ends right before s[p], or a few spaces
 * before it (OCR puts spaces between a symbol and its field: "⑆ 061000104 ⑆"). */
static bool micr_before(const scan_view *v, size_t p, uint8_t which)
{
    size_t q = p;
    while (q > 0 && p - q < 8 && v->s[q - 1] == ' ')
        q--;
    return q >= 3 && micr_at(v, q - 3, which);
}

/* Where the spaces OCR may put after a field ending at e end (a few). */
static size_t micr_spaces_end(const scan_view *v, size_t e)
{
    size_t q = e;
    while (q < v->len && q - e < 8 && v->s[q] == ' ')
        q++;
    return q;
}

/* Whether the MICR symbol `which` is at s[e], or a few spaces after it. */
static bool micr_after(const scan_view *v, size_t e, uint8_t which)
{
    return micr_at(v, micr_spaces_end(v, e), which);
}

/* Whether the digits s[p, e) are the auxiliary on-us field: between two
 * on-us symbols, the transit field after them ("⑈0048813⑈ ⑆071916217⑆"). */
static bool aux_on_us(const scan_view *v, size_t p, size_t e)
{
    size_t q = micr_spaces_end(v, e);
    return micr_before(v, p, MICR_ON_US) && micr_at(v, q, MICR_ON_US) &&
           micr_after(v, q + 3, MICR_TRANSIT);
}

/* Whether s[p] follows the transit field's closing symbol, spaces apart. */
static bool after_transit(const scan_view *v, size_t p) { return micr_before(v, p, MICR_TRANSIT); }

/* The transit symbols written as letters, and the on-us symbol that goes
 * with each. */
static bool micr_transit_letter(uint8_t c) { return c == 'T' || c == 'A'; }
static bool micr_letter_pair(uint8_t transit, uint8_t on_us)
{
    return transit == 'T' ? on_us == 'O' || on_us == 'U' : transit == 'A' && on_us == 'C';
}

/* Whether s[i] ends a token on the left: the input's start or no letter,
 * digit or other script before it. */
static bool token_starts_at(const uint8_t *s, size_t i)
{
    return i == 0 || !(is_alnum(s[i - 1]) || s[i - 1] >= 0x80);
}

bool micr_letters_field(const uint8_t *s, size_t floor, size_t e)
{
    uint8_t t = s[e];
    bool transit = micr_transit_letter(t);
    if (!transit && t != 'O' && t != 'U' && t != 'C')
        return false;
    size_t d = 0; /* the digits before s[e] */
    while (d < 11 && e - d > floor && is_digit(s[e - d - 1]))
        d++;
    if ((transit ? d != 9 : d < 3 || d > 10) || e - d == floor || s[e - d - 1] != t)
        return false;
    size_t open = e - d - 1;
    if (open > floor && !token_starts_at(s, open))
        return false;
    return !transit || pii_aba_ok((const char *)s + e - 9);
}

/* Whether the nine digits [p, end) are such a transit field's, a token of
 * their own ("T021000021T"; an account may follow right after). */
static bool micr_letters_around(const scan_view *v, size_t p, size_t end)
{
    const uint8_t *s = v->s;
    return p > 0 && end < v->len && micr_transit_letter(s[end]) && s[p - 1] == s[end] &&
           micr_letters_field(s, 0, end) && !(end + 1 < v->len && is_alpha(s[end + 1]));
}

/* The transit letter of such a field that ends right before s[p], spaces
 * apart, or 0. */
static uint8_t micr_letters_before(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    size_t q = p;
    while (q > 0 && p - q < 8 && s[q - 1] == ' ')
        q--;
    return q > 0 && micr_transit_letter(s[q - 1]) && micr_letters_field(s, 0, q - 1) ? s[q - 1] : 0;
}

/* Whether the account's field [p, e) ends at the on-us letter that goes
 * with a transit field's before it ("T021000021T 1234567890O 0123",
 * "...T1234567890O0123"). */
static bool micr_on_us_letter_at(const scan_view *v, size_t p, size_t e)
{
    const uint8_t *s = v->s;
    if (e >= v->len || (s[e] != 'O' && s[e] != 'U' && s[e] != 'C') ||
        (e + 1 < v->len && is_alpha(s[e + 1])))
        return false; /* (most accounts end here) */
    uint8_t transit = micr_letters_before(v, p);
    return transit && micr_letter_pair(transit, s[e]);
}

void detect_aba(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_ABA_ROUTING_NUMBER)))
        return;
    const uint8_t *s = v->s;
    char canon[9];
    size_t end;
    size_t n1 = count_digits(v, p, 10);
    bool letters = false; /* the transit symbols written as letters */
    if (n1 == 9) {
        end = p + 9;
        letters = micr_letters_around(v, p, end);
        if (!letters && (glued_left(v, p) || glued_right(v, end)))
            return;
        for (int i = 0; i < 9; i++)
            canon[i] = (char)s[p + i];
    } else if (n1 == 4 && p + 11 <= v->len && s[p + 4] == '-' && count_digits(v, p + 5, 5) == 4 &&
               s[p + 9] == '-' && count_digits(v, p + 10, 2) == 1) {
        end = p + 11;
        if (glued_left(v, p) || continues_left(v, p, '-') || glued_right(v, end) ||
            continues_right(v, end, '-'))
            return;
        for (int i = 0; i < 4; i++) {
            canon[i] = (char)s[p + i];
            canon[4 + i] = (char)s[p + 5 + i];
        }
        canon[8] = (char)s[p + 10];
    } else {
        return;
    }
    if (!pii_aba_ok(canon))
        return;
    bool micr = n1 == 9 && micr_before(v, p, MICR_TRANSIT) && micr_after(v, end, MICR_TRANSIT);
    propose(v, PII_ABA_ROUTING_NUMBER, p, end, micr ? 0.95f : BARE_SCORE_MAX, 0.95f,
            PII_FLAG_VALIDATED, NULL);
}

/* The end of an account number written in groups at p ("2290 4418
 * 5567", "4418-220-917", "58 1120 9934"), or 0: three or more groups of
 * two to six digits joined by one kind of separator (' ' or '-'), the last
 * maybe a check digit alone after '-' ("072-345678-9"), 8 to 17 digits in
 * all, the first group n digits long, maybe an on-us letter
 * right after them where a transit field written with letters is before.
 * Not the shapes that other numbers
 * written in groups have: SSNs (3-2-4), phone numbers (3-3-4), dates
 * (4-2-2, 2-2-4, and whatever an ISO date begins), amounts with their
 * thousands apart ("12 500 000"), the pairs of digits that many
 * countries write phone numbers in ("612 55 01 23", "01 42 68 53 00"), and
 * the United Kingdom's phone numbers ("0113 496 0782"). */
#define GROUPS_MAX 8
static size_t account_groups(const scan_view *v, size_t p, size_t n)
{
    const uint8_t *s = v->s;
    /* Norway's 4.2.5 with dots ("kontonr. 1503.41.28739") */
    if (n == 4 && p + 13 <= v->len && s[p + 4] == '.' && count_digits(v, p + 5, 3) == 2 &&
        s[p + 7] == '.' && count_digits(v, p + 8, 6) == 5 && !continues_left(v, p, '.') &&
        !glued_left(v, p) && !glued_right(v, p + 13))
        return p + 13;
    if (n < 2 || n > 6 || p + n + 1 >= v->len || (s[p + n] != ' ' && s[p + n] != '-'))
        return 0;
    uint8_t sep = s[p + n];
    if (continues_left(v, p, sep) || iso_date_at(v, p))
        return 0; /* a group of a longer number; a date, or a time after it */
    size_t g[GROUPS_MAX], k = 0, digits = 0, e = p;
    for (;;) {
        size_t m = count_digits(v, e, 7);
        /* (a check digit of its own, last, after '-' and a long group:
         * Singapore's "072-345678-9") */
        bool check = m == 1 && k >= 2 && s[e - 1] == '-' && g[k - 1] >= 3 &&
                     !continues_right(v, e + 1, '-');
        if ((m < 2 && !check) || m > 6 || k == GROUPS_MAX || digits + m > 17)
            return 0;
        g[k++] = m;
        digits += m;
        e += m;
        if (!continues_right(v, e, sep))
            break;
        e++;
    }
    if (k < 3 || digits < 8 || (glued_right(v, e) && !micr_on_us_letter_at(v, p, e)))
        return 0; /* (two: "500 38349" in a log) */
    bool thousands = sep == ' ' && g[0] <= 3;
    size_t pairs = g[0] == 2;
    for (size_t i = 1; i < k; i++) {
        thousands &= g[i] == 3;
        pairs += g[i] == 2;
    }
    /* (a phone's pairs: most of its groups, or the last two; not an
     * account's two digits at both ends, "55-2290-4418-01") */
    bool phone_pairs = pairs + 1 >= k || (g[k - 1] == 2 && g[k - 2] == 2);
    if (sep == ' ' && s[p] == '0' && s[p + 1] != '0' && (digits == 10 || digits == 11)) {
        char d[11];
        size_t nd = 0;
        for (size_t i = p; i < e; i++)
            if (is_digit(s[i]))
                d[nd++] = (char)s[i];
        if (uk_national(d, nd, g, k))
            return 0;
    }
    if (thousands || phone_pairs || (k == 3 && ((g[0] == 3 && g[1] == 2 && g[2] == 4) ||
                                 (g[0] == 3 && g[1] == 3 && g[2] == 4) ||
                                 (g[0] == 4 && g[1] == 2 && g[2] == 2) ||
                                 (g[0] == 2 && g[1] == 2 && g[2] == 4))))
        return 0;
    return e;
}

/* The word that ends right before s[e] (letters only, up to max of
 * them), as [*b, e); false when there is none or it is longer. */
static bool word_ending_at(const uint8_t *s, size_t e, size_t max, size_t *b)
{
    size_t k = e;
    while (k > 0 && e - k <= max && is_alpha(s[k - 1]))
        k--;
    if (k == e || e - k > max || (k > 0 && is_alnum(s[k - 1])))
        return false;
    *b = k;
    return true;
}

static bool word_is(const uint8_t *w, size_t n, const char *lit)
{
    size_t k = 0;
    while (k < n && lit[k] && (w[k] | 0x20) == (uint8_t)lit[k])
        k++;
    return k == n && !lit[k];
}

/* Whether the n letters at w end in "ed": a participle ("created"). */
static bool participle(const uint8_t *w, size_t n)
{
    return n > 3 && (w[n - 2] | 0x20) == 'e' && (w[n - 1] | 0x20) == 'd';
}

/* Whether the n digits at p are a Unix time, seconds (ten digits) or
 * milliseconds (thirteen) of 2001 to 2033, which begin with '1', after
 * words that make them one: "since", "until", "timestamp", "epoch", "ts",
 * "created", "updated", "modified", or "at" or "on" after a participle or
 * "expires" ("created at 1709294403", "updated_at"; "acct at 1234567890"
 * stays an account); then ' ', ':', '=' or a quote before the digits
 * ("\"created_at\": 1709294403", "ts=1709294403"). */
static bool unix_time_at(const scan_view *v, size_t p, size_t n)
{
    const uint8_t *s = v->s;
    if ((n != 10 && n != 13) || s[p] != '1')
        return false;
    size_t e = p; /* the word's end: what joins it to the digits skipped */
    while (e > 0 && p - e < 3 &&
           (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '=' || s[e - 1] == '"' ||
            s[e - 1] == '\''))
        e--;
    size_t b, b2;
    if (e == p || !word_ending_at(s, e, 9, &b))
        return false;
    const uint8_t *w = s + b;
    size_t wn = e - b;
    static const char *const times[] = {"since",   "until",   "timestamp", "epoch",
                                        "ts",      "created", "updated",   "modified"};
    for (size_t i = 0; i < sizeof times / sizeof *times; i++)
        if (word_is(w, wn, times[i]))
            return true;
    if (!(word_is(w, wn, "at") || word_is(w, wn, "on")) || b < 2 ||
        (s[b - 1] != ' ' && s[b - 1] != '_') || !word_ending_at(s, b - 1, 12, &b2))
        return false;
    size_t vn = b - 1 - b2;
    return participle(s + b2, vn) || word_is(s + b2, vn, "expires");
}

/* Whether the digits at p end a number of three or more groups joined by
 * spaces, as a utility's account is written ("8498 31 022 0418827"):
 * the last group alone is no account. */
static bool last_of_groups(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    size_t k = p, groups = 0;
    while (groups < 2 && k >= 3 && s[k - 1] == ' ' && is_digit(s[k - 2])) {
        k -= 1;
        size_t g = 0;
        while (k > 0 && is_digit(s[k - 1]) && g < 7) {
            k--;
            g++;
        }
        if (g > 6 || (k > 0 && is_alnum(s[k - 1])))
            return false;
        groups++;
    }
    return groups == 2;
}

/* Whether a bank's code of four digits follows an account's number at e,
 * as Czechia and Slovakia write an account ("4652876380/0100",
 * "19-909915210/0800"): '/', four digits, and no more of the token. */
static bool bank_code_after(const scan_view *v, size_t e)
{
    return e + 5 <= v->len && v->s[e] == '/' && count_digits(v, e + 1, 5) == 4 &&
           !glued_right(v, e + 5);
}

/* Whether the digits at p go on an IBAN's shape written in groups: a
 * country's two letters and two digits, then groups of four letters or
 * digits a space apart ("GB28 NWBK 6016 1331 9268 19", one that fails its
 * check): the rest of it is no account of its own. */
static bool in_iban_groups(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    size_t k = p;
    for (int groups = 0; groups < 8 && k >= 5 && s[k - 1] == ' '; groups++) {
        size_t e = k - 1, b = e;
        while (b > 0 && e - b < 5 && is_alnum(s[b - 1]))
            b--;
        if (e - b != 4 || (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\t' && s[b - 1] != ':'))
            return false;
        if (is_upper(s[b]) && is_upper(s[b + 1]) && is_digit(s[b + 2]) && is_digit(s[b + 3]))
            return true;
        k = b;
    }
    return false;
}

/* A national account number with check digits at p, in one run or in
 * its groups joined by ' ' or '-': Mexico's CLABE ("002180012345678906",
 * "012 180 00118359719 8") and Spain's CCC ("2100 0418 45 0200051332");
 * whether one was proposed (as an account's, near a hotword). */
static bool national_account_at(const scan_view *v, size_t p)
{
    static const struct {
        uint8_t n, g[4];
        const char *kind;
    } shapes[] = {{1, {18}, "CLABE"},        {4, {3, 3, 11, 1}, "CLABE"},
                  {1, {20}, "CCC"},          {4, {4, 4, 2, 10}, "CCC"}};
    const uint8_t *s = v->s;
    char d[20];
    size_t g[4], k = 0, nd = 0, e = p;
    uint8_t sep = 0;
    for (;;) {
        size_t m = count_digits(v, e, 21);
        if (m == 0 || k == 4 || nd + m > 20)
            return false;
        memcpy(d + nd, s + e, m);
        nd += m;
        g[k++] = m;
        e += m;
        if (e + 1 < v->len && (s[e] == ' ' || s[e] == '-') && is_digit(s[e + 1]) &&
            (!sep || s[e] == sep) && nd < 20) {
            sep = s[e];
            e++;
            continue;
        }
        break;
    }
    if (glued_right(v, e) || continues_left(v, p, sep ? sep : '-'))
        return false;
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        if (shapes[i].n != k)
            continue;
        bool same = true;
        for (size_t j = 0; j < k; j++)
            same &= g[j] == shapes[i].g[j];
        if (!same)
            continue;
        bool ok = nd == 18 ? pii_clabe_ok(d) : pii_ccc_ok(d);
        if (ok)
            propose(v, PII_US_BANK_NUMBER, p, e, 0.05f, 0.8f, PII_FLAG_VALIDATED, shapes[i].kind);
        return ok;
    }
    return false;
}

/* Whether the n digits at p may begin national_account_at()'s shapes:
 * one run of 18 or 20, or the separators of 3-3-11-1 or 4-4-2-10 where
 * they go (most groups of digits are none). */
static inline bool national_account_shape(const scan_view *v, size_t p, size_t n)
{
    const uint8_t *s = v->s;
    if (n == 18 || n == 20)
        return true;
    if (n == 3)
        return p + 21 <= v->len && (s[p + 3] == ' ' || s[p + 3] == '-') && s[p + 7] == s[p + 3] &&
               s[p + 19] == s[p + 3];
    if (n == 4)
        return p + 23 <= v->len && (s[p + 4] == ' ' || s[p + 4] == '-') && s[p + 9] == s[p + 4] &&
               s[p + 12] == s[p + 4];
    return false;
}

void detect_bank_account(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_US_BANK_NUMBER)))
        return;
    size_t n = count_digits(v, p, 21);
    if (national_account_shape(v, p, n) && !glued_left(v, p) && national_account_at(v, p))
        return;
    if (n > 18)
        return;
    /* a prefix of two to six digits and '-' before a Czech or Slovak
     * account's number and its bank's code ("19-909915210/0800") */
    if (n >= 2 && n <= 6 && p + n + 1 < v->len && v->s[p + n] == '-' && !glued_left(v, p) &&
        !continues_left(v, p, '-')) {
        size_t m = count_digits(v, p + n + 1, 11);
        if (m >= 2 && m <= 10 && bank_code_after(v, p + n + 1 + m)) {
            propose(v, PII_US_BANK_NUMBER, p, p + n + 1 + m, 0.05f, 0.8f, 0, NULL);
            return;
        }
    }
    if (n >= 2 && n <= 6) {
        /* (right after a transit field written with letters, its on-us
         * letter after it: account_groups()) */
        size_t e = (glued_left(v, p) && !micr_letters_before(v, p)) || in_iban_groups(v, p)
                       ? 0
                       : account_groups(v, p, n);
        bool micr = e && micr_after(v, e, MICR_ON_US) && after_transit(v, p);
        if (e)
            propose(v, PII_US_BANK_NUMBER, p, e, micr ? 0.85f : 0.05f, 0.75f, 0, NULL);
        return;
    }
    if (n < 7 || n > 17)
        return;
    bool letters = micr_on_us_letter_at(v, p, p + n);
    if (!letters && (glued_left(v, p) || (glued_right(v, p + n) && !bank_code_after(v, p + n)) ||
                     continues_left(v, p, '-') ||
                     continues_right(v, p + n, '-') || last_of_groups(v, p)))
        return;
    bool micr = micr_after(v, p + n, MICR_ON_US) && after_transit(v, p);
    /* (a business cheque's serial number) */
    if (!micr && aux_on_us(v, p, p + n))
        return;
    if (!micr && (compact_date(v->s + p, n) || unix_time_at(v, p, n)))
        return;
    /* (after '+': an international phone number's digits, "+13129467714") */
    if (p > 0 && v->s[p - 1] == '+')
        return;
    propose(v, PII_US_BANK_NUMBER, p, p + n, micr ? 0.85f : 0.05f, 0.8f, 0, NULL);
}
