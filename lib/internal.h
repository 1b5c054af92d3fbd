/*
 * internal.h - structures shared by the library's modules (not installed).
 */
#ifndef PII_INTERNAL_H
#define PII_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "pii.h"
#include "bytemask.h"
#include "detectors/dl_formats.h"

#define PII_INTERNAL __attribute__((visibility("hidden")))

/* Longest span any built-in detector can report, in bytes.  The stream
 * engine holds back at least this much (plus the context window) so that a
 * candidate is never judged on a partial view.  Email (254) and MRZ (two
 * 44-char lines) are the longest. */
#define PII_MAX_SPAN 320

/* Upper bound on the bytes one context character can take (UTF-8). */
#define PII_MAX_CHAR_BYTES 4

#define ENTITY_MASK(e) (UINT32_C(1) << (e))
#define ALL_BUILTIN_MASK ((UINT32_C(1) << PII_ENTITY_BUILTIN_COUNT) - 1)

/* ---- builder / ruleset ---- */

#define ENTITY_NAME_MAX 32
#define CUSTOM_MAX_SPAN 256 /* longest custom-rule match reported */

typedef struct hotword hotword;

/* A compiled custom rule (rules.c). */
typedef struct custom_rule {
    int entity;            /* id >= PII_ENTITY_BUILTIN_COUNT */
    pcre2_code *code;      /* JIT-compiled when the platform allows */
    float score;
    hotword *words;        /* context phrases, sorted; words point into text */
    size_t nwords;
    char *text;            /* storage for the words */
    char validator_name[16]; /* "" when none */
    char category[ENTITY_NAME_MAX + 1];
} custom_rule;

/* Exact values never reported (allow.c). */
typedef struct allow_list {
    char **v;
    size_t *len;
    size_t n, cap;
} allow_list;

/* A default operator set on the builder, copied into each context. */
typedef struct op_default {
    int entity; /* or PII_ALL_ENTITIES */
    char spec[256];
} op_default;

struct pii_builder {
    uint32_t enabled;      /* bit per built-in entity */
    bool normalize;        /* detect through Unicode normalization */
    double min_score;
    unsigned context_window;
    custom_rule *rules;    /* compiled as they are added */
    size_t nrules, cap_rules;
    char (*names)[ENTITY_NAME_MAX + 1]; /* custom entity names by id - builtin count */
    size_t nnames;
    uint32_t match_limit, depth_limit;
    allow_list allow;
    op_default *ops;
    size_t nops;
    char error[256];
};

/* Where the phrases of the built-in tables (hotwords, other labels, US
 * words, version words) whose first word begins with some eight bytes are:
 * a range of the table, by open addressing (context.c). */
#define PHRASE_INDEX_BITS 11
typedef struct phrase_index {
    uint64_t key[1u << PHRASE_INDEX_BITS];
    uint16_t lo[1u << PHRASE_INDEX_BITS], hi[1u << PHRASE_INDEX_BITS]; /* hi 0: empty */
    uint8_t table[1u << PHRASE_INDEX_BITS];
} phrase_index;
#define HOT_KEY_BITS 11 /* slots for hotwords' first words */
/* hotmap.c's masks: bit per built-in entity (its hotwords), and these */
#define HOT_VERSION (1u << 13) /* version words ("build 1.2.3.4") */
#define HOT_OTHER (1u << 14)   /* labels of other numbers ("order", "lot") */
enum { HOT_WORDS, HOT_AGAINST };

/* Which words may begin one kind of phrase, by their first bytes. */
typedef struct word_gate {
    uint64_t tri[32 * 32 * 32 / 64]; /* the first three (a bit set) */
    /* words of four letters or more: their first two bytes, second and
     * third, third and fourth; of two or three letters: their first two
     * (bit sets for bytepair_fn) */
    uint8_t pairs[4][128];
    /* any word's first two bytes (pairs[0] and pairs[3]), folded and
     * laid out for bytepair1_fn */
    uint8_t first[64];
    uint16_t letter[26]; /* one-letter words: the phrases' bits */
} word_gate;

struct pii_ruleset {
    uint32_t enabled;
    bool normalize;
    double min_score;
    unsigned context_window; /* characters on each side */
    custom_rule *rules;
    size_t nrules;
    char (*names)[ENTITY_NAME_MAX + 1];
    size_t nentities;      /* built-in + custom */
    uint32_t match_limit, depth_limit;
    allow_list allow;
    op_default *ops;
    size_t nops;
    /* driver's license states accepting n plain digits, by n: most license
     * candidates are plain numbers, and this spares the shape table */
    uint64_t dl_digits[26];
    /* ... and the states with some format of each length (the rest are not
     * tried) */
    uint64_t dl_lengths[26];
    /* ... and the states of letters then digits (dl_formats.h) */
    dl_lead_table dl_lead;
    /* which words may begin phrases (hotmap.c): hotwords by entity
     * (HOT_WORDS), and version words and labels of other numbers
     * (HOT_AGAINST); then the phrases' first words by their first eight
     * characters (a key: its entity bits, HOT_VERSION, HOT_OTHER) */
    word_gate gate[2];
    bytepair_fn pairs;      /* NULL: the three-byte gates, word by word */
    bytepair1_fn pair1;     /* without `pairs`: the first two bytes first */
    uint64_t hot_keys[1u << HOT_KEY_BITS];
    uint16_t hot_key_mask[1u << HOT_KEY_BITS];
    uint32_t hot_only; /* entities that count only near a hotword */
    /* the built-in phrase tables by the first eight bytes of their first
     * words (context.c) */
    phrase_index phrases;
    /* byte classes of 64-byte blocks, the best way this processor has */
    bytemask_fn masks;
    /* where normalization must look, the same way (normscan.c) */
    normscan_fn normscan;
};

/* ---- candidates ---- */

/* A candidate span proposed by a detector before context and overlap
 * resolution. */
typedef struct cand {
    uint64_t start, end; /* absolute offsets from the start of the stream */
    float base;      /* score with no context */
    float with_ctx;  /* score when a hotword is near (0: context is ignored) */
    float score;     /* final score, set by the context stage */
    uint16_t entity;
    uint16_t flags;
    bool scored;
    uint32_t ctx_dist; /* distance of the hotword that raised the score */
    char subtype[PII_SUBTYPE_MAX];
} cand;

typedef struct cand_vec {
    cand *v;
    size_t n, cap;
    int error; /* sticky PII_ERR_NOMEM */
} cand_vec;

/* ---- table header tracking: CSV/TSV headers and SQL column lists (context
 * from a table's column names) ---- */

#define TABLE_MAX_LINE 1024
/* The part of a line a table reads: all of it, past a unified diff's
 * mark, or inside a string of a notebook's JSON. */
enum { TABLE_INNER_NONE, TABLE_INNER_DIFF, TABLE_INNER_JSON };
#define TABLE_MAX_FIELDS 64

typedef struct table_state {
    /* active header, if any */
    bool active;
    char delim;
    char quote;  /* what quotes a field in its rows ('"', '\'' or none: 0) */
    bool tuple;  /* rows are SQL tuples: fields split by delim inside "( )" */
    bool aligned; /* columns set apart by spaces: a row's field is where it
                     stands under the header (delim ' ') */
    bool box;     /* columns set apart by U+2502 (table_box_bar_at(); delim '|') */
    uint8_t inner; /* where in a line the header was read, and so are its rows:
                      TABLE_INNER_* (context.c: inner_line()) */
    bool single;  /* one column: a label alone on its line over values alone
                     on theirs (delim '\n', which no line holds) */
    unsigned nfields;
    uint16_t field_off[TABLE_MAX_FIELDS + 1]; /* into names[] */
    uint16_t name_end[TABLE_MAX_FIELDS];      /* aligned: one past each name (trimmed) */
    /* aligned: field_off and name_end count characters, as columns line
     * up on screen (a multi-byte letter is one); these are the bytes of
     * names[] they stand for */
    uint16_t name_b[TABLE_MAX_FIELDS + 1], name_be[TABLE_MAX_FIELDS];
    char names[TABLE_MAX_LINE];               /* the header's text */
    uint64_t header_gen; /* headers installed so far (kept across resets) */
    size_t names_high, cur_high; /* most of names[], cur[] ever used (to wipe) */
    /* progress through the input */
    uint64_t pos;        /* absolute offset up to which lines are processed */
    uint64_t line_start; /* absolute offset of the current line */
    /* the current line, when short enough to be a header (its first four
     * bytes however long it is, if it begins with a letter: a record's
     * segment name, table_line_is_record()) */
    size_t cur_len;
    bool cur_too_long;
    char cur[TABLE_MAX_LINE];
    /* field position within the current line, for the active delimiter */
    unsigned cur_field;
    bool cur_quote;
    unsigned cur_depth; /* parentheses open (tuple rows) */
    /* A CSV header written "a,b,c" (tight) also takes rows with more
     * fields, when the extra delimiters are followed by a space: values
     * written unquoted with a comma ("October 21, 2019", "Smith, John");
     * loose: such delimiters so far in the line; pending: the last byte
     * counted was a delimiter (its successor not seen yet). */
    bool tight;
    unsigned cur_loose;
    bool cur_pending;
    unsigned cur_lines; /* newlines inside a quoted field so far (TABLE_QUOTED_LINES) */
} table_state;

/* ---- scan ---- */

/* The normalized view of a buffer (normalize.c): view byte i stands for
 * original bytes [ostart[i], oend[i]). */
typedef struct norm_view {
    uint8_t *s;
    size_t len, cap;
    size_t high_water; /* most bytes ever written to s (to wipe) */
    uint32_t *ostart, *oend;
} norm_view;

/* What the hotword map knows of one 64-byte block of the view: each part
 * is valid in the round of the stream engine it was computed in. */
typedef struct hot_block_info {
    uint32_t gen, against_gen, bm_gen; /* the rounds of mask, against, bm */
    uint16_t mask;    /* entities whose hotwords may begin here */
    uint16_t against; /* HOT_VERSION, HOT_OTHER: words against a candidate */
    uint64_t pos, against_pos; /* where those words begin (bits) */
    uint64_t bm[5]; /* byte masks the scan made: digit, alpha, lower, high, newline */
} hot_block_info;

/* Which entities' hotwords may begin in each 64-byte block of the view,
 * per round of the stream engine (hotmap.c), and whether a table may be
 * active. */
typedef struct hot_state {
    hot_block_info *blk;
    size_t cap;    /* blocks */
    uint32_t round;
    const table_state *table;
    bool table_init;
    uint64_t table_checked, table_free_until; /* input offsets */
    uint64_t table_lines_upto; /* the scan checked every line that begins below */
} hot_state;

/* What a detector sees: the whole buffer plus the region it may start
 * candidates in.  Offsets given to detectors are buffer offsets. */
typedef struct scan_view {
    const uint8_t *s;
    size_t len;       /* bytes available (lookahead included) */
    bool at_eof;      /* nothing follows s[len-1] */
    uint64_t base;    /* absolute offset of s[0] in the stream */
    uint32_t enabled; /* entity mask */
    cand_vec *out;
    const uint64_t *dl_digits, *dl_lengths; /* pii_ruleset's */
    const norm_view *nv;     /* s is this normalized view; NULL: s is the input */
    const uint8_t *orig;     /* the input bytes (== s when nv is NULL) */
    size_t orig_len;
    bytemask_fn masks;       /* pii_ruleset's */
    const struct pii_ruleset *rs;
    hot_state *hot;          /* NULL: every recognizer runs everywhere */
    /* entities no word or column for which can be near (scan.c's block
     * mode, where only a hotword lifts a score over the bar): proposals
     * of theirs that need one are left out (0: none known) */
    uint32_t far;
} scan_view;


/* View offsets <-> absolute input offsets. */
static inline uint64_t view_abs_start(const scan_view *v, size_t i)
{
    return v->base + (v->nv ? v->nv->ostart[i] : i);
}
static inline uint64_t view_abs_end(const scan_view *v, size_t e)
{
    return v->base + (v->nv ? (e ? v->nv->oend[e - 1] : 0) : e);
}

/* ---- redaction operators (redact.c) ---- */

#define OP_FORMAT_MAX 128
#define REPL_MAX 4096 /* longest replacement of one finding */

typedef struct op_conf {
    pii_op op;
    char format[OP_FORMAT_MAX + 1];
    char mask_char[5];
    unsigned keep_last;
    unsigned hash_hex;
} op_conf;

/* ---- stream engine state (stream.c) ---- */

typedef struct stream_state {
    uint8_t *buf;       /* the window's own memory (cap bytes) */
    /* The window of the input: history + undecided bytes, len of them.  It
     * is buf, or the caller's input buffer read in place (borrowed) while
     * every byte of the window is in the input of the call under way: a
     * one-shot call's whole input, or a long chunk past its first round.
     * Before a call returns, what the window keeps is copied to buf. */
    const uint8_t *win;
    bool borrowed;
    size_t cap, len;
    uint64_t base;      /* absolute offset of win[0] */
    uint64_t scan_pos;  /* word starts below this have been enumerated */
    uint64_t known;     /* every candidate starting below this is known */
    uint64_t emit_pos;  /* output (or, scanning, decisions) done below this */
    cand_vec pending;   /* candidates not yet final, sorted by start */
    norm_view nv;       /* normalized view of buf, rebuilt each round */
    cand_vec ready;     /* final findings not yet written */
    size_t ready_head;
    uint8_t repl[REPL_MAX]; /* replacement being written */
    size_t repl_len, repl_pos;
    size_t repl_high;   /* most of repl ever used (to wipe) */
    bool active;        /* a session is open */
    bool redacting;     /* ... by pii_redact_stream (else pii_scan_stream) */
    bool decided, decided_eof; /* state of the last round, to skip a */
    uint64_t decided_end;      /* round that would change nothing */
    size_t high_water;  /* most bytes buf ever held (to wipe) */
    uint64_t plain_upto; /* buf needs no normalizing from base to here */
    int failed;         /* sticky error of the session (0: none) */
} stream_state;

/* Counts of the current document (classify.c). */
typedef struct summary_state {
    uint64_t bytes, findings;
    int max_level;
    uint64_t *per_entity;     /* nentities */
    uint64_t *per_category;   /* scratch for pii_ctx_summary() */
    const char **category_names;
} summary_state;

typedef struct ctx_window ctx_window;

struct pii_ctx {
    const pii_ruleset *rs;
    ctx_window *win; /* context.c's cache of the words around a span */
    summary_state sum;
    int busy;
    /* custom rules: PCRE2 scratch and where each rule searches next */
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit_stack;
    uint64_t *rule_next;
    cand_vec cands;
    pii_finding *findings;
    size_t nfindings, cap_findings;
    table_state table;
    stream_state st;
    hot_state hot;
    bool hotmap_off; /* tests: no skipping by hotmap.c */
    pii_finding_cb cb;
    void *cb_user;
    op_conf *ops; /* one per entity of the ruleset */
    uint8_t hash_key[64];
    size_t hash_key_len;
    char error[160];
};

/* entities.c */
PII_INTERNAL int entity_from_name_n(const char *name, size_t n);

/* cand_vec */
PII_INTERNAL cand *cand_push(cand_vec *cv);
PII_INTERNAL void cand_vec_free(cand_vec *cv);

/* scan.c: the pipeline's stages */
/* Returns how many positions it looked at closely (tests count them). */
PII_INTERNAL size_t find_candidates(const scan_view *v, size_t from, size_t to);
/* The same, looking at every word start one by one (tests compare). */
PII_INTERNAL size_t find_candidates_ref(const scan_view *v, size_t from, size_t to);
/* The same, running every recognizer at each word start (tests compare the
 * reference's choice of recognizers with it). */
PII_INTERNAL size_t find_candidates_all(const scan_view *v, size_t from, size_t to);
PII_INTERNAL int cand_by_start(const void *a, const void *b);
/* Resolve one cluster c[0..n) in place; returns the winners' count, sorted
 * by start, at the front. */
PII_INTERNAL size_t resolve_cluster(cand *c, size_t n);
/* Caps on a cluster of overlapping candidates, so that resolution stays
 * linear and a stream never waits on an endless chain of overlaps.  They
 * apply the same way whatever the chunking. */
#define CLUSTER_MAX 256
#define CLUSTER_MAX_SPAN 8192

/* stream.c */
/* How far before and after a position the engine must see to decide
 * anything about candidates starting there. */
PII_INTERNAL size_t stream_lookbehind(const pii_ruleset *rs);
PII_INTERNAL size_t stream_lookahead(const pii_ruleset *rs);
PII_INTERNAL void stream_wipe(stream_state *st);
PII_INTERNAL void stream_free(stream_state *st);

/* normalize.c */
PII_INTERNAL int norm_build(norm_view *nv, normscan_fn scan, const uint8_t *s, size_t len,
                            bool *identity);
PII_INTERNAL size_t norm_from_orig(const norm_view *nv, size_t orig);
/* Where s[from, len) first holds a character normalization changes, or
 * one that may still be incomplete at the end (len if neither): the text
 * before needs no view of its own.  from: 0, or known to be such text. */
PII_INTERNAL size_t norm_plain_upto(normscan_fn scan, const uint8_t *s, size_t len, size_t from);
/* What a non-ASCII character becomes in the view: an ASCII byte, or one of
 * these codes. */
enum {
    NORM_KEEP = -1,
    NORM_DASH = -2,
    NORM_FORMAT = -3,
    NORM_MARK = -4,
    NORM_LIGATURE = -5,
    NORM_DROP = -6 /* (an escape that stands for nothing: a terminal's colour) */
};
/* The ASCII letters of a Latin ligature (U+FB00-U+FB06: "ﬁ" -> "fi"),
 * NUL-terminated; 0 if cp is none. */
PII_INTERNAL size_t norm_ligature(int32_t cp, char out[4]);
PII_INTERNAL int norm_map_char(int32_t cp);
/* The quoted-printable, JSON, HTML or terminal escape at s[i] that
 * normalization decodes (outside an encoded word: "=C2=A0", "=3D",
 * "\u002B", "&nbsp;", "\x1b[1m"): how many bytes it takes (0: none), and *c
 * what it stands for, an ASCII byte, NORM_DASH or NORM_DROP; a soft line
 * break ("=\n" inside a finding) stands for ' '. */
PII_INTERNAL size_t norm_escape_at(const uint8_t *s, size_t len, size_t i, int *c);
/* Whether byte c may begin such an escape: quoted-printable's '=', JSON's
 * '\\', HTML's '&' ("&nbsp;", "&#64;"), a terminal's ESC ("\x1b[1m"). */
static inline bool norm_escape_lead(uint8_t c)
{
    return c == '=' || c == '\\' || c == '&' || c == 0x1B;
}
/* Most original bytes behind one byte of the view: a 4-byte character and
 * the eight invisible ones it may carry (normalize.c's ABSORB_MAX). */
#define NORM_MAX_EXPANSION 36
PII_INTERNAL void norm_free(norm_view *nv);

/* rules.c */
PII_INTERNAL void rule_free(custom_rule *r);
PII_INTERNAL int rules_copy(custom_rule **dst, const custom_rule *src, size_t n);
/* Custom rule candidates starting in [from, to); an error when a rule hits
 * a PCRE2 limit. */
PII_INTERNAL int custom_find(pii_ctx *ctx, const scan_view *v, size_t from, size_t to);
PII_INTERNAL int ctx_rules_init(pii_ctx *ctx);
PII_INTERNAL void ctx_rules_free(pii_ctx *ctx);
PII_INTERNAL const custom_rule *rule_of_entity(const pii_ruleset *rs, int entity);

/* classify.c */
PII_INTERNAL int summary_init(pii_ctx *ctx);
PII_INTERNAL void summary_free(pii_ctx *ctx);
PII_INTERNAL void summary_reset(pii_ctx *ctx);
PII_INTERNAL void summary_count(pii_ctx *ctx, int entity);

/* allow.c */
PII_INTERNAL int allow_add(allow_list *a, const char *v, size_t n);
PII_INTERNAL int allow_copy(allow_list *dst, const allow_list *src);
PII_INTERNAL void allow_free(allow_list *a);
PII_INTERNAL bool allow_has(const allow_list *a, const uint8_t *v, size_t n);

/* redact.c */
PII_INTERNAL int ops_init(pii_ctx *ctx);
/* Check an operator spec; on error a message goes to err. */
PII_INTERNAL int op_spec_check(const char *spec, char *err, size_t errlen);
PII_INTERNAL const char *entity_name_of(const pii_ruleset *rs, int entity);
/* Render the replacement of finding c (original bytes s[0..n)) into out
 * (REPL_MAX bytes); returns its length or a negative error. */
PII_INTERNAL int render_replacement(const pii_ctx *ctx, const cand *c, const uint8_t *s, size_t n,
                                    uint8_t *out);
PII_INTERNAL size_t ops_max_growth(const pii_ctx *ctx);

/* Bytes a context window of `chars` characters may span at most. */
#define CTX_BYTES(chars) (4u * (chars) + 64u)
/* The score of a number that counts only with a hotword (a bare routing
 * number, nine bare digits as an SSN, ten as a phone number) and the most
 * that any proposal of a license, account or passport number scores
 * without one: hotmap.c skips their shapes where no hotword is near when
 * the ruleset's bar is above this. */
#define BARE_SCORE_MAX 0.3f
/* How far before its anchor a candidate may start ('@' of an email). */
#define LEFT_REACH 96
/* How far before a value its record's segment may begin ("PID|..." whose
 * 20th field is 600 bytes in): the field is counted from there. */
#define RECORD_REACH TABLE_MAX_LINE

/* context.c */
PII_INTERNAL ctx_window *ctx_window_new(void);
PII_INTERNAL void ctx_window_invalidate(ctx_window *w);
/* Fold a phrase as the context tokenizer does: up to 4 words; returns the
 * word count. */
PII_INTERNAL size_t context_fold_phrase(const uint8_t *s, size_t n, char out[4][64]);
PII_INTERNAL int hotword_cmp(const void *a, const void *b);
/* Fill the ruleset's phrase index from the built-in phrase tables. */
PII_INTERNAL void phrase_index_build(pii_ruleset *rs);
/* Whether a line s[0, n) (without its newline) may be a table's header
 * (s[0, avail) readable, avail >= n: the line after it too, which a
 * one-column table's label needs; start_checked:
 * table_line_start_may_head() below already said yes). */
PII_INTERNAL bool table_line_may_head(const uint8_t *s, size_t n, size_t avail,
                                      bool start_checked);
/* False when the line that begins at s (s[0, avail) readable, the line
 * may end anywhere in it or beyond) is certainly no header, from its first
 * field alone. */
PII_INTERNAL bool table_line_start_may_head(const uint8_t *s, size_t avail);
/* The same past a unified diff's mark ('+', '-' or ' ' first), or inside
 * a notebook's JSON string (blanks and '"' first: its end is looked for):
 * the table state reads a header there when the line as it is is none. */
PII_INTERNAL bool table_inner_start_may_head(const uint8_t *s, size_t avail);
/* Whether s[0, n) leaves a '"' open (an odd count of them): a CSV record,
 * a header's among them, goes on over the next line. */
PII_INTERNAL bool table_quotes_open(const uint8_t *s, size_t n);
/* What an indented line (s[0] == ' ', s[0, avail) readable) may begin,
 * from its first bytes: after up to TABLE_INDENT_MAX spaces, a capital or
 * '#' may begin a report's aligned header (TABLE_INDENT_ALIGNED), or a
 * name in lower case and two spaces or more, as pandas prints a data
 * frame's header over its index ("     customer_id   ssn"); a name
 * of letters, digits and '_', spaces and '|' (or its box-drawing
 * U+2502, as psql's unicode style draws it) may begin psql's result
 * header, " id | name | ssn" (TABLE_INDENT_PIPES); anything else no
 * header (code, stack traces, YAML and pretty JSON go on in lower case or
 * with '"' or '-').  Where the data ends first, TABLE_INDENT_PIPES: it may. */
#define TABLE_INDENT_MAX 16
/* A data frame's header only may be indented more, up to
 * TABLE_FRAME_INDENT_MAX: over an index named, whose column is as wide as
 * its name, and a first column of wide values ("customer_id" and nine
 * digits: nineteen spaces). */
#define TABLE_FRAME_INDENT_MAX 40
enum { TABLE_INDENT_NONE, TABLE_INDENT_ALIGNED, TABLE_INDENT_PIPES };
static inline int table_indent_kind(const uint8_t *s, size_t avail)
{
    size_t i = 0;
    while (i < avail && i <= TABLE_FRAME_INDENT_MAX && s[i] == ' ')
        i++;
    if (i > TABLE_FRAME_INDENT_MAX)
        return TABLE_INDENT_NONE;
    if (i == avail)
        return TABLE_INDENT_PIPES; /* (the data ends first: not known yet) */
    bool frame_only = i > TABLE_INDENT_MAX;
    if (((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '#') && !frame_only)
        return TABLE_INDENT_ALIGNED;
    if (!(s[i] >= 'a' && s[i] <= 'z') && !(frame_only && s[i] >= 'A' && s[i] <= 'Z'))
        return TABLE_INDENT_NONE;
    size_t w = i;
    bool snake = false;
    while (i < avail && i - w < 48 &&
           ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
            (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
        snake |= s[i++] == '_';
    size_t sp = i;
    while (i < avail && s[i] == ' ')
        i++;
    if (i == avail)
        return TABLE_INDENT_PIPES; /* (not known yet) */
    if (i == sp)
        return TABLE_INDENT_NONE;
    if (s[i] == '|')
        return frame_only ? TABLE_INDENT_NONE : TABLE_INDENT_PIPES;
    /* a data frame's names, a wide gap apart, or one space after a name
     * in snake case (pandas sets a name wider than its values so) */
    if ((i - sp >= 2 && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ||
        (snake && s[i] >= 'a' && s[i] <= 'z'))
        return TABLE_INDENT_ALIGNED;
    if (frame_only)
        return TABLE_INDENT_NONE;
    static const uint8_t bar[3] = {0xE2, 0x94, 0x82}; /* U+2502 */
    for (size_t k = 0; k < 3; k++) {
        if (i + k == avail)
            return TABLE_INDENT_PIPES; /* (not known yet) */
        if (s[i + k] != bar[k])
            return TABLE_INDENT_NONE;
    }
    return TABLE_INDENT_PIPES;
}

/* Whether s[k] ends a box-drawing vertical bar (U+2502, E2 94 82), as
 * psql's unicode style sets columns apart (s[0, k] readable). */
static inline bool table_box_bar_at(const uint8_t *s, size_t k)
{
    /* U+2502 "│" (psql), U+2503 "┃", and the dashed U+2506 "┆" and U+250A
     * "┊" that polars draws between columns */
    return (s[k] == 0x82 || s[k] == 0x83 || s[k] == 0x86 || s[k] == 0x8A) && k >= 2 &&
           s[k - 1] == 0x94 && s[k - 2] == 0xE2;
}

/* detectors/bank.c */
/* Whether s[e] closes a field of a cheque's MICR line written with letters
 * for its symbols, all of it at or above floor: the transit field, a valid
 * routing number between two 'T' or 'A' ("T021000021T"), or the cheque
 * number's, 3-10 digits between two on-us letters ("O0123O", "C000731C"). */
PII_INTERNAL bool micr_letters_field(const uint8_t *s, size_t floor, size_t e);

/* records.c */
/* Whether the line that begins at s (s[0, n) readable) is a record whose
 * own fields are named by position (an HL7 segment, "PID|...", or an X12
 * one, "REF*..."): values on it have a column's context from where it
 * begins. */
PII_INTERNAL bool table_line_record_lookup(const uint8_t *s, size_t n);
static inline bool table_line_is_record(const uint8_t *s, size_t n)
{
    /* a segment's name has two or three bytes and a separator after them:
     * most lines end here (every line start asks, in hotmap.c) */
    if (n < 3 || (s[2] != '*' && (n < 4 || (s[3] != '*' && s[3] != '|'))))
        return false;
    return table_line_record_lookup(s, n);
}
/* Whether "INSERT INTO " (any case) begins the line at s (s[0, n)
 * readable): a SQL statement whose tuples may follow its column list on
 * the same line (context.c reads them; hotmap.c counts the line hot). */
static inline bool table_line_is_insert(const uint8_t *s, size_t n)
{
    static const char word[] = "insert into ";
    if (n < sizeof word - 1 || (s[0] | 0x20) != 'i')
        return false;
    for (size_t k = 1; k < sizeof word - 1; k++)
        if ((s[k] | 0x20) != (uint8_t)word[k])
            return false;
    return true;
}
/* The name of the record field that begins at cs, right after its
 * separator, when its standard names it (read as a column's name), or
 * NULL: its segment must begin within reach (from lo; at the view's
 * start only where the stream starts: line_from_start), at a line's start
 * or, after the '\r' or '~' that ends the segment before it, on a line
 * that begins with a record (line_record: table_line_is_record() of the
 * line's first bytes, as hotmap.c counts such a line hot). */
PII_INTERNAL const char *record_field_lookup(const uint8_t *s, size_t lo, size_t cs,
                                             bool line_from_start, bool line_record);
static inline const char *record_field_name(const uint8_t *s, size_t lo, size_t cs,
                                            bool line_from_start, bool line_record)
{
    if (cs == 0 || (s[cs - 1] != '|' && s[cs - 1] != '*' && s[cs - 1] != '~'))
        return NULL; /* (most candidates end here; '~': an HL7 field's repetition) */
    return record_field_lookup(s, lo, cs, line_from_start, line_record);
}

/* hotmap.c */
PII_INTERNAL void hot_tables_build(pii_ruleset *rs);
PII_INTERNAL int hot_reserve(hot_state *h, size_t bytes);
PII_INTERNAL void hot_free(hot_state *h);
/* The first '\n' in s[i, stop) (h's masks where the scan made them, this
 * round; h may be NULL), or SIZE_MAX. */
static inline size_t hot_next_newline(const hot_state *h, const uint8_t *s, size_t i, size_t stop)
{
    while (i < stop) {
        size_t k = i / 64;
        if (!h || k >= h->cap || h->blk[k].bm_gen != h->round) {
            const uint8_t *nl = memchr(s + i, '\n', stop - i);
            return nl ? (size_t)(nl - s) : SIZE_MAX;
        }
        uint64_t m = h->blk[k].bm[4] >> (i % 64);
        if (m) {
            size_t j = i + (size_t)__builtin_ctzll(m);
            return j < stop ? j : SIZE_MAX;
        }
        i = (k + 1) * 64;
    }
    return SIZE_MAX;
}

/* The last newline in s[lo, hi) (SIZE_MAX if none), from the scan's
 * newline masks where this round has them. */
static inline size_t hot_prev_newline(const hot_state *h, const uint8_t *s, size_t lo, size_t hi)
{
    while (hi > lo) {
        size_t k = (hi - 1) / 64;
        if (k >= h->cap || h->blk[k].bm_gen != h->round) { /* (rare: past the scan) */
            hi--;
            if (s[hi] == '\n')
                return hi;
            continue;
        }
        uint64_t m = h->blk[k].bm[4];
        size_t top = hi - k * 64; /* bits [0, top) of the block are below hi */
        if (top < 64)
            m &= (UINT64_C(1) << top) - 1;
        if (m) {
            size_t j = k * 64 + 63 - (size_t)__builtin_clzll(m);
            return j >= lo ? j : SIZE_MAX;
        }
        hi = k * 64;
    }
    return SIZE_MAX;
}

/* The entities whose hotwords may begin in block k of the view s[0, len)
 * (computed once per round; m: the block's byte masks, kept for later
 * use in hotmap.c, or NULL). */
PII_INTERNAL uint32_t hot_block_compute(hot_state *h, const pii_ruleset *rs, const uint8_t *s,
                                        size_t len, size_t k, const byte_masks *m);
static inline uint32_t hot_block(hot_state *h, const pii_ruleset *rs, const uint8_t *s, size_t len,
                                 size_t k)
{
    if (k < h->cap && h->blk[k].gen == h->round)
        return h->blk[k].mask;
    return hot_block_compute(h, rs, s, len, k, NULL);
}
/* Whether a version word (HOT_VERSION) or a label of another number
 * (HOT_OTHER) may begin in view bytes [a, b) of s[0, len). */
PII_INTERNAL uint32_t hot_against(hot_state *h, const pii_ruleset *rs, const uint8_t *s, size_t len,
                                  size_t a, size_t b);
/* A new round: the view changed; t is the table state as synced. */
PII_INTERNAL void hot_round(hot_state *h, const table_state *t);
/* Of the entities `want`, those whose hotwords may begin in view bytes
 * [a, b) of s[0, len). */
PII_INTERNAL uint32_t hot_near(hot_state *h, const pii_ruleset *rs, const uint8_t *s, size_t len,
                               size_t a, size_t b, uint32_t want);
/* Whether no table can be active at absolute input offset `at` (buf holds
 * the input from offset base). */
PII_INTERNAL bool hot_table_free(hot_state *h, const uint8_t *buf, size_t buf_len, uint64_t base,
                                 uint64_t at);
/* The same, for a scan that goes block by block over the input itself:
 * after hot_table_free() answered for the offset before a block, the lines
 * that begin like a header in the block (starts: bits from absolute offset
 * `block`) are checked here, and hot_table_free_at() answers. */
PII_INTERNAL void hot_table_lines(hot_state *h, const uint8_t *buf, size_t buf_len, uint64_t base,
                                  uint64_t block, uint64_t starts);
static inline bool hot_table_free_at(const hot_state *h, uint64_t at)
{
    return h->table && !h->table->active && h->table_init && at < h->table_free_until;
}
/* Whether every line that begins from the table state's position up to
 * absolute offset `at` was found to be no header this round (by
 * hot_table_free() line by line, or hot_table_lines() block by block). */
static inline bool hot_no_header_below(const hot_state *h, uint64_t at)
{
    uint64_t checked = h->table_checked > h->table_lines_upto ? h->table_checked
                                                              : h->table_lines_upto;
    return h->table_init && h->table_free_until == UINT64_MAX && at <= checked;
}
/* Score of c from the words around it; *ctx_dist is the distance in bytes
 * of the hotword that raised it (UINT32_MAX when none did). */
PII_INTERNAL float context_score(const pii_ctx *ctx, const scan_view *v, const cand *c,
                                 bool *had_context, uint32_t *ctx_dist);
/* For the tests: whether the context window's start before p (not below
 * floor) and end after e (s[0, len)), `chars` characters each way, are the
 * same when the walks take words sixteen bytes at a time as when they go
 * byte by byte. */
PII_INTERNAL bool context_walks_agree(const uint8_t *s, size_t len, size_t p, size_t e,
                                      size_t floor, unsigned chars);
/* For the tests: whether word w is one word as the context tokenizer
 * folds it (a phrase table's entry that is not could never match). */
PII_INTERNAL bool context_word_folded(const char *w);
PII_INTERNAL void table_reset(table_state *t);
/* h: the hotword map of this round when the view is the input (its byte
 * masks find newlines), or NULL. */
PII_INTERNAL void table_sync(table_state *t, const uint8_t *s, size_t len, uint64_t base,
                             uint64_t upto, const struct hot_state *h);
PII_INTERNAL const char *table_column_name(const table_state *t, unsigned field, size_t *n);

/* unicode.c */
PII_INTERNAL bool uni_is_word_cp(int32_t cp);
/* The character at s[i] (i < len): its code point, or -1 for an invalid
 * byte, and its length in bytes (1 for an invalid byte). */
PII_INTERNAL size_t uni_decode(const uint8_t *s, size_t len, size_t i, int32_t *cp);
/* Han, Kana, Thai ...: scripts written without spaces between words. */
PII_INTERNAL bool uni_is_unspaced_script(int32_t cp);
/* Hangul: Korean writes spaces between words, but its particles and
 * endings attach to the word before them, numbers and addresses too
 * ("010-1234-5678입니다", "kim@example.com으로"). */
PII_INTERNAL bool uni_is_hangul(int32_t cp);
/* Whether the "þ" (U+00FE) at s[pos] quotes a field of a Concordance load
 * file (e-discovery's DAT: "þvalueþ\x14þvalueþ", DC4 between fields) rather
 * than being a letter: a DC4 or a line's end on either side of it. */
PII_INTERNAL bool uni_thorn_quote(const uint8_t *s, size_t len, size_t pos);
/* The same as uni_word_before() and uni_word_at() below for a non-ASCII
 * byte there. */
PII_INTERNAL bool uni_glue_before(const uint8_t *s, size_t pos);
PII_INTERNAL bool uni_glue_at(const uint8_t *s, size_t len, size_t pos);

/* ASCII classes used everywhere */
static inline bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static inline bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static inline bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static inline bool is_alpha(uint8_t c) { return is_upper(c) || is_lower(c); }
static inline bool is_alnum(uint8_t c) { return is_digit(c) || is_alpha(c); }

/* Whether the character that ends just before s[pos] glues to an ID: a
 * letter, mark or number of any script written with spaces, or one '_'
 * (two or more are a form's blank the value was typed into:
 * "SSN: ___254-65-1852___").  Inline for ASCII: boundary checks run at
 * almost every word. */
static inline bool uni_word_before(const uint8_t *s, size_t pos)
{
    if (pos == 0)
        return false;
    uint8_t c = s[pos - 1];
    return c < 0x80 ? is_alnum(c) || (c == '_' && !(pos >= 2 && s[pos - 2] == '_'))
                    : uni_glue_before(s, pos);
}
/* Whether the character starting at s[pos] is a word character. */
static inline bool uni_word_at(const uint8_t *s, size_t len, size_t pos)
{
    if (pos >= len)
        return false;
    uint8_t c = s[pos];
    return c < 0x80 ? is_alnum(c) || (c == '_' && !(pos + 1 < len && s[pos + 1] == '_'))
                    : uni_glue_at(s, len, pos);
}
static inline bool is_hex(uint8_t c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
/* the value of a hex digit (is_hex(c)) */
static inline unsigned hex_digit_value(uint8_t c)
{
    return is_digit(c) ? (unsigned)(c - '0') : (unsigned)((c | 0x20) - 'a' + 10);
}
static inline uint8_t to_upper(uint8_t c) { return is_lower(c) ? (uint8_t)(c - 32) : c; }
static inline uint8_t to_lower(uint8_t c) { return is_upper(c) ? (uint8_t)(c + 32) : c; }

/* Whether s[b, e) is the word w (lower case), case aside. */
static inline bool span_is_ci(const uint8_t *s, size_t b, size_t e, const char *w)
{
    size_t n = 0;
    while (w[n] && b + n < e && to_lower(s[b + n]) == (uint8_t)w[n])
        n++;
    return !w[n] && b + n == e;
}

#endif
