/*
 * context.c - hotwords around a candidate, and column names of tables.
 *
 * The window reaches a set number of characters before and after the
 * candidate.  It stops early at another number (a run of five or more
 * digits): a hotword beyond it belongs to that number, not to this one.
 * After the candidate it also stops at the end of the line, and ignores a
 * hotword that is a key ("phone=", "\"ssn\":"), since a key after a value
 * names the next value.  The nearest hotword wins, so in "acct 123 routing
 * 456" each number takes its own label.
 *
 * Tables (CSV, TSV, ';' or '|' separated) name their columns once, in a
 * header line, far from most values; so do SQL dumps, in the column list of
 * an INSERT (one tuple per line below) or COPY statement.  table_state
 * follows the input line by line and remembers the last header, so a value
 * in a column called "account_number" has that context at distance zero.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>
#include <utf8proc.h>

#include "context_words.h"
#include "internal.h"

/* The window walks take words sixteen bytes at a time where SSE2 is there
 * (the same results as byte by byte). */
#if defined(__SSE2__)
#include <emmintrin.h>
#define CTX_SSE2 1
#else
#define CTX_SSE2 0
#endif

#define MAX_TOKENS 96
#define TOKEN_MAX 32
#define NUMBER_STOP 5 /* a digit run this long ends the window */

typedef struct token {
    char w[TOKEN_MAX];
    uint8_t n;
    bool upper;      /* written in capitals (for "US" versus "us") */
    bool is_key;     /* followed by ':' or '=' (a key, not a label) */
    bool code_key;   /* a key in code or data syntax: quoted, "k=", snake_case */
    bool is_value;   /* five or more characters with a digit: an ID itself */
    /* phrase matches starting here, per built-in table, computed once per
     * window (several entities ask about the same words) */
    uint8_t memo_done, memo_len[4];
    uint64_t key; /* w's first eight bytes (zeros after a shorter word) */
    uint32_t memo_ent[4];
    size_t start, end; /* buffer offsets */
} token;

#define LABEL_REACH 24
/* How far before a card's digits its label of another number may begin
 * ("Référence de paiement : ", 26 bytes) */
#define CARD_LABEL_REACH 32
/* Newlines a quoted field of a CSV record may hold (table_sync()). */
#define TABLE_QUOTED_LINES 8
/* The most that words around a candidate give when they speak against it
 * ("version 1.2.3.4", "Part no. 123-45-6789"). */
#define LOW_SCORE 0.3f

/* What the name of the table column under the cursor says: the entities
 * of the phrases of `table` in it, and whether it names the US. */
typedef struct column_words {
    uint32_t entities;
    bool us;
    bool other; /* it ends with a label of another kind of number ("part_no") */
    bool version; /* it ends with a version word ("fw", "os_version") */
    bool card_account; /* an account's bare label (card_account_label(): "OrigAcctNo") */
    uint8_t kind; /* the column that names the kind of its documents
                     (kind_column()), or TABLE_MAX_FIELDS: none */
} column_words;

/* table_row_ok()'s look ahead to the end of a line (absolute offsets;
 * forgotten with the view, each round). */
typedef struct row_memo {
    bool valid, ends;   /* ends: the line ends within reach and the data */
    uint64_t header;    /* the table's header_gen */
    uint64_t line;      /* the line's start */
    uint64_t from;      /* where the look ahead began */
    uint64_t last_json; /* the last '"' before ':' from there (UINT64_MAX: none) */
    unsigned end_field; /* fields counted to the line's end */
    unsigned end_loose; /* of them after a loose delimiter (table_state) */
    bool by_tight;      /* a row by its tight delimiters only */
    bool right;         /* an aligned table's row whose values end where names do */
    size_t skip;        /* bytes before the part of the line read (inner_line()) */
    bool high;          /* an aligned row with bytes >= 0x80 (columns count characters) */
    size_t x;           /* aligned: the candidate's column, in characters from skip */
} row_memo;

/* A pair of labels before a pair of values (paired_label()). */
typedef struct pair_label {
    uint32_t first, second; /* the entities each label names */
    size_t end;             /* where the labels end */
    int which;              /* 1 or 2: which value [cs, ce) is; 0: no pair */
} pair_label;

/* The words around the last span scored, kept for the next candidate of
 * the same span. */
struct ctx_window {
    bool valid, in_row;
    bool pair_valid; /* pair: of the span [pair_start, pair_end) */
    uint64_t pair_start, pair_end;
    pair_label pair;
    uint64_t start, end, base;
    const uint8_t *s;
    size_t nb, na;
    size_t reply_from; /* before[0, reply_from): the question a reply answers */
    size_t reply_words; /* before[reply_from, reply_words): a time before its speaker ("[00:27]") */
    size_t list_start, list_end; /* the list of values around it (list_span()) */
    token before[MAX_TOKENS], after[MAX_TOKENS / 2];
    row_memo row; /* table_row_ok()'s look ahead for the current line */
    /* what each column of the active header says (column_of()): valid
     * where col_header[] is its header_gen (0: none yet) */
    uint64_t col_header[TABLE_MAX_FIELDS];
    column_words col[TABLE_MAX_FIELDS];
};

ctx_window *ctx_window_new(void) { return calloc(1, sizeof(ctx_window)); }
void ctx_window_invalidate(ctx_window *w)
{
    if (w) {
        w->valid = false;
        w->pair_valid = false;
        w->row.valid = false;
    }
}

/* The built-in tables whose matches tokens remember (match_memo()). */
static const hotword *const memo_tables[4] = {hotwords, other_labels, us_words, version_words};
static const size_t *const memo_counts[4] = {&hotword_count, &other_label_count, &us_word_count,
                                             &version_word_count};

/* ---- tokenizer ---- */

/* Append the case-folded, accent-stripped form of cp to t->w. */
static void append_folded(token *t, int32_t cp)
{
    if (cp < 0x80) {
        if (t->n + 1 < TOKEN_MAX)
            t->w[t->n++] = (char)to_lower((uint8_t)cp);
        return;
    }
    if (cp >= 0x3000) { /* Kana, Hangul, Han: no case, and marks matter */
        uint8_t enc[4];
        utf8proc_ssize_t e = utf8proc_encode_char(cp, enc);
        if (e > 0 && t->n + (size_t)e + 1 <= TOKEN_MAX) {
            memcpy(t->w + t->n, enc, (size_t)e);
            t->n += (uint8_t)e;
        }
        return;
    }
    utf8proc_int32_t out[8];
    int last = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, out, 8, UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT,
        &last);
    if (m < 0 || m > 8) {
        out[0] = cp;
        m = 1;
    }
    for (utf8proc_ssize_t k = 0; k < m; k++) {
        uint8_t enc[4];
        utf8proc_ssize_t e = utf8proc_encode_char(out[k], enc);
        if (e <= 0 || t->n + (size_t)e + 1 > TOKEN_MAX)
            return;
        memcpy(t->w + t->n, enc, (size_t)e);
        t->n += (uint8_t)e;
    }
}

/* Fill in what a token knows about what follows it. */
/* Whether only blanks are before s[p] on its line. */
static bool line_indent_only(const uint8_t *s, size_t p)
{
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
        p--;
    return p == 0 || s[p - 1] == '\n';
}

static void token_tail(token *t, const uint8_t *s, size_t len)
{
    size_t i = t->end;
    /* a key: rest of an identifier, an optional quote, then ':' or '=' */
    size_t k = i;
    bool snake = false, quoted = false;
    while (k < len && k < i + 64 && (is_alnum(s[k]) || s[k] == '_')) {
        snake |= s[k] == '_';
        k++;
    }
    if (k < len && (s[k] == '"' || s[k] == '\'')) {
        quoted = true;
        k++;
    } else if (k + 1 < len && (s[k] == '#' || (s[k] == ' ' && s[k + 1] == '#'))) {
        k += s[k] == '#' ? 1 : 2; /* a form's "Passport #:" */
    } else if (k + 2 < len && s[k] == ' ' && (s[k + 1] == '=' || s[k + 1] == ' ')) {
        /* (aligned before " = ", as HCL, TOML and INI files set their
         * keys: "  default     = \"4158307721\"") */
        size_t q = k;
        while (q < len && q - k < 16 && s[q] == ' ')
            q++;
        if (q + 1 < len && s[q] == '=' && s[q + 1] == ' ' && line_indent_only(s, t->start))
            k = q;
    }
    t->is_key = k < len && (s[k] == ':' || s[k] == '=');
    t->code_key = t->is_key && (quoted || snake || s[k] == '=' ||
                                (t->start > 0 && s[t->start - 1] == '_'));
    if (t->is_key && s[k] == ':' && !quoted && t->start > 0 &&
        (s[t->start - 1] == ':' || s[t->start - 1] == '_') && (k + 1 == len || s[k + 1] == ' ')) {
        /* an emoji's shortcode in a sentence, as chat apps write it ("her
         * SSN :face_palm: 401 80 2333"), is no key (a Ruby symbol's key
         * begins its line: ":ssn: ...") */
        size_t a = t->start;
        while (a > 0 && t->start - a < 48 && (is_alnum(s[a - 1]) || s[a - 1] == '_'))
            a--;
        if (a >= 3 && s[a - 1] == ':' && s[a - 2] == ' ' && s[a - 3] != ' ' && s[a - 3] != '\n' &&
            s[a - 3] != '\t')
            t->is_key = t->code_key = false;
    }
    /* a letterhead's one capital before a number, at a line's start or
     * after '|' or a wide gap ("T 030 241 77 80 | M 06 4172 3385"): a key
     * without its colon */
    size_t b = t->start;
    bool set_apart = b == 0 || s[b - 1] == '\n' ||
                     (b >= 2 && s[b - 1] == ' ' && (s[b - 2] == ' ' || s[b - 2] == '|'));
    if (!t->is_key && t->n == 1 && t->upper && i + 1 < len && s[i] == ' ' &&
        (is_digit(s[i + 1]) || s[i + 1] == '+') && set_apart)
        t->is_key = true;
}

/* Whether a value follows token t within LABEL_REACH bytes on its line (or
 * the next, when t ends its line): a label followed by a value names that
 * value ("... and DL# X123"), not the one before it. */
static bool labels_next(const token *t, const uint8_t *s, size_t len)
{
    size_t r = t->end;
    /* (or on the next line, the token last on its own as prose wraps:
     * "... 122221136 and account\n> number 4410298317", a reply's '>'
     * too) */
    while (r < len && (s[r] == ' ' || s[r] == '\r'))
        r++;
    if (r < len && s[r] == '\n')
        for (r++; r < len && (s[r] == ' ' || s[r] == '>');)
            r++;
    /* (two digits in a row at least: not an hour, "call me after 6") */
    bool digit = false;
    for (size_t e = r + LABEL_REACH; r < len && r < e && s[r] != '\n'; r++) {
        if (digit && is_digit(s[r]))
            return true;
        digit = is_digit(s[r]);
    }
    return false;
}

/* Whether the phrase s[b, e) after a value ending at `end` is set in
 * parentheses right after it: a note on that value ("286748238 (routing)
 * 5596885075 (checking)"), not a label of the number after it. */
static bool notes_value_before(const uint8_t *s, size_t len, size_t end, size_t b, size_t e)
{
    /* (past a state's code or a name first, and a word after it: "27418863
     * (TX DL)", "(Texas driver's license)", "(Chase checking)", "(Comenity
     * store account)", "(U.S. passport)") */
    for (size_t w = b, words = 0; words < 2 && w >= end + 4 && s[w - 1] == ' '; words++) {
        size_t a = w - 1;
        while (a > end && w - 1 - a < 14 && (is_alpha(s[a - 1]) || s[a - 1] == '.'))
            a--;
        if (a == end || w - 1 - a < 2)
            break;
        if (s[a - 1] == '(') {
            if (is_upper(s[a]))
                b = a;
            break;
        }
        w = a;
    }
    if (b == 0 || s[b - 1] != '(')
        return false;
    for (size_t g = end; g < b - 1; g++)
        if (s[g] != ' ')
            return false;
    size_t phrase_end = e;
    while (e < len && (s[e] == ' ' || s[e] == '#' || s[e] == '.'))
        e++;
    /* (the note may go on after a ',': "533402718 (Reisepass, ausgestellt
     * 2021)"; or in words without a number, which would be the label's:
     * "561-42-7790 (SSN used as ID by this carrier)", not "(routing
     * number is 021000021)"), but for a year ("... before 2004)") */
    bool words = e < len && s[phrase_end] == ' ' && is_alpha(s[e]);
    if (e < len && (s[e] == ',' || s[e] == ';' || words)) {
        for (size_t f = e; f < len && f - e < 40 && s[f] != '\n' && s[f] != '('; f++) {
            if (s[f] == ')')
                return true;
            if (words && is_digit(s[f])) {
                bool year = f + 4 < len && s[f - 1] == ' ' && is_digit(s[f + 2]) &&
                            is_digit(s[f + 3]) && !is_digit(s[f + 4]) &&
                            ((s[f] == '1' && s[f + 1] == '9') || (s[f] == '2' && s[f + 1] == '0'));
                if (!year)
                    return false;
                f += 3;
            }
        }
    }
    return e < len && s[e] == ')';
}

/* Whether s[a, b) holds n characters or more (UTF-8: continuation bytes
 * are none): "3영업일" ("3 business days", glued as Korean writes it) is
 * four, no ID. */
static bool chars_at_least(const uint8_t *s, size_t a, size_t b, size_t n)
{
    size_t c = 0;
    for (size_t i = a; i < b && c < n; i++)
        c += (s[i] & 0xC0) != 0x80;
    return c >= n;
}

/* ASCII letters and digits for the tokenizer (0: neither). */
enum { TC_LOWER = 1, TC_UPPER = 2, TC_DIGIT = 4 };
static const uint8_t tok_class[128] = {
    ['0'] = TC_DIGIT, ['1'] = TC_DIGIT, ['2'] = TC_DIGIT, ['3'] = TC_DIGIT, ['4'] = TC_DIGIT,
    ['5'] = TC_DIGIT, ['6'] = TC_DIGIT, ['7'] = TC_DIGIT, ['8'] = TC_DIGIT, ['9'] = TC_DIGIT,
    ['A'] = TC_UPPER, ['B'] = TC_UPPER, ['C'] = TC_UPPER, ['D'] = TC_UPPER, ['E'] = TC_UPPER,
    ['F'] = TC_UPPER, ['G'] = TC_UPPER, ['H'] = TC_UPPER, ['I'] = TC_UPPER, ['J'] = TC_UPPER,
    ['K'] = TC_UPPER, ['L'] = TC_UPPER, ['M'] = TC_UPPER, ['N'] = TC_UPPER, ['O'] = TC_UPPER,
    ['P'] = TC_UPPER, ['Q'] = TC_UPPER, ['R'] = TC_UPPER, ['S'] = TC_UPPER, ['T'] = TC_UPPER,
    ['U'] = TC_UPPER, ['V'] = TC_UPPER, ['W'] = TC_UPPER, ['X'] = TC_UPPER, ['Y'] = TC_UPPER,
    ['Z'] = TC_UPPER, ['a'] = TC_LOWER, ['b'] = TC_LOWER, ['c'] = TC_LOWER, ['d'] = TC_LOWER,
    ['e'] = TC_LOWER, ['f'] = TC_LOWER, ['g'] = TC_LOWER, ['h'] = TC_LOWER, ['i'] = TC_LOWER,
    ['j'] = TC_LOWER, ['k'] = TC_LOWER, ['l'] = TC_LOWER, ['m'] = TC_LOWER, ['n'] = TC_LOWER,
    ['o'] = TC_LOWER, ['p'] = TC_LOWER, ['q'] = TC_LOWER, ['r'] = TC_LOWER, ['s'] = TC_LOWER,
    ['t'] = TC_LOWER, ['u'] = TC_LOWER, ['v'] = TC_LOWER, ['w'] = TC_LOWER, ['x'] = TC_LOWER,
    ['y'] = TC_LOWER, ['z'] = TC_LOWER,
};

/* The part of a Korean word before a particle that ends it ("계좌는",
 * "번호로", "번호입니다": Korean writes them joined to the noun), two
 * syllables at least; 0 if it has none. */
static __attribute__((noinline)) size_t hangul_stem(const char *w, size_t n)
{
    /* (and "번호", number, which joins its noun: "운전면허번호", "라우팅번호") */
    static const char *const particles[] = {"입니다", "이에요", "으로", "에서", "에게", "까지",
                                            "부터",   "이나",   "번호", "은",   "는",   "이",
                                            "가",     "을",     "를",   "에",   "의",   "로",
                                            "도",     "와",     "과",   "만",   "요"};
    for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++) {
        size_t m = strlen(particles[k]);
        if (n >= m + 6 && memcmp(w + n - m, particles[k], m) == 0)
            return n - m;
    }
    return 0;
}

/* The letters of a word that a digit or two end, as columns number their
 * kind ("phone2", "email_1" splits at '_' anyway) and labels a barcode's
 * length ("EAN13", "gtin14"): their count, 0 if the word is not such (two
 * letters at least: not "v6"; nor "ssn123"); or a Korean word without its
 * particle (hangul_stem()).  A phrase's word is looked up as written first
 * ("ipv6"), then as its stem. */
static inline size_t word_stem(const token *t)
{
    const char *w = t->w;
    size_t n = t->n, d = 1;
    if (n < 3 || !is_digit((uint8_t)w[n - 1]) || !is_lower((uint8_t)w[0]))
        /* (most words: at once; a Hangul syllable's first byte is 0xEA-0xED) */
        return n >= 9 && (uint8_t)w[0] >= 0xEA && (uint8_t)w[0] <= 0xED ? hangul_stem(w, n) : 0;
    if (is_digit((uint8_t)w[n - 2]))
        d = 2;
    if (n - d < 2 || (n - d == 2 && d == 2 && w[0] == 'i' && w[1] == 'p'))
        return 0; /* (not an enclosure's rating, "IP67") */
    for (size_t j = 1; j < n - d; j++)
        if (!is_lower((uint8_t)w[j]))
            return 0;
    return n - d;
}

/* Split s[a, b) into words: runs of letters and digits of any script,
 * case-folded and without accents ("Número" -> "numero"), split where a
 * lower-case ASCII letter meets an upper-case one ("dlNumber"); characters
 * of scripts written without spaces are one word each.  A possessive "'s"
 * is dropped, and a word cut by the window's edge is not a word. */
/* Whether the character at s[i] (s[0, b) readable) and an ASCII letter or
 * digit next to it are of one word: it is ASCII, or a letter of a script
 * written with spaces other than Hangul (tokenize()). */
static bool glues_ascii(const uint8_t *s, size_t b, size_t i)
{
    return s[i] < 0x80 || uni_glue_at(s, b, i);
}

/* Whether the word s[st, e), read in the window [a, b) with an ASCII
 * letter or digit next to it outside, was cut by the window's edge: that
 * letter or digit would have been of it (glues_ascii()).  (Out of line:
 * rare, and inlined it cost the tokenizer's loop registers.) */
static __attribute__((noinline)) bool cut_at_edge(const uint8_t *s, size_t len, size_t a, size_t b,
                                                  size_t st, size_t e)
{
    if (st == a && a > 0 && is_alnum(s[a - 1]) && glues_ascii(s, b, st))
        return true;
    size_t i = e - 1; /* (its last character's first byte) */
    while (i > st && (s[i] & 0xC0) == 0x80)
        i--;
    return e == b && b < len && is_alnum(s[b]) && glues_ascii(s, b, i);
}

static size_t tokenize(const uint8_t *s, size_t len, size_t a, size_t b, token *out,
                       size_t max)
{
    size_t n = 0, i = a;
    while (i < b && n < max) {
        int32_t cp;
        if (s[i] < 0x80 && !is_alnum(s[i])) { /* ASCII punctuation and space */
            i++;
            continue;
        }
        size_t k = 1;
        bool ascii = s[i] < 0x80; /* a letter or digit: a word of spaced script */
        if (!ascii) {
            k = uni_decode(s, b, i, &cp);
            if (cp < 0 || !uni_is_word_cp(cp) || cp == '_') {
                i += k;
                continue;
            }
        }
        token *t = &out[n];
        t->n = 0;
        memset(t->w, 0, 8); /* (the key below is its first eight bytes) */
        size_t st = i;
        bool upper = true, digit = false;
        if (!ascii && uni_is_unspaced_script(cp)) {
            append_folded(t, cp);
            i += k;
        } else if (!ascii && uni_is_hangul(cp)) {
            /* Hangul: a word up to the next byte of ASCII (a Korean label
             * glued to its value, "여권번호M72039481", is two words) */
            for (;;) {
                append_folded(t, cp);
                i += k;
                if (i >= b || s[i] < 0x80)
                    break;
                k = uni_decode(s, b, i, &cp);
                if (cp < 0 || !uni_is_hangul(cp))
                    break;
            }
        } else {
            unsigned seen = 0, prev_cls = 0; /* ASCII classes met, and of the last */
            unsigned tn = 0; /* t->n, in a register (stores to t->w may alias it) */
            while (i < b) {
                uint8_t ch = s[i];
                if (ch < 0x80) { /* ASCII: the common case, without decoding */
                    unsigned cls = tok_class[ch];
                    if (!cls || ((prev_cls & TC_LOWER) && (cls & TC_UPPER)))
                        break; /* no letter or digit, or camelCase */
                    seen |= cls;
                    if (tn + 1 < TOKEN_MAX)
                        t->w[tn++] = (char)(ch | (cls & TC_UPPER ? 0x20 : 0));
                    prev_cls = cls;
                    i++;
                    continue;
                }
                /* (uni_decode() of a byte >= 0x80 gives a code point
                 * >= 0x80: no camelCase, case or digit to note) */
                k = uni_decode(s, b, i, &cp);
                if (cp < 0 || cp == '_' || !uni_is_word_cp(cp) || uni_is_unspaced_script(cp))
                    break;
                prev_cls = 0;
                t->n = (uint8_t)tn;
                append_folded(t, cp);
                tn = t->n;
                i += k;
            }
            t->n = (uint8_t)tn;
            upper &= !(seen & TC_LOWER);
            digit |= (seen & TC_DIGIT) != 0;
        }
        t->w[t->n] = '\0';
        if (t->n == 1 && t->w[0] == 's' && st > 0 && s[st - 1] == '\'')
            continue;
        if (((st == a && a > 0 && is_alnum(s[a - 1])) || (i == b && b < len && is_alnum(s[b]))) &&
            cut_at_edge(s, len, a, b, st, i))
            continue; /* cut by the window edge: not a whole word */
        t->upper = upper;
        t->memo_done = 0;
        memcpy(&t->key, t->w, 8); /* (zeros after a shorter word) */
        t->is_value = digit && i - st >= 5 && chars_at_least(s, st, i, 5);
        t->start = st;
        t->end = i;
        token_tail(t, s, len);
        n++;
    }
    /* the words that '-' joins to a key are of the key
     * ("identification-number": kebab-case) */
    for (size_t j = n - (n > 0); j-- > 0;)
        if (out[j + 1].is_key && out[j].end + 1 == out[j + 1].start && s[out[j].end] == '-')
            out[j].is_key = out[j].code_key = true;
    return n;
}

/* ---- phrase lookup ---- */

/* Whether a phrase's word w is token t's, as written or as its stem. */
static bool phrase_word_is(const char *w, const token *t)
{
    if (strcmp(w, t->w) == 0)
        return true;
    size_t stem = word_stem(t);
    return stem && strncmp(w, t->w, stem) == 0 && w[stem] == '\0';
}

/* The longest of the phrases table[lo, hi) (one first word, or one key of
 * it: then `first`, the form of toks[i] looked up, is compared) that
 * starts at toks[i]: its length in tokens, and the entities of the phrases
 * of that length; 0 when none is complete. */
static size_t longest_phrase(const hotword *table, size_t lo, size_t hi, const char *first,
                             const token *toks, size_t ntok, size_t i, uint32_t *entities)
{
    size_t best = 0;
    *entities = 0;
    for (size_t e = lo; e < hi; e++) {
        if (first && strcmp(table[e].w[0], first) != 0)
            continue;
        size_t k = 1;
        while (k < HOTWORD_MAX_WORDS && table[e].w[k] && i + k < ntok &&
               phrase_word_is(table[e].w[k], &toks[i + k]))
            k++;
        if (k < HOTWORD_MAX_WORDS && table[e].w[k])
            continue; /* phrase incomplete */
        /* (two letters that camelCase split are one word's: "mg/dL" says
         * no "D.L.") */
        if (k == 2 && toks[i].n == 1 && toks[i + 1].n == 1 && toks[i].end == toks[i + 1].start)
            continue;
        if (k > best) {
            best = k;
            *entities = table[e].entities;
        } else if (k == best) {
            *entities |= table[e].entities;
        }
    }
    return best;
}

/* A token's stem of n bytes as a word (word_stem()). */
static void stem_of(const token *t, size_t n, char out[TOKEN_MAX])
{
    memcpy(out, t->w, n);
    out[n] = '\0';
}

/* match_phrase() with the first word written w. */
static inline __attribute__((always_inline)) size_t
match_phrase_as(const hotword *table, size_t count, const char *w, const token *toks, size_t ntok,
                size_t i, uint32_t *entities)
{
    size_t lo = 0, hi = count;
    while (lo < hi) { /* first entry whose first word >= w */
        size_t mid = lo + (hi - lo) / 2;
        const char *e = table[mid].w[0];
        int c = (uint8_t)e[0] != (uint8_t)w[0] ? (int)(uint8_t)e[0] - (int)(uint8_t)w[0]
                                               : strcmp(e, w);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    hi = lo; /* the entries with that first word */
    while (hi < count && strcmp(table[hi].w[0], w) == 0)
        hi++;
    return longest_phrase(table, lo, hi, NULL, toks, ntok, i, entities);
}

/* match_phrase_as() with toks[i]'s stem of n bytes (out of line: the
 * common path needs no buffer on the stack). */
static __attribute__((noinline)) size_t match_stem(const hotword *table, size_t count, size_t n,
                                                   const token *toks, size_t ntok, size_t i,
                                                   uint32_t *entities)
{
    char stem[TOKEN_MAX];
    stem_of(&toks[i], n, stem);
    return match_phrase_as(table, count, stem, toks, ntok, i, entities);
}

/* Length in tokens of the phrase of table[] that starts at toks[i] (its
 * first word as written, else as its stem), and the entities it speaks
 * for; 0 when none. */
static size_t match_phrase(const hotword *table, size_t count, const token *toks, size_t ntok,
                           size_t i, uint32_t *entities)
{
    *entities = 0;
    if (!toks[i].w[0])
        return 0;
    size_t k = match_phrase_as(table, count, toks[i].w, toks, ntok, i, entities);
    size_t n = k ? 0 : word_stem(&toks[i]);
    return n ? match_stem(table, count, n, toks, ntok, i, entities) : k;
}

/* ---- windows ---- */

/* The window walks below look at each byte for newlines, digits, sentence
 * ends and multi-byte characters; between them, in words and the white
 * space between words, every byte counts as a character but for the
 * second and later bytes of a run of white space.  With SSE2 such stretches
 * are taken sixteen bytes at a time, with the same result byte for byte. */
/* White space as window_before() takes it (runs count as one character) */
static inline bool walk_blank(uint8_t c) { return c == ' ' || c == '\t' || c == '\r'; }

#if CTX_SSE2
typedef struct walk_run {
    unsigned bytes;   /* walked over */
    unsigned counted; /* characters among them */
    bool words;       /* a byte other than white space among them */
    bool stop;        /* the last of them was the `want`-th character */
    bool stop_blank;  /* ... and white space, whose run the caller skips */
} walk_run;

/* Bits set in x < 2^16 (without POPCNT, which x86-64 does not promise,
 * __builtin_popcount() is a call) */
static inline unsigned bits16(unsigned x)
{
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0F0Fu;
    return (x + (x >> 8)) & 0x1Fu;
}

/* Bit j of the masks for q[j]: ASCII from '!' on but for '-', '.', '/',
 * digits and `also` (word bytes); and the white space (blank). */
static inline void walk_classes(const uint8_t *q, char also, bool with_cr, unsigned *word,
                                unsigned *blank)
{
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)q);
    /* (bytes >= 0x80 are negative: in no range) */
    unsigned ascii = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(c, _mm_set1_epi8(' ')));
    unsigned num = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8('-' - 1)), _mm_cmplt_epi8(c, _mm_set1_epi8('9' + 1))));
    unsigned other = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(c, _mm_set1_epi8(also)));
    __m128i b = _mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(c, _mm_set1_epi8('\t')));
    if (with_cr)
        b = _mm_or_si128(b, _mm_cmpeq_epi8(c, _mm_set1_epi8('\r')));
    *word = ascii & ~num & ~other;
    *blank = (unsigned)_mm_movemask_epi8(b);
}

/* Backwards over q[15], q[14] ... while they are word bytes or white space
 * (' ', '\t', '\r'), as window_before() walks: up to the `want`-th
 * character.  A run of white space counts once, at its top; one that may
 * go on below the sixteen bytes is left for the caller. */
static inline walk_run walk_back16(const uint8_t *q, unsigned want)
{
    walk_run r = {0, 0, false, false, false};
    unsigned word, blank;
    walk_classes(q, '\0', true, &word, &blank); /* (no other byte: NUL is none anyway) */
    unsigned stop = ~(word | blank) & 0xFFFF;
    unsigned lo = stop ? 32 - (unsigned)__builtin_clz(stop) : 0; /* bits [lo, 16) are walked */
    if (lo == 0 && (blank & 1)) { /* white space down to q[0]: it may go on below */
        unsigned solid = ~blank & 0xFFFF;
        if (!solid)
            return r;
        lo = (unsigned)__builtin_ctz(solid);
    }
    if (lo >= 16)
        return r;
    unsigned span = 0xFFFFu & ~((1u << lo) - 1);
    unsigned counted = (word | (blank & ~(blank >> 1))) & span;
    unsigned n = bits16(counted);
    if (n < want) {
        r.bytes = 16 - lo;
        r.counted = n;
        r.words = (word & span) != 0;
        return r;
    }
    for (unsigned k = 1; k < want; k++) /* the want-th from the top */
        counted &= ~(1u << (31 - __builtin_clz(counted)));
    unsigned at = 31 - (unsigned)__builtin_clz(counted);
    r.bytes = 16 - at;
    r.stop = true;
    r.stop_blank = (blank >> at) & 1;
    return r;
}

/* Forwards over q[0], q[1] ... the same way, as window_after() walks (there
 * ';' ends the window, and '\r' is no white space). */
static inline walk_run walk_on16(const uint8_t *q, unsigned want)
{
    walk_run r = {0, 0, false, false, false};
    unsigned word, blank;
    walk_classes(q, ';', false, &word, &blank);
    unsigned stop = ~(word | blank) & 0xFFFF;
    unsigned hi = stop ? (unsigned)__builtin_ctz(stop) : 16; /* bits [0, hi) are walked */
    if (hi == 16 && (blank >> 15) & 1) { /* white space up to q[15]: it may go on */
        unsigned solid = ~blank & 0xFFFF;
        if (!solid)
            return r;
        hi = 32 - (unsigned)__builtin_clz(solid);
    }
    if (hi == 0)
        return r;
    unsigned span = (1u << hi) - 1;
    unsigned counted = (word | (blank & ~(blank << 1))) & span;
    unsigned n = bits16(counted);
    if (n < want) {
        r.bytes = hi;
        r.counted = n;
        r.words = (word & span) != 0;
        return r;
    }
    for (unsigned k = 1; k < want; k++) /* the want-th from the start */
        counted &= counted - 1;
    unsigned at = (unsigned)__builtin_ctz(counted);
    r.bytes = at + 1;
    r.stop = true;
    r.stop_blank = (blank >> at) & 1;
    return r;
}
#endif

/* The bytes of a space at s[i] as chat exports write one inside a time:
 * ' ', U+00A0 or U+202F (0 if none). */
static size_t chat_space(const uint8_t *s, size_t i, size_t cs)
{
    if (i < cs && s[i] == ' ')
        return 1;
    if (i + 1 < cs && s[i] == 0xC2 && s[i + 1] == 0xA0)
        return 2;
    return i + 2 < cs && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xAF ? 3 : 0;
}

/* Where a chat export's date and time before a speaker's name end, as
 * WhatsApp writes them ("3/4/24, 9:19 AM - ", "04.03.24, 21:19 - "; the
 * space before "AM" maybe U+202F): after the " - "; ls if none there. */
static size_t chat_time_prefix(const uint8_t *s, size_t ls, size_t cs)
{
    size_t i = ls, year = 0;
    for (int part = 0; part < 3; part++) { /* the date's three numbers */
        size_t d = 0;
        while (i + d < cs && d < 5 && is_digit(s[i + d]))
            d++;
        if (d == 0 || d > 4)
            return ls;
        year += d == 4;
        i += d;
        if (part < 2) {
            if (i >= cs || (s[i] != '/' && s[i] != '.' && s[i] != '-'))
                return ls;
            i++;
        }
    }
    /* (", " after the date; a space after one with its year's four
     * digits: "2024-03-12 14:05 - ", Brazil's "12/03/2024 14:20 - ") */
    if (i + 1 < cs && s[i] == ',' && s[i + 1] == ' ')
        i += 2;
    else if (i < cs && s[i] == ' ' && i - ls == 10 && year == 1)
        i += 1;
    else
        return ls;
    size_t d = 0; /* the time: h:mm or hh:mm, maybe :ss */
    while (i < cs && d < 8 && (is_digit(s[i]) || s[i] == ':'))
        i++, d++;
    if (d < 4 || s[i - 3] != ':')
        return ls;
    size_t a = i + chat_space(s, i, cs);
    if (a > i && a + 1 < cs && (s[a] == 'A' || s[a] == 'P' || s[a] == 'a' || s[a] == 'p')) {
        /* "AM", "PM"; Spanish "a. m.", "p. m." */
        if (s[a + 1] == 'M' || s[a + 1] == 'm') {
            i = a + 2;
        } else if (s[a + 1] == '.') {
            size_t b = a + 2 + chat_space(s, a + 2, cs);
            if (b + 1 < cs && s[b] == 'm' && s[b + 1] == '.')
                i = b + 2;
        }
    }
    if (i + 3 <= cs && s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ')
        return i + 3;
    return ls;
}

/* Whether s[k, p) begins with a date and time in brackets that end
 * before p, as WhatsApp's iOS export writes them ("12/03/24, 14:05:40] ",
 * "3/12/24, 2:06:02\u202fPM] ", "12/3/24, 9:17:02 a. m.] "; k after the
 * '['). */
static __attribute__((noinline)) bool chat_bracket_time(const uint8_t *s, size_t k, size_t p)
{
    size_t i = k, colons = 0;
    while (i < p && i - k < 28 &&
           (is_digit(s[i]) || s[i] == '/' || s[i] == '.' || s[i] == '-' || s[i] == ',' ||
            s[i] == ' ' || s[i] == ':' || s[i] == 'A' || s[i] == 'P' || s[i] == 'M' ||
            s[i] == 'a' || s[i] == 'p' || s[i] == 'm' || s[i] == 0xC2 || s[i] == 0xA0 ||
            s[i] == 0xE2 || s[i] == 0x80 || s[i] == 0xAF))
        colons += s[i++] == ':';
    return i + 1 < p && s[i] == ']' && s[i + 1] == ' ' && colons >= 1 && colons <= 2;
}

/* Whether the digits before s[i] begin a line as a chat export's date
 * does ("04/03/24, 21:19 - Jamal: ...", "[12/03/24, 14:05:40] Jamal:
 * ..."): no number that ends a window. */
static inline bool chat_date_before(const uint8_t *s, size_t floor, size_t i, size_t p)
{
    size_t k = i;
    while (k > floor && i - k < 10 &&
           (is_digit(s[k - 1]) || s[k - 1] == '/' || s[k - 1] == '.' || s[k - 1] == '-'))
        k--;
    if (k > 0 && s[k - 1] != '\n' && s[k - 1] != '[')
        return false; /* (most numbers: not at a line's start) */
    if (k > floor && s[k - 1] == '[')
        return (k - 1 == 0 || s[k - 2] == '\n') && chat_bracket_time(s, k, p);
    return chat_time_prefix(s, k, p) != k;
}

/* Whether the digits that end at e close a date: 1-4 digits, a separator
 * ('/', '.' or '-'), 1-2 digits, the same separator, 2-4 digits. */
static bool date_end(const uint8_t *s, size_t floor, size_t e)
{
    size_t k = e, groups[3], g = 0;
    uint8_t sep = 0;
    while (g < 3) {
        size_t d = k;
        while (d > floor && k - d < 5 && is_digit(s[d - 1]))
            d--;
        groups[g++] = k - d;
        if (k == d || g == 3 || d <= floor + 1)
            break;
        if ((s[d - 1] != '/' && s[d - 1] != '.' && s[d - 1] != '-') || (sep && s[d - 1] != sep))
            return false;
        sep = s[d - 1];
        k = d - 1;
    }
    return g == 3 && groups[0] >= 2 && groups[0] <= 4 && groups[1] >= 1 && groups[1] <= 2 &&
           groups[2] >= 1 && groups[2] <= 4 && groups[0] + groups[2] <= 6;
}

/* Whether the digits that end at e close a date that is the first of two
 * values joined by '/', ',', ';', '|' or "and" right before p, as a pair
 * of labels lists them ("DOB/SSN: 04/11/1968 / 683142250", "DOB and SSN:
 * 4/12/86 and 601 38 2274"): the date is no number a label before it
 * could name instead of the value at p. */
static __attribute__((noinline)) bool paired_date_end(const uint8_t *s, size_t floor, size_t e, size_t p)
{
    size_t a = e, joiners = 0;
    for (; a < p && joiners <= 1; a++) {
        if (s[a] == '/' || s[a] == ',' || s[a] == ';' || s[a] == '|')
            joiners++;
        else if (a + 3 <= p && (s[a] | 0x20) == 'a' && (s[a + 1] | 0x20) == 'n' &&
                 (s[a + 2] | 0x20) == 'd' && s[a - 1] == ' ')
            joiners++, a += 2;
        else if (s[a] != ' ')
            return false;
    }
    if (joiners != 1 || p - e > 5)
        return false;
    return date_end(s, floor, e);
}

static bool starts_with_ci(const char *line, size_t len, const char *word);

/* Whether the line that ends at s[e] ('\n') is a MIME part's header, as
 * multipart/form-data writes a field's name above a blank line and its
 * value ("Content-Disposition: form-data; name=\"applicant_ssn\"", maybe a
 * "Content-Type:" after it): the blank line ends no paragraph there. */
static bool part_headers_above(const uint8_t *s, size_t floor, size_t e)
{
    if (e == 0 || (s[e - 1] != '"' && s[e - 1] != '\r' && !is_alpha(s[e - 1])))
        return false; /* (most blank lines) */
    size_t ls = e;
    while (ls > floor && e - ls < 256 && s[ls - 1] != '\n')
        ls--;
    return (ls == 0 || s[ls - 1] == '\n') && e - ls > 13 &&
           starts_with_ci((const char *)s + ls, e - ls, "content-");
}

/* A number that closes a MICR line's field written with letters does not
 * take a label before it from the account after it (bank.c,
 * micr_letters_field()): "MICR: C000731C A063100277A 898041277C". */
static inline bool micr_letters_field_end(const uint8_t *s, size_t floor, size_t e)
{
    uint8_t t = s[e]; /* (most numbers end here) */
    return (t == 'T' || t == 'A' || t == 'O' || t == 'U' || t == 'C') &&
           micr_letters_field(s, floor, e);
}

/* Whether the digits joined by '-' that end at e are a bank's branch code
 * as the United Kingdom and Australia write it before an account's number:
 * a sort code ("20-32-06") or a BSB ("062-000"), a word of its own.  Such a
 * number does not end a window: "sort code and account number: 20-32-06
 * 43127890" labels the account too. */
static bool branch_code_before(const uint8_t *s, size_t floor, size_t e)
{
    if (e < floor + 7 || (s[e - 3] != '-' && s[e - 4] != '-') || (s[e] != ' ' && s[e] != '\t'))
        return false; /* (most numbers) */
    size_t b = e;
    while (b > floor && e - b < 9 && (is_digit(s[b - 1]) || s[b - 1] == '-'))
        b--;
    if (b > floor && is_alnum(s[b - 1]))
        return false;
    size_t n = e - b;
    const uint8_t *t = s + b;
    if (n == 8) /* 99-99-99 */
        return is_digit(t[0]) && is_digit(t[1]) && t[2] == '-' && is_digit(t[3]) &&
               is_digit(t[4]) && t[5] == '-' && is_digit(t[6]) && is_digit(t[7]);
    if (n == 7) /* 999-999 */
        return is_digit(t[0]) && is_digit(t[1]) && is_digit(t[2]) && t[3] == '-' &&
               is_digit(t[4]) && is_digit(t[5]) && is_digit(t[6]);
    return false;
}

/* Whether the number that ends at s[e) ends a chat speaker's name on the
 * line of s[p], as chat widgets name anonymous visitors ("(02:05:19 PM)
 * Visitor 48213425: 2148640395"): no other ID, the window goes on. */
static size_t speaker_end(const uint8_t *s, size_t ls, size_t cs);
static bool speaker_number(const uint8_t *s, size_t floor, size_t e, size_t p)
{
    if (e >= p || s[e] != ':')
        return false;
    size_t ls = e;
    while (ls > floor && e - ls < 64 && s[ls - 1] != '\n')
        ls--;
    return (ls == 0 || s[ls - 1] == '\n') && speaker_end(s, ls, p) == e;
}

/* How far back a label's note in parentheses or a changed field's object
 * may begin (window_bounds()), and how far a label reaches before it. */
#define NOTE_MAX 96
#define NOTE_LABEL_CHARS 24

/* Whether s[w, e) names the later state of a changed field, as audit logs
 * record a change ({"old": "536221874", "new": "536221847"}; change_word()
 * reads the earlier state's key too). */
static bool later_state_word(const uint8_t *s, size_t w, size_t e)
{
    const char *word;
    switch (e - w) {
    case 3: word = "new"; break;
    case 5: word = "after"; break;
    case 7: word = "current"; break;
    case 8: word = "newvalue"; break;
    default: return false;
    }
    for (size_t j = 0; j < e - w; j++)
        if (to_lower(s[w + j]) != (uint8_t)word[j])
            return false;
    return true;
}

/* Where the key that names a changed field's later state begins when it
 * ends right before the value at p (its quotes, ':' or '=' and blanks
 * between: "new": "...", new=...), not before lo; SIZE_MAX if none. */
static size_t later_state_key_before(const uint8_t *s, size_t lo, size_t p)
{
    size_t i = p;
    while (i > lo && p - i < 4 && (s[i - 1] == ' ' || s[i - 1] == '"' || s[i - 1] == '\''))
        i--;
    if (i == lo || (s[i - 1] != ':' && s[i - 1] != '='))
        return SIZE_MAX;
    i--;
    if (i > lo && (s[i - 1] == '"' || s[i - 1] == '\''))
        i--;
    size_t e = i;
    while (i > lo && e - i < 10 && is_alpha(s[i - 1]))
        i--;
    return later_state_word(s, i, e) ? i : SIZE_MAX;
}

/* Whether the number that ends at s[e) is the earlier state of a changed
 * field whose later state is the value at p: the field's key before both
 * names the two, the window goes on. */
static bool change_value_end(const uint8_t *s, size_t e, size_t p)
{
    size_t w = later_state_key_before(s, e, p);
    if (w == SIZE_MAX)
        return false;
    /* (between the two: a quote maybe, ',' ';' or blanks, a quote maybe) */
    if (w > e && (s[w - 1] == '"' || s[w - 1] == '\''))
        w--;
    size_t i = e;
    if (i < w && (s[i] == '"' || s[i] == '\''))
        i++;
    if (i == w)
        return false;
    for (; i < w; i++)
        if (s[i] != ',' && s[i] != ';' && s[i] != ' ')
            return false;
    return true;
}

/* Where the object that holds a changed field's states begins (its '{'),
 * when the value at cs is the later state ("ssn": {"old": "...", "new":
 * "..."}), not before lo and on one line; SIZE_MAX if it is not. */
static size_t change_object_open(const uint8_t *s, size_t lo, size_t cs)
{
    size_t o = later_state_key_before(s, lo, cs);
    if (o == SIZE_MAX)
        return SIZE_MAX;
    while (o > lo && cs - o < NOTE_MAX && s[o - 1] != '{' && s[o - 1] != '}' && s[o - 1] != '\n')
        o--;
    return o > lo && s[o - 1] == '{' ? o - 1 : SIZE_MAX;
}

/* Start of the window before s[p]: back `chars` characters (a run of white
 * space counts as one, so indented JSON keeps its keys in reach), but not
 * past a number of NUMBER_STOP digits (digit groups joined by '-', '.' or
 * '/' count together; not a MICR line's field written with letters, nor a
 * sort code or BSB, nor a speaker's number, nor a changed field's earlier
 * state), nor
 * past floor. */
static inline size_t window_before(const uint8_t *s, size_t p, size_t floor, unsigned chars,
                                   bool batch)
{
    (void)batch; /* (only with SSE2) */
    size_t i = p, run = 0, run_end = p;
    size_t lim = CTX_BYTES(chars);
    if (p - floor > lim)
        floor = p - lim;
    unsigned seen = 0;
    bool blank = false; /* only white space since the last newline passed */
    while (i > floor && seen < chars) {
#if CTX_SSE2
        if (batch && i - floor >= 16) {
            /* sixteen bytes at once while they are words and white space */
            walk_run w = walk_back16(s + i - 16, chars - seen);
            if (w.stop) {
                i -= w.bytes;
                if (w.stop_blank)
                    while (i > floor && walk_blank(s[i - 1]))
                        i--;
                return i;
            }
            if (w.bytes) {
                i -= w.bytes;
                seen += w.counted;
                blank &= !w.words;
                run = 0;
                continue;
            }
        }
#endif
        uint8_t c = s[i - 1];
        if (c == '\n') {
            if (blank && !part_headers_above(s, floor, i - 1))
                return i + 1; /* a blank line ends a paragraph or record */
            blank = true;
        } else if (!walk_blank(c)) {
            blank = false;
        }
        if (is_digit(c)) {
            if (run == 0)
                run_end = i;
            if (++run == NUMBER_STOP && !micr_letters_field_end(s, floor, run_end) &&
                !chat_date_before(s, floor, i, p) && !branch_code_before(s, floor, run_end) &&
                !speaker_number(s, floor, run_end, p) && !change_value_end(s, run_end, p) &&
                !(p - run_end <= 5 && paired_date_end(s, floor, run_end, p)))
                return run_end;
        } else if (!(run && (c == '-' || c == '.' || c == '/') && i - 1 > floor &&
                     is_digit(s[i - 2]))) {
            run = 0;
        }
        i--;
        if (walk_blank(c)) {
            while (i > floor && walk_blank(s[i - 1]))
                i--;
            seen++;
        } else if ((c & 0xC0) != 0x80 && !(c == '.' && i > floor && s[i - 1] == '.')) {
            seen++; /* (a form's leader of dots counts as one, as blanks do) */
        }
    }
    return i;
}

/* End of the window after s[e]: forward `chars` characters, stopping at the
 * end of the line or sentence and before a number of NUMBER_STOP digits. */
static inline size_t window_after(const uint8_t *s, size_t len, size_t e, unsigned chars,
                                  bool batch)
{
    (void)batch; /* (only with SSE2) */
    size_t i = e, run = 0, run_start = e;
    size_t lim = CTX_BYTES(chars) / 2;
    if (len - e > lim)
        len = e + lim;
    unsigned seen = 0;
    while (i < len && seen < chars && s[i] != '\n' && s[i] != ';') {
#if CTX_SSE2
        if (batch && len - i >= 16) {
            walk_run w = walk_on16(s + i, chars - seen);
            if (w.stop) {
                i += w.bytes;
                if (w.stop_blank)
                    while (i < len && (s[i] == ' ' || s[i] == '\t'))
                        i++;
                return i;
            }
            if (w.bytes) {
                i += w.bytes;
                seen += w.counted;
                run = 0;
                continue;
            }
        }
#endif
        uint8_t c = s[i];
        if (c == '.' && (i + 1 == len || s[i + 1] == ' ' || s[i + 1] == '\n'))
            break; /* end of the sentence */
        if (c == 0xE3 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x82)
            break; /* U+3002 ideographic full stop */
        if (is_digit(c)) {
            if (run == 0)
                run_start = i;
            if (++run >= NUMBER_STOP)
                return run_start;
        } else if (!(run && (c == '-' || c == '.' || c == '/') && i + 1 < len &&
                     is_digit(s[i + 1]))) {
            run = 0;
        }
        i++;
        if (c == ' ' || c == '\t') {
            while (i < len && (s[i] == ' ' || s[i] == '\t'))
                i++;
            seen++;
        } else if ((c & 0xC0) != 0x80) {
            seen++;
        }
    }
    return i;
}

bool context_word_folded(const char *w)
{
    token t[2];
    size_t n = strlen(w);
    return tokenize((const uint8_t *)w, n, 0, n, t, 2) == 1 && strcmp(t[0].w, w) == 0;
}

bool context_walks_agree(const uint8_t *s, size_t len, size_t p, size_t e, size_t floor,
                         unsigned chars)
{
    return window_before(s, p, floor, chars, true) == window_before(s, p, floor, chars, false) &&
           window_after(s, len, e, chars, true) == window_after(s, len, e, chars, false);
}

/* The phrases of a built-in table whose first word begins with a token's
 * first eight bytes: a range of the table (sorted by first word), found in
 * the ruleset's index (phrase_index_build()); false when none. */
static inline unsigned phrase_slot(uint64_t key, unsigned table)
{
    return (unsigned)(((key ^ table) * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - PHRASE_INDEX_BITS));
}

static bool phrase_range(const pii_ruleset *rs, unsigned table, uint64_t key, size_t *lo, size_t *hi)
{
    const phrase_index *x = &rs->phrases;
    for (unsigned k = phrase_slot(key, table);; k = (k + 1) & ((1u << PHRASE_INDEX_BITS) - 1)) {
        if (x->hi[k] == 0)
            return false;
        if (x->key[k] == key && x->table[k] == table) {
            *lo = x->lo[k];
            *hi = x->hi[k];
            return true;
        }
    }
}

void phrase_index_build(pii_ruleset *rs)
{
    phrase_index *x = &rs->phrases;
    memset(x, 0, sizeof *x);
    for (unsigned slot = 0; slot < 4; slot++) {
        const hotword *t = memo_tables[slot];
        size_t n = *memo_counts[slot];
        for (size_t i = 0; i < n;) {
            uint64_t key = 0;
            size_t len = strlen(t[i].w[0]);
            memcpy(&key, t[i].w[0], len < 8 ? len : 8);
            size_t j = i + 1; /* the run of first words with these bytes */
            while (j < n && strncmp(t[j].w[0], t[i].w[0], 8) == 0)
                j++;
            unsigned k = phrase_slot(key, slot);
            while (x->hi[k]) /* the index has room for every first word */
                k = (k + 1) & ((1u << PHRASE_INDEX_BITS) - 1);
            x->key[k] = key;
            x->table[k] = (uint8_t)slot;
            x->lo[k] = (uint16_t)i;
            x->hi[k] = (uint16_t)j;
            i = j;
        }
    }
}

/* match_phrase() for built-in table `slot` through the index, toks[i]
 * read as `key`, its first eight bytes, and `first`, its folded word of
 * `n` bytes. */
static size_t match_key(const pii_ruleset *rs, unsigned slot, uint64_t key, const char *first,
                        size_t n, const token *toks, size_t ntok, size_t i, uint32_t *entities)
{
    size_t lo, hi;
    *entities = 0;
    if (!phrase_range(rs, slot, key, &lo, &hi))
        return 0;
    /* a key holds only the first eight bytes of a longer word */
    return longest_phrase(memo_tables[slot], lo, hi, n >= 8 ? first : NULL, toks, ntok, i,
                          entities);
}

/* match_key() for toks[i] as written, then as its stem of n bytes (out of
 * line: most words have none, and need no buffer on the stack). */
static __attribute__((noinline)) size_t match_indexed_stem(const pii_ruleset *rs, unsigned slot,
                                                           size_t n, const token *toks,
                                                           size_t ntok, size_t i,
                                                           uint32_t *entities)
{
    size_t k = match_key(rs, slot, toks[i].key, toks[i].w, toks[i].n, toks, ntok, i, entities);
    if (k)
        return k;
    char stem[TOKEN_MAX];
    stem_of(&toks[i], n, stem);
    uint64_t key = n < 8 ? toks[i].key & ((UINT64_C(1) << (8 * n)) - 1) : toks[i].key;
    return match_key(rs, slot, key, stem, n, toks, ntok, i, entities);
}

/* match_phrase() for built-in table `slot` through the index. */
static size_t match_indexed(const pii_ruleset *rs, unsigned slot, const token *toks, size_t ntok,
                            size_t i, uint32_t *entities)
{
    size_t lo, hi;
    *entities = 0;
    if (!toks[i].w[0])
        return 0;
    size_t n = slot < 2 ? word_stem(&toks[i]) : 0; /* (hotwords and other labels) */
    if (n)
        return match_indexed_stem(rs, slot, n, toks, ntok, i, entities);
    /* (match_key() as written, in line: the common path) */
    if (!phrase_range(rs, slot, toks[i].key, &lo, &hi))
        return 0;
    return longest_phrase(memo_tables[slot], lo, hi, toks[i].n >= 8 ? toks[i].w : NULL, toks,
                          ntok, i, entities);
}

/* match_phrase(), remembered in the token for the built-in tables. */
static inline __attribute__((always_inline)) size_t
match_memo(const pii_ruleset *rs, const hotword *table, size_t count,
                         const token *toks, size_t n, size_t i, uint32_t *entities)
{
    int slot = table == hotwords ? 0 : table == other_labels ? 1 : table == us_words ? 2
             : table == version_words ? 3 : -1;
    if (slot < 0)
        return match_phrase(table, count, toks, n, i, entities);
    token *t = (token *)&toks[i]; /* the window cache owns the tokens */
    if (!(t->memo_done & (1u << slot))) {
        uint32_t e = 0;
        t->memo_len[slot] = (uint8_t)match_indexed(rs, (unsigned)slot, toks, n, i, &e);
        t->memo_ent[slot] = e;
        t->memo_done |= (uint8_t)(1u << slot);
    }
    *entities = t->memo_ent[slot];
    return t->memo_len[slot];
}

/* Whether the token is one of words[0, n). */
static bool word_in(const token *t, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t->w[0] == words[i][0] && strcmp(t->w, words[i]) == 0)
            return true;
    return false;
}

/* Words before "license" that name a license of another kind than a
 * driver's: "contractor license no.", "software licence", "real estate
 * license #", "dog license #". */
static bool license_kind_word(const token *t)
{
    static const char *const words[] = {
        "accountancy", "act", "adj", "adjuster", "adjusters", "affairs", "agency", "agent",
        "amateur", "animal", "ap", "applicator", "appraiser", "aprn", "auctioneer", "bail",
        "banker", "bar", "barber", "bingo", "biologics", "boxer", "boxing", "brea", "broadcast",
        "broadcasting", "broker", "brokerage", "bsis", "builder", "builders", "business",
        "cannabis", "care", "carry", "casher", "cashing", "casino", "ccli", "ccw", "cds",
        "cemetery", "center", "centre", "childcare", "chiropractor", "chl", "cna", "coaching",
        "collection", "collector", "commission", "competition", "contractor", "contractors",
        "control", "cosmetology", "counselor", "county", "cpa", "cremation", "crematorium",
        "crematory", "cslb", "daycare", "dca", "dea", "dealer", "dealers", "dental", "dentist",
        "dfpi", "dog",
        "doi", "dos", "dre", "educator", "electrical", "electrician", "embalmer", "emt",
        "engineering", "escrow", "establishment", "estate", "examiner", "explosive", "explosives",
        "export", "facility", "fd", "fdacs", "feed", "fertilizer", "ffl", "fid", "firearm",
        "firearms", "fishing", "fmc", "fmcsa", "food", "forklift", "forwarder", "funeral",
        "gambling", "gaming", "guard", "hack", "handgun", "handler", "hauler", "hunting", "hvac",
        "ifta", "import", "inspector", "insurance", "jockey", "kennel", "labeler", "lcsw",
        "lender", "lending", "liquor", "living", "lmft", "lmsw", "loan", "locksmith", "lodging",
        "lottery", "lpc", "lpn", "ltc", "lvn", "manager", "marriage", "massage", "mechanic", "med",
        "medical", "metal", "metals", "midwife", "mlo", "mortgage", "mortician", "mortuary",
        "mover", "movers", "msb", "music", "nmls", "notary", "np", "nurse", "nursery", "nursing",
        "nvocc",
        "nysdot", "occupational", "officer", "optometrist", "originator", "oti", "paramedic",
        "pawn", "pawnbroker", "pawnshop", "peddler", "pest", "pesticide", "pet", "pharmacist",
        "pharmacy", "physician", "pilot", "pistol", "plumber", "plumbing", "prc", "processor",
        "producer", "product", "professional", "promoter", "psychologist", "ptr", "qbcc", "racing",
        "radio", "raffle", "realtor", "recovery", "recycler", "referee", "relic", "relics",
        "rental", "repossession", "resale", "reseller", "restaurant", "retail", "retailer",
        "revolver", "rn", "roc", "roofing", "rph", "ruc", "salesperson", "salvage", "scrap",
        "seat", "seed", "service", "software", "solicitation", "solicitor", "station", "store",
        "streaming", "substance", "surgeon", "tattoo", "tax", "teacher", "teachers", "teaching",
        "technician", "therapist", "tobacco", "tour", "tourist", "tow", "towing", "trade", "tv",
        "trailer", "trainer", "transmission", "transmitter", "trec", "umpire", "vending", "vendor",
        "veterinary", "wagering", "warehouse", "weapon", "weapons", "weighmaster", "wholesale",
        "wholesaler", "wide", "worker", "wrecker"};
    /* ("campus-wide license": a software's) */
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Words before "card" that name a card of another kind than a payment
 * card: "Smart ID card", "SIM card", "health insurance card". */
static bool card_kind_word(const token *t)
{
    /* (a benefits' EBT card; a casino's "players club card") */
    static const char *const words[] = {
        "aadhaar",   "access", "alumni",  "badge",    "campus",   "club",     "ebt",
        "employee",  "gift",   "green",   "health",   "id",       "identity", "insurance",
        "key",       "library", "loyalty", "medicaid", "medicare", "member",   "membership",
        "parking",   "rewards", "sim",     "student",  "transit",  "voter"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether the license word at toks[i] names another kind of
 * license: a kind's word right before it, or before "operator", "co" or
 * a state's code right before it ("Tow Operator License", "Tow Co. Lic."); or a plate's
 * or a key's word right after it ("License Plate #", "Lic Plate:", "license tag",
 * "License key"). */
static bool number_word(const token *t);
static bool license_of_kind(const token *toks, size_t n, size_t i)
{
    if (i > 0 && license_kind_word(&toks[i - 1]))
        return true;
    /* (a board's: "Texas Medical Board - License Q4821", "Board License";
     * no board issues a driver's) */
    if (i > 0 && strcmp(toks[i - 1].w, "board") == 0)
        return true;
    /* (a possessive and "State" between: "Medical Examiner's State
     * License") */
    size_t j = i;
    while (j > 1 && j + 2 >= i &&
           (strcmp(toks[j - 1].w, "s") == 0 || strcmp(toks[j - 1].w, "state") == 0))
        j--;
    if (j < i && j > 0 && license_kind_word(&toks[j - 1]))
        return true;
    /* (a state's code or initials between: "Real Estate Broker TX License
     * ID", "checked by RPh MTS (Lic# 0048213)") */
    if (i >= 2 &&
        (strcmp(toks[i - 1].w, "operator") == 0 || strcmp(toks[i - 1].w, "co") == 0 ||
         strcmp(toks[i - 1].w, "corp") == 0 || strcmp(toks[i - 1].w, "company") == 0 ||
         ((toks[i - 1].n == 2 || toks[i - 1].n == 3) && toks[i - 1].upper)) &&
        license_kind_word(&toks[i - 2]))
        return true;
    /* (a software's key: "License key: 4417-2290-1183-0047") */
    static const char *const after[] = {"fee",  "fees", "key",   "keys", "plate",
                                        "plates", "tag", "tags", "usage", "year"};
    if (i + 1 < n && word_in(&toks[i + 1], after, sizeof after / sizeof after[0]))
        return true;
    /* Spanish names the kind after "de": a driver's is "de conducir" or
     * "de manejo", others a trade's or a business's ("Licencia de
     * funcionamiento", "de contratista", "de negocio") */
    static const char *const driving[] = {"conducir", "conduccion", "conductor", "manejar",
                                          "manejo"};
    if (strcmp(toks[i].w, "licencia") == 0 && i + 2 < n && strcmp(toks[i + 1].w, "de") == 0 &&
        !word_in(&toks[i + 2], driving, sizeof driving / sizeof driving[0]))
        return true;
    /* (or in an adjective after it, "Licencia sanitaria", "licencia
     * municipal"; not Mexico's "Licencia Federal de Conductor") */
    if (strcmp(toks[i].w, "licencia") == 0 && i + 1 < n && toks[i + 1].n >= 4 &&
        is_alpha((uint8_t)toks[i + 1].w[0]) && !number_word(&toks[i + 1])) {
        for (size_t k = i + 1; k < n && k < i + 4; k++)
            if (word_in(&toks[k], driving, sizeof driving / sizeof driving[0]))
                return false;
        return true;
    }
    /* French: a driver's is a "permis"; a "licence" is a trade's or a
     * sports federation's ("N° de licence RBQ", "Licence d'entrepreneur",
     * "Licence FFF n° 2545871203": "n°" after it, a federation's initials
     * between maybe; not a driver's in English, "Driving licence n°") */
    static const char *const french[] = {"d", "de", "rbq"};
    static const char *const english[] = {"driver", "drivers", "driving"};
    if (strcmp(toks[i].w, "licence") != 0)
        return false;
    size_t k = i + 1; /* (past a federation's initials) */
    if (k < n && toks[k].upper && toks[k].n >= 2 && toks[k].n <= 5)
        k++;
    return (i > 0 && strcmp(toks[i - 1].w, "de") == 0) ||
           (i + 1 < n && word_in(&toks[i + 1], french, sizeof french / sizeof french[0])) ||
           (k < n && strcmp(toks[k].w, "n") == 0 &&
            !(i > 0 && word_in(&toks[i - 1], english, sizeof english / sizeof english[0])));
}

/* Whether token b continues token a's identifier: glued to it
 * ("userAccountControl") or after one '_' or '-' ("account_status"). */
static bool ident_joined(const token *a, const token *b, const uint8_t *s)
{
    return b->start == a->end ||
           (b->start == a->end + 1 && s && (s[a->end] == '_' || s[a->end] == '-'));
}

/* Whether the account word at toks[i] names no bank's account by the
 * words after it: an English one a person's role ("Account Manager") or,
 * joined in an identifier, a setting of a login's account
 * ("userAccountControl", "sambaAcctFlags", "account_status"); a Spanish
 * or Portuguese one an account of another kind ("conta contrato", "conta
 * de energia", "cuenta de luz", "cuenta en línea de USCIS", "cuenta del
 * préstamo", "cuenta del estudiante"). */
static bool account_of_kind_after(const token *toks, size_t n, size_t i, const uint8_t *s)
{
    /* (a person's role, "Account Manager: Dana Ruiz, direct 6174923380":
     * no account) */
    /* (and the IRS's "Account Transcript", a document) */
    static const char *const roles[] = {"coordinator",    "director",   "exec",      "executive",
                                        "manager",        "managers",   "rep",       "reps",
                                        "representative", "specialist", "transcript"};
    static const char *const settings[] = {"control", "disabled", "enabled", "expires",
                                           "flags",   "lockout",  "locked",  "policy",
                                           "state",   "status",   "type"};
    if (toks[i].w[0] == 'a' &&
        (strcmp(toks[i].w, "account") == 0 || strcmp(toks[i].w, "acct") == 0)) {
        if (i + 1 >= n)
            return false;
        return (toks[i + 1].start - toks[i].end == 1 &&
                word_in(&toks[i + 1], roles, sizeof roles / sizeof roles[0])) ||
               (ident_joined(&toks[i], &toks[i + 1], s) &&
                word_in(&toks[i + 1], settings, sizeof settings / sizeof settings[0]));
    }
    if (strcmp(toks[i].w, "conta") != 0 && strcmp(toks[i].w, "cuenta") != 0)
        return false;
    size_t k = i + 1;
    static const char *const joins[] = {"da", "de", "del", "do", "en"};
    if (k < n && word_in(&toks[k], joins, sizeof joins / sizeof joins[0]))
        k++;
    if (k < n && (strcmp(toks[k].w, "la") == 0 || strcmp(toks[k].w, "el") == 0))
        k++; /* ("cuenta de la tienda") */
    static const char *const kinds[] = {
        "agua",  "contrato", "electricidad", "energia",  "estudiante", "gas",    "internet",
        "linea", "luz",      "paciente",     "predial",  "prestamo",   "servicio", "telefone",
        "tienda",
        "telefono", "uscis"}; /* ("cuenta predial": a property tax's) */
    return k < n && word_in(&toks[k], kinds, sizeof kinds / sizeof kinds[0]);
}

/* Words before "account" (or "deposit") that name an account of another
 * kind than a bank's: "USCIS online account number", "service account",
 * "utility deposit", a landlord's "Tenant Account No.", "HOA account #", a
 * car's "Lease Account No." and its toll tag's "E-ZPass account" or
 * "TollTag Account", an auto "finance account", a school's "lunch
 * account", "meal plan account", "tuition account", "parking account" or
 * "Dining dollars account", a library's, a shipper's "FedEx
 * account", a platform's "Driver account #", a SaaS vendor's "HubSpot
 * account", USCIS's "ELIS account", a lease's "Lessee Account" or "renter
 * account", a charity's "Donor Account No." or "membership account", a
 * cruise's "onboard account", a hotel's or an airline's loyalty programme
 * ("Marriott Bonvoy account", "Hilton Honors", "miles account") ("E-ZPass":
 * "zpass"). */
static bool account_kind_word(const token *t)
{
    static const char *const words[] = {
        "ad", "ads", "advertiser", "advertising", "analytics", "billing", "bonvoy", "bookstore",
        "broadband", "buyer", "cable", "cafeteria", "carrier", "casino", "cell", "cellular",
        "center", "charge", "club", "commissary", "consignee", "consignor", "contract", "core",
        "cost", "courier", "criteo", "dasher", "developer", "dhl", "dining", "dollars", "donor",
        "doordash", "driver", "duty", "ecf", "electric", "electricity", "elis", "email", "energy",
        "export", "fastrak", "fedex", "fee", "feed", "finance", "fleet", "floorplan", "flyer",
        "freight", "gas", "github", "gl", "gov", "grain", "grant", "grubhub", "guar", "guarantor",
        "hedge", "hoa", "holder", "honors", "hosp", "host", "house", "housing", "hubspot", "ifta",
        "import", "inmate", "instacart", "intercom", "internet", "irp", "isp", "lab", "laundry",
        "layaway", "lease", "ledger", "lessee", "library", "login", "lunch", "lyft", "maersk",
        "meal", "membership", "mileage", "miles", "mobile", "mortgage", "onboard", "online",
        "outbrain", "pacer", "parking", "pass", "pat", "pawn", "phone", "plan", "player",
        "players", "points", "portal", "print", "printing", "program", "pt", "refiner", "rent",
        "renter", "resident", "rider", "salesforce", "seating", "security", "seller", "service",
        "shipper", "shipping", "shopper", "site", "slack", "sportsbook", "statement", "steam",
        "storage", "store", "student", "supplier", "taboola", "tag", "tax", "telecom", "telephone",
        "tenant", "ticketing", "ticketmaster", "toll", "tuition", "uber", "ui", "ups", "uscis",
        "user", "usps", "utilities", "utility", "vendor", "visit", "waitlist", "water", "web",
        "wholesaler", "wireless", "workspace", "zendesk", "zpass"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether toks[i] (i > 0), an account's word or "bank", follows a word of another
 * kind of account right before it ("gas account", "Carrier Account No."). */
static bool account_of_kind(const token *toks, size_t i, const uint8_t *s)
{
    bool bank = toks[i].w[0] == 'b' && strcmp(toks[i].w, "bank") == 0;
    if (!((toks[i].w[0] == 'a' && strncmp(toks[i].w, "acc", 3) == 0) ||
          (toks[i].w[0] == 'd' && strcmp(toks[i].w, "deposit") == 0) || bank))
        return false;
    /* (a blank, or an abbreviation's '.' and a blank: "Pat. Acct. No."; or
     * a possessive's "'s", which the tokenizer drops: "Shipper's Account") */
    size_t gap = toks[i].start - toks[i - 1].end, e = toks[i - 1].end;
    bool possessive = s && gap == 3 && s[e] == '\'' && s[e + 1] == 's';
    if (gap > 2 && !possessive)
        return false;
    if (gap == 2 && !(s && s[e] == '.'))
        return false;
    if (bank) { /* (a bank of another kind: "Tissue bank donor number", "Mothers' Milk Bank") */
        static const char *const kinds[] = {"blood", "bone",  "cord",   "egg",  "eye",
                                            "food",  "grain", "milk",   "organ", "plasma",
                                            "seed",  "sperm", "tissue"};
        return word_in(&toks[i - 1], kinds, sizeof kinds / sizeof kinds[0]);
    }
    if (account_kind_word(&toks[i - 1]))
        return true;
    /* (a ledger's, written "G/L Account") */
    if (i >= 2 && strcmp(toks[i - 1].w, "l") == 0 && strcmp(toks[i - 2].w, "g") == 0)
        return true;
    /* (a kind's credit, deposit or trust: "store credit account", "utility
     * deposit account", a jail's "Inmate trust acct") */
    if (i >= 2 &&
        (strcmp(toks[i - 1].w, "credit") == 0 || strcmp(toks[i - 1].w, "deposit") == 0 ||
         strcmp(toks[i - 1].w, "trust") == 0) &&
        toks[i - 1].start - toks[i - 2].end == 1 && account_kind_word(&toks[i - 2]))
        return true;
    /* (a patient who pays for themselves: "Self-pay account") */
    if (i >= 2 && strcmp(toks[i - 1].w, "pay") == 0 && strcmp(toks[i - 2].w, "self") == 0)
        return true;
    /* (HubSpot's ad-click key "hsa_acc=", an ad platform's account; not a
     * health savings account's "HSA acct") */
    if (toks[i].code_key && strcmp(toks[i].w, "acc") == 0 && strcmp(toks[i - 1].w, "hsa") == 0)
        return true;
    /* (a name that camelCase splits, "FedEx", "HubSpot": its two words as
     * one) */
    if (i < 2 || toks[i - 2].end != toks[i - 1].start ||
        (size_t)toks[i - 2].n + toks[i - 1].n >= TOKEN_MAX)
        return false;
    token joined = toks[i - 2];
    memcpy(joined.w + joined.n, toks[i - 1].w, (size_t)toks[i - 1].n + 1);
    joined.n = (uint8_t)(joined.n + toks[i - 1].n);
    return account_kind_word(&joined);
}

/* Whether toks[i] is "DL" as a network's downlink, beside what it measures
 * ("bytes_dl", "dl_volume_kb", "DL throughput"): no driver's license. */
static bool downlink(const token *toks, size_t n, size_t i)
{
    static const char *const measures[] = {
        "bandwidth", "bitrate", "bler",    "bps",  "bw",         "bytes", "gb",   "gbps",
        "kb",        "kbps",    "mb",      "mbps", "octets",     "packets", "pkts", "prb",
        "rate",      "speed",   "throughput", "tput", "traffic", "util",  "volume"};
    if (toks[i].w[0] != 'd' || strcmp(toks[i].w, "dl") != 0)
        return false;
    return (i + 1 < n && word_in(&toks[i + 1], measures, sizeof measures / sizeof measures[0])) ||
           (i > 0 && word_in(&toks[i - 1], measures, sizeof measures / sizeof measures[0]));
}

/* Whether the hotword at toks[i] names a thing of another kind than the
 * entity: an account with a label of another number right before it
 * ("patient account", "loyalty account", "member acct") or a word of
 * another kind of account ("online account"), a license with a word of
 * another kind of license ("medical license"). */
static bool number_word(const token *t);

/* Whether t is a steel's grade: three digits, maybe a letter after
 * ("304", "316L"). */
static bool steel_grade(const token *t)
{
    return (t->n == 3 || (t->n == 4 && is_lower((uint8_t)t->w[3]))) && is_digit((uint8_t)t->w[0]) &&
           is_digit((uint8_t)t->w[1]) && is_digit((uint8_t)t->w[2]);
}

/* The entities that the hotword at toks[i] does not speak for, by the
 * words around it: a US visa's numbers ("Visa Control Number", "visa foil
 * no."), not a card's; the IRS's document locator number ("IRS DLN",
 * "transcript DLN", "Document Locator Number (DLN)"), not a license's;
 * Apple's system in a User-Agent ("like Mac OS X"), no MAC address; a
 * bank's name ("BANK OF AMERICA NY", "Bank of the West") names no
 * account. */
static uint32_t hotword_names_other(const token *toks, size_t n, size_t i)
{
    const char *w = toks[i].w;
    if (w[0] != 'v' && w[0] != 'd' && w[0] != 'm' && w[0] != 'b' && w[0] != 'a' && w[0] != 's' &&
        w[0] != 'c' && w[0] != 'p') /* (most hotwords) */
        return 0;
    /* (stainless steel's grade, "SS 316L"; a gauge's "checking fixture"; a
     * product's "battery passport", a car's "Honda Passport") */
    if (w[0] == 's')
        return w[1] == 's' && w[2] == '\0' && i + 1 < n && steel_grade(&toks[i + 1])
                   ? ENTITY_MASK(PII_US_SSN) | ENTITY_MASK(PII_US_ITIN)
                   : 0;
    static const char *const fixtures[] = {"fixture", "gage", "gauge"};
    if (w[0] == 'c')
        return strcmp(w, "checking") == 0 && i + 1 < n && word_in(&toks[i + 1], fixtures, 3)
                   ? ENTITY_MASK(PII_US_BANK_NUMBER)
                   : 0;
    static const char *const products[] = {"battery", "digital", "honda", "isuzu", "product"};
    if (w[0] == 'p')
        return strcmp(w, "passport") == 0 && i > 0 && word_in(&toks[i - 1], products, 5)
                   ? ENTITY_MASK(PII_PASSPORT) | ENTITY_MASK(PII_US_PASSPORT)
                   : 0;
    /* (an area code's "A/C" in a phone's note: ACORD's "PHONE (A/C, No, Ext):") */
    static const char *const phone_words[] = {"fax", "phone", "tel", "telephone"};
    if (w[0] == 'a')
        return w[1] == '\0' && i + 1 < n && strcmp(toks[i + 1].w, "c") == 0 && i > 0 &&
                       word_in(&toks[i - 1], phone_words, 4)
                   ? ENTITY_MASK(PII_US_BANK_NUMBER)
                   : 0;
    /* (and an engine's bank of cylinders: "Bank 1 Sensor 2", "bank 2
     * cylinder 4") */
    if (w[0] == 'b')
        return strcmp(w, "bank") == 0 && i + 1 < n &&
                       (strcmp(toks[i + 1].w, "of") == 0 ||
                        (toks[i + 1].n == 1 && is_digit((uint8_t)toks[i + 1].w[0])))
                   ? ENTITY_MASK(PII_US_BANK_NUMBER) | ENTITY_MASK(PII_IBAN_CODE)
                   : 0;
    /* (and Australia's "Visa grant number") */
    static const char *const visa_numbers[] = {"control", "foil", "grant"};
    if (strcmp(w, "visa") == 0 && i + 1 < n && word_in(&toks[i + 1], visa_numbers, 3))
        return ENTITY_MASK(PII_CREDIT_CARD);
    static const char *const irs[] = {"irs", "notice", "return", "tax", "transcript"};
    static const char *const irs_named[] = {"irs", "revenue"}; /* ("Internal Revenue Service") */
    if (strcmp(w, "dln") == 0 && i > 0 &&
        (word_in(&toks[i - 1], irs, 5) || strcmp(toks[i - 1].w, "locator") == 0 ||
         (i > 1 && number_word(&toks[i - 1]) && strcmp(toks[i - 2].w, "locator") == 0)))
        return ENTITY_MASK(PII_US_DRIVER_LICENSE);
    if (strcmp(w, "dln") == 0) /* (the IRS named anywhere before it: a transcript's title) */
        for (size_t k = 0; k < i; k++)
            if (word_in(&toks[k], irs_named, 2))
                return ENTITY_MASK(PII_US_DRIVER_LICENSE);
    if (strcmp(w, "mac") == 0 && i + 1 < n && strcmp(toks[i + 1].w, "os") == 0)
        return ENTITY_MASK(PII_MAC_ADDRESS);
    return 0;
}

/* Whether the n bytes between two words at g join them into one label
 * ("patient account", "Loyalty-Acct"): not a '/' ("Sort code/Account
 * number" names two values), nor the end of a note or clause ("Scanned
 * check (OCR), MICR line:"), nor a line's (a form's title above its
 * label: "STOP PAYMENT ORDER" over "Account Number:"). */
static bool phrase_gap(const uint8_t *g, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (g[k] == '/' || g[k] == ')' || g[k] == ',' || g[k] == ';' || g[k] == ':' ||
            g[k] == '|' || g[k] == '\n' || (g[k] == 0xE2 && k + 2 < n && g[k + 1] == 0x80 &&
                            (g[k + 2] == 0x93 || g[k + 2] == 0x94)) ||
            (g[k] == '-' && k > 0 && g[k - 1] == ' ') ||
            (k >= 2 && g[k] == ' ' && g[k - 1] == ' ' && g[k - 2] == ' '))
            return false; /* (nor a dash set apart, which the view may make
                           * blanks: "Deposit slip — Acct#:") */
    return true;
}

/* Whether the bytes s[a, b) between two words end one label or clause. */
static bool label_break(const uint8_t *s, size_t a, size_t b)
{
    for (size_t g = a; g < b; g++)
        if (s[g] == ':' || s[g] == '\n' || s[g] == '.' || s[g] == ';')
            return true;
    return false;
}

/* Whether the label that ends at toks[n - 1] with ':' begins with another
 * number's word and "of" before the account's word at toks[i]: its head
 * ("Current balance of cash, savings, and checking accounts: 0012500", a
 * balance; not prose's "the balance of account 004178233"). */
static bool label_head_other(const pii_ruleset *rs, const token *toks, size_t n, size_t i,
                             const uint8_t *s, size_t len)
{
    if (!s || toks[n - 1].end >= len || s[toks[n - 1].end] != ':')
        return false;
    for (size_t k = i; k + 1 < n; k++) /* (one label from the account's word on) */
        if (label_break(s, toks[k].end, toks[k + 1].start))
            return false;
    uint32_t other;
    for (size_t j = i; j >= 2 && i - j < 8; j--) {
        if (label_break(s, toks[j - 1].end, toks[j].start))
            return false;
        if (strcmp(toks[j - 1].w, "of") == 0)
            return match_memo(rs, other_labels, other_label_count, toks, n, j - 2, &other) == 1;
    }
    return false;
}

/* Whether the hotword at toks[i] names a thing of another kind than want's
 * (s[0, len) around the tokens). */
static bool other_kind(const pii_ruleset *rs, const hotword *table, uint32_t want,
                       const token *toks, size_t n, size_t i, const uint8_t *s, size_t len)
{
    if (table != hotwords)
        return false;
    if (hotword_names_other(toks, n, i) & want)
        return true;
    uint32_t other;
    if (want == ENTITY_MASK(PII_US_BANK_NUMBER))
        /* (a label of another number right before it, in one phrase:
         * phrase_gap()) */
        return (i > 0 && (!s || phrase_gap(s + toks[i - 1].end, toks[i].start - toks[i - 1].end)) &&
                (match_memo(rs, other_labels, other_label_count, toks, n, i - 1, &other) == 1 ||
                 account_of_kind(toks, i, s))) ||
               account_of_kind_after(toks, n, i, s) || label_head_other(rs, toks, n, i, s, len);
    if (want == ENTITY_MASK(PII_CREDIT_CARD)) {
        /* (French, Portuguese, Italian, Spanish and Polish name the kind
         * after: an estate agent's "carte professionnelle", "carte
         * vitale", "carte de séjour", "carta d'identità", "cartão SIM",
         * "karta SIM", "tarjeta sanitaria") */
        static const char *const card_words[] = {"carta", "cartao", "carte", "karta", "tarjeta"};
        static const char *const kinds[] = {"professionnelle", "vitale",     "grise",
                                            "sejour",          "identite",   "identita",
                                            "identidad",       "electorale", "sanitaria",
                                            "sim"};
        size_t k = i + 1 < n && (strcmp(toks[i + 1].w, "de") == 0 || strcmp(toks[i + 1].w, "d") == 0)
                       ? i + 2
                       : i + 1;
        return (i > 0 && strcmp(toks[i].w, "card") == 0 && card_kind_word(&toks[i - 1])) ||
               (word_in(&toks[i], card_words, sizeof card_words / sizeof card_words[0]) && k < n &&
                word_in(&toks[k], kinds, sizeof kinds / sizeof kinds[0]));
    }
    /* (nor is a sport's "15-day DL", its disabled list) */
    return want == ENTITY_MASK(PII_US_DRIVER_LICENSE) &&
           (((strncmp(toks[i].w, "licen", 5) == 0 || strcmp(toks[i].w, "lic") == 0) &&
             license_of_kind(toks, n, i)) ||
            downlink(toks, n, i) ||
            (i > 0 && strcmp(toks[i].w, "dl") == 0 && strcmp(toks[i - 1].w, "day") == 0));
}

/* Whether hotword token t names a phone number only as a form's key
 * ("Home: 0161 496 0732", a signature's "M: 087 123 4567", a letterhead's
 * "Fx: 312 946 7781", a registrar's "Wk# 3129264000", an insurer's "Hm#
 * 6145550187", German "Ruf:"): in a sentence it is a word like any other
 * ("got home 0161 ..."); s[0, len) around t.  (Not
 * "Work:": the word is everywhere in prose, whose blocks it would flag for
 * the phone scan, +0.7% of its instructions.) */
static bool key_only_hotword(const hotword *table, const token *t, const uint8_t *s, size_t len)
{
    if (table != hotwords)
        return false;
    bool letter = t->n == 1 && t->w[0] && strchr("cmtphw", t->w[0]);
    if (t->n == 2 && t->w[0] == 'c' && t->w[1] == 'b') /* (and with '#': "cb#6174829031") */
        return !t->is_key && !(s && t->end < len && s[t->end] == '#');
    if (!letter && strcmp(t->w, "home") != 0 && strcmp(t->w, "fx") != 0 &&
        strcmp(t->w, "hp") != 0 && strcmp(t->w, "wk") != 0 && strcmp(t->w, "hm") != 0 &&
        strcmp(t->w, "ruf") != 0)
        return false;
    /* (a '#' after it keys it too: "Wk# 3129264000") */
    if (!letter && s && t->end < len && s[t->end] == '#')
        return false;
    /* (but a one-letter key of code is none: {"t": ...}, p=...) */
    return !t->is_key || (letter && t->code_key);
}

/* Whether token t is "PH" in capitals without a key's ':', '.' or '#' after
 * it: the Philippines' country code ("Nationality: PH  Iqama: ..."), not
 * a phone's label ("Ph: ...", "PH. ..."). */
static bool philippines(const token *t, const uint8_t *s, size_t len)
{
    return s && t->upper && t->n == 2 && t->w[0] == 'p' && t->w[1] == 'h' &&
           (t->end == len || (s[t->end] != ':' && s[t->end] != '.' && s[t->end] != '#'));
}

static inline bool is_for(const token *t)
{
    return t->n == 3 && t->w[0] == 'f' && t->w[1] == 'o' && t->w[2] == 'r';
}

/* Words that only say "number" ("Part no.", "passport_no"): a label may be
 * followed by one, and a key made of one defers to the words before it. */
static bool number_word(const token *t)
{
    static const char *const words[] = {"n",      "nbr", "no",     "nr",  "num", "number",
                                        "numero", "nº",  "nummer", "val", "value",
                                        "号",     "番",  "编"}; /* ("订单号", "注文番号", "编号") */
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether the hotword at before[i] follows "for" (up to three words
 * between) in a label that a hotword of another entity begins: "Routing
 * number for direct deposit:", "Routing number for the agency commission
 * deposit:" name a routing number; the head comes first. */
static bool modifier_of_other(const pii_ruleset *rs, const hotword *table, size_t count,
                              uint32_t want, const token *before, size_t nb, size_t i,
                              const uint8_t *s)
{
    size_t f = i;
    while (f > 0 && i - f < 4 && !is_for(&before[f - 1]))
        f--;
    if (!s || f == 0 || !is_for(&before[f - 1]))
        return false;
    for (size_t k = f - 1; k < i; k++) /* (words, a space apart: not an address's parts) */
        if (before[k].end + 1 != before[k + 1].start || s[before[k].end] != ' ')
            return false;
    /* (the head right before "for", maybe with its number word: "deposit
     * failed for routing" has none) */
    size_t e = f - 1;
    while (e > 0 && number_word(&before[e - 1]))
        e--;
    uint32_t ent;
    for (size_t j = 0; j < e; j++)
        if (match_memo(rs, table, count, before, nb, j, &ent) == e - j && !(ent & want))
            return true;
    return false;
}

/* Whether toks[j] (after a label) is a number of the label's own ("listed
 * in item 1", then a value on the next line): digits that are not the
 * start of the value at `start` ("ID: 482 117 396" is one number). */
static bool own_number(const token *toks, size_t n, size_t j, size_t start, const uint8_t *s)
{
    if (j >= n || !s)
        return false;
    /* (digits, or digits and a letter: "item 9B") */
    size_t nd = toks[j].n;
    if (nd >= 2 && is_alpha((uint8_t)toks[j].w[nd - 1]))
        nd--;
    for (size_t k = 0; k < nd; k++)
        if (!is_digit((uint8_t)toks[j].w[k]))
            return false;
    if (j + 1 < n)
        return true;
    for (size_t g = toks[j].end; g < start; g++)
        if (s[g] != ' ' && s[g] != '-' && s[g] != '.')
            return true;
    return false;
}

/* Whether a hotword's phrase ends with toks[e]. */
static bool hotword_ends_at(const pii_ruleset *rs, const token *toks, size_t n, size_t e)
{
    uint32_t ent;
    for (size_t j = e > 4 ? e - 4 : 0; j <= e; j++)
        if (match_memo(rs, hotwords, hotword_count, toks, n, j, &ent) == e + 1 - j)
            return true;
    return false;
}

/* Whether the label of another number at toks[i] (or the word before it)
 * is joined by "or" or "and" to a hotword before it, or by '/' to it or
 * to the word before it:
 * both name one value ("California Driver License or ID Card No.:",
 * "Driver's License / State ID Number:"). */
static bool joined_to_hotword(const pii_ruleset *rs, const token *toks, size_t n, size_t i,
                              const uint8_t *s)
{
    /* (words of its own between maybe: "Driver license or state ID
     * number:", "Social Security No. or Federal Employer ID:") */
    for (size_t k = 1; k <= 3 && i >= k + 1; k++)
        if (toks[i - k].n <= 3 &&
            (strcmp(toks[i - k].w, "or") == 0 || strcmp(toks[i - k].w, "and") == 0)) {
            size_t e = i - k - 1; /* (past its number word: "Social Security No. or EIN:") */
            return hotword_ends_at(rs, toks, n, e) ||
                   (e > 0 && number_word(&toks[e]) && hotword_ends_at(rs, toks, n, e - 1));
        }
    /* (not kinds a '/' lists before it, each a hotword: "Savings/checking
     * balance:" is their balance) */
    for (size_t j = i; s && j > 0 && j + 1 >= i; j--)
        if (memchr(s + toks[j - 1].end, '/', toks[j].start - toks[j - 1].end))
            return hotword_ends_at(rs, toks, n, j - 1) &&
                   (j == i || !hotword_ends_at(rs, toks, n, j));
    /* (or it says how the value was read, in parentheses right after
     * the hotword: "MICR line (OCR):", "Routing number (OCR):"; a note
     * that names the kind wins, "Federal Tax ID (EIN):"; a word may
     * follow, "(OCR read)") */
    if (s && i > 0 && strcmp(toks[i].w, "ocr") == 0 &&
        (s[toks[i].end] == ')' ||
         (i + 1 < n && s[toks[i].end] == ' ' && toks[i + 1].start == toks[i].end + 1 &&
          s[toks[i + 1].end] == ')'))) {
        size_t g = toks[i - 1].end;
        while (g < toks[i].start && s[g] == ' ')
            g++;
        /* (past a number word or "line": "Routing number", "MICR line") */
        size_t e = i - 1;
        if (e > 0 && (number_word(&toks[e]) || strcmp(toks[e].w, "line") == 0))
            e--;
        if (g + 1 == toks[i].start && s[g] == '(')
            return hotword_ends_at(rs, toks, n, e);
    }
    return false;
}

/* Whether the label of another number at toks[i] is a person's role in
 * parentheses right after a hotword: whose value it is, not a number of
 * the role's ("SSN (Patient):", "Home Phone (Guarantor):"). */
static bool role_note(const pii_ruleset *rs, const token *toks, size_t n, size_t i,
                      const uint8_t *s)
{
    static const char *const roles[] = {"applicant", "borrower", "client",  "customer",
                                        "employee",  "guarantor", "member", "patient",
                                        "student",   "subscriber", "tenant"};
    if (!s || i == 0 || s[toks[i].end] != ')' || !word_in(&toks[i], roles, sizeof roles / sizeof roles[0]))
        return false;
    size_t g = toks[i - 1].end;
    g += s[g] == '.'; /* ("SOCIAL SECURITY NO. (Guarantor)") */
    while (g < toks[i].start && s[g] == ' ')
        g++;
    if (g + 1 != toks[i].start || s[g] != '(')
        return false;
    size_t h = i - 1; /* (after "on file" or "on record": "Card on file (guarantor):") */
    if (h >= 2 && strcmp(toks[h - 1].w, "on") == 0 &&
        (strcmp(toks[h].w, "file") == 0 || strcmp(toks[h].w, "record") == 0))
        h -= 2;
    return hotword_ends_at(rs, toks, n, h) ||
           (h >= 1 && number_word(&toks[h]) && hotword_ends_at(rs, toks, n, h - 1));
}

/* "in case" is English ("my cell in case: 646 516 1877"), not a case
 * number's label, unless a number's word follows ("in case no. 4417"). */
static bool in_case(const token *toks, size_t n, size_t i)
{
    static const char *const number_words[] = {"no", "nr", "num", "number", "id"};
    return strcmp(toks[i].w, "case") == 0 && i > 0 && strcmp(toks[i - 1].w, "in") == 0 &&
           !(i + 1 < n && word_in(&toks[i + 1], number_words, 5));
}

/* Whether the other number's label at before[i] names whose the phone
 * hotword right before it is ("Móvil del guía: 622 418 937": the guide's
 * mobile, not a waybill's number); a thing's number stays its own ("ssn
 * of the order 536221234"). */
static bool owner_of_hotword(const pii_ruleset *rs, const token *before, size_t nb, size_t i)
{
    static const char *const of[] = {"da", "de", "del", "des", "do", "du", "of", "the"};
    size_t k = i;
    while (k > 0 && i - k < 2 && word_in(&before[k - 1], of, sizeof of / sizeof of[0]))
        k--;
    uint32_t ent;
    return k < i && k > 0 &&
           match_memo(rs, hotwords, hotword_count, before, nb, k - 1, &ent) == 1 &&
           (ent & ENTITY_MASK(PII_PHONE_NUMBER));
}

/* "on request" is English ("SSN on request: 737-34-8206", "per request"),
 * not a request number's label, unless a number's word follows; nor is a
 * callback's request ("Subject: Callback request 617-650-2703"). */
static bool on_request(const token *toks, size_t n, size_t i)
{
    static const char *const words[] = {"by", "call", "callback", "on", "per", "upon"};
    static const char *const whose[] = {"client", "customer", "her", "his", "member",
                                        "patient", "their", "your"};
    if (toks[i].w[0] != 'r' || strcmp(toks[i].w, "request") != 0 || i == 0 ||
        (i + 1 < n && number_word(&toks[i + 1])))
        return false;
    /* (and whose between: "per customer request") */
    return word_in(&toks[i - 1], words, sizeof words / sizeof words[0]) ||
           (i > 1 && word_in(&toks[i - 1], whose, sizeof whose / sizeof whose[0]) &&
            word_in(&toks[i - 2], words, sizeof words / sizeof words[0]));
}

/* The check box after blanks from e, before `end`: "[ ]" or U+2610 empty,
 * "[X]" or U+2612 ticked ("SSN [ ]  EIN [X]"), or none. */
enum { BOX_NONE, BOX_EMPTY, BOX_TICKED };
static int check_box_after(const uint8_t *s, size_t e, size_t end)
{
    while (e < end && s[e] == ' ')
        e++;
    if (e + 3 > end)
        return BOX_NONE;
    if (s[e] == '[' && s[e + 2] == ']')
        return s[e + 1] == ' ' ? BOX_EMPTY : (s[e + 1] | 0x20) == 'x' ? BOX_TICKED : BOX_NONE;
    if (s[e] == 0xE2 && s[e + 1] == 0x98)
        return s[e + 2] == 0x90 ? BOX_EMPTY : s[e + 2] == 0x92 ? BOX_TICKED : BOX_NONE;
    return BOX_NONE;
}

/* The check box before blanks that end at e, after `from`: as
 * check_box_after() reads one ("[X] EIN"). */
static int check_box_before(const uint8_t *s, size_t from, size_t e)
{
    while (e > from && s[e - 1] == ' ')
        e--;
    if (e < from + 3)
        return BOX_NONE;
    return check_box_after(s, e - 3, e);
}

/* Whether before[i] is inside a note in parentheses that says what a
 * label's value is for or on whose word it is given ("Social Security
 * Number (for identity verification only):", "(required for NRC access
 * authorization)", "SSN (unredacted per sealed order):") or when it
 * applies ("(if different from patient)", "(Leave blank if VA file number
 * is same)"): "for", "per" or "if" before it in the note, and no label of
 * its own.  The note's first word, or SIZE_MAX. */
static size_t purpose_note_at(const token *before, size_t i, const uint8_t *s)
{
    /* (the nearest word after a '(', then no ')' from it on) */
    size_t k = i;
    while (k > 0 && i - k < 6 && !(before[k].start > 0 && s[before[k].start - 1] == '('))
        k--;
    if (!(k < i && before[k].start > 0 && s[before[k].start - 1] == '(') ||
        memchr(s + before[k].end, ')', before[i].start - before[k].end))
        return SIZE_MAX;
    for (size_t j = k; j < i; j++)
        if ((before[j].n == 3 && (is_for(&before[j]) || strcmp(before[j].w, "per") == 0)) ||
            (before[j].n == 2 && before[j].w[0] == 'i' && before[j].w[1] == 'f'))
            return k;
    return SIZE_MAX;
}

static bool in_purpose_note(const token *before, size_t i, const uint8_t *s)
{
    return purpose_note_at(before, i, s) != SIZE_MAX;
}

/* Whether hotword before[i] is inside such a note after another kind's
 * label: the label's value is not the hotword's ("Student ID (for SSN
 * verification only): 100923847"). */
static bool labelled_by_upto(const hotword *table, size_t count, const token *before, size_t nb,
                             const uint8_t *s, size_t cs);
static bool in_other_labels_note(const token *before, size_t i, const uint8_t *s)
{
    size_t k = purpose_note_at(before, i, s);
    return k != SIZE_MAX && k > 0 &&
           labelled_by_upto(other_labels, other_label_count, before, k, s, before[k].start - 1);
}

/* Whether the check boxes on the line of a (from lo) stand before their
 * labels: its first box follows no letter, but the line's start, a ':', a
 * value or an option's letter ("Taxpayer ID: [X] SSN  [ ] EIN", "Tax ID:
 * 471829034  [X] EIN  [ ] SSN", "ID used:  a [X] Driver's license  b [ ]
 * Passport"); not "SSN [X]  EIN [ ]", "DL [X]  Passport [ ]". */
static bool boxes_first(const uint8_t *s, size_t lo, size_t a)
{
    size_t ls = a;
    while (ls > lo && s[ls - 1] != '\n' && a - ls < 160)
        ls--;
    size_t b = ls; /* the line's first box */
    while (b < a && s[b] != '[' && !(s[b] == 0xE2 && s[b + 1] == 0x98))
        b++;
    while (b > ls && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    /* (an option's letter is a word of one letter after a blank or a ':') */
    if (b > ls + 1 && is_alpha(s[b - 1]) && b < a && s[b] == ' ' &&
        (s[b - 2] == ' ' || s[b - 2] == ':' || s[b - 2] == '\t'))
        return true;
    return b == ls || !is_alpha(s[b - 1]);
}

/* Whether the label [a, e) before the value at `start` has an empty check
 * box of its own (boxes_first() says which side). */
static bool own_box_empty(const uint8_t *s, size_t a, size_t e, size_t start)
{
    int after = check_box_after(s, e, start);
    int before = a > 0 ? check_box_before(s, 0, a) : BOX_NONE;
    if (after == BOX_NONE && before == BOX_NONE)
        return false; /* (most labels) */
    return (boxes_first(s, 0, a) ? before : after) == BOX_EMPTY;
}

/* Whether other label before[i] is a word that names a number only as a
 * key or before a number's word ("validation=", "Validation No.", a
 * receipt's "Tran #"), not in prose ("payment form validation", a surname),
 * or only outside a phone's object; cs: where the value begins. */
static bool loose_other_word(const token *before, size_t nb, size_t i, const uint8_t *s,
                             size_t cs)
{
    /* (3-D Secure's phone objects name the number "subscriber": "homePhone":
     * {"cc": "1", "subscriber": "6176502703"}) */
    if (before[i].w[0] == 's' && strcmp(before[i].w, "subscriber") == 0) {
        for (size_t k = i > 4 ? i - 4 : 0; k < i; k++)
            if (strcmp(before[k].w, "phone") == 0)
                return true;
        return false;
    }
    /* ("Store-Reg-Tran:", "Tran #"; not "Kim Tran 214-555-0177") */
    if (before[i].w[0] == 't' && strcmp(before[i].w, "tran") == 0) {
        size_t e = before[i].end;
        while (s && e < cs && s[e] == ' ')
            e++;
        return !before[i].is_key && !(i + 1 < nb && number_word(&before[i + 1])) &&
               !(s && e < cs && s[e] == '#');
    }
    return before[i].w[0] == 'v' && strcmp(before[i].w, "validation") == 0 && !before[i].code_key &&
           !(i + 1 < nb && number_word(&before[i + 1]));
}

/* Whether before[i] is "Text" joined to the word before it, the type that
 * ends a schema's element name (FinCEN's XML: "<AccountNumberText>"): no
 * phone's "text". */
static bool type_suffix(const token *before, size_t i, const uint8_t *s)
{
    return i > 0 && before[i].w[0] == 't' && strcmp(before[i].w, "text") == 0 &&
           (before[i - 1].end == before[i].start ||
            (before[i - 1].end + 1 == before[i].start && s[before[i - 1].end] == '_'));
}

/* Whether "deposit" at before[i], a blank before the value at `start`,
 * names a deposit itself, its ticket or batch as a ledger's memo writes
 * it ("Deposit 0044172"): not a direct deposit's, not a key's. */
static bool deposit_ticket(const token *before, size_t i, const uint8_t *s, size_t start)
{
    static const char *const banks[] = {"bank", "direct", "instant", "savings"};
    return before[i].w[0] == 'd' && strcmp(before[i].w, "deposit") == 0 &&
           before[i].end + 1 == start && s[before[i].end] == ' ' &&
           !(i > 0 && word_in(&before[i - 1], banks, sizeof banks / sizeof banks[0]));
}

/* Whether the key that ends with before[nb - 1] says only "ID" of what
 * the element around it names: NIEM's "IdentificationID"
 * (<nc:PersonSSNIdentification><nc:IdentificationID>...). */
static bool generic_id_key(const token *before, size_t nb)
{
    /* (or an ID's number in one word, its letters capitals:
     * "IDNumber", as a pawn shop's police export keys it) */
    static const char *const glued[] = {"idno", "idnum", "idnumber"};
    const token *last = nb >= 1 ? &before[nb - 1] : NULL;
    if (last && last->n >= 4 && last->w[0] == 'i' && last->w[1] == 'd' &&
        word_in(last, glued, sizeof glued / sizeof glued[0]))
        return true;
    return nb >= 2 && strcmp(before[nb - 1].w, "id") == 0 &&
           strcmp(before[nb - 2].w, "identification") == 0 &&
           before[nb - 2].end == before[nb - 1].start;
}

/* Whether the phrase before[i, i + k) of single letters is part of a
 * longer run of initials joined by '.', another letter before or after it
 * ("O.P.R.C.C.T.", a Texas county's official records: no "c/c" account). */
static bool inside_initials(const token *before, size_t nb, size_t i, size_t k,
                            const uint8_t *s)
{
    for (size_t j = i; j < i + k; j++)
        if (before[j].n != 1)
            return false;
    bool after = i + k < nb && before[i + k].n == 1 &&
                 before[i + k].start == before[i + k - 1].end + 1 && s[before[i + k - 1].end] == '.';
    bool prior = i > 0 && before[i - 1].n == 1 && before[i].start == before[i - 1].end + 1 &&
                 s[before[i - 1].end] == '.';
    return after || prior;
}

/* Whether the hotword t is "Call:" as a record's key, or "calls", before
 * a value [a, e) of digits alone: a call center's record names its calls
 * so ("Agent: 20417   Call: 7392018456", "Calls reviewed: ..."); a
 * number to call is written with its groups or after the verb ("Please
 * call 7392018456"). */
static bool call_record(const token *t, const uint8_t *s, size_t a, size_t e)
{
    if (t->w[0] != 'c' || !(strcmp(t->w, "calls") == 0 || (strcmp(t->w, "call") == 0 && t->is_key)))
        return false;
    if (e <= a)
        return false;
    for (size_t k = a; k < e; k++) /* (a list of them too) */
        if (!is_digit(s[k]) && s[k] != ',' && s[k] != ' ')
            return false;
    return true;
}

/* Nearest distance (bytes) of a phrase from `table` speaking for one of
 * `want`; SIZE_MAX when none.  Before the candidate distances count once,
 * after it twice: labels usually come first. */
/* Whether before[i] is a possessive with words after it before the value
 * at start ("patient's credit union"): it names an owner. */
static bool possessive(const token *before, size_t nb, size_t i, const uint8_t *s, size_t start)
{
    return i + 1 < nb && s[before[i].end] == '\'' && before[i].end + 1 < start &&
           s[before[i].end + 1] == 's';
}

static size_t nearest(const pii_ruleset *rs, const hotword *table, size_t count, uint32_t want,
                      const token *before,
                      size_t nb, const token *after, size_t na, size_t start, size_t end,
                      const uint8_t *s, size_t len)
{
    size_t best = SIZE_MAX;
    uint32_t ent;
    size_t unticked = 0; /* the end of a phrase whose box is empty */
    bool own_other = false; /* the value's own label names another kind */
    for (size_t i = 0; i < nb; i++) {
        size_t k = match_memo(rs, table, count, before, nb, i, &ent);
        if (k > 1 && s && (table == other_labels || table == hotwords) &&
            own_box_empty(s, before[i].start, before[i + k - 1].end, start))
            unticked = i + k; /* (and the words in it: "license" of "[ ] Driver's license") */
        /* (Spanish and Portuguese name an account's kind after it, the
         * label's last words: "Nº de cuenta del préstamo:") */
        bool kind_after = k && (ent & want) && want == ENTITY_MASK(PII_US_BANK_NUMBER) &&
                          table == hotwords && nb - (i + k) <= 3 &&
                          account_of_kind_after(before, nb, i + k - 1, s);
        if (k && (ent & want) && i >= unticked &&
            (kind_after || other_kind(rs, table, want, before, nb, i, s, len))) {
            /* (a thing of another kind; the value's own label, and then no
             * word farther back speaks for it: "Front of card scanned.
             * Health insurance card no. 8084 ...") */
            size_t e = kind_after ? nb : i + k;
            /* (and the rest of its identifier: "userAccountControl:") */
            while (e < nb && s && ident_joined(&before[e - 1], &before[e], s))
                e++;
            while (e < nb && number_word(&before[e]))
                e++;
            if (e == nb) {
                best = SIZE_MAX;
                own_other = true;
            }
            continue;
        }
        if (!k || !(ent & want) || i < unticked ||
            (k == 1 && (key_only_hotword(table, &before[i], s, start + 1) ||
                        philippines(&before[i], s, start + 1))) ||
            (table == other_labels &&
             (own_number(before, nb, i + k, start, s) || joined_to_hotword(rs, before, nb, i, s) ||
              loose_other_word(before, nb, i, s, start) ||
              in_case(before, nb, i) || on_request(before, nb, i) ||
              (k == 1 && generic_id_key(before, i + 1)) ||
              /* (an owner's possessive names no number: "routing number for
               * the patient's credit union is ...") */
              (k == 1 && s && possessive(before, nb, i, s, start)) ||
              (s && in_purpose_note(before, i, s)) ||
              role_note(rs, before, nb, i, s) ||
              owner_of_hotword(rs, before, nb, i) ||
              (k == 1 && s && own_box_empty(s, before[i].start, before[i].end, start)) ||
              /* (or its word before it, one box for both: "[ ] State ID") */
              (k == 1 && s && i > 0 && before[i - 1].end + 1 == before[i].start &&
               own_box_empty(s, before[i - 1].start, before[i].end, start)))) ||
            (table == hotwords && (modifier_of_other(rs, table, count, want, before, nb, i, s) ||
                                   /* (nor a hotword's: "Caller's store account
                                    * 5566091244"; but "Caller's number") */
                                   (k == 1 && s && possessive(before, nb, i, s, start) &&
                                    !number_word(&before[i + 1])) ||
                                   (k == 1 && s && call_record(&before[i], s, start, end)) ||
                                   (k > 1 && s && inside_initials(before, nb, i, k, s)) ||
                                   (k == 1 && s &&
                                    own_box_empty(s, before[i].start, before[i].end, start)) ||
                                   (k == 1 && i + 1 == nb && s && deposit_ticket(before, i, s, start)) ||
                                   (k == 1 && s && type_suffix(before, i, s)) ||
                                   (s && in_other_labels_note(before, i, s)))))
            continue; /* (a hotword's empty box: "DL [X]  Passport [ ]") */
        /* (from its number word: "Passport No. 567123489, SS card" is the
         * passport's) */
        size_t e = i + k - 1;
        if (table == hotwords && e + 2 == nb && before[e + 1].n >= 2 &&
            number_word(&before[e + 1]))
            e++; /* (not a letter: "DLN: N 368 940 043 573" is one value) */
        size_t d = start - before[e].end;
        if (d < best)
            best = d;
    }
    /* (nor do words after it: "Driver account #48201937 -- payout bank
     * changed to ...") */
    for (size_t i = 0; i < na && !own_other; i++) {
        size_t k = match_memo(rs, table, count, after, na, i, &ent);
        if (!k || !(ent & want) || after[i + k - 1].is_key)
            continue;
        /* (a thing of another kind, "... conta de energia"; in a note
         * right after the value, the value's kind: "5566-0912-4471
         * (Comenity store account)", "(software license)"; but not a
         * bank's name, "(Bank of America)") */
        if (other_kind(rs, table, want, after, na, i, s, len)) {
            if (s && !(hotword_names_other(after, na, i) & want) &&
                notes_value_before(s, len, end, after[i].start, after[i + k - 1].end))
                return SIZE_MAX;
            continue;
        }
        if ((k > 1 && s && table == hotwords && inside_initials(after, na, i, k, s)) ||
            (k == 1 && (key_only_hotword(table, &after[i], s, len) ||
                        philippines(&after[i], s, len))) ||
            (s && labels_next(&after[i + k - 1], s, len) &&
             !notes_value_before(s, len, end, after[i].start, after[i + k - 1].end)))
            continue;
        /* (a bank's name, whose routing and account numbers it may follow
         * alike, labels neither: "4418220917  JPMORGAN CHASE BANK NA",
         * "ABA 011630401 (Citizens Bank)") */
        if (k == 1 && i > 0 && strcmp(after[i].w, "bank") == 0 && s &&
            is_upper(s[after[i - 1].start]) && after[i - 1].end + 1 == after[i].start)
            continue;
        /* (a note in parentheses right after the value is as near as words
         * get: "Direct deposit: 264232449 (routing)") */
        size_t d = s && (s[after[i].start - 1] == '(' || s[after[i].start - 1] == ' ') &&
                           notes_value_before(s, len, end, after[i].start, after[i + k - 1].end)
                       ? 0
                       : 2 * (after[i].start - end);
        if (d < best)
            best = d;
    }
    return best;
}

/* Short words that are hotwords (or other numbers' labels) only in
 * capitals: "us" written in lower case is usually the pronoun, "ss" the
 * seconds of "hh:mm:ss", "rt" a retweet, "ein" the German article (EIN:
 * an employer's number), "kid" a child (KID: Norway's payment reference),
 * "mid" a middle (MID: a merchant's ID), "soc" social (SOC: NCIC's
 * field for an SSN), "sin" Spanish's "without" (SIN: Canada's Social
 * Insurance Number), "btn" a button (BTN: a billing telephone number).
 * Each is kept in lower case only
 * as part of an identifier (passport_us, ss_number), before '#' ("ss#")
 * or as a key ("mid=4445012345677"). */
static void drop_lowercase_abbreviations(const uint8_t *s, size_t len, token *t, size_t n)
{
    static const char *const words[] = {"us", "ss", "rt", "ein", "kid", "mid", "soc", "sin", "btn"};
    for (size_t i = 0; i < n; i++) {
        if (t[i].upper || t[i].n < 2 || t[i].n > 3)
            continue;
        if (!word_in(&t[i], words, sizeof words / sizeof words[0]))
            continue;
        if (i + 1 < n && t[i].w[0] == 's' && strcmp(t[i + 1].w, "sec") == 0)
            continue; /* ("Soc Sec No", "SocSec": a phrase of its own) */
        bool in_ident = (t[i].start > 0 && s[t[i].start - 1] == '_') ||
                        (t[i].end < len &&
                         (s[t[i].end] == '_' || s[t[i].end] == '#' || s[t[i].end] == '='));
        if (!in_ident)
            t[i].w[0] = '\0';
    }
}

/* Blank "Lic." before a name: the title of a graduate in Spanish
 * ("Lic. Carolina Ortiz", licenciada; a chat's "Lic. Abara:"), not a license's label ("Lic. No.",
 * "Lic. #", "Lic. State:"). */
static void drop_titles(const uint8_t *s, token *t, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (t[i].n != 3 || strcmp(t[i].w, "lic") != 0 || s[t[i].end] != '.' ||
            t[i + 1].start != t[i].end + 2 || s[t[i].end + 1] != ' ')
            continue;
        /* (a speaker's name too, "Lic. Abara:", but not the license's
         * own fields, "Lic. State:") */
        static const char *const fields[] = {"class", "exp",    "expires", "issued",
                                             "state", "status", "type"};
        const token *name = &t[i + 1];
        if (name->n >= 2 && is_upper(s[name->start]) &&
            !(name->is_key && word_in(name, fields, sizeof fields / sizeof fields[0])) &&
            !number_word(name) && is_alpha(s[name->start + 1]))
            t[i].w[0] = '\0';
    }
}

/* Blank the words of a note in parentheses that says what a value is not
 * ("Subscriber ID # (do not enter SSN):", "Member ID (not SSN)"): its
 * hotwords name no value.  The note begins with a negation (English,
 * German, Spanish, French, Dutch, Polish), or "do", "please", "don"
 * ("don't": "don" and "t") or "if" before one ("U.S. passport (if no
 * SSN):"). */
static void drop_negated_notes(const uint8_t *s, size_t len, token *t, size_t n)
{
    static const char *const neg[] = {"not", "no",  "never", "without", "nicht", "kein",
                                      "keine", "sin", "non", "ne", "pas", "niet", "geen", "nie"};
    static const char *const lead[] = {"do", "please", "don", "dont", "if"}; /* ("(if no SSN)") */
    if (n < 2)
        return;
    /* each '(' before the last word, and the word right after it (a space
     * between maybe) */
    size_t i = 0, hi = t[n - 1].start;
    /* (from the byte before the first word: the words after a value may
     * begin with the note, "0612345678 (niet uw telefoonnummer)") */
    for (size_t o = t[0].start > 0 ? t[0].start - 1 : 0; o < hi;) {
        const uint8_t *q = memchr(s + o, '(', hi - o);
        if (!q)
            break;
        o = (size_t)(q - s) + 1;
        while (i < n && t[i].start < o)
            i++;
        if (i + 1 >= n || t[i].start - o > 1)
            continue;
        size_t k = i;
        if (word_in(&t[k], lead, sizeof lead / sizeof lead[0]))
            k++;
        /* (a negation and another word: "(No.)" is a number's word) */
        if (k + 1 >= n || !word_in(&t[k], neg, sizeof neg / sizeof neg[0]) ||
            memchr(s + t[i].start, ')', t[k + 1].start - t[i].start))
            continue;
        for (; i < n; i++) {
            size_t to = i + 1 < n ? t[i + 1].start : t[i].end < len ? t[i].end + 1 : len;
            bool closes = memchr(s + t[i].start, ')', to - t[i].start) != NULL;
            t[i].w[0] = '\0';
            if (closes)
                break;
        }
        if (i < n)
            o = t[i].end > o ? t[i].end : o;
    }
}

/* ---- tables ---- */

void table_reset(table_state *t)
{
    /* the kept lines are copies of input: wiped, as far as they were used
     * (a reset per short call must not cost kilobytes of writes) */
    memset(t->names, 0, t->names_high);
    memset(t->cur, 0, t->cur_high);
    t->names_high = t->cur_high = 0;
    t->active = false;
    t->delim = 0;
    t->quote = 0;
    t->tuple = false;
    t->aligned = false;
    t->single = false;
    t->inner = TABLE_INNER_NONE;
    t->nfields = 0;
    t->pos = t->line_start = 0;
    t->cur_len = 0;
    t->cur_too_long = false;
    t->cur_field = 0;
    t->cur_quote = false;
    t->cur_depth = 0;
    t->tight = false;
    t->cur_loose = 0;
    t->cur_pending = false;
    t->cur_lines = 0;
}

/* What a header's field may hold: letters, digits, _ .#/()-%$'& and the
 * bytes of characters beyond ASCII ("Driver's License", "Téléphone",
 * "Straße", "Nº") (a table: every byte of a line that may begin a table
 * asks); ' ' and '"' by themselves, as trimming treats them. */
enum { HC_NONE = 0, HC_FIELD, HC_SPACE, HC_QUOTE };
#define HC_HIGH16 HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, \
                  HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD, HC_FIELD
static const uint8_t header_chars[256] = {
    [0x80] = HC_HIGH16, HC_HIGH16, HC_HIGH16, HC_HIGH16, HC_HIGH16, HC_HIGH16, HC_HIGH16, HC_HIGH16,
    ['0'] = HC_FIELD, ['1'] = HC_FIELD, ['2'] = HC_FIELD, ['3'] = HC_FIELD, ['4'] = HC_FIELD,
    ['5'] = HC_FIELD, ['6'] = HC_FIELD, ['7'] = HC_FIELD, ['8'] = HC_FIELD, ['9'] = HC_FIELD,
    ['A'] = HC_FIELD, ['B'] = HC_FIELD, ['C'] = HC_FIELD, ['D'] = HC_FIELD, ['E'] = HC_FIELD,
    ['F'] = HC_FIELD, ['G'] = HC_FIELD, ['H'] = HC_FIELD, ['I'] = HC_FIELD, ['J'] = HC_FIELD,
    ['K'] = HC_FIELD, ['L'] = HC_FIELD, ['M'] = HC_FIELD, ['N'] = HC_FIELD, ['O'] = HC_FIELD,
    ['P'] = HC_FIELD, ['Q'] = HC_FIELD, ['R'] = HC_FIELD, ['S'] = HC_FIELD, ['T'] = HC_FIELD,
    ['U'] = HC_FIELD, ['V'] = HC_FIELD, ['W'] = HC_FIELD, ['X'] = HC_FIELD, ['Y'] = HC_FIELD,
    ['Z'] = HC_FIELD, ['a'] = HC_FIELD, ['b'] = HC_FIELD, ['c'] = HC_FIELD, ['d'] = HC_FIELD,
    ['e'] = HC_FIELD, ['f'] = HC_FIELD, ['g'] = HC_FIELD, ['h'] = HC_FIELD, ['i'] = HC_FIELD,
    ['j'] = HC_FIELD, ['k'] = HC_FIELD, ['l'] = HC_FIELD, ['m'] = HC_FIELD, ['n'] = HC_FIELD,
    ['o'] = HC_FIELD, ['p'] = HC_FIELD, ['q'] = HC_FIELD, ['r'] = HC_FIELD, ['s'] = HC_FIELD,
    ['t'] = HC_FIELD, ['u'] = HC_FIELD, ['v'] = HC_FIELD, ['w'] = HC_FIELD, ['x'] = HC_FIELD,
    ['y'] = HC_FIELD, ['z'] = HC_FIELD, ['_'] = HC_FIELD, [' '] = HC_SPACE, ['.'] = HC_FIELD,
    ['#'] = HC_FIELD, ['/'] = HC_FIELD, ['('] = HC_FIELD, [')'] = HC_FIELD, ['-'] = HC_FIELD,
    ['%'] = HC_FIELD, ['$'] = HC_FIELD, /* "Share %", "Amount ($)" */
    ['&'] = HC_FIELD,                   /* "Address 1&2 (Billing)", as WooCommerce exports */
    ['\''] = HC_FIELD,                   /* "Driver's License", "Date d'expiration" */
    ['['] = HC_FIELD, [']'] = HC_FIELD, /* a record's field: "customer[email]" (Chargebee) */
    ['"'] = HC_QUOTE,
    ['*'] = HC_QUOTE, /* a required column's mark: "*ContactName" */
};
#undef HC_HIGH16

static inline bool header_char(uint8_t c)
{
    return header_chars[c] != HC_NONE;
}

/* Whether line[0, len) begins with `word` (lower case), case aside. */
static bool starts_with_ci(const char *line, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (to_lower((uint8_t)line[i]) != (uint8_t)word[i])
            return false;
    return true;
}

/* Whether the line begins a SQL statement sql_header_parse() reads (every
 * line start of a table asks: the first letter decides most at once). */
static inline bool sql_statement(const char *line, size_t len)
{
    uint8_t c = len ? (uint8_t)(line[0] | 0x20) : 0;
    return table_line_is_insert((const uint8_t *)line, len) ||
           (c == 'c' && starts_with_ci(line, len, "copy "));
}

/* The column list of the SQL statement that begins line[0, len),
 * "INSERT INTO t (a, b, c)" or "COPY t (a, b, c)": the offsets of its
 * fields (off[nf] is one past the ')' that ends the last), two at least. */
static bool sql_column_list(const char *line, size_t len, unsigned *nf_out,
                            uint16_t off[TABLE_MAX_FIELDS + 1])
{
    if (!sql_statement(line, len))
        return false;
    bool insert = (line[0] | 0x20) == 'i';
    /* the table's name: a word, maybe quoted or with its schema */
    size_t i = insert ? 12 : 5;
    while (i < len && line[i] == ' ')
        i++;
    size_t name = i;
    while (i < len && (is_alnum((uint8_t)line[i]) || line[i] == '_' || line[i] == '.' ||
                       line[i] == '"' || line[i] == '`'))
        i++;
    if (i == name)
        return false;
    while (i < len && line[i] == ' ')
        i++;
    if (i == len || line[i] != '(')
        return false;
    i++;
    unsigned nf = 0;
    for (;;) {
        size_t st = i;
        while (i < len && line[i] == ' ')
            i++;
        size_t a = i;
        while (i < len && (is_alnum((uint8_t)line[i]) || line[i] == '_' || line[i] == '"' ||
                           line[i] == '`'))
            i++;
        size_t b = i;
        while (i < len && line[i] == ' ')
            i++;
        if (b == a || b - a > 48 || i == len || (line[i] != ',' && line[i] != ')') ||
            nf == TABLE_MAX_FIELDS)
            return false;
        off[nf++] = (uint16_t)st;
        if (line[i++] == ')')
            break;
    }
    if (nf < 2)
        return false;
    off[nf] = (uint16_t)i;
    *nf_out = nf;
    return true;
}

/* A SQL statement whose column list names the fields of the lines below
 * it, as database dumps write them: "INSERT INTO t (a, b, c) VALUES" with
 * a tuple per line below ("  (1, 'x', 'y'),"; VALUES maybe on a line of
 * its own between), or PostgreSQL's "COPY t
 * (a, b, c) FROM stdin;" with tab-separated lines below.  The outputs as
 * header_parse()'s; the column names are the fields (off[nf] is one past
 * the ')' that ends the last).  Two columns at least, as a CSV header
 * has: with one, every line below would count as a row. */
static bool sql_header_parse(const char *line, size_t len, char *delim_out, char *quote_out,
                             bool *tuple_out, unsigned *nf_out, uint16_t off[TABLE_MAX_FIELDS + 1])
{
    unsigned nf;
    if (!sql_column_list(line, len, &nf, off))
        return false;
    bool insert = (line[0] | 0x20) == 'i';
    size_t i = off[nf];
    const char *tail = insert ? "values" : "from stdin;";
    while (i < len && (line[i] == ' ' || line[i] == '\r'))
        i++;
    /* (an INSERT's VALUES may stand on the next line: values_line()) */
    if (!(insert && i == len)) {
        if (!starts_with_ci(line + i, len - i, tail))
            return false;
        for (i += strlen(tail); i < len; i++)
            if (line[i] != ' ' && line[i] != '\r')
                return false;
    }
    *delim_out = insert ? ',' : '\t';
    *quote_out = insert ? '\'' : 0;
    *tuple_out = insert;
    *nf_out = nf;
    return true;
}


/* Whether byte c may begin a header's name: a letter, ASCII or the first
 * byte of one of another script ("Телефон", "电话"; not of U+0080-U+00BF
 * nor of the symbols' and punctuation's U+2000-U+2FFF). */
static inline bool header_name_start(uint8_t c)
{
    return is_alpha(c) || (c >= 0xC3 && c <= 0xF4 && c != 0xE2);
}

/* Where a note in brackets that begins at line[i] ('[') ends (its ']'),
 * or 0: up to 40 bytes of words, digits and '.', '-', '+', '/' ("[txt]",
 * a bulk upload's "[Required]", "[MUST BE IN THE E.164 FORMAT]", as
 * Google Workspace's template marks its columns). */
static inline size_t bracket_note_end(const char *line, size_t i, size_t len)
{
    size_t k = i + 1;
    while (k < len && k - i <= 40 &&
           (is_alnum((uint8_t)line[k]) || line[k] == ' ' || line[k] == '.' || line[k] == '-' ||
            line[k] == '+' || line[k] == '/'))
        k++;
    return k > i + 1 && k < len && line[k] == ']' && line[i + 1] != ' ' ? k : 0;
}

/* The length of a type's tag or note that ends a header's name line[a, b),
 * " [txt]" (bracket_note_end(), after a blank), or 0. */
static inline size_t type_tag_end(const char *line, size_t a, size_t b)
{
    if (b - a < 5 || line[b - 1] != ']')
        return 0;
    size_t k = b - 1;
    while (k > a && b - 1 - k <= 40 && line[k - 1] != '[')
        k--;
    if (k < a + 3 || line[k - 1] != '[' || line[k - 2] != ' ' ||
        bracket_note_end(line, k - 1, b) != b - 1)
        return 0;
    return b - (k - 2);
}

/* Whether line[a] begins a header's name: header_name_start(), or '$' and
 * a letter, as Mixpanel names its own properties ("$email", "$phone"), or
 * '#' and a word, or
 * an ordinal, as a carrier's call records name a column "1st Cell(CGI)",
 * or the name is a range of days, as an aging report's buckets ("0-30",
 * "31-60"). */
static inline bool header_name_at(const char *line, size_t a, size_t b)
{
    if (is_digit((uint8_t)line[a]) && !header_name_start((uint8_t)line[a])) {
        /* (a form's or a year's number before a word: "1099-MISC
         * Required", "2023 Total") */
        size_t w = a;
        while (w < b && w - a < 4 && is_digit((uint8_t)line[w]))
            w++;
        /* (a plan's section of the tax code: "401(k) Deferrals", "403(b)
         * Balance", "401k Match") */
        if (w + 3 < b && line[w] == '(' && is_lower((uint8_t)line[w + 1]) && line[w + 2] == ')')
            w += 3;
        else if (w + 1 < b && w - a == 3 && is_lower((uint8_t)line[w]) && line[w + 1] == ' ')
            w++;
        if (w + 2 < b && (line[w] == '-' || line[w] == ' ') && is_alpha((uint8_t)line[w + 1]) &&
            is_alpha((uint8_t)line[w + 2]))
            return true;
        size_t k = a + 1;
        if (k < b && is_digit((uint8_t)line[k]))
            k++;
        if (k < b && line[k] == '-') {
            size_t e = k + 1;
            while (e < b && e - k <= 3 && is_digit((uint8_t)line[e]))
                e++;
            return e == b && e - k >= 2 && e - k <= 4;
        }
        if (k + 2 > b)
            return false;
        char x = (char)(line[k] | 0x20), y = (char)(line[k + 1] | 0x20);
        return ((x == 's' && y == 't') || (x == 'n' && y == 'd') || (x == 'r' && y == 'd') ||
                (x == 't' && y == 'h')) &&
               (k + 2 == b || !is_alpha((uint8_t)line[k + 2]));
    }
    /* (a count's '#' before its word, as rosters name a column "#
     * Children", "# of Dependents") */
    size_t w = line[a] == '#' && a + 1 < b && line[a + 1] == ' ' ? a + 2 : a + 1;
    if (line[a] == '$' && w < b && line[w] == '/')
        w++; /* (a price's unit: "$/Cwt", "$/Bu") */
    return header_name_start((uint8_t)line[a]) ||
           ((line[a] == '$' || line[a] == '#') && w < b && is_alpha((uint8_t)line[w]));
}

/* Whether a table's header may begin with byte c: a letter, a quote, the
 * '|' of a Markdown table ("| Name | SSN |") or the first byte of psql's
 * box-drawing one ("│ id │ ssn │"), the indentation of a report's aligned
 * columns, a byte order mark's first byte, the '*' that marks a required
 * column ("*ContactName", as Xero exports), the ',' of an empty first
 * column (QuickBooks' reports) or the '$' of Mixpanel's own names. */
static inline bool table_line_may_begin(uint8_t c)
{
    return header_name_start(c) || c == '"' || c == '|' || c == ' ' || c == 0xE2 || c == '*' ||
           c == ',' || c == '$' || c == '\f' || c == '`' || c == 0x1B;
}

/* Whether line[i, len) begins with a box-drawing bar (U+2502). */
static inline bool box_bar(const char *line, size_t len, size_t i)
{
    return i + 2 < len && table_box_bar_at((const uint8_t *)line, i + 2);
}

/* Whether line[i] is a '?' that ends a column's name, as forms ask
 * ("U.S. Citizen?  Veteran?"): a space, a delimiter or the line's end
 * after it. */
static inline bool question_end(const char *line, size_t len, size_t i)
{
    return line[i] == '?' && i > 0 && is_alpha((uint8_t)line[i - 1]) &&
           (i + 1 == len || line[i + 1] == ' ' || line[i + 1] == '\t' || line[i + 1] == '\r' ||
            line[i + 1] == '\n' || line[i + 1] == ',' || line[i + 1] == '|');
}

#define COLUMN_LABEL_MAX 40
static bool column_label(const char *line, size_t len, size_t *name_end);
static bool next_may_be_value(const uint8_t *p, size_t n);
/* Whether line[0, len) is a label alone on its line indented as a form's
 * fields are, a capital or '#' first as an aligned header's name
 * ("  Bank Routing #"; column_label(), header_parse()). */
static bool indented_column_label(const char *line, size_t len)
{
    size_t ind = 0, e, name_end;
    while (ind < len && ind < TABLE_INDENT_MAX && line[ind] == ' ')
        ind++;
    if (ind == len || !((line[ind] >= 'A' && line[ind] <= 'Z') || line[ind] == '#'))
        return false;
    size_t reach = len - ind < COLUMN_LABEL_MAX + 3 ? len - ind : COLUMN_LABEL_MAX + 3;
    const char *nl = memchr(line + ind, '\n', reach);
    if (!nl && reach < len - ind)
        return false; /* (a longer line) */
    e = nl ? (size_t)(nl - line) : len;
    /* (the line after it may hold a value, when it is there to read) */
    if (nl && !next_may_be_value((const uint8_t *)nl + 1, len - e - 1))
        return false;
    return column_label(line + ind, e - ind, &name_end);
}

/* header_start_ok() for a line that begins with a space: only psql's
 * result header, an aligned header or a label alone on its line may be
 * indented (table_indent_kind()). */
static bool indented_aligned_start_ok(const char *line, size_t len);
static bool indented_header_start_ok(const char *line, size_t len)
{
    int kind = table_indent_kind((const uint8_t *)line, len);
    if (kind == TABLE_INDENT_PIPES)
        return true; /* (header_parse() reads its names) */
    return kind == TABLE_INDENT_ALIGNED &&
           (indented_aligned_start_ok(line, len) || indented_column_label(line, len));
}

/* indented_header_start_ok() for an aligned header: the rest of the line
 * is a capital or '#' (as reports name their columns; code, stack traces
 * and YAML go on in lower case), or a name in lower case and a wide gap
 * (a data frame's header) and then only what its names hold, with a gap
 * of two spaces or more (two columns); and its first column's name, up to
 * the first gap, is at most three words of at most 20 letters, digits and
 * _ # . / - each (as
 * aligned_header_parse() takes it, stricter).  Most indented lines fail
 * within their first words: stack traces at '(' or a long name, YAML and
 * pretty JSON at ':', '"' or '-', prose at its fourth word. */
static bool indented_aligned_start_ok(const char *line, size_t len)
{
    size_t i = 0;
    while (line[i] == ' ')
        i++;
    unsigned words = 1, word_len = 0;
    for (; i < len && !(line[i] == ' ' && i + 1 < len && line[i + 1] == ' '); i++) {
        uint8_t ch = (uint8_t)line[i];
        if (ch == '(' && line[i - 1] == ' ') { /* a note's words are not the name's ("(9 DIG)") */
            size_t c = i + 1;
            while (c < len && c - i < 24 && (is_alnum((uint8_t)line[c]) || line[c] == ' ' ||
                                             line[c] == '-' || line[c] == '/' || line[c] == '.'))
                c++;
            if (c < len && line[c] == ')') {
                i = c;
                continue;
            }
            return false;
        }
        if (ch == ' ') {
            if (++words > 3)
                return false;
            word_len = 0;
        } else if (!(is_alnum(ch) || ch >= 0x80 || ch == '_' || ch == '#' || ch == '.' ||
                     ch == '/' || ch == '-') ||
                   ++word_len > 20) { /* (">= 0x80": "NÚM.", a letter of its own) */
            return false;
        }
    }
    unsigned gaps = 0, run = 0;
    for (; i < len && line[i] != '\n' && line[i] != '\r'; i++) {
        if (line[i] == ' ') {
            run++;
            continue;
        }
        if (header_chars[(uint8_t)line[i]] != HC_FIELD && !question_end(line, len, i))
            return false; /* (a form's question ends a name: "Citizen?") */
        gaps += run >= 2;
        run = 0;
    }
    return gaps >= 1; /* (two columns: try_header() asks for a hotword) */
}

/* Whether line[i, len) holds nothing but blanks up to its line's end. */
static bool blank_to_line_end(const char *line, size_t len, size_t i)
{
    for (; i < len && line[i] != '\n'; i++)
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            return false;
    return true;
}

/* The cheap rejects of header_parse(), from the start of a line alone:
 * log lines start with a time or '{'; and the first field is at least
 * what comes before the first delimiter of any kind, so three spaces
 * inside that (prose; but a note in parentheses may follow before an
 * aligned header's wide gap), more than 48 characters or a character no header
 * has (':' '=' '@' ...; but ':' may end a label alone on its line) rule the
 * line out.  line[0, len) may go on past the line's end, where this stops
 * (at '\n'): false only for a line that is certainly no header. */
/* Whether a number's word ("Number", "No.", "#") at line[i] ends a
 * header's first name of four words, a delimiter, two blanks or the
 * line's end after it ("Financial Institution Routing Number    Account
 * Number", "Bank Routing Transit Number,Account Number"). */
static bool number_word_ends_name(const char *line, size_t len, size_t i)
{
    static const char *const words[] = {"number", "no", "no.", "nr", "num", "nbr", "#"};
    if ((line[i] | 0x20) != 'n' && line[i] != '#')
        return false; /* (prose's fourth word: most lines end here) */
    size_t e = i;
    while (e < len && e - i < 7 && line[e] != ' ' && line[e] != ',' && line[e] != '\t' &&
           line[e] != ';' && line[e] != '|' && line[e] != '\r' && line[e] != '\n')
        e++;
    bool number = false;
    for (size_t k = 0; k < sizeof words / sizeof words[0] && !number; k++)
        number = e - i == strlen(words[k]) && starts_with_ci(line + i, e - i, words[k]);
    /* (or a note in parentheses after it: "Petitioner Social Security
     * Number (if any)") */
    return number && (e == len || line[e] != ' ' ||
                      (e + 1 < len && (line[e + 1] == ' ' || line[e + 1] == '(')));
}

/* The length of a terminal's control sequence at line[i] (ESC '[',
 * parameters, a final letter: "\x1b[1m", "\x1b[38;5;214m"), 0 if none. */
static inline size_t csi_at(const char *line, size_t len, size_t i)
{
    if (i + 2 >= len || line[i] != 0x1B || line[i + 1] != '[')
        return 0;
    size_t e = i + 2;
    while (e < len && e - i < 24 && line[e] >= 0x20 && line[e] <= 0x3F)
        e++;
    return e < len && line[e] >= 0x40 && line[e] <= 0x7E ? e + 1 - i : 0;
}

/* Whether a terminal's control sequence begins or ends line[0, len), as
 * a coloured line has them: ESC first, or in its last twelve bytes (a
 * reset after the text, "... hire_date\x1b[m", as `git diff --color`
 * writes a line). */
static inline bool csi_at_edge(const char *line, size_t len)
{
    if (len == 0)
        return false;
    size_t tail = len < 12 ? len : 12;
    return line[0] == 0x1B || memchr(line + len - tail, 0x1B, tail) != NULL;
}

/* line[0, len) without its terminal's control sequences, as a terminal
 * shows it (a coloured header: "\x1b[1mNAME   SSN\x1b[0m"; its columns
 * where they are shown), into out: its length, or 0 if it has none. */
static size_t without_csi(const char *line, size_t len, char out[TABLE_MAX_LINE])
{
    if (len > TABLE_MAX_LINE || !memchr(line, 0x1B, len))
        return 0;
    size_t n = 0, i = 0;
    bool any = false;
    while (i < len) {
        size_t k = csi_at(line, len, i);
        if (k) {
            i += k;
            any = true;
        } else {
            out[n++] = line[i++];
        }
    }
    if (!any) {
        sodium_memzero(out, n);
        return 0;
    }
    return n;
}

/* What an invisible mark before a header's first name takes: a form feed,
 * which pdftotext writes before each page's first line, or a Markdown code
 * fence glued to it ("```name,phone,email", as Slack's messages write
 * one); 0 if none.  The header is read past it, its columns from there. */
static inline size_t header_lead(const char *line, size_t len)
{
    if (len > 1 && line[0] == '\f' && line[1] != '\f')
        return 1;
    return len > 3 && line[0] == '`' && line[1] == '`' && line[2] == '`' &&
                   header_name_start((uint8_t)line[3])
               ? 3
               : 0;
}

static bool item_number_at(const char *line, size_t w, size_t e);
static size_t dotted_item_len(const char *line, size_t w, size_t e);
static bool in_note(const char *line, size_t i);
static bool header_start_ok(const char *line, size_t len)
{
    if (len > 0 && (line[0] == '\f' || line[0] == '`')) {
        size_t lead = header_lead(line, len);
        return lead && header_start_ok(line + lead, len - lead);
    }
    if (len > 0 && line[0] == 0x1B) {
        char shown[TABLE_MAX_LINE];
        size_t n = without_csi(line, len, shown);
        bool ok = n && shown[0] != 0x1B && header_start_ok(shown, n);
        sodium_memzero(shown, n); /* a copy of input */
        return ok;
    }
    /* (a box's number before an aligned header's first name: "1. NAME
     * (Last, First, Middle)   2. ...": aligned_header_parse()) */
    size_t item = len > 0 && is_digit((uint8_t)line[0]) ? dotted_item_len(line, 0, len) : 0;
    if (len == 0 ||
        !(table_line_may_begin((uint8_t)line[0]) ||
          (line[0] == '(' && item_number_at(line, 0, len)) || item) ||
        (line[0] == '$' && !header_name_at(line, 0, len)))
        return false; /* (a line of prose may begin with an amount: "$1,200") */
    if (line[0] == ' ')
        return indented_header_start_ok(line, len);
    if (sql_statement(line, len))
        return true; /* a SQL column list, maybe (sql_header_parse()) */
    size_t i = line[0] == '|' ? 1 : box_bar(line, len, 0) ? 3 : 0;
    if ((uint8_t)line[0] == 0xE2 && i == 0)
        return false;
    size_t inner = 0, pending = 0, first = SIZE_MAX, last = 0;
    bool wide = false;  /* two spaces or more between words: columns, maybe */
    bool paren = false; /* a word began with '(': "Routing Number (9 digits)" */
    bool four = false;  /* a first name of four words, a number's word last */
    i += item;
    while (i < len && (line[i] == ' ' || line[i] == '"'))
        i++;
    for (; i < len; i++) {
        uint8_t ch = (uint8_t)line[i];
        unsigned k = header_chars[ch];
        if (k == HC_FIELD) { /* what trimming keeps */
            if (ch == 0xE2 && box_bar(line, len, i))
                return inner < 3 || wide; /* (a delimiter: below) */
            if (first == SIZE_MAX) {
                first = i;
            } else if (pending) {
                /* a note in parentheses as a fourth word, then two spaces:
                 * an aligned header's first name ("Date of Birth
                 * (mm/dd/yyyy)  SSN ...") */
                if (inner == 3 && !wide && pending >= 2)
                    return true;
                /* (the words of a note after the name's are no more of
                 * it, nor its '(': "BANK ROUTING NO (9 DIG)", "Petitioner
                 * Social Security Number (if any)") */
                bool note = pending == 1 && (ch == '(' || (paren && in_note(line, i)));
                inner += note ? 0 : pending;
                wide |= pending >= 2;
                paren |= ch == '(';
                if (inner == 3 && !wide && !paren) {
                    if (!number_word_ends_name(line, len, i))
                        return false; /* (prose: most lines end here) */
                    four = true;
                }
            }
            last = i;
            if (inner > 3 || last - first >= 48)
                return wide; /* (aligned_header_parse() decides) */
        } else if (k == HC_SPACE) {
            pending++;
            continue;
        } else if (k == HC_NONE) {
            if (ch == ',' || ch == '\t' || ch == ';' || ch == '|' || ch == '\n')
                return inner < 3 || wide || four; /* (a delimited header's first name: three words) */
            if (ch == ':' && blank_to_line_end(line, len, i + 1))
                return inner < 3 && !wide; /* a label alone on its line, "SSNs:" (column_label()) */
            if (ch != '\r')
                return false;
        }
        pending = 0; /* (a field's byte, '"' or '\r') */
    }
    return true;
}

/* Whether line[i] is inside a note in parentheses: a '(' before it on the
 * line with no ')' between. */
static bool in_note(const char *line, size_t i)
{
    while (i > 0) {
        char c = line[--i];
        if (c == '(')
            return true;
        if (c == ')')
            return false;
    }
    return false;
}

/* A header whose columns are set apart by two or more spaces, as reports
 * and fixed-width exports align them ("EmpID  Name    SSN    Routing"):
 * three or more fields, each a letter first and at most 48 characters of
 * header_chars, of four words at most ("Date of Birth (mm/dd/yyyy)"); a
 * part of more than three words between wider gaps, in capitals, is
 * columns a space apart ("ST EXP-DATE CL LAST-NAME"), each its own field.
 * off[k]: where field k begins, the column its values stand under;
 * off[nf]: one past the end.  (No delimiter byte is on the line:
 * header_parse().) */
/* Whether line[w, e) begins with an item's number in parentheses, one or
 * two digits or a letter, then a blank and a letter: "(2) Social ...". */
static bool item_number_at(const char *line, size_t w, size_t e)
{
    size_t k = w + 1;
    while (k < e && k - w <= 2 && is_digit((uint8_t)line[k]))
        k++;
    if (k == w + 1 && k < e && is_lower((uint8_t)line[k]))
        k++;
    return k > w + 1 && k + 2 < e && line[k] == ')' && line[k + 1] == ' ' &&
           is_alpha((uint8_t)line[k + 2]);
}

/* The bytes of an item's number that begins line[w, e), one or two
 * digits and '.' or ')', then a blank before a letter ("3. SOCIAL
 * SECURITY NUMBER", as a death certificate or a DD-214 numbers its
 * boxes), or 0. */
static size_t dotted_item_len(const char *line, size_t w, size_t e)
{
    size_t k = w;
    while (k < e && k - w < 2 && is_digit((uint8_t)line[k]))
        k++;
    if (k == w || k + 2 >= e || (line[k] != '.' && line[k] != ')') || line[k + 1] != ' ' ||
        !is_alpha((uint8_t)line[k + 2]))
        return 0;
    return k + 2 - w;
}

/* Whether the part line[a, e) joins words into one name by "&", "AND",
 * "OR" or "/" standing alone ("DRIVER'S LICENSE NO. & STATE"): not
 * columns a space apart, whose names join nothing. */
static bool joined_name(const char *line, size_t a, size_t e)
{
    for (size_t w = a; w < e;) {
        size_t k = w;
        while (k < e && line[k] != ' ')
            k++;
        size_t n = k - w;
        if ((n == 1 && (line[w] == '&' || line[w] == '/')) ||
            (n == 3 && memcmp(line + w, "AND", 3) == 0) || (n == 2 && memcmp(line + w, "OR", 2) == 0))
            return true;
        w = k + 1;
    }
    return false;
}

static bool aligned_header_parse(const char *line, size_t len, unsigned *nf_out,
                                 uint16_t off[TABLE_MAX_FIELDS + 1])
{
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
        len--;
    unsigned nf = 0, parts = 0;
    size_t i = 0;
    while (i < len && line[i] == ' ') /* (indented: indented_header_start_ok()) */
        i++;
    if (i > TABLE_INDENT_MAX &&
        table_indent_kind((const uint8_t *)line, len) != TABLE_INDENT_ALIGNED)
        return false; /* (deeper only a data frame's: table_indent_kind()) */
    bool frame = i > 0; /* indented over an index, as pandas prints a frame */
    bool note = false;  /* inside parentheses (in_note()) */
    while (i < len) {
        /* a part: up to two spaces in a row or the end */
        size_t a = i, words = 1;
        bool lower = false, snake = true;
        while (i < len && !(line[i] == ' ' && (i + 1 == len || line[i + 1] == ' '))) {
            uint8_t c = (uint8_t)line[i];
            note = c == '(' ? true : c == ')' ? false : note;
            /* (the blank before a note began no word: "BANK ROUTING NO (9 DIG)" is
             * three words and a note, no columns a space apart) */
            words -= c == '(' && i > a && line[i - 1] == ' ';
            if (header_chars[c] != HC_FIELD && c != ' ' && !question_end(line, len, i) &&
                !(c == ',' && note))
                return false; /* ('"': no quoted names here) */
            /* (a note's words are no more words of the name: "Defendant
             * Name (Last, First, MI)") */
            words += c == ' ' && !note;
            lower |= is_lower(c);
            snake &= is_lower(c) || is_digit(c) || c == '_' || c == ' ';
            i++;
        }
        /* (no name has a number of five digits: "PATIENT LABEL  ACCT
         * V00031274418" is a label's line, its value in it) */
        for (size_t k = a, run = 0; k < i; k++)
            if ((run = is_digit((uint8_t)line[k]) ? run + 1 : 0) == 5)
                return false;
        /* (a box's number before its name is no word of it: "3. SOCIAL
         * SECURITY NUMBER", its values under the number) */
        size_t lead = dotted_item_len(line, a, i);
        words -= lead != 0;
        /* (nor is a '/', '&' or '#' standing alone: "Driver's License # /
         * State") */
        for (size_t k = a + 1; k + 1 < i; k++)
            if (line[k - 1] == ' ' && line[k + 1] == ' ' &&
                (line[k] == '/' || line[k] == '&' || line[k] == '#') && words > 1)
                words--;
        if (words > 4 && lower && !(frame && snake))
            return false; /* (words of prose; a fixed-width record's names are capitals) */
        /* (a leader's dots join a label to its value, "License number .....
         * F4408173": a form's line; only pandas' "..." stands alone) */
        if (i - a > 3)
            for (size_t k = a; k + 2 < i; k++)
                if (line[k] == '.' && line[k + 1] == '.' && line[k + 2] == '.')
                    return false;
        parts++;
        /* its fields: the whole part ("U.S. Social Security Number"), or
         * each word of a long one in capitals, or of a data frame's names
         * in snake case, which pandas sets one space apart where a name is
         * wider than its values ("   customer_id name        ssn") */
        bool split = (words > 3 && !lower && !joined_name(line, a, i)) ||
                     (frame && snake && words > 1);
        for (size_t w = a; w < i;) {
            size_t e = split ? (w == a ? a + lead : w) : i;
            while (e < i && line[e] != ' ')
                e++;
            bool count_col = nf == 0 && line[w] == '#' && e - w == 1; /* a row's number */
            /* (pandas' "..." for the columns a wide frame leaves out) */
            bool elided = nf > 0 && e - w == 3 && memcmp(line + w, "...", 3) == 0;
            /* (an aging report's range of days: header_name_at()) */
            bool range = nf > 0 && is_digit((uint8_t)line[w]) && header_name_at(line, w, e);
            /* (a form's item number before its name: "(2) Social security
             * number", as Form 1040 numbers its dependents' columns) */
            bool item = !split && line[w] == '(' && item_number_at(line, w, i);
            /* (a price by its unit: "$/CWT", "$/BU") */
            bool price = nf > 0 && e - w >= 3 && line[w] == '$' && line[w + 1] == '/' &&
                         is_alpha((uint8_t)line[w + 2]);
            if (!(is_alpha((uint8_t)line[w]) || count_col || elided || range || item || price ||
                  (w == a && lead)) ||
                e - w > 48 ||
                nf == TABLE_MAX_FIELDS)
                return false;
            off[nf++] = (uint16_t)w;
            w = e + (e < i);
        }
        while (i < len && line[i] == ' ')
            i++;
    }
    if (parts < 2 || nf < 2)
        return false; /* (two columns: only where they name what we look for, try_header()) */
    off[nf] = (uint16_t)(len + 1);
    *nf_out = nf;
    return true;
}

/* The bytes after a line's newline (n = 0: none known). */
typedef struct line_after {
    const uint8_t *p;
    size_t n;
} line_after;

/* Whether the line after a label may hold a value alone (column_label()),
 * from its first bytes p[0, n): a digit among its first five (after
 * blanks and a list's bullet: column_value_line()), or too few bytes to
 * tell. */
static bool next_may_be_value(const uint8_t *p, size_t n)
{
    size_t i = 0;
    for (; i < n && i < 16; i++) { /* (a bullet's bytes too: "- ", "• ") */
        bool bullet = p[i] == 0xE2 || ((p[i] == 0x80 || p[i] == 0xA2) && i > 0 && p[i - 1] >= 0x80);
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '-' && p[i] != '*' && !bullet)
            break;
    }
    for (size_t k = i; k < i + 5; k++) {
        if (k >= n || is_digit(p[k]))
            return true;
        if (p[k] == '\n')
            return false;
    }
    return false;
}

/* Whether line[0, len) is a label alone on its line, the name of a
 * column of one ("Account Number", "SSNs:", "Routing #"): up to three
 * words of a header's name (as header_start_ok() lets by), ending with a
 * hotword phrase (and number words), and maybe ':'.  *name_end: where
 * the name ends. */
static bool number_word_or_plural(const token *t);
static bool column_label(const char *line, size_t len, size_t *name_end)
{
    size_t e = len;
    while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\t' || line[e - 1] == '\r'))
        e--;
    if (e > 0 && line[e - 1] == ':')
        for (e--; e > 0 && line[e - 1] == ' ';)
            e--;
    if (e < 2 || e > COLUMN_LABEL_MAX || !header_name_at(line, 0, e))
        return false;
    unsigned spaces = 0;
    for (size_t k = 0; k < e; k++) {
        uint8_t ch = (uint8_t)line[k];
        if (ch == ' ' ? line[k + 1] == ' ' || ++spaces > 2 : header_chars[ch] != HC_FIELD)
            return false; /* (a gap, a delimiter: some other table's header) */
    }
    token toks[7];
    size_t n = tokenize((const uint8_t *)line, e, 0, e, toks, 7);
    if (n == 7)
        return false; /* (more words than a label has: not all read) */
    for (size_t i = 0; i < n; i++) {
        uint32_t ent;
        size_t m = match_phrase(hotwords, hotword_count, toks, n, i, &ent);
        while (m && i + m < n && number_word_or_plural(&toks[i + m]))
            m++; /* "Account Number", "Passport Nos" */
        if (m && i + m == n && ent) { /* (not "Accounts Payable": no hotword's) */
            *name_end = e;
            return true;
        }
    }
    return false;
}

/* A header whose names are one space apart over a rule of dashes, one
 * run of them under each column, as SQL*Plus and sqlcmd print a query's
 * result ("SPRIDEN_ID SPBPERS_SSN LAST_NAME" over "---------- -----------
 * ---------"): each name begins where its run does, and holds no blank.
 * off[k]: where column k begins; off[nf]: one past the end. */
static bool underlined_header_parse(const char *line, size_t len, const line_after *next,
                                    unsigned *nf_out, uint16_t off[TABLE_MAX_FIELDS + 1])
{
    if (!next->p || next->n < 3 || next->p[0] != '-' || line[0] == ' ')
        return false;
    size_t rn = 0;
    while (rn < next->n && rn < TABLE_MAX_LINE && next->p[rn] != '\n')
        rn++;
    while (rn > 0 && (next->p[rn - 1] == ' ' || next->p[rn - 1] == '\r'))
        rn--;
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
        len--;
    unsigned nf = 0;
    for (size_t i = 0; i < rn;) {
        if (next->p[i] != '-' || nf == TABLE_MAX_FIELDS)
            return false;
        size_t e = i;
        while (e < rn && next->p[e] == '-')
            e++;
        if (e < rn && next->p[e] != ' ')
            return false;
        /* the name under which the run lies: from the run's start, a
         * letter first, no blank inside the run */
        if (i >= len || !is_alpha((uint8_t)line[i]) || (i > 0 && line[i - 1] != ' '))
            return false;
        for (size_t k = i; k < e && k < len; k++)
            if (line[k] == ' ' || !(is_alnum((uint8_t)line[k]) || line[k] == '_' || line[k] == '#'))
                return false;
        off[nf++] = (uint16_t)i;
        i = e;
        while (i < rn && next->p[i] == ' ')
            i++;
    }
    if (nf < 2 || off[nf - 1] >= len)
        return false;
    off[nf] = (uint16_t)(len + 1);
    *nf_out = nf;
    return true;
}

/* Whether line[0, len) (no newline) looks like a table's header: fields
 * split by the most frequent delimiter, each 1-48 characters starting with
 * a letter, of at most four words ("Soc Sec # (Spouse)")
 * (with '|', as Markdown writes tables,
 * the line may also begin and end with one: empty first and last fields,
 * which its rows have too); or a SQL column list
 * (sql_header_parse()); or a label alone over a line that may hold a
 * value (column_label(), next_may_be_value()).  If so, the delimiter and
 * quote of its rows, whether they are SQL tuples, its field count and
 * field offsets (off[nf] one past the end) go to the outputs. */
static bool header_parse(const char *line, size_t len, bool start_checked, const line_after *next,
                         char *delim_out, char *quote_out, bool *tuple_out, unsigned *nf_out,
                         uint16_t off[TABLE_MAX_FIELDS + 1])
{
    static const char delims[] = {',', '\t', ';', '|'};
    if (len < 3 || len > TABLE_MAX_LINE)
        return false;
    if (sql_header_parse(line, len, delim_out, quote_out, tuple_out, nf_out, off))
        return true;
    /* (a label alone on its line may be indented, as a form's fields are:
     * "  Bank Routing #", indented_column_label()) */
    size_t name_end, ind = 0;
    while (ind < len && ind < TABLE_INDENT_MAX && line[ind] == ' ')
        ind++;
    if (!ind && !start_checked && !header_start_ok(line, len))
        return false;
    if ((!ind || indented_column_label(line, len)) && next_may_be_value(next->p, next->n) &&
        column_label(line + ind, len - ind, &name_end)) {
        off[0] = 0;
        off[1] = (uint16_t)(ind + name_end + 1);
        *delim_out = '\n'; /* (table_state's single) */
        *quote_out = 0;
        *tuple_out = false;
        *nf_out = 1;
        return true;
    }
    if (ind && !start_checked && !header_start_ok(line, len))
        return false;
    /* one pass: count each delimiter outside quotes ("Last, First"), and
     * stop at a character no header has (':' '=' '@' '{' ... are
     * everywhere in logs) */
    unsigned count[sizeof delims] = {0};
    bool quoted = false, asks = false, asks_inside = false;
    /* (the first note in parentheses, found at the first ',': "Name
     * (First, MI, Last)" has no delimiter) */
    size_t note_a = SIZE_MAX, note_b = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t ch = (uint8_t)line[i];
        quoted ^= ch == '"';
        if (header_char(ch) || ch == '\r')
            continue;
        if (ch == ',') {
            if (note_a == SIZE_MAX) {
                const char *po = memchr(line, '(', len);
                const char *pc = po ? memchr(po, ')', (size_t)(line + len - po)) : NULL;
                note_a = po ? (size_t)(po - line) : len;
                note_b = pc ? (size_t)(pc - line) : len;
            }
            if (i > note_a && i < note_b)
                continue;
        }
        if (ch == '[' && i > 0 && line[i - 1] == ' ') { /* (a type's tag: type_tag_end()) */
            size_t k = bracket_note_end(line, i, len);
            if (k) {
                i = k;
                continue;
            }
        }
        if (ch == '?') { /* (a form's question: a TSV's column, or an aligned header's
                          * name's end, below; prose's at once) */
            /* (a quoted name's end too: "\"U.S. Citizen?\",") */
            bool ends = question_end(line, len, i) || (i + 1 < len && line[i + 1] == '"');
            if (!asks && !memchr(line, '\t', len) && !ends)
                return false;
            asks = true;
            asks_inside |= !ends;
            continue;
        }
        size_t d = 0;
        while (d < sizeof delims && ch != (uint8_t)delims[d])
            d++;
        if (d == sizeof delims)
            return false;
        count[d] += !quoted;
    }
    char delim = 0;
    unsigned best = 0;
    for (size_t d = 0; d < sizeof delims; d++)
        if (count[d] > best) {
            best = count[d];
            delim = delims[d];
        }
    /* A sheet of a form's responses, tab-separated, names its columns by
     * the form's questions ("What's the best phone number to reach you?",
     * "Bank routing number for direct deposit"): longer names there */
    bool questions = delim == '\t';
    /* (elsewhere a question may end a name of a header of four columns or
     * more, "...,Issuing State,U.S. Citizen?,Desired salary", where prose
     * with commas and a question is rarely four short parts) */
    if (asks && !questions && best && (best < 3 || asks_inside))
        return false;
    if (!best) { /* (a '?' here ends a name: aligned_header_parse() holds it to that) */
        if (!aligned_header_parse(line, len, nf_out, off) &&
            !underlined_header_parse(line, len, next, nf_out, off))
            return false;
        *delim_out = ' ';
        *quote_out = 0;
        *tuple_out = false;
        return true;
    }
    if (best + 1 > TABLE_MAX_FIELDS)
        return false;
    /* every field: 1-48 chars, starts with a letter, at most 4 words */
    size_t i = 0;
    unsigned nf = 0, edges = 0;
    while (i <= len) {
        size_t st = i;
        for (quoted = false; i < len && (line[i] != delim || quoted); i++)
            quoted ^= line[i] == '"';
        size_t a = st, b = i;
        while (a < b && (line[a] == ' ' || line[a] == '"' || line[a] == '*'))
            a++;
        while (b > a && (line[b - 1] == ' ' || line[b - 1] == '"' || line[b - 1] == '\r'))
            b--;
        if (b == a && ((delim == '|' && (st == 0 || i == len || (nf == 1 && edges == 1))) ||
                       (delim == ',' && st == 0) ||
                       (delim != '|' && nf > edges && nf < TABLE_MAX_FIELDS))) {
            /* "| a | b |": an empty edge field; ",Vendor,Phone": an empty
             * first column, as QuickBooks' reports export; "|    | id |":
             * a data frame's index, as pandas' to_markdown() writes it; an
             * unnamed column after a named one, as a sheet's spacer or the
             * used range past its last ("Name\tSSN\t\tPhone",
             * "...,Hire Date,,"; not between bars: code's "a || b") */
            off[nf++] = (uint16_t)st;
            edges++;
            i++;
            continue;
        }
        /* (a field's type after its name, as Zendesk's CSV export tags
         * custom fields: "Callback Number [txt]") */
        b -= type_tag_end(line, a, b);
        /* (the first column may be a row's number: "| # | Witness | ...") */
        bool count_col = nf == edges && b - a == 1 && line[a] == '#';
        /* (and a later one a share, "| SSN | % |", as beneficiaries') */
        bool share_col = nf > edges && b - a == 1 && line[a] == '%';
        /* (a form's question as one name among four or more, as Google
         * Forms exports a CSV: "Do you consent to a background check?") */
        size_t qe = b; /* (the question's end, before a note: "...? (required)") */
        if (qe > a + 2 && line[qe - 1] == ')') {
            size_t o = qe - 1;
            while (o > a && line[o] != '(')
                o--;
            while (o > a && line[o - 1] == ' ')
                o--;
            if (o < qe - 1 && line[o] != '(')
                qe = o;
        }
        bool long_name = questions || (qe > a && line[qe - 1] == '?' && best >= 3);
        /* (or a request, quoted, as survey tools export one: "If yes,
         * please provide a phone number where we can reach you.") */
        long_name |= best >= 3 && line[st] == '"' && b > a && line[b - 1] == '.';
        /* (a note in parentheses is not counted: "Phone (best number to
         * reach you during the working day)", as REDCap labels a field) */
        size_t noted = 0, open = SIZE_MAX;
        for (size_t k = a; k < b; k++)
            if (line[k] == '(')
                open = k;
            else if (line[k] == ')' && open != SIZE_MAX) {
                noted += k + 1 - open;
                open = SIZE_MAX;
            }
        if (b == a || b - a - noted > (long_name ? 120u : 48u) || b - a > 120 ||
            !(header_name_at(line, a, b) || count_col || share_col))
            return false;
        unsigned spaces = 0;
        bool note = false;
        for (size_t k = a; k < b; k++) {
            /* (a '-' set apart joins parts of a name, as Google's
             * contacts write "Address 1 - Postal Code": no word; nor are
             * a note's in parentheses, "Social Security Number (for
             * background check)", whose amounts may hold '$') */
            note = line[k] == '(' ? true : line[k] == ')' ? false : note;
            if (!header_char((uint8_t)line[k]) && line[k] != '\r' && line[k] != delim &&
                line[k] != '?' && !(note && line[k] == '$'))
                return false; /* (the delimiter: quoted, as split above) */
            spaces += line[k] == ' ' && line[k - 1] != '-' && line[k + 1] != '-' && !note;
        }
        /* (five words: "Last Four of Credit Card", as Braintree names a
         * column; an aligned header keeps four) */
        if (spaces > (long_name ? 15u : 4u))
            return false;
        off[nf++] = (uint16_t)st;
        i++; /* past the delimiter */
    }
    if (nf - edges < 2)
        return false; /* "| Name |": any line with two pipes would pass for a row */
    off[nf] = (uint16_t)(len + 1);
    *delim_out = delim;
    *quote_out = '"';
    *tuple_out = false;
    *nf_out = nf;
    return true;
}

static inline size_t diff_mark(const uint8_t *s, size_t n);
static bool json_string_line(const uint8_t *s, size_t n, size_t *a, size_t *e);
bool table_line_start_may_head(const uint8_t *s, size_t avail)
{
    return header_start_ok((const char *)s, avail);
}

bool table_inner_start_may_head(const uint8_t *s, size_t avail)
{
    if (diff_mark(s, avail) && header_start_ok((const char *)s + 1, avail - 1))
        return true;
    /* (a notebook's string: its end read first) */
    size_t i = 0, a, e;
    while (i < avail && i < 32 && s[i] == ' ')
        i++;
    if (i == avail || s[i] != '"')
        return false;
    size_t stop = avail < TABLE_MAX_LINE ? avail : TABLE_MAX_LINE;
    const uint8_t *nl = memchr(s + i, '\n', stop - i);
    return nl && json_string_line(s, (size_t)(nl - s), &a, &e) &&
           header_start_ok((const char *)s + a, e - a);
}

/* A line with box-drawing bars (U+2502) as psql's unicode style draws
 * them, indented or framed: " id │ name │ ssn", "│ id │ ssn │", written
 * into out with '|' for each: its new length, or 0 if it has none (len <=
 * TABLE_MAX_LINE). */
static size_t box_to_pipes(const char *line, size_t len, char out[TABLE_MAX_LINE])
{
    if (len < 3 || (line[0] != ' ' && (uint8_t)line[0] != 0xE2) || !memchr(line, 0xE2, len))
        return 0;
    size_t n = 0;
    bool any = false;
    for (size_t i = 0; i < len; i++) {
        if (box_bar(line, len, i)) {
            out[n++] = '|';
            i += 2;
            any = true;
        } else {
            out[n++] = line[i];
        }
    }
    if (!any)
        sodium_memzero(out, n); /* a copy of input, unused */
    return any ? n : 0;
}

/* A Jira wiki table's header ("||Name||Phone||SSN||", its rows between
 * single bars) with single bars, in out (TABLE_MAX_LINE bytes): its
 * length, or 0 if the line is no such header. */
static size_t jira_header_to_pipes(const char *line, size_t len, char out[TABLE_MAX_LINE])
{
    if (len < 4 || len > TABLE_MAX_LINE || line[0] != '|' || line[1] != '|')
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        out[n++] = line[i];
        if (line[i] == '|' && i + 1 < len && line[i + 1] == '|')
            i++;
    }
    return n;
}

/* Past a UTF-8 byte order mark, as spreadsheets begin a CSV file. */
static inline size_t after_bom(const uint8_t *s, size_t n)
{
    return n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
}

/* A header is looked for inside a line when the line as it is is none
 * (table_state's inner): past the mark a unified diff puts before a line
 * ('+' added, '-' removed, ' ' unchanged; what follows may begin a
 * header), as `git diff` shows a CSV fixture or a SQL seed; or inside a
 * string of a notebook's JSON, as Jupyter saves a cell's printed lines
 * (blanks, '"', the line's text, "\n", '"' and maybe ','; the list's last
 * string without "\n" and ','), a data frame's header and rows among them. */
static bool table_line_may_head_as_is(const uint8_t *s, size_t n, bool start_checked,
                                      const line_after *next);
static inline size_t diff_mark(const uint8_t *s, size_t n)
{
    return n >= 2 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') && s[1] != ' ' &&
           table_line_may_begin(s[1]);
}

static bool json_string_line(const uint8_t *s, size_t n, size_t *a, size_t *e)
{
    size_t i = 0;
    while (i < n && i < 32 && s[i] == ' ')
        i++;
    if (i == n || s[i] != '"')
        return false;
    size_t j = n;
    while (j > i && (s[j - 1] == ' ' || s[j - 1] == '\r'))
        j--;
    bool more = j > i && s[j - 1] == ',';
    j -= more;
    if (j < i + 4 || s[j - 1] != '"')
        return false;
    if (s[j - 2] != 'n' || s[j - 3] != '\\' || (j >= i + 5 && s[j - 4] == '\\')) {
        /* (the list's last string has no "\n", nor ',' after it) */
        if (more || s[j - 2] == '\\')
            return false;
        *a = i + 1;
        *e = j - 1;
        return true;
    }
    *a = i + 1;
    *e = j - 3;
    return true;
}

/* Whether s[0, n) holds a delimiter of a CSV or TSV's fields: inside a
 * notebook's string only a data frame's aligned header is read (a
 * delimited one's fields would be counted over the whole line, quotes
 * and all). */
static bool delimited(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '\t' || s[i] == ';' || s[i] == '|')
            return true;
    return false;
}

/* Whether line s[0, n) may have a part inner_line() reads, from its
 * first byte (most lines do not: at once). */
static inline bool may_be_inner(const uint8_t *s, size_t n)
{
    return n > 1 && (s[0] == '+' || s[0] == '-' || s[0] == ' ' || s[0] == '"');
}

/* The part of line s[0, n) that a table of inner kind k (TABLE_INNER_*)
 * reads: [*a, *e); false when the line has none of that kind. */
static bool inner_line(int k, const uint8_t *s, size_t n, size_t *a, size_t *e)
{
    if (k == TABLE_INNER_DIFF) {
        *a = diff_mark(s, n);
        *e = n;
        return *a == 1;
    }
    return k == TABLE_INNER_JSON && json_string_line(s, n, a, e);
}

/* A header record whose quoted names hold newlines, as a spreadsheet
 * saves cells wrapped with Alt+Enter ("\"Emp\nNo.\",\"Social Security\n
 * Number\""), from its first line s[0, n), whose quotes stay open: written
 * into out up to the newline that ends it outside quotes, each newline
 * inside as a blank; its length, which is that newline's offset in s
 * (s[0, avail) readable), or 0 when the line closes its quotes or the
 * record runs past TABLE_QUOTED_LINES newlines, TABLE_MAX_LINE bytes or
 * the data. */
bool table_quotes_open(const uint8_t *s, size_t n)
{
    bool open = false;
    for (const uint8_t *q = memchr(s, '"', n); q; q = memchr(q + 1, '"', (size_t)(s + n - q - 1)))
        open = !open;
    return open;
}

static size_t wrapped_record(const uint8_t *s, size_t n, size_t avail, char out[TABLE_MAX_LINE])
{
    bool open = true; /* (table_quotes_open(s, n), asked first) */
    size_t stop = avail < TABLE_MAX_LINE ? avail : TABLE_MAX_LINE, end = 0;
    unsigned lines = 0;
    for (size_t k = n; k < stop && !end; k++) {
        if (s[k] == '\n' && !open)
            end = k;
        else if (s[k] == '\n' && ++lines > TABLE_QUOTED_LINES)
            return 0;
        open ^= s[k] == '"';
    }
    for (size_t k = 0; k < end; k++)
        out[k] = s[k] == '\n' || (s[k] == '\r' && k + 1 < end && s[k + 1] == '\n') ? ' '
                                                                               : (char)s[k];
    return end;
}

/* Whether the line s[0, n) begins a header record wrapped over lines
 * (wrapped_record()); if t, the header is installed, and *end is where
 * the record ends. */
static bool try_header(table_state *t, const char *line, size_t len, bool too_long,
                       const line_after *next);
static bool table_line_may_head_any(const uint8_t *s, size_t n, bool start_checked,
                                    const line_after *next);
static bool wrapped_header(table_state *t, const uint8_t *s, size_t n, size_t avail, size_t *end)
{
    if (n >= TABLE_MAX_LINE || n == 0 || !table_line_may_begin(s[0]) ||
        !table_quotes_open(s, n) || !header_start_ok((const char *)s, n))
        return false; /* (most lines: at once) */
    char rec[TABLE_MAX_LINE];
    size_t rn = wrapped_record(s, n, avail, rec);
    if (!rn)
        return false;
    line_after next = {s + rn + 1, avail - rn - 1}; /* (rn < avail: its newline) */
    bool head = t ? try_header(t, rec, rn, false, &next)
                  : table_line_may_head_any((const uint8_t *)rec, rn, false, &next);
    sodium_memzero(rec, rn); /* a copy of input */
    *end = rn;
    return head;
}

/* wrapped_header() for the line in progress, whose first bytes the table
 * state kept (t->cur, the whole line now) and whose newline is at s[nl]:
 * *end, where the record ends in s. */
static bool wrapped_header_split(table_state *t, const uint8_t *s, size_t nl, size_t len,
                                 size_t *end)
{
    size_t n = t->cur_len;
    if (n >= TABLE_MAX_LINE || n == 0 || !table_line_may_begin((uint8_t)t->cur[0]) ||
        !table_quotes_open((const uint8_t *)t->cur, n))
        return false; /* (most lines: at once) */
    uint8_t joined[2 * TABLE_MAX_LINE];
    size_t more = len - nl < TABLE_MAX_LINE ? len - nl : TABLE_MAX_LINE;
    memcpy(joined, t->cur, n);
    memcpy(joined + n, s + nl, more);
    size_t rec = n;
    bool head = wrapped_header(t, joined, n, n + more, &rec);
    sodium_memzero(joined, n + more); /* a copy of input */
    *end = nl + (rec - n);
    return head;
}

/* Whether s[0, n) may be a header as it is or inside it (inner_line()),
 * as try_header() reads it. */
static bool table_line_may_head_any(const uint8_t *s, size_t n, bool start_checked,
                                    const line_after *next)
{
    if (table_line_may_head_as_is(s, n, start_checked, next))
        return true;
    size_t a, e;
    for (int k = TABLE_INNER_DIFF; k <= TABLE_INNER_JSON && may_be_inner(s, n); k++)
        if (inner_line(k, s, n, &a, &e) && table_line_may_head_as_is(s + a, e - a, false, next))
            return true;
    return false;
}

bool table_line_may_head(const uint8_t *s, size_t n, size_t avail, bool start_checked)
{
    line_after next = {avail > n + 1 ? s + n + 1 : NULL, avail > n + 1 ? avail - n - 1 : 0};
    size_t rec_end;
    return table_line_may_head_any(s, n, start_checked, &next) ||
           wrapped_header(NULL, s, n, avail, &rec_end);
}

static bool table_line_may_head_as_is(const uint8_t *s, size_t n, bool start_checked,
                                      const line_after *next)
{
    if (csi_at_edge((const char *)s, n)) { /* (read as a terminal shows it) */
        char shown[TABLE_MAX_LINE];
        size_t sn = without_csi((const char *)s, n, shown);
        bool head = sn && !memchr(shown, 0x1B, sn) &&
                    table_line_may_head_as_is((const uint8_t *)shown, sn, false, next);
        sodium_memzero(shown, sn); /* a copy of input */
        if (sn)
            return head;
    }
    size_t bom = after_bom(s, n);
    if (!bom)
        bom = header_lead((const char *)s, n);
    s += bom;
    n -= bom;
    char delim, quote;
    bool tuple;
    unsigned nf;
    uint16_t off[TABLE_MAX_FIELDS + 1];
    char boxed[TABLE_MAX_LINE];
    size_t bn = n <= TABLE_MAX_LINE ? box_to_pipes((const char *)s, n, boxed) : 0;
    if (!bn)
        bn = jira_header_to_pipes((const char *)s, n, boxed);
    if (bn) {
        bool head = header_parse(boxed, bn, false, next, &delim, &quote, &tuple, &nf, off);
        sodium_memzero(boxed, bn); /* a copy of input */
        return head;
    }
    return header_parse((const char *)s, n, start_checked, next, &delim, &quote, &tuple, &nf, off);
}

static bool names_a_hotword(const char *line, size_t len);

/* Whether the finished line looks like a header, and if so install it
 * (too_long: the line cannot be one); inside it too (inner_line()). */
static bool try_header_as_is(table_state *t, const char *line, size_t len, const line_after *next);
static bool try_header(table_state *t, const char *line, size_t len, bool too_long,
                       const line_after *next)
{
    if (too_long)
        return false;
    if (try_header_as_is(t, line, len, next)) {
        t->inner = TABLE_INNER_NONE;
        return true;
    }
    size_t a, e;
    const uint8_t *u = (const uint8_t *)line;
    for (int k = TABLE_INNER_DIFF; k <= TABLE_INNER_JSON && may_be_inner(u, len); k++)
        if (inner_line(k, u, len, &a, &e) && !(k == TABLE_INNER_JSON && delimited(u + a, e - a)) &&
            try_header_as_is(t, line + a, e - a, next)) {
            t->inner = (uint8_t)k;
            return true;
        }
    return false;
}

static inline size_t utf8_chars(const uint8_t *s, size_t n);
static bool install_header(table_state *t, const char *line, size_t len, const line_after *next,
                           bool boxed);
static bool try_header_as_is(table_state *t, const char *line, size_t len, const line_after *next)
{
    if (csi_at_edge(line, len)) { /* (read as a terminal shows it) */
        char shown[TABLE_MAX_LINE];
        size_t sn = without_csi(line, len, shown);
        bool ok = sn && !memchr(shown, 0x1B, sn) && try_header_as_is(t, shown, sn, next);
        sodium_memzero(shown, sn); /* a copy of input */
        if (sn)
            return ok;
    }
    size_t bom = after_bom((const uint8_t *)line, len);
    if (!bom)
        bom = header_lead(line, len);
    line += bom;
    len -= bom;
    /* (psql's unicode bars: parsed as '|', its rows counted at the bars) */
    char boxed[TABLE_MAX_LINE];
    size_t bn = box_to_pipes(line, len, boxed);
    bool box = bn != 0;
    if (!bn) /* (and a Jira table's "||", its rows between single bars) */
        bn = jira_header_to_pipes(line, len, boxed);
    if (!bn)
        return install_header(t, line, len, next, false);
    bool ok = install_header(t, boxed, bn, next, box);
    sodium_memzero(boxed, bn); /* a copy of input */
    return ok;
}

static bool install_header(table_state *t, const char *line, size_t len, const line_after *next,
                           bool boxed)
{
    char delim, quote;
    bool tuple;
    unsigned nf;
    uint16_t off[TABLE_MAX_FIELDS + 1];
    if (!header_parse(line, len, false, next, &delim, &quote, &tuple, &nf, off))
        return false;
    /* two names a wide gap apart are a header where one names a kind of
     * number we look for ("Routing Number (9 digits)      Account Number",
     * pandas' "   employee_id  routing_no"), not any line of two phrases */
    if (delim == ' ' && nf == 2 && !names_a_hotword(line, len))
        return false;
    memcpy(t->field_off, off, sizeof(uint16_t) * (nf + 1));
    /* (as written: the tokenizer folds case, and splits camelCase names,
     * "SocialSecurityNo", "dlNumber", where a capital follows) */
    memcpy(t->names, line, len);
    if (len > t->names_high)
        t->names_high = len;
    t->active = true;
    t->header_gen++; /* (column_of() reads its names anew; 0 is "none") */
    t->delim = delim;
    t->quote = quote;
    t->tuple = tuple;
    t->aligned = delim == ' ';
    if (t->aligned) {
        for (unsigned k = 0; k < nf; k++) {
            size_t e = off[k + 1] - 1u;
            while (e > off[k] && (line[e - 1] == ' ' || line[e - 1] == '\r'))
                e--;
            t->name_be[k] = (uint16_t)e;
        }
        memcpy(t->name_b, off, sizeof(uint16_t) * (nf + 1));
        /* (columns in characters: "Duração    Telefone" lines up with
         * its rows on screen, not in bytes) */
        const uint8_t *u = (const uint8_t *)line;
        size_t at = 0, chars = 0; /* (one pass: the offsets only grow) */
        for (unsigned k = 0; k < nf; k++) {
            chars += utf8_chars(u + at, off[k] - at);
            at = off[k];
            t->field_off[k] = (uint16_t)chars;
            chars += utf8_chars(u + at, t->name_be[k] - at);
            at = t->name_be[k];
            t->name_end[k] = (uint16_t)chars;
        }
        t->field_off[nf] = (uint16_t)(chars + utf8_chars(u + at, len - at) + 1);
    }
    t->single = delim == '\n';
    t->box = boxed && delim == '|';
    if (t->box)
        t->quote = 0; /* (psql quotes nothing) */
    t->nfields = nf;
    t->tight = delim == ',' && quote == '"' && !tuple;
    for (size_t k = 0; k + 1 < len && t->tight; k++)
        t->tight = !(line[k] == ',' && line[k + 1] == ' ');
    return true;
}

/* Whether a hotword is among the line's words. */
static bool names_a_hotword(const char *line, size_t len)
{
    token toks[TABLE_MAX_FIELDS];
    size_t n = tokenize((const uint8_t *)line, len, 0, len, toks, TABLE_MAX_FIELDS);
    for (size_t i = 0; i < n; i++) {
        uint32_t ent;
        if (match_phrase(hotwords, hotword_count, toks, n, i, &ent))
            return true;
    }
    return false;
}

/* Whether the line names things we look for (a hotword, or a snake_case
 * key) and has no digits: then a row-shaped line is really the header of
 * a new table that happens to have as many columns. */
static bool names_hotwords(const char *line, size_t len)
{
    bool underscore = false, paren = false;
    for (size_t i = 0; i < len; i++) {
        /* (a note in parentheses may have digits: "Routing Number (9 digits)") */
        paren |= line[i] == '(';
        if (is_digit((uint8_t)line[i]) && !(paren && in_note(line, i)))
            return false;
        underscore |= line[i] == '_';
    }
    return underscore || names_a_hotword(line, len);
}

/* Whether line[0, len) (no newline) is a row of t's aligned table: no
 * value runs across where a column begins (a space before a column's
 * first byte, or that byte a space; or a value that begins one byte
 * early, as exports whose header is a byte off write them), values under
 * two columns at least, and no more than a short value past the header's
 * end, or a note of words (no run of five digits) that begins where the
 * last column does ("Outcome" over "Reviewed d/c meds; BP 130/78 ...").
 * Lines of prose run across, or on. */
#define ALIGNED_OVERHANG 24
#define ALIGNED_NOTE 96
enum { ROW_NONE, ROW_LEFT, ROW_RIGHT };

/* Characters of s[0, n) (bytes but UTF-8 continuation bytes). */
static inline size_t utf8_chars(const uint8_t *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += (s[i] & 0xC0) != 0x80;
    return c;
}

/* The byte of s[0, n) where character col begins (n past the end). */
static size_t utf8_byte_at(const uint8_t *s, size_t n, size_t col)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] & 0xC0) != 0x80 && c++ == col)
            return i;
    return n;
}

/* An aligned table's row as its columns count, one byte a character:
 * s[0, n) itself when it is ASCII, else written into out with a letter
 * for each multi-byte character; *len its length. */
static const uint8_t *row_columns(const uint8_t *s, size_t n, uint8_t out[TABLE_MAX_LINE],
                                  size_t *len)
{
    size_t i = 0;
    while (i < n && s[i] < 0x80)
        i++;
    *len = n;
    if (i == n)
        return s; /* (most rows) */
    size_t k = 0;
    for (i = 0; i < n && k < TABLE_MAX_LINE; i++)
        if (s[i] < 0x80)
            out[k++] = s[i];
        else if (s[i] >= 0xC0)
            out[k++] = 'a';
    *len = k;
    return out;
}

/* Whether line[0, len) (trimmed) is a row of t's aligned table whose
 * values are set flush right under their names, as pandas and R print
 * data frames ("     customer_id   ssn" over "0         100231   536221234"):
 * each column's value ends where its name ends, and the row where the
 * header does. */
static bool right_aligned_row(const table_state *t, const uint8_t *line, size_t len)
{
    if (len != t->name_end[t->nfields - 1])
        return false;
    for (unsigned k = 0; k < t->nfields; k++) {
        size_t e = t->name_end[k];
        if (line[e - 1] == ' ' || (e < len && line[e] != ' '))
            return false;
    }
    return true;
}

static int aligned_row(const table_state *t, const uint8_t *line, size_t len)
{
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
        len--;
    /* (a table of two columns is read from a header naming one value we
     * look for: a report's title line may pass for one, "FIRST MIDWEST
     * BANK      ACH ORIGINATION SERVICES", but the labelled lines under it,
     * "Company: ACME PAYROLL INC      Company ID: 1470564123", are no rows) */
    if (t->nfields == 2)
        for (const uint8_t *c = memchr(line, ':', len); c; c = memchr(c + 1, ':', (size_t)(line + len - c - 1)))
            if (c + 1 == line + len || c[1] == ' ')
                return ROW_NONE;
    size_t last = t->field_off[t->nfields - 1];
    size_t over = t->field_off[t->nfields] - 1 + ALIGNED_OVERHANG;
    if (len > over) {
        if (len > over - ALIGNED_OVERHANG + ALIGNED_NOTE || last == 0 || line[last] == ' ' ||
            line[last - 1] != ' ')
            return ROW_NONE;
        for (size_t i = over, run = 0; i < len; i++)
            if ((run = is_digit(line[i]) ? run + 1 : 0) == 5)
                return ROW_NONE; /* (a note's words: no value far out) */
    }
    unsigned filled = 0;
    bool flush = false;
    for (unsigned k = 0; k < t->nfields && t->field_off[k] < len; k++) {
        size_t a = t->field_off[k], b = t->field_off[k + 1] < len ? t->field_off[k + 1] : len;
        if (k > 0 && line[a] != ' ' && line[a - 1] != ' ' && a >= 2 && line[a - 2] != ' ') {
            /* (but a number set flush right under its name, as reports
             * align amounts: "  Amount" over "1,000.00") */
            size_t e = a;
            while (e < len && line[e] != ' ')
                e++;
            if (e != t->name_end[k] || !is_digit(line[e - 1]))
                return right_aligned_row(t, line, len) ? ROW_RIGHT : ROW_NONE;
            flush = true;
        }
        size_t i = a;
        while (i < b && line[i] == ' ')
            i++;
        filled += i < b;
    }
    if (flush && right_aligned_row(t, line, len))
        return ROW_RIGHT; /* (every value flush right: a data frame) */
    return filled >= 2 ? ROW_LEFT : ROW_NONE;
}

/* The line [line, line + len) has ended (too_long: it was not kept, for it
 * cannot be a header).  A SQL statement is never a row: its column list
 * would pass for a tuple. */
/* Whether line[0, len) is an INSERT's VALUES alone, between its column
 * list and its tuples. */
/* Whether line[0, len) (no newline) is a row of a one-column table
 * (table_state's single): one value alone, blanks around it (and maybe
 * a list's bullet before it); up to 40
 * bytes of letters, digits and - . / # ( ) + ', three digits at least,
 * and a blank inside only between digits ("123 45 6789"). */
#define COLUMN_VALUE_MAX 40
static bool column_value_line(const uint8_t *line, size_t len)
{
    size_t a = 0, e = len;
    while (a < e && (line[a] == ' ' || line[a] == '\t'))
        a++;
    /* (a list's bullet: "- ", "* ", "• ") */
    size_t bullet = a < e && (line[a] == '-' || line[a] == '*') ? 1
                    : e - a > 3 && (uint8_t)line[a] == 0xE2 && (uint8_t)line[a + 1] == 0x80 &&
                            (uint8_t)line[a + 2] == 0xA2
                        ? 3
                        : 0;
    if (bullet && a + bullet < e && line[a + bullet] == ' ')
        for (a += bullet; a < e && line[a] == ' ';)
            a++;
    while (e > a && (line[e - 1] == ' ' || line[e - 1] == '\t' || line[e - 1] == '\r'))
        e--;
    if (e - a > COLUMN_VALUE_MAX)
        return false;
    unsigned digits = 0;
    for (size_t k = a; k < e; k++) {
        uint8_t c = line[k];
        if (c == ' ') {
            if (!is_digit(line[k - 1]) || !is_digit(line[k + 1]))
                return false;
        } else if (!is_alnum(c) && c != '-' && c != '.' && c != '/' && c != '#' && c != '(' &&
                   c != ')' && c != '+' && c != '\'') {
            return false;
        }
        digits += is_digit(c);
    }
    return digits >= 3;
}

static bool values_line(const char *line, size_t len)
{
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
        len--;
    while (len > 0 && line[0] == ' ') {
        line++;
        len--;
    }
    return len == 6 && starts_with_ci(line, len, "values");
}

/* Whether line[0, len) is a rule between a table's header and its rows or
 * around them, as database clients draw them: psql's "----+----",
 * MySQL's "+----+----+" (three '-' at least, and only '-', '+', '|', ':',
 * '=' and spaces), or psql's unicode "────┼────" (box-drawing characters,
 * U+2500-U+257F, three of them at least). */
static bool rule_line(const char *line, size_t len)
{
    unsigned dashes = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)line[i];
        if (c == '-') {
            dashes++;
        } else if (c == 0xE2 && i + 2 < len && ((uint8_t)line[i + 1] == 0x94 ||
                                                (uint8_t)line[i + 1] == 0x95)) {
            dashes++;
            i += 2;
        } else if (c != '+' && c != '|' && c != ':' && c != '=' && c != ' ' && c != '\r') {
            return false;
        }
    }
    return dashes >= 3;
}

/* Whether line[0, len) begins with the name of the aligned table t's first
 * column and ':', as a report groups its rows under a value of that
 * column ("Contact Owner: Greg Halvorsen (3 records)" under "Contact Owner
 * Last Name ..."). */
static bool group_line(const table_state *t, const char *line, size_t len)
{
    size_t a = t->name_b[0], n = t->name_be[0] - a;
    if (n == 0)
        return false;
    /* (at the line's start, or under the column's name: a report indented
     * by its carriage control's column, " DEPT: 0420 ACCOUNTING") */
    return (len > n && line[n] == ':' && memcmp(line, t->names + a, n) == 0) ||
           (a > 0 && len > a + n && line[a + n] == ':' && memcmp(line + a, t->names + a, n) == 0);
}

/* Whether line[0, len) is the name of a data frame's index, as pandas
 * prints it under the header of a frame indexed by a column ("vendor_id"
 * alone, spaces after it): one word at the line's start, ending before
 * the first column begins. */
static bool index_name_line(const table_state *t, const char *line, size_t len)
{
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
        len--;
    if (len == 0 || len >= t->field_off[0] || !is_alpha((uint8_t)line[0]))
        return false;
    for (size_t i = 0; i < len; i++)
        if (!is_alnum((uint8_t)line[i]) && line[i] != '_')
            return false;
    return true;
}

/* Whether line[0, len) continues the row above in one column of the
 * aligned table t other than the first: words under it alone, as a
 * register prints an address's second line under the name ("         2218
 * N KEDZIE AVE APT 3"). */
static bool continuation_line(const table_state *t, const char *line, size_t len)
{
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
        len--;
    size_t a = 0;
    while (a < len && line[a] == ' ')
        a++;
    if (a == len || !memchr(line + a, ' ', len - a) || t->nfields < 3)
        return false;
    bool letters = false;
    for (size_t i = a; i < len; i++)
        letters |= is_alpha((uint8_t)line[i]);
    for (unsigned k = 1; k < t->nfields; k++)
        if (a >= t->field_off[k] && len < (size_t)t->field_off[k + 1] - 1)
            return letters;
    return false;
}

static void end_line_reset(table_state *t);
static void end_line(table_state *t, const char *line, size_t len, bool too_long,
                     const line_after *next)
{
    /* (the line as its header was read: past a diff's mark, inside a
     * notebook's string) */
    size_t ra = 0, re = len;
    if (t->active && t->inner && !inner_line(t->inner, (const uint8_t *)line, len, &ra, &re)) {
        ra = 0;
        re = len;
    }
    const char *row_line = line + ra;
    size_t row_len = re - ra;
    /* (an INSERT's VALUES alone, a rule, a report's group line, a data
     * frame's index name: the table goes on, its rows follow) */
    bool goes_on = t->active && !too_long &&
                   (t->tuple ? values_line(row_line, row_len)
                             : rule_line(row_line, row_len) ||
                                   (t->aligned && (group_line(t, row_line, row_len) ||
                                                   index_name_line(t, row_line, row_len) ||
                                                   continuation_line(t, row_line, row_len))));
    const uint8_t *ru = (const uint8_t *)row_line;
    uint8_t cols[TABLE_MAX_LINE];
    size_t cols_len = 0;
    const uint8_t *cu = t->active && t->aligned && !too_long
                            ? row_columns(ru, row_len, cols, &cols_len)
                            : ru;
    bool row = t->active &&
               (t->aligned  ? !too_long && aligned_row(t, cu, cols_len) != ROW_NONE
                : t->single ? !too_long && column_value_line(ru, row_len)
                            : t->cur_field + 1 == t->nfields ||
                                 (t->tight && t->cur_field - t->cur_loose + 1 == t->nfields));
    if (cu == cols)
        sodium_memzero(cols, cols_len); /* a copy of input */
    if (!goes_on &&
        (!row || (!too_long && (sql_statement(line, len) || names_hotwords(line, len))))) {
        bool was_active = t->active;
        t->active = false;
        if (!try_header(t, line, len, too_long, next) && row)
            t->active = was_active; /* not a header after all: keep the table */
    }
    end_line_reset(t);
}

/* The table state's line in progress, emptied at a line's end. */
static void end_line_reset(table_state *t)
{
    t->cur_len = 0;
    t->cur_too_long = false;
    t->cur_field = 0;
    t->cur_quote = false;
    t->cur_depth = 0;
    t->cur_loose = 0;
    t->cur_pending = false;
    t->cur_lines = 0;
}

/* Fields counted over one byte of a row of t (csv_fields() takes CSV
 * rows; this, SQL tuples and COPY rows): a delimiter outside quotes ends a
 * field (in a tuple, only inside its outer parentheses).  In a tuple's
 * string a backslash escapes the next byte, as MySQL's dumps write
 * 'O\'Brien' (a doubled quote, 'O''Brien', closes and reopens the string);
 * TUPLE_ESCAPED in *depth marks the byte after one (set only inside a
 * string, where the depth does not count). */
#define TUPLE_ESCAPED (1u << 31)
static inline void field_step(const table_state *t, uint8_t c, unsigned *field, bool *quote,
                              unsigned *depth)
{
    if (*quote) {
        if (*depth & TUPLE_ESCAPED)
            *depth &= ~TUPLE_ESCAPED;
        else if (t->tuple && c == '\\')
            *depth |= TUPLE_ESCAPED;
        else if (c == (uint8_t)t->quote)
            *quote = false;
    } else if (t->quote && c == (uint8_t)t->quote) {
        *quote = true;
    } else if (!t->tuple) {
        *field += c == (uint8_t)t->delim;
    } else if (c == '(') {
        ++*depth;
    } else if (c == ')') {
        *depth -= *depth > 0;
    } else if (c == (uint8_t)t->delim && *depth == 1) {
        ++*field;
    }
}

/* Where the count of a CSV row's fields stands (table_state's cur_*). */
typedef struct csv_count {
    unsigned field, loose;
    bool quote, pending;
} csv_count;

/* Whether s[a, e) ends inside a quoted field, its quote at the field's
 * start (in: inside one at a, which counts): then a newline at e is part
 * of the field.  A quote inside a field ("a 5\" screen") quotes nothing. */
static bool in_quoted_field(const uint8_t *s, size_t a, size_t e, uint8_t q, uint8_t d, bool in,
                            size_t line)
{
    bool field_quoted = in;
    for (size_t k = a; k < e; k++) {
        if (s[k] != q)
            continue;
        if (!in) /* (or a doubled quote inside it: 'said ""hi""') */
            field_quoted = k == line || s[k - 1] == d || (s[k - 1] == q && field_quoted);
        in = !in;
    }
    return in && field_quoted;
}

/* The fields of a CSV row in s[i, e) (delimiter d, quote q): counted into
 * *c, sixteen bytes at a time where SSE2 is there (most hold neither
 * byte); *qcolon (if asked) becomes the last q in it that a ':' follows
 * (s[e] too, below len).  Every byte of a table passes here. */
static void csv_fields(const uint8_t *s, size_t len, size_t i, size_t e, uint8_t q, uint8_t d,
                       csv_count *c, size_t *qcolon)
{
    unsigned f = c->field, lo = c->loose;
    bool in = c->quote, pend = c->pending;
    size_t k = i;
#if CTX_SSE2
    const __m128i vq = _mm_set1_epi8((char)q), vd = _mm_set1_epi8((char)d);
    const __m128i vs = _mm_set1_epi8(' ');
    for (; k + 16 <= e; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + k));
        unsigned mq = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vq));
        unsigned md = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vd));
        unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vs));
        lo += pend && (sp & 1); /* (a delimiter before the sixteen, a space first) */
        pend = false;
        if (!mq) {
            if (!in) {
                f += bits16(md);
                lo += bits16(md & (sp >> 1));
                pend = md >> 15;
            }
            continue;
        }
        for (unsigned m = mq | md; m; m &= m - 1) {
            unsigned b = (unsigned)__builtin_ctz(m);
            if ((mq >> b) & 1) {
                in = !in;
                if (qcolon && k + b + 1 < len && s[k + b + 1] == ':')
                    *qcolon = k + b;
            } else if (!in) {
                f++;
                if (b == 15)
                    pend = true;
                else
                    lo += (sp >> (b + 1)) & 1;
            }
        }
    }
#endif
    for (; k < e; k++) {
        lo += pend && s[k] == ' ';
        pend = false;
        if (s[k] == q) {
            in = !in;
            if (qcolon && k + 1 < len && s[k + 1] == ':')
                *qcolon = k;
        } else if (s[k] == d && !in) {
            f++;
            pend = true;
        }
    }
    c->field = f;
    c->loose = lo;
    c->quote = in;
    c->pending = pend;
}

/* The active table's fields in s[i, e), counted into the line's state. */
static void count_fields(table_state *t, const uint8_t *s, size_t len, size_t i, size_t e)
{
    if (t->aligned)
        return; /* (a field by where it stands: row_field()) */
    if (t->box) {
        for (size_t k = i; k < e; k++)
            t->cur_field += table_box_bar_at(s, k);
        return;
    }
    if (!t->tuple && t->quote) {
        csv_count c = {t->cur_field, t->cur_loose, t->cur_quote, t->cur_pending};
        csv_fields(s, len, i, e, (uint8_t)t->quote, (uint8_t)t->delim, &c, NULL);
        t->cur_field = c.field;
        t->cur_loose = c.loose;
        t->cur_quote = c.quote;
        t->cur_pending = c.pending;
        return;
    }
    for (size_t k = i; k < e; k++)
        field_step(t, s[k], &t->cur_field, &t->cur_quote, &t->cur_depth);
}

void table_sync(table_state *t, const uint8_t *s, size_t len, uint64_t base, uint64_t upto,
                const hot_state *h)
{
    if (upto > base + len)
        upto = base + len;
    if (!t->active && h && t->pos < upto && hot_no_header_below(h, upto)) {
        /* the hotword map's table guard found no header among the lines
         * that end before upto: they leave no table, and are passed over */
        size_t nl = hot_prev_newline(h, s, (size_t)(t->pos - base), (size_t)(upto - base));
        if (nl != SIZE_MAX) {
            t->pos = t->line_start = base + nl + 1;
            t->cur_len = 0;
            t->cur_too_long = false;
            t->cur_field = 0;
            t->cur_quote = false;
            t->cur_depth = 0;
            t->cur_loose = 0;
            t->cur_pending = false;
        }
    }
    while (t->pos < upto) {
        size_t i = (size_t)(t->pos - base), stop = (size_t)(upto - base);
        size_t nl_at = hot_next_newline(h, s, i, stop);
        bool nl = nl_at != SIZE_MAX;
        size_t seg_end = nl ? nl_at : stop;
        /* outside a table only a header matters, which begins with a
         * letter or a quote: other lines are not kept */
        bool at_line_start = t->pos == t->line_start;
        if (!t->active && at_line_start && i < stop && !table_line_may_begin(s[i]) &&
            s[i] != '+' && s[i] != '-' && /* (a diff's mark: diff_mark()) */
            s[i] != '(' && /* (an item's number: header_start_ok()) */
            !(is_digit(s[i]) && dotted_item_len((const char *)s, i, stop)))
            t->cur_too_long = true;
        bool quote_before = t->cur_quote;
        if (t->active)
            count_fields(t, s, len, i, seg_end);
        size_t n = seg_end - i;
        line_after next = {nl ? s + seg_end + 1 : NULL, nl ? len - seg_end - 1 : 0};
        /* a newline inside a quoted field (an address or a note as a
         * spreadsheet saves it) is part of it: the record goes on, up to
         * a line's reach from where it began and TABLE_QUOTED_LINES
         * newlines (each is checked from the record's start: bounded) */
        if (nl && t->cur_quote && t->active && !t->tuple && t->quote &&
            base + seg_end - t->line_start < TABLE_MAX_LINE && t->cur_lines < TABLE_QUOTED_LINES) {
            bool whole = t->line_start >= base; /* (the record's start in s) */
            size_t rec = whole ? (size_t)(t->line_start - base) : i;
            if (in_quoted_field(s, rec, seg_end, (uint8_t)t->quote, (uint8_t)t->delim,
                                !whole && quote_before, rec)) {
                t->pos = base + seg_end + 1;
                t->cur_lines++;
                continue;
            }
        }
        size_t rec_end;
        if (nl && at_line_start && !t->active && wrapped_header(t, s + i, n, len - i, &rec_end)) {
            /* a header wrapped over lines: past its record */
            end_line_reset(t);
            t->pos = t->line_start = base + i + rec_end + 1;
            continue;
        }
        if (nl && at_line_start) {
            /* the whole line is here: looked at where it is, not copied */
            end_line(t, (const char *)s + i, n, t->cur_too_long || n > TABLE_MAX_LINE, &next);
        } else {
            if (!t->cur_too_long) {
                if (t->cur_len + n > TABLE_MAX_LINE) {
                    /* (its first bytes stay, as the table guard asks) */
                    for (size_t k = i; t->cur_len < 4 && k < seg_end; k++)
                        t->cur[t->cur_len++] = (char)s[k];
                    if (t->cur_len > t->cur_high)
                        t->cur_high = t->cur_len;
                    t->cur_too_long = true;
                } else {
                    memcpy(t->cur + t->cur_len, s + i, n);
                    t->cur_len += n;
                    if (t->cur_len > t->cur_high)
                        t->cur_high = t->cur_len;
                }
            }
            if (nl && !t->active && !t->cur_too_long &&
                wrapped_header_split(t, s, seg_end, len, &rec_end)) {
                end_line_reset(t);
                t->pos = t->line_start = base + rec_end + 1;
                continue;
            }
            if (nl)
                end_line(t, t->cur, t->cur_len, t->cur_too_long, &next);
        }
        if (nl) {
            t->pos = base + seg_end + 1;
            t->line_start = t->pos;
        } else {
            t->pos = upto;
        }
    }
}

/* Whether the line that holds s[p] (t synced to p) is a row of the active
 * table: not JSON-like, and the same number of fields as the header, which
 * needs a look ahead to the end of the line (at most TABLE_MAX_LINE bytes
 * from its start).  A row's candidates all ask: the look ahead is done
 * once per line (m), for the fields at the line's end are the same counted
 * from any position of it with the table synced there, and a '"' before
 * ':' from p on is one at or after p of those seen from an earlier p. */
static bool table_row_ok(const table_state *t, const uint8_t *s, size_t len, uint64_t base,
                         size_t p, bool at_eof, row_memo *m)
{
    if (!t->active || t->line_start < base || t->line_start > base + p)
        return false;
    size_t ls = (size_t)(t->line_start - base);
    if (ls < len && (s[ls] == '{' || s[ls] == '['))
        return false;
    uint64_t at = base + p;
    if (t->aligned || t->single) {
        if (!(m->valid && m->header == t->header_gen && m->line == t->line_start)) {
            size_t stop = len < ls + TABLE_MAX_LINE ? len : ls + TABLE_MAX_LINE;
            const uint8_t *nl = memchr(s + ls, '\n', stop - ls);
            size_t e = nl ? (size_t)(nl - s) : stop;
            m->valid = true;
            m->header = t->header_gen;
            m->line = t->line_start;
            m->from = base + ls;
            m->last_json = UINT64_MAX;
            m->ends = nl || (e == len && at_eof);
            size_t ra = 0, re = e - ls;
            if (t->inner && !inner_line(t->inner, s + ls, e - ls, &ra, &re)) {
                ra = 0;
                re = e - ls;
            }
            m->skip = ra;
            int row;
            if (t->single) {
                row = column_value_line(s + ls + ra, re - ra) ? ROW_LEFT : ROW_NONE;
                m->high = false;
            } else {
                uint8_t cols[TABLE_MAX_LINE];
                size_t cn;
                const uint8_t *cu = row_columns(s + ls + ra, re - ra, cols, &cn);
                row = aligned_row(t, cu, cn);
                m->high = cu == cols;
                if (m->high)
                    sodium_memzero(cols, cn); /* a copy of input */
            }
            m->end_field = row != ROW_NONE ? t->nfields - 1 : t->nfields; /* (row or not) */
            m->end_loose = 0;
            m->by_tight = false;
            m->right = row == ROW_RIGHT;
        }
        /* (where the candidate stands in the row, in characters: row_field()) */
        size_t rs = ls + m->skip, xb = p > rs ? p - rs : 0;
        m->x = m->high ? utf8_chars(s + rs, xb) : xb;
        return m->ends && m->end_field + 1 == t->nfields;
    }
    if (!(m->valid && m->header == t->header_gen && m->line == t->line_start && m->from <= at)) {
        csv_count c = {t->cur_field, t->cur_loose, t->cur_quote, t->cur_pending};
        unsigned depth = t->cur_depth;
        size_t limit = ls + TABLE_MAX_LINE;
        size_t i = p;
        m->last_json = UINT64_MAX;
        /* ("key": makes a JSON object, not a row) */
        if (!t->tuple && t->quote == '"') {
            size_t stop = len < limit ? len : limit;
            size_t qcolon = SIZE_MAX;
            for (size_t from = ls;;) { /* (to the newline that ends the record: table_sync()) */
                const uint8_t *nl = i < stop ? memchr(s + i, '\n', stop - i) : NULL;
                size_t e = nl ? (size_t)(nl - s) : stop > i ? stop : i;
                csv_fields(s, len, i, e, '"', (uint8_t)t->delim, &c, &qcolon);
                if (!nl || !c.quote ||
                    !in_quoted_field(s, from, e, '"', (uint8_t)t->delim, from != ls, ls)) {
                    i = e;
                    break;
                }
                i = from = e + 1;
            }
            if (qcolon != SIZE_MAX)
                m->last_json = base + qcolon;
        } else {
            for (; i < len && i < limit && s[i] != '\n'; i++) {
                if (s[i] == '"' && i + 1 < len && s[i + 1] == ':')
                    m->last_json = base + i;
                if (t->box)
                    c.field += table_box_bar_at(s, i);
                else
                    field_step(t, s[i], &c.field, &c.quote, &depth);
            }
        }
        m->valid = true;
        m->header = t->header_gen;
        m->line = t->line_start;
        m->from = at;
        m->ends = !(i >= limit || (i == len && !at_eof));
        m->end_field = c.field;
        m->end_loose = c.loose;
        m->by_tight = c.field + 1 != t->nfields;
        m->right = false;
    }
    if (m->last_json != UINT64_MAX && m->last_json >= at)
        return false;
    return m->ends && (m->end_field + 1 == t->nfields ||
                       (t->tight && m->end_field - m->end_loose + 1 == t->nfields));
}

/* The column of the candidate the table is synced to, in a row that
 * table_row_ok() took (m): counted at tight delimiters only if the row
 * needs that. */
static unsigned row_field(const table_state *t, const row_memo *m)
{
    if (t->aligned) { /* the column it stands under (or one byte early: aligned_row()) */
        uint64_t x = m->x;
        unsigned k = 0;
        if (m->right) { /* (the first whose name ends after the value begins) */
            while (k + 1 < t->nfields && t->name_end[k] <= x)
                k++;
            return k;
        }
        while (k + 1 < t->nfields && t->field_off[k + 1] <= x + 1)
            k++;
        return k;
    }
    return m->by_tight ? t->cur_field - t->cur_loose : t->cur_field;
}

const char *table_column_name(const table_state *t, unsigned field, size_t *n)
{
    if (!t->active || field >= t->nfields)
        return NULL;
    const uint16_t *off = t->aligned ? t->name_b : t->field_off; /* (bytes of names[]) */
    size_t a = off[field], b = off[field + 1] - 1;
    *n = b - a;
    return t->names + a;
}

/* ---- custom rules' words ---- */

size_t context_fold_phrase(const uint8_t *s, size_t n, char out[4][64])
{
    token toks[HOTWORD_MAX_WORDS + 1];
    size_t k = tokenize(s, n, 0, n, toks, HOTWORD_MAX_WORDS + 1);
    if (k > HOTWORD_MAX_WORDS)
        k = HOTWORD_MAX_WORDS;
    for (size_t i = 0; i < k; i++) {
        size_t len = strnlen(toks[i].w, 63); /* TOKEN_MAX < 64 */
        memcpy(out[i], toks[i].w, len);
        out[i][len] = '\0';
    }
    return k;
}

int hotword_cmp(const void *a, const void *b)
{
    const hotword *x = a, *y = b;
    return strcmp(x->w[0], y->w[0]);
}

/* ---- scoring ---- */

/* Whether the word just before the candidate, separated by nothing but
 * spaces and ':', '=', '#', quotes, is a phrase of table[]. */

/* Whether a key's word names a data type, as serializations wrap a
 * field's value in one ("phone": {"string": "..."} in Avro's JSON,
 * "ssn": {"S": "..."} in DynamoDB's, {"$numberLong": "..."} in MongoDB's):
 * the field's key names the value. */
static bool type_word(const token *t)
{
    /* (and a password manager's hidden field, 1Password's {"concealed": ...}) */
    static const char *const words[] = {"bytes", "concealed", "data", "double", "int", "long",
                                        "numberdecimal", "numberint", "numberlong",
                                        "s",     "string"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether a key's word names a state of a changed field, as audit logs
 * record a change ("routing_number": {"old": "...", "new": "026009593"}):
 * the field's key names the value. */
static bool change_word(const token *t)
{
    static const char *const words[] = {"after", "before", "current", "new",
                                        "newvalue", "old", "oldvalue", "previous", "prev"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether a key's word says only that its value answers a question, as
 * form builders' and surveys' APIs pair them ({"text": "Social Security
 * Number", "answer": "..."}, {"question": "SSN", "response": "..."}): the
 * question's label names the value. */
static bool answer_word(const token *t)
{
    /* (and an IVR's keyed input: "field=ssn dtmf=345156806", "prompt=
     * enter-ssn collected=..."; a record's
     * transcribed text, GEDCOM X's {"labelId": "PR_SSN", "text": "..."}) */
    static const char *const words[] = {"answer", "answers", "collected", "digits", "dtmf",
                                        "reply",  "response", "text"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether a key's word says only that its value is an instance of what
 * the object or block around it declares: a default's, an example's, a
 * contact method's address (Terraform's variable "support_phone" {
 * default = "..." }, an OpenAPI schema's "phone": {"example": "..."}). */
static bool instance_word(const token *t)
{
    static const char *const words[] = {"address", "default", "example", "examples", "sample"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether the SSN at s[cs, ce), written AAA-GG-SSSS, follows on its line
 * a label of a number that has long been the SSN itself: a VA claim's or
 * file's number, a payroll's, an employee's, a staff member's or an
 * unemployment claimant's ID ("CLAIM OR PAYROLL ID NUMBER: 502-67-0029",
 * as SF 1199A asks; "VA claim number").  Other labels lower an SSN's
 * shape ("Part no. 123-45-6789"); these do not. */
static bool ssn_proxy_label(const token *before, size_t nb, const uint8_t *s, size_t cs,
                            size_t ce)
{
    if (ce - cs != 11 || s[cs + 3] != '-' || s[cs + 6] != '-')
        return false;
    static const char *const words[] = {"claim", "claimant", "employee", "file",
                                        "payroll", "staff"};
    /* (between it and the value, only the rest of such a label: not
     * "claim control no.", a number of the claim's own) */
    static const char *const rest[] = {"and",    "id", "identification", "is", "no", "nr",
                                       "num",    "number", "or",            "s",  "was"};
    for (size_t k = nb; k > 0 && nb - k < 4; k--) {
        if (memchr(s + before[k - 1].end, '\n', cs - before[k - 1].end))
            return false;
        if (word_in(&before[k - 1], words, sizeof words / sizeof words[0])) {
            /* (a claim's number is the SSN on the VA's and on SF 1199A's
             * "CLAIM OR PAYROLL ID": an insurer's "claim ID" is its own) */
            if (strcmp(before[k - 1].w, "claim") != 0)
                return true;
            return (k < nb && strcmp(before[k].w, "or") == 0) ||
                   (k >= 2 && strcmp(before[k - 2].w, "va") == 0);
        }
        if (!word_in(&before[k - 1], rest, sizeof rest / sizeof rest[0]))
            return false;
    }
    return false;
}

/* Whether a note in brackets right after the value at ce says it is no
 * SSN (or no ITIN: `itin`): "Employee ID 523-61-0948 (badge number, not
 * SSN)", "(this is not a social security number)", "(kein SSN)".  A
 * negation, then the name within three words of it ("no" is none: "(acct
 * no / SSN on file)", "(no SSN card)"). */
static bool note_denies(const uint8_t *s, size_t hi, size_t ce, bool itin)
{
    static const char *const neg[] = {"kein", "keine", "never", "nicht", "not"};
    static const char *const ssn[] = {"social", "ss", "ssn", "ssns"};
    size_t i = ce;
    while (i < hi && i - ce < 2 && s[i] == ' ')
        i++;
    if (i >= hi || (s[i] != '(' && s[i] != '['))
        return false;
    size_t end = i + 1;
    while (end < hi && end - i < 64 && s[end] != ')' && s[end] != ']' && s[end] != '\n')
        end++;
    if (end >= hi || (s[end] != ')' && s[end] != ']'))
        return false;
    size_t since_neg = SIZE_MAX; /* words since a negation */
    for (size_t b = i + 1; b < end;) {
        if (!is_alnum(s[b])) {
            b++;
            continue;
        }
        size_t e = b;
        while (e < end && is_alnum(s[e]))
            e++;
        bool is_neg = false, named = false;
        for (size_t k = 0; k < sizeof neg / sizeof neg[0] && !is_neg; k++)
            is_neg = span_is_ci(s, b, e, neg[k]);
        if (itin)
            named = span_is_ci(s, b, e, "itin");
        else
            for (size_t k = 0; k < sizeof ssn / sizeof ssn[0] && !named; k++)
                named = span_is_ci(s, b, e, ssn[k]);
        if (named && since_neg <= 3)
            return true;
        since_neg = is_neg ? 0 : since_neg == SIZE_MAX ? SIZE_MAX : since_neg + 1;
        b = e;
    }
    return false;
}

/* Whether a key's word names a party's role in a message or a call
 * rather than what its value is: "to", "from", "sender" ... */
static bool role_word(const token *t)
{
    static const char *const words[] = {"dest",   "destination", "from",   "receiver", "recipient",
                                        "sender", "source",      "target", "to"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether the hotword that ends at hot_end heads the label that ends
 * right before cs, a phrase after it of up to six words with a
 * preposition naming what the value belongs to: "SSN for the 1099
 * correction request:", "Phone number on file for this order:", "Card
 * charged for trip:", "Driver license on the claim:", a form's label
 * before ':' or '#'.  Another number's label in that phrase ("request",
 * "order", "trip", "claim") names no value of its own. */
static bool other_in_hotword_phrase(const token *before, size_t nb, size_t hot_end,
                                    const uint8_t *s, size_t cs)
{
    static const char *const preps[] = {"for", "from", "in", "of", "on", "per", "via", "with"};
    size_t h = nb;
    while (h > 0 && before[h - 1].end > hot_end)
        h--;
    if (h == 0 || h == nb || before[h - 1].end != hot_end || nb - h > 9)
        return false;
    bool prep = false;
    for (size_t k = h; k < nb; k++) {
        size_t g = before[k - 1].end;
        /* (one phrase: words a space apart, or a compound's '-' after the
         * hotword's first: not "Dial-in conference ID"; a '#' after the
         * hotword, "Phone # for rewards:") */
        bool number_sign = k == h && (span_is_ci(s, g, before[k].start, " # ") ||
                                      span_is_ci(s, g, before[k].start, "# "));
        if (!number_sign &&
            (g + 1 != before[k].start || (s[g] != ' ' && (s[g] != '-' || k == h))))
            return false;
        prep |= k + 1 < nb && word_in(&before[k], preps, sizeof preps / sizeof preps[0]);
    }
    /* (a form's label, maybe over its value: "ssn of the order 536221234"
     * is the order's) */
    bool colon = false;
    unsigned lines = 0;
    for (size_t g = before[nb - 1].end; g < cs; g++) {
        if (s[g] == '\n' && ++lines == 1)
            continue;
        if (s[g] != ' ' && s[g] != '\t' && s[g] != '\r' && s[g] != ':' && s[g] != '#')
            return false;
        colon |= s[g] == ':' || s[g] == '#';
    }
    return prep && colon;
}

/* The distance of the nearest label of another kind of number in
 * before[0, nb) (nearest()): in the question a reply answers (tokens
 * before q), only one that it asks for ("your booking number"), not one it
 * mentions ("... to complete the booking"); in the reply not the speaker's
 * name ("Member: 4045550123", "[00:27] Patient:": a time in before[q,
 * words), then keys). */
static size_t nearest_other(const pii_ruleset *rs, const token *before, size_t nb, size_t q,
                            size_t words, size_t cs, const uint8_t *s)
{
    size_t r = words;
    while (q && r < nb && before[r].is_key)
        r++;
    size_t best = nearest(rs, other_labels, other_label_count, 1, before + r, nb - r, NULL, 0, cs,
                          0, s, 0);
    for (size_t i = 0; i < q; i++) {
        uint32_t ent;
        size_t k = match_memo(rs, other_labels, other_label_count, before, nb, i, &ent);
        /* (not one whose check box is empty: "Type: [X] SSN  [ ] EIN" over
         * "Number: ...") */
        if (k && i + k < nb && number_word(&before[i + k]) && cs - before[i + k - 1].end < best &&
            !own_box_empty(s, before[i].start, before[i + k - 1].end, cs))
            best = cs - before[i + k - 1].end;
    }
    return best;
}

/* Whether the '|' at bar ends the third field of a CEF or LEEF header on
 * its line: "CEF:0|vendor|product|" or "LEEF:2.0|vendor|product|" (a
 * header's '|' inside a field is escaped, "\|"). */
static bool event_header_version(const uint8_t *s, size_t lo, size_t bar)
{
    size_t i = bar, bars = 0;
    while (i > lo && bar - i < 160 && s[i - 1] != '\n') {
        i--;
        if (s[i] == '|' && !(i > lo && s[i - 1] == '\\') && ++bars == 2)
            break;
    }
    if (bars != 2)
        return false;
    /* the format's name and version before the first field */
    size_t e = i;
    while (i > lo && e - i < 4 && (is_digit(s[i - 1]) || s[i - 1] == '.'))
        i--;
    if (i == e || i == lo || s[i - 1] != ':')
        return false;
    i--;
    static const char *const formats[] = {"CEF", "LEEF"};
    for (size_t k = 0; k < 2; k++) {
        size_t n = strlen(formats[k]);
        if (i - lo >= n && memcmp(s + i - n, formats[k], n) == 0 &&
            (i - n == lo || !is_alnum(s[i - n - 1])))
            return true;
    }
    return false;
}

static size_t line_start(const uint8_t *s, size_t lo, size_t p);


/* Whether the line of cs is a mail header's whose name ends in "Version"
 * ("X-Proofpoint-Virus-Version: vendor=baseguard engine=ICAP:2.0.293,
 * ...,FMLib:17.11.176.26", "X-Mailer-Version:") or is "User-Agent", or a
 * line keyed by firmware: its numbers are versions. */
static bool version_header_line(const uint8_t *s, size_t lo, size_t cs)
{
    size_t ls = line_start(s, lo, cs);
    /* (a folded header's later lines begin with a blank: its first line's
     * name counts, as Proofpoint folds its engines' versions) */
    for (int lines = 0; lines < 4 && ls > lo && (s[ls] == ' ' || s[ls] == '\t'); lines++)
        ls = line_start(s, lo, ls - 1);
    if (ls == lo && lo > 0)
        return false; /* (the line begins before the window) */
    size_t k = ls;
    while (k < cs && k - ls < 64 && (is_alnum(s[k]) || s[k] == '-'))
        k++;
    if (k < cs && s[k] == ':' &&
        ((k - ls >= 8 && starts_with_ci((const char *)s + k - 8, 8, "-version")) ||
         (k - ls == 10 && starts_with_ci((const char *)s + ls, 10, "user-agent"))))
        return true;
    /* (and a SIP or HTTP "User-Agent:", a device's firmware after its
     * model: "Yealink SIP-T46S 66.86.0.15"; behind a trace's prefix too,
     * "10:04:17.222 [SIP]     User-Agent: Ribbon SBC 12.1.0.4") */
    for (k = ls; k + 11 <= cs && k - ls < 96; k++)
        if ((s[k] | 0x20) == 'u' && (k == ls || !is_alnum(s[k - 1])) &&
            starts_with_ci((const char *)s + k, 4, "user") &&
            (s[k + 4] == '-' || s[k + 4] == '_') &&
            starts_with_ci((const char *)s + k + 5, 5, "agent") &&
            (s[k + 10] == ':' || s[k + 10] == '=' ||
             (s[k + 10] == '"' && k + 11 < cs && s[k + 11] == ':')))
            return true; /* (a switch's variable too: "variable_sip_user_agent: ...") */
    /* (or a line keyed by firmware, its model before it: "Firmware:
     * T46S 66.86.0.15", "Firmware rollout: ...") */
    static const char *const keys[] = {"firmware", "fw", "bios"};
    static const char *const mores[] = {"level", "release", "rev", "revision", "rollout",
                                        "update", "updates", "version"};
    k = ls;
    while (k < cs && (s[k] == ' ' || s[k] == '\t'))
        k++;
    for (size_t w = 0; w < sizeof keys / sizeof keys[0]; w++) {
        size_t n = strlen(keys[w]);
        if (k + n >= cs || !starts_with_ci((const char *)s + k, n, keys[w]) || is_alnum(s[k + n]))
            continue;
        size_t c = k + n; /* (one more word of the kind maybe: not "Firmware server:") */
        if (c < cs && (s[c] == ' ' || s[c] == '_')) {
            size_t we, b = c + 1;
            for (we = b; we < cs && we - b < 10 && is_alpha(s[we]);)
                we++;
            for (size_t m = 0; m < sizeof mores / sizeof mores[0]; m++)
                if (span_is_ci(s, b, we, mores[m]))
                    c = we;
        }
        if (c < cs && s[c] == ':')
            return true;
    }
    return false;
}


/* Whether the value at cs is a REST path's segment after a resource that
 * names a record of another kind ("/v3/checkout/5673681930367/confirm",
 * "/carts/...", "/users/..."): its ID, as "/orders/4000123456788" is
 * (label_gap_ok()); a card's number may stand after a card's resource
 * ("/credit_cards/4111111111111111", "/cards/..."). */
static bool rest_resource_before(const uint8_t *s, size_t lo, size_t cs)
{
    if (cs < lo + 4 || s[cs - 1] != '/')
        return false;
    size_t a = cs - 1;
    while (a > lo && cs - 1 - a < 16 && is_lower(s[a - 1]))
        a--;
    if (a > lo + 1 && a < cs - 1 && is_upper(s[a - 1]) && s[a - 2] == '/')
        a--; /* (a capital first: Shopify's "gid://shopify/Customer/...") */
    if (a == lo || s[a - 1] != '/')
        return false;
    /* (in the singular, and short plurals; longer plurals below) */
    static const char *const records[] = {"ad",       "ads",      "booking", "campaign", "cart",
                                          "checkout", "customer", "event",   "item",     "order",
                                          "product",  "session",  "ticket",  "trip",     "user"};
    for (size_t k = 0; k < sizeof records / sizeof records[0]; k++)
        if (span_is_ci(s, a, cs - 1, records[k]))
            return true;
    /* (or any collection's name in the plural but a card's: "/placements/") */
    size_t n = cs - 1 - a;
    if (n < 5 || s[cs - 2] != 's')
        return false;
    for (size_t k = a; k + 4 <= cs - 1; k++)
        if (span_is_ci(s, k, k + 4, "card"))
            return false;
    return true;
}

/* Whether the XML start tag that ends at s[gt] ('>') names a version:
 * its element's name ends in the word "version" (or "version release",
 * "version number" ...), namespace and attributes aside ("<clientVersion
 * xsi:type=\"xsd:string\">", "<ns2:FirmwareVersion>", "<client_version>",
 * NCPDP SCRIPT's "<SenderSoftwareVersionRelease>"),
 * though a word before it ("client") names an address elsewhere; not
 * inside another word ("<ConversionRate>"). */
static bool xml_version_element(const uint8_t *s, size_t lo, size_t gt)
{
    size_t i = gt;
    while (i > lo && gt - i < 256 && s[i - 1] != '<' && s[i - 1] != '>' && s[i - 1] != '\n')
        i--;
    if (i == lo || s[i - 1] != '<')
        return false;
    size_t e = i;
    while (e < gt && (is_alnum(s[e]) || s[e] == '_' || s[e] == '-' || s[e] == ':' || s[e] == '.'))
        e++;
    if (!(e == gt || s[e] == ' ' || s[e] == '\t'))
        return false;
    for (size_t k = i; k + 7 <= e; k++) {
        if (!(s[k] == 'V' || (s[k] == 'v' && (k == i || !is_alpha(s[k - 1])))) ||
            !starts_with_ci((const char *)s + k, 7, "version"))
            continue;
        /* the name's last word, or before a word that says the same */
        size_t r = k + 7;
        while (r < e && (s[r] == '_' || s[r] == '-'))
            r++;
        static const char *const same[] = {"identifier", "info", "number", "release",
                                           "string"};
        if (r == e)
            return true;
        for (size_t q = 0; q < sizeof same / sizeof same[0]; q++)
            if (e - r == strlen(same[q]) && starts_with_ci((const char *)s + r, e - r, same[q]))
                return true;
    }
    return false;
}

/* Whether the label before a value is a key of code named "item" or
 * "items": a loop's variable ("(item=10.10.1.11)", Ansible's "with_items:"),
 * not an agenda's item. */
static bool loop_item_key(const token *before, size_t nb)
{
    return nb > 0 && before[nb - 1].code_key &&
           (strcmp(before[nb - 1].w, "item") == 0 || strcmp(before[nb - 1].w, "items") == 0);
}

/* Whether the word before the token at t (a blank between) is one that
 * names a container image: "docker pull fleet-api:10.4.1.2", "image",
 * "tag", a Dockerfile's "FROM". */
static bool image_verb_before(const uint8_t *s, size_t lo, size_t t)
{
    static const char *const verbs[] = {"from", "image", "pull", "push", "run", "tag"};
    if (t < lo + 2 || s[t - 1] != ' ')
        return false;
    size_t e = t - 1, b = e;
    while (b > lo && e - b < 6 && is_alpha(s[b - 1]))
        b--;
    if (b < e && (b == lo || !is_alnum(s[b - 1])))
        for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
            if (span_is_ci(s, b, e, verbs[k]))
                return true;
    return false;
}

/* Whether the dotted quad [cs, ce) is written as versions are, whatever
 * the words around it: after a product's name and '/' as user agents write
 * them ("Chrome/120.0.0.0", "Edg/121.0.0.0"), after a comparison of
 * versions ("setuptools==69.1.1.0", ">=2.31.0.1", "(>= 2.0.3.4)"), as the tag of a
 * container image ("ghcr.io/acme/agent:10.4.1.2": ':' after a name with
 * '/', or after a word for an image: "docker pull fleet-api:10.4.1.2"),
 * or before "or later" ("requires 2.10.4.117 or later", "from
 * 0.93.42.3 or earlier") or its
 * build's number ("AcmeSync 4.12.0.3 (build 20240311.2)", "UFED 7.62.0.13
 * build 1042"), or as the
 * fourth field of an ArcSight CEF or QRadar LEEF event's header, the
 * device's version ("CEF:0|Imperva Inc.|SecureSphere|14.7.0.30|..."). */
static bool version_written(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce)
{
    if (cs > lo && s[cs - 1] == '|' && ce < hi && s[ce] == '|' && event_header_version(s, lo, cs - 1))
        return true;
    if (cs > lo && s[cs - 1] == '>' && xml_version_element(s, lo, cs - 1))
        return true;
    /* (and after a product's name in it: "<SoftwareVersion>Encompass
     * 24.1.0.3</SoftwareVersion>") */
    if (cs > lo + 1 && s[cs - 1] == ' ' && is_alpha(s[cs - 2])) {
        size_t g = cs - 1;
        while (g > lo && cs - g < 40 && (is_alnum(s[g - 1]) || s[g - 1] == ' ' || s[g - 1] == '-'))
            g--;
        if (g > lo && s[g - 1] == '>' && is_upper(s[g]) && xml_version_element(s, lo, g - 1))
            return true;
    }
    if (version_header_line(s, lo, cs))
        return true;
    if (cs >= lo + 2) {
        uint8_t op = s[cs - 2], glue = s[cs - 1];
        if (glue == '=' && (op == '=' || op == '>' || op == '<' || op == '~' || op == '!'))
            return true;
        /* (and spaced: "base-passwd (>= 2.0.3.4)"; not '>' alone, which
         * tcpdump writes between two addresses) */
        if (glue == ' ' && cs >= lo + 3 && op == '=' &&
            (s[cs - 3] == '=' || s[cs - 3] == '>' || s[cs - 3] == '<' || s[cs - 3] == '~' ||
             s[cs - 3] == '!'))
            return true;
        if (glue == '/' || glue == ':') {
            /* the token glued before: letters only before '/', a path
             * before ':' (IIS's logs write a user agent's spaces as '+':
             * "...+Gecko)+Chrome/122.0.0.0+Safari/537.36", CloudFront's
             * as "%20") */
            size_t i = cs - 1;
            bool letters = true, slash = false;
            while (i > lo && cs - i < 128 && s[i - 1] > ' ' && s[i - 1] != '"' &&
                   s[i - 1] != '\'' && s[i - 1] != '(' && s[i - 1] != '=' && s[i - 1] != ',' &&
                   s[i - 1] != '+' &&
                   !(i >= lo + 3 && s[i - 3] == '%' && s[i - 2] == '2' && s[i - 1] == '0')) {
                i--;
                letters &= is_alpha(s[i]);
                slash |= s[i] == '/';
            }
            /* (a product's name is capitalized, and a version has no port:
             * OpenVPN writes its clients "hannah/21.242.105.231:8702") */
            bool port = ce + 1 < hi && s[ce] == ':' && is_digit(s[ce + 1]);
            /* (not a command's switch, '/' and letters alone: "wmic
             * /node:10.0.2.41", "mstsc /v:10.8.1.20") */
            bool cli_switch = s[i] == '/' && (i == lo || s[i - 1] == ' ' || s[i - 1] == '\t');
            for (size_t k = i + 1; cli_switch && k + 1 < cs; k++)
                cli_switch = is_alpha(s[k]);
            if (glue == '/' ? letters && cs - 1 - i >= 2 && is_upper(s[i]) && !port
                            : (slash && !cli_switch) || (!port && image_verb_before(s, lo, i)))
                return true;
        }
    }
    static const char *const later[] = {"or later",   "or newer",  "or higher",   "or above",
                                        "or greater", "and later", "and above",   "and newer",
                                        "or earlier", "or older",  "and earlier", "or below",
                                        "(build ",    ", build ",  "build "};
    size_t a = ce;
    if (a < hi && s[a] == ' ')
        a++;
    for (size_t k = 0; k < sizeof later / sizeof later[0]; k++) {
        size_t n = strlen(later[k]);
        if (hi - a < n)
            continue;
        size_t j = 0;
        while (j < n && to_lower(s[a + j]) == (uint8_t)later[k][j])
            j++;
        /* (a build's number: "(build 20240311.2)", not "(build server)") */
        if (j < n || (later[k][n - 1] == ' ' ? a + n >= hi || !is_digit(s[a + n])
                                              : a + n < hi && is_alpha(s[a + n])))
            continue;
        /* ("and later" of time goes on with what came then: "from
         * 45.134.26.19 and later from ...", not a version's "and later.") */
        if (later[k][0] == 'a' && later[k][4] == 'l') {
            size_t b = a + n;
            while (b < hi && s[b] == ' ')
                b++;
            if (b > a + n && b < hi && is_alpha(s[b]))
                continue;
        }
        return true;
    }
    return false;
}

/* Words between a version word and its number that leave it the label:
 * "firmware upgrade: 2.1.0.9", "upgraded the firmware from 2.1.0.9",
 * "firmware baseline 4.2.0.18". */
static bool version_filler(const token *t)
{
    static const char *const words[] = {"from",      "to",       "upgrade",  "upgraded", "update",
                                        "updated",   "upgrading", "updating", "the",      "is",
                                        "now",       "bumped",   "baseline", "level",    "image",
                                        "installed", "running",  "current",  "latest",   "target",
                                        "of",        "app",      "application", "software",
                                        "du",        "logiciel", "logicielle", /* French */
                                        "de",        "del",      "la",       "aplicacion",
                                        "movil",     "modem", /* Spanish: "Versión de la
                                                                 * aplicación móvil:" */
                                        "bump",      "before",   "since",
                                        /* code's keys: versionName, CFBundleVersion's
                                         * version_string */
                                        "name",      "code",     "string"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether the last word before a value, past "no", "number" ..., is w. */
static bool last_word_is(const token *before, size_t nb, const char *w)
{
    while (nb > 1 && number_word(&before[nb - 1]))
        nb--;
    return nb > 0 && strcmp(before[nb - 1].w, w) == 0;
}

/* The words of before[0, nb) before a note in parentheses that ends right
 * before the value at cs ("Please port (and keep E911 on) 972-555-0161":
 * the words before "("), or nb. */
static size_t words_before_note(const token *before, size_t nb, const uint8_t *s, size_t cs)
{
    size_t e = cs;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    if (nb == 0 || e == 0 || s[e - 1] != ')' || before[nb - 1].end >= e)
        return nb;
    size_t k = nb;
    while (k > 0 && nb - k < 8 && !(before[k - 1].start > 0 && s[before[k - 1].start - 1] == '('))
        k--;
    return k > 0 && nb - k < 8 ? k - 1 : nb;
}

/* Whether the label before a value ends in "id" that another number's
 * label of two words ends in ("Tenant ID 318-207-4415", "Loan ID"), or
 * that follows one of one word ("Order ID") or a thing's name ("Site ID",
 * "Circuit ID", "Device ID"): not a caller's. */
static bool id_of_other(const pii_ruleset *rs, const token *before, size_t nb)
{
    static const char *const things[] = {"asset", "branch", "circuit", "device", "host",
                                          "node",  "site",   "store",   "terminal"};
    uint32_t ent;
    return nb >= 2 && strcmp(before[nb - 1].w, "id") == 0 &&
           (match_memo(rs, other_labels, other_label_count, before, nb, nb - 2, &ent) != 0 ||
            word_in(&before[nb - 2], things, sizeof things / sizeof things[0]));
}

/* Whether the label before a value, past its number word, is "ID" alone
 * ("ID number:", a KYC API's "id_number" that holds a person's SSN, "KYC
 * id:"): as generic as no label at all; not "Student ID". */
static bool generic_id_label(const token *before, size_t nb, const uint8_t *s)
{
    while (nb > 1 && number_word(&before[nb - 1]))
        nb--;
    if (nb == 0 || strcmp(before[nb - 1].w, "id") != 0)
        return false;
    /* (or a KYC check's: "KYC id_number:", whose ID is the person's) */
    if (nb == 1 || strcmp(before[nb - 2].w, "kyc") == 0)
        return true;
    /* (a clause's or a field's end before "ID": label_break()'s, or a
     * list's or a table's separator) */
    for (size_t g = before[nb - 2].end; g < before[nb - 1].start; g++)
        if (s[g] && strchr(":\n.;,|\t", s[g]))
            return true;
    return false;
}

/* Whether the label before a value, past its number word, is a meeting's
 * ID ("Zoom meeting ID: 284 551 9077", "Conference ID"): no caller's. */
static bool meeting_id(const token *before, size_t nb)
{
    static const char *const words[] = {"conference", "meeting", "webinar", "zoom"};
    while (nb > 2 && number_word(&before[nb - 1]))
        nb--;
    return nb >= 2 && strcmp(before[nb - 1].w, "id") == 0 &&
           word_in(&before[nb - 2], words, sizeof words / sizeof words[0]);
}

/* Whether s[g, cs) is what a key or label leaves before its value: a few
 * blanks, ':', '=', '#', quotes or dots. */
static bool key_gap(const uint8_t *s, size_t g, size_t cs)
{
    if (cs < g || cs - g > 6)
        return false;
    for (; g < cs; g++)
        if (!s[g] || !strchr(" :=#\"'>.,", s[g]))
            return false;
    return true;
}

/* Whether a card's number comes right after an account's label that no
 * word of a bank's account qualifies ("ACCT=371463074185290" as PayPal
 * writes a card, "<accountNumber>", "acct: ...", "Acct No."; not "checking account"):
 * a card's number is its primary account number, and an issuer's prefix
 * with a valid check digit makes it a card rather than a bank's account. */
static bool card_account_label(const token *before, size_t nb, const uint8_t *s, size_t cs)
{
    static const char *const accounts[] = {"acc",  "account", "accountno", "accountnumber",
                                           "acct", "acctno"};
    static const char *const banks[] = {"bank",     "banking",  "beneficiary", "brokerage",
                                        "checking", "chequing", "current",     "dda",
                                        "deposit",  "direct",   "loan",        "mortgage",
                                        "payee",    "savings",  "routing",     "escrow"};
    if (nb == 0)
        return false;
    size_t g = before[nb - 1].end; /* (the label's end, past its number word) */
    while (nb > 1 && number_word(&before[nb - 1]))
        nb--;
    /* (or a bank's name, an issuer's: "Synchrony Bank 4266...", as a
     * collection agency's files name the original creditor) */
    bool issuer = strcmp(before[nb - 1].w, "bank") == 0 && nb >= 2 &&
                  is_upper(s[before[nb - 2].start]) &&
                  is_upper(s[before[nb - 1].start]);
    if (!issuer && !word_in(&before[nb - 1], accounts, sizeof accounts / sizeof accounts[0]))
        return false;
    /* (a bank's word qualifies the account right before it; not across a
     * ',': "Comenity Bank, account ...") */
    if (!issuer && nb >= 2 && word_in(&before[nb - 2], banks, sizeof banks / sizeof banks[0]) &&
        before[nb - 2].end + 1 == before[nb - 1].start)
        return false;
    return key_gap(s, g, cs);
}

/* Whether a card's number comes right after the name of a card of another
 * kind ("Smart ID card 4539...", "Gift card no. 6035..."); grouped as
 * cards print theirs, not a card that may pay (a gift card, an EBT card, a
 * club's: "Diners Club card: 3056 404844 7725"). */
static bool other_card_label(const token *before, size_t nb, const uint8_t *s, size_t cs,
                             bool grouped)
{
    static const char *const paying[] = {"club", "ebt", "gift"};
    if (nb < 2)
        return false;
    size_t g = before[nb - 1].end;
    while (nb > 2 && number_word(&before[nb - 1]))
        nb--;
    return strcmp(before[nb - 1].w, "card") == 0 && card_kind_word(&before[nb - 2]) &&
           !(grouped && word_in(&before[nb - 2], paying, sizeof paying / sizeof paying[0])) &&
           key_gap(s, g, cs);
}

/* Whether before[k] (k > 0) is a number of one or two digits joined to the
 * word before it by '-' or ' ', as a label's variant is written ("EAN-13",
 * "ISBN 10", "GTIN-14"). */
static bool label_variant(const token *before, size_t k, const uint8_t *s)
{
    const token *t = &before[k];
    size_t n = t->end - t->start;
    return n <= 2 && is_digit(s[t->start]) && is_digit(s[t->end - 1]) &&
           t->start == before[k - 1].end + 1 && (s[t->start - 1] == '-' || s[t->start - 1] == ' ');
}

static bool labelled_by_upto(const hotword *table, size_t count, const token *before, size_t nb,
                             const uint8_t *s, size_t cs);
static bool label_gap_ok(const hotword *table, const token *before, size_t all, size_t nb,
                         const uint8_t *s, size_t cs);
static bool fullwidth_colon(const uint8_t *p);

/* Whether the label right before cs is a phrase of table[] (past number
 * words, a label's variant, and for version words the words between);
 * or before a note in parentheses after it ("Merchant ID (MID):",
 * "Order ID (web): 4000123456788"). */
static bool labelled_by(const hotword *table, size_t count, const token *before, size_t nb,
                        const uint8_t *s, size_t cs)
{
    if (labelled_by_upto(table, count, before, nb, s, cs))
        return true;
    /* (a sentence's label before "is", its last word a number's: "your
     * claim ID is 529-31-8842", "the order number was ..."; one space
     * before "is", two bytes at most after it) */
    if (nb >= 2 && (strcmp(before[nb - 1].w, "is") == 0 || strcmp(before[nb - 1].w, "was") == 0) &&
        (number_word(&before[nb - 2]) || strcmp(before[nb - 2].w, "id") == 0) &&
        cs - before[nb - 1].end <= 2 && s[before[nb - 2].end] == ' ' &&
        before[nb - 2].end + 1 == before[nb - 1].start &&
        labelled_by_upto(table, count, before, nb - 1, s, before[nb - 1].start - 1))
        return true;
    size_t e = cs;
    while (e > 0 && cs - e < 16 && (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '#'))
        e--;
    if (nb < 2 || e == 0 || s[e - 1] != ')')
        return false;
    size_t open = e - 1;
    while (open > 0 && e - open < 24 && s[open - 1] != '(' && s[open - 1] != '\n')
        open--;
    if (open == 0 || s[open - 1] != '(')
        return false;
    open--;
    size_t k = nb;
    while (k > 0 && before[k - 1].start > open)
        k--;
    return k > 0 && k < nb && labelled_by_upto(table, count, before, k, s, open);
}

static bool labelled_by_upto(const hotword *table, size_t count, const token *before, size_t nb,
                             const uint8_t *s, size_t cs)
{
    size_t all = nb;
    /* (the old version of an upgrade, its new one named before: "release
     * 25.1.0.14 rolling out; upgrade from 24.4.2.9") */
    static const char *const changes[] = {"downgrade", "downgraded", "upgrade", "upgraded"};
    if (table == version_words && nb >= 2 && strcmp(before[nb - 1].w, "from") == 0 &&
        word_in(&before[nb - 2], changes, sizeof changes / sizeof changes[0]) &&
        label_gap_ok(table, before, all, all, s, cs))
        return true;
    /* (a version word a few words before "updated to": "firmware on the
     * gate controller updated to 6.2.0.114") */
    static const char *const updates[] = {"update", "updated", "upgrade", "upgraded"};
    uint32_t ent0;
    if (table == version_words && nb >= 3 && strcmp(before[nb - 1].w, "to") == 0 &&
        word_in(&before[nb - 2], updates, sizeof updates / sizeof updates[0]) &&
        label_gap_ok(table, before, all, all, s, cs))
        for (size_t j = nb - 2; j-- > 0 && nb - 2 - j <= 5;)
            if (match_phrase(table, count, before, nb - 2, j, &ent0))
                return true;
    /* (a phrase whose last letter is also a number word's: "P/N", a part's) */
    uint32_t ent;
    if (nb >= 2 && number_word(&before[nb - 1]) &&
        match_phrase(table, count, before, nb, nb - 2, &ent) == 2 &&
        label_gap_ok(table, before, all, all, s, cs))
        return true;
    while (nb > 1 && number_word_or_plural(&before[nb - 1]))
        nb--; /* (or "numbers": "Replaces part numbers: ...") */
    if (nb > 1 && label_variant(before, nb - 1, s))
        nb--;
    size_t filled = nb;
    /* (not a filler that is a version word itself: "FMS software upgrade:") */
    while (table == version_words && nb > 1 && version_filler(&before[nb - 1]) &&
           match_phrase(table, count, before, nb, nb - 1, &ent) != 1)
        nb--;
    for (size_t i = 0; i < nb; i++) {
        size_t k = match_phrase(table, count, before, nb, i, &ent);
        if (!k || i + k != nb ||
            (table == other_labels && k == 1 && loose_other_word(before, all, i, s, cs)))
            continue;
        /* (not a command's switch: "mstsc /v:10.8.1.20") */
        size_t w = before[i].start;
        if (table == version_words && s && w >= 2 && s[w - 1] == '/' &&
            (s[w - 2] == ' ' || s[w - 2] == '\t'))
            continue;
        if (filled != nb) /* (the words between checked above) */
            return true;
        return label_gap_ok(table, before, all, nb, s, cs);
    }
    return false;
}

/* Whether only what joins a label to its value is between the label's
 * last word (before[all - 1]) and cs; nb: where the label's phrase ended
 * before number words. */
static bool label_gap_ok(const hotword *table, const token *before, size_t all, size_t nb,
                         const uint8_t *s, size_t cs)
{
    /* (a version as code passes it: AssemblyVersion("2.4.1.0")) */
    /* (a pair's name and its "value": {"name": "x-client-version",
     * "value": "5.12.0.214"}, as HAR files write headers; a label and
     * its number word joined by '-': "OCR-nummer") */
    /* (from the last word: a number word labelled_by_upto() skipped is in
     * none of these bytes when it is of another script, "订单号") */
    /* (a REST path's resource before its ID: "/orders/4000123456788/") */
    size_t ls = before[all - 1].start;
    if (before[all - 1].end + 1 == cs && s[cs - 1] == '/' && ls > 0 && s[ls - 1] == '/')
        return true;
    /* (a label in parentheses after another, "Número de Control (MTCN):") */
    size_t ge = before[all - 1].end;
    if (ge < cs && s[ge] == ')' && ls > 0 && s[ls - 1] == '(')
        ge++;
    bool key = false; /* (a ':' after the label: a form's label above its value) */
    for (size_t g = ge; g < cs; g++) {
        if (g + 3 <= cs && fullwidth_colon(s + g)) {
            g += 2; /* (CJK text's '：': "ご注文番号：4000123456788") */
            continue;
        }
        if (g + 2 <= cs && s[g] == 0xC2 && s[g + 1] == 0xB0) {
            g++; /* (a degree sign for the ordinal's º, as French is typed: "n°") */
            continue;
        }
        key |= s[g] == ':';
        if (key && (s[g] == '\n' || s[g] == '\r' || s[g] == '\t'))
            continue; /* ("Order confirmation #:\n212-448-3017") */
        /* (an XML element's start tag that names the value,
         * "<EndToEndId>4539...": the label's words from its '<') */
        if (s[g] == '>' && g + 1 == cs) {
            size_t t = ls;
            while (t > 0 && ls - t < 64 && (is_alnum(s[t - 1]) || s[t - 1] == '_'))
                t--;
            if (t > 0 && s[t - 1] == '<')
                continue;
        }
        /* (a receipt's " - " after its label: "TRANS ID - 3782...") */
        if (!(s[g] == ' ' || s[g] == ':' || s[g] == '=' || s[g] == '#' || s[g] == '"' ||
              s[g] == '\'' || s[g] == '.' || s[g] == '\t' || is_alnum(s[g]) ||
              (s[g] == '(' && table == version_words) ||
              ((s[g] == ',' || s[g] == '-') && all != nb) ||
              (s[g] == '-' && g > ge && s[g - 1] == ' ' && g + 1 < cs && s[g + 1] == ' ')))
            return false; /* alnum: the number word skipped */
    }
    return true;
}

/* The start of the line that holds s[p - 1], not before lo: after the
 * last '\n' in s[lo, p), eight bytes a step. */
static size_t line_start(const uint8_t *s, size_t lo, size_t p)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), nl = ones * '\n';
    while (p >= lo + 8) {
        uint64_t w;
        memcpy(&w, s + p - 8, 8);
        w ^= nl; /* a zero byte where a newline is */
        if ((w - ones) & ~w & (ones << 7))
            break;
        p -= 8;
    }
    while (p > lo && s[p - 1] != '\n')
        p--;
    return p;
}

/* Where what follows the last ':' or newline in s[lo, p) begins; lo if
 * none: eight bytes a step, as line_start(). */
static size_t after_colon_or_newline(const uint8_t *s, size_t lo, size_t p)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), nl = ones * '\n', colon = ones * ':';
    while (p >= lo + 8) {
        uint64_t w, a, b;
        memcpy(&w, s + p - 8, 8);
        a = w ^ nl; /* (zero bytes where the two are) */
        b = w ^ colon;
        if (((a - ones) & ~a & (ones << 7)) || ((b - ones) & ~b & (ones << 7)))
            break;
        p -= 8;
    }
    while (p > lo && s[p - 1] != '\n' && s[p - 1] != ':')
        p--;
    return p;
}

/* Whether s[i] (in [lo, hi)) is word w (lower case) in any case, not
 * inside a longer word ("invalid_area" has it, "invalidated" not). */
static bool word_at_ci(const uint8_t *s, size_t lo, size_t hi, size_t i, const char *w)
{
    if (i > lo && is_alpha(s[i - 1]))
        return false;
    for (; *w; w++, i++)
        if (i >= hi || to_lower(s[i]) != (uint8_t)*w)
            return false;
    return i == hi || !is_alpha(s[i]);
}

/* Whether the line of s[cs] (within [lo, hi)) says its value is invalid:
 * "invalid" ("reason=invalid_area", "INVALID SSN"), or "validation" and
 * "failed" ("validation failed", "failed validation"). */
static bool line_says_invalid(const uint8_t *s, size_t lo, size_t hi, size_t cs)
{
    bool validation = false, failed = false;
    for (size_t i = line_start(s, lo, cs); i < hi && s[i] != '\n'; i++) {
        uint8_t c = s[i] | 0x20;
        if (c == 'i' && word_at_ci(s, lo, hi, i, "invalid"))
            return true;
        validation |= c == 'v' && word_at_ci(s, lo, hi, i, "validation");
        failed |= c == 'f' && word_at_ci(s, lo, hi, i, "failed");
    }
    return validation && failed;
}

/* Whether one of the words t[0, n) names a driver's license outright
 * ("driver", "DL", "CDL" ...): prescriber_license() need not look. */
static bool driving_word_in(const token *t, size_t n)
{
    static const char *const words[] = {"cdl", "dl", "dln", "dmv", "driver", "drivers", "oln"};
    for (size_t i = 0; i < n; i++)
        if ((t[i].w[0] == 'd' || t[i].w[0] == 'c' || t[i].w[0] == 'o') &&
            word_in(&t[i], words, sizeof words / sizeof words[0]))
            return true;
    return false;
}

/* Whether the value at cs is a prescriber's license by its record (or a
 * loan originator's, an appraiser's): its line or the line above names a
 * DEA registration, an NPI or an NMLS ID, an appraiser, a licensure
 * section or a licensing board ("DO   Lic# Q4821   DEA BN8804076",
 * "SECTION 3 - MEDICAL LICENSURE" over "State License #: Q4821",
 * "Licensing board: Texas Medical Board" over "License number: ..."), and
 * neither says "driver" nor "DL", "DLN", "CDL", "OLN", "DMV". */
static bool prescriber_license(const uint8_t *s, size_t lo, size_t hi, size_t cs)
{
    size_t ls = line_start(s, lo, cs);
    size_t from = ls > lo + 1 ? line_start(s, lo, ls - 1) : ls;
    bool named = false;
    for (size_t i = from; i < hi && i - from < 480 && (s[i] != '\n' || i < ls); i++) {
        uint8_t c = s[i] | 0x20;
        if ((c == 'd' && (word_at_ci(s, lo, hi, i, "driver") ||
                          word_at_ci(s, lo, hi, i, "drivers") ||
                          (s[i] == 'D' && (word_at_ci(s, lo, hi, i, "dl") ||
                                           word_at_ci(s, lo, hi, i, "dln") ||
                                           word_at_ci(s, lo, hi, i, "dmv"))))) ||
            (s[i] == 'C' && word_at_ci(s, lo, hi, i, "cdl")) ||
            (s[i] == 'O' && word_at_ci(s, lo, hi, i, "oln")))
            return false;
        named |= (s[i] == 'D' && i + 3 <= hi && s[i + 1] == 'E' && s[i + 2] == 'A' &&
                  word_at_ci(s, lo, hi, i, "dea")) ||
                 (s[i] == 'N' && i + 3 <= hi && s[i + 1] == 'P' && s[i + 2] == 'I' &&
                  word_at_ci(s, lo, hi, i, "npi")) ||
                 (s[i] == 'N' && i + 4 <= hi && s[i + 1] == 'M' && s[i + 2] == 'L' &&
                  word_at_ci(s, lo, hi, i, "nmls")) ||
                 (c == 'a' && word_at_ci(s, lo, hi, i, "appraiser")) ||
                 (c == 'l' && word_at_ci(s, lo, hi, i, "licensure")) ||
                 (c == 'b' && word_at_ci(s, lo, hi, i, "board"));
    }
    return named;
}

/* Whether the value at cs sits in a tuple of a SQL INSERT whose column
 * list is on its line or the line above, within reach (from lo): one
 * statement per line, as applications log them ("INSERT INTO t (id, ssn)
 * VALUES (7, '536221234');"), which the table state (a header line, its
 * rows below) does not follow.  If so, the name of the value's column
 * ([*name, *name + *n), in s) and where its tuple begins. */
/* Where "INSERT INTO" begins a statement in s[i, cs) after a log line's
 * prefix of up to SQL_PREFIX_MAX bytes (after a blank, a tab or ':'); cs if
 * nowhere. */
#define SQL_PREFIX_MAX 160
static size_t sql_insert_after_prefix(const uint8_t *s, size_t i, size_t cs)
{
    size_t end = cs - i > SQL_PREFIX_MAX ? i + SQL_PREFIX_MAX : cs;
    for (size_t p = i + 1; p < end; p++)
        if ((s[p] | 0x20) == 'i' && (s[p - 1] == ' ' || s[p - 1] == '\t' || s[p - 1] == ':') &&
            starts_with_ci((const char *)s + p, cs - p, "insert into "))
            return p;
    return cs;
}

/* (Inlined by attribute: out of line, as the compiler chose once
 * context_score() grew, it cost dense text 0.2% more instructions.) */
static inline __attribute__((always_inline)) bool
sql_inline_column(const uint8_t *s, size_t lo, size_t cs, const uint8_t **name, size_t *n,
                  size_t *tuple)
{
    /* a tuple's value follows '(' or ',' (a quote and blanks apart): most
     * values do not, and are turned away at once */
    size_t j = cs;
    while (j > lo && cs - j < 4 && (s[j - 1] == ' ' || s[j - 1] == '\''))
        j--;
    if (j == lo || (s[j - 1] != ',' && s[j - 1] != '('))
        return false;
    size_t ls = line_start(s, lo, cs), stmt = ls, i = ls;
    if (ls == lo && lo > 0 && s[lo - 1] != '\n')
        return false; /* the line begins out of reach */
    while (i < cs && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i < cs && (s[i] | 0x20) == 'v' && ls > lo + 1) { /* "VALUES (...)" below the list */
        stmt = line_start(s, lo, ls - 1);
        if (stmt == lo && lo > 0 && s[lo - 1] != '\n')
            return false;
    } else if (i == cs || (s[i] | 0x20) != 'i') {
        /* a statement after a log's prefix on its line (MySQL's general
         * log "42 Query\tINSERT INTO ...", PostgreSQL's "LOG:  statement:
         * INSERT INTO ...") */
        size_t p = sql_insert_after_prefix(s, i, cs);
        if (p == cs)
            return false; /* (most lines: at once) */
        stmt = p;
    }
    unsigned nf;
    uint16_t off[TABLE_MAX_FIELDS + 1];
    if (!sql_column_list((const char *)s + stmt, cs - stmt, &nf, off) ||
        (s[stmt] | 0x20) != 'i')
        return false;
    for (i = stmt + off[nf]; i < cs && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n');)
        i++;
    if (!starts_with_ci((const char *)s + i, cs - i, "values"))
        return false;
    /* the tuples: fields split by ',' inside "( )", strings in '\'' with
     * backslash escapes (as field_step() reads a dump's rows) */
    unsigned field = 0, depth = 0;
    bool quote = false, escaped = false;
    size_t open = 0;
    for (i += 6; i < cs; i++) {
        uint8_t c = s[i];
        if (quote) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '\'')
                quote = false;
        } else if (c == '\'') {
            quote = true;
        } else if (c == '(') {
            if (depth++ == 0) {
                field = 0;
                open = i;
            }
        } else if (c == ')') {
            depth -= depth > 0;
        } else if (c == ',' && depth == 1) {
            field++;
        } else if (depth == 0 && c != ' ' && c != ',' && c != '\r' && c != '\n' && c != '\t') {
            return false; /* (the statement ended: ';') */
        }
    }
    if (depth != 1 || field >= nf)
        return false;
    size_t a = stmt + off[field], b = stmt + off[field + 1] - 1;
    *name = s + a;
    *n = b - a;
    *tuple = open;
    return true;
}

/* Whether the line the table state is on (synced to the candidate's)
 * begins with a record's segment, from the first bytes it keeps. */
static bool line_is_record(const table_state *t)
{
    size_t n = t->cur_len < sizeof t->cur ? t->cur_len : sizeof t->cur;
    return table_line_is_record((const uint8_t *)t->cur, n);
}

/* Whether the candidate at view byte cs sits in a table's row. */
static bool in_table_row(const pii_ctx *ctx, const scan_view *v, size_t cs)
{
    size_t ocs = v->nv ? v->nv->ostart[cs] : cs;
    return table_row_ok(&ctx->table, v->orig, v->orig_len, v->base, ocs, v->at_eof, &ctx->win->row);
}

/* Where the note in parentheses that ends right before cs begins (its
 * '('; a label's ':', '#' or '-' and blanks after its ')'), not before lo
 * and on one line; SIZE_MAX if none. */
static size_t note_before(const uint8_t *s, size_t lo, size_t cs)
{
    size_t e = cs;
    while (e > lo && cs - e < 8 && (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '#' ||
                                    s[e - 1] == '-' || s[e - 1] == '\t'))
        e--;
    if (e == lo || s[e - 1] != ')')
        return SIZE_MAX;
    /* (parentheses inside it too: "(required by 42 U.S.C. 666(a)(13))") */
    size_t o = e - 1;
    int depth = 1;
    while (o > lo && e - o < NOTE_MAX && s[o - 1] != '\n' && depth <= 3) {
        depth += s[o - 1] == ')' ? 1 : s[o - 1] == '(' ? -1 : 0;
        if (depth == 0)
            return o - 1;
        o--;
    }
    return SIZE_MAX;
}

/* The end of a note in parentheses right after a value ending at ce (a
 * space or two between), its ')' within NOTE_LABEL_CHARS + 8 bytes of the
 * '(' and before hi on the line, or SIZE_MAX ("S530-4417-2261-08
 * (Wisconsin driver license)"). */
static size_t note_after(const uint8_t *s, size_t hi, size_t ce)
{
    size_t o = ce;
    while (o < hi && o - ce < 2 && s[o] == ' ')
        o++;
    if (o >= hi || s[o] != '(')
        return SIZE_MAX;
    for (size_t k = o + 1; k < hi && k - o <= NOTE_LABEL_CHARS + 8; k++) {
        if (s[k] == ')')
            return k + 1;
        if (s[k] == '(' || s[k] == '\n')
            break;
    }
    return SIZE_MAX;
}

/* The most bytes between a speaker's name and a value for the reply to
 * read its question above (window_bounds()): four short words. */
#define REPLY_REACH 40

/* window_before() in batches, as the windows take it: one copy of it
 * whatever the compiler inlines around its callers. */
static __attribute__((noinline)) size_t window_start(const uint8_t *s, size_t p, size_t floor,
                                                     unsigned chars)
{
    return window_before(s, p, floor, chars, true);
}

/* Bytes of a label's words and punctuation (whole_label_start()). */
static inline bool label_byte(uint8_t c)
{
    return is_alpha(c) || c == ' ' || c == '\'' || c == '-' || c == '.' || c == '#' || c == '(' ||
           c == ')' || c == ',' || c >= 0x80; /* (a note in parentheses: "Alias SSNs (possible
                                                 errors):"; a list, "License, Certificate, or
                                                 Registration Number:") */
}

/* Where the label of the value at cs begins when it is the whole of its
 * line before a ':' and blanks right before cs (letters, blanks and a
 * label's punctuation, up to `reach` bytes before the ':', twice the
 * window; the blanks after it pad a form's column): its line's
 * start; else wb.  (Out of line: inlined, it changed what the compiler
 * inlined around it, +0.3% of dense text's instructions.) */
static __attribute__((noinline)) size_t whole_label_start(const uint8_t *s, size_t floor,
                                                          size_t wb, size_t cs, size_t reach)
{
    size_t c = cs;
    while (c > wb && (s[c - 1] == ' ' || s[c - 1] == '\t'))
        c--;
    if (c == wb || s[c - 1] != ':')
        return wb;
    /* (before the window first: most lines have a value or a key there) */
    size_t i = wb;
    while (i > floor && c - i < reach && s[i - 1] != '\n' && label_byte(s[i - 1]))
        i--;
    if (i == wb || (i > floor && s[i - 1] != '\n'))
        return wb;
    for (size_t k = wb; k + 1 < c; k++)
        if (!label_byte(s[k]))
            return wb;
    return i;
}

/* The window around the view bytes [cs, ce): [*wb, *wa), within [lo, hi);
 * in a table's row it stays on the row (tables are followed in input
 * offsets).  (Inlined: out of line, with what its caller knows lost, it
 * cost dense text 0.4% more instructions.) */
static inline __attribute__((always_inline)) void
window_bounds(const pii_ctx *ctx, const scan_view *v, size_t cs, size_t ce, size_t lo, size_t hi,
              bool in_row, size_t tuple, size_t *wb, size_t *wa)
{
    unsigned chars = ctx->rs->context_window;
    size_t floor = tuple != SIZE_MAX ? tuple : lo;
    const table_state *t = &ctx->table;
    if (in_row) {
        floor = (size_t)(t->line_start - v->base);
        if (v->nv)
            floor = norm_from_orig(v->nv, floor);
    }
    *wb = window_start(v->s, cs, floor, chars);
    /* a label's note in parentheses right before the value ("Social
     * Security Number (required for award disbursement):") counts as one
     * word: the window reaches a label's length before its '('; and a
     * changed field's object before its later state, the field's key */
    size_t open = in_row ? SIZE_MAX : note_before(v->s, floor, cs);
    if (open == SIZE_MAX && !in_row)
        open = change_object_open(v->s, floor, cs);
    if (open != SIZE_MAX && open < *wb + NOTE_LABEL_CHARS) {
        size_t nb = window_start(v->s, open, floor, NOTE_LABEL_CHARS);
        if (nb < *wb)
            *wb = nb;
    }
    /* a long label of its own line, from the line's start to the ':'
     * before the value, counts as a whole ("Routing number for direct
     * deposit of your premium refund: 092909410") */
    if (!in_row && *wb > floor && v->s[*wb - 1] != '\n')
        *wb = whole_label_start(v->s, floor, *wb, cs, 2 * (size_t)chars);
    /* a short reply after its speaker's name and a chat's time reaches
     * as far above its line as a reply without them ("3/4/24, 9:31 AM -
     * Roberto Mejía: claro licenciada, es ..." answers the question at
     * the end of the line above); not a form's key alone ("SSN: ...") */
    if (!in_row && *wb > floor && v->s[*wb - 1] != '\n') {
        /* (the ':' after the name, words between it and cs) */
        size_t from = cs - floor > REPLY_REACH ? cs - REPLY_REACH : floor;
        size_t c = after_colon_or_newline(v->s, from, cs);
        bool words = false;
        for (size_t k = c; k < cs && !words; k++)
            words = is_alpha(v->s[k]);
        size_t ls = words && c > from && v->s[c - 1] == ':' ? line_start(v->s, floor, c) : floor;
        if (ls > floor && ls <= *wb && speaker_end(v->s, ls, cs) == c - 1 && cs - c < chars) {
            size_t nb = window_start(v->s, ls, floor, chars - (unsigned)(cs - c));
            if (nb < *wb)
                *wb = nb;
        }
    }
    *wa = window_after(v->s, hi, ce, (chars + 1) / 2, true);
    /* and a note in parentheses right after the value, as a whole: its
     * hotword may follow a state's name ("(Wisconsin driver license)") */
    if (!in_row) {
        size_t close = note_after(v->s, hi, ce);
        if (close != SIZE_MAX && close > *wa)
            *wa = close;
    }
}

/* Whether a word that could change a score may begin in view bytes
 * [a, b) (hotmap.c): a hotword of `want`, or a word against (HOT_*). */
static bool words_near(const pii_ctx *ctx, const scan_view *v, size_t a, size_t b,
                       uint32_t want, uint32_t against)
{
    return hot_near(v->hot, ctx->rs, v->s, v->len, a, b, want) ||
           (against && (hot_against(v->hot, ctx->rs, v->s, v->len, a, b) & against));
}

/* U+FF1A, the colon of Chinese, Japanese and Korean text, in UTF-8. */
static bool fullwidth_colon(const uint8_t *p)
{
    return p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x9A;
}

/* Whether a chat export's date begins a line at p ("04.03.24, 21:19 -
 * Jamal: ..."): no ID that would take the words before it. */
static bool chat_date(const uint8_t *s, size_t p, size_t cs)
{
    return (p == 0 || s[p - 1] == '\n') && chat_time_prefix(s, p, cs) != p;
}

/* Past the marks a reply quotes a line with ("> ", ">> ", "> > "), from
 * the line's start ls (before cs). */
static size_t quote_marks_end(const uint8_t *s, size_t ls, size_t cs)
{
    size_t i = ls;
    while (i < cs && i - ls < 8 && s[i] == '>') {
        i++;
        if (i < cs && s[i] == ' ')
            i++;
    }
    return i;
}

/* Where the speaker's name that begins the line from ls ends (the ':'
 * after it, before cs), or SIZE_MAX: one to three words of letters and
 * ':' ("Customer:", "Agent Smith:"; four after a chat export's time), after a time in brackets or
 * parentheses maybe ("[10:43] cust:", "(00:40) Patient:"), or in brackets
 * itself ("[Client]:"), or a chat
 * export's date and time ("3/4/24, 9:19 AM - Jamal:": chat_time_prefix());
 * a WebVTT cue's voice ("<v Caller>": its '>'); or a transcript's "A."
 * answering its "Q.". */
static size_t speaker_end(const uint8_t *s, size_t ls, size_t cs)
{
    ls = quote_marks_end(s, ls, cs);
    size_t i = ls;
    /* a deposition's line number before "Q." or "A." (" 9   A.   ...") */
    size_t j = i, d = 0;
    while (j < cs && j - i < 8 && s[j] == ' ')
        j++;
    while (j + d < cs && d < 4 && is_digit(s[j + d]))
        d++;
    if (d >= 1 && d <= 3 && j + d < cs && s[j + d] == ' ') {
        size_t k = j + d;
        while (k < cs && k - j < 16 && s[k] == ' ')
            k++;
        if (k + 2 < cs && (s[k] == 'A' || s[k] == 'Q') && s[k + 1] == '.' && s[k + 2] == ' ')
            return k + 1;
    }
    if (i < cs && is_digit(s[i]))
        i = chat_time_prefix(s, ls, cs);
    /* (after a chat export's date and time a contact's full name may
     * have four words: "Ana Lucía Xol Caal:") */
    unsigned max_spaces = i > ls ? 3 : 2;
    /* (indented, as a form's lines are, a capital first: "  Passport Number:") */
    size_t indent = i;
    while (indent < cs && indent - ls < 8 && (s[indent] == ' ' || s[indent] == '\t'))
        indent++;
    if (indent > i && indent < cs && is_upper(s[indent]))
        i = indent;
    if (i < cs && (s[i] == '[' || s[i] == '(')) {
        uint8_t close = s[i] == '[' ? ']' : ')';
        size_t open = i;
        while (i < cs && i < ls + 24 && s[i] != close)
            i++;
        if (i == cs || s[i] != close)
            return SIZE_MAX;
        /* (or the speaker's name itself in brackets: "[Client]: ...") */
        bool name_only = close == ']' && i > open + 1 && i + 1 < cs && s[i + 1] == ':';
        for (size_t k = open + 1; name_only && k < i; k++)
            name_only = is_alpha(s[k]) || s[k] == ' ' || s[k] == '_' || s[k] == '-';
        if (name_only)
            return i + 1;
        for (i++; i < cs && s[i] == ' '; i++)
            ;
    }
    if (i + 3 < cs && s[i] == '<' && s[i + 1] == 'v' && s[i + 2] == ' ' && is_alpha(s[i + 3])) {
        for (size_t k = i + 3; k < cs && k < i + 40; k++)
            if (s[k] == '>')
                return k;
        return SIZE_MAX;
    }
    size_t name = i;
    if (i + 2 < cs && (s[i] == 'A' || s[i] == 'Q') && s[i + 1] == '.' && s[i + 2] == ' ')
        return i + 1;
    unsigned spaces = 0;
    bool note = false; /* (inside its parentheses) */
    /* (a hyphenated name, "Khalid Al-Farsi:", "Jean-Luc:"; a research
     * participant's code, "P07:", "P-0214:"; a note in the
     * name too: "Jen (Ava's mom):", "Dana [Customer]:", a time, "Mom (2:20 PM):", a
     * date and a time, "Jo Park (3/17/24 8:03 PM):", its words not counted; and a number after
     * it, as chat widgets name anonymous visitors: "Visitor 48213425:") */
    while (i < cs && i < name + 40 &&
           (is_alpha(s[i]) || s[i] == ' ' || s[i] == '.' || s[i] == '_' || s[i] >= 0x80 ||
            (note && (is_digit(s[i]) || s[i] == ':' || s[i] == '/' || s[i] == ',')) ||
            (i > name && (s[i] == '(' || s[i] == ')' || s[i] == '[' || s[i] == ']' ||
                          s[i] == '\'')) ||
            (i > name && s[i] == '-' && is_alpha(s[i - 1]) && i + 1 < cs && is_alnum(s[i + 1])) ||
            (i > name && is_digit(s[i]) &&
             (s[i - 1] == ' ' || is_digit(s[i - 1]) || s[i - 1] == '-' ||
              (i == name + 1 && is_upper(s[name])))))) {
        if (i > name && i + 2 < cs && fullwidth_colon(s + i))
            return spaces > max_spaces ? SIZE_MAX : i + 2; /* ("客户：", its last byte) */
        note = s[i] == '(' || s[i] == '[' ? true : s[i] == ')' || s[i] == ']' ? false : note;
        spaces += s[i++] == ' ' && !note;
    }
    if (i == name || i == cs || s[i] != ':' || spaces > max_spaces ||
        !(is_alpha(s[name]) || s[name] >= 0x80))
        return SIZE_MAX;
    return i;
}

/* Where what stands before a speaker's name on the line from ls ends: a
 * time in brackets or parentheses, a WebVTT voice tag (its '>': the name
 * is inside); ls if none. */
static size_t speaker_prefix_end(const uint8_t *s, size_t ls, size_t cs)
{
    size_t e = speaker_end(s, ls, cs);
    if (e == SIZE_MAX)
        return ls;
    ls = quote_marks_end(s, ls, cs);
    if (s[e] == '>')
        return e + 1;
    if (s[ls] == '[' || s[ls] == '(')
        for (size_t i = ls + 1; i < e; i++)
            if (s[i] == ']' || s[i] == ')')
                return i + 1;
    if (is_digit(s[ls]))
        return chat_time_prefix(s, ls, cs);
    return ls;
}

/* Whether the line [ls, e) is a speaker's that asks for something: a
 * speaker's name and no number after it ("Agent: Can I get the best
 * callback number?"); a form's line has one ("Tel.: 601 234 567", and
 * "PESEL: 85010112345" below it is no reply to it). */
static bool asks_above(const uint8_t *s, size_t ls, size_t e)
{
    size_t i = speaker_end(s, ls, e);
    if (i == SIZE_MAX)
        return false;
    /* (its own line: a cue's times after it; a form's name is no number
     * given, "I-765", "W-9") */
    for (size_t run = 0; i < e && s[i] != '\n'; i++) {
        if (is_digit(s[i]) && run == 0 && s[i - 1] == '-' && is_alpha(s[i - 2])) {
            while (i + 1 < e && is_digit(s[i + 1]))
                i++;
            continue;
        }
        if ((run = is_digit(s[i]) ? run + 1 : 0) == 3)
            return false;
    }
    return true;
}

/* Whether the line from ls to a value at cs is a speaker's short reply
 * ("Customer: sure, it's ", "[10:43] cust: yeah its "): a speaker's name
 * first, then four words at most, none of them a value (t[0, n): the
 * line's tokens). */
#define REPLY_WORDS 4
static bool dialogue_reply(const uint8_t *s, size_t ls, size_t cs, const token *t, size_t n)
{
    size_t i = speaker_end(s, ls, cs);
    if (i == SIZE_MAX)
        return false;
    size_t words = 0;
    for (size_t k = 0; k < n; k++) {
        if (t[k].start <= i)
            continue; /* the speaker's name */
        if (t[k].is_value || ++words > REPLY_WORDS)
            return false;
    }
    return true;
}

/* Whether the label right before cs says only "a document's number"
 * ("Document Number:", "Doc. No.", "document #", "documentNumber"): the
 * kind of document is then named elsewhere, on its line or the line
 * above ("Document Title: U.S. Passport\nIssuing Authority: U.S.
 * Department of State  Document Number: ..."). */
static bool document_label(const uint8_t *s, size_t lo, size_t cs)
{
    static const char *const number_words[] = {"number", "nbr", "no", "nr", "num"};
    size_t i = cs;
    bool hash = false;
    while (i > lo && cs - i < 8 &&
           (s[i - 1] == ' ' || s[i - 1] == ':' || s[i - 1] == '#' || s[i - 1] == '.' ||
            s[i - 1] == '"' || s[i - 1] == '='))
        hash |= s[--i] == '#';
    /* a note in parentheses after the label, as Form I-9 prints "Document
     * Number (if any):" */
    if (i > lo && s[i - 1] == ')') {
        size_t o = i - 1;
        while (o > lo && i - o < 20 && s[o - 1] != '(' && s[o - 1] != '\n')
            o--;
        if (o > lo && s[o - 1] == '(')
            for (i = o - 1; i > lo && s[i - 1] == ' ';)
                i--;
    }
    /* (a number word ends in 'r', 'o' or 'm': most labels are turned away
     * here) */
    uint8_t last = i > lo ? (uint8_t)(s[i - 1] | 0x20) : 0;
    if (!hash && last != 'r' && last != 'o' && last != 'm')
        return false;
    /* the words before, as the tokenizer cuts them (camelCase apart) */
    char w[2][12];
    for (int k = 0; k < 2; k++) {
        size_t e = i;
        while (i > lo && e - i < 11 && is_alpha(s[i - 1]) &&
               !(is_upper(s[i]) && is_lower(s[i - 1]) && i < e))
            i--;
        if (i == e || (i > lo && is_alnum(s[i - 1]) && !(is_upper(s[i]) && is_lower(s[i - 1]))))
            return false;
        for (size_t j = i; j < e; j++)
            w[k][j - i] = (char)to_lower(s[j]);
        w[k][e - i] = '\0';
        if (k == 0) {
            bool number = false;
            for (size_t j = 0; j < sizeof number_words / sizeof number_words[0]; j++)
                number |= strcmp(w[0], number_words[j]) == 0;
            if (!number && hash)
                return strcmp(w[0], "document") == 0 || strcmp(w[0], "doc") == 0;
            if (!number)
                return false;
            while (i > lo && cs - i < 24 && (s[i - 1] == ' ' || s[i - 1] == '.' || s[i - 1] == '_'))
                i--;
        }
    }
    return strcmp(w[1], "document") == 0 || strcmp(w[1], "doc") == 0;
}

/* What the line [a, e) is of those a subtitle file puts between two
 * cues' texts: 2 a cue's times ("00:00:33,850 --> 00:00:36,000", WebVTT's
 * settings after them), 1 blank or a cue's number, 0 none of them. */
static int cue_line(const uint8_t *s, size_t a, size_t e)
{
    while (e > a && (s[e - 1] == '\r' || s[e - 1] == ' '))
        e--;
    size_t digits = 0;
    while (a + digits < e && is_digit(s[a + digits]))
        digits++;
    if (a + digits == e)
        return digits <= 6; /* (blank, or a number alone) */
    for (size_t i = a; i + 2 < e && i < a + 32; i++)
        if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
            return digits >= 2 ? 2 : 0;
    return 0;
}

/* The start of the line above the one that begins at ls (ls > lo); in a
 * subtitle file the line above the cue lines (cue_line()) between a
 * question in one cue and its answer in the next, up to three of them,
 * the cue's times among them (elsewhere a blank line sets apart). */
static size_t line_above(const uint8_t *s, size_t lo, size_t ls)
{
    size_t a = line_start(s, lo, ls - 1), above = a;
    bool times = false;
    for (int k = 0; k < 3 && a > lo; k++) {
        int kind = cue_line(s, a, ls - 1);
        if (!kind)
            break;
        times |= kind == 2;
        ls = a;
        a = line_start(s, lo, ls - 1);
    }
    return times ? a : above;
}

/* The word of up to 10 letters that ends at e (blanks before e
 * skipped): its start, *end its end; SIZE_MAX when none. */
static size_t word_ending(const uint8_t *s, size_t lo, size_t e, size_t *end)
{
    while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    size_t b = e;
    /* (camelCase apart, as the tokenizer cuts it: "documentNumber") */
    while (b > lo && e - b < 10 && is_alpha(s[b - 1]) &&
           !(b < e && is_upper(s[b]) && is_lower(s[b - 1])))
        b--;
    /* (and after a digit: "i9DocumentType") */
    if (b == e || (b > lo && is_alnum(s[b - 1]) &&
                   !(is_upper(s[b]) && (is_lower(s[b - 1]) || is_digit(s[b - 1])))))
        return SIZE_MAX;
    *end = e;
    return b;
}


/* Where what leads an identity document's generic label on a form and
 * ends at f (one blank after it) begins: a word that qualifies the ID
 * ("Photo ID Number", "Primary ID #") or an item's number ("14. ID
 * Number", "(b) ID No."); f if neither.  *blanks: the blanks before it. */
static size_t id_label_lead(const uint8_t *s, size_t lo, size_t f, size_t *blanks)
{
    /* (and Workday's "National ID", under its "National ID Type:") */
    static const char *const words[] = {"applicant", "applicants", "government", "national",
                                        "photo",     "primary",    "secondary",  "valid"};
    size_t we, b = word_ending(s, lo, f, &we);
    bool lead = false;
    if (b != SIZE_MAX && we == f)
        for (size_t k = 0; k < sizeof words / sizeof words[0] && !lead; k++)
            lead = span_is_ci(s, b, we, words[k]);
    /* (Spanish's "Número de ID:": the word before "de" too) */
    if (!lead && b != SIZE_MAX && we == f && span_is_ci(s, b, we, "de") && b > lo + 1 &&
        s[b - 1] == ' ') {
        size_t w = b - 1;
        while (w > lo && b - 1 - w < 12 && (is_alpha(s[w - 1]) || s[w - 1] >= 0x80))
            w--;
        if (w < b - 1 && (w == lo || !is_alnum(s[w - 1]))) {
            b = w;
            lead = true;
        }
    }
    if (!lead && f > lo && (s[f - 1] == '.' || s[f - 1] == ')')) {
        /* (digits, or one letter: not an abbreviation, "Mbr. ID Number") */
        size_t d = f - 1;
        b = d;
        while (b > lo && d - b < 3 && is_digit(s[b - 1]))
            b--;
        if (b == d && b > lo && is_alpha(s[b - 1]))
            b--;
        if (b < d && b > lo && s[b - 1] == '(' && s[d] == ')')
            b--;
        lead = b < d && (b == lo || s[b - 1] == '\n' || s[b - 1] == ' ' || s[b - 1] == '\t');
    }
    if (!lead)
        return f;
    size_t k = b;
    while (k > lo && b - k < 40 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    *blanks = b - k;
    return k;
}

/* Whether "ID" at [i, i + 2) is qualified as a form asks for one of
 * several documents ("Primary ID:", "Secondary ID:", "Photo ID:"): its
 * value names the document's type, as an "ID Type:" key's does. */
static bool qualified_id(const uint8_t *s, size_t floor, size_t i)
{
    static const char *const words[] = {"photo", "primary", "secondary"};
    if (i <= floor || s[i - 1] != ' ')
        return false;
    size_t we, b = word_ending(s, floor, i, &we);
    if (b == SIZE_MAX)
        return false;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (span_is_ci(s, b, we, words[k]))
            return true;
    return false;
}

/* Whether "type" at [t, q) is a JSON key of the object whose key ends
 * at b (its '"' before b): an ID object's own type, {"Type": "USA-SSN",
 * "ID": "120177047"}. */
static bool json_type_key(const uint8_t *s, size_t floor, size_t t, size_t q, size_t b)
{
    if (t <= floor + 1 || s[t - 1] != '"' || b <= q || s[b - 1] != '"' || s[q] != '"')
        return false;
    size_t g = t - 1;
    while (g > floor && (s[g - 1] == ' ' || s[g - 1] == '\t' || s[g - 1] == '\n'))
        g--;
    if (g == floor || (s[g - 1] != '{' && s[g - 1] != ','))
        return false;
    for (size_t k = q; k < b; k++)
        if (s[k] == '{' || s[k] == '}' || s[k] == '[' || s[k] == ']')
            return false;
    return true;
}

/* The entities of the hotword phrases in the words of s[a, e) (up to `max`
 * words, at most 8): what a field's value ("Driver's License", "USA-SSN")
 * says a document is. */
static uint32_t hotword_entities_in(const uint8_t *s, size_t a, size_t e, size_t max)
{
    token toks[8];
    size_t n = tokenize(s, e, a, e, toks, max < 8 ? max : 8);
    uint32_t all = 0, ent;
    for (size_t i = 0; i < n; i++) {
        size_t k = match_phrase(hotwords, hotword_count, toks, n, i, &ent);
        /* (not a choice left unticked: "ID type: [X] Passport  [ ] Driver's
         * license") */
        if (k && !own_box_empty(s, toks[i].start, toks[i + k - 1].end, e))
            all |= ent;
    }
    return all;
}

/* Whether only blanks stand between the line's start (or floor) and t. */
static bool key_begins_line(const uint8_t *s, size_t floor, size_t t)
{
    while (t > floor && (s[t - 1] == ' ' || s[t - 1] == '\t'))
        t--;
    return t == floor || s[t - 1] == '\n';
}

#define ID_TYPE_REACH 240

/* The entities that the ticked check boxes of the line above a generic
 * label name, when the label begins its line: a form that asks which ID
 * was seen, then its number ("[X] Driver's License  [ ] Passport" over
 * "ID Number: 841691543"); each ticked box's own phrase (boxes_first()
 * says on which side), at most ID_TYPE_REACH bytes of that line. */
static uint32_t ticked_kind_above(const uint8_t *s, size_t lo, size_t b)
{
    if (!key_begins_line(s, lo, b))
        return 0;
    size_t ae = b;
    while (ae > lo && s[ae - 1] != '\n')
        ae--;
    if (ae <= lo + 1)
        return 0;
    ae--; /* (the line above: [as, ae)) */
    size_t as = ae;
    while (as > lo && ae - as < ID_TYPE_REACH && s[as - 1] != '\n')
        as--;
    bool first = boxes_first(s, lo, ae);
    uint32_t named = 0;
    size_t seg = as; /* (where the phrase before the next box begins) */
    for (size_t q = as; q + 3 <= ae; q++) {
        int box = check_box_after(s, q, q + 3);
        if (box == BOX_NONE || s[q] == ' ')
            continue;
        if (box == BOX_TICKED) {
            size_t a = seg, e = q; /* (its phrase before it) */
            if (first) { /* (or after it, to the next box) */
                a = q + 3;
                for (e = a; e + 3 <= ae && check_box_after(s, e, e + 3) == BOX_NONE;)
                    e++;
                if (e + 3 > ae)
                    e = ae;
            }
            named |= hotword_entities_in(s, a, e, 8);
        }
        seg = q + 3;
        q += 2;
    }
    return named;
}

/* The entities that an identity document's type names for the value at
 * cs under a generic label ("ID Number:", "ID No.:", "ID #", "Document
 * Number:"): the value of an "ID Type:" or "Document Type:" key on its
 * line or the line above, up to the next field ("Primary ID Type:
 * Driver's License   Issuing State: WA ...\n  ID Number: WDLR52KY9EWL",
 * "ID Type: Passport ID No.: 552575066"; or of a qualified ID's key, "Primary
 * ID: Driver License": qualified_id()), as identity checks print them;
 * or UK Open Banking's "SchemeName" for its "Identification" (only that
 * where scheme_only: a bank account's); or else what the ticked boxes of
 * the line above name (ticked_kind_above()); *label: where the value's
 * label begins. */
static uint32_t id_type_entities(const uint8_t *s, size_t lo, size_t cs, bool scheme_only,
                                 size_t *label)
{
    size_t e = cs;
    while (e > lo && cs - e < 40 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--; /* (a printed form pads its labels: "ID Number:          S68388100") */
    while (e > lo && cs - e < 46 &&
           (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '.' || s[e - 1] == '#' ||
            s[e - 1] == '\t' || s[e - 1] == '"' || s[e - 1] == '='))
        e--; /* (and a JSON key's quotes: "id_number":"...") */
    if (e == cs || e == lo)
        return 0;
    uint8_t last = s[e - 1] | 0x20; /* (of "number", "no", "num", "nr", "id", "document") */
    size_t we, b, object = SIZE_MAX;
    /* (or UK Open Banking's "Identification", whose "SchemeName" says what
     * it is: "UK.OBIE.SortCodeAccountNumber") */
    if (last == 'n' && e >= lo + 15 && s[e - 15] == '"' &&
        starts_with_ci((const char *)s + e - 14, 14, "identification")) {
        b = e - 14;
        we = e;
    } else {
        if (scheme_only || (last != 'r' && last != 'o' && last != 'm' && last != 'd' && last != 't' &&
                            last != 'e'))
            return 0;
        b = word_ending(s, lo, e, &we);
        if (b == SIZE_MAX)
            return 0;
        /* a JSON object's "number" alone: its "type" names it (looked for
         * in its object only) */
        if (span_is_ci(s, b, we, "number") || span_is_ci(s, b, we, "no") ||
            span_is_ci(s, b, we, "num") ||
            span_is_ci(s, b, we, "nr") || (span_is_ci(s, b, we, "value") && s[b] == 'V')) {
            /* (and camelCase's "Value": {"idType":"SSN","idValue":"..."}) */
            if (b > lo && s[b - 1] == '"' && span_is_ci(s, b, we, "number")) {
                const uint8_t *o = b - lo > ID_TYPE_REACH ? s + b - ID_TYPE_REACH : s + lo;
                while (o < s + b && *o != '{')
                    o++;
                const uint8_t *last = NULL; /* the nearest '{' before it */
                for (const uint8_t *q = o; q < s + b; q++)
                    if (*q == '{' || *q == '}')
                        last = *q == '{' ? q : NULL;
                if (!last)
                    return 0;
                object = (size_t)(last - s);
            } else {
                b = word_ending(s, lo, b > lo && s[b - 1] == '_' ? b - 1 : b, &we);
                if (b == SIZE_MAX)
                    return 0;
            }
        }
        if (object == SIZE_MAX && !span_is_ci(s, b, we, "id") && !span_is_ci(s, b, we, "document"))
            return 0;
    }
    *label = b;
    /* "type" and ':' after "id" or "document", back to the line above (in
     * a JSON object up to three lines above: its other fields between,
     * "document_type", "issuing_country", "document_number") */
    size_t floor = object != SIZE_MAX ? object : b - lo > ID_TYPE_REACH ? b - ID_TYPE_REACH : lo;
    int lines = 0, max_lines = b > lo && s[b - 1] == '"' ? 4 : 2;
    bool issuing_skipped = false;
    for (size_t q = b; q >= floor + 4; q--) {
        /* (past a line between that says who issued it: "Document type:
         * U.S. Passport\nIssuing country: ...\nDocument number: ...") */
        if (s[q - 1] == '\n' && lines > 0 && !issuing_skipped && q < b &&
            starts_with_ci((const char *)s + q, b - q, "issuing ")) {
            issuing_skipped = true;
            continue;
        }
        if (s[q - 1] == '\n' && ++lines == max_lines)
            return object == SIZE_MAX ? ticked_kind_above(s, lo, b) : 0;
        size_t t = q - 4; /* "type" at [t, q) */
        uint8_t lc = s[q - 1] | 0x20;
        /* (a JSON object's "document" key names its "number" too:
         * {"document": "passport", "issuing_country": ..., "number": ...}) */
        bool document_key = lc == 't' && object != SIZE_MAX && q >= floor + 9 && s[q] == '"' &&
                            s[q - 9] == '"' &&
                            starts_with_ci((const char *)s + q - 8, 8, "document");
        if (((uint8_t)(lc - 'd') > 1 && !document_key) || (q < b && is_alnum(s[q])))
            continue; /* ('d' or 'e' last) */
        size_t vs = q;
        bool id_type = false; /* "ID type" or "Document type" */
        if (!document_key && lc == 'e' && (s[t] | 0x20) == 't' && (s[t + 1] | 0x20) == 'y' &&
            (s[t + 2] | 0x20) == 'p') {
            /* (the word before, joined by '_' or '-', or " - ": "Buyer ID -
             * Type: Driver License") */
            size_t tw = t;
            if (tw > floor && (s[tw - 1] == '_' || s[tw - 1] == '-'))
                tw--;
            else if (tw >= floor + 3 && s[tw - 1] == ' ' && s[tw - 2] == '-' && s[tw - 3] == ' ')
                tw -= 3;
            size_t k = word_ending(s, floor, tw, &we);
            /* (or "Type of ID:", as FinCEN's forms ask it) */
            if (q + 6 <= b && starts_with_ci((const char *)s + q, b - q, " of id") &&
                !is_alnum(s[q + 6]))
                vs = q + 6;
            else if ((k == SIZE_MAX ||
                      (!span_is_ci(s, k, we, "id") && !span_is_ci(s, k, we, "document"))) &&
                     !json_type_key(s, floor, t, q, b) && !key_begins_line(s, floor, t))
                continue; /* (a form's "Type:" alone first on its line too) */
            id_type = vs == q && k != SIZE_MAX;
        } else if (lc == 'e' && q >= floor + 11 && s[q - 11] == '"' && s[q] == '"' &&
                   starts_with_ci((const char *)s + q - 10, 10, "schemename")) {
            /* (Open Banking's: its "Identification" above) */
        } else if (lc == 'd' && (s[q - 2] | 0x20) == 'i' && q >= floor + 10 &&
                   starts_with_ci((const char *)s + q - 10, 8, "tipo de ") &&
                   (q == floor + 10 || !is_alnum(s[q - 11]))) {
            /* (Spanish's "Tipo de ID:") */
        } else if (!document_key &&
                   !(lc == 'd' && (s[q - 2] | 0x20) == 'i' && qualified_id(s, floor, q - 2))) {
            continue; /* (or a qualified ID's key: "Primary ID: Driver License") */
        }
        while (vs < b && (s[vs] == ' ' || s[vs] == '"'))
            vs++;
        /* (or "ID type" and a blank, its value up to a ',': "ID type
         * Passport, ID No.: X4410873") */
        bool bare = id_type && vs > q && s[q] == ' ' && vs < b && is_alpha(s[vs]);
        if (vs == b || (s[vs] != ':' && s[vs] != '=' && !bare)) /* (a log's "id_type=...") */
            continue;
        for (vs += !bare; vs < b && (s[vs] == ' ' || s[vs] == '\t' || s[vs] == '"');)
            vs++;
        /* its value: to the next field (a tab, three blanks, '|') or line */
        size_t ve = vs;
        while (ve < b && s[ve] != '\n' && s[ve] != '\t' && s[ve] != '|' &&
               !(bare && (s[ve] == ',' || s[ve] == ';')) &&
               !(ve + 2 < b && s[ve] == ' ' && s[ve + 1] == ' ' && s[ve + 2] == ' '))
            ve++;
        /* (the label a field's own: "Member ID:" is another number's; a
         * JSON key's, its quote and the object's ',' or '{' before it) */
        size_t f = b, blanks = 0;
        /* (an identifier's prefix glued to it, a schema's vendor's:
         * "acmeI9DocumentNumber") */
        while (f > lo && b - f < 24 && (is_alnum(s[f - 1]) || s[f - 1] == '_'))
            f--;
        bool tab = false, json = false;
        if (f > lo && s[f - 1] == '"') {
            size_t g = f - 1;
            while (g > lo && (s[g - 1] == ' ' || s[g - 1] == '\t'))
                g--;
            json = g == lo || s[g - 1] == '\n' || s[g - 1] == ',' || s[g - 1] == '{';
        }
        while (f > lo && (s[f - 1] == ' ' || s[f - 1] == '\t')) {
            tab |= s[f - 1] == '\t';
            f--;
            blanks++;
        }
        /* (a form's words before it are its own: "Photo ID Number:", an
         * item's number "14. ID Number:", both "Applicant Photo ID") */
        for (int lead = 0; lead < 3 && blanks == 1; lead++) {
            size_t g = id_label_lead(s, lo, f, &blanks);
            if (g == f)
                break;
            f = g;
        }
        bool field = f == lo || s[f - 1] == '\n' || s[f - 1] == '|' || blanks >= 2 || tab || json ||
                     (bare && s[f - 1] == ',' && ve + 1 == f);
        if (ve != b && !field)
            return 0;
        return hotword_entities_in(s, vs, ve, 8);
    }
    return object == SIZE_MAX ? ticked_kind_above(s, lo, b) : 0;
}

/* The entities that a JSON object's "type" after its generic ID names for
 * the string value at [cs, ce) (within [lo, hi)): {"ID":"922-88-8169",
 * "Type":"USA-SSN"}, as Workday writes a national ID, the type after the
 * number (id_type_entities() reads it before); *label: where the ID's
 * key begins. */
static uint32_t json_type_after(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce,
                                size_t *label)
{
    if (cs < lo + 7 || s[cs - 1] != '"' || ce >= hi || s[ce] != '"')
        return 0;
    size_t k = cs - 1; /* back over ':' to the key's closing quote */
    while (k > lo && (s[k - 1] == ' ' || s[k - 1] == ':'))
        k--;
    if (k < lo + 3 || s[k - 1] != '"' || s[k - 2] == ':')
        return 0;
    size_t kb = k - 1;
    while (kb > lo && k - kb < 12 && is_alpha(s[kb - 1]))
        kb--;
    if (kb == lo || s[kb - 1] != '"' ||
        !(span_is_ci(s, kb, k - 1, "id") || span_is_ci(s, kb, k - 1, "number")))
        return 0;
    /* the object's next fields, up to its '}' */
    for (size_t q = ce + 1; q + 8 < hi && q - ce < 160 && s[q] != '}' && s[q] != '{'; q++) {
        if (s[q] != '"' || !starts_with_ci((const char *)s + q + 1, 4, "type") || s[q + 5] != '"')
            continue;
        size_t vs = q + 6;
        while (vs < hi && (s[vs] == ' ' || s[vs] == ':'))
            vs++;
        if (vs >= hi || s[vs] != '"')
            return 0;
        size_t ve = ++vs;
        while (ve < hi && ve - vs < 40 && s[ve] != '"')
            ve++;
        if (ve >= hi || s[ve] != '"')
            return 0;
        *label = kb - 1;
        return hotword_entities_in(s, vs, ve, 6);
    }
    return 0;
}

/* Whether the string value at [cs, ce) is a JSON object's generic ID with
 * a "type" after it, whatever the type names ({"ID":"459-04-3056",
 * "Type":"Employee"}): the ID is as specific as its type. */
static bool typed_json_id(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce)
{
    size_t label = SIZE_MAX;
    (void)json_type_after(s, lo, hi, cs, ce, &label);
    return label != SIZE_MAX;
}

/* The same for an XML element's generic ID and the element after it
 * named for its type: ACORD's <GovtID>535707029</GovtID> <GovtIDTC
 * tc="1">Social Security Number</GovtIDTC>, as life insurers' TXLife
 * messages write a party's government ID. */
static uint32_t xml_type_after(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce,
                               size_t *label)
{
    size_t nb = cs - 1; /* the start tag's name [nb, cs - 1) */
    while (nb > lo && cs - 1 - nb < 24 && is_alpha(s[nb - 1]))
        nb--;
    size_t n = cs - 1 - nb;
    if (nb == lo || s[nb - 1] != '<' || n < 2 || (s[cs - 2] | 0x20) != 'd' ||
        (s[cs - 3] | 0x20) != 'i')
        return 0;
    /* its end tag, then the next element's name: this one's and a type's
     * suffix ("TC", "Type", "TypeCode") */
    if (ce + n + 3 > hi || s[ce] != '<' || s[ce + 1] != '/' || memcmp(s + ce + 2, s + nb, n) != 0 ||
        s[ce + 2 + n] != '>')
        return 0;
    size_t q = ce + n + 3;
    while (q < hi && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r' || s[q] == '\n'))
        q++;
    if (q + n + 3 > hi || s[q] != '<' || memcmp(s + q + 1, s + nb, n) != 0)
        return 0;
    size_t t = q + 1 + n;
    if (!starts_with_ci((const char *)s + t, hi - t, "tc") &&
        !starts_with_ci((const char *)s + t, hi - t, "type"))
        return 0;
    while (t < hi && s[t] != '>' && s[t] != '<' && t - q < 64)
        t++;
    if (t >= hi || s[t] != '>')
        return 0;
    size_t ve = ++t;
    while (ve < hi && ve - t < 48 && s[ve] != '<')
        ve++;
    if (ve >= hi || s[ve] != '<')
        return 0;
    *label = nb - 1;
    return hotword_entities_in(s, t, ve, 6);
}

/* The same for a value that ends its line and a "TYPE" on the line
 * below, as GEDCOM writes an ID's kind under it ("1 IDNO 417203318" over
 * "2 TYPE SSN"; a level number first maybe), or a record's "Type:" field
 * after its "ID:" (within hi); *label: the value's line's start. */
static uint32_t type_line_below(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce,
                                size_t *label)
{
    size_t q = ce;
    while (q < hi && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r'))
        q++;
    if (q >= hi || s[q] != '\n')
        return 0;
    for (q++; q < hi && (s[q] == ' ' || s[q] == '\t');)
        q++;
    size_t d = q;
    while (q < hi && q - d < 2 && is_digit(s[q]))
        q++;
    if (q > d && (q >= hi || s[q] != ' '))
        return 0;
    while (q < hi && s[q] == ' ')
        q++;
    if (q + 5 > hi || !starts_with_ci((const char *)s + q, hi - q, "type") ||
        (s[q + 4] != ' ' && s[q + 4] != ':' && s[q + 4] != '='))
        return 0;
    q += 4;
    while (q < hi && (s[q] == ' ' || s[q] == ':' || s[q] == '='))
        q++;
    size_t ve = q;
    while (ve < hi && ve - q < 40 && s[ve] != '\n' && s[ve] != '\r')
        ve++;
    if (ve == q || (ve < hi && s[ve] != '\n' && s[ve] != '\r'))
        return 0;
    *label = line_start(s, lo, cs);
    return hotword_entities_in(s, q, ve, 6);
}

/* Whether the line s[a, e) is one item of a list spread over lines: a
 * value of digits and separators alone, maybe quoted, and ','. */
static bool list_item_line(const uint8_t *s, size_t a, size_t e)
{
    while (a < e && (s[a] == ' ' || s[a] == '\t' || s[a] == '+'))
        a++; /* (a plan's '+' too) */
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        e--;
    if (e - a < 4 || s[e - 1] != ',')
        return false;
    e--;
    if (s[a] == '"' || s[a] == '\'') {
        if (s[e - 1] != s[a])
            return false;
        a++;
        e--;
    }
    unsigned digits = 0;
    for (size_t k = a; k < e; k++) {
        if (!is_digit(s[k]) && s[k] != '-' && s[k] != ' ' && s[k] != '.' && s[k] != '+')
            return false;
        digits += is_digit(s[k]);
    }
    return digits >= 6;
}

/* Whether the value [a, e) is the item of a list on the line above the
 * value at cs, each alone on its line (list_item_line()): the list's
 * label is the later items' too. */
static bool list_item_above(const uint8_t *s, size_t lo, size_t a, size_t e, size_t cs)
{
    size_t q = e + (e < cs && (s[e] == '"' || s[e] == '\''));
    if (q >= cs || s[q] != ',')
        return false; /* (most values: no ',' right after them) */
    size_t la = a;
    while (la > lo && s[la - 1] != '\n')
        la--;
    size_t le = e;
    while (le < cs && s[le] != '\n')
        le++;
    if (la == lo || le == cs || !list_item_line(s, la, le))
        return false;
    for (size_t k = le + 1;;) { /* (items between, then the value's own line) */
        size_t ke = k;
        while (ke < cs && s[ke] != '\n')
            ke++;
        if (ke == cs) {
            for (; k < cs; k++) /* (blanks and a quote before the value) */
                if (s[k] != ' ' && s[k] != '\t' && s[k] != '"' && s[k] != '\'' && s[k] != '+')
                    return false;
            return true;
        }
        if (!list_item_line(s, k, ke))
            return false;
        k = ke + 1;
    }
}

/* The window's start wb for a value at cs that stands alone at its
 * line's start (blanks before it), as a form's value below its label:
 * the start of the line above when the window begins inside it and it is
 * a label's length (FORM_LABEL_MAX bytes), however far back its words are
 * ("B. MOTHER'S SOCIAL SECURITY NUMBER (See instructions for 9B on Page
 * 1)" above "517439028").  Not past lo. */
#define FORM_LABEL_MAX 160
#define LIST_ITEMS_MAX 8 /* the items above a list's value read past (list_item_line()) */
/* form_value_window() for a value alone on its line (at cs, the line at
 * ls) with one blank line between it and a label's line, as pdftotext
 * sets a form's blocks apart ("Social Security Number\n\n412683057"): the
 * label line's start when it ends in a word or a label's ':', '#' or ')'
 * (not a sentence's '.'); else wb.  (Out of line: rare, and inlined it
 * took wide_window() out of context_score().) */
static __attribute__((noinline, cold)) size_t
label_over_blank_line(const uint8_t *s, size_t lo, size_t hi, size_t wb, size_t ls, size_t cs)
{
    size_t gap = line_start(s, lo, ls - 1); /* (the blank line: [gap, ls - 1)) */
    for (size_t k = gap; k + 1 < ls; k++)
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r')
            return wb;
    if (gap <= lo + 1 || wb > ls)
        return wb;
    size_t e = cs; /* (the value alone: one short run of a value's characters) */
    while (e < hi && e - cs < 24 && (is_alnum(s[e]) || s[e] == '-' || s[e] == ' '))
        e++;
    if (e == hi || (s[e] != '\n' && s[e] != '\r'))
        return wb;
    size_t le = gap - 1, label = line_start(s, lo, le);
    while (le > label && (s[le - 1] == ' ' || s[le - 1] == '\t' || s[le - 1] == '\r'))
        le--;
    if (le == label || gap - label > FORM_LABEL_MAX ||
        !(is_alpha(s[le - 1]) || s[le - 1] == ':' || s[le - 1] == '#' || s[le - 1] == ')'))
        return wb;
    return label > lo || lo == 0 ? label : wb;
}

static size_t form_value_window(const uint8_t *s, size_t lo, size_t hi, size_t wb, size_t cs)
{
    size_t ls = cs;
    while (ls > lo && (s[ls - 1] == ' ' || s[ls - 1] == '\t'))
        ls--;
    /* (or an item of a list spread over lines, quoted maybe: the list's
     * label is above its items, "\"phone_numbers\": [" over "\"4158307721\","
     * over "\"6465161877\"") */
    bool quoted = ls > lo && ls == cs && (s[ls - 1] == '"' || s[ls - 1] == '\'');
    if (quoted)
        for (ls--; ls > lo && (s[ls - 1] == ' ' || s[ls - 1] == '\t');)
            ls--;
    if (ls <= lo + 1 || s[ls - 1] != '\n')
        return wb; /* (most values: something before them on their line) */
    if (ls <= wb)
        return label_over_blank_line(s, lo, hi, wb, ls, cs);
    size_t above = line_start(s, lo, ls - 1);
    for (int k = 0; k < LIST_ITEMS_MAX && above > lo + 1 && list_item_line(s, above, ls - 1); k++) {
        ls = above;
        above = line_start(s, lo, ls - 1);
    }
    return above < wb && ls - above <= FORM_LABEL_MAX && (above > lo || lo == 0) ? above : wb;
}

/* The window's start wb for a value at cs, moved back to the start of
 * the line above (not past lo): under a document's generic label (doc:
 * document_label()), or when the value's line is a speaker's and the
 * window already reaches into the line above: a reply answers the
 * question above it as a whole ("Agent: I'll need your passport number
 * to complete the booking.\nCustomer: sure, it's ..."), however far back
 * its words are.  (Whether it is a reply prepare_window() decides; line:
 * line_start() from wb.) */
static size_t wide_window(const uint8_t *s, size_t lo, size_t hi, size_t line, size_t wb, size_t cs,
                          bool doc)
{
    size_t ls = doc && line == wb ? line_start(s, lo, wb) : line, to = ls;
    if (!doc && (ls <= wb || speaker_end(s, ls, cs) == SIZE_MAX))
        return form_value_window(s, lo, hi, wb, cs);
    if (ls > lo + 1)
        to = line_above(s, lo, ls);
    /* Form I-9 prints each document's "Issuing Authority:" between its
     * title and its number: the title is the line above that one */
    if (doc && to < ls && to > lo + 1) {
        size_t a = to;
        while (a < ls && (s[a] == ' ' || s[a] == '\t'))
            a++;
        if (starts_with_ci((const char *)s + a, ls - a, "issuing authority"))
            to = line_above(s, lo, to);
    }
    return to < wb ? to : wb;
}

/* Whether before[i] is a label numbered as the second of its kind
 * ("phone2", "EAN13"): a value by its length and digit, but its stem is a
 * hotword or another number's label; or letters and digits that begin
 * an identifier, a word glued after them ("acmeI9DocumentNumber"). */
static bool numbered_label(const pii_ruleset *rs, const token *before, size_t nb, size_t i)
{
    uint32_t ent;
    if (i + 1 < nb && before[i].end == before[i + 1].start && is_alpha((uint8_t)before[i].w[0]) &&
        is_alpha((uint8_t)before[i + 1].w[0]))
        return true;
    return word_stem(&before[i]) &&
           (match_memo(rs, hotwords, hotword_count, before, nb, i, &ent) ||
            match_memo(rs, other_labels, other_label_count, before, nb, i, &ent));
}

/* The words of the window [wb, wa) around [cs, ce), into w (line:
 * line_start() of cs from wb). */
/* Whether t, at its line's start ls (blanks before it maybe), numbers a
 * form's item: one to three digits and '.' or ')' and a blank ("4. ",
 * "12) "). */
static bool item_number(const token *t, const uint8_t *s, size_t ls)
{
    if (t->n > 3 || !is_digit((uint8_t)t->w[0]) || !is_digit((uint8_t)t->w[t->n - 1]))
        return false;
    for (size_t k = ls; k < t->start; k++)
        if (s[k] != ' ' && s[k] != '\t')
            return false;
    size_t e = t->end;
    return (s[e] == '.' || s[e] == ')') && (s[e + 1] == ' ' || s[e + 1] == '\t');
}

/* Whether t, at its line's start ls (blanks before it maybe), is the
 * number of a field on a driver's license or ID card as AAMVA prints them
 * ("4d" the license's number, "4a" its issue date): a digit and a
 * lower-case letter, then a blank. */
static bool card_field_number(const token *t, const uint8_t *s, size_t ls)
{
    if (t->n != 2 || !is_digit(s[t->start]) || !is_lower(s[t->start + 1]) || s[t->end] != ' ')
        return false;
    for (size_t k = ls; k < t->start; k++)
        if (s[k] != ' ' && s[k] != '\t')
            return false;
    return true;
}

static void prepare_window(const scan_view *v, size_t cs, size_t ce, size_t line,
                           size_t wb, size_t wa, bool in_row, bool doc, ctx_window *w)
{
    const uint8_t *s = v->s;
    token *before = w->before, *after = w->after;
    size_t nb = tokenize(s, v->len, wb, cs, before, MAX_TOKENS);
    size_t na = tokenize(s, v->len, ce, wa, after, MAX_TOKENS / 2);
    /* another ID between a hotword and this candidate takes the hotword
     * (not a MICR line's transit field before its account: the label names
     * both) */
    size_t first = 0, speaker = SIZE_MAX - 1; /* (not looked for yet) */
    for (size_t i = 0; i < nb; i++)
        if (before[i].is_value && !micr_letters_field_end(s, wb, before[i].end - 1) &&
            !list_item_above(s, wb, before[i].start, before[i].end, cs) &&
            /* (nor a name in a note, letters first: "scan (PDF417):") */
            !(before[i].start > wb && s[before[i].start - 1] == '(' && s[before[i].end] == ')' &&
              is_alpha(s[before[i].start])) &&
            !numbered_label(v->rs, before, nb, i) && !chat_date(s, before[i].start, cs)) {
            /* (nor a number in a chat speaker's name: "Visitor 48213425:") */
            if (before[i].start > line && speaker == SIZE_MAX - 1)
                speaker = speaker_end(s, line, cs);
            if (before[i].start > line && speaker != SIZE_MAX && before[i].end <= speaker)
                continue;
            /* (nor a changed field's earlier state before its later one:
             * change_value_end()) */
            if (i > 0 && before[i - 1].is_key && change_word(&before[i - 1]) && i + 2 == nb &&
                before[nb - 1].is_key && change_word(&before[nb - 1]))
                continue;
            first = i + 1;
        }
    if (first) {
        memmove(before, before + first, (nb - first) * sizeof *before);
        nb -= first;
    }
    for (size_t i = 0; i < na; i++)
        if (after[i].is_value) {
            na = i;
            break;
        }
    /* Words on earlier lines count only when this line holds nothing but
     * keys before the value (a form label above it, "key": in nested JSON),
     * or is a short reply in a dialogue (its answer to the line above);
     * other words on the line ("Employee #...") belong to this line. */
    size_t ls = line; /* (line_start(s, wb, cs)) */
    w->reply_from = w->reply_words = 0;
    if (ls > wb) {
        size_t first_here = nb, label_from = nb;
        bool only_keys = true;
        for (size_t i = 0; i < nb; i++)
            if (before[i].start >= ls) {
                if (first_here == nb) {
                    first_here = label_from = i;
                    /* (an ID card's field number first, "4d NO.": the
                     * label after it) */
                    if (card_field_number(&before[i], s, ls)) {
                        label_from = i + 1;
                        continue;
                    }
                }
                /* (or the "No." that a label broken across lines ends
                 * in: "... Georgia driver's license\nNo. 058291734"; or
                 * a form's item number: "4. Passport No.:") */
                /* (an XML element's name before its attributes is one
                 * too: FHIR's "<system value=\"phone\"/>" over "<value
                 * value=\"6175663102\"/>"; not "<EFIN>", the value's own) */
                /* (and a MICR line's field before its account: "MICR
                 * LINE" over "T322271627T 5645357687O 3431") */
                only_keys &= before[i].is_key ||
                             (s[before[i].start - 1] == '<' && s[before[i].end] == ' ') ||
                             (before[i].is_value &&
                              micr_letters_field_end(s, wb, before[i].end - 1)) ||
                             (i == label_from && i + 1 == nb && number_word(&before[i])) ||
                             (i == first_here && item_number(&before[i], s, ls));
            }
        if (doc)
            only_keys = true; /* (the kind of document is named above) */
        /* (a speaker's name alone before the value is a key too: a reply
         * when the line above is a speaker's, "Agent: ...?\nMember: ...") */
        bool above_speaks = only_keys && asks_above(s, line_above(s, wb, ls), ls);
        if (first_here && (!only_keys || above_speaks) &&
            dialogue_reply(s, ls, cs, before + first_here, nb - first_here)) {
            only_keys = true;
            w->reply_from = w->reply_words = first_here;
            size_t sp = speaker_prefix_end(s, ls, cs);
            while (w->reply_words < nb && before[w->reply_words].start < sp)
                w->reply_words++;
            /* (a call's "Caller:" is a speaker's role, no phone's label:
             * "Agent: And the account number?\nCaller: 0963324392") */
            size_t name_end = speaker_end(s, ls, cs);
            for (size_t k = w->reply_words; k < nb && before[k].start < name_end; k++)
                if (strcmp(before[k].w, "caller") == 0 && before[k].end == name_end)
                    before[k].w[0] = '\0';
        }
        if (!only_keys && first_here) {
            /* (but a hotword that prose wraps across the line break:
             * "her social\nsecurity number 467298801", or its number
             * word, "my account\nnumber is 7730019845") */
            size_t keep = first_here;
            uint32_t ent;
            for (size_t j = first_here; j > 0 && first_here - j < 2; j--) {
                size_t k = match_memo(v->rs, hotwords, hotword_count, before, nb, j - 1, &ent);
                if (k > first_here - (j - 1) ||
                    (k == first_here - (j - 1) && number_word(&before[first_here])))
                    keep = j - 1;
            }
            memmove(before, before + keep, (nb - keep) * sizeof *before);
            nb -= keep;
        }
    }
    drop_lowercase_abbreviations(s, v->len, before, nb);
    drop_lowercase_abbreviations(s, v->len, after, na);
    drop_titles(s, before, nb);
    drop_negated_notes(s, v->len, before, nb);
    drop_negated_notes(s, v->len, after, na); /* ("... 88120044171 (no es su cuenta bancaria)") */

    w->nb = nb;
    w->na = na;
    w->in_row = in_row;
}

/* The length of the suffix Salesforce gives a custom field's name at the
 * end of col[0, cn), "__c" ("EFT_Account__c"; a person account's "__pc",
 * a relation's "__r"), or 0: no word of the name (not a cell's "C"). */
static size_t custom_field_suffix(const char *col, size_t cn)
{
    if (cn > 4 && col[cn - 4] == '_' && col[cn - 3] == '_' && (col[cn - 2] | 0x20) == 'p' &&
        (col[cn - 1] | 0x20) == 'c')
        return 4;
    return cn > 3 && col[cn - 3] == '_' && col[cn - 2] == '_' &&
                   ((col[cn - 1] | 0x20) == 'c' || (col[cn - 1] | 0x20) == 'r')
               ? 3
               : 0;
}

/* Whether the label at t[i] of column name col is a surname after a given
 * name, as a signature's first line reads ("Karen Tran | Senior Escrow
 * Officer"): "Tran" (a transaction's, "Store-Reg-Tran") capitalized, one
 * space after a capitalized word. */
static bool surname_label(const token *t, size_t i, const char *col)
{
    return i > 0 && strcmp(t[i].w, "tran") == 0 && !t[i].upper &&
           is_upper((uint8_t)col[t[i].start]) && t[i - 1].end + 1 == t[i].start &&
           col[t[i - 1].end] == ' ' && is_upper((uint8_t)col[t[i - 1].start]) && !t[i - 1].upper;
}

/* What the column name col[0, cn) says (col NULL: no column); whether it
 * names versions only if asked. */
static column_words column_words_of(const char *col, size_t cn, const hotword *table,
                                    size_t table_n, bool versions)
{
    column_words r = {0, false, false, false, false, TABLE_MAX_FIELDS};
    token coltok[8];
    uint32_t ent_at[8] = {0}; /* the entities of the hotword that starts at each word */
    if (col)
        cn -= type_tag_end(col, 0, cn); /* ("Order Number [txt]") */
    if (col)
        cn -= custom_field_suffix(col, cn); /* ("EFT_Account__c") */
    size_t nc = col ? tokenize((const uint8_t *)col, cn, 0, cn, coltok, 8) : 0;
    r.card_account = nc > 0 && card_account_label(coltok, nc, (const uint8_t *)col, coltok[nc - 1].end);
    for (size_t i = 0; i < nc; i++) {
        uint32_t ent, other;
        if (match_phrase(table, table_n, coltok, nc, i, &ent)) {
            if (table == hotwords && i > 0 &&
                (match_phrase(other_labels, other_label_count, coltok, nc, i - 1, &other) == 1 ||
                 account_of_kind(coltok, i, (const uint8_t *)col)))
                ent &= ~ENTITY_MASK(PII_US_BANK_NUMBER); /* "patient_account": other_kind() */
            if (table == hotwords && (license_of_kind(coltok, nc, i) || downlink(coltok, nc, i)))
                ent &= ~ENTITY_MASK(PII_US_DRIVER_LICENSE); /* "Contractor Lic #", "bytes_dl" */
            if (table == hotwords)
                ent &= ~hotword_names_other(coltok, nc, i); /* "Visa Control Number" */
            ent_at[i] = ent;
        } else if (table == hotwords &&
                   match_phrase(column_names, column_name_count, coltok, nc, i, &ent)) {
            ent_at[i] = ent;
        }
        if (match_phrase(us_words, us_word_count, coltok, nc, i, &ent))
            r.us = true;
    }
    /* as labelled_by() reads a label right before a value; a note in
     * parentheses after the name aside ("Excerpt (redact before release)"
     * names no version) */
    size_t core = nc;
    if (nc > 1 && cn > 0 && col[cn - 1] == ')') {
        size_t open = cn - 1;
        while (open > 0 && col[open] != '(')
            open--;
        while (col[open] == '(' && core > 1 && coltok[core - 1].start > open)
            core--;
    }
    size_t last = core;
    while (last > 1 && number_word(&coltok[last - 1]))
        last--;
    size_t other_from = nc;
    uint32_t whole_ent; /* (a phrase with its number word: "Employee Number", "P/N") */
    if (last < core && core >= 2 &&
        match_phrase(other_labels, other_label_count, coltok, core, core - 2, &whole_ent) == 2) {
        r.other = true;
        other_from = core - 2;
    }
    for (size_t i = 0; i < last && !r.other && !r.version; i++) {
        uint32_t ent;
        r.other =
            match_phrase(other_labels, other_label_count, coltok, last, i, &ent) == last - i &&
            !surname_label(coltok, i, col);
        r.version = versions &&
                    match_phrase(version_words, version_word_count, coltok, last, i, &ent) == last - i;
        if (r.other)
            other_from = i;
    }
    /* (a hotword inside the other number's label is part of it:
     * "Associated Contact IDs" names no phone) */
    for (size_t i = 0; i < nc; i++)
        if (i < other_from || table != hotwords)
            r.entities |= ent_at[i];
    /* an account's "ID" is a customer's, not a bank's ("ACCT-ID"), as the
     * nearer label is in text */
    if (r.other && table == hotwords)
        r.entities &= ~ENTITY_MASK(PII_US_BANK_NUMBER);
    return r;
}

/* Whether the words a[0, n) and b[0, n) are the same. */
static bool same_words(const token *a, const token *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(a[i].w, b[i].w) != 0)
            return false;
    return true;
}

/* A column of document numbers whose kind another column of the row names
 * ("doc_type,doc_number" as airline passenger manifests have them, with
 * "P" for a passport; "id_type | id_number"; "i9_doc, i9_doc_no"): the
 * number column's name ends with a number word after other words, and
 * the kind column's is those words alone or with "type", "kind" or
 * "class" after them.  Returns the kind column, or TABLE_MAX_FIELDS. */
static unsigned kind_column(const table_state *t, unsigned field)
{
    size_t cn = 0;
    const char *col = table_column_name(t, field, &cn);
    token num[5], other[5];
    size_t n = col ? tokenize((const uint8_t *)col, cn, 0, cn, num, 5) : 0;
    /* (and a taxpayer's number beside its type: "Payee TIN" and "TIN
     * Type", "Tax ID" and "Tax ID Type", as 1099 exports have them; or a
     * column "Type" right after it, as a fixed-width review prints one,
     * after "Taxpayer ID" too) */
    bool tin = n >= 1 && n <= 4 &&
               (strcmp(num[n - 1].w, "tin") == 0 || strcmp(num[n - 1].w, "taxid") == 0 ||
                (n >= 2 && strcmp(num[n - 1].w, "id") == 0 &&
                 (strcmp(num[n - 2].w, "tax") == 0 || strcmp(num[n - 2].w, "taxpayer") == 0)));
    if (!tin && (n < 2 || n > 4 || !number_word(&num[n - 1])))
        return TABLE_MAX_FIELDS;
    for (unsigned k = 0; k < t->nfields; k++) {
        size_t kn = 0;
        const char *name = k == field ? NULL : table_column_name(t, k, &kn);
        size_t m = name ? tokenize((const uint8_t *)name, kn, 0, kn, other, 5) : 0;
        if (tin) { /* ("TIN Type", "tin_type", "TINType", "tax_id_type") */
            bool typed = m >= 2 && strcmp(other[m - 1].w, "type") == 0;
            if ((typed && (strcmp(other[m - 2].w, "tin") == 0 || strcmp(other[m - 2].w, "taxid") == 0 ||
                           (m >= 3 && strcmp(other[m - 2].w, "id") == 0 &&
                            strcmp(other[m - 3].w, "tax") == 0))) ||
                (m >= 1 && (strcmp(other[m - 1].w, "tintype") == 0 ||
                            strcmp(other[m - 1].w, "taxidtype") == 0)) ||
                (m == 1 && k == field + 1 && strcmp(other[0].w, "type") == 0))
                return k;
            continue;
        }
        if (m + 1 < n || m > n || !same_words(num, other, n - 1))
            continue;
        if (m == n - 1 || strcmp(other[m - 1].w, "type") == 0 ||
            strcmp(other[m - 1].w, "kind") == 0 || strcmp(other[m - 1].w, "class") == 0)
            return k;
    }
    return TABLE_MAX_FIELDS;
}

static column_words column_read(const table_state *t, unsigned field, const hotword *table,
                                size_t table_n)
{
    size_t cn = 0;
    const char *col = table_column_name(t, field, &cn);
    column_words r = column_words_of(col, cn, table, table_n, true); /* (read once a column) */
    if (table == hotwords)
        r.kind = (uint8_t)kind_column(t, field);
    return r;
}

/* The bytes [*a, *e) of field k of the row the table is synced to (in the
 * input s[0, len) at offset base); false when the row is not all there.
 * by_tight: as row_field() counts, a delimiter before a space is part of
 * a value. */
static bool row_cell(const table_state *t, const uint8_t *s, size_t len, uint64_t base, unsigned k,
                     bool by_tight, bool right, size_t *a, size_t *e)
{
    if (t->line_start < base || t->line_start - base >= len || t->tuple || k >= t->nfields)
        return false;
    size_t ls = (size_t)(t->line_start - base);
    size_t stop = len - ls > TABLE_MAX_LINE ? ls + TABLE_MAX_LINE : len;
    const uint8_t *nl = memchr(s + ls, '\n', stop - ls);
    size_t end = nl ? (size_t)(nl - s) : stop;
    size_t ra, re; /* (a diff's or a notebook's row: the part read, as table_row_ok()) */
    if (t->inner && inner_line(t->inner, s + ls, end - ls, &ra, &re)) {
        end = ls + re;
        ls += ra;
    }
    if (t->aligned) {
        /* between the ends of its name and the one before; or where it
         * stands under the header (a byte early maybe): in characters */
        size_t lo = right ? (k > 0 ? t->name_end[k - 1] : 0) : t->field_off[k] - (k > 0);
        size_t hi = right ? t->name_end[k] : t->field_off[k + 1] - 1u;
        const uint8_t *r = s + ls;
        *a = ls + utf8_byte_at(r, end - ls, lo);
        *e = !right && k + 1 == t->nfields ? end : ls + utf8_byte_at(r, end - ls, hi);
        return true;
    }
    unsigned f = 0;
    bool in = false;
    size_t from = ls;
    for (size_t i = ls; i < end; i++) {
        if (t->quote && s[i] == (uint8_t)t->quote) {
            in = !in;
        } else if (!in && s[i] == (uint8_t)t->delim &&
                   !(by_tight && i + 1 < end && s[i + 1] == ' ')) {
            if (f == k) {
                *a = from;
                *e = i;
                return true;
            }
            f++;
            from = i + 1;
        }
    }
    *a = from;
    *e = end;
    return f == k;
}

/* Whether the cell s[a, e) says a taxpayer's number is no person's US
 * one: an employer's ("EIN", "FEIN", "Business") or another country's
 * (Australia's "TFN" and "ABN", Canada's "SIN", the UK's "NINO", India's
 * "PAN"), as FATCA and CRS exports type each TIN. */
static bool employer_number_kind(const uint8_t *s, size_t a, size_t e)
{
    static const char *const kinds[] = {"abn", "business", "ein",  "fein", "gst",
                                        "nin", "nino",     "pan",  "sin",  "tfn"};
    while (a < e && (s[a] == ' ' || s[a] == '"' || s[a] == '\''))
        a++;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == '\r'))
        e--;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (span_is_ci(s, a, e, kinds[k]))
            return true;
    return false;
}

/* Whether the dotted quad at [cs, ce) is an amount with '.' between its
 * thousands, as Brazil, Germany and Colombia write them: a currency's sign
 * before or after it ("R$ 1.204.131.207,55", "1.204.131.207 €"; not cents
 * after a decimal comma alone: a CSV row's address and port,
 * "10.20.30.40,22"). */
static bool amount_quad(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce)
{
    size_t a = ce + (ce < hi && s[ce] == ' ');
    if (a + 2 < hi && s[a] == 0xE2 && s[a + 1] == 0x82 && s[a + 2] == 0xAC) /* € */
        return true;
    size_t b = cs - (cs > lo && s[cs - 1] == ' ');
    if (b > lo && (s[b - 1] == '$' || (b >= lo + 3 && s[b - 3] == 0xE2 && s[b - 2] == 0x82 &&
                                       s[b - 1] == 0xAC) ||
                   (b >= lo + 2 && s[b - 2] == 0xC2 && s[b - 1] == 0xA3))) /* $ € £ */
        return true;
    return false;
}

/* Whether the dotted quad at [cs, ce) is the version of a Maven
 * coordinate, "com.oracle.database.jdbc:ojdbc8:jar:19.3.0.0:compile": two
 * or more ':'-joined parts before it on its word, and ':' and a scope's
 * letters after it. */
static bool maven_coordinate(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce)
{
    if (cs == lo || s[cs - 1] != ':' || ce + 1 >= hi || s[ce] != ':' || !is_lower(s[ce + 1]))
        return false;
    unsigned colons = 0;
    for (size_t i = cs; i > lo && cs - i < 128 && s[i - 1] != ' ' && s[i - 1] != '\n' &&
                        s[i - 1] != '\t';
         i--)
        colons += s[i - 1] == ':';
    return colons >= 3;
}

/* Whether what follows a '(' at s[a] (before hi) says a taxpayer's number
 * is an employer's: "EIN)" (employer_number_kind()), or "Employer
 * Identification Number)". */
static bool employer_note(const uint8_t *s, size_t a, size_t hi)
{
    size_t e = a;
    while (e < hi && e - a < 40 && (is_alpha(s[e]) || s[e] == ' '))
        e++;
    if (e >= hi || s[e] != ')')
        return false;
    return employer_number_kind(s, a, e) ||
           (e - a > 9 && starts_with_ci((const char *)s + a, 9, "employer "));
}

/* Whether the value at [cs, ce) under a taxpayer number's label ("TIN",
 * "Tax ID", "taxID", "<TaxId>", "Taxpayer Identification Number") is an
 * employer's by what its line or the line above says of its kind (within
 * [lo, hi)), as a table's "TIN Type"
 * column says it (employer_number_kind()): a type's key and an employer's
 * kind as its value ("TIN Type: EIN", "\"taxIDType\":\"FEIN\"",
 * "<TaxIdTypeCd>FEIN</TaxIdTypeCd>"), the employer's box ticked ("SSN [ ]
 * EIN [X]", before the value or after it), or "(EIN)" right after it. */
static bool tin_typed_employer(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce)
{
    size_t e = cs;
    while (e > lo && cs - e < 8 &&
           (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '#' || s[e - 1] == '\t' ||
            s[e - 1] == '=' || s[e - 1] == '"' || s[e - 1] == '>' || s[e - 1] == '.'))
        e--;
    /* (past a note on the label's choices: "Tax ID (SSN or EIN): ...") */
    if (e > lo && s[e - 1] == ')') {
        size_t o = e - 1;
        while (o > lo && e - o < 24 && s[o - 1] != '(' && s[o - 1] != '\n')
            o--;
        if (o > lo + 1 && s[o - 1] == '(') {
            e = o - 1;
            while (e > lo && s[e - 1] == ' ')
                e--;
        }
    }
    size_t we, b = word_ending(s, lo, e, &we);
    if (b == SIZE_MAX || we != e)
        return false;
    if (span_is_ci(s, b, we, "number") || span_is_ci(s, b, we, "no") ||
        span_is_ci(s, b, we, "num")) {
        e = b; /* (its number word: "FEDERAL TAX I.D. NUMBER:") */
        while (e > lo && b - e < 3 && (s[e - 1] == ' ' || s[e - 1] == '.'))
            e--;
        b = word_ending(s, lo, e, &we);
        if (b == SIZE_MAX) { /* (a longer word than it reads: "Identification") */
            while (e > lo && s[e - 1] == ' ')
                e--;
            if (e - lo < 14 || !span_is_ci(s, e - 14, e, "identification") ||
                (e - 14 > lo && is_alnum(s[e - 15])))
                return false;
            b = e - 14;
            we = e;
        }
    }
    /* (or spelled out: "Taxpayer Identification Number") */
    bool id = span_is_ci(s, b, we, "id") || span_is_ci(s, b, we, "identification");
    if (span_is_ci(s, b, we, "d") && b >= lo + 2 && s[b - 1] == '.' && (s[b - 2] | 0x20) == 'i') {
        b -= 2; /* ("I.D.") */
        id = true;
    }
    if (id) { /* (after "Tax" or "Taxpayer"; a key's "tax_id" too) */
        size_t te, k = b > lo && (s[b - 1] == '_' || s[b - 1] == '-') ? b - 1 : b;
        size_t t = word_ending(s, lo, k, &te);
        if (t == SIZE_MAX || !(span_is_ci(s, t, te, "tax") || span_is_ci(s, t, te, "taxpayer")))
            return false;
    } else if (!span_is_ci(s, b, we, "tin") && !span_is_ci(s, b, we, "taxid")) {
        return false;
    }
    /* "(EIN)" after the value */
    size_t k = ce;
    while (k < hi && s[k] == ' ')
        k++;
    if (k < hi && s[k] == '(' && employer_note(s, k + 1, hi))
        return true;
    /* the line of the value and the line above */
    size_t from = b, to = ce;
    for (int lines = 0; from > lo && lines < 2; from--)
        lines += s[from - 1] == '\n';
    while (to < hi && s[to] != '\n')
        to++;
    for (size_t q = from; q + 3 <= to; q++) {
        uint8_t c = s[q] | 0x20;
        if (c == 't' && q + 4 <= to && starts_with_ci((const char *)s + q, 4, "type")) {
            /* (a key's own suffix: "TypeCd") */
            size_t v = q + 4;
            while (v < to && v - q < 7 && is_alpha(s[v]))
                v++;
            bool key = false;
            while (v < to && (s[v] == ' ' || s[v] == '"' || s[v] == ':' || s[v] == '=' ||
                              s[v] == '>')) {
                key |= s[v] != ' ' && s[v] != '"';
                v++;
            }
            size_t ve = v;
            while (ve < to && is_alpha(s[ve]))
                ve++;
            /* (past a form's letter for the option: FinCEN's "TIN type: b
             * EIN") */
            if (key && ve == v + 1 && ve < to && s[ve] == ' ' && is_lower(s[v])) {
                for (v = ve; v < to && s[v] == ' ';)
                    v++;
                for (ve = v; ve < to && is_alpha(s[ve]);)
                    ve++;
            }
            if (key && ve > v && employer_number_kind(s, v, ve))
                return true;
            /* (a code and its meaning: "TIN type: 1 (EIN)") */
            if (key && ve == v && v + 1 < to && is_digit(s[v]) && !is_alnum(s[v + 1])) {
                size_t r = v + 1;
                while (r < to && s[r] == ' ')
                    r++;
                if (r < to && s[r] == '(' && employer_note(s, r + 1, to))
                    return true;
            }
        } else if (c == 'e' && starts_with_ci((const char *)s + q, 3, "ein") &&
                   (q == 0 || !is_alnum(s[q - 1])) && (q + 3 == to || !is_alnum(s[q + 3]))) {
            /* (its own box, on the side boxes_first() says, or where
             * none is there, on the other: "EIN [X]", "[X] EIN"; not the
             * box of "SSN [X] EIN [ ]" nor of "[X] EIN  [ ] SSN") */
            int after = check_box_after(s, q + 3, to), before = check_box_before(s, from, q);
            bool first = boxes_first(s, from, q);
            int box = first ? before : after, other = first ? after : before;
            if (box == BOX_TICKED || (box == BOX_NONE && other == BOX_TICKED))
                return true;
        }
    }
    return false;
}

/* Whether the cell s[a, e) names a license of another kind than a
 * driver's: a word of license_kind_word() among its first words. */
static bool license_kind_cell(const uint8_t *s, size_t a, size_t e)
{
    token toks[4];
    size_t n = e - a <= 64 ? tokenize(s, e, a, e, toks, 4) : 0;
    for (size_t i = 0; i < n; i++)
        if (license_kind_word(&toks[i]))
            return true;
    return false;
}

/* The entities whose documents the cell s[a, e) names: "P" or "PP" (the
 * ICAO code of a passport), or a hotword of a passport or a license. */
static uint32_t kind_named(const uint8_t *s, size_t a, size_t e)
{
    while (a < e && (s[a] == ' ' || s[a] == '"' || s[a] == '\''))
        a++;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == '\r'))
        e--;
    if ((e - a == 1 || e - a == 2) && (s[a] | 0x20) == 'p' && (s[e - 1] | 0x20) == 'p')
        return ENTITY_MASK(PII_PASSPORT) | ENTITY_MASK(PII_US_PASSPORT);
    uint32_t named = e - a <= 64 ? hotword_entities_in(s, a, e, 6) : 0;
    return named & (ENTITY_MASK(PII_PASSPORT) | ENTITY_MASK(PII_US_PASSPORT) |
                    ENTITY_MASK(PII_US_DRIVER_LICENSE));
}

/* column_read(), read once per column of a header for the built-in
 * phrases (every candidate of every row asks; custom rules' phrases are
 * read each time). */
static column_words column_of(ctx_window *w, const table_state *t, const hotword *table,
                              size_t table_n, bool custom)
{
    unsigned f = row_field(t, &w->row);
    if (custom || f >= TABLE_MAX_FIELDS)
        return column_read(t, f, table, table_n);
    if (w->col_header[f] != t->header_gen) {
        w->col[f] = column_read(t, f, table, table_n);
        w->col_header[f] = t->header_gen;
    }
    return w->col[f];
}

/* The score of c with its nearest hotword dist bytes away, when that beats
 * the score it has without (score). */
static float with_hotword(const cand *c, float score, size_t dist, bool *had_context,
                          uint32_t *ctx_dist)
{
    if (c->with_ctx <= 0)
        return score;
    float s2 = c->with_ctx - 0.002f * (float)dist;
    if (s2 > score) {
        score = s2;
        *had_context = true;
        *ctx_dist = dist > UINT32_MAX ? UINT32_MAX : (uint32_t)dist;
    }
    return score;
}

/* ---- lists ---- */

/* A list of values of one shape ("SSNs: 536221234, 536221235 and
 * 536221236", "routing 122105155 / 121042882") is scored as one span: the
 * words around the list count for each of its values.  Otherwise a value
 * between a hotword and a candidate takes the hotword (prepare_window())
 * and a long number ends the window, so only the value next to the word
 * would have it.  LIST_MAX values are followed each way: bounded, so a
 * long list costs each of its candidates a fixed amount. */
#define LIST_MAX 8
#define LIST_SEP_MAX 12 /* bytes between two values */

static inline unsigned shape_class(uint8_t c)
{
    return is_digit(c) ? '9' : is_upper(c) ? 'A' : is_lower(c) ? 'a' : c;
}

static bool same_shape(const uint8_t *s, size_t a, size_t b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (shape_class(s[a + k]) != shape_class(s[b + k]))
            return false;
    return true;
}

static inline bool list_blank(uint8_t c) { return c == ' ' || c == '\t'; }
static inline bool list_mark(uint8_t c) { return c == ',' || c == ';' || c == '/' || c == '&'; }
static inline bool list_quote(uint8_t c) { return c == '"' || c == '\''; }
/* (the bytes a separator of list values begins and ends with) */
static inline bool list_sep_byte(uint8_t c) { return list_blank(c) || list_mark(c) || list_quote(c); }

/* The word of a list between two values: "and", "or", in a few languages
 * (y, o, e, or, et, ou, and, und, oder), and "to" of a range. */
static bool list_word(const uint8_t *w, size_t n)
{
    uint8_t a = w[0] | 0x20, b = n > 1 ? w[1] | 0x20 : 0;
    switch (n) {
    case 1:
        return a == 'y' || a == 'o' || a == 'e';
    case 2:
        return (a == 'o' && (b == 'r' || b == 'u')) || (a == 'e' && b == 't') ||
               (a == 't' && b == 'o');
    case 3:
        return (a == 'a' || a == 'u') && b == 'n' && (w[2] | 0x20) == 'd';
    case 4:
        return a == 'o' && b == 'd' && (w[2] | 0x20) == 'e' && (w[3] | 0x20) == 'r';
    default:
        return false;
    }
}

/* The end of the separator of list values that begins at s[i] (", ",
 * " / ", " and ", ", or ", "\", \"" in a JSON array, " -> "), or 0 when
 * there is none there. */
static size_t list_sep_end(const uint8_t *s, size_t len, size_t i)
{
    if (i >= len || !list_sep_byte(s[i]))
        return 0; /* (most values are followed by no list: at once) */
    size_t stop = len - i > LIST_SEP_MAX ? i + LIST_SEP_MAX : len;
    bool sep = false;
    uint8_t quote = i < stop && list_quote(s[i]) ? s[i++] : 0;
    while (i < stop && list_blank(s[i]))
        i++;
    if (i < stop && list_mark(s[i])) {
        sep = true;
        for (i++; i < stop && list_blank(s[i]); i++)
            ;
    } else if (i > 0 && list_blank(s[i - 1]) && i + 2 < stop && s[i] == '-' && s[i + 1] == '>' &&
               list_blank(s[i + 2])) {
        sep = true; /* an arrow between blanks: "7.1.3.4 -> 7.1.4.0" */
        for (i += 2; i < stop && list_blank(s[i]); i++)
            ;
    }
    size_t w = i;
    while (w < stop && w < i + 5 && is_alpha(s[w]))
        w++;
    if (w > i && w < stop && list_blank(s[w]) && list_word(s + i, w - i)) {
        sep = true;
        for (i = w; i < stop && list_blank(s[i]); i++)
            ;
    }
    if (quote && i < stop && s[i] == quote)
        i++;
    return sep ? i : 0;
}

/* Where a separator that ends at s[a) begins, reading back over what
 * list_sep_end() reads forward (which then confirms it): a quote, blanks,
 * a list word, blanks, a mark, blanks, a quote, each maybe there; not
 * before lo. */
static size_t list_sep_back(const uint8_t *s, size_t lo, size_t a)
{
    size_t stop = a - lo > LIST_SEP_MAX ? a - LIST_SEP_MAX : lo, i = a;
    if (i == stop || !list_sep_byte(s[i - 1]))
        return a;
    if (i > stop && list_quote(s[i - 1]))
        i--;
    while (i > stop && list_blank(s[i - 1]))
        i--;
    size_t w = i;
    while (w > stop && w + 5 > i && is_alpha(s[w - 1]))
        w--;
    if (w < i && w > stop && !is_alnum(s[w - 1]) && list_word(s + w, i - w))
        for (i = w; i > stop && list_blank(s[i - 1]); i--)
            ;
    if (i > stop && list_mark(s[i - 1]))
        for (i--; i > stop && list_blank(s[i - 1]); i--)
            ;
    else if (i > stop + 2 && s[i - 1] == '>' && s[i - 2] == '-' && list_blank(s[i - 3]))
        for (i -= 2; i > stop && list_blank(s[i - 1]); i--)
            ;
    if (i > stop && list_quote(s[i - 1]))
        i--;
    return i;
}

/* Whether the value [a, a + n) stands alone: no letter or digit on either
 * side, nor a joiner with one beyond ("536221234-5" is another thing). */
static bool list_value_alone(const uint8_t *s, size_t len, size_t a, size_t n)
{
    if (a > 0 && (is_alnum(s[a - 1]) ||
                  (a > 1 && (s[a - 1] == '-' || s[a - 1] == '.') && is_alnum(s[a - 2]))))
        return false;
    size_t e = a + n;
    return !(e < len && (is_alnum(s[e]) || ((s[e] == '-' || s[e] == '.') && e + 1 < len &&
                                            is_alnum(s[e + 1]))));
}

/* The list that holds the value [*cs, *ce): its first value's start and
 * its last value's end, LIST_MAX values away at most and within [lo, hi). */
static void list_span(const uint8_t *s, size_t len, size_t lo, size_t hi, size_t *cs, size_t *ce)
{
    size_t n = *ce - *cs, a = *cs, e = *ce;
    for (unsigned k = 0; k < LIST_MAX; k++) {
        size_t q = list_sep_end(s, len, e);
        if (!q || q + n > hi || !same_shape(s, q, a, n) || !list_value_alone(s, len, q, n))
            break;
        e = q + n;
    }
    for (unsigned k = 0; k < LIST_MAX; k++) {
        size_t end = list_sep_back(s, lo, a);
        if (end == a || end < lo + n || shape_class(s[end - 1]) != shape_class(s[a + n - 1]) ||
            list_sep_end(s, len, end) != a ||
            !same_shape(s, end - n, a, n) || !list_value_alone(s, len, end - n, n))
            break;
        a = end - n;
    }
    *cs = a;
    *ce = e;
}

/* Whether a section sign (U+00A7) or "Sec." and maybe a blank stand right
 * before cs: a clause's number ("§ 12.4.1.2", "Sec. 12.4.1.2"; not "sec"
 * alone, a time's seconds). */
static bool section_sign_before(const uint8_t *s, size_t lo, size_t cs)
{
    size_t e = cs > lo && (s[cs - 1] == ' ' || s[cs - 1] == 0xA0) ? cs - 1 : cs;
    if (e > lo + 1 && s[e - 1] == 0xA0 && s[e - 2] == 0xC2) /* (a no-break space) */
        e -= 2;
    if (e >= lo + 4 && s[e - 1] == '.' && (s[e - 4] | 0x20) == 's' && (s[e - 3] | 0x20) == 'e' &&
        (s[e - 2] | 0x20) == 'c' && (e == lo + 4 || !is_alnum(s[e - 5])))
        return true;
    return e >= lo + 2 && s[e - 2] == 0xC2 && s[e - 1] == 0xA7;
}

/* The capitals (two to six) of a Bates prefix that end one blank before
 * p: their start, or SIZE_MAX. */
static size_t bates_prefix(const uint8_t *s, size_t lo, size_t p)
{
    if (p < lo + 3 || s[p - 1] != ' ' || !is_upper(s[p - 2]))
        return SIZE_MAX;
    size_t b = p - 2;
    while (b > lo && p - 1 - b < 6 && is_upper(s[b - 1]))
        b--;
    size_t n = p - 1 - b;
    return n >= 2 && n <= 6 && (b == lo || !is_alnum(s[b - 1])) ? b : SIZE_MAX;
}

/* Whether the digits at [cs, ce) after a prefix of capitals begin or end
 * a range of Bates numbers with the same prefix, as a production's
 * documents are stamped ("WFB 100238841 through WFB 100238860", "ACME
 * 0004127739 - ACME 0004127801"): a page's stamp, not an account. */
static bool bates_range(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce)
{
    size_t b = bates_prefix(s, lo, cs);
    if (b == SIZE_MAX)
        return false;
    size_t n = cs - b; /* (the prefix and its blank) */
    static const char *const joins[] = {" through ", " thru ", " to ", " - ", "-"};
    for (size_t k = 0; k < sizeof joins / sizeof joins[0]; k++) {
        size_t j = strlen(joins[k]);
        /* the range's end after it */
        if (ce + j + n < hi && memcmp(s + ce, joins[k], j) == 0 &&
            memcmp(s + ce + j, s + b, n) == 0 && is_digit(s[ce + j + n]))
            return true;
        /* or its start before it */
        if (b >= lo + j + n + 1 && memcmp(s + b - j, joins[k], j) == 0 && is_digit(s[b - j - 1])) {
            size_t d = b - j;
            while (d > lo && is_digit(s[d - 1]))
                d--;
            size_t b2 = bates_prefix(s, lo, d);
            if (b2 != SIZE_MAX && d - b2 == n && memcmp(s + b2, s + b, n) == 0)
                return true;
        }
    }
    return false;
}

/* Whether the twelve digits at [cs, ce) are the account of an Amazon
 * Resource Name near them, as `aws sts get-caller-identity` prints both:
 * "Account": "318204657192", "Arn": "arn:aws:iam::318204657192:user/x"
 * (the account is the ARN's fifth field, between ':'). */
#define ARN_REACH 256
static bool arn_account(const uint8_t *s, size_t lo, size_t hi, size_t cs, size_t ce)
{
    if (ce - cs != 12)
        return false;
    size_t a = cs - lo > ARN_REACH ? cs - ARN_REACH : lo;
    size_t b = hi - ce > ARN_REACH ? ce + ARN_REACH : hi;
    for (size_t p = a + 1; p + 13 <= b; p++) {
        if (s[p - 1] != ':' || s[p + 12] != ':' || p == cs || memcmp(s + p, s + cs, 12) != 0)
            continue;
        /* "arn" and three fields before it: arn:PARTITION:SERVICE:REGION:
         * (q: at the ':' after "arn") */
        size_t q = p - 1, colons = 0;
        while (q > a && p - q < 64 && colons < 3 && s[q - 1] != ' ' && s[q - 1] != '"') {
            q--;
            colons += s[q] == ':';
        }
        if (colons == 3 && q >= a + 3 && memcmp(s + q - 3, "arn", 3) == 0)
            return true;
    }
    return false;
}

/* Whether t names a country's field ("issuing_country", "nationality"). */
static bool country_word(const token *t)
{
    static const char *const words[] = {"citizenship", "country", "nation", "nationality",
                                        "pays", "land", "pais", "paese", "nationalite"};
    return word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether the line s[b, end) is a record's field that names the country
 * as the United States: up to four words, the last a key's, one of them a
 * country's ("Country of issue: USA", passport_country { "United States" },
 * issuing_country: "United States of America", as forms, fixtures and YAML
 * write them). */
static bool us_country_field_at(const pii_ruleset *rs, const uint8_t *s, size_t b, size_t end)
{
    token toks[MAX_TOKENS / 2];
    size_t n = tokenize(s, end, b, end, toks, MAX_TOKENS / 2);
    size_t k = 0;
    bool country = false, key = false;
    for (; k < n && k < 4 && !toks[k].is_value && !key; k++) {
        size_t g = toks[k].end;
        while (g < end && s[g] == ' ')
            g++;
        country |= country_word(&toks[k]);
        /* (an identifier's words are one key: passport_country) */
        bool glued = k + 1 < n && (toks[k + 1].start == toks[k].end ||
                                   (toks[k + 1].start == toks[k].end + 1 && s[toks[k].end] == '_'));
        key = !glued && (toks[k].is_key || toks[k].code_key || (g < end && strchr(":={\"'", s[g])));
    }
    if (!country || !key)
        return false;
    k--; /* (the key's word) */
    size_t m = k + 1;
    while (m < n && !toks[m].is_value)
        m++;
    return nearest(rs, us_words, us_word_count, 1, NULL, 0, toks + k + 1, m - k - 1, b, b, NULL, 0) !=
           SIZE_MAX;
}

/* us_country_field_at() for each field of s[b, end) that a tab, a '|' or
 * two blanks set apart, up to eight ("ID type: Passport   Country of
 * issue: USA"), or a key's ": " ("Crew member passport: Country of issue:
 * USA"). */
static bool us_country_field(const pii_ruleset *rs, const uint8_t *s, size_t b, size_t end)
{
    for (int fields = 0; b < end && fields < 8; fields++) {
        if (us_country_field_at(rs, s, b, end))
            return true;
        while (b < end && !(s[b] == '\t' || s[b] == '|' ||
                            ((s[b] == ' ' || s[b] == ':') && b + 1 < end && s[b + 1] == ' ')))
            b++;
        while (b < end && (s[b] == ' ' || s[b] == '\t' || s[b] == '|' || s[b] == ':'))
            b++;
    }
    return false;
}

/* Whether the country is named after a passport number further than the
 * window after it reaches ("912803456, nationality: United States of
 * America"): in s[ce, hi), in its sentence (as window_after() ends one:
 * a newline, ';', a '.' before a space), before another value; or in a
 * record's field on one of the two lines below or above it (the window
 * before a field's line stops at the field above: "Country of issue:
 * USA" over "Passport No. 548213907"). */
static bool us_named_around(const pii_ruleset *rs, const uint8_t *s, size_t lo, size_t hi,
                            size_t cs, size_t ce)
{
    size_t end = ce;
    while (end < hi && s[end] != '\n' && s[end] != ';' &&
           !(s[end] == '.' && (end + 1 == hi || s[end + 1] == ' ')))
        end++;
    token toks[MAX_TOKENS / 2];
    size_t n = tokenize(s, end, ce, end, toks, MAX_TOKENS / 2);
    for (size_t i = 0; i < n; i++)
        if (toks[i].is_value) {
            n = i;
            break;
        }
    drop_lowercase_abbreviations(s, end, toks, n);
    if (nearest(rs, us_words, us_word_count, 1, NULL, 0, toks, n, ce, ce, NULL, 0) != SIZE_MAX)
        return true;
    for (int lines = 0; lines < 2 && end < hi && s[end] == '\n'; lines++) {
        size_t b = end + 1;
        end = b;
        while (end < hi && end - b < 160 && s[end] != '\n')
            end++;
        if (us_country_field(rs, s, b, end))
            return true;
    }
    /* (or a JSON object's field before it on its line, as far as its
     * '{': "country_of_issue":"United States","document_type":"passport",
     * "passport_number":"583120947") */
    if (cs > lo && s[cs - 1] == '"') {
        size_t fe = cs;
        for (size_t q = cs - 1; q > lo && cs - q < 240 && s[q] != '{' && s[q - 1] != '\n'; q--) {
            if (s[q - 1] != ',' && s[q - 1] != '{')
                continue; /* (a field begins after a ',' or the '{') */
            size_t fb = q;
            while (fb < fe && s[fb] == ' ')
                fb++;
            if (fb < fe && s[fb] == '"' && us_country_field(rs, s, fb, fe))
                return true;
            fe = q - 1;
        }
    }
    size_t ls = cs;
    while (ls > lo && cs - ls < 160 && s[ls - 1] != '\n')
        ls--;
    for (int lines = 0; lines < 2 && ls > lo && s[ls - 1] == '\n'; lines++) {
        size_t e = ls - 1, b = e;
        while (b > lo && e - b < 160 && s[b - 1] != '\n')
            b--;
        if (us_country_field(rs, s, b, e))
            return true;
        ls = b;
    }
    return false;
}

/* Whether the country is named right before a passport's hotword that
 * begins the window (before[0] or before[1]), farther back than the
 * window reaches: "His U.S. passport and Texas driver's license numbers
 * are 571239846 and ...", the country the last words before it; or names
 * a passport in the sentence before, on the same line ("... submitted a
 * United States passport instead of a license. Passport number: ..."). */
static bool us_named_before_label(const pii_ruleset *rs, const uint8_t *s, size_t lo,
                                  const token *before, size_t nb)
{
    uint32_t ent;
    size_t i = 0;
    for (; i < nb && i < 2; i++)
        if (match_memo(rs, hotwords, hotword_count, before, nb, i, &ent) &&
            (ent & (ENTITY_MASK(PII_US_PASSPORT) | ENTITY_MASK(PII_PASSPORT))))
            break;
    if (i == nb || i == 2)
        return false;
    size_t e = before[0].start, b = e;
    while (b > lo && e - b < 96 && s[b - 1] != '\n')
        b--;
    token pre[16];
    size_t n = tokenize(s, e, b, e, pre, 16);
    drop_lowercase_abbreviations(s, e, pre, n);
    for (size_t k = 0; k < n; k++) {
        /* (the last words, "United States of America"; or before
         * "passport") */
        size_t u = match_memo(rs, us_words, us_word_count, pre, n, k, &ent);
        if (u && ent && (k + u == n || (k + u < n && strcmp(pre[k + u].w, "passport") == 0)))
            return true;
    }
    return false;
}

/* Whether the value at cs is the new one of a change from a dotted number
 * that a version word labels ("firmware upgrade: 10.5.212.17 ->
 * 10.5.214.2", "→", "to"): both are versions. */
static bool version_change_to(const uint8_t *s, size_t len, size_t lo, size_t cs)
{
    static const char *const verbs[] = {"downgrade", "downgraded", "migrated", "update",
                                        "updated",   "upgrade",    "upgraded"};
    size_t i = cs;
    while (i > lo && s[i - 1] == ' ')
        i--;
    if (i >= lo + 2 && ((s[i - 1] == '>' && (s[i - 2] == '-' || s[i - 2] == '=')) ||
                        ((s[i - 1] | 0x20) == 'o' && (s[i - 2] | 0x20) == 't'))) {
        bool to = s[i - 1] != '>';
        i -= 2;
        /* (and a verb of change before "to", a word before it maybe:
         * "version 10.4.1.2 needs update to 10.5.0.3") */
        for (int words = 0; to && words < 2; words++) {
            size_t g = i, we;
            while (g > lo && s[g - 1] == ' ')
                g--;
            size_t b = word_ending(s, lo, g, &we);
            if (b == SIZE_MAX || we != g)
                break;
            bool verb = false;
            for (size_t k = 0; k < sizeof verbs / sizeof verbs[0] && !verb; k++)
                verb = span_is_ci(s, b, we, verbs[k]);
            if (words == 0 && !verb)
                break;
            if (words == 1 && (b == lo || s[b - 1] != ' ' || b < lo + 2 || !is_digit(s[b - 2])))
                break; /* (the word right after the old number) */
            i = b;
        }
    } else if (i >= lo + 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x86 && s[i - 1] == 0x92) { /* → */
        i -= 3;
    } else if (i >= lo + 4 && starts_with_ci((const char *)s + i - 4, 4, "from")) {
        /* the old one after the new: "release 24.3.0.12 (upgrade from
         * 24.2.1.8)" */
        i -= 4;
        size_t g = i;
        while (g > lo && s[g - 1] == ' ')
            g--;
        size_t we, b = word_ending(s, lo, g, &we);
        for (size_t k = 0; b != SIZE_MAX && we == g && k < sizeof verbs / sizeof verbs[0]; k++)
            if (span_is_ci(s, b, we, verbs[k])) {
                i = b;
                break;
            }
        if (i > lo && s[i - 1] == '(' && i - 1 < cs)
            i--;
    } else {
        return false;
    }
    if (i == cs || (i > lo && s[i - 1] != ' '))
        return false;
    while (i > lo && s[i - 1] == ' ')
        i--;
    size_t e = i, dots = 0;
    while (i > lo && e - i < 24 && (is_digit(s[i - 1]) || s[i - 1] == '.'))
        dots += s[--i] == '.';
    if (dots < 2 || e == i || !is_digit(s[i]))
        return false;
    token t[16]; /* (the words before it on its line, from a word's start:
                  * the last sixteen, "... 9.1.7.0 on all gateways; release") */
    size_t from = line_start(s, i > lo + 64 ? i - 64 : lo, i);
    while (from > lo && from < i && is_alnum(s[from - 1]) && is_alnum(s[from]))
        from++;
    size_t n = tokenize(s, len, from, i, t, 16);
    return n > 0 && labelled_by(version_words, version_word_count, t, n, s, i);
}

/* ---- pairs ---- */

/* Whether a joiner of a pair ('/', '&', ',' or "and", blanks around; or,
 * between values, blanks alone: "Routing/Account: R A") spans s[a, b)
 * exactly. */
static bool pair_joiner(const uint8_t *s, size_t a, size_t b, bool values)
{
    size_t a0 = a;
    while (a < b && s[a] == ' ')
        a++;
    if (a == b)
        return values && a > a0;
    while (b > a && s[b - 1] == ' ')
        b--;
    if (b - a == 1)
        return s[a] == '/' || s[a] == '&' || s[a] == ',';
    return b - a == 3 && (s[a] | 0x20) == 'a' && (s[a + 1] | 0x20) == 'n' && (s[a + 2] | 0x20) == 'd';
}

/* A number word, or its plural ("Routing and account numbers:"). */
static bool number_word_or_plural(const token *t)
{
    return number_word(t) || strcmp(t->w, "numbers") == 0 || strcmp(t->w, "nos") == 0;
}

/* The hotword phrase that ends with t[e - 1] (e > 0): its entities, 0 if
 * none; *start: where it begins. */
static uint32_t hotword_ending(const token *t, size_t e, size_t *start)
{
    uint32_t ent;
    for (size_t i = e > 3 ? e - 3 : 0; i < e; i++)
        if (match_phrase(hotwords, hotword_count, t, e, i, &ent) == e - i) {
            *start = i;
            return ent;
        }
    return 0;
}

/* Whether the value's own label, right before [cs, ce), names a routing
 * number only ("Bank routing number 111000026", "ABA 122105156", "Routing
 * number entered: ...", nine digits after a bare "MICR:"): nine digits
 * there that fail the checksum are neither a routing number nor an
 * account's. */
static bool routing_label_only(const token *before, size_t nb, const uint8_t *s, size_t cs,
                               size_t ce)
{
    size_t e = nb, st;
    /* (past a participle before the ':': "Bank routing number provided:") */
    if (e > 1 && before[e - 1].n >= 5 && !before[e - 1].upper &&
        strcmp(before[e - 1].w + before[e - 1].n - 2, "ed") == 0 && s[before[e - 1].end] == ':')
        e--;
    while (e > 1 && number_word_or_plural(&before[e - 1]))
        e--;
    if (e == 0)
        return false;
    for (size_t g = before[nb - 1].end; g < cs; g++)
        if (s[g] != ' ' && s[g] != ':' && s[g] != '#' && s[g] != '.' && s[g] != '=')
            return false;
    /* (a bare "MICR:" before nine digits names a cheque's transit field,
     * or an Indian branch's MICR code: "IFSC Code: HDFC0001234, MICR:
     * 400240015") */
    if (strcmp(before[e - 1].w, "micr") == 0)
        return ce - cs == 9;
    return hotword_ending(before, e, &st) == ENTITY_MASK(PII_ABA_ROUTING_NUMBER);
}

/* Two labels joined by '/', '&', ',' or "and" before two values joined
 * the same way ("Routing/Account: 122105155 / 6620018839", "Bank (routing,
 * account): R, A") name the values in their order: the first label the
 * first value, the second the second.  Which of the two [cs, ce) is, and
 * what each label names (pair_label). */
#define PAIR_LABEL_REACH 64
/* Whether a license's number begins at s[a]: one or two capitals and a
 * digit ("B7294018", "TR482913"). */
static bool license_start(const uint8_t *s, size_t len, size_t a)
{
    return is_upper(s[a]) && a + 1 < len &&
           (is_digit(s[a + 1]) || (is_upper(s[a + 1]) && a + 2 < len && is_digit(s[a + 2])));
}

/* Whether '/', '&', ',' or "and" joins the value [cs, ce) to what is
 * before or after it (blanks around it): paired_label()'s values, a blank
 * alone aside. */
static bool value_joined(const uint8_t *s, size_t lo, size_t len, size_t cs, size_t ce)
{
    size_t j = cs;
    while (j > lo && cs - j < 6 && s[j - 1] == ' ')
        j--;
    if (j > lo && (s[j - 1] == '/' || s[j - 1] == '&' || s[j - 1] == ','))
        return true;
    if (j >= lo + 4 && s[j - 4] == ' ' && (s[j - 3] | 0x20) == 'a' && (s[j - 2] | 0x20) == 'n' &&
        (s[j - 1] | 0x20) == 'd')
        return true;
    size_t a = ce;
    while (a < len && a - ce < 6 && s[a] == ' ')
        a++;
    if (a < len && (s[a] == '/' || s[a] == '&' || s[a] == ','))
        return true;
    return a + 4 <= len && (s[a] | 0x20) == 'a' && (s[a + 1] | 0x20) == 'n' &&
           (s[a + 2] | 0x20) == 'd' && s[a + 3] == ' ';
}

static pair_label paired_label(const uint8_t *s, size_t lo, size_t len, size_t cs, size_t ce)
{
    const pair_label none = {0, 0, 0, 0};
    int which;
    /* the first value's start, where this is the second */
    size_t e = cs, j = cs;
    while (j > lo && cs - j < 6 && !is_digit(s[j - 1]) && s[j - 1] != '\n')
        j--;
    if (j < cs && j > lo && is_digit(s[j - 1]) && pair_joiner(s, j, cs, true)) {
        size_t k = j; /* (a date too: "DOB/SSN: 04/11/1968 / 683142250") */
        while (k > lo && j - k < 24 &&
               (is_digit(s[k - 1]) || s[k - 1] == '-' ||
                ((s[k - 1] == '/' || s[k - 1] == '.') && k - 1 > lo && is_digit(s[k - 2]))))
            k--;
        e = k;
        which = 2;
    } else {
        /* or this is the first: the second after it */
        /* (a license's capitals first: "SSN/DL#: 287641903 / B7294018",
         * "/ TR482913") */
        size_t a = ce;
        while (a < len && a - ce < 6 && !is_digit(s[a]) && s[a] != '\n' &&
               !license_start(s, len, a))
            a++;
        if (a == ce || a >= len || !(is_digit(s[a]) || license_start(s, len, a)) ||
            !pair_joiner(s, ce, a, true))
            return none;
        which = 1;
    }
    /* the labels before it: ':', '#', ')' ... between */
    while (e > lo && cs - e < PAIR_LABEL_REACH && s[e - 1] && strchr(" :#.=)", s[e - 1]))
        e--;
    if (e == lo || !is_alpha(s[e - 1]))
        return none;
    size_t b = e > lo + PAIR_LABEL_REACH ? e - PAIR_LABEL_REACH : lo;
    b = line_start(s, b, e);
    /* (most labels join nothing: no '/', '&', ',' or " and " in them) */
    bool joined = false;
    for (size_t k = b; k < e && !joined; k++)
        joined = s[k] == '/' || s[k] == '&' || s[k] == ',' ||
                 (s[k] == ' ' && k + 4 < e && (s[k + 1] | 0x20) == 'a' &&
                  (s[k + 2] | 0x20) == 'n' && (s[k + 3] | 0x20) == 'd' && s[k + 4] == ' ');
    if (!joined)
        return none;
    token t[12];
    size_t m = tokenize(s, len, b, e, t, 12);
    /* (what the values are for, or where they are written, aside:
     * "Routing and account numbers for refunds:", "SSN and DL on customs
     * form:") */
    static const char *const asides[] = {"for", "from", "in", "on"};
    for (size_t k = m > 3 ? m - 3 : 1; k < m; k++)
        if (word_in(&t[k], asides, sizeof asides / sizeof asides[0])) {
            m = k;
            break;
        }
    /* (past the number words, and a word for the two together:
     * "routing/account pair:", "routing and account details:") */
    static const char *const pair_words[] = {"are",  "combination", "combo", "details",
                                             "info", "pair",        "were"}; /* (prose: "... are") */
    while (m > 1 && (number_word_or_plural(&t[m - 1]) || word_in(&t[m - 1], pair_words, 7) ||
                     (t[m - 1].n == 1 && t[m - 1].w[0] == 's' && s[t[m - 1].start - 1] == '#')))
        m--; /* (and "#s": "Routing and Account #s:") */
    /* the second label, ending the labels; the joiner; the first label
     * (maybe with its number word) */
    size_t i2 = 0, i1 = 0, a_end = 0;
    uint32_t second = m ? hotword_ending(t, m, &i2) : 0;
    if (!second || i2 == 0)
        return none;
    /* (past a state's code or name before the second: "SSN and TX DL
     * no.:", "passport and Texas driver's license numbers are") */
    size_t h;
    if (i2 >= 2 &&
        ((t[i2 - 1].n == 2 && t[i2 - 1].upper) ||
         (t[i2 - 1].n >= 4 && is_upper(s[t[i2 - 1].start]) && is_lower(s[t[i2 - 1].start + 1]))) &&
        !hotword_ending(t, i2, &h)) /* (not the first label: "Routing/Account:") */
        i2--;
    if (i2 >= 2 && strcmp(t[i2 - 1].w, "and") == 0 &&
        pair_joiner(s, t[i2 - 2].end, t[i2].start, false))
        a_end = i2 - 1;
    else if (pair_joiner(s, t[i2 - 1].end, t[i2].start, false))
        a_end = i2;
    while (a_end > 1 && number_word_or_plural(&t[a_end - 1]))
        a_end--;
    uint32_t first = a_end ? hotword_ending(t, a_end, &i1) : 0;
    pair_label r = {first & ~second, second & ~first, e, which};
    return r.first && r.second ? r : none;
}

/* Whether a unit of a count or an amount follows the value ending at e
 * after one blank (within hi): "bytes", "packets", "lamports" ... */
static bool unit_after(const uint8_t *s, size_t hi, size_t e)
{
    static const char *const units[] = {"bps",    "bytes", "gb",       "gbps",     "gwei",
                                        "kb",     "kbps",  "lamports", "mb",       "mbps",
                                        "octets", "packets", "pkts",   "sats",     "satoshis",
                                        "shares", "wei"};
    if (e + 3 > hi || s[e] != ' ' || !is_alpha(s[e + 1]))
        return false;
    char w[10];
    size_t a = e + 1, n = 0;
    while (a + n < hi && n < 9 && is_alpha(s[a + n])) {
        w[n] = (char)(s[a + n] | 0x20);
        n++;
    }
    if (n < 2 || n > 8 || (a + n < hi && is_alnum(s[a + n])))
        return false;
    w[n] = '\0';
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (units[k][0] == w[0] && strcmp(units[k], w) == 0)
            return true;
    return false;
}

float context_score(const pii_ctx *ctx, const scan_view *v, const cand *c, bool *had_context,
                    uint32_t *ctx_dist)
{
    *had_context = false;
    *ctx_dist = UINT32_MAX;
    float score = c->base;
    bool wants_words = c->with_ctx > 0 || c->entity == PII_IP_ADDRESS;
    if (!wants_words)
        return score;
    const uint8_t *s = v->s;
    const table_state *t = &ctx->table;
    size_t cs = (size_t)(c->start - v->base), ce = (size_t)(c->end - v->base);
    if (v->nv) { /* positions in the normalized view */
        cs = norm_from_orig(v->nv, cs);
        ce = norm_from_orig(v->nv, ce);
    }
    const size_t value_end = ce; /* (ce becomes a list's end below) */
    /* Candidates of several entities often share one span (nine digits
     * could be an SSN, a routing or an account number ...): the words
     * around a span are read once. */
    ctx_window *w = ctx->win;
    bool same_span = w->valid && w->start == c->start && w->end == c->end &&
                     w->base == v->base && w->s == v->s;
    bool in_row = same_span ? w->in_row : in_table_row(ctx, v, cs);
    /* a unified diff's '+' before a row's first value is its mark, no
     * phone number's ("+204431902,Mei,Liang,..."): the digits are read in
     * their column */
    if (c->entity == PII_PHONE_NUMBER && in_row && t->inner == TABLE_INNER_DIFF && s[cs] == '+' &&
        (cs == 0 || s[cs - 1] == '\n'))
        return LOW_SCORE;
    /* How far words may be from the candidate: as far as the scan's and
     * the gate's reach (hotmap.c) assume */
    size_t reach_before = CTX_BYTES(ctx->rs->context_window);
    size_t reach_after = CTX_BYTES((ctx->rs->context_window + 1) / 2) / 2;
    size_t lo = cs > reach_before ? cs - reach_before : 0;
    size_t hi = v->len - ce > reach_after ? ce + reach_after : v->len;

    if (c->entity == PII_IP_ADDRESS && c->subtype[3] == '4' &&
        (version_written(s, lo, hi, cs, ce) || version_change_to(s, v->len, lo, cs) ||
         maven_coordinate(s, lo, hi, cs, ce) || amount_quad(s, lo, hi, cs, ce) ||
         section_sign_before(s, lo, cs)))
        return 0.2f; /* under LOW_SCORE, as after a version word below */
    if (c->entity == PII_CREDIT_CARD && c->base < 0.9f && rest_resource_before(s, lo, cs))
        return LOW_SCORE;
    if ((c->entity == PII_US_SSN || c->entity == PII_US_ITIN) && !in_row &&
        tin_typed_employer(s, lo, hi, cs, ce))
        return LOW_SCORE;
    /* a custom rule brings its own words */
    const custom_rule *rule =
        c->entity >= PII_ENTITY_BUILTIN_COUNT ? rule_of_entity(ctx->rs, c->entity) : NULL;
    const hotword *table = rule ? rule->words : hotwords;
    size_t table_n = rule ? rule->nwords : hotword_count;
    uint32_t want = rule ? 1 : ENTITY_MASK(c->entity);
    /* the column's name, when the candidate sits in a table */
    column_words col = {0, false, false, false, false, TABLE_MAX_FIELDS};
    const char *field;
    /* (a value of a one-line SQL INSERT: its column as a table's, and the
     * window on its tuple; the later tuples of a line of many too, up to a
     * record's reach) */
    size_t tuple = SIZE_MAX;
    const uint8_t *sql_col;
    size_t sql_n;
    size_t rlo = cs > RECORD_REACH ? cs - RECORD_REACH : 0;
    if (in_row) {
        col = column_of(w, t, table, table_n, rule != NULL);
        /* a document's number whose kind the row names in another cell */
        size_t ka, ke;
        if (col.kind < TABLE_MAX_FIELDS && !rule && !(col.entities & want) &&
            row_cell(t, v->orig, v->orig_len, v->base, col.kind, w->row.by_tight, w->row.right,
                     &ka, &ke))
            col.entities |= kind_named(v->orig, ka, ke);
        /* a taxpayer's number that the row's "TIN Type" says is an
         * employer's ("Payee TIN,TIN Type": 871883606,EIN) */
        else if (col.kind < TABLE_MAX_FIELDS && !rule &&
                 (c->entity == PII_US_SSN || c->entity == PII_US_ITIN) &&
                 row_cell(t, v->orig, v->orig_len, v->base, col.kind, w->row.by_tight,
                          w->row.right, &ka, &ke) &&
                 employer_number_kind(v->orig, ka, ke))
            return LOW_SCORE;
        /* a license that the row's "License Type" says is a trade's or a
         * profession's ("CPA", "RN", "Real Estate Broker") */
        else if (col.kind < TABLE_MAX_FIELDS && !rule && c->entity == PII_US_DRIVER_LICENSE &&
                 row_cell(t, v->orig, v->orig_len, v->base, col.kind, w->row.by_tight,
                          w->row.right, &ka, &ke) &&
                 license_kind_cell(v->orig, ka, ke))
            return LOW_SCORE;
    } else if ((field = record_field_name(s, rlo, cs, cs <= RECORD_REACH && v->base == 0,
                                          line_is_record(t))) != NULL) {
        col = column_words_of(field, strlen(field), table, table_n, c->entity == PII_IP_ADDRESS);
    } else if (sql_inline_column(s, rlo, cs, &sql_col, &sql_n, &tuple)) {
        col = column_words_of((const char *)sql_col, sql_n, table, table_n,
                              c->entity == PII_IP_ADDRESS);
    }
    if (c->entity == PII_IP_ADDRESS && c->subtype[3] == '4' && col.version)
        return 0.2f; /* a column of versions ("fw", "os_version"), as after a version word */
    bool col_names = (col.entities & want) != 0;
    /* A column named for the entity is the nearest hotword there can be
     * (distance 0, below): the words around cannot change the score, but
     * for the two checks that read them at any distance (a US passport's
     * country, an IPv4 address's version label).  Most values of a CSV
     * export end here, without reading their row. */
    if (col_names && c->entity != PII_US_PASSPORT && c->entity != PII_IP_ADDRESS)
        return with_hotword(c, score, 0, had_context, ctx_dist);
    /* (an ITIN in an SSN's column: as after an SSN's hotword, below) */
    if (c->entity == PII_US_ITIN && !rule && (col.entities & ENTITY_MASK(PII_US_SSN)) &&
        !line_says_invalid(s, lo, hi, cs))
        return with_hotword(c, score, 0, had_context, ctx_dist);
    /* an account's shape under a column named for another kind of number
     * ("zip9", "order_id"): the words of the row's other cells ("DDA") do
     * not make it an account's */
    if (c->entity == PII_US_BANK_NUMBER && !rule && col.other)
        return LOW_SCORE;
    /* Otherwise the score stays as it is when no word that could change it
     * can be near (hotmap.c): a hotword of the entity, and for IP
     * addresses a version word, for SSNs, ITINs and cards written in one
     * run a label of another kind of number (and for an ITIN an SSN
     * hotword: a 9XX number given as an SSN); first as far as any window
     * could reach, which needs no look at it, then in the window itself. */
    /* an SSN's shape under a column named for another kind of number
     * ("part_no", "sku"), as after such a label in text: the window is read
     * for a hotword of its own in the cell */
    /* (and a card's digits written in one run, which is also how order
     * and transaction numbers are written: "order_id=4000123456788") */
    bool other_kind_lowers = c->entity == PII_US_SSN || c->entity == PII_US_ITIN ||
                             (c->entity == PII_CREDIT_CARD && c->base < 0.9f);
    /* (a phone number's shape under "part_no" or "sku" too; with its '+',
     * or its area code in parentheses, a phone number whatever its label:
     * "Order: (305) 861-2776" is no order's number) */
    /* (not one with its trunk prefix, "1-800-621-3115", as no other
     * number is written) */
    bool plain_phone = c->entity == PII_PHONE_NUMBER && s[cs] != '+' && s[cs] != '%' &&
                       s[cs] != '(' &&
                       !(s[cs] == '1' && ce - cs >= 14 && !is_digit(s[cs + 1]));
    bool col_against = (other_kind_lowers || plain_phone) && !rule && col.other && !col_names;
    bool gate = c->entity < PII_ENTITY_BUILTIN_COUNT && !col_names && !col_against && v->hot &&
                !(c->entity == PII_CREDIT_CARD && col.card_account && ce - cs <= 16);
    /* a pair of labels before a pair of values names each value (the
     * second value's window ends at the first: the gates would not see
     * the labels); as forms pair a routing number and an account's, an
     * SSN and a driver's license ("SSN/DL#: 412683057 / 40931531") */
    pair_label pair = {0, 0, 0, 0};
    size_t own_cs = cs;
    /* (an SSN's or a license's pair joined by more than a blank: most
     * numbers a blank apart are no pair, and the labels cost a look) */
    if ((c->entity == PII_ABA_ROUTING_NUMBER || c->entity == PII_US_BANK_NUMBER ||
         ((c->entity == PII_US_SSN || c->entity == PII_US_ITIN ||
           c->entity == PII_US_DRIVER_LICENSE) &&
          value_joined(s, lo, v->len, cs, ce))) &&
        !in_row && !col_names) {
        ctx_window *pw = ctx->win; /* (once per span: several entities share one) */
        if (!pw->pair_valid || pw->pair_start != c->start || pw->pair_end != c->end) {
            pw->pair = paired_label(s, lo, v->len, cs, ce);
            pw->pair_valid = true;
            pw->pair_start = c->start;
            pw->pair_end = c->end;
        }
        pair = pw->pair;
        if (pair.which && ((pair.first | pair.second) & want))
            gate = false;
        else
            pair.which = 0;
    }
    /* an identity document's type names the value under its generic label
     * (id_type_entities()), however far back */
    size_t id_label = SIZE_MAX;
    if ((c->entity == PII_PASSPORT || c->entity == PII_US_PASSPORT ||
         c->entity == PII_US_DRIVER_LICENSE || c->entity == PII_US_SSN ||
         (c->entity == PII_US_BANK_NUMBER && cs > lo + 18 && s[cs - 1] == '"')) &&
        !rule && !col_names &&
        !(id_type_entities(s, lo, cs, c->entity == PII_US_BANK_NUMBER, &id_label) & want))
        id_label = SIZE_MAX;
    if (id_label == SIZE_MAX &&
        (c->entity == PII_US_SSN || c->entity == PII_US_ITIN || c->entity == PII_PASSPORT ||
         c->entity == PII_US_PASSPORT || c->entity == PII_US_DRIVER_LICENSE) &&
        !rule && !col_names && cs > lo && (s[cs - 1] == '"' || s[cs - 1] == '>') &&
        !((s[cs - 1] == '"' ? json_type_after(s, lo, hi, cs, ce, &id_label)
                            : xml_type_after(s, lo, hi, cs, ce, &id_label)) &
          (want | (c->entity == PII_US_ITIN ? ENTITY_MASK(PII_US_SSN) : 0))))
        id_label = SIZE_MAX; /* (an ITIN's type says "SSN" too) */
    if (id_label == SIZE_MAX &&
        (c->entity == PII_US_SSN || c->entity == PII_US_ITIN || c->entity == PII_PASSPORT ||
         c->entity == PII_US_PASSPORT || c->entity == PII_US_DRIVER_LICENSE) &&
        !rule && !col_names && !in_row && ce < hi && (s[ce] == '\n' || s[ce] == '\r') &&
        !(type_line_below(s, lo, hi, cs, ce, &id_label) &
          (want | (c->entity == PII_US_ITIN ? ENTITY_MASK(PII_US_SSN) : 0))))
        id_label = SIZE_MAX;
    if (id_label != SIZE_MAX)
        gate = false;
    uint32_t want_words = ENTITY_MASK(c->entity), against = 0;
    if (c->entity == PII_CREDIT_CARD && c->base >= 0.75f) /* (card_account_label()) */
        want_words |= ENTITY_MASK(PII_US_BANK_NUMBER);
    if (c->entity == PII_IP_ADDRESS) {
        against = HOT_VERSION;
    } else if (c->entity == PII_US_SSN || c->entity == PII_US_ITIN) {
        against = HOT_OTHER;
        want_words |= ENTITY_MASK(PII_US_SSN);
    } else if (c->entity == PII_PHONE_NUMBER || other_kind_lowers) {
        against = HOT_OTHER;
    }
    /* (a card's label of another number counts only right before it,
     * labelled_by() below: looked for there alone) */
    size_t against_lo = lo, against_hi = ce + reach_after + 1;
    if (c->entity == PII_CREDIT_CARD) {
        against_lo = cs - lo > CARD_LABEL_REACH ? cs - CARD_LABEL_REACH : lo;
        against_hi = cs;
    }
    /* (words against only lower a score: under the bar already, a
     * candidate need not look for them) */
    bool below_bar = score < (float)ctx->rs->min_score;
    if (gate && !words_near(ctx, v, lo, ce + reach_after + 1, want_words, 0) &&
        (below_bar ||
         !(against && (hot_against(v->hot, ctx->rs, s, v->len, against_lo, against_hi) & against))))
        return score;
    bool in_cell = in_row || tuple != SIZE_MAX;
    /* from here on the span is the list's (in a table's row its column
     * says what a value is); words are looked for within the candidate's
     * own reach, as the gates above did */
    if (!same_span) {
        w->list_start = cs;
        w->list_end = ce;
        if (!in_cell)
            list_span(s, v->len, lo, hi, &w->list_start, &w->list_end);
    }
    cs = w->list_start;
    ce = w->list_end;
    if (!same_span) {
        size_t wb, wa;
        window_bounds(ctx, v, cs, ce, lo, hi, in_row, tuple, &wb, &wa);
        size_t line = line_start(s, wb, cs); /* (wb if the line begins before the window) */
        bool doc = !in_cell && document_label(s, lo, cs);
        size_t wide = in_cell ? wb : wide_window(s, lo, hi, line, wb, cs, doc);
        if (wide < wb) { /* (rare: the line above joins the window) */
            wb = wide;
            line = line_start(s, wb, cs);
        }
        /* then in the window itself (outside a table no row limits it) */
        if (gate && !words_near(ctx, v, wb, wa, want_words, below_bar ? 0 : against))
            return score;
        prepare_window(v, cs, ce, line, wb, wa, in_row, doc, w);
    }
    w->valid = true;
    w->start = c->start;
    w->end = c->end;
    w->base = v->base;
    w->s = v->s;
    const pii_ruleset *rs = ctx->rs;
    const token *before = w->before, *after = w->after;
    size_t nb = w->nb, na = w->na;

    /* twelve hex digits with no separator are a MAC address after their
     * label only: "commit 3c5ab4129e01 on macOS" speaks of something else */
    bool label_first = c->entity == PII_MAC_ADDRESS && c->end - c->start == 12;
    size_t dist = nearest(rs, table, table_n, want, before, nb, after, label_first ? 0 : na, cs,
                          ce, s, v->len);
    /* The key right before a value names it ("created": 1594591513), unless
     * it is a hotword itself, just says "number" ("passport": {"number": ..})
     * or "ID" (NIEM's <nc:IdentificationID> in the element that names it),
     * names a data type ("ssn": {"S": ...}), a role ("to=3122540617",
     * "ForwardedFrom=5124469021"), an answer ("answer": ...) or an
     * instance of what its block declares ("default = ...") */
    if (dist != SIZE_MAX && nb > 0 && before[nb - 1].code_key && !number_word(&before[nb - 1]) &&
        !role_word(&before[nb - 1]) && !type_word(&before[nb - 1]) &&
        !loose_other_word(before, nb, nb - 1, s, cs) &&
        !change_word(&before[nb - 1]) && !answer_word(&before[nb - 1]) &&
        !instance_word(&before[nb - 1]) && !generic_id_key(before, nb) &&
        !w->reply_from) { /* (nor a chat's speaker, "kelly_m: ...", in a reply) */
        /* the whole key: "passport_us", "dlNumber" are one identifier (and
         * Salesforce's custom field, "Phone__c") */
        size_t k = nb - 1;
        while (k > 0 && (before[k - 1].end == before[k].start ||
                         (before[k - 1].end + 1 == before[k].start &&
                          s[before[k - 1].end] == '_') ||
                         (before[k - 1].end + 2 == before[k].start &&
                          s[before[k - 1].end] == '_' && s[before[k - 1].end + 1] == '_')))
            k--;
        if (dist > cs - before[k].start)
            dist = SIZE_MAX;
    }
    /* (a card's usual length, fifteen or sixteen digits: a bank's account
     * of twelve or thirteen passes for a Maestro or an old Visa as often
     * as the check digit allows) */
    bool card_length = ce - cs == 15 || ce - cs == 16;
    if (c->entity == PII_CREDIT_CARD && c->base >= 0.75f && dist == SIZE_MAX && card_length &&
        col.card_account)
        dist = 0; /* (a column's: a collection agency's "OrigAcctNo") */
    else if (c->entity == PII_CREDIT_CARD && c->base >= 0.75f && dist == SIZE_MAX && card_length &&
             card_account_label(before, nb, s, cs))
        dist = cs - before[nb - 1].end;
    /* a nearer label of something else ("Employee ID", "order no") wins */
    if (dist != SIZE_MAX && nearest_other(rs, before, nb, w->reply_from, w->reply_words, cs, s) < dist &&
        !(dist <= cs && other_in_hotword_phrase(before, nb, cs - dist, s, cs)))
        dist = SIZE_MAX;
    if (id_label != SIZE_MAX && own_cs - id_label < dist)
        dist = own_cs - id_label;
    if (pair.which)
        dist = ((pair.which == 1 ? pair.first : pair.second) & want) ? own_cs - pair.end : SIZE_MAX;
    /* A reply answers its question as a whole: each of its hotwords is as
     * near as the question's end ("the routing number on your direct
     * deposit?" asks for a routing number as much as for an account's) */
    if (dist != SIZE_MAX && w->reply_from && dist > cs - before[w->reply_from - 1].end)
        dist = cs - before[w->reply_from - 1].end;
    if (col.entities & want)
        dist = 0;

    if (c->entity == PII_US_BANK_NUMBER && dist != SIZE_MAX &&
        (arn_account(s, lo, hi, cs, ce) || bates_range(s, lo, hi, cs, ce) ||
         (!pair.which && routing_label_only(before, nb, s, cs, ce))))
        dist = SIZE_MAX; /* an AWS account's, the one its ARN names; a Bates stamp; a routing
                          * number's that fails its checksum */
    if (c->entity == PII_US_PASSPORT && dist != SIZE_MAX) {
        /* a US passport needs the country too (in the text or the column;
         * after it read to the sentence's end by us_named_around(), as the
         * window may cut a name short: "(Estados Unidos Mexicanos)") */
        size_t us = nearest(rs, us_words, us_word_count, 1, before, nb, NULL, 0, cs, ce,
                            NULL, 0);
        if (us == SIZE_MAX && !col.us && !us_named_around(rs, s, lo, hi, cs, ce) &&
            !us_named_before_label(rs, s, lo, before, nb))
            dist = SIZE_MAX;
    }
    if (c->entity == PII_IP_ADDRESS && c->subtype[3] == '4' && !loop_item_key(before, nb) &&
        labelled_by(version_words, version_word_count, before, nb, s, cs))
        return 0.2f; /* under LOW_SCORE: "version 1.2.3.4", "build: 10.0.1.2" */
    if ((c->entity == PII_US_SSN || c->entity == PII_US_ITIN) &&
        note_denies(s, hi, ce, c->entity == PII_US_ITIN))
        return LOW_SCORE; /* "Employee ID 523-61-0948 (badge number, not SSN)" */
    /* (a card's label of another number: its first word within
     * CARD_LABEL_REACH of the card, where the gate above looked) */
    size_t k0 = 0;
    while (c->entity == PII_CREDIT_CARD && k0 < nb && before[k0].start < against_lo)
        k0++;
    if (other_kind_lowers && dist == SIZE_MAX &&
        !(c->entity == PII_US_SSN &&
          (ssn_proxy_label(before, nb, s, cs, ce) ||
           (generic_id_label(before, nb, s) && !typed_json_id(s, lo, hi, cs, ce)))) &&
        (col_against || labelled_by(other_labels, other_label_count, before + k0, nb - k0, s, cs)))
        return LOW_SCORE; /* "Lot 579-89-7482", "Part no. 123-45-6789", "Order #4000123456788" */
    /* (a card's number in groups too right after the name of a card of
     * another kind: "Library card 4539 5787 6362 1486") */
    if (c->entity == PII_CREDIT_CARD && dist == SIZE_MAX &&
        other_card_label(before, nb, s, cs, c->base >= 0.9f))
        return LOW_SCORE;
    /* (not "Caller ID 415-555-0132", "Calling-Station-Id = +14045550192";
     * nor French "Port. : 06 71 28 44 09", a mobile's: no network port has
     * a phone number's digits; nor "Hospital: 937-208-8000", whose number
     * is a phone's more often than a chart's) */
    if (plain_phone && dist == SIZE_MAX &&
        (col_against ||
         ((!last_word_is(before, nb, "id") || meeting_id(before, nb) ||
           id_of_other(v->rs, before, nb)) &&
          !last_word_is(before, words_before_note(before, nb, s, cs), "port") &&
          !last_word_is(before, nb, "hospital") &&
          labelled_by(other_labels, other_label_count, before, nb, s, cs))))
        return LOW_SCORE; /* "part no. 312-745-0098", "Order #: 415-555-0132" */
    /* An ITIN is written where an SSN goes (a W-9's box, a KYC export's
     * "ssn" column): an SSN's hotword is its own, but on a line that calls
     * the value invalid, which a 9XX number is as an SSN ("validation
     * failed" ssn="970-58-4472" reason=invalid_area) */
    if (c->entity == PII_US_ITIN && dist == SIZE_MAX) {
        size_t ssn = nearest(rs, hotwords, hotword_count, ENTITY_MASK(PII_US_SSN), before, nb,
                             NULL, 0, cs, ce, NULL, 0);
        if (ssn != SIZE_MAX)
            return line_says_invalid(s, lo, hi, cs)
                       ? LOW_SCORE
                       : with_hotword(c, score, ssn, had_context, ctx_dist);
    }
    if (dist == SIZE_MAX)
        return score;
    /* a count or an amount in its unit ("DL 41288372 bytes", "2039280
     * lamports"): no account's, license's or passport's number (looked
     * for where a hotword would speak for it) */
    if ((c->entity == PII_US_BANK_NUMBER || c->entity == PII_US_DRIVER_LICENSE ||
         c->entity == PII_PASSPORT || c->entity == PII_US_PASSPORT) &&
        unit_after(s, v->len, value_end))
        return LOW_SCORE;
    if (c->entity == PII_US_DRIVER_LICENSE && !in_row && !driving_word_in(before, nb) &&
        prescriber_license(s, lo, hi, cs))
        return LOW_SCORE;
    return with_hotword(c, score, dist, had_context, ctx_dist);
}
