/*
 * test_unicode_bytes.c - Check suite for scanning arbitrary bytes: NUL bytes
 * inside text, invalid UTF-8 next to and between IDs, random binary
 * buffers, large degenerate buffers (10 MB of one character class), and
 * Unicode word boundaries (a letter or digit of a script written with spaces
 * glued to a number hides it; a non-ASCII space or punctuation mark, or a
 * letter of a script written without spaces (Han, Kana, Thai), does not).
 *
 * Every scan checks the invariants of a result: the return value equals the
 * number of findings kept, findings are in bounds, sorted and disjoint, with
 * a score in [0, 1], a known entity and a NUL-terminated subtype.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static pii_ruleset *g_rs;
static pii_ctx *g_ctx;

static pii_ctx *default_ctx(void)
{
    if (!g_ctx) {
        pii_builder *b = pii_builder_new();
        ck_assert_ptr_nonnull(b);
        ck_assert_int_eq(pii_builder_build(b, &g_rs), PII_OK);
        pii_builder_free(b);
        g_ctx = pii_ctx_new(g_rs);
        ck_assert_ptr_nonnull(g_ctx);
    }
    return g_ctx;
}

/* Scan buf[0..len) with the default ruleset; checks the invariants and
 * returns the findings (valid until the next scan) and their count. */
static const pii_finding *scan_buf(int line, const void *buf, size_t len, size_t *count)
{
    pii_ctx *ctx = default_ctx();
    int rc = pii_scan(ctx, buf, len, NULL, NULL);
    ck_assert_msg(rc >= 0, "line %d: pii_scan returned %d (%s)", line, rc, pii_error_name(rc));
    size_t n = 0;
    const pii_finding *f = pii_ctx_findings(ctx, &n);
    ck_assert_msg(n == (size_t)rc, "line %d: %zu findings kept, scan returned %d", line, n, rc);
    for (size_t i = 0; i < n; i++) {
        ck_assert_msg(f[i].start < f[i].end && f[i].end <= len,
                      "line %d: finding %zu [%llu,%llu) out of bounds (len %zu)", line, i,
                      (unsigned long long)f[i].start, (unsigned long long)f[i].end, len);
        ck_assert_msg(f[i].score >= 0.0 && f[i].score <= 1.0, "line %d: score %f", line,
                      f[i].score);
        ck_assert_msg(pii_entity_name(f[i].entity) != NULL, "line %d: entity %d", line,
                      f[i].entity);
        ck_assert_msg(memchr(f[i].subtype, '\0', PII_SUBTYPE_MAX) != NULL,
                      "line %d: subtype not terminated", line);
        if (i)
            ck_assert_msg(f[i - 1].end <= f[i].start,
                          "line %d: findings %zu and %zu overlap or are out of order", line,
                          i - 1, i);
    }
    *count = n;
    return f;
}

static void describe(char *out, size_t cap, const pii_finding *f, size_t n)
{
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && used + 1 < cap; i++) {
        int w = snprintf(out + used, cap - used, "%s%s[%llu,%llu)", i ? "; " : "",
                         pii_entity_name(f[i].entity), (unsigned long long)f[i].start,
                         (unsigned long long)f[i].end);
        if (w < 0)
            break;
        used += (size_t)w;
    }
    if (n == 0)
        snprintf(out, cap, "(no findings)");
}

/* Exactly the findings want[0..nwant) (entity, start, end), nothing else. */
typedef struct want {
    int entity;
    size_t start, end;
} want;

static void expect_exact_(int line, const void *buf, size_t len, const want *w, size_t nw,
                          const char *what)
{
    size_t n;
    const pii_finding *f = scan_buf(line, buf, len, &n);
    char got[1024];
    describe(got, sizeof got, f, n);
    ck_assert_msg(n == nw, "line %d (%s): want %zu findings, got %s", line, what, nw, got);
    for (size_t i = 0; i < nw; i++)
        ck_assert_msg(f[i].entity == w[i].entity && f[i].start == w[i].start &&
                          f[i].end == w[i].end,
                      "line %d (%s): want %s [%zu,%zu) as finding %zu, got %s", line, what,
                      pii_entity_name(w[i].entity), w[i].start, w[i].end, i, got);
}
#define expect_exact(buf, len, w, nw, what) expect_exact_(__LINE__, buf, len, w, nw, what)

/* Deterministic PRNG (xorshift64*). */
static uint64_t rng_state;
static void rng_seed(uint64_t s) { rng_state = s ? s : 0x9E3779B97F4A7C15ull; }
static uint64_t rng_next(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}

/* IDs that are reported on their own, without context. */
static const struct id {
    const char *text;
    int entity;
} IDS[] = {
    {"536-22-1234", PII_US_SSN},
    {"912-70-1234", PII_US_ITIN},
    {"4111111111111111", PII_CREDIT_CARD},
    {"4111 1111 1111 1111", PII_CREDIT_CARD},
    {"john@example.com", PII_EMAIL_ADDRESS},
    {"192.168.1.10", PII_IP_ADDRESS},
    {"2001:db8::1", PII_IP_ADDRESS},
    {"DE89370400440532013000", PII_IBAN_CODE},
    {"00:1A:2B:3C:4D:5E", PII_MAC_ADDRESS},
    {"(212) 555-0199", PII_PHONE_NUMBER},
    {"+44 20 7946 0958", PII_PHONE_NUMBER},
};

/* ------------------------------------------------------------------------ */
/* NUL bytes                                                                */
/* ------------------------------------------------------------------------ */

START_TEST(test_nul_does_not_stop_scan)
{
    static const char t1[] = "abc\0 536-22-1234";
    want w1[] = {{PII_US_SSN, 5, 16}};
    expect_exact(t1, sizeof t1 - 1, w1, 1, "after NUL");

    static const char t2[] = "\0" "536-22-1234" "\0";
    want w2[] = {{PII_US_SSN, 1, 12}};
    expect_exact(t2, sizeof t2 - 1, w2, 1, "between NULs");

    static const char t3[] = "536-22-1234\0\0\0john@example.com\0\0" "4111111111111111";
    want w3[] = {{PII_US_SSN, 0, 11}, {PII_EMAIL_ADDRESS, 14, 30}, {PII_CREDIT_CARD, 32, 48}};
    expect_exact(t3, sizeof t3 - 1, w3, 3, "three IDs around NULs");

    /* context is read across a NUL */
    static const char t4[] = "ssn\0" "536221234";
    want w4[] = {{PII_US_SSN, 4, 13}};
    expect_exact(t4, sizeof t4 - 1, w4, 1, "hotword then NUL");

    /* a NUL inside a number splits it */
    static const char t5[] = "41111111\0" "11111111";
    expect_exact(t5, sizeof t5 - 1, NULL, 0, "card split by NUL");
    static const char t6[] = "536-22\0-1234";
    expect_exact(t6, sizeof t6 - 1, NULL, 0, "SSN split by NUL");
}
END_TEST

START_TEST(test_nul_long_prefix)
{
    /* 1 MB of NUL bytes, then an ID, then more NULs, then another */
    size_t pre = 1u << 20, len = pre + 11 + 1000 + 16;
    char *buf = calloc(1, len);
    ck_assert_ptr_nonnull(buf);
    memcpy(buf + pre, "536-22-1234", 11);
    memcpy(buf + pre + 11 + 1000, "4111111111111111", 16);
    want w[] = {{PII_US_SSN, pre, pre + 11}, {PII_CREDIT_CARD, pre + 1011, pre + 1027}};
    expect_exact(buf, len, w, 2, "after 1 MB of NULs");
    free(buf);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Invalid UTF-8                                                            */
/* ------------------------------------------------------------------------ */

static const struct bad {
    const char *bytes;
    const char *what;
} BAD_UTF8[] = {
    {"\x80", "lone continuation"},
    {"\xbf", "lone continuation bf"},
    {"\x80\x80\x80\x80", "four continuations"},
    {"\xc3", "truncated 2-byte"},
    {"\xe2\x82", "truncated 3-byte"},
    {"\xf0\x9f\x98", "truncated 4-byte"},
    {"\xc0\xaf", "overlong '/'"},
    {"\xc1\xbf", "overlong 2-byte"},
    {"\xe0\x80\xaf", "overlong 3-byte"},
    {"\xf0\x80\x80\xaf", "overlong 4-byte"},
    {"\xed\xa0\x80", "UTF-16 surrogate"},
    {"\xf4\x90\x80\x80", "above U+10FFFF"},
    {"\xf8\x88\x80\x80\x80", "5-byte form"},
    {"\xfe", "0xFE"},
    {"\xff", "0xFF"},
    {"\xff\xfe", "BOM-like FF FE"},
    {"\xc3\xc3", "two lead bytes"},
};

START_TEST(test_invalid_utf8_around_ids)
{
    char buf[256], what[128];
    for (size_t b = 0; b < N_ELEMS(BAD_UTF8); b++) {
        const char *bad = BAD_UTF8[b].bytes;
        size_t bl = strlen(bad);
        for (size_t i = 0; i < N_ELEMS(IDS); i++) {
            size_t il = strlen(IDS[i].text);
            /* bad ID bad */
            memcpy(buf, bad, bl);
            memcpy(buf + bl, IDS[i].text, il);
            memcpy(buf + bl + il, bad, bl);
            want w[] = {{IDS[i].entity, bl, bl + il}};
            snprintf(what, sizeof what, "%s around %s", BAD_UTF8[b].what, IDS[i].text);
            expect_exact(buf, 2 * bl + il, w, 1, what);
            /* text, bad, ID, bad, text: the bad bytes delimit the ID */
            size_t n = 0;
            memcpy(buf, "zz", 2), n = 2;
            memcpy(buf + n, bad, bl), n += bl;
            memcpy(buf + n, IDS[i].text, il), n += il;
            memcpy(buf + n, bad, bl), n += bl;
            memcpy(buf + n, "zz", 2), n += 2;
            want w2[] = {{IDS[i].entity, 2 + bl, 2 + bl + il}};
            snprintf(what, sizeof what, "%s between letters and %s", BAD_UTF8[b].what,
                     IDS[i].text);
            expect_exact(buf, n, w2, 1, what);
        }
    }
}
END_TEST

START_TEST(test_invalid_utf8_between_ids)
{
    char buf[256], what[128];
    for (size_t b = 0; b < N_ELEMS(BAD_UTF8); b++) {
        const char *bad = BAD_UTF8[b].bytes;
        size_t bl = strlen(bad);
        for (size_t i = 0; i < N_ELEMS(IDS); i++) {
            size_t j = (i + 3) % N_ELEMS(IDS);
            size_t il = strlen(IDS[i].text), jl = strlen(IDS[j].text);
            memcpy(buf, IDS[i].text, il);
            memcpy(buf + il, bad, bl);
            memcpy(buf + il + bl, IDS[j].text, jl);
            want w[] = {{IDS[i].entity, 0, il}, {IDS[j].entity, il + bl, il + bl + jl}};
            snprintf(what, sizeof what, "%s | %s | %s", IDS[i].text, BAD_UTF8[b].what,
                     IDS[j].text);
            expect_exact(buf, il + bl + jl, w, 2, what);
        }
    }
}
END_TEST

/* Whether b1 b2 is a complete, valid 2-byte UTF-8 sequence. */
static int valid_pair(unsigned b1, unsigned b2)
{
    return b1 >= 0xC2 && b1 <= 0xDF && b2 >= 0x80 && b2 <= 0xBF;
}

START_TEST(test_every_high_byte_delimits)
{
    /* every byte 0x80-0xFF alone before and after an ID (followed by ASCII,
     * so never a complete character) */
    char buf[64];
    for (unsigned c = 0x80; c <= 0xFF; c++) {
        size_t n = 0;
        buf[n++] = ' ';
        buf[n++] = (char)c;
        memcpy(buf + n, "536-22-1234", 11), n += 11;
        buf[n++] = (char)c;
        buf[n++] = ' ';
        want w[] = {{PII_US_SSN, 2, 13}};
        char what[32];
        snprintf(what, sizeof what, "byte 0x%02X", c);
        expect_exact(buf, n, w, 1, what);
    }
    /* every pair of high bytes that is not a valid character */
    for (unsigned b1 = 0x80; b1 <= 0xFF; b1++) {
        for (unsigned b2 = 0x80; b2 <= 0xFF; b2++) {
            if (valid_pair(b1, b2))
                continue;
            size_t n = 0;
            buf[n++] = (char)b1;
            buf[n++] = (char)b2;
            memcpy(buf + n, "4111111111111111", 16), n += 16;
            buf[n++] = (char)b1;
            buf[n++] = (char)b2;
            want w[] = {{PII_CREDIT_CARD, 2, 18}};
            char what[32];
            snprintf(what, sizeof what, "bytes %02X %02X", b1, b2);
            expect_exact(buf, n, w, 1, what);
        }
    }
}
END_TEST

START_TEST(test_invalid_utf8_in_context)
{
    /* a hotword separated from the number by invalid bytes still counts */
    static const char t1[] = "ssn\xff" "536221234";
    want w1[] = {{PII_US_SSN, 4, 13}};
    expect_exact(t1, sizeof t1 - 1, w1, 1, "ssn 0xFF number");
    static const char t2[] = "\xc3ssn\xe2\x82 536221234\x80";
    want w2[] = {{PII_US_SSN, 7, 16}};
    expect_exact(t2, sizeof t2 - 1, w2, 1, "broken sequences in the window");
    /* invalid bytes inside a word do not make a hotword of its parts */
    static const char t3[] = "as\x80sn 536221234";
    expect_exact(t3, sizeof t3 - 1, NULL, 0, "no hotword");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Random binary                                                            */
/* ------------------------------------------------------------------------ */

/* Check a finding's text with the public validator where the written forms
 * of scanner and validator agree. */
static void cross_validate(const uint8_t *buf, const pii_finding *f)
{
    const char *s = (const char *)buf + f->start;
    size_t n = (size_t)(f->end - f->start);
    int v = -100;
    switch (f->entity) {
    case PII_EMAIL_ADDRESS:
        v = pii_validate_named("email", s, n);
        break;
    case PII_IP_ADDRESS:
        v = pii_validate_named(strcmp(f->subtype, "IPV4") == 0 ? "ipv4" : "ipv6", s, n);
        break;
    case PII_MAC_ADDRESS:
        v = pii_validate_named("mac", s, n);
        break;
    case PII_CREDIT_CARD:
        if (f->subtype[0]) /* cards of no known brand are reported only with context */
            v = pii_validate(PII_CREDIT_CARD, s, n);
        break;
    case PII_ABA_ROUTING_NUMBER:
        v = pii_validate_named("aba", s, n);
        break;
    default:
        break;
    }
    if (v != -100)
        ck_assert_msg(v == 1, "%s finding '%.*s' does not validate (%d)",
                      pii_entity_name(f->entity), (int)n, s, v);
}

static void scan_random(uint8_t *buf, size_t len, int check_values, size_t *total)
{
    size_t n;
    const pii_finding *f = scan_buf(__LINE__, buf, len, &n);
    pii_finding *copy = malloc(n * sizeof *copy + 1);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, f, n * sizeof *f);
    for (size_t i = 0; check_values && i < n; i++)
        cross_validate(buf, &copy[i]);
    /* the same bytes give the same findings */
    size_t n2;
    const pii_finding *f2 = scan_buf(__LINE__, buf, len, &n2);
    ck_assert_uint_eq(n, n2);
    ck_assert(memcmp(copy, f2, n * sizeof *f2) == 0);
    free(copy);
    *total += n;
}

START_TEST(test_random_binary)
{
    /* 32 buffers of 96 KB uniform random bytes: 3 MB */
    size_t len = 96 * 1024, total = 0;
    uint8_t *buf = malloc(len);
    ck_assert_ptr_nonnull(buf);
    rng_seed(0x5EED0001);
    for (int k = 0; k < 32; k++) {
        for (size_t i = 0; i < len; i += 8) {
            uint64_t r = rng_next();
            memcpy(buf + i, &r, 8);
        }
        scan_random(buf, len, 1, &total);
    }
    free(buf);
}
END_TEST

START_TEST(test_random_id_alphabet)
{
    /* bytes drawn from what IDs are made of, plus NUL and high bytes, so
     * that candidates of every kind turn up: 48 buffers of 32 KB */
    static const char alpha[] = "0123456789012345678901234567890123456789"
                                "abcdefABCDEFxyzPL<@@..::--  ,;()+\n\t%_";
    size_t alen = sizeof alpha - 1 + 3; /* + NUL, 0xC3, 0xFF */
    size_t len = 32 * 1024, total = 0;
    uint8_t *buf = malloc(len);
    ck_assert_ptr_nonnull(buf);
    rng_seed(0x5EED0002);
    for (int k = 0; k < 48; k++) {
        for (size_t i = 0; i < len; i++) {
            size_t r = (size_t)(rng_next() % alen);
            buf[i] = r < alen - 3 ? (uint8_t)alpha[r] : (uint8_t[]){0x00, 0xC3, 0xFF}[r - (alen - 3)];
        }
        scan_random(buf, len, 1, &total);
    }
    /* the alphabet does produce findings, so the checks above had work */
    ck_assert_uint_gt(total, 0);
    free(buf);
}
END_TEST

START_TEST(test_random_with_planted_ids)
{
    /* random bytes with IDs planted between fences of '#': each planted ID
     * is found at its offset */
    size_t len = 64 * 1024;
    uint8_t *buf = malloc(len);
    ck_assert_ptr_nonnull(buf);
    rng_seed(0x5EED0003);
    for (int k = 0; k < 16; k++) {
        for (size_t i = 0; i < len; i++)
            buf[i] = (uint8_t)rng_next();
        size_t at[8], which[8];
        for (int m = 0; m < 8; m++) {
            which[m] = (size_t)(rng_next() % N_ELEMS(IDS));
            at[m] = (size_t)m * (len / 8) + 100 + (size_t)(rng_next() % 1000);
            size_t il = strlen(IDS[which[m]].text);
            /* '#' fences keep random words (say a "v" before an IPv4
             * address) out of reach */
            memset(buf + at[m] - 25, '#', 24);
            buf[at[m] - 1] = ' ';
            memcpy(buf + at[m], IDS[which[m]].text, il);
            buf[at[m] + il] = ' ';
            memset(buf + at[m] + il + 1, '#', 24);
        }
        size_t n;
        const pii_finding *f = scan_buf(__LINE__, buf, len, &n);
        for (int m = 0; m < 8; m++) {
            size_t il = strlen(IDS[which[m]].text);
            int found = 0;
            for (size_t i = 0; i < n; i++)
                found |= f[i].entity == IDS[which[m]].entity && f[i].start == at[m] &&
                         f[i].end == at[m] + il;
            ck_assert_msg(found, "round %d: planted %s at %zu not found", k,
                          IDS[which[m]].text, at[m]);
        }
    }
    free(buf);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Large degenerate buffers                                                 */
/* ------------------------------------------------------------------------ */

#define BIG (10u * 1024 * 1024)

/* Scan len bytes of pat repeated; returns the number of findings. */
static size_t scan_pattern(const char *pat, size_t len)
{
    size_t pl = strlen(pat);
    uint8_t *buf = malloc(len);
    ck_assert_ptr_nonnull(buf);
    for (size_t i = 0; i < len; i++)
        buf[i] = (uint8_t)pat[i % pl];
    size_t n;
    scan_buf(__LINE__, buf, len, &n);
    free(buf);
    return n;
}

START_TEST(test_big_degenerate)
{
    static const char *const pats[] = {
        "7",  "0123456789", "@",  ":",  "a@", "0123456789abcdef", "::", "1.", "1-", "+1",
        "(1", "P<",         "a.", "ab:", "\xff", "\x80",
    };
    for (size_t i = 0; i < N_ELEMS(pats); i++) {
        size_t n = scan_pattern(pats[i], BIG);
        /* none of these is an ID anywhere: one endless token, or no shape */
        ck_assert_msg(n == 0, "pattern %zu: %zu findings", i, n);
    }
}
END_TEST

START_TEST(test_big_many_findings)
{
    /* 10 MB of the same two IDs: every one is found */
    const char *unit = "536-22-1234 john@example.com\n";
    size_t ul = strlen(unit);
    size_t reps = BIG / ul;
    ck_assert_uint_eq(scan_pattern(unit, reps * ul), 2 * reps);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Unicode word boundaries                                                  */
/* ------------------------------------------------------------------------ */

/* Word characters of other scripts: letters, marks, digits. */
static const char *const GLUE[] = {
    "é",       /* Latin */
    "ж",       /* Cyrillic */
    "α",       /* Greek */
    "ا",       /* Arabic letter */
    "ক",       /* Bengali */
    /* (digits of other scripts are digits after normalization: a number
     * glued to one is a longer number; tests/test_normalize.c covers them) */
    /* (a combining mark after a digit belongs to that digit: the number is
     * still a number, its span covering the mark; see test_normalize.c) */
    "\xf0\x9d\x90\x80", /* mathematical bold A (4 bytes) */
};

/* Non-ASCII spaces and punctuation. */
static const char *const SEPARATORS[] = {
    "\xc2\xa0",     /* no-break space */
    "\xe2\x80\x89", /* thin space */
    "\xe3\x80\x80", /* ideographic space */
    "\xe2\x80\x94", /* em dash */
    "«",  "»",  "。", "、", "：", "•", "·", "¿",
    "\xf0\x9f\x98\x80", /* emoji */
};

/* IDs that a glued letter must hide (email excluded: a letter before it is
 * part of its local part). */
static const struct id GLUED_IDS[] = {
    {"536-22-1234", PII_US_SSN},
    {"4111111111111111", PII_CREDIT_CARD},
    {"4111 1111 1111 1111", PII_CREDIT_CARD},
    {"192.168.1.10", PII_IP_ADDRESS},
    {"DE89370400440532013000", PII_IBAN_CODE},
    {"00:1A:2B:3C:4D:5E", PII_MAC_ADDRESS},
    {"212-555-0199", PII_PHONE_NUMBER},
};

START_TEST(test_unicode_glue_hides)
{
    char buf[128], what[96];
    for (size_t g = 0; g < N_ELEMS(GLUE); g++) {
        size_t gl = strlen(GLUE[g]);
        for (size_t i = 0; i < N_ELEMS(GLUED_IDS); i++) {
            const char *id = GLUED_IDS[i].text;
            size_t il = strlen(id);
            /* control: with a separator in between it is found (";" rather
             * than a space: digits of any script are digits, and "٣ 4111 ..."
             * reads as one longer spaced number) */
            memcpy(buf, GLUE[g], gl);
            buf[gl] = ';';
            buf[gl + 1] = ' ';
            memcpy(buf + gl + 2, id, il);
            want w[] = {{GLUED_IDS[i].entity, gl + 2, gl + 2 + il}};
            snprintf(what, sizeof what, "glue %zu + space + id %zu", g, i);
            expect_exact(buf, gl + 2 + il, w, 1, what);
            /* glued before */
            memcpy(buf, GLUE[g], gl);
            memcpy(buf + gl, id, il);
            snprintf(what, sizeof what, "glue %zu before id %zu", g, i);
            expect_exact(buf, gl + il, NULL, 0, what);
            /* glued after */
            memcpy(buf, id, il);
            memcpy(buf + il, GLUE[g], gl);
            snprintf(what, sizeof what, "glue %zu after id %zu", g, i);
            expect_exact(buf, il + gl, NULL, 0, what);
        }
    }
}
END_TEST

/* Letters of scripts written without spaces between words: a number next
 * to one is not part of a longer token. */
static const char *const UNSPACED[] = {
    "中",       /* Han */
    "ア",       /* Katakana */
    "の",       /* Hiragana */
    "ก",        /* Thai */
    "\xf0\xa0\x80\x80", /* CJK extension B (4 bytes) */
};

START_TEST(test_unicode_unspaced_scripts_do_not_hide)
{
    char buf[128], what[96];
    for (size_t g = 0; g < N_ELEMS(UNSPACED); g++) {
        size_t gl = strlen(UNSPACED[g]);
        for (size_t i = 0; i < N_ELEMS(GLUED_IDS); i++) {
            const char *id = GLUED_IDS[i].text;
            size_t il = strlen(id);
            size_t n = 0;
            memcpy(buf + n, UNSPACED[g], gl), n += gl;
            memcpy(buf + n, id, il), n += il;
            memcpy(buf + n, UNSPACED[g], gl), n += gl;
            want w[] = {{GLUED_IDS[i].entity, gl, gl + il}};
            snprintf(what, sizeof what, "unspaced %zu around id %zu", g, i);
            expect_exact(buf, n, w, 1, what);
        }
    }
}
END_TEST

START_TEST(test_unicode_separators_do_not_hide)
{
    char buf[128], what[96];
    for (size_t s = 0; s < N_ELEMS(SEPARATORS); s++) {
        size_t sl = strlen(SEPARATORS[s]);
        for (size_t i = 0; i < N_ELEMS(IDS); i++) {
            size_t il = strlen(IDS[i].text);
            size_t n = 0;
            memcpy(buf + n, "Jo", 2), n += 2;
            memcpy(buf + n, SEPARATORS[s], sl), n += sl;
            memcpy(buf + n, IDS[i].text, il), n += il;
            memcpy(buf + n, SEPARATORS[s], sl), n += sl;
            memcpy(buf + n, "ok", 2), n += 2;
            want w[] = {{IDS[i].entity, 2 + sl, 2 + sl + il}};
            snprintf(what, sizeof what, "'%s' around %s", SEPARATORS[s], IDS[i].text);
            expect_exact(buf, n, w, 1, what);
        }
    }
}
END_TEST

START_TEST(test_unicode_context_words)
{
    /* a hotword next to non-ASCII text and spaces still counts */
    static const char t1[] = "Номер SSN\xc2\xa0" "536221234 — спасибо";
    size_t at = (size_t)(strstr(t1, "536221234") - t1);
    want w1[] = {{PII_US_SSN, at, at + 9}};
    expect_exact(t1, sizeof t1 - 1, w1, 1, "Cyrillic around a hotword");
    /* letters glued to a hotword make another word, in any script */
    static const char *const glued[] = {"xssn 536221234", "жssn 536221234", "ssnж 536221234",
                                        "Éphémère 2125550199" /* no "ph" inside */};
    for (size_t i = 0; i < N_ELEMS(glued); i++)
        expect_exact(glued[i], strlen(glued[i]), NULL, 0, glued[i]);
    /* accents and case do not hide a hotword */
    static const char t3[] = "TÉLÉPHONE 2125550199";
    size_t at3 = (size_t)(strstr(t3, "2125550199") - t3);
    want w3[] = {{PII_PHONE_NUMBER, at3, at3 + 10}};
    expect_exact(t3, sizeof t3 - 1, w3, 1, "accented hotword");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Suite                                                                    */
/* ------------------------------------------------------------------------ */

static Suite *unicode_bytes_suite(void)
{
    Suite *s = suite_create("unicode_bytes");
    struct {
        const char *name;
        const TTest *tests[8];
    } cases[] = {
        {"nul", {test_nul_does_not_stop_scan, test_nul_long_prefix}},
        {"invalid_utf8", {test_invalid_utf8_around_ids, test_invalid_utf8_between_ids,
                          test_every_high_byte_delimits, test_invalid_utf8_in_context}},
        {"random", {test_random_binary, test_random_id_alphabet, test_random_with_planted_ids}},
        {"big", {test_big_degenerate, test_big_many_findings}},
        {"word_boundaries", {test_unicode_glue_hides, test_unicode_unspaced_scripts_do_not_hide,
                             test_unicode_separators_do_not_hide, test_unicode_context_words}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_set_timeout(tc, 600);
        for (size_t j = 0; j < N_ELEMS(cases[i].tests) && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    int failed = check_run(unicode_bytes_suite());
    pii_ctx_free(g_ctx);
    pii_ruleset_free(g_rs);
    return check_status(failed);
}
