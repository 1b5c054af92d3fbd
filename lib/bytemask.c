/*
 * bytemask.c - byte class masks of 64-byte blocks (see bytemask.h).
 *
 * The vector versions classify a byte with two table lookups, one per
 * nibble (pshufb): each class bit is set in the low-nibble table for the
 * low nibbles its bytes have and in the high-nibble table for their high
 * nibbles, so the AND of the two lookups holds exactly the classes of the
 * byte, provided each class is a "rectangle" of nibble pairs.  Letters are
 * two rectangles (A-O/a-o and P-Z/p-z); case is bit 5 of a letter.
 *
 *   set 1: bit 0 digit, 1 letter A-O, 2 letter P-Z, 3 hex letter,
 *          4 ' ', 5 '-', 6 '.', 7 ':'
 *   set 2: bit 0 '@', 1 '+' '(' ')', 2 '$' '/', 3 '\\', 4 'P', 5 '\n', 6 '"' '*'
 *          0xE2 0xEA ESC, 7 '|' ',' '\f' '`'  (6 and 7: the bytes a table's
 *          header may begin with; 0xEA, 0x12, 0x1A, '+' and 0xEB in 6, and
 *          NUL, ' ', 'l' and 'p' in 7, only as the rectangles of nibbles
 *          have them)
 *
 * Bytes >= 0x80 have a high nibble of 8-15, whose table entries are zero
 * but for 0xE2 (the first byte of U+2502, the box-drawing bar a table's
 * header may begin with): they are in no class (and in the high mask).
 */
#include <stdbool.h>
#include <string.h>

#include <sodium.h>

#include "bytemask.h"

enum {
    C1_DIGIT = 1, C1_AO = 2, C1_PZ = 4, C1_HEX = 8,
    C1_SPACE = 16, C1_DASH = 32, C1_DOT = 64, C1_COLON = 128,
    C2_AT = 1, C2_PHONE = 2, C2_SLASH = 4, C2_BSLASH = 8, C2_P = 16, C2_NL = 32, C2_QUOTE = 64,
    C2_PIPE = 128,
};

/* Tables by low nibble (lo*) and high nibble (hi*). */
static const uint8_t lo1[16] = {
    [0] = C1_DIGIT | C1_PZ | C1_SPACE,
    [1] = C1_DIGIT | C1_AO | C1_PZ | C1_HEX,
    [2] = C1_DIGIT | C1_AO | C1_PZ | C1_HEX,
    [3] = C1_DIGIT | C1_AO | C1_PZ | C1_HEX,
    [4] = C1_DIGIT | C1_AO | C1_PZ | C1_HEX,
    [5] = C1_DIGIT | C1_AO | C1_PZ | C1_HEX,
    [6] = C1_DIGIT | C1_AO | C1_PZ | C1_HEX,
    [7] = C1_DIGIT | C1_AO | C1_PZ,
    [8] = C1_DIGIT | C1_AO | C1_PZ,
    [9] = C1_DIGIT | C1_AO | C1_PZ,
    [10] = C1_AO | C1_PZ | C1_COLON,
    [11] = C1_AO,
    [12] = C1_AO,
    [13] = C1_AO | C1_DASH,
    [14] = C1_AO | C1_DOT,
    [15] = C1_AO,
};
static const uint8_t hi1[16] = {
    [2] = C1_SPACE | C1_DASH | C1_DOT,
    [3] = C1_DIGIT | C1_COLON,
    [4] = C1_AO | C1_HEX,
    [5] = C1_PZ,
    [6] = C1_AO | C1_HEX,
    [7] = C1_PZ,
};
static const uint8_t lo2[16] = {
    [0] = C2_AT | C2_P | C2_PIPE, [2] = C2_QUOTE,  [4] = C2_SLASH, [8] = C2_PHONE,   [9] = C2_PHONE,
    [10] = C2_NL | C2_QUOTE, [11] = C2_PHONE | C2_QUOTE, [12] = C2_BSLASH | C2_PIPE, [15] = C2_SLASH,
};
static const uint8_t hi2[16] = {
    [0] = C2_NL | C2_PIPE, /* (with lo2[12]: '\f') */
    [1] = C2_QUOTE, /* (with lo2[11]: ESC) */
    [2] = C2_PHONE | C2_SLASH | C2_QUOTE | C2_PIPE, /* (with lo2[10], lo2[12]: '*', ',') */
    [4] = C2_AT,
    [5] = C2_BSLASH | C2_P,
    [6] = C2_PIPE, /* (with lo2[0]: '`') */
    [7] = C2_PIPE,
    [14] = C2_QUOTE, /* 0xE2 (lo2[2]): a box-drawing bar's first byte */
};

/* ---- portable ---- */

static void masks_portable(const uint8_t *s, byte_masks *m)
{
    memset(m, 0, sizeof *m);
    for (unsigned i = 0; i < 64; i++) {
        uint8_t c = s[i];
        uint64_t bit = UINT64_C(1) << i;
        unsigned c1 = lo1[c & 15] & hi1[c >> 4], c2 = lo2[c & 15] & hi2[c >> 4];
        if (c >= 0x80)
            m->high |= bit;
        if (c1 & C1_DIGIT)
            m->digit |= bit;
        if (c1 & (C1_AO | C1_PZ)) {
            m->alpha |= bit;
            if (c & 0x20)
                m->lower |= bit;
        }
        if (c1 & C1_HEX)
            m->hexa |= bit;
        if (c1 & C1_SPACE)
            m->space |= bit;
        if (c1 & C1_DASH)
            m->dash |= bit;
        if (c1 & C1_DOT)
            m->dot |= bit;
        if (c1 & C1_COLON)
            m->colon |= bit;
        if (c2 & C2_AT)
            m->at |= bit;
        if (c2 & C2_PHONE)
            m->phone |= bit;
        if (c2 & (C2_SLASH | C2_BSLASH))
            m->slash |= bit;
        if (c2 & C2_P)
            m->p_char |= bit;
        if (c2 & C2_NL)
            m->newline |= bit;
        if (c2 & (C2_QUOTE | C2_PIPE))
            m->head |= bit;
    }
}

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

/* ---- SSE2 (every x86-64): compares, 16 bytes at a time ---- */

__attribute__((target("sse2"))) static inline uint64_t mm16(__m128i v, int k)
{
    return (uint64_t)(unsigned)_mm_movemask_epi8(v) << (16 * k);
}

__attribute__((target("sse2"))) static inline __m128i in_range(__m128i c, char lo, char hi)
{
    /* bytes >= 0x80 are negative: never in an ASCII range */
    return _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8((char)(lo - 1))),
                         _mm_cmplt_epi8(c, _mm_set1_epi8((char)(hi + 1))));
}

__attribute__((target("sse2"))) static inline __m128i eq(__m128i c, char b)
{
    return _mm_cmpeq_epi8(c, _mm_set1_epi8(b));
}

/* (the target attribute: a 32-bit x86 build need not assume SSE2) */
__attribute__((target("sse2"))) static void masks_sse2(const uint8_t *s, byte_masks *m)
{
    memset(m, 0, sizeof *m);
    for (int k = 0; k < 4; k++) {
        __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(s + 16 * k));
        __m128i folded = _mm_or_si128(c, _mm_set1_epi8(0x20));
        m->high |= mm16(c, k);
        m->digit |= mm16(in_range(c, '0', '9'), k);
        m->alpha |= mm16(in_range(folded, 'a', 'z'), k);
        m->lower |= mm16(in_range(c, 'a', 'z'), k);
        m->hexa |= mm16(in_range(folded, 'a', 'f'), k);
        m->space |= mm16(eq(c, ' '), k);
        m->dash |= mm16(eq(c, '-'), k);
        m->dot |= mm16(eq(c, '.'), k);
        m->colon |= mm16(eq(c, ':'), k);
        m->at |= mm16(eq(c, '@'), k);
        m->phone |= mm16(_mm_or_si128(_mm_or_si128(eq(c, '+'), eq(c, '(')), eq(c, ')')), k);
        m->slash |= mm16(_mm_or_si128(_mm_or_si128(eq(c, '/'), eq(c, '\\')), eq(c, '$')), k);
        m->p_char |= mm16(eq(c, 'P'), k);
        m->newline |= mm16(eq(c, '\n'), k);
        __m128i head = _mm_or_si128(_mm_or_si128(_mm_or_si128(eq(c, '"'), eq(c, '|')),
                                                 _mm_or_si128(eq(c, (char)0xE2), eq(c, (char)0xEA))),
                                    _mm_or_si128(eq(c, '*'), eq(c, ',')));
        /* (and what the nibble tables add: '\f', '`', ESC, NUL, ' ', 'l', 'p',
         * 0x12, 0x1A, '+', 0xEB) */
        head = _mm_or_si128(head, _mm_or_si128(_mm_or_si128(eq(c, '\f'), eq(c, '`')),
                                               _mm_or_si128(eq(c, 0), eq(c, ' '))));
        head = _mm_or_si128(head, _mm_or_si128(_mm_or_si128(eq(c, 'l'), eq(c, 'p')),
                                               _mm_or_si128(eq(c, 0x1B), eq(c, 0x12))));
        head = _mm_or_si128(head, _mm_or_si128(_mm_or_si128(eq(c, 0x1A), eq(c, '+')),
                                               eq(c, (char)0xEB)));
        m->head |= mm16(head, k);
    }
}

/* ---- AVX2: nibble tables, 32 bytes at a time ---- */

/* A 64-bit mask from the top bits of two 32-byte halves. */
__attribute__((target("avx2"))) static inline uint64_t top64(__m256i lo, __m256i hi)
{
    return (uint64_t)(uint32_t)_mm256_movemask_epi8(lo) |
           (uint64_t)(uint32_t)_mm256_movemask_epi8(hi) << 32;
}

/* Bit k of each byte to its top bit: a 16-bit shift moves no bit of one
 * byte into the top of the other. */
#define UP(v, k) _mm256_slli_epi16((v), 7 - (k))
/* Class bit k of both halves as a mask; two bits' union with one
 * movemask. */
#define BIT64(c, k) top64(UP(c[0], k), UP(c[1], k))
#define BITS64(c, j, k) \
    top64(_mm256_or_si256(UP(c[0], j), UP(c[0], k)), _mm256_or_si256(UP(c[1], j), UP(c[1], k)))

__attribute__((target("avx2"))) static void masks_avx2(const uint8_t *s, byte_masks *m)
{
    const __m256i t_lo1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)lo1));
    const __m256i t_hi1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)hi1));
    const __m256i t_lo2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)lo2));
    const __m256i t_hi2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)hi2));
    const __m256i nib = _mm256_set1_epi8(0x0F);
    __m256i c[2], c1[2], c2[2];
    for (int h = 0; h < 2; h++) {
        c[h] = _mm256_loadu_si256((const __m256i *)(const void *)(s + 32 * h));
        __m256i lo = _mm256_and_si256(c[h], nib);
        __m256i hi = _mm256_and_si256(_mm256_srli_epi16(c[h], 4), nib);
        c1[h] = _mm256_and_si256(_mm256_shuffle_epi8(t_lo1, lo), _mm256_shuffle_epi8(t_hi1, hi));
        c2[h] = _mm256_and_si256(_mm256_shuffle_epi8(t_lo2, lo), _mm256_shuffle_epi8(t_hi2, hi));
    }
    /* (each mask made and stored in turn: few vectors live at once) */
    m->high = top64(c[0], c[1]);
    m->digit = BIT64(c1, 0);
    m->alpha = BITS64(c1, 1, 2);
    m->lower = m->alpha & BIT64(c, 5); /* case: bit 5 of the byte */
    m->hexa = BIT64(c1, 3);
    m->space = BIT64(c1, 4);
    m->dash = BIT64(c1, 5);
    m->dot = BIT64(c1, 6);
    m->colon = top64(c1[0], c1[1]);
    m->at = BIT64(c2, 0);
    m->phone = BIT64(c2, 1);
    m->slash = BITS64(c2, 2, 3);
    m->p_char = BIT64(c2, 4);
    m->newline = BIT64(c2, 5);
    m->head = BITS64(c2, 6, 7);
}
#undef UP
#undef BIT64
#undef BITS64

/* ---- AVX-512BW: the same tables, 64 bytes at a time, into mask registers ---- */

__attribute__((target("avx512f,avx512bw"))) static void masks_avx512(const uint8_t *s,
                                                                      byte_masks *m)
{
    const __m512i t_lo1 = _mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)(const void *)lo1));
    const __m512i t_hi1 = _mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)(const void *)hi1));
    const __m512i t_lo2 = _mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)(const void *)lo2));
    const __m512i t_hi2 = _mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)(const void *)hi2));
    const __m512i nib = _mm512_set1_epi8(0x0F);
    __m512i c = _mm512_loadu_si512((const void *)s);
    __m512i lo = _mm512_and_si512(c, nib);
    __m512i hi = _mm512_and_si512(_mm512_srli_epi16(c, 4), nib);
    __m512i c1 = _mm512_and_si512(_mm512_shuffle_epi8(t_lo1, lo), _mm512_shuffle_epi8(t_hi1, hi));
    __m512i c2 = _mm512_and_si512(_mm512_shuffle_epi8(t_lo2, lo), _mm512_shuffle_epi8(t_hi2, hi));
#define TEST(v, bits) ((uint64_t)_mm512_test_epi8_mask((v), _mm512_set1_epi8((char)(bits))))
    m->high = (uint64_t)_mm512_movepi8_mask(c);
    m->digit = TEST(c1, C1_DIGIT);
    m->alpha = TEST(c1, C1_AO | C1_PZ);
    m->lower = m->alpha & TEST(c, 0x20);
    m->hexa = TEST(c1, C1_HEX);
    m->space = TEST(c1, C1_SPACE);
    m->dash = TEST(c1, C1_DASH);
    m->dot = TEST(c1, C1_DOT);
    m->colon = TEST(c1, C1_COLON);
    m->at = TEST(c2, C2_AT);
    m->phone = TEST(c2, C2_PHONE);
    m->slash = TEST(c2, C2_SLASH | C2_BSLASH);
    m->p_char = TEST(c2, C2_P);
    m->newline = TEST(c2, C2_NL);
    m->head = TEST(c2, C2_QUOTE | C2_PIPE);
#undef TEST
}

/* Positions whose pair (a, b) is in a 1024-bit set: a 128-byte table
 * lookup (vpermi2b) of the byte holding the pair's bit, then the bit. */
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) static inline __mmask64 pair_in(
    __m512i a, __m512i b, const uint8_t set[128])
{
    /* byte (a << 2 | b >> 3) of the set, a and b in 0..31: a << 2 stays in
     * its byte; b >> 3 takes bits of the next byte, which the mask drops */
    __m512i idx = _mm512_or_si512(_mm512_slli_epi16(a, 2),
                                  _mm512_and_si512(_mm512_srli_epi16(b, 3), _mm512_set1_epi8(3)));
    __m512i lo = _mm512_loadu_si512((const void *)set), hi = _mm512_loadu_si512((const void *)(set + 64));
    __m512i bytes = _mm512_permutex2var_epi8(lo, idx, hi);
    const __m512i bitval = _mm512_broadcast_i32x4(_mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 1,
                                                                2, 4, 8, 16, 32, 64, (char)128));
    __m512i bit = _mm512_shuffle_epi8(bitval, _mm512_and_si512(b, _mm512_set1_epi8(7)));
    return _mm512_test_epi8_mask(bytes, bit);
}

__attribute__((target("avx512f,avx512bw,avx512vbmi"))) static byte_pairs pairs_avx512vbmi(
    const uint8_t *s, const uint8_t sets[4][128])
{
    const __m512i five = _mm512_set1_epi8(31);
    __m512i c0 = _mm512_and_si512(_mm512_loadu_si512((const void *)s), five);
    __m512i c1 = _mm512_and_si512(_mm512_loadu_si512((const void *)(s + 1)), five);
    __m512i c2 = _mm512_and_si512(_mm512_loadu_si512((const void *)(s + 2)), five);
    __m512i c3 = _mm512_and_si512(_mm512_loadu_si512((const void *)(s + 3)), five);
    byte_pairs r;
    r.four = (uint64_t)(pair_in(c0, c1, sets[0]) & pair_in(c1, c2, sets[1]) &
                        pair_in(c2, c3, sets[2]));
    r.two = (uint64_t)pair_in(c0, c1, sets[3]);
    return r;
}
#endif

/* The pair set folded: bit (a & 31) * 16 + (b & 16) / 2 + (b & 7) for the
 * pair (a, b), byte (a & 31) * 2 + (b & 16) / 16 (half the vector lookups
 * of the whole set; letters that differ in bit 3 are rarely both second
 * letters of the same first).  Then as four pshufb tables of 16: the first
 * sixteen bytes, then each next sixteen XOR the ones before them.  A
 * lookup XORs what each table gives, and a table past the byte's own gives
 * nothing: the XORs telescope to the byte. */
void bytepair1_table(const uint8_t set[128], uint8_t table[64])
{
    uint8_t fold[64];
    memset(fold, 0, sizeof fold);
    for (unsigned k = 0; k < 1024; k++)
        if ((set[k >> 3] >> (k & 7)) & 1) {
            unsigned a = k >> 5, b = k & 31, f = a << 4 | (b & 16) >> 1 | (b & 7);
            fold[f >> 3] |= (uint8_t)(1u << (f & 7));
        }
    for (int i = 0; i < 64; i++)
        table[i] = i < 16 ? fold[i] : fold[i] ^ fold[i - 16];
}

#if defined(__x86_64__) || defined(__i386__)
__attribute__((target("avx2"))) static uint64_t pairs1_avx2(const uint8_t *s,
                                                            const uint8_t table[64])
{
    const __m256i sixteen = _mm256_set1_epi8(16);
    const __m256i bitval = _mm256_broadcastsi128_si256(
        _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 1, 2, 4, 8, 16, 32, 64, (char)128));
    __m256i t[4];
    for (int k = 0; k < 4; k++)
        t[k] = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)(table + 16 * k)));
    uint64_t out = 0;
    for (int h = 0; h < 2; h++) {
        __m256i a = _mm256_loadu_si256((const __m256i *)(const void *)(s + 32 * h));
        __m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(s + 32 * h + 1));
        /* byte (a & 31) * 2 + bit 4 of b, 0..63: (a & 31) << 1 stays in
         * its byte; b >> 4 takes bits of the next byte, which the mask
         * drops */
        __m256i idx = _mm256_or_si256(
            _mm256_slli_epi16(_mm256_and_si256(a, _mm256_set1_epi8(31)), 1),
            _mm256_and_si256(_mm256_srli_epi16(b, 4), _mm256_set1_epi8(1)));
        /* table k for idx - 16 k: below zero (bit 7 set) pshufb gives 0 */
        __m256i r = _mm256_shuffle_epi8(t[0], idx);
        for (int k = 1; k < 4; k++) {
            idx = _mm256_sub_epi8(idx, sixteen);
            r = _mm256_xor_si256(r, _mm256_shuffle_epi8(t[k], idx));
        }
        __m256i bit = _mm256_shuffle_epi8(bitval, _mm256_and_si256(b, _mm256_set1_epi8(7)));
        __m256i in = _mm256_cmpeq_epi8(_mm256_and_si256(r, bit), bit);
        out |= (uint64_t)(uint32_t)_mm256_movemask_epi8(in) << (32 * h);
    }
    return out;
}
#endif

bytepair1_fn bytepair1_select(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2"))
        return pairs1_avx2;
#endif
    return NULL;
}

bytepair_fn bytepair_select(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vbmi"))
        return pairs_avx512vbmi;
#endif
    return NULL;
}

int bytemask_level(int level)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    bool avx2 = __builtin_cpu_supports("avx2");
    bool sse2 = __builtin_cpu_supports("sse2");
    switch (level) {
    case BYTEMASK_BEST:
        return avx512 ? BYTEMASK_AVX512 : avx2 ? BYTEMASK_AVX2 : sse2 ? BYTEMASK_SSE2 : BYTEMASK_PORTABLE;
    case BYTEMASK_AVX512:
        return avx512 ? level : -1;
    case BYTEMASK_AVX2:
        return avx2 ? level : -1;
    case BYTEMASK_SSE2:
        return sse2 ? level : -1;
    case BYTEMASK_PORTABLE:
        return level;
    default:
        return -1;
    }
#else
    return level == BYTEMASK_BEST || level == BYTEMASK_PORTABLE ? BYTEMASK_PORTABLE : -1;
#endif
}

bytemask_fn bytemask_select(int level)
{
    switch (bytemask_level(level)) {
#if defined(__x86_64__) || defined(__i386__)
    case BYTEMASK_AVX512:
        return masks_avx512;
    case BYTEMASK_AVX2:
        return masks_avx2;
    case BYTEMASK_SSE2:
        return masks_sse2;
#endif
    case BYTEMASK_PORTABLE:
        return masks_portable;
    default:
        return NULL;
    }
}

void bytemask_partial(bytemask_fn fn, const uint8_t *s, size_t n, byte_masks *m)
{
    uint8_t block[64];
    memset(block, 0, sizeof block);
    memcpy(block, s, n);
    fn(block, m);
    sodium_memzero(block, n); /* a copy of input */
    /* (the padding's NUL bytes are in the head class, as its nibble
     * rectangle has them: no class holds a missing byte) */
    uint64_t valid = n >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << n) - 1;
    m->digit &= valid;
    m->alpha &= valid;
    m->lower &= valid;
    m->hexa &= valid;
    m->space &= valid;
    m->dash &= valid;
    m->dot &= valid;
    m->colon &= valid;
    m->at &= valid;
    m->phone &= valid;
    m->slash &= valid;
    m->p_char &= valid;
    m->newline &= valid;
    m->head &= valid;
    m->high &= valid;
}
