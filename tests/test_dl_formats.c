/*
 * test_dl_formats.c - tests for the US driver's license shape table.
 *
 * Besides hand-written examples, the file carries an independent reference
 * table (segments in structs, matched by a naive backtracking matcher) and
 * compares the library's mask against it on many generated inputs, so every
 * bit the library sets must belong to a state whose shape accepts the value,
 * and no state that accepts it may be missing.
 */
#include "detectors/dl_formats.h"

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */

static int idx(const char *code)
{
    int i = pii_dl_state_index(code);
    ck_assert_msg(i >= 0, "unknown state %s", code);
    return i;
}

static uint64_t bit(const char *code)
{
    return (uint64_t)1u << idx(code);
}

static uint64_t match(const char *s)
{
    return pii_dl_format_match(s, strlen(s));
}

/* Mask from a space-separated list of postal codes. */
static uint64_t mask_of(const char *codes)
{
    uint64_t m = 0;
    char buf[3];
    const char *p = codes;
    while (*p) {
        if (*p == ' ') {
            p++;
            continue;
        }
        buf[0] = p[0];
        buf[1] = p[1];
        buf[2] = '\0';
        m |= bit(buf);
        p += 2;
    }
    return m;
}

static void mask_to_str(uint64_t m, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < 64; i++) {
        if (m & ((uint64_t)1u << i)) {
            const char *c = pii_dl_state_code(i);
            int w = snprintf(out + len, cap - len, "%s ", c ? c : "??");
            if (w < 0 || (size_t)w >= cap - len) {
                return;
            }
            len += (size_t)w;
        }
    }
}

#define ASSERT_MASK(s, expected_codes)                                        \
    do {                                                                      \
        uint64_t got_ = match(s);                                             \
        uint64_t exp_ = mask_of(expected_codes);                              \
        char g_[256], e_[256];                                                \
        mask_to_str(got_, g_, sizeof g_);                                     \
        mask_to_str(exp_, e_, sizeof e_);                                     \
        ck_assert_msg(got_ == exp_, "%s: got {%s} expected {%s}", (s), g_,    \
                      e_);                                                    \
    } while (0)

/* ------------------------------------------------------------------------ */
/* Independent reference table                                               */

typedef struct {
    char kind; /* 'L', 'D', 'W' (letter/digit/'*'), '=' literal, 0 end */
    unsigned char lo, hi;
    char lit;
} seg;

typedef struct {
    seg s[6]; /* up to 5 segments + terminator */
} rshape;

typedef struct {
    const char *code;
    rshape sh[7]; /* kind 0 in s[0] ends the list */
} rstate;

#define D(a, b) { 'D', a, b, 0 }
#define L(a, b) { 'L', a, b, 0 }
#define W(a, b) { 'W', a, b, 0 }
#define LIT(c) { '=', 1, 1, c }
#define SH(...) { { __VA_ARGS__ } }

static const rstate k_ref[] = {
    { "AK", { SH(D(1, 7)) } },
    { "AL", { SH(D(1, 8)) } },
    { "AR", { SH(D(4, 9)) } },
    { "AZ", { SH(L(1, 1), D(1, 8)), SH(L(2, 2), D(2, 5)), SH(D(9, 9)) } },
    { "CA", { SH(L(1, 1), D(7, 7)) } },
    { "CO", { SH(D(9, 9)), SH(L(1, 1), D(3, 6)), SH(L(2, 2), D(2, 5)) } },
    { "CT", { SH(D(9, 9)) } },
    { "DC", { SH(D(7, 7)), SH(D(9, 9)) } },
    { "DE", { SH(D(1, 7)) } },
    { "FL", { SH(L(1, 1), D(12, 12)) } },
    { "GA", { SH(D(7, 9)) } },
    { "HI", { SH(L(1, 1), D(8, 8)), SH(D(9, 9)) } },
    { "IA", { SH(D(9, 9)), SH(D(3, 3), L(2, 2), D(4, 4)) } },
    { "ID", { SH(L(2, 2), D(6, 6), L(1, 1)), SH(D(9, 9)) } },
    { "IL", { SH(L(1, 1), D(11, 11)), SH(L(1, 1), D(12, 12)) } },
    { "IN", { SH(L(1, 1), D(9, 9)), SH(D(9, 9)), SH(D(10, 10)) } },
    { "KS",
      { SH(L(1, 1), D(1, 1), L(1, 1), D(1, 1), L(1, 1)),
        SH(L(1, 1), D(8, 8)), SH(D(9, 9)) } },
    { "KY", { SH(L(1, 1), D(8, 8)), SH(L(1, 1), D(9, 9)), SH(D(9, 9)) } },
    { "LA", { SH(D(1, 9)) } },
    { "MA", { SH(L(1, 1), D(8, 8)), SH(L(2, 2), D(7, 7)), SH(D(9, 9)) } },
    { "MD", { SH(L(1, 1), D(12, 12)) } },
    { "ME", { SH(D(7, 7)), SH(D(7, 7), L(1, 1)), SH(D(8, 8)) } },
    { "MI", { SH(L(1, 1), D(10, 10)), SH(L(1, 1), D(12, 12)) } },
    { "MN", { SH(L(1, 1), D(12, 12)) } },
    { "MO",
      { SH(L(1, 1), D(5, 9)), SH(L(1, 1), D(6, 6), LIT('R')),
        SH(D(8, 8), L(2, 2)), SH(D(9, 9), L(1, 1)), SH(D(9, 9)),
        SH(D(3, 3), L(1, 1), D(6, 6)) } },
    { "MS", { SH(D(9, 9)) } },
    { "MT",
      { SH(L(1, 1), D(8, 8)), SH(D(9, 9)), SH(D(13, 13)), SH(D(14, 14)) } },
    { "NC", { SH(D(1, 12)) } },
    { "ND", { SH(L(3, 3), D(6, 6)), SH(D(9, 9)) } },
    { "NE", { SH(L(1, 1), D(6, 8)), SH(D(1, 7)) } },
    { "NH", { SH(D(2, 2), L(3, 3), D(5, 5)), SH(L(3, 3), D(8, 8)) } },
    { "NJ", { SH(L(1, 1), D(14, 14)) } },
    { "NM", { SH(D(8, 8)), SH(D(9, 9)) } },
    { "NV", { SH(D(9, 10)), SH(D(12, 12)), SH(LIT('X'), D(8, 8)) } },
    { "NY",
      { SH(L(1, 1), D(7, 7)), SH(L(1, 1), D(18, 18)), SH(D(8, 8)),
        SH(D(9, 9)), SH(D(16, 16)), SH(L(8, 8)) } },
    { "OH", { SH(L(1, 1), D(4, 8)), SH(L(2, 2), D(3, 7)), SH(D(8, 8)) } },
    { "OK", { SH(L(1, 1), D(9, 9)), SH(D(9, 9)) } },
    { "OR", { SH(D(1, 9)), SH(L(1, 1), D(6, 7)) } },
    { "PA", { SH(D(8, 8)) } },
    { "RI", { SH(D(7, 8)), SH(L(1, 1), D(6, 6)) } },
    { "SC", { SH(D(5, 11)) } },
    { "SD", { SH(D(6, 10)), SH(D(12, 12)) } },
    { "TN", { SH(D(7, 9)) } },
    { "TX", { SH(D(7, 8)) } },
    { "UT", { SH(D(4, 10)) } },
    { "VA", { SH(L(1, 1), D(8, 11)), SH(D(9, 9)) } },
    { "VT", { SH(D(8, 8)), SH(D(7, 7), LIT('A')) } },
    { "WA", { SH(L(1, 1), W(11, 11)) } },
    { "WI", { SH(L(1, 1), D(13, 13)) } },
    { "WV", { SH(D(7, 7)), SH(L(1, 2), D(5, 6)) } },
    { "WY", { SH(D(9, 10)) } },
};

#define REF_COUNT ((int)(sizeof k_ref / sizeof k_ref[0]))

static int ref_class(const seg *g, char c)
{
    switch (g->kind) {
    case 'L':
        return c >= 'A' && c <= 'Z';
    case 'D':
        return c >= '0' && c <= '9';
    case 'W':
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*';
    case '=':
        return c == g->lit;
    default:
        return 0;
    }
}

/* Naive backtracking: fine for tests (n <= ~30, few segments). */
static int ref_seg(const seg *g, const char *s, size_t n)
{
    if (g->kind == 0) {
        return n == 0;
    }
    for (size_t k = 0; k <= g->hi && k <= n; k++) {
        if (k > 0 && !ref_class(g, s[k - 1])) {
            break;
        }
        if (k >= g->lo && ref_seg(g + 1, s + k, n - k)) {
            return 1;
        }
    }
    return 0;
}

static int ref_state_accepts(int r, const char *s, size_t n)
{
    if (n < 4 || n > 25) {
        return 0;
    }
    for (int j = 0; j < 7 && k_ref[r].sh[j].s[0].kind != 0; j++) {
        if (ref_seg(k_ref[r].sh[j].s, s, n)) {
            return 1;
        }
    }
    return 0;
}

/* Reference mask, in library bit order. */
static uint64_t ref_mask(const char *s, size_t n)
{
    uint64_t m = 0;
    for (int r = 0; r < REF_COUNT; r++) {
        if (ref_state_accepts(r, s, n)) {
            m |= (uint64_t)1u << idx(k_ref[r].code);
        }
    }
    return m;
}

static int ref_row(int lib_index)
{
    const char *code = pii_dl_state_code(lib_index);
    for (int r = 0; r < REF_COUNT; r++) {
        if (code && strcmp(k_ref[r].code, code) == 0) {
            return r;
        }
    }
    return -1;
}

/* Small deterministic PRNG. */
static uint32_t rng_state = 12345u;
static uint32_t rnd(void)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 16) & 0x7fffu;
}

static char rnd_of(char kind, char lit)
{
    switch (kind) {
    case 'L':
        return (char)('A' + rnd() % 26);
    case 'D':
        return (char)('0' + rnd() % 10);
    case 'W': {
        unsigned r = rnd() % 37;
        return r < 26 ? (char)('A' + r) : r < 36 ? (char)('0' + r - 26) : '*';
    }
    case '=':
        return lit;
    default:
        return '?';
    }
}

/* Compare library and reference on one input; also check each set bit
 * individually against that state's reference shapes. */
/* The letters-then-digits table, for pii_dl_format_match_lead(). */
static const dl_lead_table *lead_table(void)
{
    static dl_lead_table t;
    static int ready;
    if (!ready) {
        pii_dl_lead_init(&t);
        ready = 1;
    }
    return &t;
}

static void check_against_ref(const char *s, size_t n)
{
    uint64_t got = pii_dl_format_match(s, n);
    uint64_t exp = ref_mask(s, n);
    /* the table's answer is the same, for every value it is asked about */
    uint64_t lead = pii_dl_format_match_lead(lead_table(), s, n, pii_dl_states_of_length(n));
    ck_assert_msg(lead == got, "'%.*s' (n=%zu): the letters-then-digits table differs", (int)n,
                  s, n);
    char g[256], e[256];
    mask_to_str(got, g, sizeof g);
    mask_to_str(exp, e, sizeof e);
    ck_assert_msg(got == exp, "'%.*s' (n=%zu): got {%s} expected {%s}",
                  (int)n, s, n, g, e);
    ck_assert_msg((got >> DL_STATE_COUNT) == 0, "bits past the table set");
    for (int i = 0; i < DL_STATE_COUNT; i++) {
        if (got & ((uint64_t)1u << i)) {
            int r = ref_row(i);
            ck_assert_int_ge(r, 0);
            ck_assert_msg(ref_state_accepts(r, s, n),
                          "'%.*s' marked %s but %s has no such shape", (int)n,
                          s, pii_dl_state_code(i), pii_dl_state_code(i));
        }
    }
}

/* ------------------------------------------------------------------------ */
/* State code lookups                                                        */

START_TEST(test_state_count_and_order)
{
    ck_assert_int_eq(DL_STATE_COUNT, 51);
    ck_assert_int_eq(REF_COUNT, 51);
    for (int i = 0; i < DL_STATE_COUNT; i++) {
        const char *c = pii_dl_state_code(i);
        ck_assert_ptr_nonnull(c);
        ck_assert_uint_eq(strlen(c), 2);
        ck_assert(c[0] >= 'A' && c[0] <= 'Z');
        ck_assert(c[1] >= 'A' && c[1] <= 'Z');
        if (i > 0) {
            ck_assert_msg(strcmp(pii_dl_state_code(i - 1), c) < 0,
                          "not alphabetical at %d (%s)", i, c);
        }
    }
    ck_assert_str_eq(pii_dl_state_code(0), "AK");
    ck_assert_str_eq(pii_dl_state_code(1), "AL");
    ck_assert_str_eq(pii_dl_state_code(7), "DC");
    ck_assert_str_eq(pii_dl_state_code(8), "DE");
    ck_assert_str_eq(pii_dl_state_code(50), "WY");
    ck_assert_ptr_null(pii_dl_state_code(-1));
    ck_assert_ptr_null(pii_dl_state_code(51));
    ck_assert_ptr_null(pii_dl_state_code(1000));
}
END_TEST

START_TEST(test_state_roundtrip)
{
    for (int i = 0; i < DL_STATE_COUNT; i++) {
        const char *c = pii_dl_state_code(i);
        char lower[3] = { (char)(c[0] - 'A' + 'a'), (char)(c[1] - 'A' + 'a'),
                          '\0' };
        char mixed[3] = { c[0], (char)(c[1] - 'A' + 'a'), '\0' };
        ck_assert_int_eq(pii_dl_state_index(c), i);
        ck_assert_int_eq(pii_dl_state_index(lower), i);
        ck_assert_int_eq(pii_dl_state_index(mixed), i);
    }
    /* every reference row names a real state */
    for (int r = 0; r < REF_COUNT; r++) {
        ck_assert_int_ge(pii_dl_state_index(k_ref[r].code), 0);
    }
}
END_TEST

START_TEST(test_state_index_invalid)
{
    ck_assert_int_eq(pii_dl_state_index(NULL), -1);
    ck_assert_int_eq(pii_dl_state_index(""), -1);
    ck_assert_int_eq(pii_dl_state_index("C"), -1);
    ck_assert_int_eq(pii_dl_state_index("CAL"), -1);
    ck_assert_int_eq(pii_dl_state_index("CA "), -1);
    ck_assert_int_eq(pii_dl_state_index(" CA"), -1);
    ck_assert_int_eq(pii_dl_state_index("C1"), -1);
    ck_assert_int_eq(pii_dl_state_index("1A"), -1);
    ck_assert_int_eq(pii_dl_state_index("XX"), -1);
    ck_assert_int_eq(pii_dl_state_index("ZZ"), -1);
    ck_assert_int_eq(pii_dl_state_index("AA"), -1);
    ck_assert_int_eq(pii_dl_state_index("PR"), -1); /* territories: no */
    ck_assert_int_eq(pii_dl_state_index("GU"), -1);
    ck_assert_int_eq(pii_dl_state_index("\xc3\x89"), -1);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Positive examples: at least one per state, one per listed shape           */

static const struct {
    const char *st;
    const char *v;
} k_pos[] = {
    { "AK", "1234567" },        { "AK", "1234" },
    { "AL", "12345678" },       { "AL", "7654321" },
    { "AR", "1234" },           { "AR", "912345678" },
    { "AZ", "A123" },           { "AZ", "B12345678" },
    { "AZ", "AB12345" },        { "AZ", "123456789" },
    { "CA", "D1234567" },       { "CO", "123456789" },
    { "CO", "A123456" },        { "CO", "AB12" },
    { "CO", "AB12345" },        { "CT", "146825129" },
    { "DC", "1234567" },        { "DC", "123456789" },
    { "DE", "1234567" },        { "FL", "S123456789012" },
    { "GA", "1234567" },        { "GA", "123456789" },
    { "HI", "H12345678" },      { "HI", "123456789" },
    { "IA", "123AB4567" },      { "IA", "123456789" },
    { "ID", "AB123456C" },      { "ID", "123456789" },
    { "IL", "A12345678901" },   { "IL", "A123456789012" },
    { "IN", "A123456789" },     { "IN", "123456789" },
    { "IN", "1234567890" },     { "KS", "A1B2C" },
    { "KS", "K12345678" },      { "KS", "123456789" },
    { "KY", "A12345678" },      { "KY", "A123456789" },
    { "KY", "123456789" },      { "LA", "012345678" },
    { "LA", "1234" },           { "MA", "S12345678" },
    { "MA", "SA1234567" },      { "MA", "123456789" },
    { "MD", "M123456789012" },  { "ME", "1234567" },
    { "ME", "1234567X" },       { "ME", "12345678" },
    { "MI", "A1234567890" },    { "MI", "A123456789012" },
    { "MN", "A123456789012" },  { "MO", "A12345" },
    { "MO", "A123456789" },     { "MO", "A123456R" },
    { "MO", "12345678AB" },     { "MO", "123456789A" },
    { "MO", "123456789" },      { "MO", "123A456789" },
    { "MS", "123456789" },      { "MT", "A12345678" },
    { "MT", "123456789" },      { "MT", "1234567890123" },
    { "MT", "12345678901234" }, { "NC", "123456789012" },
    { "NC", "1234" },           { "ND", "ABC123456" },
    { "ND", "123456789" },      { "NE", "A123456" },
    { "NE", "A12345678" },      { "NE", "1234567" },
    { "NH", "12ABC34567" },     { "NH", "NHL12345678" },
    { "NJ", "A12345678901234" }, { "NM", "12345678" },
    { "NM", "123456789" },      { "NV", "123456789" },
    { "NV", "1234567890" },     { "NV", "123456789012" },
    { "NV", "X12345678" },      { "NY", "A1234567" },
    { "NY", "A123456789012345678" }, { "NY", "12345678" },
    { "NY", "123456789" },      { "NY", "1234567890123456" },
    { "NY", "ABCDEFGH" },       { "OH", "A1234" },
    { "OH", "A12345678" },      { "OH", "AB123" },
    { "OH", "AB1234567" },      { "OH", "12345678" },
    { "OK", "A123456789" },     { "OK", "123456789" },
    { "OR", "123456789" },      { "OR", "1234" },
    { "OR", "A123456" },        { "OR", "B1234567" },
    { "PA", "12345678" },       { "RI", "1234567" },
    { "RI", "12345678" },       { "RI", "V123456" },
    { "SC", "12345" },          { "SC", "12345678901" },
    { "SD", "123456" },         { "SD", "1234567890" },
    { "SD", "123456789012" },   { "TN", "1234567" },
    { "TN", "123456789" },      { "TX", "1234567" },
    { "TX", "12345678" },       { "UT", "1234" },
    { "UT", "1234567890" },     { "VA", "A12345678" },
    { "VA", "A12345678901" },   { "VA", "123456789" },
    { "VT", "12345678" },       { "VT", "1234567A" },
    { "WA", "WOO**JT547KA" },   { "WA", "WALKECR577DU" },
    { "WA", "WDLABCD456DG" },   { "WA", "SMITHJD12*3A" },
    { "WI", "A1234567890123" }, { "WV", "1234567" },
    { "WV", "A12345" },         { "WV", "AB123456" },
    { "WY", "123456789" },      { "WY", "1234567890" },
};

#define POS_COUNT ((int)(sizeof k_pos / sizeof k_pos[0]))

START_TEST(test_positive_example)
{
    const char *st = k_pos[_i].st;
    const char *v = k_pos[_i].v;
    uint64_t m = match(v);
    ck_assert_msg(m & bit(st), "%s should accept %s", st, v);
    check_against_ref(v, strlen(v));
}
END_TEST

START_TEST(test_every_state_has_positive)
{
    for (int i = 0; i < DL_STATE_COUNT; i++) {
        int found = 0;
        for (int j = 0; j < POS_COUNT && !found; j++) {
            found = strcmp(k_pos[j].st, pii_dl_state_code(i)) == 0;
        }
        ck_assert_msg(found, "no positive example for %s",
                      pii_dl_state_code(i));
    }
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Exact masks for characteristic values                                     */

START_TEST(test_exact_masks_distinctive)
{
    ASSERT_MASK("A123456789012", "FL IL MD MI MN");
    ASSERT_MASK("A1234567890123", "WI");
    ASSERT_MASK("A12345678901234", "NJ");
    ASSERT_MASK("A123456789012345678", "NY");
    ASSERT_MASK("A12345678901", "IL VA WA"); /* 12 chars: WA too */
    ASSERT_MASK("12ABC34567", "NH");
    ASSERT_MASK("NHL12345678", "NH");
    ASSERT_MASK("123AB4567", "IA");
    ASSERT_MASK("AB123456C", "ID");
    ASSERT_MASK("A1B2C", "KS");
    ASSERT_MASK("A123456R", "MO");
    ASSERT_MASK("12345678AB", "MO");
    ASSERT_MASK("123A456789", "MO");
    ASSERT_MASK("1234567A", "ME VT");
    ASSERT_MASK("1234567B", "ME");
    ASSERT_MASK("ABC123456", "ND");
    ASSERT_MASK("WOO**JT547KA", "WA");
    ASSERT_MASK("WDLABCD456DG", "WA");
    ASSERT_MASK("1234567890123456", "NY");
    ASSERT_MASK("1234567890123", "MT");
    ASSERT_MASK("12345678901234", "MT");
}
END_TEST

START_TEST(test_exact_masks_generic)
{
    /* 1 letter + 7 digits */
    ASSERT_MASK("A1234567", "AZ CA MO NE NY OH OR");
    /* 8 digits */
    ASSERT_MASK("12345678", "AL AR GA LA ME NC NM NY OH OR PA RI SC SD TN TX "
                            "UT VT");
    /* 9 digits: 30 jurisdictions */
    ASSERT_MASK("123456789", "AR AZ CO CT DC GA HI IA ID IN KS KY LA MA MO MS "
                             "MT NC ND NM NV NY OK OR SC SD TN UT VA WY");
    /* 4 digits: only the wide ranges */
    ASSERT_MASK("1234", "AK AL AR DE LA NC NE OR UT");
    /* generic words: NY 8 letters, WA 12 letters */
    ASSERT_MASK("PASSWORD", "NY");
    ASSERT_MASK("ORGANIZATION", "WA");
    /* X + 8 digits: NV plus every letter + 8 digits state */
    ASSERT_MASK("X12345678", "AZ HI KS KY MA MO MT NE NV OH VA");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Negatives                                                                 */

START_TEST(test_negative_lengths)
{
    char big[1001];
    memset(big, '1', sizeof big - 1);
    big[1000] = '\0';

    ck_assert_uint_eq(pii_dl_format_match("", 0), 0);
    ck_assert_uint_eq(pii_dl_format_match(NULL, 0), 0);
    ck_assert_uint_eq(pii_dl_format_match(NULL, 8), 0);
    ck_assert_uint_eq(match("1"), 0);
    ck_assert_uint_eq(match("123"), 0);
    ck_assert_uint_eq(match("A12"), 0);
    ck_assert_uint_eq(match("123456789012345"), 0);   /* 15 digits */
    ck_assert_uint_eq(match("12345678901234567"), 0); /* 17 digits */
    ck_assert_uint_eq(match("F1234567890123456"), 0); /* L16D */
    ck_assert_uint_eq(match("A1234567890123456789"), 0); /* L19D */
    ck_assert_uint_eq(match("12345678901234567890123456"), 0); /* 26 */
    ck_assert_uint_eq(pii_dl_format_match(big, 1000), 0);
    ck_assert_uint_eq(pii_dl_format_match(big, 26), 0);
    /* n far past the buffer: must return before reading anything */
    ck_assert_uint_eq(pii_dl_format_match("A1", (size_t)-1), 0);
    ck_assert_uint_eq(pii_dl_format_match("A1", 1u << 20), 0);
    /* n shorter than the string: only the prefix counts */
    ck_assert_uint_eq(pii_dl_format_match("D1234567", 3), 0);
    ck_assert(pii_dl_format_match("D12345678", 8) & bit("CA"));
}
END_TEST

START_TEST(test_negative_classes)
{
    /* letters where digits belong */
    ck_assert_uint_eq(match("D12345B7") & bit("CA"), 0);
    ck_assert_uint_eq(match("F12345678901X"), 0);
    ck_assert_uint_eq(match("A12345678901B34"), 0);
    ck_assert_uint_eq(match("12AB"), 0);
    ck_assert_uint_eq(match("ABCDEFG"), 0);   /* 7 letters */
    ck_assert_uint_eq(match("ABCDEFGHI"), 0); /* 9 letters */
    ck_assert_uint_eq(match("ABCD"), 0);
    ck_assert_uint_eq(match("1A2B3C"), 0);
    ck_assert_uint_eq(match("12ABC3456"), 0);    /* NH needs 5 at end */
    ck_assert_uint_eq(match("12AB345678"), 0);
    ck_assert_uint_eq(match("NH12345678"), 0);   /* 2L8D: nobody */
    ck_assert_uint_eq(match("1234567C") & bit("VT"), 0); /* VT only 'A' */
    ck_assert_uint_eq(match("A123456S") & bit("MO"), 0); /* MO only 'R' */
    ck_assert_uint_eq(match("Y12345678") & bit("NV"), 0); /* NV only 'X' */
    /* lower case is not canonical */
    ck_assert_uint_eq(match("d1234567"), 0);
    ck_assert_uint_eq(match("a123456789012"), 0);
    ck_assert_uint_eq(match("passwordx"), 0);
    ck_assert_uint_eq(match("password"), 0);
    ck_assert_uint_eq(match("woo**jt547ka"), 0);
    /* separators must already be removed */
    ck_assert_uint_eq(match("D123-4567"), 0);
    ck_assert_uint_eq(match("D123 4567"), 0);
    ck_assert_uint_eq(match("123-45-6789"), 0);
    /* '*' only inside WA's 12 characters */
    ck_assert_uint_eq(match("A123*567"), 0);
    ck_assert_uint_eq(match("*OOJT547KAXX"), 0); /* WA must start w/ letter */
    ck_assert_uint_eq(match("****"), 0);
    ck_assert_uint_eq(match("WOO**JT547K"), 0); /* 11 chars */
    /* other bytes */
    ck_assert_uint_eq(pii_dl_format_match("1234\0" "5678", 9), 0);
    ck_assert_uint_eq(match("D1234567\xff"), 0);
    ck_assert_uint_eq(match("D\xc3\x89" "234567"), 0);
    ck_assert_uint_eq(match("12345678."), 0);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Generated inputs compared with the reference table                        */

/* Build a value for one reference shape, random counts within the ranges. */
static size_t gen_from_shape(const rshape *sh, char *out, size_t cap,
                             int mode)
{
    size_t n = 0;
    for (int k = 0; k < 5 && sh->s[k].kind != 0; k++) {
        const seg *g = &sh->s[k];
        unsigned cnt;
        if (mode == 0) {
            cnt = g->lo;
        } else if (mode == 1) {
            cnt = g->hi;
        } else {
            cnt = g->lo + rnd() % (unsigned)(g->hi - g->lo + 1);
        }
        for (unsigned j = 0; j < cnt && n + 1 < cap; j++) {
            out[n++] = rnd_of(g->kind, g->lit);
        }
    }
    out[n] = '\0';
    return n;
}

START_TEST(test_reference_shapes_and_mutations)
{
    char buf[64], mut[64];
    rng_state = 777u;
    for (int r = 0; r < REF_COUNT; r++) {
        for (int j = 0; j < 7 && k_ref[r].sh[j].s[0].kind != 0; j++) {
            for (int rep = 0; rep < 40; rep++) {
                size_t n = gen_from_shape(&k_ref[r].sh[j], buf, sizeof buf,
                                          rep < 2 ? rep : 2);
                uint64_t m = pii_dl_format_match(buf, n);
                if (n >= 4) {
                    ck_assert_msg(m & bit(k_ref[r].code),
                                  "%s shape %d: '%s' rejected", k_ref[r].code,
                                  j, buf);
                }
                check_against_ref(buf, n);

                /* mutation 1: replace one char with another class */
                if (n > 0) {
                    size_t pos = rnd() % n;
                    static const char repl[] = "Z7*R";
                    memcpy(mut, buf, n + 1);
                    mut[pos] = repl[rnd() % 4];
                    check_against_ref(mut, n);
                }
                /* mutation 2: drop one char */
                if (n > 1) {
                    size_t pos = rnd() % n;
                    memcpy(mut, buf, pos);
                    memcpy(mut + pos, buf + pos + 1, n - pos);
                    check_against_ref(mut, n - 1);
                }
                /* mutation 3: insert one char */
                if (n + 2 < sizeof mut) {
                    size_t pos = rnd() % (n + 1);
                    memcpy(mut, buf, pos);
                    mut[pos] = rnd_of((rnd() & 1) ? 'L' : 'D', 0);
                    memcpy(mut + pos + 1, buf + pos, n - pos + 1);
                    check_against_ref(mut, n + 1);
                }
            }
        }
    }
}
END_TEST

START_TEST(test_reference_random_runs)
{
    char buf[40];
    rng_state = 4242u;
    for (int t = 0; t < 200000; t++) {
        /* 1-4 runs of letters / digits / '*' / literal R,X,A, total <= 30 */
        size_t n = 0;
        int runs = 1 + (int)(rnd() % 4);
        for (int k = 0; k < runs; k++) {
            unsigned len = 1 + rnd() % 19;
            unsigned kind = rnd() % 10;
            for (unsigned j = 0; j < len && n < 30; j++) {
                char c;
                if (kind < 4) {
                    c = rnd_of('D', 0);
                } else if (kind < 8) {
                    c = rnd_of('L', 0);
                } else if (kind == 8) {
                    c = "RXA"[rnd() % 3];
                } else {
                    c = rnd_of('W', 0);
                }
                buf[n++] = c;
            }
        }
        buf[n] = '\0';
        check_against_ref(buf, n);
    }
}
END_TEST

START_TEST(test_reference_all_short_digit_and_letter_runs)
{
    /* Every pure-digit, pure-letter and letter+digits length 0..26. */
    char buf[40];
    for (size_t n = 0; n <= 26; n++) {
        for (size_t i = 0; i < n; i++) {
            buf[i] = (char)('0' + (i * 7 + 3) % 10);
        }
        buf[n] = '\0';
        check_against_ref(buf, n);
        for (size_t i = 0; i < n; i++) {
            buf[i] = (char)('A' + (i * 5 + 1) % 26);
        }
        check_against_ref(buf, n);
        for (size_t lead = 1; lead <= 3 && lead <= n; lead++) {
            for (size_t i = 0; i < n; i++) {
                buf[i] = i < lead ? (char)('B' + i) : (char)('0' + i % 10);
            }
            check_against_ref(buf, n);
            buf[n - 1] = 'K'; /* trailing letter */
            check_against_ref(buf, n);
        }
    }
}
END_TEST

START_TEST(test_lead_table_every_length)
{
    /* every length and number of leading letters, with each letter first
     * and last among them (the formats with a literal: 'X' + 8 digits) */
    char buf[40];
    for (size_t n = 2; n <= 26; n++)
        for (size_t k = 1; k < n; k++)
            for (char c = 'A'; c <= 'Z'; c++) {
                for (size_t i = 0; i < n; i++)
                    buf[i] = i < k ? 'M' : (char)('0' + (i * 3) % 10);
                buf[0] = c;
                check_against_ref(buf, n);
                buf[0] = 'M';
                buf[k - 1] = c;
                check_against_ref(buf, n);
            }
    ck_assert(pii_dl_format_match_lead(lead_table(), "X12345678", 9, ~UINT64_C(0)) & bit("NV"));
    ck_assert(!(pii_dl_format_match_lead(lead_table(), "Y12345678", 9, ~UINT64_C(0)) & bit("NV")));
    ck_assert(pii_dl_format_match_lead(lead_table(), "A1234567", 8, ~UINT64_C(0)) & bit("CA"));
    ck_assert(!(pii_dl_format_match_lead(lead_table(), "A1234567", 8, ~bit("CA")) & bit("CA")));
}
END_TEST

/* ------------------------------------------------------------------------ */

static Suite *dl_suite(void)
{
    Suite *s = suite_create("dl_formats");
    TCase *tc = tcase_create("codes");
    tcase_add_test(tc, test_state_count_and_order);
    tcase_add_test(tc, test_state_roundtrip);
    tcase_add_test(tc, test_state_index_invalid);
    suite_add_tcase(s, tc);

    tc = tcase_create("positive");
    tcase_add_loop_test(tc, test_positive_example, 0, POS_COUNT);
    tcase_add_test(tc, test_every_state_has_positive);
    tcase_add_test(tc, test_exact_masks_distinctive);
    tcase_add_test(tc, test_exact_masks_generic);
    suite_add_tcase(s, tc);

    tc = tcase_create("negative");
    tcase_add_test(tc, test_negative_lengths);
    tcase_add_test(tc, test_negative_classes);
    suite_add_tcase(s, tc);

    tc = tcase_create("reference");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_reference_shapes_and_mutations);
    tcase_add_test(tc, test_reference_random_runs);
    tcase_add_test(tc, test_reference_all_short_digit_and_letter_runs);
    tcase_add_test(tc, test_lead_table_every_length);
    suite_add_tcase(s, tc);
    return s;
}

PII_CHECK_MAIN(dl_suite)
