/*
 * normalize.c - the view detection runs on, so that Unicode cannot hide a
 * number (DESIGN.md section 5).
 *
 * Characters are mapped one by one (utf8proc for categories and
 * compatibility mappings):
 *   decimal digits of any script ("５", "٣", "३")  -> '0'..'9'
 *   space separators (NBSP, thin space ...)        -> ' '
 *   dashes and the minus sign: between digits      -> '-', elsewhere ' '
 *   fullwidth and other compatibility forms of
 *   ASCII letters, digits and @ . - + _ ("ｊ", "＠") -> that ASCII character
 *   zero-width and format characters between two
 *   letters/digits of which one is a digit, or
 *   beside a '.' or '@' between letters/digits     -> dropped
 *   other format characters                        -> ' '
 *   combining marks after an ASCII letter/digit    -> dropped
 * Everything else, invalid UTF-8 included, is copied byte for byte.  Each
 * byte of the view remembers the original bytes it stands for, so findings
 * and redaction cover the original text.  A buffer with no byte >= 0x80, or
 * none that maps, is its own view: ASCII input costs one scan for high bytes.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "internal.h"

static int grow(norm_view *nv, size_t need)
{
    if (need <= nv->cap)
        return PII_OK;
    size_t cap = nv->cap ? nv->cap : 4096;
    while (cap < need)
        cap *= 2;
    uint8_t *s = realloc(nv->s, cap);
    if (!s)
        return PII_ERR_NOMEM;
    nv->s = s;
    uint32_t *a = realloc(nv->ostart, (cap + 1) * sizeof *a);
    if (!a)
        return PII_ERR_NOMEM;
    nv->ostart = a;
    uint32_t *b = realloc(nv->oend, (cap + 1) * sizeof *b);
    if (!b)
        return PII_ERR_NOMEM;
    nv->oend = b;
    nv->cap = cap;
    return PII_OK;
}

void norm_free(norm_view *nv)
{
    free(nv->s);
    free(nv->ostart);
    free(nv->oend);
    memset(nv, 0, sizeof *nv);
}

/* Value 0-9 of a decimal digit (category Nd): Unicode keeps each script's
 * digits in runs of ten from zero, so count back to the start of the run. */
static int digit_value(int32_t cp)
{
    int k = 0;
    while (k < 64 && cp - k - 1 >= 0 && utf8proc_category(cp - k - 1) == UTF8PROC_CATEGORY_ND)
        k++;
    return k % 10;
}

/* What one non-ASCII character becomes: an ASCII byte, DROP, or KEEP. */
enum { KEEP = NORM_KEEP, DASH = NORM_DASH, FORMAT = NORM_FORMAT, MARK = NORM_MARK };

/* How many invisible characters (format characters, combining marks) one
 * character of a number may carry.  This bounds the original bytes behind
 * one view byte (NORM_MAX_EXPANSION), which the stream's window relies on:
 * a number padded with more is split there, never read past the window. */
#define ABSORB_MAX 8

int norm_map_char(int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ND:
        return '0' + digit_value(cp);
    case UTF8PROC_CATEGORY_ZS:
        return ' ';
    case UTF8PROC_CATEGORY_PD:
        return DASH;
    case UTF8PROC_CATEGORY_CF:
        return FORMAT;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
        return MARK;
    default:
        break;
    }
    if (cp == 0x2212) /* minus sign */
        return DASH;
    utf8proc_int32_t out[4];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, out, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &last);
    /* Fullwidth and other compatibility forms of what IDs are written with.
     * Other punctuation keeps its form: "MAC：ce:0e:..." must not become a
     * longer colon-joined token. */
    if (n == 1 && out[0] < 0x80 &&
        (is_alnum((uint8_t)out[0]) || out[0] == '@' || out[0] == '.' || out[0] == '-' ||
         out[0] == '+' || out[0] == '_'))
        return (int)out[0];
    return KEEP;
}

/* Whether the character at s[i] is, after mapping, a digit. */
static bool digit_next(const uint8_t *s, size_t len, size_t i)
{
    /* at most ABSORB_MAX invisible characters may sit between two digits
     * (more are a separator), so look no further: linear on any run */
    for (int hops = 0; i < len && hops <= ABSORB_MAX; hops++) {
        int32_t cp;
        size_t k = uni_decode(s, len, i, &cp);
        if (cp < 0)
            return false;
        if (cp < 0x80)
            return is_digit((uint8_t)cp);
        int m = norm_map_char(cp);
        if (m == FORMAT) { /* several format characters in a row */
            i += k;
            continue;
        }
        return m >= '0' && m <= '9';
    }
    return false;
}

/* The first byte >= 0x80 at or after s[i] (len if none), 64 at a time
 * (SSE2: the byte's top bit, for a whole register at once), then 32. */
static size_t next_high(const uint8_t *s, size_t len, size_t i)
{
#if defined(__SSE2__)
    while (i + 64 <= len) {
        const __m128i *q = (const __m128i *)(const void *)(s + i);
        __m128i x = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(q), _mm_loadu_si128(q + 1)),
                                 _mm_or_si128(_mm_loadu_si128(q + 2), _mm_loadu_si128(q + 3)));
        if (_mm_movemask_epi8(x))
            break;
        i += 64;
    }
#endif
    while (i + 32 <= len) {
        uint64_t w[4];
        memcpy(w, s + i, 32);
        if ((w[0] | w[1] | w[2] | w[3]) & UINT64_C(0x8080808080808080))
            break;
        i += 32;
    }
    while (i < len && s[i] < 0x80)
        i++;
    return i;
}

size_t norm_plain_upto(const uint8_t *s, size_t len, size_t i)
{
    while ((i = next_high(s, len, i)) < len) {
        int32_t cp;
        size_t k = uni_decode(s, len, i, &cp);
        if (cp < 0 && len - i < 4)
            return i; /* (perhaps the first bytes of a character) */
        if (cp >= 0 && norm_map_char(cp) != KEEP)
            return i;
        i += k;
    }
    return len;
}

/* Whether every non-ASCII character from s[i] on keeps its form (emoji,
 * CJK, letters in words): then the view is the input itself, and building
 * its map only to find that out is most of the cost on such text. */
static bool all_kept(const uint8_t *s, size_t len, size_t i)
{
    while ((i = next_high(s, len, i)) < len) {
        int32_t cp;
        size_t k = uni_decode(s, len, i, &cp);
        if (cp >= 0 && norm_map_char(cp) != KEEP)
            return false;
        i += k;
    }
    return true;
}

int norm_build(norm_view *nv, const uint8_t *s, size_t len, bool *identity)
{
    *identity = true;
    /* ASCII text is its own view */
    size_t first_high = next_high(s, len, 0);
    if (first_high == len || all_kept(s, len, first_high))
        return PII_OK;
    int rc = grow(nv, len + 1);
    if (rc < 0)
        return rc;
    /* the ASCII prefix maps to itself */
    memcpy(nv->s, s, first_high);
    for (size_t i = 0; i < first_high; i++) {
        nv->ostart[i] = (uint32_t)i;
        nv->oend[i] = (uint32_t)i + 1;
    }
    size_t o = first_high, n = first_high;
    bool changed = false;
    int absorbed = 0; /* invisible characters taken since the last view byte */
    while (o < len) {
        if (s[o] < 0x80) {
            /* a run of ASCII maps to itself */
            size_t r = o + 1;
            while (r < len && s[r] < 0x80)
                r++;
            memcpy(nv->s + n, s + o, r - o);
            for (size_t j = 0; j < r - o; j++) {
                nv->ostart[n + j] = (uint32_t)(o + j);
                nv->oend[n + j] = (uint32_t)(o + j + 1);
            }
            n += r - o;
            o = r;
            absorbed = 0;
            continue;
        }
        int32_t cp;
        size_t k = uni_decode(s, len, o, &cp);
        int m = cp < 0 ? KEEP : cp < 0x80 ? cp : norm_map_char(cp);
        if (m == FORMAT) {
            /* invisible inside a number ("5\u200B3", "536\u200B-22") or
             * beside an address's '.' or '@' ("jane\u200B.doe@"): dropped;
             * elsewhere it separates words ("SSN\u200B123" stays two words) */
            uint8_t prev = n > 0 ? nv->s[n - 1] : 0;
            bool next_digit = digit_next(s, len, o + k);
            uint8_t next = o + k < len ? s[o + k] : 0;
            bool num_sep_next = next == '-' || next == '.' || next == ' ';
            bool address = (is_alnum(prev) && (next == '.' || next == '@')) ||
                           ((prev == '.' || prev == '@') && is_alnum(next) && n > 1 &&
                            is_alnum(nv->s[n - 2]));
            if (absorbed < ABSORB_MAX &&
                ((is_digit(prev) && (next_digit || num_sep_next || is_alpha(next))) ||
                 ((prev == '-' || prev == '.' || prev == ' ') && next_digit && n > 1 &&
                  is_alnum(nv->s[n - 2])) ||
                 address)) {
                o += k;
                absorbed++;
                changed = true;
                continue;
            }
            m = ' ';
        } else if (m == DASH) {
            /* a separator inside a number ("536–22–8726"); elsewhere a dash
             * is punctuation ("SSN—536-22-8726—on file") */
            bool prev_digit = n > 0 && is_digit(nv->s[n - 1]);
            /* (or spaced apart between two numbers, as PDFs print a form's
             * "783 – 92 – 7321": as that is written with '-') */
            bool spaced = n > 1 && nv->s[n - 1] == ' ' && is_digit(nv->s[n - 2]) &&
                          o + k < len && s[o + k] == ' ' && digit_next(s, len, o + k + 1);
            m = (prev_digit && digit_next(s, len, o + k)) || spaced ? '-' : ' ';
            changed = true;
        } else if (m == MARK) {
            if (n > 0 && is_alnum(nv->s[n - 1]) && absorbed < ABSORB_MAX) {
                nv->oend[n - 1] = (uint32_t)(o + k); /* the mark belongs to it */
                o += k;
                absorbed++;
                changed = true;
                continue;
            }
            m = KEEP;
        }
        absorbed = 0;
        if (m == KEEP) {
            for (size_t j = 0; j < k; j++) {
                nv->s[n] = s[o + j];
                nv->ostart[n] = (uint32_t)(o + j);
                nv->oend[n] = (uint32_t)(o + j + 1);
                n++;
            }
        } else {
            nv->s[n] = (uint8_t)m;
            nv->ostart[n] = (uint32_t)o;
            nv->oend[n] = (uint32_t)(o + k);
            n++;
            changed |= cp >= 0x80;
        }
        o += k;
    }
    nv->len = n;
    if (n > nv->high_water)
        nv->high_water = n;
    nv->ostart[n] = (uint32_t)len; /* sentinel */
    nv->oend[n] = (uint32_t)len;
    *identity = !changed;
    return PII_OK;
}

size_t norm_from_orig(const norm_view *nv, size_t orig)
{
    /* first view byte whose original start is at or after orig */
    size_t lo = 0, hi = nv->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nv->ostart[mid] < orig)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
