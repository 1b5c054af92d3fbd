/*
 * test_normalize.c - Check suite for detection through Unicode
 * normalisation (DESIGN.md section 5, issue 8 point 4).
 *
 * Each case is a prefix, an ID and a suffix.  The ID must be found as the
 * expected entity with byte offsets covering exactly the ID's original
 * bytes (the prefix and suffix never), and nothing else may be found:
 *
 *   fullwidth      fullwidth digits, hyphens, letters, '@' and '.'
 *   scripts        Arabic-Indic (U+0660..), Extended Arabic-Indic (U+06F0..),
 *                  Devanagari, Bengali and Thai digits; Luhn checked on them
 *   mixed          several scripts' digits in one number
 *   spaces         NBSP, thin space, narrow NBSP, figure space, ideographic
 *                  space as group separators
 *   dashes         en dash, non-breaking hyphen, minus sign, hyphen, figure
 *                  dash, small and fullwidth hyphen-minus between groups
 *   em_dash        an em (or en) dash around an ID is punctuation: the ID is
 *                  found, the dash is not part of it
 *   zero_width     ZWSP, ZWJ, ZWNJ, word joiner, BOM, soft hyphen between
 *                  every two characters of a number: found, span covers them
 *   marks          combining marks after digits and letters
 *   rtl            Arabic and Hebrew words, RLM/LRM, embeddings, isolates
 *                  and the Arabic letter mark around IDs
 *   invalid_utf8   invalid UTF-8 right before and after IDs
 *
 * For every case (and a few documents holding many), checked too:
 *   flag           PII_FLAG_NORMALIZED is set exactly when the finding's
 *                  original bytes are not plain ASCII; the ASCII form of
 *                  each ID is found alike without the flag
 *   untouched      redaction with tags leaves every byte outside findings
 *                  as it was; with the mask operator each finding is
 *                  replaced by as many code points as it had, every digit
 *                  of any script masked, and nothing else changes
 *   off            pii_builder_set_normalize(b, 0): the normalised forms
 *                  are no longer found, plain ASCII still is
 *   chunks         pii_redact_stream() / pii_scan_stream() over every input
 *                  split at every byte position (multi-byte characters cut
 *                  in two), with PII_CONTINUE and PII_FLUSH, and in 1-byte
 *                  chunks with a 1-byte output buffer, give the output and
 *                  findings of the one-shot call, byte for byte
 *
 * The TCase "regressions" keeps inputs that once exposed library bugs: IDs
 * stuffed with invisible characters (bounded, chunk-invariant), hash tokens
 * of normalized values, mask keep=N with combining marks.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* Check's ck_assert_* write() on every call; loops use this instead. */
#define REQUIRE(cond, ...)                                                   \
    do {                                                                     \
        if (!(cond))                                                         \
            ck_abort_msg(__VA_ARGS__);                                       \
    } while (0)

/* ------------------------------------------------------------------------ */
/* Buffers and findings                                                     */
/* ------------------------------------------------------------------------ */

typedef struct bytes {
    uint8_t *p;
    size_t n, cap;
} bytes;

static void bytes_add(bytes *b, const void *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        uint8_t *p = realloc(b->p, cap);
        REQUIRE(p != NULL, "out of memory");
        b->p = p;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void bytes_str(bytes *b, const char *s) { bytes_add(b, s, strlen(s)); }

static void bytes_free(bytes *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

typedef struct fvec {
    pii_finding *v;
    size_t n, cap;
} fvec;

static void fvec_push(fvec *fv, const pii_finding *f)
{
    if (fv->n == fv->cap) {
        size_t cap = fv->cap ? fv->cap * 2 : 16;
        pii_finding *v = realloc(fv->v, cap * sizeof *v);
        REQUIRE(v != NULL, "out of memory");
        fv->v = v;
        fv->cap = cap;
    }
    fv->v[fv->n++] = *f;
}

static void fvec_free(fvec *fv)
{
    free(fv->v);
    memset(fv, 0, sizeof *fv);
}

static int collect_cb(const pii_finding *f, void *user)
{
    fvec_push(user, f);
    return 0;
}

/* ------------------------------------------------------------------------ */
/* Rulesets                                                                 */
/* ------------------------------------------------------------------------ */

static pii_ruleset *RS_NORM;  /* defaults: normalisation on */
static pii_ruleset *RS_PLAIN; /* pii_builder_set_normalize(b, 0) */

static pii_ruleset *build_rs(int normalize)
{
    pii_builder *b = pii_builder_new();
    REQUIRE(b != NULL, "pii_builder_new");
    REQUIRE(pii_builder_set_normalize(b, normalize) == PII_OK, "set_normalize(%d)", normalize);
    pii_ruleset *rs = NULL;
    int rc = pii_builder_build(b, &rs);
    pii_builder_free(b);
    REQUIRE(rc == PII_OK && rs != NULL, "build: %s", pii_error_name(rc));
    return rs;
}

static pii_ctx *new_ctx(const pii_ruleset *rs)
{
    pii_ctx *ctx = pii_ctx_new(rs);
    REQUIRE(ctx != NULL, "pii_ctx_new");
    return ctx;
}

/* Findings of a one-shot scan, copied. */
static void scan_into(pii_ctx *ctx, const uint8_t *s, size_t n, fvec *out)
{
    int rc = pii_scan(ctx, s, n, NULL, NULL);
    REQUIRE(rc >= 0, "pii_scan: %s", pii_error_name(rc));
    size_t k = 0;
    const pii_finding *f = pii_ctx_findings(ctx, &k);
    REQUIRE(k == (size_t)rc, "pii_scan returned %d but kept %zu", rc, k);
    for (size_t i = 0; i < k; i++)
        fvec_push(out, &f[i]);
}

/* ------------------------------------------------------------------------ */
/* UTF-8                                                                    */
/* ------------------------------------------------------------------------ */

/* Decode one code point at s[i] (< n); invalid bytes give -1, length 1.
 * Strict: no overlongs, surrogates or values past U+10FFFF. */
static size_t utf8_next(const uint8_t *s, size_t n, size_t i, int32_t *cp)
{
    uint8_t c = s[i];
    *cp = -1;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t k;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF)
        k = 2, v = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        k = 3, v = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        k = 4, v = c & 0x07, min = 0x10000;
    else
        return 1;
    if (i + k > n)
        return 1;
    for (size_t j = 1; j < k; j++) {
        if ((s[i + j] & 0xC0) != 0x80)
            return 1;
        v = (v << 6) | (s[i + j] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 1;
    *cp = v;
    return k;
}

/* Code points in s[0..n), each invalid byte counting as one. */
static size_t cp_count(const uint8_t *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; c++) {
        int32_t cp;
        i += utf8_next(s, n, i, &cp);
    }
    return c;
}

/* Decimal digits of the scripts used in this file. */
static bool is_any_digit(int32_t cp)
{
    static const int32_t zeros[] = {0x30,   0x660, 0x6F0, 0x966,
                                    0x9E6,  0xE50, 0xFF10};
    for (size_t i = 0; i < N_ELEMS(zeros); i++)
        if (cp >= zeros[i] && cp <= zeros[i] + 9)
            return true;
    return false;
}

/* Whether a character (or an invalid byte) starts at off, or off == n. */
static bool is_boundary(const uint8_t *s, size_t n, size_t off)
{
    size_t i = 0;
    while (i < off) {
        int32_t cp;
        i += utf8_next(s, n, i, &cp);
    }
    return i == off;
}

static bool has_high_byte(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80)
            return true;
    return false;
}

/* ------------------------------------------------------------------------ */
/* Cases                                                                    */
/* ------------------------------------------------------------------------ */

typedef struct ncase {
    const char *pre, *id, *post;
    int entity;
    const char *subtype; /* expected subtype, or NULL: not checked */
    const char *ascii;   /* the ID in plain ASCII, or NULL when the ID is ASCII */
} ncase;

#define FW_SSN "\uff15\uff13\uff16-\uff12\uff12-\uff18\uff17\uff12\uff16" /* ５３６-２２-８７２６ */
#define FW_SSN_FWDASH "\uff15\uff13\uff16\uff0d\uff12\uff12\uff0d\uff18\uff17\uff12\uff16"
#define AR_SSN "\u0665\u0663\u0666-\u0662\u0662-\u0668\u0667\u0662\u0666"
#define FW_EMAIL                                                                   \
    "\uff4a\uff4f\uff48\uff4e\uff20\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45\uff0e" \
    "\uff43\uff4f\uff4d" /* ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ */

static const ncase FULLWIDTH[] = {
    {"SSN ", FW_SSN, "", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", FW_SSN, " on file", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", FW_SSN_FWDASH, ".", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", "\uff15\uff13\uff16-22-8726", "\n", PII_US_SSN, "", "536-22-8726"},
    /* Luhn-valid cards: the validator sees the normalised digits */
    {"card ", "\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11"
              "\uff11\uff11\uff11",
     "", PII_CREDIT_CARD, "VISA", "4111111111111111"},
    {"card ", "\uff14\uff15\uff13\uff19 \uff15\uff12\uff16\uff10 \uff11\uff18\uff11\uff15 "
              "\uff19\uff10\uff18\uff13",
     " exp", PII_CREDIT_CARD, "VISA", "4539 5260 1815 9083"},
    {"mail ", FW_EMAIL, "", PII_EMAIL_ADDRESS, "", "john@example.com"},
    {"", FW_EMAIL, "", PII_EMAIL_ADDRESS, "", "john@example.com"},
    {"ip ", "\uff11\uff19\uff18\uff0e\uff15\uff11\uff0e\uff11\uff10\uff10\uff0e\uff12\uff13", "",
     PII_IP_ADDRESS, "IPV4", "198.51.100.23"},
    {"IBAN ", "\uff24\uff25\uff18\uff19 \uff13\uff17\uff10\uff14 \uff10\uff10\uff14\uff14 "
              "\uff10\uff15\uff13\uff12 \uff10\uff11\uff13\uff10 \uff10\uff10",
     "", PII_IBAN_CODE, "DE", "DE89 3704 0044 0532 0130 00"},
};

static const ncase SCRIPTS[] = {
    /* Arabic-Indic U+0660.. */
    {"SSN ", AR_SSN, "", PII_US_SSN, "", "536-22-8726"},
    /* Extended Arabic-Indic U+06F0.. (Persian, Urdu) */
    {"SSN ", "\u06f5\u06f3\u06f6-\u06f2\u06f2-\u06f8\u06f7\u06f2\u06f6", " ok", PII_US_SSN, "",
     "536-22-8726"},
    /* Devanagari U+0966.. */
    {"SSN ", "\u096b\u0969\u096c-\u0968\u0968-\u096e\u096d\u0968\u096c", "", PII_US_SSN, "",
     "536-22-8726"},
    /* Bengali U+09E6.. */
    {"SSN ", "\u09eb\u09e9\u09ec-\u09e8\u09e8-\u09ee\u09ed\u09e8\u09ec", "", PII_US_SSN, "",
     "536-22-8726"},
    /* Thai U+0E50.. */
    {"SSN ", "\u0e55\u0e53\u0e56-\u0e52\u0e52-\u0e58\u0e57\u0e52\u0e56", "", PII_US_SSN, "",
     "536-22-8726"},
    /* Arabic-Indic card, Luhn valid */
    {"card ", "\u0664\u0665\u0663\u0669 \u0665\u0662\u0666\u0660 \u0661\u0668\u0661\u0665 "
              "\u0669\u0660\u0668\u0663",
     "", PII_CREDIT_CARD, "VISA", "4539 5260 1815 9083"},
    /* Extended Arabic-Indic card */
    {"card ", "\u06f4\u06f5\u06f3\u06f9 \u06f5\u06f2\u06f6\u06f0 \u06f1\u06f8\u06f1\u06f5 "
              "\u06f9\u06f0\u06f8\u06f3",
     "", PII_CREDIT_CARD, "VISA", "4539 5260 1815 9083"},
    /* Devanagari card */
    {"card ", "\u096a\u096b\u0969\u096f \u096b\u0968\u096c\u0966 \u0967\u096e\u0967\u096b "
              "\u096f\u0966\u096e\u0969",
     ".", PII_CREDIT_CARD, "VISA", "4539 5260 1815 9083"},
};

static const ncase MIXED[] = {
    /* 5 ٣ ६ - ２ 2 - ８ ۷ 2 ٦ */
    {"SSN ", "5\u0663\u096c-\uff122-\uff18\u06f72\u0666", "", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", "\uff15\u0663\u06f6-\u0968\u09e8-\u0e58\uff17\u0662\u06f6", " ok", PII_US_SSN, "",
     "536-22-8726"},
    /* ４５٣٩ ५२६० 1815 ９０８３ */
    {"card ", "\uff14\uff15\u0663\u0669 \u096b\u0968\u096c\u0966 1815 \uff19\uff10\uff18\uff13",
     "", PII_CREDIT_CARD, "VISA", "4539 5260 1815 9083"},
};

static const ncase SPACES[] = {
    {"card ", "4539\u00a05260\u00a01815\u00a09083", "", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"}, /* NBSP */
    {"card ", "4539\u20095260\u20091815\u20099083", "", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"}, /* thin space */
    {"card ", "4539\u202f5260\u202f1815\u202f9083", " ok", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"}, /* narrow NBSP */
    {"card ", "4539\u20075260\u20071815\u20079083", "", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"}, /* figure space */
    {"card ", "4539\u30005260\u30001815\u30009083", "", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"}, /* ideographic space */
    {"card ", "4539\u00a05260\u20091815\u202f9083", "", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"}, /* all three */
    {"SSN ", "536\u200922\u20098726", "", PII_US_SSN, "", "536 22 8726"},
    {"IBAN ", "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000", "", PII_IBAN_CODE, "DE",
     "DE89 3704 0044 0532 0130 00"},
    {"phone ", "(415)\u2009555\u20110132", "", PII_PHONE_NUMBER, NULL, "(415) 555-0132"},
};

static const ncase DASHES[] = {
    {"SSN ", "536\u201322\u20138726", "", PII_US_SSN, "", "536-22-8726"}, /* en dash */
    {"SSN ", "536\u201122\u20118726", "", PII_US_SSN, "", "536-22-8726"}, /* non-breaking hyphen */
    {"SSN ", "536\u221222\u22128726", "", PII_US_SSN, "", "536-22-8726"}, /* minus sign */
    {"SSN ", "536\u201022\u20108726", "", PII_US_SSN, "", "536-22-8726"}, /* hyphen */
    {"SSN ", "536\u201222\u20128726", "", PII_US_SSN, "", "536-22-8726"}, /* figure dash */
    {"SSN ", "536\ufe6322\ufe638726", "", PII_US_SSN, "", "536-22-8726"}, /* small hyphen-minus */
    {"SSN ", "536\uff0d22\uff0d8726", "", PII_US_SSN, "", "536-22-8726"}, /* fullwidth */
    {"SSN ", "536\u201322\u22128726", " ok", PII_US_SSN, "", "536-22-8726"},
    {"card ", "4539\u20135260\u20131815\u20139083", "", PII_CREDIT_CARD, "VISA",
     "4539-5260-1815-9083"},
    {"SSN ", AR_SSN, "", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", "\u0665\u0663\u0666\u2013\u0662\u0662\u2013\u0668\u0667\u0662\u0666", "", PII_US_SSN,
     "", "536-22-8726"},
};

static const ncase EM_DASH[] = {
    {"SSN\u2014", "536-22-8726", "\u2014on file", PII_US_SSN, "", NULL},
    {"SSN \u2014 ", "536-22-8726", " \u2014 on file", PII_US_SSN, "", NULL},
    {"SSN \u2014", "536-22-8726", "\u2014", PII_US_SSN, "", NULL},
    {"SSN\u2013", "536-22-8726", "\u2013x", PII_US_SSN, "", NULL}, /* en dash as punctuation */
    {"SSN\u2014", FW_SSN, "\u2014on file", PII_US_SSN, "", "536-22-8726"},
    {"SSN\u2014", "536\u201322\u20138726", "\u2014ok", PII_US_SSN, "", "536-22-8726"},
    {"card\u2014", "4539 5260 1815 9083", "\u2014ok", PII_CREDIT_CARD, "VISA", NULL},
    {"mail\u2014", "jane.doe@example.com", "\u2014ok", PII_EMAIL_ADDRESS, "", NULL},
    {"IBAN\u2014", "DE89 3704 0044 0532 0130 00", "\u2014ok", PII_IBAN_CODE, "DE", NULL},
};

/* zero-width and invisible format characters */
static const char *const ZW[] = {
    "\u200b", /* zero-width space */
    "\u200d", /* zero-width joiner */
    "\u200c", /* zero-width non-joiner */
    "\u2060", /* word joiner */
    "\ufeff", /* BOM / zero-width no-break space */
    "\u00ad", /* soft hyphen */
};
static const char *const ZW_NAME[] = {"ZWSP", "ZWJ", "ZWNJ", "WJ", "BOM", "SHY"};

static const ncase ZERO_WIDTH[] = {
    {"SSN ", "5\u200b3\u200c6\u2060-\ufeff22-87\u00ad26", "", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", "5\u200b\u200b3\u200c\u200d6-22-8726", "", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", "536\u200b22\u200b8726", "", PII_US_SSN, "", "536228726"},
    {"card ", "4539\u200b5260\u200b1815\u200b9083", ".", PII_CREDIT_CARD, "VISA",
     "4539526018159083"},
    {"card ", "4539\u00ad5260\u00ad1815\u00ad9083", "", PII_CREDIT_CARD, "VISA",
     "4539526018159083"},
    {"card ", "4539 \u200d5260 1815\u2060 9083", "", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"},
    {"SSN ", FW_SSN_FWDASH, "", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", "\uff15\u200b\uff13\uff16-\uff12\u200c\uff12-\uff18\uff17\u00ad\uff12\uff16", "",
     PII_US_SSN, "", "536-22-8726"},
    /* next to the ID but outside it: not part of the finding */
    {"SSN \u200b", "536-22-8726", "\u200b", PII_US_SSN, "", NULL},
    {"SSN \u200b", "536-22-8726", "\u200b on file", PII_US_SSN, "", NULL},
    {"SSN\u2060 ", "536-22-8726", "\ufeff", PII_US_SSN, "", NULL},
    {"\ufeff", "jane.doe@example.com", "\ufeff", PII_EMAIL_ADDRESS, "", NULL},
};

static const ncase MARKS[] = {
    {"SSN ", "5\u03013\u03086-22-8726", "", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", "536-22-8726\u0301", "", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", "5\u0301\u03083\u03246-2\u03002-8\u03037\u03042\u03056\u0306", " ok", PII_US_SSN, "",
     "536-22-8726"},
    {"SSN ", "5\u20e336-22-8726", "", PII_US_SSN, "", "536-22-8726"}, /* enclosing keycap */
    {"SSN ", "\uff15\u0301\uff13\uff16-22-8726", "", PII_US_SSN, "", "536-22-8726"},
    {"card ", "4539\u0332 5260 1815 9083\u0332", "", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"},
    {"mail ", "jane\u0301.doe@example.com", "", PII_EMAIL_ADDRESS, "", "jane.doe@example.com"},
};

static const ncase RTL[] = {
    /* Arabic: "رقم 536-22-8726 هوية" */
    {"\u0631\u0642\u0645 ", "536-22-8726", " \u0647\u0648\u064a\u0629", PII_US_SSN, "", NULL},
    /* Hebrew: "מספר 536-22-8726 זהות" */
    {"\u05de\u05e1\u05e4\u05e8 ", "536-22-8726", " \u05d6\u05d4\u05d5\u05ea", PII_US_SSN, "",
     NULL},
    /* RLM / LRM right against the ID */
    {"SSN \u200f", "536-22-8726", "\u200e", PII_US_SSN, "", NULL},
    {"\u200fSSN ", "536-22-8726", "\u200f", PII_US_SSN, "", NULL},
    {"\u05de\u05e1\u05e4\u05e8 \u200f", "536-22-8726", "\u200f \u05d6\u05d4\u05d5\u05ea",
     PII_US_SSN, "", NULL},
    /* embedding, isolate, Arabic letter mark */
    {"SSN \u202b", "536-22-8726", "\u202c", PII_US_SSN, "", NULL},
    {"SSN \u2067", "536-22-8726", "\u2069", PII_US_SSN, "", NULL},
    {"SSN \u061c", "536-22-8726", "\u061c", PII_US_SSN, "", NULL},
    {"SSN \u202e", "536-22-8726", "\u202c", PII_US_SSN, "", NULL}, /* right-to-left override */
    /* Arabic sentence with Arabic-Indic digits: "رقم الضمان ... شكرا" */
    {"\u0631\u0642\u0645 \u0627\u0644\u0636\u0645\u0627\u0646 ", AR_SSN,
     " \u0634\u0643\u0631\u0627", PII_US_SSN, "", "536-22-8726"},
    /* Hebrew around an email and a card */
    {"\u05de\u05d9\u05d9\u05dc: ", "jane.doe@example.com", " \u05ea\u05d5\u05d3\u05d4",
     PII_EMAIL_ADDRESS, "", NULL},
    {"\u05db\u05e8\u05d8\u05d9\u05e1 \u200f", "4539 5260 1815 9083", "\u200f \u05ea\u05d5\u05d3\u05d4",
     PII_CREDIT_CARD, "VISA", NULL},
    {"\u0628\u0637\u0627\u0642\u0629 \u200f", "\u0664\u0665\u0663\u0669 \u0665\u0662\u0666\u0660 "
                                               "\u0661\u0668\u0661\u0665 \u0669\u0660\u0668\u0663",
     "\u200f", PII_CREDIT_CARD, "VISA", "4539 5260 1815 9083"},
};

static const ncase INVALID[] = {
    {"SSN \xff", "536-22-8726", "", PII_US_SSN, "", NULL},
    {"SSN ", "536-22-8726", "\xff", PII_US_SSN, "", NULL},
    {"SSN \xff\xfe", "536-22-8726", "\x80\x80", PII_US_SSN, "", NULL},
    {"SSN \xe2\x80", "536-22-8726", "", PII_US_SSN, "", NULL},   /* truncated sequence */
    {"SSN \xc0\xaf", "536-22-8726", "\xc0", PII_US_SSN, "", NULL}, /* overlong */
    {"SSN \xed\xa0\x80", "536-22-8726", "\xed\xbf\xbf", PII_US_SSN, "", NULL}, /* surrogates */
    {"SSN \xf4\x90\x80\x80", "536-22-8726", "\xf8", PII_US_SSN, "", NULL}, /* > U+10FFFF */
    {"SSN \xff", FW_SSN, "\xff", PII_US_SSN, "", "536-22-8726"},
    {"SSN ", FW_SSN, "\xef\xbc", PII_US_SSN, "", "536-22-8726"}, /* half a fullwidth digit */
    {"SSN \xbc\x95", FW_SSN, "", PII_US_SSN, "", "536-22-8726"}, /* its other half */
    {"SSN ", AR_SSN, "\xd9", PII_US_SSN, "", "536-22-8726"},
    {"card ", "4539\u00a05260\u00a01815\u00a09083", "\xc2", PII_CREDIT_CARD, "VISA",
     "4539 5260 1815 9083"},
    {"mail \xfe", FW_EMAIL, "\xfe", PII_EMAIL_ADDRESS, "", "john@example.com"},
};

/* Quoted-printable mail (RFC 2045, and RFC 2047 "Q" encoded words): an
 * escaped separator or '=' before an ID does not glue it to its label. */
static const ncase QUOTED_PRINTABLE[] = {
    {"SSN:=C2=A0", "474-91-5250", "\nCard:", PII_US_SSN, "", NULL},
    {"SSN:=c2=a0", "536-22-8726", "", PII_US_SSN, "", NULL}, /* lower-case hex */
    {"Card for the deposit:=C2=A0", "4539 1523 4518 1706", "\n", PII_CREDIT_CARD, "VISA", NULL},
    {"Salary account IBAN:=E2=80=AF", "DE89 3704 0044 0532 0130 00", "", PII_IBAN_CODE, "DE",
     NULL}, /* narrow no-break space */
    {"Mobile:=C2=A0", "(646) 318-2290", "\n", PII_PHONE_NUMBER, NULL, NULL},
    {"Alternative email:=C2=A0", "ben.whitaker@proton.me", "\n", PII_EMAIL_ADDRESS, "", NULL},
    {"Tel.:=A0", "+49 30 2417780", "\n", PII_PHONE_NUMBER, NULL, NULL}, /* ISO-8859-1 */
    {"GET /api/v1/pay?card=3D", "4916698466583198", "&order=3D100447", PII_CREDIT_CARD, "VISA",
     NULL},
    {"SSN=E2=80=8B", "536-22-8726", "", PII_US_SSN, "", NULL}, /* zero-width space */
    {"Subject: =?utf-8?Q?W-2_correction_=E2=80=93_employee_SSN_", "303-55-9495", "_(2023)?=",
     PII_US_SSN, "", NULL},
    {"Subject: =?UTF-8?q?Tarjeta=3A_", "4539_5260_1815_9083", "?=", PII_CREDIT_CARD, "VISA", NULL},
    /* an escaped line break before the value (a vCard's note) */
    {"Employee SSN:=0D=0A", "473-18-2256", "=0D=0AStart date", PII_US_SSN, "", NULL},
    {"NOTE;ENCODING=QUOTED-PRINTABLE:backup contact=0D=0A", "(773) 481-2290", " (her mom)",
     PII_PHONE_NUMBER, NULL, NULL},
};

/* JSON's "\uXXXX" escapes (.NET's "\u002B", Go's "\u003c", ASCII-only
 * encoders' "\u00a0") and a "\n" before an address. */
static const ncase JSON_ESCAPES[] = {
    {"{\"from\":\"Acme Support \\u003c", "support@acme.io", "\\u003e\"}", PII_EMAIL_ADDRESS, "",
     NULL},
    {"{\"note\":\"SSN\\u00a0", "536-22-8726", "\"}", PII_US_SSN, "", NULL},
    {"{\"note\":\"card\\u003a\\u0020", "4539 5260 1815 9083", "\"}", PII_CREDIT_CARD, "VISA",
     NULL},
    {"{\"msg\":\"write to\\n", "jane.doe@example.com", "\\nthanks\"}", PII_EMAIL_ADDRESS, "",
     NULL},
    /* a line break or tab escaped before a value on its own */
    {"{\"body\":\"Hi,\\n\\nMy social security number:\\n", "803-22-3199", "\\n\\nThanks\"}",
     PII_US_SSN, "", NULL},
    {"{\"body\":\"use this card from now on:\\r\\n", "4000 2241 3867 8113", "\\r\\n\"}",
     PII_CREDIT_CARD, "VISA", NULL},
    {"{\"note\":\"Mobile:\\t", "(415) 862-3307", "\\tCall after 5\"}", PII_PHONE_NUMBER, NULL,
     NULL},
};

/* HTML's character references around a value: a no-break space, a
 * narrow one ("&#8239;"), written by name, number or hex. */
static const ncase HTML_ESCAPES[] = {
    {"<p>SSN:&nbsp;", "536-22-8726", "&nbsp;</p>", PII_US_SSN, "", NULL},
    {"<td>Mobile&#160;", "(415) 862-3307", "</td>", PII_PHONE_NUMBER, NULL, NULL},
    {"E-mail&#xA0;:&#xa0;", "jane.doe@example.com", "&nbsp;<br>", PII_EMAIL_ADDRESS, "", NULL},
    {"Card&nbsp;no.&#8239;", "4539 5260 1815 9083", "&#8194;exp 04/27", PII_CREDIT_CARD, "VISA",
     NULL},
};

/* A terminal's colours around a value, raw (CI logs, `docker compose
 * logs`) or as a container's JSON log writes ESC; nginx's "\x22". */
static const ncase TERMINAL_ESCAPES[] = {
    {"\x1b[31mERROR\x1b[0m KYC check failed for SSN \x1b[1m", "857-52-4953",
     "\x1b[22m (vendor code 4471)", PII_US_SSN, "", NULL},
    {"card on file \x1b[38;5;214m", "4716915980763672", "\x1b[0m", PII_CREDIT_CARD, "VISA", NULL},
    {"\x1b[36mapi-1     | \x1b[0m", "198.51.100.81", " - - [12/Mar/2024:14:05:40 +0000]",
     PII_IP_ADDRESS, NULL, NULL},
    {"mail \x1b[36m", "melanie.ortiz@gmail.com", "\x1b[0m", PII_EMAIL_ADDRESS, "", NULL},
    {"{\"log\":\"\\u001b[31mERROR\\u001b[0m SSN \\u001b[1m", "857-52-4953",
     "\\u001b[0m\\n\"}", PII_US_SSN, "", NULL},
    {"body=\"{\\x22ssn\\x22:\\x22", "804-34-7136", "\\x22}\"", PII_US_SSN, "", NULL},
    {"body=\"{\\x22email\\x22:\\x22", "jo.baker@gmail.com", "\\x22,\\x22n\\x22:1}\"",
     PII_EMAIL_ADDRESS, "", NULL},
};

typedef struct case_group {
    const char *name;
    const ncase *v;
    size_t n;
} case_group;

#define GROUP(name, arr) {name, arr, N_ELEMS(arr)}
static const case_group GROUPS[] = {
    GROUP("fullwidth", FULLWIDTH), GROUP("scripts", SCRIPTS), GROUP("mixed", MIXED),
    GROUP("spaces", SPACES),       GROUP("dashes", DASHES),   GROUP("em_dash", EM_DASH),
    GROUP("zero_width", ZERO_WIDTH), GROUP("marks", MARKS),   GROUP("rtl", RTL),
    GROUP("invalid_utf8", INVALID), GROUP("quoted_printable", QUOTED_PRINTABLE),
    GROUP("json_escapes", JSON_ESCAPES), GROUP("html_escapes", HTML_ESCAPES),
    GROUP("terminal_escapes", TERMINAL_ESCAPES),
};

static bytes case_input(const ncase *c)
{
    bytes b = {0};
    bytes_str(&b, c->pre);
    bytes_str(&b, c->id);
    bytes_str(&b, c->post);
    return b;
}

/* "SSN 5<z>3<z>6<z>-<z>2<z>2<z>-..." : z between every two characters */
static bytes interleave(const char *pre, const char *id, const char *z, const char *post)
{
    bytes b = {0};
    bytes_str(&b, pre);
    for (const char *p = id; *p; p++) {
        bytes_add(&b, p, 1);
        if (p[1])
            bytes_str(&b, z);
    }
    bytes_str(&b, post);
    return b;
}

/* ------------------------------------------------------------------------ */
/* Checks on any input                                                      */
/* ------------------------------------------------------------------------ */

/* Redact s with ctx's current operators (one-shot), findings to fv. */
static void redact_into(pii_ctx *ctx, const uint8_t *s, size_t n, bytes *out, fvec *fv)
{
    size_t cap = pii_redact_bound(ctx, n);
    uint8_t *dst = malloc(cap ? cap : 1);
    REQUIRE(dst != NULL, "out of memory");
    REQUIRE(pii_ctx_set_callback(ctx, collect_cb, fv) == PII_OK, "set_callback");
    int64_t r = pii_redact(ctx, s, n, dst, cap);
    REQUIRE(pii_ctx_set_callback(ctx, NULL, NULL) == PII_OK, "set_callback");
    REQUIRE(r >= 0, "pii_redact: %s", pii_error_name((int)r));
    bytes_add(out, dst, (size_t)r);
    free(dst);
}

/*
 * Invariants of one input under normalisation:
 *  - findings on character boundaries, in order, disjoint;
 *  - PII_FLAG_NORMALIZED exactly when the finding's bytes are not ASCII;
 *  - tag redaction: the input with each finding replaced by "[ENTITY]";
 *  - mask redaction: the bytes between findings unchanged, each finding
 *    replaced by the same number of code points, each either the original
 *    one or '*', and no digit of any script left.
 * Returns the number of findings.
 */
static size_t check_invariants(const char *what, const uint8_t *s, size_t n)
{
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    scan_into(ctx, s, n, &f);
    for (size_t i = 0; i < f.n; i++) {
        const pii_finding *x = &f.v[i];
        REQUIRE(x->start < x->end && x->end <= n, "%s: finding %zu out of bounds", what, i);
        REQUIRE(i == 0 || f.v[i - 1].end <= x->start, "%s: findings overlap", what);
        REQUIRE(is_boundary(s, n, (size_t)x->start) && is_boundary(s, n, (size_t)x->end),
                "%s: finding %zu (%llu-%llu) cuts a character", what, i,
                (unsigned long long)x->start, (unsigned long long)x->end);
        bool high = has_high_byte(s + x->start, (size_t)(x->end - x->start));
        REQUIRE(!!(x->flags & PII_FLAG_NORMALIZED) == high,
                "%s: finding %zu (%s %llu-%llu) flags %u: NORMALIZED must be %s", what, i,
                pii_entity_name(x->entity), (unsigned long long)x->start,
                (unsigned long long)x->end, x->flags, high ? "set" : "clear");
    }

    /* tags */
    bytes out = {0}, want = {0};
    fvec g = {0};
    redact_into(ctx, s, n, &out, &g);
    REQUIRE(g.n == f.n, "%s: pii_redact reported %zu findings, pii_scan %zu", what, g.n, f.n);
    size_t pos = 0;
    for (size_t i = 0; i < f.n; i++) {
        bytes_add(&want, s + pos, (size_t)(f.v[i].start - pos));
        bytes_str(&want, "[");
        bytes_str(&want, pii_entity_name(f.v[i].entity));
        bytes_str(&want, "]");
        pos = (size_t)f.v[i].end;
    }
    bytes_add(&want, s + pos, n - pos);
    REQUIRE(out.n == want.n && memcmp(out.p, want.p, out.n) == 0,
            "%s: tag redaction changed bytes outside findings: got '%.*s', want '%.*s'", what,
            (int)out.n, (const char *)out.p, (int)want.n, (const char *)want.p);

    /* mask */
    REQUIRE(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "mask") == PII_OK, "mask spec");
    out.n = 0;
    g.n = 0;
    redact_into(ctx, s, n, &out, &g);
    REQUIRE(cp_count(out.p, out.n) == cp_count(s, n),
            "%s: masking changed the code point count (%zu -> %zu)", what, cp_count(s, n),
            cp_count(out.p, out.n));
    size_t o = 0;
    pos = 0;
    for (size_t i = 0; i <= f.n; i++) {
        size_t gap_end = i < f.n ? (size_t)f.v[i].start : n;
        size_t gap = gap_end - pos;
        REQUIRE(o + gap <= out.n && memcmp(out.p + o, s + pos, gap) == 0,
                "%s: masking changed bytes before finding %zu", what, i);
        o += gap;
        if (i == f.n)
            break;
        /* walk the finding and its replacement code point by code point */
        size_t a = (size_t)f.v[i].start, e = (size_t)f.v[i].end;
        while (a < e) {
            int32_t ci, co;
            size_t ki = utf8_next(s, e, a, &ci);
            REQUIRE(o < out.n, "%s: mask of finding %zu too short", what, i);
            size_t ko = utf8_next(out.p, out.n, o, &co);
            bool same = ki == ko && memcmp(s + a, out.p + o, ki) == 0;
            REQUIRE(co == '*' || same, "%s: finding %zu: mask has U+%04X for U+%04X", what, i,
                    (unsigned)co, (unsigned)ci);
            REQUIRE(!(same && is_any_digit(ci)), "%s: finding %zu: digit U+%04X left unmasked",
                    what, i, (unsigned)ci);
            a += ki;
            o += ko;
        }
        pos = e;
    }
    REQUIRE(o == out.n, "%s: mask output longer than expected", what);

    bytes_free(&out);
    bytes_free(&want);
    fvec_free(&g);
    pii_ctx_free(ctx);
    size_t count = f.n;
    fvec_free(&f);
    return count;
}

/* A case: the ID alone is found, at exactly its bytes, with the expected
 * entity and subtype; the invariants hold; the ASCII form is found alike
 * without PII_FLAG_NORMALIZED. */
static void check_case(const char *group, size_t idx, const ncase *c)
{
    char what[96];
    snprintf(what, sizeof what, "%s[%zu]", group, idx);
    bytes in = case_input(c);
    size_t start = strlen(c->pre), end = start + strlen(c->id);

    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    scan_into(ctx, in.p, in.n, &f);
    REQUIRE(f.n == 1, "%s: %zu findings, want 1 %s at %zu-%zu (first: %s %llu-%llu)", what, f.n,
            pii_entity_name(c->entity), start, end, f.n ? pii_entity_name(f.v[0].entity) : "-",
            f.n ? (unsigned long long)f.v[0].start : 0ULL,
            f.n ? (unsigned long long)f.v[0].end : 0ULL);
    const pii_finding *x = &f.v[0];
    REQUIRE(x->entity == c->entity, "%s: found %s, want %s", what, pii_entity_name(x->entity),
            pii_entity_name(c->entity));
    REQUIRE(x->start == start && x->end == end,
            "%s: %s at %llu-%llu, want exactly the ID's bytes %zu-%zu", what,
            pii_entity_name(x->entity), (unsigned long long)x->start,
            (unsigned long long)x->end, start, end);
    if (c->subtype)
        REQUIRE(strcmp(x->subtype, c->subtype) == 0, "%s: subtype '%s', want '%s'", what,
                x->subtype, c->subtype);
    bool high = has_high_byte((const uint8_t *)c->id, strlen(c->id));
    REQUIRE(!!(x->flags & PII_FLAG_NORMALIZED) == high, "%s: flags %u, NORMALIZED must be %s",
            what, x->flags, high ? "set" : "clear");
    REQUIRE(!high || c->ascii, "%s: test table: a non-ASCII ID needs its ASCII form", what);
    fvec_free(&f);

    if (c->ascii) {
        bytes a = {0};
        bytes_str(&a, c->pre);
        bytes_str(&a, c->ascii);
        bytes_str(&a, c->post);
        scan_into(ctx, a.p, a.n, &f);
        REQUIRE(f.n == 1 && f.v[0].entity == c->entity && f.v[0].start == start &&
                    f.v[0].end == start + strlen(c->ascii),
                "%s: the ASCII form is not found alike (%zu findings)", what, f.n);
        REQUIRE(!(f.v[0].flags & PII_FLAG_NORMALIZED), "%s: ASCII form flagged NORMALIZED", what);
        if (c->subtype)
            REQUIRE(strcmp(f.v[0].subtype, c->subtype) == 0, "%s: ASCII subtype '%s'", what,
                    f.v[0].subtype);
        fvec_free(&f);
        bytes_free(&a);
    }
    pii_ctx_free(ctx);
    check_invariants(what, in.p, in.n);
    bytes_free(&in);
}

static void check_group(const case_group *g)
{
    for (size_t i = 0; i < g->n; i++)
        check_case(g->name, i, &g->v[i]);
}

/* ------------------------------------------------------------------------ */
/* The cases, one test per group                                            */
/* ------------------------------------------------------------------------ */

START_TEST(test_fullwidth) { check_group(&GROUPS[0]); }
END_TEST

/* The validators see the normalised digits: a fullwidth (or Arabic-Indic)
 * card that fails Luhn is no card, one that passes is a VISA. */
START_TEST(test_fullwidth_card_luhn)
{
    static const struct {
        const char *in;
        bool card;
    } cases[] = {
        {"card \uff14\uff15\uff13\uff19 \uff15\uff12\uff16\uff10 \uff11\uff18\uff11\uff15 "
         "\uff19\uff10\uff18\uff13",
         true},
        {"card \uff14\uff15\uff13\uff19 \uff15\uff12\uff16\uff10 \uff11\uff18\uff11\uff15 "
         "\uff19\uff10\uff18\uff14",
         false},
        {"card \u0664\u0665\u0663\u0669 \u0665\u0662\u0666\u0660 \u0661\u0668\u0661\u0665 "
         "\u0669\u0660\u0668\u0664",
         false},
        {"card \uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11"
         "\uff11\uff11\uff11\uff12",
         false},
    };
    pii_ctx *ctx = new_ctx(RS_NORM);
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        fvec f = {0};
        scan_into(ctx, (const uint8_t *)cases[i].in, strlen(cases[i].in), &f);
        size_t cards = 0;
        for (size_t k = 0; k < f.n; k++)
            if (f.v[k].entity == PII_CREDIT_CARD) {
                cards++;
                ck_assert_str_eq(f.v[k].subtype, "VISA");
                ck_assert_uint_eq(f.v[k].start, 5);
                ck_assert_uint_eq(f.v[k].end, strlen(cases[i].in));
                ck_assert_uint_eq(f.v[k].flags & (PII_FLAG_VALIDATED | PII_FLAG_NORMALIZED),
                                  PII_FLAG_VALIDATED | PII_FLAG_NORMALIZED);
            }
        ck_assert_msg(cards == (cases[i].card ? 1u : 0u), "case %zu: %zu cards", i, cards);
        fvec_free(&f);
    }
    pii_ctx_free(ctx);
}
END_TEST

START_TEST(test_scripts) { check_group(&GROUPS[1]); }
END_TEST

START_TEST(test_mixed_scripts) { check_group(&GROUPS[2]); }
END_TEST

START_TEST(test_space_separators) { check_group(&GROUPS[3]); }
END_TEST

START_TEST(test_dash_separators) { check_group(&GROUPS[4]); }
END_TEST

START_TEST(test_em_dash_punctuation) { check_group(&GROUPS[5]); }
END_TEST

START_TEST(test_zero_width_table) { check_group(&GROUPS[6]); }
END_TEST

START_TEST(test_combining_marks) { check_group(&GROUPS[7]); }
END_TEST

START_TEST(test_rtl) { check_group(&GROUPS[8]); }
END_TEST

START_TEST(test_invalid_utf8) { check_group(&GROUPS[9]); }
END_TEST

START_TEST(test_quoted_printable) { check_group(&GROUPS[10]); }
END_TEST

START_TEST(test_json_escapes) { check_group(&GROUPS[11]); }
END_TEST

START_TEST(test_html_escapes) { check_group(&GROUPS[12]); }
END_TEST

START_TEST(test_terminal_escapes) { check_group(&GROUPS[13]); }
END_TEST

/* Each zero-width / format character between every two characters of an
 * SSN, a card and a phone number. */
START_TEST(test_zero_width_everywhere)
{
    static const struct {
        const char *pre, *id, *post;
        int entity;
    } ids[] = {
        {"SSN ", "536-22-8726", "", PII_US_SSN},
        {"SSN ", "536-22-8726", " on file", PII_US_SSN},
        {"card ", "4539 5260 1815 9083", "", PII_CREDIT_CARD},
        {"card ", "4539-5260-1815-9083", ".", PII_CREDIT_CARD},
        {"phone ", "415-555-0132", "", PII_PHONE_NUMBER},
    };
    for (size_t z = 0; z < N_ELEMS(ZW); z++)
        for (size_t k = 0; k < N_ELEMS(ids); k++) {
            char what[64];
            snprintf(what, sizeof what, "%s in '%s'", ZW_NAME[z], ids[k].id);
            bytes in = interleave(ids[k].pre, ids[k].id, ZW[z], ids[k].post);
            size_t start = strlen(ids[k].pre), end = in.n - strlen(ids[k].post);
            pii_ctx *ctx = new_ctx(RS_NORM);
            fvec f = {0};
            scan_into(ctx, in.p, in.n, &f);
            pii_ctx_free(ctx);
            REQUIRE(f.n == 1 && f.v[0].entity == ids[k].entity,
                    "%s: %zu findings (first %s), want one %s", what, f.n,
                    f.n ? pii_entity_name(f.v[0].entity) : "-", pii_entity_name(ids[k].entity));
            REQUIRE(f.v[0].start == start && f.v[0].end == end,
                    "%s: found at %llu-%llu, want %zu-%zu (all of the interleaved bytes)", what,
                    (unsigned long long)f.v[0].start, (unsigned long long)f.v[0].end, start,
                    end);
            REQUIRE(f.v[0].flags & PII_FLAG_NORMALIZED, "%s: not flagged NORMALIZED", what);
            fvec_free(&f);
            check_invariants(what, in.p, in.n);
            bytes_free(&in);
        }
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Flag, redaction, off switch                                              */
/* ------------------------------------------------------------------------ */

/* A document with many normalised and plain IDs: NORMALIZED on exactly the
 * non-ASCII findings, and at least one of each kind. */
static bytes make_document(size_t **id_offsets)
{
    bytes d = {0};
    size_t total = 0, k = 0;
    for (size_t g = 0; g < N_ELEMS(GROUPS); g++)
        total += GROUPS[g].n;
    size_t *at = id_offsets ? malloc(total * sizeof *at) : NULL;
    REQUIRE(!id_offsets || at, "out of memory");
    for (size_t g = 0; g < N_ELEMS(GROUPS); g++)
        for (size_t i = 0; i < GROUPS[g].n; i++) {
            const ncase *c = &GROUPS[g].v[i];
            bytes_str(&d, c->pre);
            if (at)
                at[k++] = d.n;
            bytes_str(&d, c->id);
            bytes_str(&d, c->post);
            bytes_str(&d, "\n\n");
        }
    if (id_offsets)
        *id_offsets = at;
    return d;
}

/* Whether an ID has a character that only normalisation makes part of a
 * number: a digit of another script, a fullwidth form, a zero-width or
 * format character, a Unicode space or dash (combining marks and letters
 * of other scripts are word characters without it too). */
static bool needs_normalization(const char *id)
{
    const uint8_t *s = (const uint8_t *)id;
    size_t n = strlen(id);
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += utf8_next(s, n, i, &cp);
        if ((cp >= 0x80 && is_any_digit(cp)) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
            (cp >= 0x2000 && cp <= 0x206F) || cp == 0xA0 || cp == 0xAD || cp == 0xFEFF ||
            cp == 0x3000 || cp == 0xFE63)
            return true;
    }
    return false;
}

START_TEST(test_flag_exactly_when_not_ascii)
{
    bytes d = make_document(NULL);
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    scan_into(ctx, d.p, d.n, &f);
    pii_ctx_free(ctx);
    size_t flagged = 0, plain = 0;
    for (size_t i = 0; i < f.n; i++) {
        bool high = has_high_byte(d.p + f.v[i].start, (size_t)(f.v[i].end - f.v[i].start));
        REQUIRE(!!(f.v[i].flags & PII_FLAG_NORMALIZED) == high,
                "document finding %zu (%s at %llu): NORMALIZED %s", i,
                pii_entity_name(f.v[i].entity), (unsigned long long)f.v[i].start,
                high ? "missing" : "set on ASCII bytes");
        flagged += high;
        plain += !high;
    }
    size_t want = 0, want_flagged = 0;
    for (size_t g = 0; g < N_ELEMS(GROUPS); g++)
        for (size_t i = 0; i < GROUPS[g].n; i++) {
            want++;
            want_flagged += has_high_byte((const uint8_t *)GROUPS[g].v[i].id,
                                          strlen(GROUPS[g].v[i].id));
        }
    ck_assert_uint_eq(f.n, want);
    ck_assert_uint_eq(flagged, want_flagged);
    ck_assert_uint_eq(plain, want - want_flagged);
    ck_assert_uint_gt(plain, 0);
    fvec_free(&f);

    /* plain ASCII input: never flagged, normalisation on or off alike */
    static const char ascii[] = "SSN 536-22-8726, card 4539 5260 1815 9083, mail "
                                "jane.doe@example.com, ip 198.51.100.23, phone (415) 555-0132";
    fvec a = {0}, b = {0};
    ctx = new_ctx(RS_NORM);
    scan_into(ctx, (const uint8_t *)ascii, sizeof ascii - 1, &a);
    pii_ctx_free(ctx);
    ctx = new_ctx(RS_PLAIN);
    scan_into(ctx, (const uint8_t *)ascii, sizeof ascii - 1, &b);
    pii_ctx_free(ctx);
    ck_assert_uint_eq(a.n, 5);
    ck_assert_uint_eq(a.n, b.n);
    for (size_t i = 0; i < a.n; i++) {
        ck_assert_msg(!(a.v[i].flags & PII_FLAG_NORMALIZED), "ASCII finding %zu flagged", i);
        ck_assert_msg(memcmp(&a.v[i], &b.v[i], sizeof a.v[i]) == 0,
                      "ASCII finding %zu differs with normalisation off", i);
    }
    fvec_free(&a);
    fvec_free(&b);
    bytes_free(&d);

    /* The flag means "found through normalisation": an address with
     * precomposed non-ASCII letters is found as it is (the view keeps
     * them), so it is not flagged, and normalisation off finds it alike;
     * one fullwidth letter in it makes it a normalised finding. */
    static const char idn[] = "mail jos\u00e9@ex\u00e4mple.com";
    ctx = new_ctx(RS_NORM);
    scan_into(ctx, (const uint8_t *)idn, sizeof idn - 1, &a);
    pii_ctx_free(ctx);
    ctx = new_ctx(RS_PLAIN);
    scan_into(ctx, (const uint8_t *)idn, sizeof idn - 1, &b);
    pii_ctx_free(ctx);
    ck_assert_uint_eq(a.n, 1);
    ck_assert_uint_eq(b.n, 1);
    ck_assert_int_eq(a.v[0].entity, PII_EMAIL_ADDRESS);
    ck_assert_uint_eq(a.v[0].start, 5);
    ck_assert_uint_eq(a.v[0].end, sizeof idn - 1);
    ck_assert_msg(!(a.v[0].flags & PII_FLAG_NORMALIZED), "precomposed letters: flagged");
    ck_assert_msg(memcmp(&a.v[0], &b.v[0], sizeof a.v[0]) == 0, "differs with normalisation off");
    fvec_free(&a);
    static const char idn_fw[] = "mail \uff4aos\u00e9@ex\u00e4mple.com";
    ctx = new_ctx(RS_NORM);
    scan_into(ctx, (const uint8_t *)idn_fw, sizeof idn_fw - 1, &a);
    pii_ctx_free(ctx);
    ck_assert_uint_eq(a.n, 1);
    ck_assert_uint_eq(a.v[0].start, 5);
    ck_assert_uint_eq(a.v[0].end, sizeof idn_fw - 1);
    ck_assert_msg(a.v[0].flags & PII_FLAG_NORMALIZED, "fullwidth letter: not flagged");
    fvec_free(&a);
    fvec_free(&b);
}
END_TEST

/* Exact redactions: mask replaces exactly the original bytes, one '*' per
 * letter/digit whatever its width, separators and invisible characters
 * kept, code point count kept. */
START_TEST(test_mask_exact)
{
    static const struct {
        const char *in, *spec, *want;
    } cases[] = {
        {"SSN " FW_SSN ".", "mask", "SSN ***-**-****."},
        {"SSN " FW_SSN_FWDASH ".", "mask:keep=4",
         "SSN ***\uff0d**\uff0d\uff18\uff17\uff12\uff16."},
        {"SSN " AR_SSN " ok", "mask:char=#", "SSN ###-##-#### ok"},
        {"card 4539\u00a05260\u20091815\u202f9083!", "mask",
         "card ****\u00a0****\u2009****\u202f****!"},
        {"SSN 536\u201322\u22128726", "mask", "SSN ***\u2013**\u2212****"},
        {"SSN 5\u200b3\u200c6-22-8726\u200b", "mask", "SSN *\u200b*\u200c*-**-****\u200b"},
        {"mail " FW_EMAIL ";", "mask", "mail ****\uff20*******\uff0e***;"},
        {"SSN\u2014536-22-8726\u2014ok", "mask", "SSN\u2014***-**-****\u2014ok"},
        {"\u05de\u05e1\u05e4\u05e8 \u200f536-22-8726\u200f", "mask",
         "\u05de\u05e1\u05e4\u05e8 \u200f***-**-****\u200f"},
        {"SSN \xff" FW_SSN "\xfe", "mask", "SSN \xff***-**-****\xfe"},
        {"SSN " FW_SSN ".", "tag", "SSN [US_SSN]."},
        {"SSN " FW_SSN ".", "remove", "SSN ."},
        {"SSN " FW_SSN ".", "mask:char=\u2022", "SSN \u2022\u2022\u2022-\u2022\u2022-\u2022\u2022"
                                                "\u2022\u2022."},
    };
    pii_ctx *ctx = new_ctx(RS_NORM);
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, cases[i].spec), PII_OK);
        uint8_t out[512];
        size_t n = strlen(cases[i].in);
        int64_t r = pii_redact(ctx, cases[i].in, n, out, sizeof out);
        ck_assert_int_ge(r, 0);
        ck_assert_msg((size_t)r == strlen(cases[i].want) &&
                          memcmp(out, cases[i].want, (size_t)r) == 0,
                      "case %zu (%s): got '%.*s', want '%s'", i, cases[i].spec, (int)r,
                      (const char *)out, cases[i].want);
        if (strncmp(cases[i].spec, "mask", 4) == 0)
            ck_assert_uint_eq(cp_count(out, (size_t)r), cp_count((const uint8_t *)cases[i].in, n));
    }
    pii_ctx_free(ctx);
}
END_TEST

/* Every case input and the whole document: bytes outside findings are
 * untouched (tags and mask), through the general invariant check. */
START_TEST(test_untouched_outside_findings)
{
    bytes d = make_document(NULL);
    size_t n = check_invariants("document", d.p, d.n);
    ck_assert_uint_gt(n, 50);
    bytes_free(&d);
    /* noise only: no finding, output identical */
    static const char noise[] = "\u200b\u200d\uff0d\u2014\u00a0\xff\xfe \u0301\u05d0\u0665\u200f"
                                "\uff20\uff0e -- \u2013\u2212 \ufeff\u00ad";
    ck_assert_uint_eq(check_invariants("noise", (const uint8_t *)noise, sizeof noise - 1), 0);
}
END_TEST

/* Normalisation off: the normalised forms are not found (a fullwidth SSN
 * is not an SSN), plain ASCII is, and nothing is flagged. */
START_TEST(test_normalize_off)
{
    pii_ctx *ctx = new_ctx(RS_PLAIN);
    fvec f = {0};
    static const char fw[] = "SSN " FW_SSN;
    scan_into(ctx, (const uint8_t *)fw, sizeof fw - 1, &f);
    ck_assert_uint_eq(f.n, 0);
    static const char zw[] = "card 4539\u200b5260\u200b1815\u200b9083";
    scan_into(ctx, (const uint8_t *)zw, sizeof zw - 1, &f);
    ck_assert_uint_eq(f.n, 0);
    static const char ar[] = "SSN " AR_SSN;
    scan_into(ctx, (const uint8_t *)ar, sizeof ar - 1, &f);
    ck_assert_uint_eq(f.n, 0);
    static const char em[] = "mail " FW_EMAIL;
    scan_into(ctx, (const uint8_t *)em, sizeof em - 1, &f);
    ck_assert_uint_eq(f.n, 0);
    /* redaction leaves them as they are */
    uint8_t out[256];
    int64_t r = pii_redact(ctx, fw, sizeof fw - 1, out, sizeof out);
    ck_assert_int_eq(r, (int64_t)(sizeof fw - 1));
    ck_assert_mem_eq(out, fw, sizeof fw - 1);
    /* ASCII still found */
    static const char plain[] = "SSN 536-22-8726";
    scan_into(ctx, (const uint8_t *)plain, sizeof plain - 1, &f);
    ck_assert_uint_eq(f.n, 1);
    ck_assert_int_eq(f.v[0].entity, PII_US_SSN);
    ck_assert_uint_eq(f.v[0].start, 4);
    ck_assert_uint_eq(f.v[0].end, 15);
    fvec_free(&f);

    /* the whole document: nothing flagged; every ASCII ID still found at
     * its place; no finding touches an ID written with other scripts'
     * digits or fullwidth forms, nor with zero-width characters inside */
    size_t *at = NULL;
    bytes d = make_document(&at);
    scan_into(ctx, d.p, d.n, &f);
    pii_ctx_free(ctx);
    for (size_t i = 0; i < f.n; i++)
        ck_assert_msg(!(f.v[i].flags & PII_FLAG_NORMALIZED), "flag set with normalisation off");
    size_t k = 0, ascii_ids = 0, hidden = 0;
    for (size_t g = 0; g < N_ELEMS(GROUPS); g++)
        for (size_t i = 0; i < GROUPS[g].n; i++, k++) {
            const ncase *c = &GROUPS[g].v[i];
            if (GROUPS[g].v == QUOTED_PRINTABLE || GROUPS[g].v == JSON_ESCAPES ||
                GROUPS[g].v == TERMINAL_ESCAPES)
                continue; /* (their escapes are read by normalization) */
            size_t s0 = at[k], s1 = s0 + strlen(c->id);
            const pii_finding *hit = NULL;
            for (size_t j = 0; j < f.n && !hit; j++)
                if (f.v[j].start < s1 && s0 < f.v[j].end)
                    hit = &f.v[j];
            if (!has_high_byte((const uint8_t *)c->id, strlen(c->id))) {
                ascii_ids++;
                ck_assert_msg(hit && hit->start == s0 && hit->end == s1 && hit->entity == c->entity,
                              "normalisation off: ASCII ID %s[%zu] not found", GROUPS[g].name, i);
            } else if (needs_normalization(c->id)) {
                hidden++;
                ck_assert_msg(!hit, "normalisation off: %s[%zu] found (%s %llu-%llu)",
                              GROUPS[g].name, i, pii_entity_name(hit->entity),
                              (unsigned long long)hit->start, (unsigned long long)hit->end);
            }
        }
    ck_assert_uint_gt(ascii_ids, 20);
    ck_assert_uint_gt(hidden, 40);
    fvec_free(&f);
    bytes_free(&d);
    free(at);

    /* the switch is per builder: on again gives the findings back */
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_set_normalize(b, 0), PII_OK);
    ck_assert_int_eq(pii_builder_set_normalize(b, 7), PII_OK); /* any non-zero: on */
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_builder_free(b);
    ctx = new_ctx(rs);
    scan_into(ctx, (const uint8_t *)fw, sizeof fw - 1, &f);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    ck_assert_uint_eq(f.n, 1);
    ck_assert_int_eq(f.v[0].entity, PII_US_SSN);
    fvec_free(&f);
    ck_assert_int_eq(pii_builder_set_normalize(NULL, 1), PII_ERR_NULL);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Chunk invariance                                                         */
/* ------------------------------------------------------------------------ */

static void assert_same_findings(const fvec *got, const fvec *want, const char *what)
{
    REQUIRE(got->n == want->n, "%s: %zu findings, one-shot has %zu", what, got->n, want->n);
    for (size_t i = 0; i < got->n; i++) {
        const pii_finding *g = &got->v[i], *w = &want->v[i];
        REQUIRE(g->start == w->start && g->end == w->end && g->entity == w->entity &&
                    g->score == w->score && g->flags == w->flags &&
                    strncmp(g->subtype, w->subtype, PII_SUBTYPE_MAX) == 0,
                "%s: finding %zu is {%s %llu-%llu %.3f %u '%.16s'}, one-shot {%s %llu-%llu %.3f "
                "%u '%.16s'}",
                what, i, pii_entity_name(g->entity), (unsigned long long)g->start,
                (unsigned long long)g->end, g->score, g->flags, g->subtype,
                pii_entity_name(w->entity), (unsigned long long)w->start,
                (unsigned long long)w->end, w->score, w->flags, w->subtype);
    }
}

/* Feed s in the chunks ending at cuts[0..ncuts) (the last one n), each with
 * directive d, then PII_END; output through a buffer of out_cap bytes.
 * scan_only: pii_scan_stream(). */
static void stream_feed(pii_ctx *ctx, const uint8_t *s, size_t n, const size_t *cuts,
                        size_t ncuts, pii_directive d, size_t out_cap, bool scan_only, bytes *out,
                        fvec *fv)
{
    REQUIRE(pii_ctx_set_callback(ctx, collect_cb, fv) == PII_OK, "set_callback");
    uint8_t obuf[4096];
    REQUIRE(out_cap <= sizeof obuf, "out_cap");
    size_t off = 0;
    for (size_t c = 0; c <= ncuts; c++) {
        bool last = c == ncuts;
        size_t end = last ? n : cuts[c];
        pii_directive dir = last ? PII_END : d;
        pii_in_buffer in = {s + off, end - off, 0};
        int guard = 0;
        for (;;) {
            pii_out_buffer o = {obuf, out_cap, 0};
            int64_t r = scan_only ? pii_scan_stream(ctx, &in, dir)
                                  : pii_redact_stream(ctx, &o, &in, dir);
            REQUIRE(r >= 0, "stream call at %zu failed: %s", off, pii_error_name((int)r));
            bytes_add(out, obuf, o.pos);
            if (dir == PII_END) {
                if (r == 0)
                    break;
            } else if (in.pos == in.size && (scan_only || o.pos < o.size)) {
                break;
            }
            REQUIRE(++guard < 100000, "no progress at offset %zu", off);
        }
        off = end;
    }
    REQUIRE(pii_ctx_set_callback(ctx, NULL, NULL) == PII_OK, "set_callback");
}

static size_t g_runs; /* stream runs made, for the summary line */

/* One input, every split, both operators. */
static void check_chunks(const char *what, const uint8_t *s, size_t n, bool every_split)
{
    static const char *const specs[] = {"tag", "mask:keep=2"};
    pii_ctx *ctx = new_ctx(RS_NORM);
    for (size_t sp = 0; sp < N_ELEMS(specs); sp++) {
        REQUIRE(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, specs[sp]) == PII_OK, "spec");
        bytes ref = {0};
        fvec rf = {0};
        redact_into(ctx, s, n, &ref, &rf);
        char w[160];
        /* two chunks, cut at every byte (inside multi-byte characters too) */
        for (size_t cut = 0; every_split && cut <= n; cut++)
            for (int flush = 0; flush < 2; flush++) {
                bytes out = {0};
                fvec f = {0};
                stream_feed(ctx, s, n, &cut, 1, flush ? PII_FLUSH : PII_CONTINUE, 4096, false,
                            &out, &f);
                snprintf(w, sizeof w, "%s, %s, cut at %zu%s", what, specs[sp], cut,
                         flush ? " with FLUSH" : "");
                REQUIRE(out.n == ref.n && memcmp(out.p, ref.p, ref.n) == 0,
                        "%s: output '%.*s' differs from one-shot '%.*s'", w, (int)out.n,
                        (const char *)out.p, (int)ref.n, (const char *)ref.p);
                assert_same_findings(&f, &rf, w);
                bytes_free(&out);
                fvec_free(&f);
                g_runs++;
            }
        /* 1-byte chunks, 1-byte output buffer; then 3-byte chunks with
         * FLUSH (every cut of a 3-byte character) */
        size_t *cuts = malloc((n + 1) * sizeof *cuts);
        REQUIRE(cuts != NULL, "out of memory");
        for (int step = 1; step <= 3; step += 2) {
            size_t nc = 0;
            for (size_t i = (size_t)step; i < n; i += (size_t)step)
                cuts[nc++] = i;
            bytes out = {0};
            fvec f = {0};
            stream_feed(ctx, s, n, cuts, nc, step == 1 ? PII_CONTINUE : PII_FLUSH,
                        step == 1 ? 1 : 7, false, &out, &f);
            snprintf(w, sizeof w, "%s, %s, %d-byte chunks", what, specs[sp], step);
            REQUIRE(out.n == ref.n && memcmp(out.p, ref.p, ref.n) == 0,
                    "%s: output '%.*s' differs from one-shot '%.*s'", w, (int)out.n,
                    (const char *)out.p, (int)ref.n, (const char *)ref.p);
            assert_same_findings(&f, &rf, w);
            bytes_free(&out);
            fvec_free(&f);
            g_runs++;
            /* detection only, same chunks */
            stream_feed(ctx, s, n, cuts, nc, PII_CONTINUE, 4096, true, &out, &f);
            snprintf(w, sizeof w, "%s, scan_stream, %d-byte chunks", what, step);
            REQUIRE(out.n == 0, "%s: scanning wrote output", w);
            assert_same_findings(&f, &rf, w);
            bytes_free(&out);
            fvec_free(&f);
            g_runs++;
        }
        free(cuts);
        bytes_free(&ref);
        fvec_free(&rf);
    }
    pii_ctx_free(ctx);
}

START_TEST(test_chunks_every_split)
{
    for (size_t g = 0; g < N_ELEMS(GROUPS); g++)
        for (size_t i = 0; i < GROUPS[g].n; i++) {
            char what[64];
            snprintf(what, sizeof what, "%s[%zu]", GROUPS[g].name, i);
            bytes in = case_input(&GROUPS[g].v[i]);
            check_chunks(what, in.p, in.n, true);
            bytes_free(&in);
        }
    for (size_t z = 0; z < N_ELEMS(ZW); z++) {
        bytes in = interleave("SSN ", "536-22-8726", ZW[z], " and card ");
        bytes_str(&in, "4539\u00a05260\u20131815\u200b9083");
        check_chunks(ZW_NAME[z], in.p, in.n, true);
        bytes_free(&in);
    }
}
END_TEST

/* Each of texts[0, n) has no finding, in one call or in any chunks. */
static void expect_left_alone(pii_ctx *ctx, const char *const *texts, size_t n)
{
    fvec f = {0};
    for (size_t i = 0; i < n; i++) {
        scan_into(ctx, (const uint8_t *)texts[i], strlen(texts[i]), &f);
        REQUIRE(f.n == 0, "'%s': %zu findings, want none (first %s)", texts[i], f.n,
                f.n ? pii_entity_name(f.v[0].entity) : "-");
        check_chunks(texts[i], (const uint8_t *)texts[i], strlen(texts[i]), true);
    }
    fvec_free(&f);
}

/* Escapes inside an ID: found over them, flagged NORMALIZED (written with
 * other characters); what is no escape that decoding changes is left as
 * written: key=value pairs, a Latin-1 "=A0" after a letter, an escaped
 * letter, soft line breaks. */
START_TEST(test_quoted_printable_left_alone)
{
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    static const char in_id[] = "card 4539=C2=A05260=C2=A01815=C2=A09083 ok";
    scan_into(ctx, (const uint8_t *)in_id, sizeof in_id - 1, &f);
    ck_assert_uint_eq(f.n, 1);
    ck_assert_int_eq(f.v[0].entity, PII_CREDIT_CARD);
    ck_assert_uint_eq(f.v[0].start, 5);
    ck_assert_uint_eq(f.v[0].end, sizeof in_id - 1 - 3);
    ck_assert(f.v[0].flags & PII_FLAG_NORMALIZED);
    f.n = 0;
    static const char *const plain[] = {
        "status=200 id=C2A0 color=FFAA00 x=3Dy dim=3D size=A0",
        "id=3d123637-4415-41c5-9c1e-4539526018159083 v=3D4539526018159083.2", /* ids, hashes */
        "order=A04539526018159083 ref=A0536228726",  /* =A0 after a letter: no space */
        "caf=C3=A94539526018159083",                  /* escaped letter: one word */
        "token=dGVzdA=3D=3D\nSSN 536-22-87=\n26",      /* a soft line break stays */
        "=?utf-8?B?NTM2LTIyLTg3MjY=?= =?utf-8?Q?no_end 536_22_8726",
    };
    expect_left_alone(ctx, plain, N_ELEMS(plain));
    check_chunks("escapes inside an ID", (const uint8_t *)in_id, sizeof in_id - 1, true);
    /* the same wherever in a buffer the escapes fall (read 64 bytes at a
     * time, the last few one by one) */
    static const char line[] = "SSN:=C2=A0474-91-5250 Tel.:=A0+49 30 2417780 pay?card=3D"
                               "4916698466583198&x=3d8f0c =?utf-8?Q?SSN_303-55-9495?=";
    size_t want = 0;
    for (size_t pad = 0; pad < 140; pad++) {
        bytes b = {0};
        for (size_t j = 0; j < pad; j++)
            bytes_str(&b, j % 7 == 3 ? "=" : " ");
        bytes_str(&b, line);
        bytes_str(&b, pad % 2 ? "" : " =C2");
        scan_into(ctx, b.p, b.n, &f);
        if (pad == 0)
            want = f.n;
        REQUIRE(f.n == want && want == 4, "pad %zu: %zu findings, want 4", pad, f.n);
        for (size_t j = 0; j < f.n; j++)
            REQUIRE(f.v[j].start >= pad, "pad %zu: finding %zu in the padding", pad, j);
        f.n = 0;
        bytes_free(&b);
    }
    fvec_free(&f);
    pii_ctx_free(ctx);
}
END_TEST

/* A JSON escape inside a value: found over it, flagged NORMALIZED; an
 * escaped backslash's "\\u..." and a character that is no separator are
 * left as written. */
START_TEST(test_json_escape_in_value)
{
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    static const char phone[] = "{\"mobilePhone\":\"\\u002B447700900187\"}";
    scan_into(ctx, (const uint8_t *)phone, sizeof phone - 1, &f);
    ck_assert_uint_eq(f.n, 1);
    ck_assert_int_eq(f.v[0].entity, PII_PHONE_NUMBER);
    ck_assert_uint_eq(f.v[0].start, 16);
    ck_assert_uint_eq(f.v[0].end, sizeof phone - 1 - 2);
    ck_assert(f.v[0].flags & PII_FLAG_NORMALIZED);
    f.n = 0;
    static const char *const plain[] = {
        "{\"mobilePhone\":\"\\\\u002B447700900187\"}", /* "\\" then "u002B..." */
        "{\"name\":\"Jos\\u00e9\", \"id\":\"\\u00e94539526018159083\"}",
        "{\"k\":\"\\u12\"} \\u",
        /* an escaped backslash's "\\n", a Windows path's "\tmp" */
        "{\"path\":\"C:\\\\data\\\\n4539526018159083\"} C:\\Users\\ann\\tmp4539526018159083",
    };
    expect_left_alone(ctx, plain, N_ELEMS(plain));
    check_chunks("a JSON escape inside a phone number", (const uint8_t *)phone, sizeof phone - 1,
                 true);
    /* an escaped '/', as Slack's exports write every one */
    static const char slashed[] = "{\"text\": \"callback 720\\/555-0108 ok\"}";
    f.n = 0;
    scan_into(ctx, (const uint8_t *)slashed, sizeof slashed - 1, &f);
    ck_assert_uint_eq(f.n, 1);
    ck_assert_int_eq(f.v[0].entity, PII_PHONE_NUMBER);
    ck_assert_uint_eq(f.v[0].start, 19);
    ck_assert_uint_eq(f.v[0].end, 32);
    ck_assert(f.v[0].flags & PII_FLAG_NORMALIZED);
    check_chunks("an escaped slash inside a phone number", (const uint8_t *)slashed,
                 sizeof slashed - 1, true);
    /* and in a long plain run after a character normalization maps (the
     * view's runs are found by the scan, which must stop at "\/") */
    static const char long_run[] =
        "Note:\u00a0ok. Please reach out whenever it suits you best, the office is open all "
        "week. call me at 720\\/555-0108 today\n";
    f.n = 0;
    scan_into(ctx, (const uint8_t *)long_run, sizeof long_run - 1, &f);
    REQUIRE(f.n == 1 && f.v[0].entity == PII_PHONE_NUMBER,
            "an escaped slash after a long plain run: %zu findings", f.n);
    fvec_free(&f);
    pii_ctx_free(ctx);
}
END_TEST

/* HTML's references inside a value (a phone number's no-break spaces, a
 * hidden address's '@' and '.', an SSN's en dashes): found over them,
 * flagged NORMALIZED, wherever in a buffer they fall; references of
 * other characters, an '&' that begins none, one without its ';' and an
 * escaped '&' ("&amp;#64;") are left as written. */
START_TEST(test_html_escape_in_value)
{
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    static const struct {
        const char *pre, *id, *post;
        int entity;
    } in_value[] = {
        {"<p>Phone: ", "(415)&nbsp;861-2776", "</p>", PII_PHONE_NUMBER},
        {"Contact: ", "jane&#64;example&#46;com", " today", PII_EMAIL_ADDRESS},
        {"Tel:", "&#x2B;44&#xA0;20&#xA0;7946&#xA0;0958", "<br>", PII_PHONE_NUMBER},
        {"SSN&nbsp;", "536&ndash;22&ndash;8726", "<br>", PII_US_SSN},
        {"card ", "4539&#160;5260&#xA0;1815&numsp;9083", "", PII_CREDIT_CARD},
    };
    for (size_t i = 0; i < N_ELEMS(in_value); i++) {
        char buf[160];
        int n = snprintf(buf, sizeof buf, "%s%s%s", in_value[i].pre, in_value[i].id,
                         in_value[i].post);
        f.n = 0;
        scan_into(ctx, (const uint8_t *)buf, (size_t)n, &f);
        size_t start = strlen(in_value[i].pre), end = start + strlen(in_value[i].id);
        REQUIRE(f.n == 1 && f.v[0].entity == in_value[i].entity && f.v[0].start == start &&
                    f.v[0].end == end,
                "'%s': %zu findings (first %s %llu-%llu), want %s at %zu-%zu", buf, f.n,
                f.n ? pii_entity_name(f.v[0].entity) : "-",
                f.n ? (unsigned long long)f.v[0].start : 0ULL,
                f.n ? (unsigned long long)f.v[0].end : 0ULL, pii_entity_name(in_value[i].entity),
                start, end);
        REQUIRE(f.v[0].flags & PII_FLAG_NORMALIZED, "'%s': not flagged NORMALIZED", buf);
        check_chunks(buf, (const uint8_t *)buf, (size_t)n, true);
    }
    static const char *const plain[] = {
        "mail jane&amp;#64;example.com or jane&#64example.com or jane&#x40 example.com",
        "AT&T &amp; co &#60;b&#62; &#99999999; &#xD800; &nbsp &nb &unknown; &",
        "mail bob&commat;mail.co.uk or jane&commat;example&period;com", /* (no "&#" nor "&n") */
        "mail jane&#38;example.com jane&lt;example.com",
    };
    expect_left_alone(ctx, plain, N_ELEMS(plain));
    /* the same wherever in a buffer the references fall */
    static const char line[] = "Phone: (415)&nbsp;861-2776 mail jane&#64;example&#46;com "
                               "SSN&nbsp;536&ndash;22&ndash;8726 &amp;";
    for (size_t pad = 0; pad < 140; pad++) {
        bytes b = {0};
        for (size_t j = 0; j < pad; j++)
            bytes_str(&b, j % 5 == 2 ? "&" : " ");
        bytes_str(&b, line);
        bytes_str(&b, pad % 2 ? "" : " &nb");
        f.n = 0;
        scan_into(ctx, b.p, b.n, &f);
        REQUIRE(f.n == 3, "pad %zu: %zu findings, want 3", pad, f.n);
        bytes_free(&b);
    }
    fvec_free(&f);
    pii_ctx_free(ctx);
}
END_TEST

/* A terminal's colour inside a value is read through, the finding over
 * it; a long run of them (too many bytes for the view: one space) and
 * sequences that are not a colour's are left as they are. */
START_TEST(test_terminal_escape_in_value)
{
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    static const char in_id[] = "SSN 857-52-\x1b[1m4953\x1b[0m ok";
    scan_into(ctx, (const uint8_t *)in_id, sizeof in_id - 1, &f);
    ck_assert_uint_eq(f.n, 1);
    ck_assert_int_eq(f.v[0].entity, PII_US_SSN);
    ck_assert_uint_eq(f.v[0].start, 4);
    ck_assert_uint_eq(f.v[0].end, sizeof in_id - 1 - 7);
    ck_assert(f.v[0].flags & PII_FLAG_NORMALIZED);
    check_chunks("a colour inside an SSN", (const uint8_t *)in_id, sizeof in_id - 1, true);
    /* a run of sixty before the value: still found, chunk by chunk alike */
    bytes b = {0};
    bytes_str(&b, "SSN ");
    for (int j = 0; j < 60; j++)
        bytes_str(&b, j % 3 ? "\x1b[0m" : "\x1b[38;2;255;100;0m");
    size_t start = b.n;
    bytes_str(&b, "857-52-4953\x1b[0m\n");
    f.n = 0;
    scan_into(ctx, b.p, b.n, &f);
    REQUIRE(f.n == 1 && f.v[0].entity == PII_US_SSN && f.v[0].start == start &&
                f.v[0].end == start + 11,
            "after sixty colours: %zu findings", f.n);
    check_chunks("sixty colours before an SSN", b.p, b.n, true);
    bytes_free(&b);
    /* long sequences in a row: each view byte stands for 36 input bytes at
     * most, so the stream's window holds what it must, chunk by chunk */
    bytes c = {0};
    bytes_str(&c, "SSN ");
    for (int j = 0; j < 20; j++)
        bytes_str(&c, "\x1b[123456789012345m\x1b[1234567890123456789012m");
    start = c.n;
    bytes_str(&c, "857-52-4953\n");
    f.n = 0;
    scan_into(ctx, c.p, c.n, &f);
    REQUIRE(f.n == 1 && f.v[0].start == start, "after long sequences: %zu findings", f.n);
    check_chunks("long sequences before an SSN", c.p, c.n, true);
    bytes_free(&c);
    /* other sequences (a window's title, a character set's) stay in the
     * view: the number they glue to is no number of its own */
    static const char *const plain[] = {
        "\x1b]0;4539526018159083x\x07 \x1b(B4539526018159083 \x1b[12",
        "id\\x1b(B4539526018159083 \\x2",
    };
    expect_left_alone(ctx, plain, N_ELEMS(plain));
    fvec_free(&f);
    pii_ctx_free(ctx);
}
END_TEST

static void redact_spec(const char *spec, const char *s, char *out, size_t cap);

/* A line of `line` bytes that ends "SSN 536-2=" (letters and spaces
 * before it), the line break eol, and "2-8726 on file": into b; where the
 * number begins. */
static size_t soft_break_line(bytes *b, size_t line, const char *eol, const char *next)
{
    static const char head[] = "SSN 536-2=";
    size_t pad = line - (sizeof head - 1);
    for (size_t j = 0; j < pad; j++)
        bytes_str(b, j + 1 == pad || j % 9 == 8 ? " " : "x");
    bytes_str(b, head);
    bytes_str(b, eol);
    bytes_str(b, next);
    return pad + 4;
}

/* Quoted-printable soft line breaks: a number a mailer cut ("536-2=" at a
 * line's end, "2-8726" on the next) is found whole where the line is as
 * long as encoders fill theirs (60 to 78 bytes with its '='), the finding
 * covering both parts; not after a shorter or a longer line, before an
 * indented line, or after another '=' (base64's padding); before the space
 * an encoder broke the line at, the label on the line before is read
 * whole ("...My social security number=" / " is 601382274"). */
START_TEST(test_qp_soft_breaks)
{
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    static const char *const eol[] = {"\n", "\r\n"};
    for (size_t e = 0; e < N_ELEMS(eol); e++)
        for (size_t line = 50; line <= 86; line++) {
            bytes b = {0};
            size_t at = soft_break_line(&b, line, eol[e], "2-8726 on file\n");
            scan_into(ctx, b.p, b.n, &f);
            if (line >= 60 && line <= 78) {
                REQUIRE(f.n == 1, "line of %zu bytes: %zu findings, want the SSN", line, f.n);
                ck_assert_int_eq(f.v[0].entity, PII_US_SSN);
                ck_assert_uint_eq(f.v[0].start, at);
                ck_assert_uint_eq(f.v[0].end, line + strlen(eol[e]) + 6);
                ck_assert(f.v[0].flags & PII_FLAG_NORMALIZED);
            } else {
                REQUIRE(f.n == 0, "line of %zu bytes: %zu findings, want none", line, f.n);
            }
            if (line == 60 || line == 78 || line == 79)
                check_chunks("a soft line break", b.p, b.n, true);
            f.n = 0;
            bytes_free(&b);
        }
    static const char *const next[] = {"  2-8726 on file", "=2-8726"};
    for (size_t i = 0; i < N_ELEMS(next); i++) {
        bytes b = {0};
        soft_break_line(&b, 70, "\n", next[i]);
        scan_into(ctx, b.p, b.n, &f);
        REQUIRE(f.n == 0, "'%s' after a soft line break: %zu findings, want none", next[i], f.n);
        bytes_free(&b);
    }
    {
        bytes b = {0};
        static const char line[] =
            "Hi team, for the payroll update please note that My social security number=\n"
            " is 601382274 if you need to verify.\n";
        bytes_str(&b, line);
        scan_into(ctx, b.p, b.n, &f);
        REQUIRE(f.n == 1 && f.v[0].entity == PII_US_SSN, "a label broken before a space: %zu findings",
                f.n);
        check_chunks("a label broken before a space", b.p, b.n, true);
        f.n = 0;
        bytes_free(&b);
    }
    bytes pad = {0};
    soft_break_line(&pad, 70, "\n", "");
    char padded[160], masked[200];
    snprintf(padded, sizeof padded, "%.*s=\n2-8726", (int)pad.n - 1, (const char *)pad.p);
    REQUIRE(strstr(padded, "536-2==\n") != NULL, "padding: '%s'", padded);
    scan_into(ctx, (const uint8_t *)padded, strlen(padded), &f);
    REQUIRE(f.n == 0, "after base64's padding: %zu findings, want none", f.n);
    /* the mask keeps the break as written */
    snprintf(padded, sizeof padded, "%.*s\n2-8726 ok", (int)pad.n - 1, (const char *)pad.p);
    redact_spec("mask:keep=2", padded, masked, sizeof masked);
    REQUIRE(strstr(masked, "SSN ***-*=\n*-**26 ok") != NULL, "masked: '%s'", masked);
    bytes_free(&pad);
    fvec_free(&f);
    pii_ctx_free(ctx);
}
END_TEST

/* Latin ligatures, as PDFs' text has them, read as their letters: a
 * label's words match ("Ofﬁcer Lic." is an escrow officer's license, no
 * driver's), and findings still cover the original bytes. */
START_TEST(test_ligatures)
{
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec f = {0};
    static const char officer[] = "Escrow Of\ufb01cer Lic. 0417722   File No. 24-004417-DT";
    scan_into(ctx, (const uint8_t *)officer, sizeof officer - 1, &f);
    REQUIRE(f.n == 0, "an escrow officer's license reported (%zu findings)", f.n);
    static const char ssn[] = "Social Security Number (identi\ufb01cation): 536 22 8726 ok";
    scan_into(ctx, (const uint8_t *)ssn, sizeof ssn - 1, &f);
    ck_assert_uint_eq(f.n, 1);
    ck_assert_int_eq(f.v[0].entity, PII_US_SSN);
    ck_assert_uint_eq(f.v[0].start, strstr(ssn, "536") - ssn);
    ck_assert_uint_eq(f.v[0].end, strstr(ssn, " ok") - ssn);
    fvec_free(&f);
    pii_ctx_free(ctx);
    check_chunks("ligatures", (const uint8_t *)officer, sizeof officer - 1, true);
    check_chunks("ligatures", (const uint8_t *)ssn, sizeof ssn - 1, true);
}
END_TEST

START_TEST(test_chunks_document)
{
    /* all cases in one document, longer than a block of the engine's
     * lookahead, so that decisions are taken while input is still coming */
    bytes d = make_document(NULL);
    bytes big = {0};
    while (big.n < 64 * 1024)
        bytes_add(&big, d.p, d.n);
    check_chunks("document", d.p, d.n, true);
    check_chunks("64 KB document", big.p, big.n, false);
    /* each copy of the document is found alike, wherever the engine's
     * blocks end (blank lines keep the copies' contexts apart) */
    pii_ctx *ctx = new_ctx(RS_NORM);
    fvec one = {0}, all = {0};
    scan_into(ctx, d.p, d.n, &one);
    scan_into(ctx, big.p, big.n, &all);
    pii_ctx_free(ctx);
    size_t copies = big.n / d.n;
    ck_assert_uint_eq(big.n % d.n, 0);
    ck_assert_uint_eq(all.n, copies * one.n);
    for (size_t i = 0; i < all.n; i++) {
        const pii_finding *w = &one.v[i % one.n], *g = &all.v[i];
        uint64_t shift = (uint64_t)(i / one.n) * d.n;
        REQUIRE(g->start == w->start + shift && g->end == w->end + shift &&
                    g->entity == w->entity && g->flags == w->flags && g->score == w->score,
                "copy %zu, finding %zu: {%s %llu-%llu %u %.3f}, want {%s %llu-%llu %u %.3f}",
                i / one.n, i % one.n, pii_entity_name(g->entity),
                (unsigned long long)(g->start - shift), (unsigned long long)(g->end - shift),
                g->flags, g->score, pii_entity_name(w->entity), (unsigned long long)w->start,
                (unsigned long long)w->end, w->flags, w->score);
    }
    fvec_free(&one);
    fvec_free(&all);
    bytes_free(&d);
    bytes_free(&big);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Regressions                                                              */
/* ------------------------------------------------------------------------ */

/* "x" text of pad bytes (a newline every 50), " card ", the card's digits
 * with k copies of z between each two, " end\n".  *s0, *s1: the card. */
static bytes stuffed_card(size_t pad, const char *z, size_t k, size_t *s0, size_t *s1)
{
    static const char card[] = "4539526018159083";
    bytes b = {0};
    for (size_t i = 0; i < pad; i++)
        bytes_add(&b, i % 50 == 49 ? "\n" : "x", 1);
    bytes_str(&b, " card ");
    *s0 = b.n;
    for (size_t d = 0; d < 16; d++) {
        bytes_add(&b, card + d, 1);
        for (size_t j = 0; d < 15 && j < k; j++)
            bytes_str(&b, z);
    }
    *s1 = b.n;
    bytes_str(&b, " end\n");
    return b;
}

/* IDs stuffed with zero-width characters (or combining marks) between
 * their digits, placed where the engine's window ends.  Such an ID once
 * had no bound in original bytes while the view the detectors see has one
 * (lookahead, LEFT_REACH): longer than the stream lookahead (1408 bytes
 * with the defaults), it was cut at the window's end, so one-shot
 * pii_scan() missed a card with 40 ZWSPs between digits that starts at
 * byte 65491..65897 (the first round's limit), and streaming found it,
 * missed it, or reported only its first part (the rest of the digits then
 * passing unredacted), depending on the chunking.  Now a few invisible
 * characters belong to the number and more split it; either way one-shot
 * and every chunking agree. */
START_TEST(test_stuffed_id_chunk_invariant)
{
    static const struct {
        const char *z, *name;
        size_t k;
    } stuff[] = {{"\u200b", "ZWSP", 8},  {"\u0301", "U+0301", 8}, {"\u200b", "ZWSP", 40},
                 {"\u200b", "ZWSP", 100}, {"\u0301", "U+0301", 100}};
    static const size_t pads[] = {65500, 32522, 31649};
    static const size_t chunk[] = {0, 1, 333}; /* 0: one-shot pii_scan */
    /* nothing may leak when this fails (CK_FORK=no under Valgrind): the
     * first failure is kept, everything freed, then reported */
    char msg[256] = "";
    pii_ctx *ctx = new_ctx(RS_NORM);
    for (size_t z = 0; z < N_ELEMS(stuff) && !msg[0]; z++)
        for (size_t p = 0; p < N_ELEMS(pads) && !msg[0]; p++) {
            size_t s0, s1;
            bytes in = stuffed_card(pads[p], stuff[z].z, stuff[z].k, &s0, &s1);
            size_t *cuts = malloc((in.n + 1) * sizeof *cuts);
            REQUIRE(cuts != NULL, "out of memory");
            for (size_t c = 0; c < N_ELEMS(chunk) && !msg[0]; c++) {
                fvec f = {0};
                bytes out = {0};
                if (chunk[c] == 0) {
                    scan_into(ctx, in.p, in.n, &f);
                } else {
                    size_t nc = 0;
                    for (size_t i = chunk[c]; i < in.n; i += chunk[c])
                        cuts[nc++] = i;
                    stream_feed(ctx, in.p, in.n, cuts, nc, PII_CONTINUE, 4096, false, &out, &f);
                }
                /* Up to 8 invisible characters between two digits are part
                 * of the number (normalize.c's ABSORB_MAX); more split it.
                 * Either way every chunking agrees with one-shot, and no
                 * part of the card is ever reported alone. */
                bool found = f.n == 1 && f.v[0].start == s0 && f.v[0].end == s1;
                bool none = f.n == 0;
                if (stuff[z].k <= 8 ? !found : !none)
                    snprintf(msg, sizeof msg,
                             "card with %zu x %s between digits at byte %zu, %s: %zu findings "
                             "(%llu-%llu), want %s %zu-%zu",
                             stuff[z].k, stuff[z].name, s0,
                             chunk[c] ? (chunk[c] == 1 ? "1-byte chunks" : "333-byte chunks")
                                      : "one-shot",
                             f.n, f.n ? (unsigned long long)f.v[0].start : 0ULL,
                             f.n ? (unsigned long long)f.v[0].end : 0ULL,
                             stuff[z].k <= 8 ? "the card" : "nothing (split), not", s0, s1);
                fvec_free(&f);
                bytes_free(&out);
            }
            free(cuts);
            bytes_free(&in);
        }
    pii_ctx_free(ctx);
    ck_assert_msg(!msg[0], "%s", msg);
}
END_TEST

/* Redact s alone with spec; the output. */
static void redact_spec(const char *spec, const char *s, char *out, size_t cap)
{
    pii_ctx *ctx = new_ctx(RS_NORM);
    static const char key[] = "0123456789abcdef0123456789abcdef";
    REQUIRE(pii_ctx_set_hash_key(ctx, key, sizeof key - 1) == PII_OK, "hash key");
    REQUIRE(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, spec) == PII_OK, "spec %s", spec);
    int64_t r = pii_redact(ctx, s, strlen(s), out, cap - 1);
    pii_ctx_free(ctx);
    REQUIRE(r >= 0, "pii_redact: %s", pii_error_name((int)r));
    out[r] = '\0';
}

/* The hash operator's canonical value is made from the normalised value,
 * not from the original bytes (as it once was, non-ASCII bytes kept as
 * they are): the same SSN, card, IP address or email address written with
 * fullwidth or Arabic-Indic digits, Unicode dashes, NBSP or zero-width
 * characters gets the same token as its ASCII form ("equal values (after
 * canonicalisation) give equal tokens", pii.h). */
START_TEST(test_hash_of_normalised_value_equals_ascii)
{
    static const struct {
        const char *ascii, *other;
    } pairs[] = {
        {"SSN 536-22-8726", "SSN " FW_SSN},
        {"SSN 536-22-8726", "SSN " AR_SSN},
        {"SSN 536-22-8726", "SSN 536\u201322\u20138726"},
        {"card 4539 5260 1815 9083", "card 4539\u00a05260\u00a01815\u00a09083"},
        {"card 4539 5260 1815 9083", "card 4539\u200b5260\u200b1815\u200b9083"},
        {"ip 198.51.100.23",
         "ip \uff11\uff19\uff18\uff0e\uff15\uff11\uff0e\uff11\uff10\uff10\uff0e\uff12\uff13"},
        {"mail john@example.com", "mail " FW_EMAIL},
        /* escapes inside the value, as normalization reads them */
        {"card 4539 5260 1815 9083", "card 4539=C2=A05260=C2=A01815=C2=A09083"},
        {"{\"phone\":\"+447700900187\"}", "{\"phone\":\"\\u002B447700900187\"}"},
        {"SSN 536-22-8726", "SSN 536\\u201322\\u20138726"},
        {"phone: +1 248 772 2850", "phone: +1&nbsp;248&nbsp;772&#160;2850"},
        {"mail john@example.com", "mail john&#64;example&#x2E;com"},
        {"SSN 857-52-4953", "SSN 857-52-\x1b[33m4953"},
        {"phone: +1 248 772 2850", "?phone=%2B1%20248%20772%202850"},
        /* a soft line break (a line of 60 bytes ends "536-2=") */
        {"SSN 536-22-8726", "The employee's record was corrected today, and her SSN is 536-2=\n2-8726"},
    };
    char msg[512] = "";
    for (size_t i = 0; i < N_ELEMS(pairs) && !msg[0]; i++) {
        char a[256], b[256];
        redact_spec("hash", pairs[i].ascii, a, sizeof a);
        redact_spec("hash", pairs[i].other, b, sizeof b);
        const char *ta = strchr(a, '['), *tb = strchr(b, '[');
        if (!ta || !tb || strcmp(ta, tb) != 0)
            snprintf(msg, sizeof msg, "'%s' hashes to %s, its ASCII form '%s' to %s",
                     pairs[i].other, tb ? tb : "(not redacted)", pairs[i].ascii,
                     ta ? ta : "(not redacted)");
    }
    ck_assert_msg(!msg[0], "%s", msg);
}
END_TEST

/* mask keep=N counts letters and digits, not combining marks: with
 * keep=4, "8726" + U+0301 shows all four digits and the mark (it once
 * showed "726" + U+0301, and with four marks after the last digit no digit
 * at all). */
START_TEST(test_mask_keep_ignores_marks)
{
    char out[256];
    redact_spec("mask:keep=4", "SSN 536-22-8726\u0301", out, sizeof out);
    ck_assert_msg(strcmp(out, "SSN ***-**-8726\u0301") == 0,
                  "mask:keep=4 of 536-22-8726+U+0301: '%s'", out);
    /* an escape inside a value is one character: a separator's kept as
     * written, so the JSON string or the mail stays valid, a digit's
     * masked whole */
    redact_spec("mask:keep=4", "{\"phone\":\"\\u002B447700900187\"}", out, sizeof out);
    ck_assert_msg(strcmp(out, "{\"phone\":\"\\u002B********0187\"}") == 0, "mask of \\u002B: '%s'",
                  out);
    redact_spec("mask", "card 4539=C2=A05260=C2=A01815=C2=A09083", out, sizeof out);
    ck_assert_msg(strcmp(out, "card ****=C2=A0****=C2=A0****=C2=A0****") == 0, "mask of =C2=A0: '%s'",
                  out);
    redact_spec("mask:keep=4", "Tel (415)&nbsp;861-277&#54;", out, sizeof out);
    ck_assert_msg(strcmp(out, "Tel (***)&nbsp;***-277&#54;") == 0, "mask of &nbsp;: '%s'", out);
    redact_spec("mask:keep=2", "{\"ssn\":\"536-22-87\\u00326\"}", out, sizeof out);
    ck_assert_msg(strcmp(out, "{\"ssn\":\"***-**-**\\u00326\"}") == 0, "mask of \\u0032: '%s'", out);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Suites                                                                   */
/* ------------------------------------------------------------------------ */

static Suite *normalize_suite(void)
{
    Suite *s = suite_create("normalize");
    struct {
        const char *name;
        const TTest *tests[4];
    } cases[] = {
        {"fullwidth", {test_fullwidth, test_fullwidth_card_luhn}},
        {"scripts", {test_scripts, test_mixed_scripts}},
        {"separators", {test_space_separators, test_dash_separators, test_em_dash_punctuation}},
        {"zero_width", {test_zero_width_table, test_zero_width_everywhere}},
        {"marks", {test_combining_marks}},
        {"rtl", {test_rtl}},
        {"invalid_utf8", {test_invalid_utf8}},
        {"quoted_printable", {test_quoted_printable, test_quoted_printable_left_alone}},
        {"json_escapes", {test_json_escapes, test_json_escape_in_value}},
        {"html_escapes", {test_html_escapes, test_html_escape_in_value}},
        {"terminal_escapes", {test_terminal_escapes, test_terminal_escape_in_value}},
        {"soft_breaks", {test_qp_soft_breaks}},
        {"ligatures", {test_ligatures}},
        {"flag", {test_flag_exactly_when_not_ascii}},
        {"redaction", {test_mask_exact, test_untouched_outside_findings}},
        {"off", {test_normalize_off}},
        {"chunks", {test_chunks_every_split, test_chunks_document}},
        {"regressions",
         {test_stuffed_id_chunk_invariant, test_hash_of_normalised_value_equals_ascii,
          test_mask_keep_ignores_marks}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_set_timeout(tc, 300);
        for (size_t j = 0; j < N_ELEMS(cases[i].tests) && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    RS_NORM = build_rs(1);
    RS_PLAIN = build_rs(0);
    int failed = check_run(normalize_suite());
    if (g_runs)
        printf("chunk invariance: %zu stream runs compared with one-shot\n", g_runs);
    pii_ruleset_free(RS_NORM);
    pii_ruleset_free(RS_PLAIN);
    return check_status(failed);
}
