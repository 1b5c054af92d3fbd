/*
 * hotmap.c - where a hotword may be: which entities' hotwords may begin in
 * each 64-byte block of the text.
 *
 * Licenses, account and routing numbers and passport numbers are reported
 * only near a hotword (or under a table column that names them); most
 * shapes of theirs in a text have none near.  This answers "certainly
 * none near here" cheaply, for the scan (which then does not run those
 * recognizers at all) and for context scoring (which then does not read
 * the words around a candidate).
 *
 * A word can only match a phrase if it equals the phrase's first word, as
 * the context tokenizer folds words (context.c: ASCII lower-cased, split at
 * anything that is not a letter or digit and where a lower-case letter
 * meets a capital).  Its first four characters (with zeros after a shorter
 * word) hash into a table of entity masks built from the phrase tables; a
 * one-letter word ("a/c", "r/t") adds the next word's first two characters.
 * Blocks with a byte >= 0x80 near them count for every entity: folding
 * makes anything of other scripts.  Each block's mask is computed once per
 * round of the stream engine, when first asked for.
 */
#include <stdlib.h>
#include <string.h>

#include "context_words.h"
#include "internal.h"

#define HOT_ALL 0xFFFFu

/* ---- keys ---- */

/* A word's first characters as one number: up to eight bytes, folded to
 * lower case (digits are unchanged by it), zeros after a shorter word.  A
 * one-letter word is followed by ' ' and the next word's first six. */
static inline uint64_t load_key(const uint8_t *s, size_t n)
{
    uint64_t k = 0;
    for (size_t j = 0; j < n; j++)
        k |= (uint64_t)(s[j] | 0x20) << (8 * j);
    return k;
}

/* The same for a phrase's folded words. */
static bool phrase_key(const hotword *h, uint64_t *key)
{
    const char *w = h->w[0];
    size_t n = strlen(w);
    for (size_t j = 0; j < n; j++)
        if ((uint8_t)w[j] >= 0x80)
            return false; /* matches only non-ASCII text, which counts anyway */
    *key = load_key((const uint8_t *)w, n < 8 ? n : 8);
    if (n == 1) {
        const char *w2 = h->w[1] ? h->w[1] : "";
        size_t n2 = strlen(w2);
        *key |= (uint64_t)(' ' | 0x20) << 8 | load_key((const uint8_t *)w2, n2 < 6 ? n2 : 6) << 16;
    }
    return true;
}

static inline unsigned key_slot(uint64_t key)
{
    return (unsigned)((key * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - HOT_KEY_BITS));
}

/* Index of a word's first two bytes in the pair table (any bytes: five
 * bits of each). */
static inline unsigned pair_slot(uint8_t a, uint8_t b) { return (a & 31u) << 5 | (b & 31u); }

void hot_tables_build(pii_ruleset *rs)
{
    memset(rs->hot_pair, 0, sizeof rs->hot_pair);
    memset(rs->hot_letter, 0, sizeof rs->hot_letter);
    memset(rs->hot_keys, 0, sizeof rs->hot_keys);
    memset(rs->hot_key_mask, 0, sizeof rs->hot_key_mask);
    for (size_t i = 0; i < hotword_count; i++) {
        uint64_t key;
        if (!phrase_key(&hotwords[i], &key))
            continue;
        uint16_t ent = (uint16_t)hotwords[i].entities;
        const uint8_t *w = (const uint8_t *)hotwords[i].w[0];
        if (w[1] == '\0')
            rs->hot_letter[(w[0] | 0x20) - 'a'] |= ent;
        else
            rs->hot_pair[pair_slot(w[0], w[1])] |= ent;
        /* open addressing; the table has room for every phrase */
        unsigned k = key_slot(key);
        while (rs->hot_keys[k] && rs->hot_keys[k] != key)
            k = (k + 1) & ((1u << HOT_KEY_BITS) - 1);
        rs->hot_keys[k] = key;
        rs->hot_key_mask[k] |= ent;
    }
    /* entities that count only with a hotword: every proposal of theirs
     * scores below the bar without one (detectors/: licenses, accounts and
     * passport numbers 0.05, routing numbers 0.3), and words against them
     * could only lower that; a machine readable zone (PASSPORT, 0.95) is
     * the exception the scan keeps (scan.c, visit()) */
    rs->hot_only = 0;
    if (rs->min_score > 0.3)
        rs->hot_only = ENTITY_MASK(PII_US_DRIVER_LICENSE) | ENTITY_MASK(PII_US_BANK_NUMBER) |
                       ENTITY_MASK(PII_US_PASSPORT) | ENTITY_MASK(PII_PASSPORT) |
                       ENTITY_MASK(PII_ABA_ROUTING_NUMBER);
}

static inline uint16_t key_entities(const pii_ruleset *rs, uint64_t key)
{
    unsigned k = key_slot(key);
    while (rs->hot_keys[k]) {
        if (rs->hot_keys[k] == key)
            return rs->hot_key_mask[k];
        k = (k + 1) & ((1u << HOT_KEY_BITS) - 1);
    }
    return 0;
}

/* Length of the word at s[i] as the tokenizer cuts it (at a byte that is
 * no letter or digit, or where a capital follows a lower-case letter), up
 * to max. */
static inline size_t word_len(const uint8_t *s, size_t len, size_t i, size_t max)
{
    size_t j = 1;
    while (j < max && i + j < len && is_alnum(s[i + j]) &&
           !(is_lower(s[i + j - 1]) && is_upper(s[i + j])))
        j++;
    return j;
}

/* Entities whose phrases the word at s[i] (an ASCII letter, the block
 * around it ASCII) may begin. */
static uint16_t word_entities(const pii_ruleset *rs, const uint8_t *s, size_t len, size_t i)
{
    uint8_t c1 = i + 1 < len ? s[i + 1] : 0;
    bool one_letter = !is_alnum(c1) || (is_lower(s[i]) && is_upper(c1));
    uint16_t maybe = one_letter ? rs->hot_letter[(s[i] | 0x20) - 'a'] : rs->hot_pair[pair_slot(s[i], c1)];
    if (!maybe)
        return 0; /* most words: no phrase begins with their first two bytes */
    uint64_t key;
    if (one_letter) {
        /* the phrase goes on with the next word, past any ASCII punctuation */
        size_t q = i + 1, stop = i + 16 < len ? i + 16 : len;
        while (q < stop && s[q] < 0x80 && !is_alnum(s[q]))
            q++;
        if (q == stop || s[q] >= 0x80)
            return maybe; /* too far, or not ASCII: count it */
        key = (uint64_t)(s[i] | 0x20) | (uint64_t)(' ' | 0x20) << 8 |
              load_key(s + q, word_len(s, len, q, 6)) << 16;
    } else {
        key = load_key(s + i, word_len(s, len, i, 8));
    }
    return key_entities(rs, key);
}

/* Entities whose hotwords may begin in the block at view offset b. */
static uint16_t block_hot(const pii_ruleset *rs, const uint8_t *s, size_t len, size_t b)
{
    byte_masks m;
    size_t n = len - b < 64 ? len - b : 64;
    if (n == 64)
        rs->masks(s + b, &m);
    else
        bytemask_partial(rs->masks, s + b, n, &m);
    if (m.high)
        return HOT_ALL;
    /* a word may run on into non-ASCII letters after the block */
    for (size_t k = b + n; k < len && k < b + n + 16; k++)
        if (s[k] >= 0x80)
            return HOT_ALL;
    uint64_t alnum = m.digit | m.alpha, upper = m.alpha & ~m.lower;
    uint64_t pa = b > 0 && is_alnum(s[b - 1]), pl = b > 0 && is_lower(s[b - 1]);
    /* where the tokenizer begins words that begin with a letter (no phrase
     * begins with a digit): after a non-alphanumeric byte, or a capital
     * after a lower-case letter */
    uint64_t starts = (m.alpha & ~(alnum << 1 | pa)) | (upper & (m.lower << 1 | pl));
    uint16_t out = 0;
    for (; starts; starts &= starts - 1)
        out |= word_entities(rs, s, len, b + (size_t)__builtin_ctzll(starts));
    return out;
}

int hot_reserve(hot_state *h, size_t bytes)
{
    size_t need = bytes / 64 + 2;
    if (need <= h->cap)
        return PII_OK;
    uint16_t *m = realloc(h->mask, need * sizeof *m);
    if (!m)
        return PII_ERR_NOMEM;
    h->mask = m;
    uint32_t *g = realloc(h->gen, need * sizeof *g);
    if (!g)
        return PII_ERR_NOMEM;
    memset(g + h->cap, 0, (need - h->cap) * sizeof *g);
    h->gen = g;
    h->cap = need;
    return PII_OK;
}

void hot_free(hot_state *h)
{
    free(h->mask);
    free(h->gen);
    memset(h, 0, sizeof *h);
}

void hot_round(hot_state *h, const table_state *t)
{
    if (++h->round == 0) { /* wrapped: forget every block */
        if (h->gen)
            memset(h->gen, 0, h->cap * sizeof *h->gen);
        h->round = 1;
    }
    h->table = t;
    h->table_init = false;
}

uint32_t hot_near(hot_state *h, const pii_ruleset *rs, const uint8_t *s, size_t len, size_t a,
                  size_t b)
{
    if (b > len)
        b = len;
    if (a >= b)
        return 0;
    uint32_t out = 0;
    for (size_t k = a / 64; k * 64 < b; k++) {
        if (k >= h->cap)
            return HOT_ALL;
        if (h->gen[k] != h->round) {
            h->mask[k] = block_hot(rs, s, len, k * 64);
            h->gen[k] = h->round;
        }
        out |= h->mask[k];
    }
    return out;
}

/* ---- tables ---- */

/* Column names give context at distance zero to every row below, far from
 * any hotword; so below a line that may be a table's header, nothing is
 * left out.  table_free() says whether no table can be active at input
 * offset `at` (absolute): the table state (synced to t->pos) has none,
 * and no line from there to `at` may be a header.  Lines are checked once
 * per round, as far as asked. */
bool hot_table_free(hot_state *h, const uint8_t *buf, size_t buf_len, uint64_t base, uint64_t at)
{
    const table_state *t = h->table;
    if (!t || t->active)
        return false;
    if (!h->table_init) {
        h->table_init = true;
        /* the line in progress: it may be a header if it begins like one
         * (its first bytes may be gone from the buffer) */
        h->table_checked = t->pos;
        h->table_free_until = UINT64_MAX;
        size_t i = (size_t)(t->pos - base);
        bool line_start = t->pos == t->line_start;
        if (!line_start && t->cur_len && !t->cur_too_long &&
            (is_alpha((uint8_t)t->cur[0]) || t->cur[0] == '"')) {
            const uint8_t *nl = i < buf_len ? memchr(buf + i, '\n', buf_len - i) : NULL;
            if (!nl)
                return true; /* no header ends in this round's data */
            h->table_free_until = base + (uint64_t)(nl - buf);
            return at < h->table_free_until;
        }
        if (!line_start) { /* skip the rest of a line that is no header */
            const uint8_t *nl = i < buf_len ? memchr(buf + i, '\n', buf_len - i) : NULL;
            h->table_checked = nl ? base + (uint64_t)(nl - buf) + 1 : base + buf_len;
        }
    }
    while (h->table_free_until == UINT64_MAX && h->table_checked <= at) {
        size_t i = (size_t)(h->table_checked - base);
        if (i >= buf_len)
            break;
        const uint8_t *nl = memchr(buf + i, '\n', buf_len - i);
        if (!nl)
            break; /* the last line ends beyond the data: no header before it */
        size_t e = (size_t)(nl - buf);
        if (table_line_may_head(buf + i, e - i))
            h->table_free_until = base + e;
        h->table_checked = base + e + 1;
    }
    return at < h->table_free_until;
}
