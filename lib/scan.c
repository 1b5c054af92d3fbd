/*
 * scan.c - the detection pipeline over one buffer.
 *
 * 1. Candidates: one pass over the bytes.  A bit mask per 64-byte block
 *    marks where something may start: the first letter or digit of each
 *    word, where the recognizers for the word's shape run (most words call
 *    none: plain lower-case words, parts glued to a word before them, dates),
 *    and '@', '+', '(' and "::" for emails, phone numbers and IPv6
 *    addresses.  Each byte is looked at a bounded number of times: linear
 *    in the input.
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

/* Run the recognizers that the word's first characters allow.  Each test
 * here is implied by the recognizer's own shape check, so this only skips
 * calls that could not propose anything (log text has a number every ten
 * bytes or so, and most are timestamps and counters). */
static void word_start(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    uint8_t c = s[p];
    size_t lim = v->len - p > 48 ? p + 48 : v->len;
    size_t d = 0;
    while (p + d < lim && is_digit(s[p + d]))
        d++;
    /* Every recognizer but the IPv4 and MRZ ones refuses a word glued on
     * the left ("05" and "13" in 2021-05-06T11:13:37, the parts of UUIDs
     * and versions): most words of a log stop here. */
    if (glued_left(v, p)) {
        if (d >= 1 && d <= 3 && sep_at(v, p + d, "."))
            detect_ipv4(v, p);
        if (c == 'P')
            detect_mrz(v, p);
        return;
    }
    /* a date (card, routing and license shapes refuse it): the start of
     * most log lines */
    if (d == 4 && iso_date_at(v, p))
        return;
    /* runs from p: digits (d) <= capitals and digits (u), and hex (h) */
    size_t u = d, h = d;
    bool u_digit = d > 0;
    while (p + u < lim && is_upper(s[p + u])) {
        u++;
        while (p + u < lim && is_digit(s[p + u])) {
            u_digit = true;
            u++;
        }
    }
    while (p + h < lim && is_hex(s[p + h]))
        h++;
    bool lower_after_u = p + u < v->len && is_lower(s[p + u]);
    if (is_digit(c)) {
        if (d == 9 || (d == 3 && sep_at(v, p + 3, "- .")))
            detect_ssn_itin(v, p);
        if ((d >= 12 && d <= 19) || (d == 4 && sep_at(v, p + 4, " -")))
            detect_card(v, p);
        if (d == 9 || (d == 4 && sep_at(v, p + 4, "-")))
            detect_aba(v, p);
        if (d >= 7 && d <= 17)
            detect_bank_account(v, p);
        if (d == 10 || ((d == 3 || d == 1) && sep_at(v, p + d, " -.")))
            detect_phone(v, p);
        if (d >= 1 && d <= 3 && sep_at(v, p + d, "."))
            detect_ipv4(v, p);
    } else if (is_alpha(c) && p + 3 < v->len && is_alpha(s[p + 1]) && is_digit(s[p + 2]) &&
               is_digit(s[p + 3])) {
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
    if (h >= 1 && h <= 4 && sep_at(v, p + h, ":"))
        detect_ipv6(v, p);
    if (h >= 2 && (sep_at(v, p + 2, ":-") || sep_at(v, p + 4, ".")))
        detect_mac(v, p);
}

/* Whether a word starting with a lower-case letter at p is certainly no
 * candidate: only hex tokens (IPv6, MAC: a ':', '-' or '.' after at most
 * four hex digits) and lower-case IBANs (two letters, two digits) start
 * with one. */
static inline bool lower_word_plain(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    if (!is_lower(s[p]))
        return false;
    if (p + 3 < v->len && is_alpha(s[p + 1]) && is_digit(s[p + 2]))
        return false;
    size_t h = 0;
    while (h < 5 && p + h < v->len && is_hex(s[p + h]))
        h++;
    if (h == 0 || p + h >= v->len)
        return true;
    uint8_t c = s[p + h];
    return !(c == ':' || c == '-' || c == '.');
}

/* The scan jumps from one byte that may start a candidate to the next with
 * a bit mask per 64-byte block, made 16 bytes at a time where SSE2 is
 * there: word and gap lengths vary, and a branch per byte would mispredict
 * at each end. */
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

/* The recognizers for a byte whose block bit says it may start something. */
static inline void start_at(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    switch (byte_class[s[p]]) {
    case C_DIGIT:
    case C_ALPHA:
        if (lower_word_plain(v, p))
            ; /* most words in text: nothing can start here */
        else if (p == 0 || (s[p - 1] < 0x80 ? !(is_alnum(s[p - 1]) || s[p - 1] == '_')
                                            : !uni_word_before(s, p)))
            word_start(v, p);
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

/* Propose candidates for every start position in [from, to) from the
 * start masks above.  The fast scan below uses this for blocks near bytes
 * >= 0x80 (where a character's glue needs decoding); tests compare the two
 * on the same input. */
size_t find_candidates_ref(const scan_view *v, size_t from, size_t to)
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
            start_at(v, base + (size_t)__builtin_ctzll(m));
            m &= m - 1;
        }
    }
    return visits;
}

/* ---- the fast scan: most word starts decided by bit arithmetic ---- */

/* The byte classes of a block and what the scan derives from them. */
typedef struct block {
    byte_masks m;
    /* from the block alone */
    uint64_t alnum, upper, hex, ud, num, colon_dash;
    /* with the next block's first byte: a separator before a digit (3:
     * ' ' '-' '.', the digit or a '(' ; 2: ' ' '-', a digit), and the bytes
     * of dotted numbers (digits, and dots before a digit) */
    uint64_t sep_digit3, sep_digit2, dotted;
} block;

static void block_load(const scan_view *v, size_t at, block *b)
{
    if (at + 64 <= v->len)
        v->masks(v->s + at, &b->m);
    else if (at < v->len)
        bytemask_partial(v->masks, v->s + at, v->len - at, &b->m);
    else
        memset(&b->m, 0, sizeof b->m);
    if (v->hot && at < v->len)
        hot_note_block(v->hot, at / 64, &b->m);
    const byte_masks *m = &b->m;
    b->alnum = m->digit | m->alpha;
    b->upper = m->alpha & ~m->lower;
    b->hex = m->digit | m->hexa;
    b->ud = m->digit | b->upper;
    /* what phone numbers, cards, SSNs, accounts and IPv4 addresses are
     * written with */
    b->num = m->digit | m->space | m->dash | m->dot | m->phone;
    b->colon_dash = m->colon | m->dash;
}

/* The masks of b that look one byte into the next block, nx. */
static void block_link(block *b, const block *nx)
{
    uint64_t digit1 = b->m.digit >> 1 | nx->m.digit << 63;
    uint64_t phone1 = b->m.phone >> 1 | nx->m.phone << 63;
    b->sep_digit3 = (b->m.space | b->m.dash | b->m.dot) & (digit1 | phone1);
    b->sep_digit2 = (b->m.space | b->m.dash) & digit1;
    b->dotted = b->m.digit | (b->m.dot & digit1);
}

/* Bit i: the property at byte i + k of the block (k in 1..63), reading
 * into the next block. */
#define AT(field, k) ((c->field >> (k)) | (n->field << (64 - (k))))
/* Bit i: the property at byte i - 1 (i - 2), reading the previous block. */
#define BEFORE1(field) ((c->field << 1) | (p->field >> 63))
#define BEFORE2(field) ((c->field << 2) | (p->field >> 62))

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

/* Start positions (bits of the block c) where a candidate may begin:
 * `sure` go to the recognizers as they are; the others need a closer look
 * first (find_candidates()): `number` unless it begins an ISO date,
 * `hexcolon` when colons follow as an address has them, `dotted` when
 * it begins an IPv4 address. */
typedef struct starts {
    uint64_t sure, number, hexcolon, dotted;
} starts;

/* Each condition below is implied by what the recognizers that could run
 * at a position accept, so no start that yields a candidate is left out;
 * most words of text fail all of them and are never looked at one by
 * one.  Where a word starts and what scan.c's start_at() would do there
 * is the reference (tests compare the two scans). */
static starts block_starts(const block *p, const block *c, const block *n)
{
    starts r = {0, 0, 0, 0};
    const byte_masks *cm = &c->m;
    uint64_t d1 = AT(m.digit, 1);
    /* '@' (email), '+' or '(' before a digit (phone), "::" (IPv6) */
    r.sure = cm->at | (cm->phone & d1);
    r.sure |= cm->colon & AT(m.colon, 1) & ~BEFORE1(alnum) & ~BEFORE1(m.colon) & ~BEFORE1(m.dot);
    uint64_t ws = c->alnum & ~BEFORE1(alnum); /* first letter or digit of a word */
    if (!ws)
        return r;
    /* the tail of a longer token: after '-', '.', '/', '\\', '$' or '@'
     * that follows a letter or digit, or after ':' that follows a digit */
    uint64_t joiner = (cm->dash | cm->dot | cm->slash | cm->at) << 1 |
                      (p->m.dash | p->m.dot | p->m.slash | p->m.at) >> 63;
    uint64_t glued = (joiner & BEFORE2(alnum)) | (BEFORE1(m.colon) & BEFORE2(m.digit));
    uint64_t free_start = ws & ~glued;

    uint64_t d2 = AT(m.digit, 2), d3 = AT(m.digit, 3), d4 = AT(m.digit, 4);
    uint64_t dot4 = AT(m.dot, 4);
    /* hex digits then ':' (IPv6), hex pairs joined by ':' or '-', dotted
     * groups of four (MAC) */
    uint64_t hexcolon = c->hex & (AT(m.colon, 1) | AT(colon_dash, 2) | AT(m.colon, 3) |
                                  AT(m.colon, 4) | dot4);
    /* two letters and two digits (IBAN) */
    uint64_t iban = cm->alpha & AT(m.alpha, 1) & d2 & d3;
    /* Numbers (SSN, card, phone, routing and account numbers, IPv4,
     * all-digit licenses and passports): six digits, or fewer followed by
     * a separator and a digit ('.' only after one to three digits). */
    uint64_t numbers =
        AT(sep_digit3, 1) |
        (d1 & (AT(sep_digit3, 2) |
               (d2 & (AT(sep_digit3, 3) |
                      (d3 & (AT(sep_digit2, 4) | (d4 & (AT(sep_digit2, 5) | AT(m.digit, 5)))))))));

    uint64_t s_digit = free_start & cm->digit;
    uint64_t s_upper = free_start & c->upper;
    uint64_t s_alpha = free_start & cm->alpha;
    r.number = s_digit & numbers;
    r.sure |= s_alpha & (iban | cm->p_char);
    r.hexcolon = free_start & hexcolon;
    /* glued: only an IPv4 address (after "http://", "ip:" ...) and a
     * machine readable zone's first line */
    uint64_t glued_ws = ws & glued;
    r.dotted = glued_ws & cm->digit & (AT(m.dot, 1) | AT(m.dot, 2) | AT(m.dot, 3));
    r.sure |= glued_ws & cm->p_char;

    /* Licenses and passports: capitals and digits (ud) that mix both, or
     * that continue after ' ' + digit or '-' + capital or digit.  Found
     * where runs end: the byte after the leading digits of a digit start
     * being a capital, after the leading capitals of a capital start being
     * a digit, or after the whole run being such a joint; each back to the
     * start of its run, the nearest start below. */
    uint64_t s_ud = s_digit | s_upper;
    if (s_ud) {
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

/* Whether a number start at bit i is no ISO date (YYYY-MM-DD, alone or
 * leading a timestamp), where no candidate starts. */
static inline bool not_iso_date(const block *c, const block *n, unsigned i)
{
    uint64_t d = WINDOW(m.digit, i), dash = WINDOW(m.dash, i);
    return !((d & 0x76F) == 0x36F && (dash & 0x90) == 0x90);
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

/* Whether a glued start at bit i begins digits and dots as an IPv4
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

#undef AT
#undef BEFORE1
#undef BEFORE2
#undef WINDOW

/* Entities to leave out at view offset p: those that count only near a
 * hotword, where none can be near (hotmap.c).  Their candidates start at p
 * and span at most SPAN_REACH bytes (but for machine readable zones,
 * visit() keeps them). */
#define SPAN_REACH 64
static uint32_t no_hotword_near(const scan_view *v, size_t p)
{
    const pii_ruleset *rs = v->rs;
    uint32_t only = v->enabled & rs->hot_only;
    if (!only || !v->hot)
        return 0;
    if (!hot_table_free(v->hot, v->orig, v->orig_len, v->base, view_abs_start(v, p)))
        return 0;
    size_t before = CTX_BYTES(rs->context_window);
    size_t after = CTX_BYTES((rs->context_window + 1) / 2) / 2;
    uint32_t near = hot_near(v->hot, HOT_SCAN, rs, v->s, v->len, p > before ? p - before : 0,
                             p + SPAN_REACH + after + 1, only);
    return only & ~near;
}

/* start_at() without the entities no_hotword_near() leaves out. */
static void visit(const scan_view *v, size_t p)
{
    uint32_t skip = no_hotword_near(v, p);
    if (v->s[p] == 'P') /* a machine readable zone is a passport on its own */
        skip &= ~ENTITY_MASK(PII_PASSPORT);
    if (!skip) {
        start_at(v, p);
        return;
    }
    scan_view w = *v;
    w.enabled &= ~skip;
    start_at(&w, p);
}

/* Whether the blocks hold only ASCII: the bit arithmetic treats every byte
 * >= 0x80 as a non-word byte, which a letter of another script is not. */
static inline bool blocks_ascii(const block *p, const block *c, const block *n)
{
    return !((p->m.high >> 62) | c->m.high | n->m.high);
}

/* Propose candidates for every start position in [from, to), block by
 * block: the positions come from the masks, not from the work done at the
 * previous one, so the processor can look ahead. */
size_t find_candidates(const scan_view *v, size_t from, size_t to)
{
    size_t visits = 0;
    size_t base = from & ~(size_t)63;
    block win[4], *p = &win[0], *c = &win[1], *n = &win[2], *nn = &win[3];
    if (base >= 64)
        block_load(v, base - 64, p);
    else
        memset(p, 0, sizeof *p);
    block_load(v, base, c);
    block_load(v, base + 64, n);
    block_link(c, n);
    for (; base < to; base += 64) {
        block_load(v, base + 128, nn);
        block_link(n, nn);
        uint64_t m;
        if (blocks_ascii(p, c, n)) {
            starts st = block_starts(p, c, n);
            m = st.sure;
            for (uint64_t k = st.number; k; k &= k - 1)
                if (not_iso_date(c, n, (unsigned)__builtin_ctzll(k)))
                    m |= k & -k;
            for (uint64_t k = st.hexcolon & ~m; k; k &= k - 1)
                if (hexcolon_shape(c, n, (unsigned)__builtin_ctzll(k)))
                    m |= k & -k;
            for (uint64_t k = st.dotted; k; k &= k - 1)
                if (dotted_shape(c, n, (unsigned)__builtin_ctzll(k)))
                    m |= k & -k;
        } else {
            m = start_mask(v->s, base, v->len);
        }
        if (base < from)
            m &= ~UINT64_C(0) << (from - base);
        if (to - base < 64)
            m &= (UINT64_C(1) << (to - base)) - 1;
        for (; m; m &= m - 1) {
            visit(v, base + (size_t)__builtin_ctzll(m));
            visits++;
        }
        block *t = p;
        p = c;
        c = n;
        n = nn;
        nn = t;
    }
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

size_t resolve_cluster(cand *c, size_t n)
{
    qsort(c, n, sizeof *c, by_priority);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        bool clash = false;
        for (size_t k = 0; k < kept && !clash; k++)
            clash = c[i].start < c[k].end && c[k].start < c[i].end;
        if (!clash)
            c[kept++] = c[i];
    }
    qsort(c, kept, sizeof *c, cand_by_start);
    return kept;
}
