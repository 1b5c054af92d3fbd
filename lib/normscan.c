/*
 * normscan.c - where normalization must look (normalize.c): bytes >= 0x80,
 * and an '=', '\\', '&' or ESC that may begin an escape it decodes.
 *
 * Quoted-printable escapes begin "=?" (an encoded word), "=3D", "=A0", or
 * with another '=' three bytes on ("=C2=A0"), a soft line break with a
 * control character after the '=' ("=\r\n": any of 0x08-0x0F is taken),
 * JSON's "\u", "\n", "\r", "\t" and "\/" (any of "\p" to "\}", "\n" and "\/" taken), and
 * HTML's references ("&nbsp;", "&#64;": '&' before 'n' or '#'), and a
 * terminal's ESC; a mask of such bytes is a superset of what normalize.c's
 * escape_begins() accepts, and on most text (key=value pairs in logs, no
 * '=' in prose) nearly empty.  This pass is the first to
 * read a round of the stream's input, so it runs at memory speed: the
 * vector versions keep it to a few instructions per 64 bytes.
 */
#include <stdbool.h>
#include <string.h>

#include "internal.h"

/* Bit j: s[j] is >= 0x80, ESC, or an '=', '\\' or '&' as above (s[0, 67)
 * readable). */
static uint64_t special64_portable(const uint8_t *s)
{
    uint64_t m = 0;
    for (unsigned j = 0; j < 64; j++) {
        uint8_t c = s[j];
        bool after = s[j + 3] == '=' || s[j + 1] == 'A' || (s[j + 1] | 0x0C) == '?' ||
                     (s[j + 1] | 0x07) == 0x0F;
        bool esc = (s[j + 1] & 0xF0) == 0x70 || s[j + 1] == 'n' || s[j + 1] == '/';
        bool ref = c == '&' && (s[j + 1] == '#' || s[j + 1] == 'n');
        if (c >= 0x80 || (c == '=' && after) || (c == '\\' && esc) || ref || c == 0x1B)
            m |= UINT64_C(1) << j;
    }
    return m;
}

static size_t scan_portable(const uint8_t *s, size_t i, size_t len, uint64_t *m)
{
    for (; i + 67 <= len; i += 64)
        if ((*m = special64_portable(s + i)) != 0)
            return i;
    *m = 0;
    return i;
}

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

/* ---- SSE2: a block with neither a high byte, '=', '\\', '&' nor ESC is passed over
 * with one test; the others are looked at 16 bytes at a time ---- */

__attribute__((target("sse2"))) static size_t scan_sse2(const uint8_t *s, size_t i, size_t len,
                                                         uint64_t *m)
{
    /* ('3' | 0x0C and '?' | 0x0C are '?', as are '7' and ';') */
    const __m128i eq = _mm_set1_epi8('='), qm = _mm_set1_epi8('?'), c = _mm_set1_epi8(0x0C);
    const __m128i aa = _mm_set1_epi8('A'), bs = _mm_set1_epi8('\\'), nn = _mm_set1_epi8('n');
    const __m128i f0 = _mm_set1_epi8((char)0xF0), s70 = _mm_set1_epi8(0x70);
    const __m128i c7 = _mm_set1_epi8(0x07), cf = _mm_set1_epi8(0x0F);
    for (; i + 67 <= len; i += 64) {
        const __m128i *q = (const __m128i *)(const void *)(s + i);
        __m128i x0 = _mm_loadu_si128(q), x1 = _mm_loadu_si128(q + 1);
        __m128i x2 = _mm_loadu_si128(q + 2), x3 = _mm_loadu_si128(q + 3);
        __m128i h = _mm_or_si128(_mm_or_si128(x0, x1), _mm_or_si128(x2, x3));
        /* ('=' | 0x61 and '\\' | 0x61 are '}') */
        const __m128i m61 = _mm_set1_epi8(0x61), br = _mm_set1_epi8('}');
        __m128i e = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(x0, m61), br),
                         _mm_cmpeq_epi8(_mm_or_si128(x1, m61), br)),
            _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(x2, m61), br),
                         _mm_cmpeq_epi8(_mm_or_si128(x3, m61), br)));
        const __m128i amp = _mm_set1_epi8('&'), hash = _mm_set1_epi8('#');
        const __m128i esc = _mm_set1_epi8(0x1B);
        e = _mm_or_si128(e, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x0, amp),
                                                      _mm_cmpeq_epi8(x1, amp)),
                                         _mm_or_si128(_mm_cmpeq_epi8(x2, amp),
                                                      _mm_cmpeq_epi8(x3, amp))));
        e = _mm_or_si128(e, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x0, esc),
                                                      _mm_cmpeq_epi8(x1, esc)),
                                         _mm_or_si128(_mm_cmpeq_epi8(x2, esc),
                                                      _mm_cmpeq_epi8(x3, esc))));
        if (!_mm_movemask_epi8(_mm_or_si128(h, e)))
            continue;
        uint64_t r = 0;
        for (int j = 0; j < 4; j++) {
            const uint8_t *p = s + i + 16 * j;
            __m128i y0 = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i y1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
            __m128i y3 = _mm_loadu_si128((const __m128i *)(const void *)(p + 3));
            __m128i after =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(y3, eq), _mm_cmpeq_epi8(y1, aa)),
                             _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(y1, c), qm),
                                          _mm_cmpeq_epi8(_mm_or_si128(y1, c7), cf)));
            __m128i hit = _mm_or_si128(
                _mm_or_si128(y0, _mm_and_si128(_mm_cmpeq_epi8(y0, eq), after)),
                _mm_and_si128(_mm_cmpeq_epi8(y0, bs),
                              _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_and_si128(y1, f0), s70),
                                                        _mm_cmpeq_epi8(y1, nn)),
                                           _mm_cmpeq_epi8(y1, _mm_set1_epi8('/')))));
            hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(y0, amp),
                                                  _mm_or_si128(_mm_cmpeq_epi8(y1, hash),
                                                               _mm_cmpeq_epi8(y1, nn))));
            hit = _mm_or_si128(hit, _mm_cmpeq_epi8(y0, esc));
            r |= (uint64_t)(uint32_t)_mm_movemask_epi8(hit) << (16 * j);
        }
        if (r) {
            *m = r;
            return i;
        }
    }
    *m = 0;
    return i;
}

/* ---- AVX2: the same, 32 bytes at a time ---- */

__attribute__((target("avx2"))) static inline uint32_t special32_avx2(const uint8_t *p)
{
    const __m256i eq = _mm256_set1_epi8('='), qm = _mm256_set1_epi8('?');
    const __m256i c = _mm256_set1_epi8(0x0C), aa = _mm256_set1_epi8('A');
    const __m256i bs = _mm256_set1_epi8('\\'), nn = _mm256_set1_epi8('n');
    const __m256i f0 = _mm256_set1_epi8((char)0xF0), s70 = _mm256_set1_epi8(0x70);
    const __m256i c7 = _mm256_set1_epi8(0x07), cf = _mm256_set1_epi8(0x0F);
    __m256i y0 = _mm256_loadu_si256((const __m256i *)(const void *)p);
    __m256i y1 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
    __m256i y3 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 3));
    __m256i after =
        _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(y3, eq), _mm256_cmpeq_epi8(y1, aa)),
                        _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_or_si256(y1, c), qm),
                                        _mm256_cmpeq_epi8(_mm256_or_si256(y1, c7), cf)));
    __m256i hit = _mm256_or_si256(
        _mm256_or_si256(y0, _mm256_and_si256(_mm256_cmpeq_epi8(y0, eq), after)),
        _mm256_and_si256(
            _mm256_cmpeq_epi8(y0, bs),
            _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(_mm256_and_si256(y1, f0), s70),
                                            _mm256_cmpeq_epi8(y1, nn)),
                            _mm256_cmpeq_epi8(y1, _mm256_set1_epi8('/')))));
    __m256i ref = _mm256_and_si256(_mm256_cmpeq_epi8(y0, _mm256_set1_epi8('&')),
                                   _mm256_or_si256(_mm256_cmpeq_epi8(y1, _mm256_set1_epi8('#')),
                                                   _mm256_cmpeq_epi8(y1, nn)));
    hit = _mm256_or_si256(hit, _mm256_or_si256(ref, _mm256_cmpeq_epi8(y0, _mm256_set1_epi8(0x1B))));
    return (uint32_t)_mm256_movemask_epi8(hit);
}

__attribute__((target("avx2"))) static size_t scan_avx2(const uint8_t *s, size_t i, size_t len,
                                                         uint64_t *m)
{
    for (; i + 67 <= len; i += 64) {
        uint64_t r = special32_avx2(s + i) | (uint64_t)special32_avx2(s + i + 32) << 32;
        if (r) {
            *m = r;
            return i;
        }
    }
    *m = 0;
    return i;
}

/* ---- AVX-512BW: 64 bytes at a time, into mask registers ---- */

__attribute__((target("avx512f,avx512bw"))) static size_t scan_avx512(const uint8_t *s, size_t i,
                                                                       size_t len, uint64_t *m)
{
    const __m512i eq = _mm512_set1_epi8('='), qm = _mm512_set1_epi8('?');
    const __m512i c = _mm512_set1_epi8(0x0C), aa = _mm512_set1_epi8('A');
    const __m512i bs = _mm512_set1_epi8('\\'), nn = _mm512_set1_epi8('n');
    const __m512i f0 = _mm512_set1_epi8((char)0xF0), s70 = _mm512_set1_epi8(0x70);
    const __m512i c7 = _mm512_set1_epi8(0x07), cf = _mm512_set1_epi8(0x0F);
    for (; i + 67 <= len; i += 64) {
        /* (no branch on the '=' alone: they come and go unpredictably in
         * logs, and a mispredicted branch here would stop the loads of the
         * blocks after it, which come from memory) */
        __m512i y0 = _mm512_loadu_si512((const void *)(s + i));
        __mmask64 e = _mm512_cmpeq_epi8_mask(y0, eq);
        __mmask64 h = _mm512_movepi8_mask(y0);
        __m512i y1 = _mm512_loadu_si512((const void *)(s + i + 1));
        __m512i y3 = _mm512_loadu_si512((const void *)(s + i + 3));
        __mmask64 after = _mm512_cmpeq_epi8_mask(y3, eq) | _mm512_cmpeq_epi8_mask(y1, aa) |
                          _mm512_cmpeq_epi8_mask(_mm512_or_si512(y1, c), qm) |
                          _mm512_cmpeq_epi8_mask(_mm512_or_si512(y1, c7), cf);
        __mmask64 json = _mm512_cmpeq_epi8_mask(y0, bs) &
                         (_mm512_cmpeq_epi8_mask(_mm512_and_si512(y1, f0), s70) |
                          _mm512_cmpeq_epi8_mask(y1, nn) |
                          _mm512_cmpeq_epi8_mask(y1, _mm512_set1_epi8('/')));
        __mmask64 amp = _mm512_cmpeq_epi8_mask(y0, _mm512_set1_epi8('&')) &
                        (_mm512_cmpeq_epi8_mask(y1, _mm512_set1_epi8('#')) |
                         _mm512_cmpeq_epi8_mask(y1, nn));
        __mmask64 ctl = _mm512_cmpeq_epi8_mask(y0, _mm512_set1_epi8(0x1B));
        uint64_t r = (uint64_t)(h | (e & after) | json | amp | ctl);
        if (r) {
            *m = r;
            return i;
        }
    }
    *m = 0;
    return i;
}
#endif

normscan_fn normscan_select(int level)
{
    switch (bytemask_level(level)) {
#if defined(__x86_64__) || defined(__i386__)
    case BYTEMASK_AVX512:
        return scan_avx512;
    case BYTEMASK_AVX2:
        return scan_avx2;
    case BYTEMASK_SSE2:
        return scan_sse2;
#endif
    case BYTEMASK_PORTABLE:
        return scan_portable;
    default:
        return NULL;
    }
}
