/*
 * scan.c - the detection pipeline over one buffer.
 *
 * 1. Candidates: one pass over the bytes, 64 at a time.  The byte classes
 *    of a block (bytemask.c) and bit arithmetic on them and on the next
 *    block's say where a candidate may start (block_starts()): word starts
 *    of a shape some recognizer accepts, '@', '+' or '(' before a phone
 *    number, "::" (and, by memchr over the range, the '%' of a
 *    URL-encoded '@': encoded_ats()).  Only those positions run the
 *    recognizers for the word's shape (start_at()); most words of text are
 *    never looked at one by one.  Blocks where no hotword can be near (hotmap.c) do not look for
 *    the shapes of entities that need one.  find_candidates_ref() visits
 *    every word start instead: the reference the tests hold this to.  Each
 *    byte is looked at a bounded number of times: linear in the input.
 * 2. Context: each candidate's score from hotwords around it (context.c).
 * 3. Resolution: overlapping candidates form clusters; within a cluster the
 *    higher score wins, then the longer span, then the lower entity number.
 *    Clusters are capped in size so a hostile input cannot make this step
 *    quadratic; the cap applies the same way in one-shot and streaming use.
 */
#include <stdlib.h>
#include <string.h>

#include "bytemask.h"
#include "detectors/detectors.h"
#include "internal.h"

enum { C_OTHER = 0, C_DIGIT, C_ALPHA, C_PLUS, C_LPAREN, C_COLON, C_AT };

/* Byte classes; bytes >= 0x80 are C_OTHER: non-ASCII letters never start a
 * built-in candidate, and the boundary checks decode them where needed. */
static const uint8_t byte_class[256] = {
    ['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT, ['4'] = C_DIGIT,
    ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT, ['8'] = C_DIGIT, ['9'] = C_DIGIT,
    ['A'] = C_ALPHA, ['B'] = C_ALPHA, ['C'] = C_ALPHA, ['D'] = C_ALPHA, ['E'] = C_ALPHA,
    ['F'] = C_ALPHA, ['G'] = C_ALPHA, ['H'] = C_ALPHA, ['I'] = C_ALPHA, ['J'] = C_ALPHA,
    ['K'] = C_ALPHA, ['L'] = C_ALPHA, ['M'] = C_ALPHA, ['N'] = C_ALPHA, ['O'] = C_ALPHA,
    ['P'] = C_ALPHA, ['Q'] = C_ALPHA, ['R'] = C_ALPHA, ['S'] = C_ALPHA, ['T'] = C_ALPHA,
    ['U'] = C_ALPHA, ['V'] = C_ALPHA, ['W'] = C_ALPHA, ['X'] = C_ALPHA, ['Y'] = C_ALPHA,
    ['Z'] = C_ALPHA, ['a'] = C_ALPHA, ['b'] = C_ALPHA, ['c'] = C_ALPHA, ['d'] = C_ALPHA,
    ['e'] = C_ALPHA, ['f'] = C_ALPHA, ['g'] = C_ALPHA, ['h'] = C_ALPHA, ['i'] = C_ALPHA,
    ['j'] = C_ALPHA, ['k'] = C_ALPHA, ['l'] = C_ALPHA, ['m'] = C_ALPHA, ['n'] = C_ALPHA,
    ['o'] = C_ALPHA, ['p'] = C_ALPHA, ['q'] = C_ALPHA, ['r'] = C_ALPHA, ['s'] = C_ALPHA,
    ['t'] = C_ALPHA, ['u'] = C_ALPHA, ['v'] = C_ALPHA, ['w'] = C_ALPHA, ['x'] = C_ALPHA,
    ['y'] = C_ALPHA, ['z'] = C_ALPHA, ['+'] = C_PLUS,  ['('] = C_LPAREN, [':'] = C_COLON,
    ['@'] = C_AT,
};

static inline bool sep_at(const scan_view *v, size_t i, const char *seps)
{
    if (i >= v->len)
        return false;
    for (const char *p = seps; *p; p++)
        if (v->s[i] == (uint8_t)*p)
            return true;
    return false;
}

/* The leading runs of the word at p that word_start() dispatches on: digits
 * (d), capitals and digits (u, and whether it has a digit), hex digits (h),
 * each counted up to RUN_MAX. */
#define RUN_MAX 48
typedef struct word_runs {
    size_t d, u, h;
    bool u_digit;
} word_runs;

static word_runs runs_of(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    size_t lim = v->len - p > RUN_MAX ? p + RUN_MAX : v->len;
    word_runs r = {0, 0, 0, false};
    while (p + r.d < lim && is_digit(s[p + r.d]))
        r.d++;
    r.u = r.h = r.d;
    r.u_digit = r.d > 0;
    while (p + r.u < lim && is_upper(s[p + r.u])) {
        r.u++;
        while (p + r.u < lim && is_digit(s[p + r.u])) {
            r.u_digit = true;
            r.u++;
        }
    }
    while (p + r.h < lim && is_hex(s[p + r.h]))
        r.h++;
    return r;
}

/* Whether a number that begins with d digits at p may begin a phone
 * number without '+' (phone.c): ten digits, area code first (NANP codes
 * begin with 2-9); 3-3-4 groups joined by one kind of separator, or with
 * the exchange in parentheses; or '1' before such groups or ten digits;
 * or a national number's first group, '0' first, and a separator ('/'
 * and " / " or " - " too: "0176/4418 2297"; "00" and a country code
 * before "-(0)" too) or all of it (ten or eleven
 * digits), or two or three digits and a separator
 * (nine digits in groups, Mexico's 2-4-4, Brazil's 2-5-4); or Italy's
 * mobile numbers in 3-7 ("347 1234567"), India's in 5-5 ("98201
 * 47736") and China's in 3-4-4 ("138 0013 8000"); eight digits in 4-4
 * ("9123 4567": Hong Kong, Singapore ...); or the
 * area code set apart by '/' ("303/555-0192").
 * Versions and decimals ("104.0.4652.134", "5.6s") are most of what is
 * turned away.  (A trunk '0' alone, a space and two digits: Germany's
 * area codes in pairs, "0 22 03 / 5 67 89".) */
static inline bool phone_may_start(const scan_view *v, size_t p, size_t d)
{
    const uint8_t *s = v->s;
    if (d == 1) /* (or a trunk '0' before an area code written in pairs: "0 30 / 88 77 66") */
        return (s[p] == '1' && sep_at(v, p + 1, " -.")) ||
               (s[p] == '0' && p + 3 < v->len && s[p + 1] == ' ' && is_digit(s[p + 2]) &&
                is_digit(s[p + 3]));
    if (d >= 11 && d <= 13 && s[p] >= '2') /* E.164 without its '+', not after a word */
        return !after_other_word(v, p);
    if (d == 11)
        return s[p] == '1' || (s[p] == '0' && s[p + 1] != '0');
    if (s[p] == '0') /* a national number's first group (phone.c; '.' in France's pairs), or all
                        of it, or "00" and an international number in one run */
        return (d >= 2 && d <= 5 && sep_at(v, p + d, d == 2 ? " -./" : " -/") &&
                p + d + 1 < v->len &&
                (is_digit(s[p + d + 1]) || s[p + d + 1] == '/' || s[p + d + 1] == '-' ||
                 (s[p + d + 1] == '(' && s[p + 1] == '0'))) ||
               ((d == 10 || d == 11) && s[p + 1] != '0') ||
               (d >= 12 && d <= 17 && s[p + 1] == '0' && s[p + 2] != '0');
    if (s[p] == '3' && d == 3 && sep_at(v, p + 3, " ") && count_digits(v, p + 4, 8) == 7)
        return true; /* Italy's mobile numbers: "347 1234567" */
    if (s[p] >= '6' && d == 5 && sep_at(v, p + 5, " ") && count_digits(v, p + 6, 6) == 5)
        return true; /* India's: "98201 47736" */
    if (s[p] == '1' && d == 3 && sep_at(v, p + 3, " -") && count_digits(v, p + 4, 5) == 4)
        return true; /* China's: "138 0013 8000" */
    if (s[p] == '1' && d == 4 && (s[p + 1] == '8' || s[p + 1] == '3') && s[p + 3] == '0' &&
        sep_at(v, p + 4, " -"))
        return true; /* toll-free: India's "1800 208 9898", Australia's "1300 655 506" */
    /* eight digits in 4-4: "9123 4567" (not the groups of a tracking number) */
    if (s[p] >= '2' && d == 4 && sep_at(v, p + 4, " -") && count_digits(v, p + 5, 5) == 4)
        return !(p + 10 < v->len && s[p + 9] == s[p + 4] && is_digit(s[p + 10]));
    if (s[p] >= '2' && d == 3 && sep_at(v, p + 3, "/")) /* "303/555-0192" */
        return p + 8 <= v->len && is_digit(s[p + 4]) && is_digit(s[p + 5]) && is_digit(s[p + 6]) &&
               (s[p + 7] == '-' || s[p + 7] == ' ');
    /* nine digits in groups of two and three (phone.c): "612 55 01 23" */
    bool nine = (d == 2 || d == 3) && sep_at(v, p + d, " -") && p + d + 2 < v->len &&
                is_digit(s[p + d + 1]) && is_digit(s[p + d + 2]);
    if (nine)
        return true;
    if (s[p] < '2' || !(d == 10 || (d == 3 && sep_at(v, p + 3, " -."))))
        return false;
    if (d == 10)
        return true;
    if (p + 8 > v->len)
        return false;
    return s[p + 4] == '(' ||
           (is_digit(s[p + 4]) && is_digit(s[p + 5]) && is_digit(s[p + 6]) &&
            (s[p + 7] == s[p + 3] || s[p + 7] == '-')); /* (and "623.555-0114") */
}

/* Run the recognizers that the word's first characters allow.  Each test
 * here is implied by the recognizer's own shape check, so this only skips
 * calls that could not propose anything (log text has a number every ten
 * bytes or so, and most are timestamps and counters). */
static void word_start(const scan_view *v, size_t p, word_runs r)
{
    const uint8_t *s = v->s;
    uint8_t c = s[p];
    size_t d = r.d, u = r.u, h = r.h;
    bool u_digit = r.u_digit;
    /* an IBAN glued to MT940's "?31" (its code a word of its own after '?',
     * glued or not) */
    if (d == 2 && p > 0 && s[p - 1] == '?' && mt940_account_subfield_before(v, p + 2) &&
        p + 3 < v->len && is_upper(s[p + 2]) && is_upper(s[p + 3]))
        detect_iban(v, p + 2);
    /* Every recognizer but the IPv4 and MRZ ones refuses a word glued on
     * the left ("05" and "13" in 2021-05-06T11:13:37, the parts of UUIDs
     * and versions): most words of a log stop here. */
    if (glued_left(v, p)) {
        if (d >= 1 && d <= 3 && sep_at(v, p + d, "."))
            detect_ipv4(v, p);
        if (c == 'P')
            detect_mrz(v, p);
        /* "[IPv6:2001:db8::1]", "ip6:2001:db8::/32" */
        if (s[p - 1] == ':' && h >= 1 && h <= 4 && sep_at(v, p + h, ":") && ipv6_version_label(s, p))
            detect_ipv6(v, p);
        /* an IBAN after a SWIFT field's tag (":25:DE89...") */
        if (s[p - 1] == ':' && is_alpha(c) && swift_field_before(v, p))
            detect_iban(v, p);
        if (s[p - 1] == '/') { /* a path's segment: "/users/536-22-1234/" */
            if (d == 3 && sep_at(v, p + 3, "-"))
                detect_ssn_itin(v, p);
            if (d >= 12 && d <= 19)
                detect_card(v, p);
            if ((((d >= 2 && d <= 5) || d == 10 || d == 11) && phone_slash_twin_before(v, p)) ||
                ((d == 10 || d == 11) && ssr_field_before(v, p)))
                detect_phone(v, p); /* "Tel/Fax: 312-946-7780/312-946-7781", "HK1/13128840915" */
            /* a passport's number in a record (near a hotword): digits, or
             * a capital or two first ("P/IND/Z4418273/IND/...") */
            if ((d >= 6 && d <= 9) || (is_upper(c) && u >= 6 && u <= 9 && u_digit))
                detect_passport(v, p);
            if (is_alpha(c) && p + 3 < v->len && is_alpha(s[p + 1]) && is_digit(s[p + 2]) &&
                is_digit(s[p + 3]))
                detect_iban(v, p);
        }
        return;
    }
    /* a date (card, routing and license shapes refuse it): the start of
     * most log lines */
    if (d == 4 && iso_date_at(v, p))
        return;
    bool lower_after_u = p + u < v->len && is_lower(s[p + u]);
    if (is_digit(c)) {
        if (d == 9 || (d == 3 && sep_at(v, p + 3, "- .")))
            detect_ssn_itin(v, p);
        if ((d >= 12 && d <= 19) || (d == 4 && sep_at(v, p + 4, " -.")))
            detect_card(v, p);
        if (d == 9 || (d == 4 && sep_at(v, p + 4, "-")))
            detect_aba(v, p);
        if ((d >= 7 && d <= 18) || d == 20 ||
            (d >= 2 && d <= 6 && sep_at(v, p + d, d == 4 ? " -." : " -")))
            detect_bank_account(v, p);
        if (phone_may_start(v, p, d))
            detect_phone(v, p);
        if (d >= 1 && d <= 3 && sep_at(v, p + d, "."))
            detect_ipv4(v, p);
        if (d == 1 && comb_may_start(v, p))
            detect_comb(v, p);
    } else if (is_alpha(c) && p + 4 < v->len && is_alpha(s[p + 1]) &&
               ((is_digit(s[p + 2]) && is_digit(s[p + 3])) ||
                (s[p + 2] == ' ' && is_digit(s[p + 3]) && is_digit(s[p + 4])))) {
        detect_iban(v, p);
    }
    if (u >= 6 && u <= 9 && !lower_after_u)
        detect_passport(v, p);
    /* a license number has a digit (all-letter words are not candidates) */
    /* a license continues after a separator only with a digit (or, after
     * '-', a capital), as driver_license.c reads it */
    bool dl_more = p + u + 1 < v->len &&
                   ((s[p + u] == ' ' && is_digit(s[p + u + 1])) ||
                    (s[p + u] == '-' && (is_digit(s[p + u + 1]) || is_upper(s[p + u + 1]))));
    if (u >= 1 && !lower_after_u &&
        ((u >= 4 && (u_digit || (u == 12 && c == 'W')) && !(d == u && d < 6)) || dl_more))
        detect_driver_license(v, p);
    if (c == 'P')
        detect_mrz(v, p);
    /* a magnetic stripe's track 1: "%B" and a card's number (card.c) */
    if (c == 'B' && p > 0 && s[p - 1] == '%' && u >= 13 && u <= 20)
        detect_card(v, p + 1);
    /* a cheque's MICR line with letters for its symbols ("T021000021T",
     * "A021000021A": bank.c), an account maybe right after it */
    if (u >= 11 && (c == 'T' || c == 'A') && s[p + 10] == c) {
        detect_aba(v, p + 1);
        if (p + 11 < v->len && is_digit(s[p + 11]))
            detect_bank_account(v, p + 11);
    }
    if (h >= 1 && h <= 4 && sep_at(v, p + h, ":"))
        detect_ipv6(v, p);
    if (h >= 2 && (sep_at(v, p + 2, ":-") || sep_at(v, p + 4, ".") || h == 12))
        detect_mac(v, p);
}

/* Whether a word starting with a lower-case letter at p is certainly no
 * candidate: only hex tokens (IPv6, MAC: a ':', '-' or '.' after at most
 * four hex digits, or twelve hex digits alone) and lower-case IBANs (two
 * letters, two digits) start with one. */
static inline bool lower_word_plain(const scan_view *v, size_t p, size_t hex_run)
{
    const uint8_t *s = v->s;
    if (!is_lower(s[p]))
        return false;
    if (p + 3 < v->len && is_alpha(s[p + 1]) && is_digit(s[p + 2]))
        return false;
    if (hex_run == 12)
        return false; /* a MAC address without separators, maybe */
    size_t h = hex_run < 5 ? hex_run : 5;
    if (h == 0 || p + h >= v->len)
        return true;
    uint8_t c = s[p + h];
    return !(c == ':' || c == '-' || c == '.');
}

/* The reference scan's start mask per 64-byte block: every word start,
 * made 16 bytes at a time where SSE2 is there (the fast scan below takes
 * its starts from the byte class masks instead). */
#if defined(__SSE2__)
#include <emmintrin.h>

static inline unsigned in_range16(__m128i c, __m128i lo, __m128i hi)
{
    return (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(c, lo), _mm_cmplt_epi8(c, hi)));
}

static inline unsigned byte16(__m128i c, char b)
{
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(c, _mm_set1_epi8(b)));
}
#endif

/* The first letters or digits of runs of them (the byte before s[base]
 * decides for bit 0): the scan looks at each word once, at its start. */
static inline uint64_t word_starts(uint64_t alnum, const uint8_t *s, size_t base)
{
    uint64_t before = alnum << 1 | (uint64_t)(base > 0 && is_alnum(s[base - 1]));
    return alnum & ~before;
}

/* Bit i: s[base + i] may start a candidate (at least: the first letter or
 * digit of a word, '@', '+' or '(' before a digit, and "::"). */
static uint64_t start_mask(const uint8_t *s, size_t base, size_t len)
{
    uint64_t alnum = 0;
#if defined(__SSE2__)
    if (base + 64 <= len) {
        /* bytes >= 0x80 are negative here, never in a range */
        const __m128i d_lo = _mm_set1_epi8('0' - 1), d_hi = _mm_set1_epi8('9' + 1);
        const __m128i a_lo = _mm_set1_epi8('a' - 1), a_hi = _mm_set1_epi8('z' + 1);
        const __m128i lower = _mm_set1_epi8(0x20);
        uint64_t digit = 0, plus_paren = 0, colon = 0, at = 0;
        for (int k = 0; k < 4; k++) {
            __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(s + base + 16 * k));
            unsigned dg = in_range16(c, d_lo, d_hi);
            digit |= (uint64_t)dg << (16 * k);
            alnum |= (uint64_t)(dg | in_range16(_mm_or_si128(c, lower), a_lo, a_hi)) << (16 * k);
            plus_paren |= (uint64_t)(byte16(c, '+') | byte16(c, '(')) << (16 * k);
            colon |= (uint64_t)byte16(c, ':') << (16 * k);
            at |= (uint64_t)byte16(c, '@') << (16 * k);
        }
        /* '+' and '(' matter before a digit, ':' only in "::" (times are
         * full of colons); the last byte's successor is in the next block,
         * so it stays in for the scan to look at */
        const uint64_t last = UINT64_C(1) << 63;
        return word_starts(alnum, s, base) | at | (plus_paren & ((digit >> 1) | last)) |
               (colon & ((colon >> 1) | last));
    }
#endif
    size_t n = len - base < 64 ? len - base : 64;
    uint64_t other = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = byte_class[s[base + i]];
        alnum |= (uint64_t)(c == C_DIGIT || c == C_ALPHA) << i;
        other |= (uint64_t)(c > C_ALPHA) << i;
    }
    return word_starts(alnum, s, base) | other;
}

/* The recognizers for the word at p (a letter or digit), its runs known. */
static inline void start_word(const scan_view *v, size_t p, word_runs r)
{
    const uint8_t *s = v->s;
    if (lower_word_plain(v, p, r.h))
        return; /* most words in text: nothing can start here */
    if (!uni_word_before(s, p) || (s[p - 1] == '_' && emphasis_close_after(v, p) != SIZE_MAX))
        word_start(v, p, r);
}

/* The recognizers for a byte whose block bit says it may start something. */
static inline void start_at(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    switch (byte_class[s[p]]) {
    case C_DIGIT:
    case C_ALPHA:
        start_word(v, p, runs_of(v, p));
        break;
    case C_PLUS:
    case C_LPAREN:
        if (p + 1 < v->len && is_digit(s[p + 1]))
            detect_phone(v, p);
        break;
    case C_COLON:
        if (p + 1 < v->len && s[p + 1] == ':' && !uni_word_before(s, p))
            detect_ipv6(v, p);
        break;
    case C_AT:
        detect_email(v, p);
        break;
    default:
        break;
    }
}

/* ---- the reference scan: every word start, one block at a time ---- */

/* Call visit_at() at every start position in [from, to) of the start masks
 * above; returns how many. */
static size_t each_start(const scan_view *v, size_t from, size_t to,
                         void (*visit_at)(const scan_view *, size_t))
{
    size_t visits = 0;
    for (size_t base = from & ~(size_t)63; base < to; base += 64) {
        uint64_t m = start_mask(v->s, base, v->len);
        if (base < from)
            m &= ~UINT64_C(0) << (from - base);
        if (to - base < 64)
            m &= (UINT64_C(1) << (to - base)) - 1;
        visits += (size_t)__builtin_popcountll(m);
        while (m) {
            visit_at(v, base + (size_t)__builtin_ctzll(m));
            m &= m - 1;
        }
    }
    return visits;
}

/* The recognizers of numbers that begin with a digit: at every word's
 * start in start_all(), and where the scan shows no word's start (after a
 * URL-encoded delimiter: encoded_ats()). */
static void start_digits(const scan_view *v, size_t p)
{
    detect_ssn_itin(v, p);
    detect_card(v, p);
    detect_aba(v, p);
    detect_bank_account(v, p);
    detect_phone(v, p);
    detect_ipv4(v, p);
    detect_comb(v, p);
}

/* An '@' or '+' written URL-encoded, "%40" or "%2B"
 * ("?email=alice%40example.com&phone=%2B14155550132" in an access log), and
 * a number after an encoded delimiter, in
 * [from, to): '%' has no byte class of its own, so each scan looks for it
 * with memchr, once over its range (the stream engine sorts candidates by
 * start). */
static void encoded_ats(const scan_view *v, size_t from, size_t to)
{
    bool email = v->enabled & ENTITY_MASK(PII_EMAIL_ADDRESS);
    bool phone = v->enabled & ENTITY_MASK(PII_PHONE_NUMBER);
    if (from >= to)
        return;
    const uint8_t *s = v->s, *q = memchr(s + from, '%', to - from);
    for (; q; q = q + 1 < s + to ? memchr(q + 1, '%', (size_t)(s + to - q - 1)) : NULL) {
        size_t p = (size_t)(q - s);
        if (email)
            detect_email_encoded(v, p);
        if (phone)
            detect_phone_encoded(v, p);
        /* a number after an encoded delimiter, whose escape's digits the
         * scan took for the number's ("%22ssn%22%3A%22574-41-9108%22"):
         * nine digits or more, or three and a separator (not a URL's
         * "id%3D123456") */
        if (p + 4 < v->len && is_digit(s[p + 3]) && url_delimiter_at(s, v->len, p)) {
            size_t d = p + 3;
            while (d < v->len && d - p < 12 && is_digit(s[d]))
                d++;
            if (d - p - 3 >= 9 || (d - p - 3 == 3 && d < v->len && (s[d] == '-' || s[d] == ' ')))
                start_digits(v, p + 3);
        }
    }
}

/* Propose candidates for every start position in [from, to): the long way
 * round, which tests compare the fast scan below with on the same input. */
size_t find_candidates_ref(const scan_view *v, size_t from, size_t to)
{
    size_t visits = each_start(v, from, to, start_at);
    encoded_ats(v, from, to);
    return visits;
}

/* The reference for the reference: at the same start positions, every
 * recognizer that may run at that kind of byte, without word_start()'s
 * tests of the word's shape (tests hold word_start() to this: each of its
 * tests must be implied by the recognizer it guards). */
static void start_all(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    switch (byte_class[s[p]]) {
    case C_DIGIT:
    case C_ALPHA:
        if (uni_word_before(s, p) && !(s[p - 1] == '_' && emphasis_close_after(v, p) != SIZE_MAX))
            return; /* inside a word, as start_word() has it */
        start_digits(v, p);
        detect_iban(v, p);
        detect_passport(v, p);
        detect_driver_license(v, p);
        detect_mrz(v, p);
        detect_ipv6(v, p);
        detect_mac(v, p);
        /* the digits after a letter that stands for a symbol, in a word
         * of its own: a MICR line's transit letter (and the account right
         * after the field's closing one), a magnetic stripe's format code
         * (the letters as word_start() reads them) */
        if (is_alpha(s[p]) && p + 1 < v->len && is_digit(s[p + 1]) && !glued_left(v, p)) {
            if ((s[p] == 'T' || s[p] == 'A') && p + 10 < v->len && s[p + 10] == s[p]) {
                detect_aba(v, p + 1);
                if (p + 11 < v->len && is_digit(s[p + 11]))
                    detect_bank_account(v, p + 11);
            }
            if (s[p] == 'B')
                detect_card(v, p + 1);
        }
        /* the code of MT940's subfield before the IBAN glued to it */
        if (p > 0 && p + 3 < v->len && s[p - 1] == '?' && mt940_account_subfield_before(v, p + 2) &&
            is_upper(s[p + 2]) && is_upper(s[p + 3]))
            detect_iban(v, p + 2);
        break;
    default:
        start_at(v, p); /* '+', '(', ':', '@': no shape test to hold to account */
        break;
    }
}

size_t find_candidates_all(const scan_view *v, size_t from, size_t to)
{
    size_t visits = each_start(v, from, to, start_all);
    encoded_ats(v, from, to);
    return visits;
}

/* ---- the fast scan: most word starts decided by bit arithmetic ---- */

/* The byte classes of a block and what the scan derives from them. */
typedef struct block {
    byte_masks m;
    /* from the block alone */
    uint64_t alnum, upper, hex, ud, num, colon_dash;
    /* with the next block's first byte: a separator before a digit (3:
     * ' ' '-' '.', the digit or a '(' ; 2: ' ' '-', a digit) */
    uint64_t sep_digit3, sep_digit2;
} block;

/* The bytes a table's header may begin with (table_line_may_begin(); a
 * byte >= 0x80: a name in another script; '$' is in the slash class),
 * and a unified diff's '+' and '-' before one (diff_mark()). */
static inline uint64_t line_head(const byte_masks *m)
{
    return m->alpha | m->head | m->space | m->high | m->slash | m->phone | m->dash;
}

static void block_load(const scan_view *v, size_t at, block *b)
{
    if (at + 64 <= v->len)
        v->masks(v->s + at, &b->m);
    else if (at < v->len)
        bytemask_partial(v->masks, v->s + at, v->len - at, &b->m);
    else
        memset(&b->m, 0, sizeof b->m);
    const byte_masks *m = &b->m;
    b->alnum = m->digit | m->alpha;
    b->upper = m->alpha & ~m->lower;
    b->hex = m->digit | m->hexa;
    b->ud = m->digit | b->upper;
    /* what phone numbers, cards, SSNs, accounts and IPv4 addresses are
     * written with (and '/', an area code's after a country code:
     * "+49 89/1234-5678") */
    b->num = m->digit | m->space | m->dash | m->dot | m->phone | m->slash;
    b->colon_dash = m->colon | m->dash;
}

/* The masks of b that look one byte into the next block, nx. */
static void block_link(block *b, const block *nx)
{
    uint64_t digit1 = b->m.digit >> 1 | nx->m.digit << 63;
    uint64_t phone1 = b->m.phone >> 1 | nx->m.phone << 63;
    b->sep_digit3 = (b->m.space | b->m.dash | b->m.dot) & (digit1 | phone1);
    b->sep_digit2 = (b->m.space | b->m.dash) & digit1;
}

/* Bit i: the property at byte i + k of the block (k in 1..63), reading
 * into the next block. */
#define AT(field, k) ((c->field >> (k)) | (n->field << (64 - (k))))
/* Bit i: the property at byte i - 1 (i - 2), reading the previous block. */
#define BEFORE1(field) ((c->field << 1) | (p->field >> 63))
#define BEFORE2(field) ((c->field << 2) | (p->field >> 62))
#define BEFORE3(field) ((c->field << 3) | (p->field >> 61))

/* A 128-bit pair: the block and the next one. */
typedef struct pair {
    uint64_t lo, hi;
} pair;

/* Where runs of `run` begun by `starts` (bits of the block, each at a run's
 * first byte) end: the first byte after each, as a pair (the carry of
 * starts + run crosses each run). */
static inline pair run_ends(pair run, uint64_t starts)
{
    pair e = {run.lo + starts, run.hi};
    e.hi += e.lo < starts;
    e.lo &= ~run.lo;
    e.hi &= ~run.hi;
    return e;
}

/* What a block's scan looks for, from the hotwords near it (hotmap.c):
 * plain digit runs shorter than plain_min propose only candidates that
 * need a hotword none of which is near; licenses and passport numbers need
 * one too. */
typedef struct scan_mode {
    unsigned plain_min; /* 6, 9, 10 or 12 */
    bool licenses;
    bool groups;        /* a phone or account hotword may be near: national phone
                           numbers and account numbers in groups too */
    uint32_t cold;      /* entities left out: they count only near a hotword */
    bool bare_mac;      /* a MAC address's hotword may be near: twelve hex digits too */
    bool spaced_ssn;    /* an SSN's or ITIN's may be: "389 - 21 - 6650" too */
    uint32_t far;       /* entities no hotword of which is near (scan_view's) */
} scan_mode;

/* Start positions (bits of the block c) where a candidate may begin:
 * `sure` go to the recognizers as they are; the others need a closer look
 * first (find_candidates()): `number` unless it begins an ISO date,
 * `hexcolon` when colons follow as an address has them, `dotted` when
 * it begins an IPv4 address, `phone` when a phone number may follow. */
typedef struct starts {
    uint64_t sure, number, hexcolon, dotted, phone;
} starts;

/* Each condition below is implied by what the recognizers that could run
 * at a position accept, so no start that yields a candidate is left out;
 * most words of text fail all of them and are never looked at one by
 * one.  Where a word starts and what scan.c's start_at() would do there
 * is the reference (tests compare the two scans).
 *
 * Bytes >= 0x80 are in no class here.  A letter of another script glues
 * to an ID, which the recognizers check themselves (uni_word_before() ...):
 * taken for a non-word byte it only lets more positions through, as a
 * word start and as not glued, which is always the wider case below. */
static starts block_starts(const block *p, const block *c, const block *n, const scan_mode *mode)
{
    starts r = {0, 0, 0, 0, 0};
    const byte_masks *cm = &c->m;
    uint64_t d1 = AT(m.digit, 1);
    /* '@' (email), '+' or '(' before a digit (phone), "::" (IPv6) */
    r.sure = cm->at;
    r.phone = cm->phone & d1;
    uint64_t colons = cm->colon & AT(m.colon, 1);
    if (colons) /* rare: most colons are single */
        r.sure |= colons & ~BEFORE1(alnum) & ~BEFORE1(m.colon) & ~BEFORE1(m.dot);
    uint64_t ws = c->alnum & ~BEFORE1(alnum); /* first letter or digit of a word */
    if (!ws)
        return r;
    /* the tail of a longer token: after '-', '.', '/', '\\', '$' or '@'
     * that follows a letter or digit, or after ':' that follows a digit */
    uint64_t joiner = (cm->dash | cm->dot | cm->slash | cm->at) << 1 |
                      (p->m.dash | p->m.dot | p->m.slash | p->m.at) >> 63;
    uint64_t glued = (joiner & BEFORE2(alnum)) | (BEFORE1(m.colon) & BEFORE2(m.digit));
    /* (but a digit or a capital after two letters and '.' that may be
     * "No.": number_abbrev_before(), which also wants no word before them) */
    uint64_t abbrev = BEFORE1(m.dot) & BEFORE2(m.alpha) & BEFORE3(m.alpha) & (cm->digit | c->upper);
    uint64_t free_start = ws & (~glued | abbrev);

    uint64_t d2 = AT(m.digit, 2), d3 = AT(m.digit, 3), d4 = AT(m.digit, 4);
    uint64_t dot4 = AT(m.dot, 4);
    /* hex digits then ':' (IPv6), hex pairs joined by ':' or '-', dotted
     * groups of four (MAC) */
    uint64_t hexcolon = c->hex & (AT(m.colon, 1) | AT(colon_dash, 2) | AT(m.colon, 3) |
                                  AT(m.colon, 4) | dot4);
    /* two letters and two digits (IBAN), or two capitals, a space and
     * two digits ("PL 61 1090 ...": iban.c) */
    uint64_t iban = cm->alpha & AT(m.alpha, 1) & d2 & d3;
    uint64_t spaced_cc = d3 & d4 & AT(m.space, 2);
    if (spaced_cc) /* (rare: most digits have no space two bytes before them) */
        iban |= spaced_cc & c->upper & AT(upper, 1);
    /* Numbers (SSN, card, phone, routing and account numbers, IPv4,
     * all-digit licenses and passports): six digits, or fewer followed by
     * a separator and a digit ('.' only after one to three digits, or
     * four where a card's groups follow). */
    /* the sixth digit, and up to the twelfth if mode asks (the first five
     * are asked below): eight digits in a row from byte plain_min - 8 on,
     * from runs doubled (the next block's low bits need only its own) */
    uint64_t plain = AT(m.digit, 5);
    if (mode->plain_min > 8) { /* (9, 10 or 12: the shift below is 1 to 4) */
        uint64_t nd = n->m.digit;
        uint64_t c2 = cm->digit & d1, n2 = nd & nd >> 1;
        uint64_t c4 = c2 & (c2 >> 2 | n2 << 62), n4 = n2 & n2 >> 2;
        uint64_t c8 = c4 & (c4 >> 4 | n4 << 60), n8 = n4 & n4 >> 4;
        unsigned k = mode->plain_min - 8; /* 1, 2 or 4 */
        plain = c8 >> k | n8 << (64 - k);
    }
    uint64_t sep2 = AT(sep_digit3, 2), sep5 = AT(sep_digit2, 5);
    /* (a card's 4-6-5 groups joined by '.'; its 4-4-4-4 are a MAC
     * address's shape, a hexcolon start) */
    uint64_t sep4 = AT(sep_digit2, 4) | (dot4 & AT(m.digit, 5) & AT(m.dot, 11));
    if (!mode->licenses) {
        /* Without the license recognizer (a separator and a digit let a
         * license go on after any number of digits), two digits and a
         * separator begin only an IPv4 address or France's pairs of a
         * phone number here (a MAC address's "12-34-..." is a hexcolon
         * start), five only "00" and a country code of three digits before
         * a space (both begin a national phone number or an account number
         * in groups too, which need a hotword), and
         * four begin a card or a routing number only where they do not
         * continue groups joined by the same separator on their left (both
         * refuse to be part of a longer number: tracking numbers). */
        sep2 &= mode->groups ? ~UINT64_C(0) : AT(m.dot, 2) | AT(m.space, 5); /* (France: a space) */
        sep5 &= mode->groups ? ~UINT64_C(0) : AT(m.space, 5); /* ("00505 ...": phone.c's idd) */
        sep4 &= ~(BEFORE2(m.digit) &
                  ((BEFORE1(m.space) & AT(m.space, 4)) | (BEFORE1(m.dash) & AT(m.dash, 4))));
    }
    uint64_t numbers =
        AT(sep_digit3, 1) |
        (d1 & (sep2 | (d2 & (AT(sep_digit3, 3) | (d3 & (sep4 | (d4 & (sep5 | plain))))))));
    numbers |= d1 & d2 & AT(m.slash, 3) & d4; /* an area code and '/' ("303/555-0192") */
    if (mode->groups) {
        /* a national number's area code of two to five digits set apart
         * by '/', " / " or " - " ("0176/4418 2297", "030 - 241 77 80":
         * phone.c's area_separator()), which needs a hotword: at bit i,
         * such a separator begins (the next block's reads no further) */
        uint64_t nd = n->m.digit, nsl = n->m.slash, nsp = n->m.space;
        uint64_t xc = (cm->slash & d1) |
                      (cm->space & (AT(m.slash, 1) | AT(m.dash, 1)) & AT(m.space, 2) & d3);
        uint64_t xn = (nsl & nd >> 1) | (nsp & (nsl | n->m.dash) >> 1 & nsp >> 2 & nd >> 3);
#define AREA_AT(k) ((xc >> (k)) | (xn << (64 - (k))))
        numbers |=
            d1 & (AREA_AT(2) | (d2 & (AREA_AT(3) | (d3 & (AREA_AT(4) | (d4 & AREA_AT(5)))))));
#undef AREA_AT
        /* (Norway's account in 4.2.5 with dots, "1503.41.28739": bank.c) */
        numbers |= d1 & d2 & d3 & dot4 & AT(m.digit, 5) & AT(m.dot, 7);
    }
    if (mode->spaced_ssn) /* an SSN's dashes spaced apart ("389 - 21 - 6650": ssn.c) */
        numbers |= d1 & d2 & AT(m.space, 3) & AT(m.dash, 4) & AT(m.space, 5) & AT(m.digit, 6);

    /* twelve hex digits and no letter or digit after them: a MAC address
     * written without separators (mac.c), which needs a hotword */
    if (mode->bare_mac) {
        uint64_t h = c->hex, hn = n->hex;
        uint64_t h2 = h & (h >> 1 | hn << 63), h2n = hn & hn >> 1;
        uint64_t h4 = h2 & (h2 >> 2 | h2n << 62), h4n = h2n & h2n >> 2;
        uint64_t h8 = h4 & (h4 >> 4 | h4n << 60);
        r.sure |= free_start & h8 & (h4 >> 8 | h4n << 56) & ~AT(alnum, 12);
    }

    uint64_t s_digit = free_start & cm->digit;
    uint64_t s_upper = free_start & c->upper;
    uint64_t s_alpha = free_start & cm->alpha;
    r.number = s_digit & numbers;
    /* (two digits, two capitals, two digits or a space: an IBAN glued to
     * MT940's "?31" may follow the digits, compact or its country's code
     * apart, word_start()) */
    uint64_t mt940 = s_digit & d1 & AT(upper, 2);
    if (mt940) /* (rare: few digits have a capital two bytes on) */
        r.number |= mt940 & AT(upper, 3) & ((d4 & AT(m.digit, 5)) | AT(m.space, 4));
    r.sure |= s_alpha & (iban | cm->p_char);
    /* (a capital and twelve digits or more: a magnetic stripe's track 1,
     * "%B4970786377466471^": word_start()) */
    r.sure |= s_upper & d1 & AT(m.digit, 12);
    r.hexcolon = free_start & hexcolon;
    /* glued: only an IPv4 address (after "http://", "ip:" ...) and a
     * machine readable zone's first line */
    uint64_t glued_ws = ws & glued;
    r.dotted = glued_ws & cm->digit & (AT(m.dot, 1) | AT(m.dot, 2) | AT(m.dot, 3));
    /* hex digits after a letter, a digit and ':' ("IPv6:2001:db8::1"; the
     * scan asks for "v6:" or "p6:") */
    r.hexcolon |= glued_ws & hexcolon & BEFORE1(m.colon) & BEFORE2(m.digit) & BEFORE3(m.alpha);
    /* an IBAN glued to a SWIFT field's tag, ":25:DE89...": word_start() */
    r.sure |= glued_ws & iban & BEFORE1(m.colon);
    /* a path's segment after '/': a dashed SSN, a card, an IBAN (detectors.h,
     * path_segment()) */
    uint64_t seg = glued_ws & BEFORE1(m.slash);
    if (seg) {
        r.number |= seg & cm->digit & numbers;
        r.sure |= seg & cm->alpha & iban;
        /* (a passport's number: a capital or two, then a digit) */
        r.sure |= seg & c->upper & (d1 | (AT(upper, 1) & d2));
    }
    r.sure |= glued_ws & cm->p_char;

    /* Licenses and passports: capitals and digits (ud) that mix both, or
     * that continue after ' ' + digit or '-' + capital or digit.  Found
     * where runs end: the byte after the leading digits of a digit start
     * being a capital, after the leading capitals of a capital start being
     * a digit, or after the whole run being such a joint; each back to the
     * start of its run, the nearest start below. */
    uint64_t s_ud = s_digit | s_upper;
    if (s_ud && mode->licenses) {
        pair digit = {cm->digit, n->m.digit}, upper = {c->upper, n->upper}, ud = {c->ud, n->ud};
        pair to_upper = run_ends(digit, s_digit), to_digit = run_ends(upper, s_upper),
             ud_end = run_ends(ud, s_ud);
        /* (the next block's last byte ends no run a license could use) */
        pair more = {(cm->space & d1) | (cm->dash & AT(ud, 1)),
                     (n->m.space & (n->m.digit >> 1)) | (n->m.dash & (n->ud >> 1))};
        uint64_t hit_lo = (to_upper.lo & c->upper) | (to_digit.lo & cm->digit) | (ud_end.lo & more.lo);
        uint64_t hit_hi = (to_upper.hi & n->upper) | (to_digit.hi & n->m.digit) | (ud_end.hi & more.hi);
        uint64_t hits = 0;
        for (; hit_lo; hit_lo &= hit_lo - 1) {
            uint64_t below = s_ud & ((UINT64_C(1) << __builtin_ctzll(hit_lo)) - 1);
            hits |= UINT64_C(1) << (63 - __builtin_clzll(below));
        }
        if (hit_hi) /* a run that crosses into the next block */
            hits |= UINT64_C(1) << (63 - __builtin_clzll(s_ud));
        /* twelve capitals in a row: Washington's WDL numbers */
        if (s_upper) {
            uint64_t ud2 = c->ud & AT(ud, 1), ud2n = n->ud & (n->ud >> 1);
            uint64_t ud4 = ud2 & ((ud2 >> 2) | (ud2n << 62)), ud4n = ud2n & (ud2n >> 2);
            uint64_t ud8 = ud4 & ((ud4 >> 4) | (ud4n << 60));
            hits |= s_upper & ud8 & ((ud4 >> 8) | (ud4n << 56));
        }
        /* a digit start still must not begin an ISO date */
        r.number |= hits & s_digit;
        r.sure |= hits & ~s_digit;
    }
    r.number &= ~r.sure;
    r.hexcolon &= ~(r.sure | r.number);
    r.dotted &= ~r.sure;
    return r;
}

/* A window of 64 bits of a mask from bit i of c on (i in 0..63). */
#define WINDOW(field, i) ((c->field >> (i)) | ((n->field << 1) << (63 - (i))))

/* Whether a start at bit i begins digits and dots as an IPv4
 * address does: 1-3 digits and a dot, three times, and a digit. */
static inline bool dotted_shape(const block *c, const block *n, unsigned i)
{
    uint64_t d = WINDOW(m.digit, i), dot = WINDOW(m.dot, i);
    for (int part = 0; part < 3; part++) {
        unsigned g = (unsigned)__builtin_ctzll(~d);
        if (g < 1 || g > 3 || !((dot >> g) & 1))
            return false;
        d >>= g + 1;
        dot >>= g + 1;
    }
    return d & 1;
}

/* Whether a number start at bit i may begin a candidate: not an ISO date
 * (YYYY-MM-DD, alone or leading a timestamp), and not one to three digits
 * and '.' where no IPv4 address (dotted_shape() above; "1.212.555.0199"
 * has its shape), dotted SSN (3.2.4) or phone number (3.3.4, a
 * parenthesis after the dot) begins: every other recognizer wants more
 * digits or another separator there (word_start()).  Versions, decimals
 * and durations ("104.0.4652.134", "27.0s") are most of what the second
 * test turns away. */
static inline bool number_may_start(const block *c, const block *n, unsigned i)
{
    uint64_t d = WINDOW(m.digit, i), dash = WINDOW(m.dash, i);
    if ((d & 0x76F) == 0x36F && (dash & 0x90) == 0x90)
        return false;
    unsigned run = (unsigned)__builtin_ctzll(~d | UINT64_C(1) << 63); /* (64 digits: 63) */
    if (run > 3 || !((WINDOW(m.dot, i) >> run) & 1))
        return true;
    /* the group after the dot */
    unsigned next = (unsigned)__builtin_ctzll(~(d >> (run + 1)));
    if ((run == 3 && (next == 2 || next == 3)) || ((WINDOW(m.phone, i) >> (run + 1)) & 1))
        return true;
    return dotted_shape(c, n, i);
}

/* Whether a start of hex digits then ':' (or '-', '.') at bit i could
 * begin an address: an IPv6 address has "::" right after its first group
 * or three colons in 15 bytes (times like 06:42:29 have two); a MAC
 * address has ':' or '-' at 2, 5 and 8, or '.' at 4 and 9. */
static inline bool hexcolon_shape(const block *c, const block *n, unsigned i)
{
    uint64_t col = WINDOW(m.colon, i), c15 = col & 0x7FFF;
    c15 &= c15 - 1; /* without the first two colons: a third remains */
    c15 &= c15 - 1;
    if (c15 || (col & (col >> 1) & 0x1F))
        return true;
    uint64_t cd = WINDOW(colon_dash, i), dot = WINDOW(m.dot, i);
    return (cd & 0x124) == 0x124 || (dot & 0x210) == 0x210;
}

/* Whether '+' or '(' at bit i begins nine bytes of what phone numbers are
 * written with (eight digits after '+', ten with a parenthesis). */
static inline bool phone_shape(const block *c, const block *n, unsigned i)
{
    return (WINDOW(num, i) & 0x1FF) == 0x1FF;
}

#undef AT
#undef BEFORE1
#undef BEFORE2
#undef BEFORE3

/* The runs of the word at bit i of block c (runs_of() from the masks). */
static inline word_runs runs_at(const block *c, const block *n, unsigned i)
{
    /* (RUN_MAX < 64: a bit past it ends every run) */
    const uint64_t stop = UINT64_C(1) << RUN_MAX;
    uint64_t d = WINDOW(m.digit, i), ud = WINDOW(ud, i), hex = WINDOW(hex, i);
    word_runs r;
    r.d = (size_t)__builtin_ctzll(~d | stop);
    r.u = (size_t)__builtin_ctzll(~ud | stop);
    r.h = (size_t)__builtin_ctzll(~hex | stop);
    r.u_digit = (d & ~(~UINT64_C(0) << r.u)) != 0;
    return r;
}

#undef WINDOW

/* start_at() for bit i of block c; cold: the same view without the
 * entities no hotword speaks for near the block. */
static void visit(const scan_view *v, const scan_view *cold, const block *c, const block *n,
                  unsigned i, size_t p)
{
    if (v->s[p] != 'P') /* a machine readable zone is a passport on its own */
        v = cold;
    if ((c->alnum >> i) & 1)
        start_word(v, p, runs_at(c, n, i));
    else
        start_at(v, p);
}

/* The scan mode of a block: the entities whose hotwords are certainly not
 * within reach of any position in it (near: those that may be), unless a
 * table's header may name their columns (table_free: none can). */
#define SPAN_REACH 64 /* the longest candidate of an entity that needs a hotword */
static scan_mode block_mode(const scan_view *v, uint32_t near, bool table_free)
{
    scan_mode mode = {6, true, true, 0, true, true, 0};
    const pii_ruleset *rs = v->rs;
    uint32_t ctx_only = v->enabled & rs->hot_only;
    if (!ctx_only || !table_free)
        return mode;
    mode.cold = ctx_only & ~near;
    mode.far = ALL_BUILTIN_MASK & ~near;
    if (near & ENTITY_MASK(PII_US_SSN)) /* an ITIN's words are an SSN's too (context.c) */
        mode.far &= ~ENTITY_MASK(PII_US_ITIN);
    mode.bare_mac = (near & ENTITY_MASK(PII_MAC_ADDRESS)) != 0;
    mode.spaced_ssn = (near & (ENTITY_MASK(PII_US_SSN) | ENTITY_MASK(PII_US_ITIN))) != 0;
    mode.groups = (near & (ENTITY_MASK(PII_PHONE_NUMBER) | ENTITY_MASK(PII_US_BANK_NUMBER))) != 0;
    /* (capitals and digits: a cheque's transit field written with letters
     * too, where a routing or account number's word may be near) */
    mode.licenses = (mode.cold & (ENTITY_MASK(PII_US_DRIVER_LICENSE) | ENTITY_MASK(PII_PASSPORT) |
                                  ENTITY_MASK(PII_US_PASSPORT))) !=
                        (v->enabled & (ENTITY_MASK(PII_US_DRIVER_LICENSE) | ENTITY_MASK(PII_PASSPORT) |
                                       ENTITY_MASK(PII_US_PASSPORT))) ||
                    (near & (ENTITY_MASK(PII_ABA_ROUTING_NUMBER) | ENTITY_MASK(PII_US_BANK_NUMBER)));
    /* plain digit runs: 6-8 licenses, passports and accounts; 9 also
     * routing numbers, bare SSNs and ITINs; 10 bare phone numbers; 12 on
     * cards, which need no hotword */
    if (mode.cold == ctx_only) {
        mode.plain_min = 12;
        if (near & (ENTITY_MASK(PII_US_SSN) | ENTITY_MASK(PII_US_ITIN)))
            mode.plain_min = 9;
        else if (near & ENTITY_MASK(PII_PHONE_NUMBER))
            mode.plain_min = 10;
    }
    return mode;
}

/* Load block k of the view into b (its hotword mask too, while its byte
 * masks are at hand). */
static void block_at(const scan_view *v, size_t k, block *b)
{
    block_load(v, k * 64, b);
    if (v->hot && k * 64 < v->len)
        (void)hot_block_compute(v->hot, v->rs, v->s, v->len, k, &b->m);
}

/* Which entities' hotwords may be within reach of block k, from a ring of
 * the blocks' masks (hotmap.c): the context window before a position, a
 * candidate's span and the window after, in blocks (with the default
 * window, four before and three after: eight masks, read as two words). */
typedef struct near_ring {
    uint16_t mask[64];
    size_t back, ahead, next; /* next: the first block not in the ring */
    size_t ring;              /* entries used: 8 or 64 */
    bool whole;               /* the window is eight blocks: w0, w1 */
    uint64_t w0, w1;
} near_ring;

static void near_init(near_ring *r, const scan_view *v, size_t k)
{
    const pii_ruleset *rs = v->rs;
    size_t before = CTX_BYTES(rs->context_window);
    size_t after = CTX_BYTES((rs->context_window + 1) / 2) / 2 + SPAN_REACH;
    memset(r->mask, 0, sizeof r->mask);
    r->w0 = r->w1 = 0;
    r->back = (before + 63) / 64;
    r->ahead = (after + 63) / 64;
    if (r->back + r->ahead + 1 > 64) /* a wide window: every block near */
        r->back = r->ahead = 0;
    r->ring = r->back + r->ahead + 1 <= 8 ? 8 : 64;
    r->whole = r->back + r->ahead + 1 == 8; /* eight masks: two words */
    r->next = k > r->back ? k - r->back : 0;
}

static inline uint32_t near_block(near_ring *r, const scan_view *v, size_t k)
{
    if (r->back + r->ahead == 0)
        return 0xFFFFu;
    size_t ka = k > r->back ? k - r->back : 0, kb = k + r->ahead;
    if (r->whole) {
        /* the last eight masks, in two words shifted along (in registers:
         * a 16-bit store read back as 64 bits would stall) */
        for (; r->next <= kb; r->next++) {
            uint64_t m = hot_block(v->hot, v->rs, v->s, v->len, r->next);
            r->w0 = r->w0 >> 16 | r->w1 << 48;
            r->w1 = r->w1 >> 16 | m << 48;
        }
        uint64_t x = r->w0 | r->w1;
        x |= x >> 32;
        x |= x >> 16;
        return (uint32_t)(x & 0xFFFFu);
    }
    for (; r->next <= kb; r->next++)
        r->mask[r->next & (r->ring - 1)] = (uint16_t)hot_block(v->hot, v->rs, v->s, v->len, r->next);
    uint32_t near = 0;
    for (size_t j = ka; j <= kb; j++)
        near |= r->mask[j & (r->ring - 1)];
    return near;
}

/* Propose candidates for every start position in [from, to), block by
 * block: the positions come from the masks, not from the work done at the
 * previous one, so the processor can look ahead. */
size_t find_candidates(const scan_view *v, size_t from, size_t to)
{
    size_t visits = 0;
    size_t k = from / 64;
    /* blocks k - 1 .. k + 3: the scan reads the one before and after, the
     * hotword masks reach further ahead */
    block ring[5];
    block *p = &ring[0], *c = &ring[1], *n = &ring[2], *n2 = &ring[3], *n3 = &ring[4];
    if (k > 0)
        block_at(v, k - 1, p);
    else
        memset(p, 0, sizeof *p);
    block_at(v, k, c);
    block_at(v, k + 1, n);
    block_at(v, k + 2, n2);
    block_link(c, n);
    block_link(n, n2);
    near_ring ring_near = {.back = 0};
    scan_view cold = *v; /* v without the entities a block leaves out */
    bool by_lines = false; /* the table guard line by line, or by blocks */
    /* block_mode() of the last block, and what it was asked */
    scan_mode last_mode = {6, true, true, 0, true, true, 0};
    uint32_t last_near = UINT32_MAX;
    bool last_free = false;
    if (v->hot) {
        near_init(&ring_near, v, k);
        /* the lines before the first block; then block by block where the
         * view is the input (a line that begins the first block is seen
         * from the block before it, so in the view's block 0 it is checked
         * here) */
        uint64_t first = view_abs_start(v, k * 64);
        hot_table_free(v->hot, v->orig, v->orig_len, v->base, k > 0 ? first - 1 : first);
        by_lines = v->nv != NULL;
    }
    for (size_t base = k * 64; base < to; base += 64, k++) {
        block_at(v, k + 3, n3);
        block_link(n2, n3);
        scan_mode mode = {6, true, true, 0, true, true, 0};
        if (v->hot && (v->enabled & v->rs->hot_only)) {
            size_t last = base + 63 < v->len ? base + 63 : v->len - 1;
            bool free;
            if (by_lines) {
                free = hot_table_free(v->hot, v->orig, v->orig_len, v->base, view_abs_start(v, last));
            } else {
                /* lines that may begin a header (table_line_may_begin()) */
                uint64_t line_starts = c->m.newline << 1 | p->m.newline >> 63;
                if (line_starts)
                    line_starts &= line_head(&c->m);
                if (line_starts)
                    hot_table_lines(v->hot, v->orig, v->orig_len, v->base, v->base + base,
                                    line_starts);
                else /* no line here that may be a header */
                    v->hot->table_lines_upto = v->base + base + 64;
                free = hot_table_free_at(v->hot, v->base + last);
            }
            uint32_t near = near_block(&ring_near, v, k);
            if (near != last_near || free != last_free) { /* (most blocks: as the last) */
                last_mode = block_mode(v, near, free);
                cold.far = last_mode.far;
                last_near = near;
                last_free = free;
            }
            mode = last_mode;
        }
        cold.enabled = v->enabled & ~mode.cold;
        starts st = block_starts(p, c, n, &mode);
        uint64_t m = st.sure;
        for (uint64_t q = st.number; q; q &= q - 1)
            if (number_may_start(c, n, (unsigned)__builtin_ctzll(q)))
                m |= q & -q;
        for (uint64_t q = st.hexcolon & ~m; q; q &= q - 1)
            if (hexcolon_shape(c, n, (unsigned)__builtin_ctzll(q)))
                m |= q & -q;
        for (uint64_t q = st.dotted; q; q &= q - 1)
            if (dotted_shape(c, n, (unsigned)__builtin_ctzll(q)))
                m |= q & -q;
        for (uint64_t q = st.phone; q; q &= q - 1)
            if (phone_shape(c, n, (unsigned)__builtin_ctzll(q)))
                m |= q & -q;
        if (base < from)
            m &= ~UINT64_C(0) << (from - base);
        if (to - base < 64)
            m &= (UINT64_C(1) << (to - base)) - 1;
        for (; m; m &= m - 1) {
            unsigned i = (unsigned)__builtin_ctzll(m);
            visit(v, &cold, c, n, i, base + i);
            visits++;
        }
        block *t = p;
        p = c;
        c = n;
        n = n2;
        n2 = n3;
        n3 = t;
    }
    encoded_ats(v, from, to);
    return visits;
}

int cand_by_start(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    return (int)x->entity - (int)y->entity;
}

/* Priority inside a cluster: when both candidates owe their score to a
 * hotword (neither would count alone), the one whose hotword is nearer: the
 * nearest label names a value.  Otherwise score, then length, then entity,
 * then start. */
static int by_priority(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    bool xc = (x->flags & PII_FLAG_CONTEXT) && x->base < 0.5f;
    bool yc = (y->flags & PII_FLAG_CONTEXT) && y->base < 0.5f;
    if (xc && yc && x->ctx_dist != y->ctx_dist)
        return x->ctx_dist < y->ctx_dist ? -1 : 1;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    uint64_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    if (x->entity != y->entity)
        return (int)x->entity - (int)y->entity;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return 0;
}

/* qsort(), but by insertion for the few candidates most clusters have
 * (glibc's qsort is a merge sort: both are stable). */
static void sort_few(cand *c, size_t n, int (*cmp)(const void *, const void *))
{
    if (n > 8) {
        qsort(c, n, sizeof *c, cmp);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        if (cmp(&c[i - 1], &c[i]) <= 0)
            continue;
        cand x = c[i];
        size_t j = i;
        for (; j > 0 && cmp(&c[j - 1], &x) > 0; j--)
            c[j] = c[j - 1];
        c[j] = x;
    }
}

/* Drop the phone numbers of c[0, n) that lie within a longer one: the whole
 * number with its country code ("+1 720-384-6617"), not the national
 * number inside it, whichever the words around scored higher (a key right
 * before the '+', "id=+1 ...", hides them from the longer one only). */
static size_t drop_inner_phones(cand *c, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        bool inner = false;
        for (size_t k = 0; k < n && !inner; k++)
            inner = k != i && c[i].entity == PII_PHONE_NUMBER && c[k].entity == PII_PHONE_NUMBER &&
                    c[k].start <= c[i].start && c[i].end <= c[k].end &&
                    c[k].end - c[k].start > c[i].end - c[i].start;
        if (!inner)
            c[kept++] = c[i];
    }
    return kept;
}

size_t resolve_cluster(cand *c, size_t n)
{
    if (n < 2)
        return n;
    n = drop_inner_phones(c, n);
    sort_few(c, n, by_priority);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        bool clash = false;
        for (size_t k = 0; k < kept && !clash; k++)
            clash = c[i].start < c[k].end && c[k].start < c[i].end;
        if (!clash)
            c[kept++] = c[i];
    }
    sort_few(c, kept, cand_by_start);
    return kept;
}
