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
 * meets a capital), or its letters if a digit or two end it ("phone2").
 * A bit set of first three bytes lets most words by
 * (asked only of the words whose first two bytes a vector gate passes,
 * where the processor has one and the block many words);
 * the others' first eight characters (with zeros after a shorter word)
 * are looked up in a table of the phrases' first words; a one-letter word
 * ("a/c", "r/t") adds the next word's first six characters.
 * Blocks with a byte >= 0x80 near them count for every entity: folding
 * makes anything of other scripts.  Each block's mask is computed once per
 * round of the stream engine, when first asked for.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

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

/* Index of a word's first three bytes in the gate (any bytes: five bits
 * of each, which tell letters apart whatever their case). */
static inline unsigned tri_slot(uint8_t a, uint8_t b, uint8_t c)
{
    return (a & 31u) << 10 | (b & 31u) << 5 | (c & 31u);
}
static inline void tri_set(word_gate *g, unsigned k) { g->tri[k >> 6] |= UINT64_C(1) << (k & 63); }
static inline unsigned tri_get(const word_gate *g, unsigned k) { return (unsigned)(g->tri[k >> 6] >> (k & 63)) & 1u; }
/* Two bytes in the vector gates' bit sets (bytepair_fn). */
static inline void pair_set(uint8_t set[128], uint8_t a, uint8_t b)
{
    unsigned k = (a & 31u) << 5 | (b & 31u);
    set[k >> 3] |= (uint8_t)(1u << (k & 7));
}

void hot_tables_build(pii_ruleset *rs)
{
    memset(rs->gate, 0, sizeof rs->gate);
    rs->pairs = bytepair_select();
    rs->pair1 = bytepair1_select();
    memset(rs->hot_keys, 0, sizeof rs->hot_keys);
    memset(rs->hot_key_mask, 0, sizeof rs->hot_key_mask);
    /* the hotwords by entity; the words that speak against a candidate */
    const struct {
        const hotword *table;
        const size_t *count;
        int gate;
        uint16_t fixed; /* 0: the phrase's entities */
    } tables[] = {{hotwords, &hotword_count, HOT_WORDS, 0},
                  {version_words, &version_word_count, HOT_AGAINST, HOT_VERSION},
                  {other_labels, &other_label_count, HOT_AGAINST, HOT_OTHER}};
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        word_gate *g = &rs->gate[tables[t].gate];
        for (size_t i = 0; i < *tables[t].count; i++) {
            const hotword *hw = &tables[t].table[i];
            uint64_t key;
            if (!phrase_key(hw, &key))
                continue;
            uint16_t ent = tables[t].fixed ? tables[t].fixed : (uint16_t)hw->entities;
            /* open addressing; the table has room for every phrase */
            unsigned k = key_slot(key);
            while (rs->hot_keys[k] && rs->hot_keys[k] != key)
                k = (k + 1) & ((1u << HOT_KEY_BITS) - 1);
            rs->hot_keys[k] = key;
            rs->hot_key_mask[k] |= ent;
            /* the gates: the first three bytes (after a two-letter word,
             * any third: it is followed by no letter or digit, or by a
             * capital after a lower-case letter); one-letter words have
             * their own */
            const uint8_t *w = (const uint8_t *)hw->w[0];
            if (w[1] == '\0') {
                if (is_alpha(w[0])) /* (every one-letter hotword is) */
                    g->letter[(w[0] | 0x20) - 'a'] |= ent;
                continue;
            }
            unsigned c_lo = w[2] ? w[2] & 31u : 0, c_hi = w[2] ? c_lo : 31;
            for (unsigned c = c_lo; c <= c_hi; c++)
                tri_set(g, tri_slot(w[0], w[1], (uint8_t)c));
            /* the vector gates: words of four letters or more by their
             * first four, pair by pair; shorter ones by their first two,
             * and those with a digit third or fourth ("ipv4"; in text
             * "ssn1" and "dl12" may be a shorter one's, word_key_entities()) */
            if (w[2] && w[3] && !is_digit(w[2]) && !is_digit(w[3])) {
                pair_set(g->pairs[0], w[0], w[1]);
                pair_set(g->pairs[1], w[1], w[2]);
                pair_set(g->pairs[2], w[2], w[3]);
            } else {
                pair_set(g->pairs[3], w[0], w[1]);
            }
        }
    }
    for (int t = 0; t < 2; t++) {
        uint8_t first[128];
        for (int i = 0; i < 128; i++)
            first[i] = rs->gate[t].pairs[0][i] | rs->gate[t].pairs[3][i];
        bytepair1_table(first, rs->gate[t].first);
    }
    /* entities that count only with a hotword: every proposal of theirs
     * scores below the bar without one (detectors/: licenses, accounts and
     * passport numbers 0.05, routing numbers 0.3), and words against them
     * could only lower that; a machine readable zone (PASSPORT, 0.95) is
     * the exception the scan keeps (scan.c, visit()), and the fields of a
     * cheque's MICR line (bank.c) the one that needs nothing: their
     * symbols are not ASCII, and a block with such bytes counts every
     * entity near (block_hot()) */
    rs->hot_only = 0;
    if ((float)rs->min_score > BARE_SCORE_MAX) /* as stream.c compares */
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

/* The stem part of word_key_entities(), out of line: few words end in a
 * digit. */
static __attribute__((noinline)) uint16_t stem_entities(const pii_ruleset *rs, uint64_t key,
                                                        const uint8_t *w, size_t n)
{
    size_t stem = is_digit(w[n - 2]) ? n - 2 : n - 1;
    if (stem < 2 || stem > 7) /* (eight letters: the key looked up already) */
        return 0;
    for (size_t j = 0; j < stem; j++)
        if (!is_alpha(w[j]))
            return 0;
    return key_entities(rs, key & ((UINT64_C(1) << (8 * stem)) - 1));
}

/* key_entities() of the word w of n bytes (key: its first eight, folded),
 * or, where none, of its letters if a digit or two end it ("phone2",
 * "ean13", "account12"), as the tokenizer's stem (context.c: word_stem()). */
static inline uint16_t word_key_entities(const pii_ruleset *rs, uint64_t key, const uint8_t *w,
                                         size_t n)
{
    uint16_t e = key_entities(rs, key);
    if (e || n < 3 || n > 9 || !is_digit(w[n - 1]))
        return e;
    return stem_entities(rs, key, w, n);
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
 * around it ASCII) may begin, when its gate let it by (g: the tables of
 * one kind of phrase). */
static uint16_t word_entities(const pii_ruleset *rs, const word_gate *g, const uint8_t *s,
                              size_t len, size_t i)
{
    uint8_t c1 = i + 1 < len ? s[i + 1] : 0;
    uint64_t key;
    if (!is_alnum(c1) || (is_lower(s[i]) && is_upper(c1))) {
        /* a one-letter word: the phrase goes on with the next word, past
         * any ASCII punctuation */
        uint16_t maybe = g->letter[(s[i] | 0x20) - 'a'];
        if (!maybe)
            return 0;
        size_t q = i + 1, stop = i + 16 < len ? i + 16 : len;
        while (q < stop && s[q] < 0x80 && !is_alnum(s[q]))
            q++;
        if (q == stop || s[q] >= 0x80)
            return maybe; /* too far, or not ASCII: count it */
        uint64_t alone = (uint64_t)(s[i] | 0x20) | (uint64_t)(' ' | 0x20) << 8;
        key = alone | load_key(s + q, word_len(s, len, q, 6)) << 16;
        /* (a one-word phrase, "v 1.2", is its own key) */
        return (key_entities(rs, key) | key_entities(rs, alone)) & maybe;
    } else {
        uint8_t c2 = i + 2 < len ? s[i + 2] : 0;
        if (!tri_get(g, tri_slot(s[i], c1, c2)))
            return 0;
        size_t n = word_len(s, len, i, 10); /* (10: longer than a stem's word) */
        key = load_key(s + i, n < 8 ? n : 8);
        return word_key_entities(rs, key, s + i, n);
    }
    return key_entities(rs, key);
}

/* word_entities() for a word of two characters or more whose first eight
 * bytes are readable and whose length the block's masks give: bit j of
 * `more` says the word goes on at its byte j + 1.  Its key is one load. */
static inline uint16_t word_entities_known(const pii_ruleset *rs, const word_gate *g,
                                           const uint8_t *w, uint64_t more)
{
    if (!tri_get(g, tri_slot(w[0], w[1], w[2])))
        return 0;
    unsigned n = 1 + (unsigned)__builtin_ctzll(~more), whole = n;
    if (n > 8)
        n = 8;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t key;
    memcpy(&key, w, 8); /* byte j at bits 8j, as load_key() puts it */
    key |= UINT64_C(0x2020202020202020);
    if (n < 8)
        key &= (UINT64_C(1) << (8 * n)) - 1;
#else
    uint64_t key = load_key(w, n);
#endif
    return word_key_entities(rs, key, w, whole);
}

/* Whether x has k bits set or more. */
static inline bool at_least(uint64_t x, int k)
{
    for (int j = 1; j < k; j++)
        x &= x - 1;
    return x != 0;
}
/* Starts in a block from which the vector pair gate costs less than the
 * three-byte gate word by word (measured on logs and prose). */
#define PAIR1_MIN 3

/* Entities whose hotwords may begin in block k of the view; *pos: where
 * in the block (bits).  (Inlined in each caller: the scan's calls, once
 * per block, then know their masks and gate, and lose the branches on
 * them.) */
static inline __attribute__((always_inline)) uint16_t
block_hot(hot_state *h, const pii_ruleset *rs, const uint8_t *s, size_t len, size_t k,
          const byte_masks *known, const word_gate *g, uint64_t *pos)
{
    *pos = ~UINT64_C(0);
    size_t b = k * 64, n = len - b < 64 ? len - b : 64;
    /* (in registers: the masks of a block just classified are used at once) */
    uint64_t digit, alpha, lower, high;
    if (known) {
        digit = known->digit;
        alpha = known->alpha;
        lower = known->lower;
        high = known->high;
    } else if (h->blk[k].bm_gen == h->round) { /* the scan had them */
        digit = h->blk[k].bm[0];
        alpha = h->blk[k].bm[1];
        lower = h->blk[k].bm[2];
        high = h->blk[k].bm[3];
    } else {
        byte_masks m;
        if (n == 64)
            rs->masks(s + b, &m);
        else
            bytemask_partial(rs->masks, s + b, n, &m);
        digit = m.digit;
        alpha = m.alpha;
        lower = m.lower;
        high = m.high;
    }
    if (high)
        return HOT_ALL;
    /* a word may run on into non-ASCII letters after the block */
    if (b + n + 16 <= len) {
        uint64_t w[2];
        memcpy(w, s + b + n, 16);
        if ((w[0] | w[1]) & UINT64_C(0x8080808080808080))
            return HOT_ALL;
    } else {
        for (size_t k = b + n; k < len; k++)
            if (s[k] >= 0x80)
                return HOT_ALL;
    }
    uint64_t alnum = digit | alpha, upper = alpha & ~lower;
    uint64_t pa = b > 0 && is_alnum(s[b - 1]), pl = b > 0 && is_lower(s[b - 1]);
    /* where the tokenizer begins words that begin with a letter (no phrase
     * begins with a digit): after a non-alphanumeric byte, or a capital
     * after a lower-case letter */
    uint64_t starts = (alpha & ~(alnum << 1 | pa)) | (upper & (lower << 1 | pl));
    /* one-letter words: no letter or digit after them, or a capital after
     * a lower-case one (the last byte's successor is in the next block) */
    uint64_t ends = ~(alnum >> 1) | (lower & (upper >> 1)) | UINT64_C(1) << 63;
    uint64_t one = starts & ends;
    starts &= ~one | UINT64_C(1) << 63; /* the last may go on in the next block */
    /* Most words: no phrase begins with their first two bytes.  Which
     * ones do is gathered without a branch per word (the answers follow no
     * pattern a branch predictor could learn); the few that may are looked
     * at. */
    uint64_t maybe = 0;
    uint64_t cont = alnum & ~(upper & (lower << 1 | pl)); /* the word goes on */
    if (rs->pairs && b + 67 <= len) {
        /* words of four letters or more by their first four, pair by pair;
         * of two or three, or with a digit third or fourth, by their first
         * two (the last three starts' lengths are not known here: they go
         * through either gate) */
        byte_pairs gate = rs->pairs(s + b, g->pairs);
        const uint64_t tail = UINT64_C(7) << 61;
        uint64_t ge4 =
            ((cont >> 1) & (cont >> 2) & (cont >> 3) & ~(digit >> 2) & ~(digit >> 3)) | tail;
        maybe = (starts & ge4 & gate.four) | (starts & (~ge4 | tail) & gate.two);
    } else if (rs->pair1 && b + 66 <= len && at_least(starts, PAIR1_MIN)) {
        /* every start by its first two bytes (the set has those of every
         * word the three-byte gate lets by, and some more); the
         * three-byte gate is then asked of the few let by, as before:
         * below bit 57 by word_entities_known(), above it here */
        maybe = starts & rs->pair1(s + b, g->first);
        for (uint64_t q = maybe & ~((UINT64_C(1) << 57) - 1); q; q &= q - 1) {
            const uint8_t *w = s + b + __builtin_ctzll(q);
            if (!tri_get(g, tri_slot(w[0], w[1], w[2])))
                maybe &= ~(q & -q);
        }
    } else if (b + 66 <= len) {
        for (; starts; starts &= starts - 1) {
            unsigned i = (unsigned)__builtin_ctzll(starts);
            const uint8_t *w = s + b + i;
            maybe |= (uint64_t)tri_get(g, tri_slot(w[0], w[1], w[2])) << i;
        }
    } else {
        for (; starts; starts &= starts - 1) {
            unsigned i = (unsigned)__builtin_ctzll(starts);
            size_t k = b + i;
            uint8_t c1 = k + 1 < len ? s[k + 1] : 0, c2 = k + 2 < len ? s[k + 2] : 0;
            maybe |= (uint64_t)tri_get(g, tri_slot(s[k], c1, c2)) << i;
        }
    }
    /* (a word that begins phrases of both kinds answers for the kind asked) */
    const uint16_t kind = g == &rs->gate[HOT_AGAINST] ? (HOT_VERSION | HOT_OTHER) : ALL_BUILTIN_MASK;
    uint16_t out = 0;
    uint64_t at = 0;
    for (; maybe; maybe &= maybe - 1) {
        unsigned i = (unsigned)__builtin_ctzll(maybe);
        /* (below bit 57 a word in `maybe` has two characters or more, and
         * its first eight bytes are in the block) */
        uint16_t e = (i <= 56 && b + i + 8 <= len
                          ? word_entities_known(rs, g, s + b + i, cont >> (i + 1))
                          : word_entities(rs, g, s, len, b + i)) &
                     kind;
        out |= e;
        at |= (uint64_t)(e != 0) << i;
    }
    for (; one; one &= one - 1) {
        unsigned i = (unsigned)__builtin_ctzll(one);
        if (g->letter[(s[b + i] | 0x20) - 'a']) {
            uint16_t e = word_entities(rs, g, s, len, b + i) & kind;
            out |= e;
            at |= (uint64_t)(e != 0) << i;
        }
    }
    *pos = at;
    return out;
}

int hot_reserve(hot_state *h, size_t bytes)
{
    size_t need = bytes / 64 + 2;
    if (need <= h->cap)
        return PII_OK;
    hot_block_info *blk = realloc(h->blk, need * sizeof *blk);
    if (!blk)
        return PII_ERR_NOMEM;
    memset(blk + h->cap, 0, (need - h->cap) * sizeof *blk); /* (round 0: none valid) */
    h->blk = blk;
    h->cap = need;
    return PII_OK;
}

void hot_free(hot_state *h)
{
    free(h->blk);
    memset(h, 0, sizeof *h);
}

void hot_round(hot_state *h, const table_state *t)
{
    if (++h->round == 0) { /* wrapped: forget every block */
        if (h->blk)
            memset(h->blk, 0, h->cap * sizeof *h->blk);
        h->round = 1;
    }
    h->table = t;
    h->table_init = false;
    h->table_lines_upto = 0;
}

uint32_t hot_block_compute(hot_state *h, const pii_ruleset *rs, const uint8_t *s, size_t len,
                           size_t k, const byte_masks *m)
{
    if (k >= h->cap || k * 64 >= len)
        return k * 64 >= len ? 0 : HOT_ALL;
    hot_block_info *bi = &h->blk[k];
    if (m) { /* kept for the words against and the newline search */
        bi->bm[0] = m->digit;
        bi->bm[1] = m->alpha;
        bi->bm[2] = m->lower;
        bi->bm[3] = m->high;
        bi->bm[4] = m->newline;
        bi->bm_gen = h->round;
    }
    bi->mask = block_hot(h, rs, s, len, k, m, &rs->gate[HOT_WORDS], &bi->pos);
    bi->gen = h->round;
    return bi->mask;
}

/* Bits of block k for the bytes [a, b) (b > 64 k). */
static inline uint64_t block_bits(size_t k, size_t a, size_t b)
{
    size_t lo = a > k * 64 ? a - k * 64 : 0, hi = b - k * 64;
    uint64_t m = hi >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << hi) - 1;
    return m & (~UINT64_C(0) << lo);
}

uint32_t hot_against(hot_state *h, const pii_ruleset *rs, const uint8_t *s, size_t len, size_t a,
                     size_t b)
{
    if (b > len)
        b = len;
    uint32_t out = 0;
    for (size_t k = a / 64; k * 64 < b; k++) {
        if (k >= h->cap)
            return HOT_VERSION | HOT_OTHER;
        hot_block_info *bi = &h->blk[k];
        if (bi->against_gen != h->round) {
            const byte_masks *m = NULL; /* (block_hot() takes the scan's masks) */
            bi->against = block_hot(h, rs, s, len, k, m, &rs->gate[HOT_AGAINST], &bi->against_pos);
            bi->against_gen = h->round;
        }
        if (bi->against_pos & block_bits(k, a, b))
            out |= bi->against;
    }
    return out;
}

uint32_t hot_near(hot_state *h, const pii_ruleset *rs, const uint8_t *s, size_t len, size_t a,
                  size_t b, uint32_t want)
{
    if (b > len)
        b = len;
    uint32_t out = 0;
    for (size_t k = a / 64; k * 64 < b; k++) {
        if (k >= h->cap)
            return want;
        uint32_t m = hot_block(h, rs, s, len, k) & want;
        if (m && (h->blk[k].pos & block_bits(k, a, b)))
            out |= m;
    }
    return out;
}

/* ---- tables ---- */

/* Whether the line at s (s[0, n) readable) has values from its start
 * that a column names: a record's (an HL7 or X12 segment), or an INSERT's
 * tuples after its column list, far along one line. */
static inline bool line_hot_from_start(const uint8_t *s, size_t n)
{
    return table_line_is_record(s, n) || table_line_is_insert(s, n);
}

/* Whether "inse" (any case) is s[0, 4): the first bytes of an INSERT's
 * line, as the table state keeps them of a line in progress. */
static bool insert_head(const uint8_t *s)
{
    return (s[0] | 0x20) == 'i' && (s[1] | 0x20) == 'n' && (s[2] | 0x20) == 's' &&
           (s[3] | 0x20) == 'e';
}

/* Column names give context at distance zero to every row below, far from
 * any hotword; so below a line that may be a table's header, nothing is
 * left out (nor on a record whose fields are named by position: an HL7
 * or X12 segment).  hot_table_free() says whether no table can be active
 * at input offset `at` (absolute): the table state (synced to t->pos) has
 * none, and no line from there to `at` may be a header.  Lines are checked
 * once per round, as far as asked. */
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
        if (t->pos != t->line_start) {
            /* a record's values are on its own line: nothing from here on
             * is left out (its first bytes: kept by the table state, and
             * the rest from the buffer) */
            uint8_t head[4];
            size_t hn = t->cur_len < sizeof head ? t->cur_len : sizeof head;
            memcpy(head, t->cur, hn);
            bool whole = hn == sizeof head || hn == t->pos - t->line_start; /* (else no letter first) */
            for (size_t k = i; whole && hn < sizeof head && k < buf_len && buf[k] != '\n'; k++)
                head[hn++] = buf[k];
            /* (an INSERT's line: its first bytes will do, "inse") */
            bool record = whole && (table_line_is_record(head, hn) ||
                                    (hn == sizeof head && insert_head(head)));
            sodium_memzero(head, sizeof head); /* a copy of input */
            if (record) {
                h->table_free_until = t->pos;
                return false;
            }
            /* the rest of the line in progress, whose first bytes the table
             * state kept if it may be a header (they may be gone from the
             * buffer) */
            const uint8_t *nl = i < buf_len ? memchr(buf + i, '\n', buf_len - i) : NULL;
            if (!nl)
                return true; /* no header ends in this round's data */
            size_t rest = (size_t)(nl - buf) - i;
            if (!t->cur_too_long && t->cur_len + rest <= TABLE_MAX_LINE) {
                uint8_t line[TABLE_MAX_LINE];
                memcpy(line, t->cur, t->cur_len);
                memcpy(line + t->cur_len, buf + i, rest);
                /* (quotes left open: a header's record may go on over the
                 * next lines, context.c's wrapped_record(), unseen here) */
                size_t n = t->cur_len + rest;
                if ((n > 0 && table_line_start_may_head(line, n) && table_quotes_open(line, n)) ||
                    table_line_may_head(line, n, n, false))
                    h->table_free_until = base + (uint64_t)(nl - buf);
                sodium_memzero(line, t->cur_len + rest); /* a copy of input */
            }
            h->table_checked = base + (uint64_t)(nl - buf) + 1;
        }
    }
    while (h->table_free_until == UINT64_MAX && h->table_checked <= at) {
        size_t i = (size_t)(h->table_checked - base);
        if (i >= buf_len)
            break;
        if (line_hot_from_start(buf + i, buf_len - i)) {
            h->table_free_until = base + i;
            break;
        }
        const uint8_t *nl = memchr(buf + i, '\n', buf_len - i);
        if (!nl)
            break; /* the last line ends beyond the data: no header before it */
        size_t e = (size_t)(nl - buf);
        if (table_line_may_head(buf + i, e - i, buf_len - i, false))
            h->table_free_until = base + e;
        h->table_checked = base + e + 1;
    }
    return at < h->table_free_until;
}

void hot_table_lines(hot_state *h, const uint8_t *buf, size_t buf_len, uint64_t base,
                     uint64_t block, uint64_t starts)
{
    /* (from here on, a line that begins below the block's end is checked,
     * or a header was found, or the line runs past the data) */
    h->table_lines_upto = block + 64;
    if (!h->table_init || h->table_free_until != UINT64_MAX)
        return; /* hot_table_free() first; or a header may be there already */
    for (; starts; starts &= starts - 1) {
        uint64_t at = block + (uint64_t)__builtin_ctzll(starts);
        if (at < h->table_checked)
            continue; /* checked line by line */
        size_t i = (size_t)(at - base);
        if (buf[i] == ' ' && (i + 1 == buf_len || buf[i + 1] == ' ' || buf[i + 1] == '\t') &&
            table_indent_kind(buf + i, buf_len - i) == TABLE_INDENT_NONE &&
            !table_inner_start_may_head(buf + i, buf_len - i))
            continue; /* (most indented lines are no header: a quick look; one
                       * space may be a diff's mark, and a notebook indents
                       * its strings) */
        if (line_hot_from_start(buf + i, buf_len - i)) {
            h->table_free_until = at;
            return;
        }
        if (!table_line_start_may_head(buf + i, buf_len - i) &&
            !((buf[i] == '+' || buf[i] == '-' || buf[i] == ' ' || buf[i] == '"') &&
              table_inner_start_may_head(buf + i, buf_len - i)))
            continue; /* (a line that ends beyond the data ends no later start here) */
        size_t e = hot_next_newline(h, buf, i, buf_len);
        if (e == SIZE_MAX)
            return; /* ends beyond the data: no header before it */
        if (table_line_may_head(buf + i, e - i, buf_len - i, true)) {
            h->table_free_until = base + e;
            return;
        }
    }
}
