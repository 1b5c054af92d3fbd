/*
 * bytemask.h - bit masks of byte classes over 64-byte blocks (internal).
 *
 * The scan (scan.c) decides where a candidate may start with bit
 * arithmetic on these masks rather than byte by byte.  Bit i of a mask
 * stands for byte i of the block.  One function fills them all; which one
 * runs (portable, SSE2, AVX2, AVX-512BW) is chosen once when a ruleset is
 * built, from what the processor supports.
 */
#ifndef PII_BYTEMASK_H
#define PII_BYTEMASK_H

#include <stddef.h>
#include <stdint.h>

typedef struct byte_masks {
    uint64_t digit;  /* 0-9 */
    uint64_t alpha;  /* A-Z a-z */
    uint64_t lower;  /* a-z */
    uint64_t hexa;   /* A-F a-f */
    uint64_t space;  /* ' ' */
    uint64_t dash;   /* '-' */
    uint64_t dot;    /* '.' */
    uint64_t colon;  /* ':' */
    uint64_t at;     /* '@' */
    uint64_t phone;  /* '+' '(' ')' */
    uint64_t slash;  /* '/' '\\' '$': join a word to what follows */
    uint64_t p_char; /* 'P' (a machine readable zone's first letter) */
    uint64_t newline; /* '\n' */
    uint64_t head;   /* '"' '|' 0xE2 '*' ',' '\f' '`' ESC (and 0xEA, 0xEB, NUL, 0x12, 0x1A,
                        ' ', '+', 'l', 'p'): a table's header may begin with them */
    uint64_t high;   /* bytes >= 0x80 */
} byte_masks;

/* Fill m for the 64 bytes at s (all readable). */
typedef void (*bytemask_fn)(const uint8_t *s, byte_masks *m);

enum bytemask_level {
    BYTEMASK_PORTABLE = 0,
    BYTEMASK_SSE2,
    BYTEMASK_AVX2,
    BYTEMASK_AVX512,
    BYTEMASK_BEST = 99 /* whatever this processor runs best */
};

/* The level a request stands for on this processor (BYTEMASK_BEST: the
 * fastest it runs; a level it does not run: -1). */
int bytemask_level(int level) __attribute__((visibility("hidden")));

/* The implementation for a level (BYTEMASK_BEST: the fastest this
 * processor supports; a level it does not support: NULL). */
bytemask_fn bytemask_select(int level) __attribute__((visibility("hidden")));

/* Masks of n < 64 bytes at s (a block cut short by the end of the data):
 * the missing bytes are in no class. */
void bytemask_partial(bytemask_fn fn, const uint8_t *s, size_t n, byte_masks *m)
    __attribute__((visibility("hidden")));

/* Bit i of .four: the pair of bytes s[i], s[i + 1] is in sets[0],
 * s[i + 1], s[i + 2] in sets[1] and s[i + 2], s[i + 3] in sets[2]; of
 * .two: s[i], s[i + 1] is in sets[3] (67 bytes readable).  Each set is a
 * bit set of 1024 bits: bit (a & 31) * 32 + (b & 31) for the pair (a, b)
 * (hotmap.c's gates).  (Returned in registers: the caller uses them at
 * once.) */
typedef struct byte_pairs {
    uint64_t four, two;
} byte_pairs;
typedef byte_pairs (*bytepair_fn)(const uint8_t *s, const uint8_t sets[4][128]);

/* The vector implementation where the processor has one (AVX-512 VBMI),
 * else NULL (callers look the pairs up one by one). */
bytepair_fn bytepair_select(void) __attribute__((visibility("hidden")));

/* Bit i: the pair s[i], s[i + 1] may be in a set of 1024 bits as above
 * (65 bytes readable): it is looked up without bit 3 of s[i + 1], in the
 * 512 bits bytepair1_table() folds the set into (a pair in the set is
 * always found; a few others are too). */
typedef uint64_t (*bytepair1_fn)(const uint8_t *s, const uint8_t table[64]);
void bytepair1_table(const uint8_t set[128], uint8_t table[64]) __attribute__((visibility("hidden")));

/* The vector implementation where the processor has one (AVX2), else NULL
 * (callers look the pairs up one by one). */
bytepair1_fn bytepair1_select(void) __attribute__((visibility("hidden")));

/* normscan.c: the first block of 64 bytes at or after s[i] (i + 67 <= len
 * while it looks) holding a byte >= 0x80, or an '=' or '\\' that may begin
 * a quoted-printable or JSON escape: its offset, with *m the mask of those
 * bytes; or where it stopped, with *m 0. */
typedef size_t (*normscan_fn)(const uint8_t *s, size_t i, size_t len, uint64_t *m);
normscan_fn normscan_select(int level) __attribute__((visibility("hidden")));

#endif
