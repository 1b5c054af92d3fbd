/*
 * test_scan.c - the candidate scan's fast path (scan.c, bytemask.c).
 *
 *   masks       every byte mask implementation this processor runs
 *               (portable, SSE2, AVX2, AVX-512BW) gives the portable one's
 *               masks for every byte value at every position of a block;
 *               the vector pair lookup (AVX-512 VBMI) gives the bit set's
 *               answer for each position
 *   fast = ref  find_candidates() proposes exactly what
 *               find_candidates_ref() (every word start, one by one)
 *               proposes: on generated text built from the shapes every
 *               recognizer looks for, mutated, joined by the punctuation
 *               the prefilter reasons about, with non-ASCII here and
 *               there; on random ranges of start positions; on the
 *               held-out corpus and the golden inputs; for every mask
 *               implementation
 *   ref = all   the reference proposes what running every recognizer at
 *               each of its word starts proposes: word_start()'s tests of a
 *               word's first characters lose nothing (generated text, the
 *               same files)
 *   hotmap      skipping recognizers where no hotword can be near
 *               (hotmap.c) changes no finding: generated text with context
 *               words and table headers put anywhere, scanned with and
 *               without it; digit runs of every length after each kind of
 *               hotword; the table guard's answer from a line's first field
 *               never rejects a line the whole-line test takes for a header
 *   prefilter   on log text most word starts are skipped: the fast scan
 *               visits fewer positions than there are words (counted)
 */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "context_words.h"
#include "scan_compare.h"

#ifndef PII_TESTS_DIR
#define PII_TESTS_DIR "tests"
#endif

static pii_ruleset *rs;

static void setup(void)
{
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_builder_free(b);
}

static void teardown(void)
{
    pii_ruleset_free(rs);
    rs = NULL;
}

/* xorshift64*: reproducible inputs */
static uint64_t rng_state;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * UINT64_C(2685821657736338717);
}
static unsigned rnd_below(unsigned n) { return (unsigned)(rnd() % n); }

/* ---- masks ---- */

START_TEST(masks_match_portable)
{
    bytemask_fn ref = bytemask_select(BYTEMASK_PORTABLE);
    ck_assert_ptr_nonnull(ref);
    ck_assert_ptr_nonnull(bytemask_select(BYTEMASK_BEST));
    int levels[] = {BYTEMASK_SSE2, BYTEMASK_AVX2, BYTEMASK_AVX512, BYTEMASK_BEST};
    uint8_t block[64];
    rng_state = 12345;
    for (size_t l = 0; l < sizeof levels / sizeof levels[0]; l++) {
        bytemask_fn fn = bytemask_select(levels[l]);
        if (!fn)
            continue; /* not on this processor */
        /* every byte value at every position, then random blocks */
        for (int round = 0; round < 256 * 64 + 2000; round++) {
            if (round < 256 * 64) {
                memset(block, 'a', sizeof block);
                block[round / 256] = (uint8_t)(round % 256);
            } else {
                for (int i = 0; i < 64; i++)
                    block[i] = (uint8_t)rnd();
            }
            byte_masks a, b;
            ref(block, &a);
            fn(block, &b);
            ck_assert_msg(memcmp(&a, &b, sizeof a) == 0, "level %d differs on round %d", levels[l],
                          round);
        }
    }
}
END_TEST

/* normscan.c: every level finds the same blocks and bytes as the
 * portable one, and those bytes are exactly the high bytes, the '=' with
 * '?', '3', '7', ';', 'A' or a control character from 0x08 to 0x0F (a
 * line's end) after it or another '=' three bytes on, and the '\\'
 * before 'n' or 'p' to DEL ('r', 't', 'u'), the '&' before '#' or 'n', and ESC. */
START_TEST(normscan_match_portable)
{
    normscan_fn ref = normscan_select(BYTEMASK_PORTABLE);
    ck_assert_ptr_nonnull(ref);
    ck_assert_ptr_nonnull(normscan_select(BYTEMASK_BEST));
    int levels[] = {BYTEMASK_PORTABLE, BYTEMASK_SSE2, BYTEMASK_AVX2, BYTEMASK_AVX512,
                    BYTEMASK_BEST};
    /* bytes that matter, and others */
    static const uint8_t alphabet[] = "==========?3A7;DC0a x\x80\xc2\\\\uu<|]\n\r\t\x07nrto&&#\x1b[/";
    uint8_t buf[400];
    rng_state = 777;
    for (int round = 0; round < 3000; round++) {
        size_t len = 67 + rnd_below(sizeof buf - 67);
        unsigned sparse = rnd_below(3); /* mostly one byte, or a mix */
        for (size_t i = 0; i < len; i++)
            buf[i] = sparse == 0 && rnd_below(16) ? 'x'
                                                  : alphabet[rnd_below(sizeof alphabet - 1)];
        /* the expected blocks, byte by byte */
        uint64_t want[8] = {0};
        size_t blocks = 0;
        for (size_t i = 0; i + 67 <= len; i += 64, blocks++)
            for (unsigned j = 0; j < 64; j++) {
                const uint8_t *p = buf + i + j;
                bool eq = p[0] == '=' && (p[3] == '=' || p[1] == '?' || p[1] == '3' ||
                                          p[1] == '7' || p[1] == ';' || p[1] == 'A' ||
                                          (p[1] >= 0x08 && p[1] <= 0x0F));
                bool bs = p[0] == '\\' && (p[1] == 'n' || p[1] == '/' || (p[1] >= 'p' && p[1] <= 0x7F));
                if (p[0] >= 0x80 || eq || bs || (p[0] == '&' && (p[1] == '#' || p[1] == 'n')) ||
                    p[0] == 0x1B)
                    want[blocks] |= UINT64_C(1) << j;
            }
        for (size_t l = 0; l < sizeof levels / sizeof levels[0]; l++) {
            normscan_fn fn = normscan_select(levels[l]);
            if (!fn)
                continue; /* not on this processor */
            size_t i = 0, b = 0;
            for (;;) {
                uint64_t m;
                size_t at = fn(buf, i, len, &m);
                while (b < blocks && !want[b])
                    b++;
                if (!m) {
                    ck_assert_msg(b == blocks, "level %d, round %d: block %zu missed", levels[l],
                                  round, b);
                    ck_assert_msg(at + 67 > len && at % 64 == 0, "level %d: stopped at %zu",
                                  levels[l], at);
                    break;
                }
                ck_assert_msg(at == b * 64 && m == want[b],
                              "level %d, round %d: block at %zu mask %llx, want %zu %llx",
                              levels[l], round, at, (unsigned long long)m, b * 64,
                              (unsigned long long)(b < blocks ? want[b] : 0));
                i = at + 64;
                b++;
            }
        }
    }
}
END_TEST

START_TEST(masks_classes)
{
    bytemask_fn fn = bytemask_select(BYTEMASK_BEST);
    const char *text = "Ab9 -.:@+()/\\$P_<\x80\xff" "fF gG zZ 0 9 `{[\n\"*\r";
    uint8_t block[64];
    memset(block, 0, sizeof block);
    memcpy(block, text, strlen(text));
    byte_masks m;
    fn(block, &m);
    for (unsigned i = 0; i < 64; i++) {
        uint8_t c = block[i];
        uint64_t bit = UINT64_C(1) << i;
        ck_assert_int_eq(!!(m.digit & bit), c >= '0' && c <= '9');
        ck_assert_int_eq(!!(m.alpha & bit), (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
        ck_assert_int_eq(!!(m.lower & bit), c >= 'a' && c <= 'z');
        ck_assert_int_eq(!!(m.hexa & bit), (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'));
        ck_assert_int_eq(!!(m.space & bit), c == ' ');
        ck_assert_int_eq(!!(m.dash & bit), c == '-');
        ck_assert_int_eq(!!(m.dot & bit), c == '.');
        ck_assert_int_eq(!!(m.colon & bit), c == ':');
        ck_assert_int_eq(!!(m.at & bit), c == '@');
        ck_assert_int_eq(!!(m.phone & bit), c == '+' || c == '(' || c == ')');
        ck_assert_int_eq(!!(m.slash & bit), c == '/' || c == '\\' || c == '$');
        ck_assert_int_eq(!!(m.p_char & bit), c == 'P');
        ck_assert_int_eq(!!(m.newline & bit), c == '\n');
        ck_assert_int_eq(!!(m.head & bit), c == '"' || c == '|' || c == 0xE2 || c == 0xEA ||
                                                c == '*' || c == ',' || c == '\f' || c == '`' ||
                                                c == 0 || c == ' ' || c == 'l' || c == 'p' ||
                                                c == 0x1B || c == 0x12 || c == 0x1A || c == '+' ||
                                                c == 0xEB);
        ck_assert_int_eq(!!(m.high & bit), c >= 0x80);
    }
    /* a block cut short: the missing bytes are in no class */
    bytemask_partial(fn, (const uint8_t *)"12 ab", 5, &m);
    ck_assert_uint_eq(m.digit, 3);
    ck_assert_uint_eq(m.alpha, 0x18);
    ck_assert_uint_eq(m.space, 4);
    ck_assert_uint_eq(m.head, 4); /* (' ' only: not the padding's NUL bytes) */
    ck_assert_uint_eq(m.newline | m.phone | m.at | m.high, 0);
}
END_TEST

START_TEST(pairs_match_lookup)
{
    bytepair_fn fn = bytepair_select();
    if (!fn)
        return; /* no vector version on this processor: nothing to compare */
    uint8_t block[67];
    const word_gate *g = &rs->gate[HOT_WORDS];
    const uint8_t(*sets)[128] = g->pairs;
    static const int offset[4] = {0, 1, 2, 0};
    rng_state = 99;
    for (int round = 0; round < 20000; round++) {
        for (int i = 0; i < 67; i++)
            block[i] = round < 10000 ? (uint8_t)rnd() : (uint8_t)("aAcCdDlLpPsSt 9-_"[rnd_below(17)]);
        uint64_t want[4] = {0, 0, 0, 0};
        for (unsigned i = 0; i < 64; i++)
            for (int j = 0; j < 4; j++) {
                const uint8_t *w = block + i + offset[j];
                unsigned k = (w[0] & 31u) << 5 | (w[1] & 31u);
                want[j] |= (uint64_t)((sets[j][k >> 3] >> (k & 7)) & 1) << i;
            }
        byte_pairs got = fn(block, g->pairs);
        ck_assert_uint_eq(got.four, want[0] & want[1] & want[2]);
        ck_assert_uint_eq(got.two, want[3]);
    }
}
END_TEST

/* The folded first-two-byte gate: the table (decoded here as its XORs
 * telescope) holds each pair of the set and its twin without bit 3 of the
 * second byte, and the vector lookup, where there is one, agrees. */
static uint64_t pairs1_scalar(const uint8_t *block, const uint8_t table[64])
{
    uint64_t out = 0;
    for (unsigned i = 0; i < 64; i++) {
        unsigned a = block[i] & 31u, b = block[i + 1];
        unsigned idx = a << 1 | ((b >> 4) & 1u);
        uint8_t fold = 0;
        for (unsigned j = idx % 16; j <= idx; j += 16)
            fold ^= table[j];
        out |= (uint64_t)((fold >> (b & 7u)) & 1u) << i;
    }
    return out;
}

START_TEST(pairs1_match_lookup)
{
    bytepair1_fn fn = bytepair1_select();
    uint8_t block[65];
    rng_state = 77;
    for (int t = 0; t < 2; t++) {
        const word_gate *g = &rs->gate[t];
        for (int round = 0; round < 20000; round++) {
            for (int i = 0; i < 65; i++)
                block[i] = round < 10000 ? (uint8_t)rnd()
                                         : (uint8_t)("aAcCdDlLpPsSt 9-_iIrR"[rnd_below(21)]);
            uint64_t want = 0, exact = 0;
            for (unsigned i = 0; i < 64; i++) {
                unsigned a = block[i] & 31u, b = block[i + 1] & 31u;
                unsigned k = a << 5 | b, k2 = a << 5 | (b ^ 8); /* (its twin) */
                unsigned in = ((g->pairs[0][k >> 3] | g->pairs[3][k >> 3]) >> (k & 7)) & 1u;
                unsigned in2 = ((g->pairs[0][k2 >> 3] | g->pairs[3][k2 >> 3]) >> (k2 & 7)) & 1u;
                exact |= (uint64_t)in << i;
                want |= (uint64_t)(in | in2) << i;
            }
            ck_assert_uint_eq(pairs1_scalar(block, g->first), want);
            ck_assert_uint_eq(want & exact, exact); /* never leaves a pair of the set out */
            if (fn)
                ck_assert_uint_eq(fn(block, g->first), want);
        }
    }
}
END_TEST

/* ---- generated text ---- */

/* Shapes the recognizers look for, and their look-alikes. */
static const char *const shapes[] = {
    "536-22-1874", "536 22 1874", "536.22.1874", "536221874", "912-70-1234", "078-05-1120",
    "4539 5260 1815 9083", "4539-5260-1815-9083", "4539526018159083", "378282246310005",
    "3782 822463 10005", "6011000990139424", "5555 5555 5555 4444", "4111 1111 1111 1111 123",
    "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "gb82west12345698765432",
    "GB82-WEST-1234-5698-7654-32", "FR1420041010050500013M02606",
    "PL 61 1090 1014 0000 0712 1981 2874", "IT 60 X 05428 11101 000000123456",
    "IT60 X054 2811 1010 0000 0123 456", "pl 61 1090 1014 0000 0712 1981 2874",
    "+1 212 555 0199", "(212) 555-0199", "212-555-0199", "1-212-555-0199", "212.555.0199",
    "+44 20 7946 0958", "+49 (0) 30 1234567", "2125550199", "1 (212) 555-0199", "+33 1 42 68 53 00",
    "212 (555) 0199", "1.212.555.0199", "212 555 0199", "212-555.0199", "104.0.4652.134",
    "203.0.113.42", "10.0.0.1", "256.1.1.1", "1.2.3.4.5", "http://192.168.1.1:8080/",
    "2001:db8::1", "fe80::1%eth0", "::1", "[::1]:8080", "::ffff:192.0.2.1",
    "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "1:2:3:4:5:6:7:8", "ABCD:EF01::", "a::b", "Foo::Bar",
    "00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E", "001a.2b3c.4d5e", "0A:1B:2C:3D:4E:5F:60",
    "3c5ab4129e01", "001A2B3C4D5E", "3c5ab4129e01f", "hwaddr", "bssid",
    "612 345 678", "91 123 45 67", "612 55 01 23", "06 47 21 93 58", "06.47.21.93.58", "tfno",
    "020 624 1111", "festnetz", "08-123 456 78", "070-123 45 67", "07700900123", "347 1234567",
    "3471234567", "cellulare", "0176/4418 2297", "0176 / 4418 2297", "030 - 241 77 80",
    "22 208 4419", "telefax", "98201 47736", "55 4128 9073", "21 99732-4418", "+1(802)479-1124",
    "9123 4567", "6123-4567", "20 12 34 56", "912 34 567", "9403 3523 4513",
    "created_at=1709294403", "No.520123456", "nr.D4418203",
    "Acct.No.6620018839", "xNo.123456789", "ab.536-22-1234", "00505 2266 1234", "13800138000", "138 0013 8000", "카드번호4929239831386598입니다",
    "%2B14155550132", "%2b442079460958", "alice%40example.com", "389 - 21 - 6650",
    "jane.doe@example.com", "x@y.io", "root@localhost", "avatar@2x.png", "a.b-c+d@mail.co.uk",
    "X12345678", "123456789", "C03005988", "AB1234567", "E1234567",
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
    "D1234567", "S530-4217-9054", "123 456 789", "WDLABCDEFGHI", "A12-34-5678", "F255-921-50-094",
    "1ZB4WR8Q9494643193", "P/IND/Z4418273/IND/", "/TK1234567/", "SO-69875993", "ORD-2021-082425", "INV29233325", "AB 123456", "12-AB345",
    "021000021", "0210-0002-1", "4936057174097947", "1737236989285", "#7023727",
    "A021000021A", "T021000021T1234567890O", "T021000021T 1234567890O",
    "%B4970786377466471^DELGADO/MARIA^2708", ":25:DE24920711822445088264", "1503.41.28739",
    "19-909915210/0800", "4652876380/0100",
    "2021-05-06T11:13:37.677Z", "2022-08-17 06:42:29,516", "06:42:29", "12:39:41.354-05:00",
    "+00:00", "1.2.3.4", "v10.0.1", "111.0.6049.109", "0.17.0-beta+build.856",
    "0bd6d06d-e88c-411e-b93e-909816f81e80", "a2ed964bdeedb3ea", "9faccd0801a5c39c", "$1.234.567",
    "ip-10-0-3-7", "db-replica-2", "a1-b2", "ab12", "AB12", "ssn", "SSN:", "account", "routing #",
    "passport", "license", "DL#", "phone", "card", "iban", "ip", "mac", "DEBUG", "INFO", "SELECT",
    "seq=50399", "took=28.8s", "total=6296.14", "2C", "id_123456789", "x_536-22-1874",
    /* a cheque's MICR line (U+2446 transit, U+2448 on-us): no hotword needed */
    "\xe2\x91\x86" "021000021" "\xe2\x91\x86 1234567890" "\xe2\x91\x88 0123",
    "\xe2\x91\x86" "011000015" "\xe2\x91\x86" "12345678901" "\xe2\x91\x88",
};

static const char *const joints[] = {
    " ", " ", " ", "-", ".", ":", "/", "\\", "$", "@", "_", "(", ")", "+", "<", "\n", "\t", ",",
    ";", "=", "\"", "#", "'", "::", ": ", " - ", "\r\n", "\n\n", "",
};

/* non-ASCII: letters, fullwidth digit, NBSP, zero-width space, CJK,
 * combining mark, invalid bytes */
static const char *const wide[] = {
    "\xc3\xa9", "\xef\xbc\x95", "\xc2\xa0", "\xe2\x80\x8b", "\xe4\xb8\xad", "\xcc\x81", "\xff", "\x80",
    "\xe2\x80\x93", "\xe2\x91\x86", "\xe2\x91\x88",
};

typedef struct text {
    uint8_t *s;
    size_t n, cap;
} text;

static void put(text *t, const void *p, size_t n)
{
    if (t->n + n > t->cap) {
        t->cap = (t->n + n) * 2 + 64;
        t->s = realloc(t->s, t->cap);
        ck_assert_ptr_nonnull(t->s);
    }
    memcpy(t->s + t->n, p, n);
    t->n += n;
}

static void put_str(text *t, const char *s) { put(t, s, strlen(s)); }

static void put_run(text *t)
{
    static const char *const classes[] = {"0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                          "abcdefghijklmnopqrstuvwxyz", "0123456789abcdef",
                                          "0123456789ABCDEF", "0123456789 -.", "0123456789:",
                                          "0123456789."};
    const char *cls = classes[rnd_below(sizeof classes / sizeof classes[0])];
    size_t k = strlen(cls), len = 1 + rnd_below(rnd_below(4) ? 8 : 30);
    for (size_t i = 0; i < len; i++)
        put(t, &cls[rnd_below((unsigned)k)], 1);
}

/* One generated text: pieces (a shape, maybe mutated; a run of one class;
 * a non-ASCII character) joined by punctuation. */
static void generate(text *t, bool ascii_only)
{
    t->n = 0;
    unsigned pieces = 1 + rnd_below(40);
    for (unsigned i = 0; i < pieces; i++) {
        unsigned kind = rnd_below(10);
        if (kind < 5) {
            size_t at = t->n;
            put_str(t, shapes[rnd_below(sizeof shapes / sizeof shapes[0])]);
            if (rnd_below(3) == 0 && t->n > at) { /* mutate one byte */
                static const char pool[] = "0123456789AZaz -.:@+(/$P";
                t->s[at + rnd_below((unsigned)(t->n - at))] = (uint8_t)pool[rnd_below(sizeof pool - 1)];
            }
        } else if (kind < 8) {
            put_run(t);
        } else if (!ascii_only) {
            put_str(t, wide[rnd_below(sizeof wide / sizeof wide[0])]);
        }
        put_str(t, joints[rnd_below(sizeof joints / sizeof joints[0])]);
    }
}

static void expect_same(bytemask_fn fn, const uint8_t *s, size_t len, size_t from, size_t to,
                        const char *what, unsigned round)
{
    char why[256];
    if (scan_compare(rs, fn, s, len, from, to, why, sizeof why)) {
        fprintf(stderr, "%s, round %u, len %zu, starts [%zu, %zu): %s\n", what, round, len, from, to,
                why);
        ck_abort_msg("the fast scan differs from the reference (%s, round %u): %s", what, round,
                     why);
    }
}

/* The reference scan proposes what running every recognizer at each of its
 * word starts proposes (scan_compare_all()). */
static void expect_all(const uint8_t *s, size_t len, size_t from, size_t to, const char *what,
                       unsigned round)
{
    char why[256];
    if (scan_compare_all(rs, s, len, from, to, why, sizeof why)) {
        fprintf(stderr, "%s, round %u, len %zu, starts [%zu, %zu): %s\n", what, round, len, from,
                to, why);
        if (len < 4096) { /* (generated text: short) */
            fwrite(s, 1, len, stderr);
            fputc('\n', stderr);
        }
        ck_abort_msg("a recognizer was not run where it proposes something (%s, round %u): %s",
                     what, round, why);
    }
}

static bytemask_fn level_fn(int i)
{
    static const int levels[] = {BYTEMASK_PORTABLE, BYTEMASK_SSE2, BYTEMASK_AVX2, BYTEMASK_AVX512};
    return i < 4 ? bytemask_select(levels[i]) : NULL;
}

START_TEST(fast_equals_reference_generated)
{
    text t = {0};
    rng_state = 0x9E3779B97F4A7C15u + (uint64_t)_i;
    bool ascii_only = _i % 2 == 0;
    for (unsigned round = 0; round < 4000; round++) {
        generate(&t, ascii_only);
        for (int l = 0; l < 4; l++) {
            bytemask_fn fn = level_fn(l);
            if (!fn)
                continue;
            expect_same(fn, t.s, t.n, 0, t.n, "generated", round);
            if (t.n > 2) { /* a range, as the stream engine asks for */
                size_t from = rnd_below((unsigned)t.n), to = from + rnd_below((unsigned)(t.n - from) + 1);
                expect_same(fn, t.s, t.n, from, to, "generated range", round);
            }
        }
    }
    free(t.s);
}
END_TEST

/* Texts of many shapes back to back, longer than a block, so that shapes
 * straddle block boundaries at every offset. */
START_TEST(fast_equals_reference_block_edges)
{
    text t = {0};
    rng_state = 777;
    for (unsigned round = 0; round < 300; round++) {
        t.n = 0;
        unsigned pad = round % 64;
        for (unsigned i = 0; i < pad; i++)
            put_str(&t, "x");
        put_str(&t, " ");
        for (int k = 0; k < 6; k++) {
            put_str(&t, shapes[rnd_below(sizeof shapes / sizeof shapes[0])]);
            put_str(&t, joints[rnd_below(sizeof joints / sizeof joints[0])]);
        }
        for (int l = 0; l < 4; l++) {
            bytemask_fn fn = level_fn(l);
            if (fn)
                expect_same(fn, t.s, t.n, 0, t.n, "block edges", round);
        }
    }
    free(t.s);
}
END_TEST

static uint8_t *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    text t = {0};
    char buf[65536];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0)
        put(&t, buf, k);
    fclose(f);
    *len = t.n;
    return t.s;
}

START_TEST(fast_equals_reference_files)
{
    static const char *const files[] = {"heldout/heldout.txt", "golden/app.log",
                                        "golden/customers.csv", "golden/binary.dat"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", PII_TESTS_DIR, files[i]);
        size_t len = 0;
        uint8_t *s = read_file(path, &len);
        ck_assert_msg(s != NULL, "cannot read %s", path);
        for (int l = 0; l < 4; l++) {
            bytemask_fn fn = level_fn(l);
            if (fn)
                expect_same(fn, s, len, 0, len, files[i], (unsigned)l);
        }
        expect_all(s, len, 0, len, files[i], 0); /* and the reference loses nothing */
        free(s);
    }
}
END_TEST

/* ---- the reference's choice of recognizers loses nothing ---- */

/* word_start() runs a recognizer only where the word's first characters
 * allow one of its shapes: each such test must be implied by what the
 * recognizer accepts, so running every recognizer at every word start
 * proposes nothing more. */
START_TEST(word_start_loses_nothing_generated)
{
    text t = {0};
    rng_state = 0x51ED270B27C5A4F1u + (uint64_t)_i;
    bool ascii_only = _i % 2 == 0;
    for (unsigned round = 0; round < 4000; round++) {
        generate(&t, ascii_only);
        expect_all(t.s, t.n, 0, t.n, "generated", round);
    }
    free(t.s);
}
END_TEST

/* Every recognizer, run at every start of a text that ends inside an
 * escape or a number's shape, reads nothing past the text's end: each
 * prefix is copied to a buffer of its exact size, which the sanitizer
 * build guards ("a %7": the phone recognizer once read the escape's second
 * hex digit past the end). */
START_TEST(recognizers_stop_at_the_end)
{
    static const char *const texts[] = {
        "call %7735109285", "ssn%3D574-41-9108", "%22ssn%22%3A%22574-41-9108%22",
        "whatsapp%3A%2B14158307721", "tel +1 (0)711 7845", "0049 (0)711 7845 2270",
        "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32", "a@b.example", "fe80::1%eth0",
        "IDUSA5201234565<<<<<<<<<<<", "No.520123456", "$12.50 x",
        "0049-(0)8020005133222 - 22567", "Tel.: 0 30 / 88 77 66 - 0", "(0 512) 58 63 21",
        "+49 (0) 151 - 234 567 89", "CLABE 012 180 00118359719 8", "SSN 6 0 3 - 9 1 - 2 2 7 4",
        "0475/12.34.56",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t n = strlen(texts[i]);
        for (size_t len = 1; len <= n; len++) {
            uint8_t *s = malloc(len);
            ck_assert_ptr_nonnull(s);
            memcpy(s, texts[i], len);
            expect_all(s, len, 0, len, texts[i], (unsigned)len);
            free(s);
        }
    }
}
END_TEST


/* ---- the hotword map changes no finding ---- */

/* Words that give context, and table headers that name columns. */
static const char *const context_bits[] = {
    "SSN ", "account number: ", "routing # ", "driver's license ", "DL# ", "passport no. ",
    "US passport ", "acct=", "\"license\": ", "a/c ", "r/t ", "e-mail ", "card ", "phone ",
    "Passport Number,Name,City\n", "name,account_number,routing_number\n",
    "id;license;state\n", "Nummer des Reisepasses: ", "\xe8\xba\xab\xe4\xbb\xbd ",
    "\xd0\xbf\xd0\xb0\xd1\x81\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82 ",
    "version ", "Employee ID ", "order no ", "aC ", "rT ", "a                    c ",
    "r  \t   /   t: ", "a\xc2\xa0" "c ", "version 10.1.2.3 ", "build: 203.0.113.7 ",
    "Part no. 123-45-6789 ", "Lot 579-89-7482 ", "order 536-22-1874 ", "v 1.2.3.4 ",
    "SSN 912-70-1234 ", "invoice 912-70-1234 ",
};

static int collect(const pii_finding *f, void *user)
{
    text *t = user;
    put(t, f, sizeof *f);
    return 0;
}

/* A table: a header naming some columns with hotwords, and rows of
 * shapes, so that most values sit far below the words that name them. */
static void put_table(text *t)
{
    static const char *const names[] = {"name", "account_number", "routing", "license",
                                        "passport no", "city", "id", "DL", "acct", "notes"};
    static const char *const sql_names[] = {"name", "account_number", "routing", "license",
                                            "passport_no", "city", "id", "dl", "`ssn`", "\"acct\""};
    static const char delims[] = {',', ';', '\t', '|'};
    char d = delims[rnd_below(4)];
    unsigned cols = 2 + rnd_below(3);
    /* now and then a SQL dump's column list: tuples, or COPY's tab rows */
    unsigned sql = rnd_below(5); /* 0: INSERT, 1: COPY */
    if (sql == 0)
        d = ',';
    else if (sql == 1)
        d = '\t';
    if (t->n && t->s[t->n - 1] != '\n')
        put_str(t, "\n");
    /* and now and then a Markdown table: pipes at both ends of its lines */
    bool markdown = sql >= 2 && d == '|' && rnd_below(2);
    if (sql < 2)
        put_str(t, sql == 0 ? "INSERT INTO t (" : "COPY s.t (");
    if (markdown)
        put_str(t, "| ");
    for (unsigned c = 0; c < cols; c++) {
        if (c)
            put_str(t, sql < 2 ? ", " : (char[2]){d, 0});
        put_str(t, sql < 2 ? sql_names[rnd_below(sizeof sql_names / sizeof sql_names[0])]
                           : names[rnd_below(sizeof names / sizeof names[0])]);
    }
    if (sql < 2)
        put_str(t, sql == 0 ? ") VALUES" : ") FROM stdin;");
    if (markdown) {
        put_str(t, " |\n|");
        for (unsigned c = 0; c < cols; c++)
            put_str(t, rnd_below(2) ? "---|" : " :--- |");
    }
    put_str(t, "\n");
    unsigned rows = 1 + rnd_below(rnd_below(3) ? 30 : 150);
    for (unsigned r = 0; r < rows; r++) {
        unsigned n = rnd_below(6) ? cols : 1 + rnd_below(5); /* now and then not a row */
        if (sql == 0)
            put_str(t, rnd_below(2) ? "  (" : "(");
        if (markdown)
            put_str(t, "| ");
        for (unsigned c = 0; c < n; c++) {
            if (c)
                put(t, &d, 1);
            bool quoted = sql == 0 && rnd_below(2);
            if (quoted)
                put_str(t, "'");
            if (rnd_below(3))
                put_str(t, shapes[rnd_below(sizeof shapes / sizeof shapes[0])]);
            else
                put_run(t);
            if (quoted)
                put_str(t, "'");
        }
        if (sql == 0)
            put_str(t, r + 1 < rows ? ")," : ");");
        if (markdown)
            put_str(t, " |");
        put_str(t, "\n");
    }
}

/* Scan in random chunks with FLUSH now and then: many rounds of the
 * stream engine, so that tables and hotwords reach across them. */
static int scan_chunked(pii_ctx *ctx, const text *t, text *out)
{
    pii_in_buffer in = {t->s, 0, 0};
    ck_assert_int_eq(pii_ctx_set_callback(ctx, collect, out), PII_OK);
    while (in.size < t->n) {
        size_t k = 1 + rnd_below(rnd_below(2) ? 300 : 5000);
        in.size = in.size + k < t->n ? in.size + k : t->n;
        pii_directive d = in.size == t->n ? PII_END : rnd_below(3) ? PII_CONTINUE : PII_FLUSH;
        int64_t r = pii_scan_stream(ctx, &in, d);
        if (r < 0)
            return (int)r;
        while (d == PII_END && r > 0)
            if ((r = pii_scan_stream(ctx, &in, PII_END)) < 0)
                return (int)r;
    }
    if (t->n == 0) {
        int64_t r = pii_scan_stream(ctx, &in, PII_END);
        if (r < 0)
            return (int)r;
    }
    ck_assert_int_eq(pii_ctx_set_callback(ctx, NULL, NULL), PII_OK);
    return 0;
}

START_TEST(hotmap_changes_nothing)
{
    pii_ctx *with = pii_ctx_new(rs), *without = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(with);
    ck_assert_ptr_nonnull(without);
    without->hotmap_off = true;
    text t = {0}, a = {0}, b = {0};
    rng_state = 4242 + (uint64_t)_i;
    for (unsigned round = 0; round < 1500; round++) {
        generate(&t, _i % 2 == 0);
        /* context words and tables here and there, far and near */
        unsigned extra = rnd_below(5);
        for (unsigned k = 0; k < extra; k++) {
            if (rnd_below(3) == 0) {
                put_table(&t);
                continue;
            }
            size_t at = rnd_below((unsigned)t.n + 1);
            const char *w = context_bits[rnd_below(sizeof context_bits / sizeof context_bits[0])];
            size_t wl = strlen(w);
            put(&t, w, wl); /* grow, then move the tail */
            memmove(t.s + at + wl, t.s + at, t.n - wl - at);
            memcpy(t.s + at, w, wl);
        }
        if (rnd_below(4) == 0) /* long: several rounds even in one call */
            for (int k = 0; k < 6; k++) {
                size_t n0 = t.n;
                put(&t, "", 0);
                if (t.cap < 2 * n0) {
                    t.cap = 2 * n0 + 64;
                    t.s = realloc(t.s, t.cap);
                    ck_assert_ptr_nonnull(t.s);
                }
                memcpy(t.s + n0, t.s, n0); /* the text twice */
                t.n = 2 * n0;
            }
        a.n = b.n = 0;
        int ra = rnd_below(2) ? pii_scan(with, t.s, t.n, collect, &a) : scan_chunked(with, &t, &a);
        int rb = pii_scan(without, t.s, t.n, collect, &b);
        ck_assert_int_ge(ra, 0);
        ck_assert_int_ge(rb, 0);
        if (a.n != b.n || (a.n && memcmp(a.s, b.s, a.n) != 0)) {
            FILE *f = fopen("test_scan.hotmap-input", "wb");
            if (f) { /* for a look at the case (the text is generated) */
                fwrite(t.s, 1, t.n, f);
                fclose(f);
            }
            ck_abort_msg("findings differ with the hotword map (round %u: %zu and %zu findings)",
                         round, a.n / sizeof(pii_finding), b.n / sizeof(pii_finding));
        }
    }
    free(t.s);
    free(a.s);
    free(b.s);
    pii_ctx_free(with);
    pii_ctx_free(without);
}
END_TEST

/* The hotword map leaves out entities that cannot reach the bar without a
 * hotword; it must compare the bar as the scoring does (as a float), or a
 * bar just above 0.3 in double precision (0.3f as a float) would make it
 * drop numbers that score exactly 0.3f without a hotword. */
START_TEST(hotmap_bar_compared_as_float)
{
    static const char text_bare[] =
        "Wire it to 021000021 today.\nHer number is 536221874 now.\nCall 2127364819 soon.\n";
    const double bars[] = {0.29, 0.3, 0.30000001, 0.3000001, 0.31};
    for (size_t k = 0; k < sizeof bars / sizeof bars[0]; k++) {
        pii_builder *b = pii_builder_new();
        pii_ruleset *r = NULL;
        ck_assert_ptr_nonnull(b);
        ck_assert_int_eq(pii_builder_set_min_score(b, bars[k]), PII_OK);
        ck_assert_int_eq(pii_builder_build(b, &r), PII_OK);
        pii_builder_free(b);
        pii_ctx *with = pii_ctx_new(r), *without = pii_ctx_new(r);
        ck_assert_ptr_nonnull(with);
        ck_assert_ptr_nonnull(without);
        without->hotmap_off = true;
        text a = {0}, c = {0};
        ck_assert_int_ge(pii_scan(with, text_bare, sizeof text_bare - 1, collect, &a), 0);
        ck_assert_int_ge(pii_scan(without, text_bare, sizeof text_bare - 1, collect, &c), 0);
        ck_assert_msg(a.n == c.n && memcmp(a.s, c.s, a.n) == 0,
                      "bar %.8f: %zu findings with the hotword map, %zu without", bars[k],
                      a.n / sizeof(pii_finding), c.n / sizeof(pii_finding));
        /* the bare routing number scores 0.3f: found while the bar is
         * 0.3f or less as a float, and not above */
        size_t n = a.n / sizeof(pii_finding);
        bool routing = false;
        for (size_t i = 0; i < n; i++) {
            pii_finding f;
            memcpy(&f, a.s + i * sizeof f, sizeof f);
            routing |= f.entity == PII_ABA_ROUTING_NUMBER;
        }
        ck_assert_int_eq(routing, (float)bars[k] <= 0.3f);
        free(a.s);
        free(c.s);
        pii_ctx_free(with);
        pii_ctx_free(without);
        pii_ruleset_free(r);
    }
}
END_TEST

/* Digits d[0, n - 1) and a Luhn check digit at d[n - 1]. */
static void luhn_complete(char *d, size_t n)
{
    unsigned sum = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned x = (unsigned)(d[n - 2 - i] - '0');
        if (i % 2 == 0)
            x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
    }
    d[n - 1] = (char)('0' + (10 - sum % 10) % 10);
}

/* Plain digit runs of every length from 6 to 19 (Luhn-valid Maestro
 * numbers from 12 on; a valid SSN at 9, a NANP number at 10), alone or
 * after one kind of hotword, at every offset in a block, in text with no
 * other hotword: where a block's scan asks for longer runs (scan.c,
 * block_mode()), no finding may go.  Some must be found, with and without
 * the hotword map alike. */
START_TEST(hotmap_digit_runs_by_length)
{
    static const char *const labels[] = {"", "SSN ", "phone ", "account number ",
                                         "routing number ", "card ", "driver license ",
                                         "passport "};
    static const char filler[] = "the quick brown fox jumps over the lazy dog and then ";
    pii_ctx *with = pii_ctx_new(rs), *without = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(with);
    ck_assert_ptr_nonnull(without);
    without->hotmap_off = true;
    text t = {0}, a = {0}, b = {0};
    size_t found_bare = 0, found_labelled = 0;
    rng_state = 777;
    for (unsigned len = 6; len <= 19; len++)
        for (size_t l = 0; l < sizeof labels / sizeof labels[0]; l++)
            for (unsigned shift = 0; shift < 64; shift += 3) {
                char num[20];
                if (len == 9) {
                    memcpy(num, "536221874", 9);
                } else if (len == 10) {
                    memcpy(num, "2125550199", 10);
                } else {
                    for (unsigned i = 0; i < len; i++)
                        num[i] = (char)('0' + rnd_below(10));
                    if (len >= 12) {
                        num[0] = '5';
                        num[1] = '0';
                        luhn_complete(num, len);
                    }
                }
                t.n = 0;
                for (int k = 0; k < 6; k++)
                    put_str(&t, filler);
                for (unsigned k = 0; k < shift; k++)
                    put_str(&t, " ");
                put_str(&t, labels[l]);
                put(&t, num, len);
                put_str(&t, " ");
                for (int k = 0; k < 6; k++)
                    put_str(&t, filler);
                a.n = b.n = 0;
                ck_assert_int_ge(pii_scan(with, t.s, t.n, collect, &a), 0);
                ck_assert_int_ge(pii_scan(without, t.s, t.n, collect, &b), 0);
                ck_assert_msg(a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n) == 0),
                              "%u digits after \"%s\" at shift %u: %zu findings with the "
                              "hotword map, %zu without",
                              len, labels[l], shift, a.n / sizeof(pii_finding),
                              b.n / sizeof(pii_finding));
                if (l == 0)
                    found_bare += a.n / sizeof(pii_finding);
                else
                    found_labelled += a.n / sizeof(pii_finding);
            }
    /* the Maestro numbers alone; the SSN, phone, account, routing and
     * card labels add more */
    ck_assert_uint_ge(found_bare, 8 * 22);
    ck_assert_uint_gt(found_labelled, found_bare);
    free(t.s);
    free(a.s);
    free(b.s);
    pii_ctx_free(with);
    pii_ctx_free(without);
}
END_TEST

/* The table guard rejects a line from its first field alone
 * (table_line_start_may_head(), past a diff's mark too) only where the
 * whole line is no header (table_line_may_head()): generated lines of
 * header names, prose and log words with every delimiter, some after a
 * diff's mark, followed by a newline and more text. */
START_TEST(table_line_start_never_rejects_a_header)
{
    static const char *const pieces[] = {
        "name", "account_number", "Passport No", "dl#", "e-mail", "city (US)", "a.b", "x/y",
        "\"quoted\"", "  ", " ", "first last name here", "ts=2021", "level=info", "key:",
        "@home", "9 lives", "{", "Government letter open 1935 516 into process", "\r", "",
        "a very long field name that goes on for more than forty-eight characters",
        "INSERT INTO t (", "insert into x.y (", "COPY t (", "copy (", ") VALUES", ") FROM stdin;",
        ")", "("};
    static const char joints[] = {',', '\t', ';', '|', ' ', '"', '=', ':', '-'};
    text t = {0};
    unsigned headers = 0;
    rng_state = 2024;
    for (unsigned round = 0; round < 200000; round++) {
        t.n = 0;
        unsigned n = 1 + rnd_below(6);
        if (rnd_below(8) == 0) /* a unified diff's line */
            put(&t, &"+- "[rnd_below(3)], 1);
        for (unsigned k = 0; k < n; k++) {
            if (k)
                put(&t, &joints[rnd_below(sizeof joints)], 1);
            put_str(&t, pieces[rnd_below(sizeof pieces / sizeof pieces[0])]);
        }
        size_t line = t.n;
        put_str(&t, rnd_below(2) ? "\nname,city\n" : "\n");
        if (table_line_may_head(t.s, line, t.n, false)) {
            headers++;
            /* (past a diff's mark, as the guard asks: hot_table_lines()) */
            ck_assert_msg(table_line_start_may_head(t.s, t.n) ||
                              ((t.s[0] == '+' || t.s[0] == '-' || t.s[0] == ' ' ||
                                t.s[0] == '"') &&
                               table_inner_start_may_head(t.s, t.n)),
                          "a header rejected: %.*s",
                          (int)line, (const char *)t.s);
        }
    }
    ck_assert_uint_gt(headers, 1000); /* (the generator makes headers) */
    static const char *const never[] = {"ts=2021-05-06T11:13:37.677Z level=info svc=gateway\n",
                                        "Government letter open 1935 516 into process is be\n",
                                        "user@example.com,name\n", "{\"a\": 1}\n"};
    for (size_t i = 0; i < sizeof never / sizeof never[0]; i++)
        ck_assert(!table_line_start_may_head((const uint8_t *)never[i], strlen(never[i])));
    ck_assert(table_line_start_may_head((const uint8_t *)"name,city\n", 10));
    free(t.s);
}
END_TEST

/* ---- the prefilter does its job ---- */

START_TEST(prefilter_skips_log_words)
{
    /* log lines without personal data: timestamps, levels, ids, hex */
    static const char *const lines[] = {
        "2022-08-17 06:42:29,516 DEBUG [kyc-worker] worker 8 heartbeat seq=50399\n",
        "ts=2021-05-06T11:13:37.677Z level=info svc=gateway msg=\"gc pause\" pause=70ms heap_mb=30811\n",
        "2023-06-13 04:50:23,220 INFO  [billing-api] request_id=9faccd0801a5c39c path=/api/v1/users "
        "status=201 took=28.8s\n",
        "2022-11-06 18:19:23,560 INFO  [ledger] health check ok upstream=db-replica-2 latency=190ms\n",
    };
    text t = {0};
    size_t words = 0;
    for (int r = 0; r < 50; r++)
        for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
            put_str(&t, lines[i]);
            for (const char *q = lines[i]; *q; q++)
                words += is_alnum((uint8_t)*q) && (q == lines[i] || !is_alnum((uint8_t)q[-1]));
        }
    cand_vec out = {0};
    scan_view v = {t.s, t.n, true, 0, ALL_BUILTIN_MASK, &out, rs->dl_digits, rs->dl_lengths,
                   NULL, t.s, t.n, rs->masks, rs, NULL, 0};
    size_t visits = find_candidates(&v, 0, t.n);
    ck_assert_uint_eq(out.n, 0);
    size_t ref_visits = find_candidates_ref(&v, 0, t.n);
    ck_assert_uint_eq(out.n, 0);
    /* the reference looks at most words; the fast scan only at the time
     * of day of a line ("06:42:29": hex digits and colons) */
    ck_assert_msg(ref_visits >= words / 2, "reference: %zu of %zu word starts", ref_visits, words);
    ck_assert_msg(visits <= words / 10, "%zu of %zu word starts visited", visits, words);
    cand_vec_free(&out);
    free(t.s);
}
END_TEST

/* The context window's walks, sixteen bytes at a time through words and
 * white space, end where the byte-by-byte walks end: on texts of words,
 * runs of spaces, tabs and carriage returns, newlines and blank lines,
 * numbers with '-', '.' and '/', sentence ends, ';' and multi-byte
 * characters, from every kind of position. */
START_TEST(context_walks_batched_equal)
{
    static const char *const pieces[] = {
        "word", "Name", "a", "camelCase", "x_y", " ", "  ", "     ", "\t", " \t ", "\r\n", "\n",
        "\n\n", "\n  \n", "\n\t\n", "123", "4111", "12-34", "5.6", "1/2/2024", "987654321",
        ". ", ".", ";", ":", ",", "-", "/", "\"", "\xc3\xa9t\xc3\xa9", "\xe3\x80\x82",
        "\xe4\xb8\xad\xe6\x96\x87", "\xf0\x9f\x9a\x80", "#", "(555)", "!?", "~"};
    /* and prose alone, where the count of characters ends the walks and
     * runs of white space cross the sixteen-byte steps */
    static const char *const prose[] = {"word", "a", "Longer", "x", " ", "  ", "   ", "\t", " \r ",
                                        ",", "!", "(", ")"};
    rng_state = 4242;
    text t = {0};
    for (unsigned round = 0; round < 20000; round++) {
        t.n = 0;
        unsigned k = 1 + rnd_below(rnd_below(4) ? 40 : 200);
        bool plain = round % 2;
        for (unsigned i = 0; i < k; i++)
            put_str(&t, plain ? prose[rnd_below(sizeof prose / sizeof prose[0])]
                              : pieces[rnd_below(sizeof pieces / sizeof pieces[0])]);
        for (unsigned q = 0; q < 10; q++) {
            size_t p = rnd_below((unsigned)t.n + 1), e = p + rnd_below((unsigned)(t.n - p) + 1);
            size_t floor = rnd_below(4) ? 0 : rnd_below((unsigned)p + 1);
            unsigned chars = 1 + rnd_below(rnd_below(3) ? 120 : 12);
            ck_assert_msg(context_walks_agree(t.s, t.n, p, e, floor, chars),
                          "round %u: len %zu, p %zu, e %zu, floor %zu, chars %u", round, t.n, p, e,
                          floor, chars);
        }
    }
    free(t.s);
}
END_TEST

/* The built-in phrase tables are sorted by first word, as their lookups
 * (a binary search, an index of runs of one first word) need: an entry out
 * of place is found by one of them and not the other.  Each word is
 * written as the tokenizer folds it ("мобильныи" for "мобильный"). */
START_TEST(phrase_tables_sorted)
{
    static const struct {
        const hotword *table;
        const size_t *count;
    } tables[] = {{hotwords, &hotword_count},         {us_words, &us_word_count},
                  {version_words, &version_word_count}, {other_labels, &other_label_count},
                  {column_names, &column_name_count}};
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
        for (size_t i = 0; i < *tables[t].count; i++) {
            const hotword *h = &tables[t].table[i];
            ck_assert_msg(i == 0 || strcmp(h[-1].w[0], h->w[0]) <= 0,
                          "table %zu: \"%s\" before \"%s\"", t, h[-1].w[0], h->w[0]);
            for (size_t k = 0; k < HOTWORD_MAX_WORDS && h->w[k]; k++)
                ck_assert_msg(context_word_folded(h->w[k]), "table %zu: \"%s\" is not folded", t,
                              h->w[k]);
        }
}
END_TEST

static Suite *scan_suite(void)
{
    Suite *s = suite_create("scan");
    TCase *tc = tcase_create("scan");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, masks_match_portable);
    tcase_add_test(tc, normscan_match_portable);
    tcase_add_test(tc, masks_classes);
    tcase_add_test(tc, pairs_match_lookup);
    tcase_add_test(tc, pairs1_match_lookup);
    tcase_add_loop_test(tc, fast_equals_reference_generated, 0, 6);
    tcase_add_test(tc, fast_equals_reference_block_edges);
    tcase_add_test(tc, fast_equals_reference_files);
    tcase_add_loop_test(tc, word_start_loses_nothing_generated, 0, 4);
    tcase_add_test(tc, recognizers_stop_at_the_end);
    tcase_add_test(tc, prefilter_skips_log_words);
    tcase_add_loop_test(tc, hotmap_changes_nothing, 0, 4);
    tcase_add_test(tc, hotmap_bar_compared_as_float);
    tcase_add_test(tc, hotmap_digit_runs_by_length);
    tcase_add_test(tc, table_line_start_never_rejects_a_header);
    tcase_add_test(tc, context_walks_batched_equal);
    tcase_add_test(tc, phrase_tables_sorted);
    suite_add_tcase(s, tc);
    return s;
}

PII_CHECK_MAIN(scan_suite)
