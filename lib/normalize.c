/*
 * normalize.c - the view detection runs on, so that Unicode cannot hide a
 * number (DESIGN.md section 5).
 *
 * Characters are mapped one by one (utf8proc for categories and
 * compatibility mappings):
 *   decimal digits of any script ("５", "٣", "३")  -> '0'..'9'
 *   space separators (NBSP, thin space ...)        -> ' '
 *   dashes and the minus sign: between digits      -> '-', elsewhere ' '
 *   fullwidth and other compatibility forms of
 *   ASCII letters, digits and @ . - + _ ("ｊ", "＠") -> that ASCII character
 *   fullwidth parentheses "（" "）"                  -> '(' ')'
 *   Latin ligatures ("ﬁ", "ﬂ", as PDFs' text has) -> their letters
 *   zero-width and format characters between two
 *   letters/digits of which one is a digit, or
 *   beside a '.' or '@' between letters/digits     -> dropped
 *   other format characters                        -> ' '
 *   combining marks after an ASCII letter/digit    -> dropped
 *   quoted-printable mail ("SSN:=C2=A0536-22-8726",
 *   "card=3D4539...", "=?utf-8?Q?SSN_536-22-8726?="): an escaped character
 *   that maps as above, "=3D", and in a "Q" encoded word '_' and escaped
 *   ASCII; JSON's "\u002B", "\u00a0" ...        -> what they stand for
 * Everything else, invalid UTF-8 included, is copied byte for byte.  Each
 * byte of the view remembers the original bytes it stands for, so findings
 * and redaction cover the original text.  A buffer with no byte >= 0x80 and
 * no such escape, or none that maps, is its own view: ASCII input costs one
 * scan for high bytes and '='.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"

static int grow(norm_view *nv, size_t need)
{
    if (need <= nv->cap)
        return PII_OK;
    size_t cap = nv->cap ? nv->cap : 4096;
    while (cap < need)
        cap *= 2;
    uint8_t *s = realloc(nv->s, cap);
    if (!s)
        return PII_ERR_NOMEM;
    nv->s = s;
    uint32_t *a = realloc(nv->ostart, (cap + 1) * sizeof *a);
    if (!a)
        return PII_ERR_NOMEM;
    nv->ostart = a;
    uint32_t *b = realloc(nv->oend, (cap + 1) * sizeof *b);
    if (!b)
        return PII_ERR_NOMEM;
    nv->oend = b;
    nv->cap = cap;
    return PII_OK;
}

void norm_free(norm_view *nv)
{
    free(nv->s);
    free(nv->ostart);
    free(nv->oend);
    memset(nv, 0, sizeof *nv);
}

/* Value 0-9 of a decimal digit (category Nd): Unicode keeps each script's
 * digits in runs of ten from zero, so count back to the start of the run. */
static int digit_value(int32_t cp)
{
    int k = 0;
    while (k < 64 && cp - k - 1 >= 0 && utf8proc_category(cp - k - 1) == UTF8PROC_CATEGORY_ND)
        k++;
    return k % 10;
}

/* What one non-ASCII character becomes: an ASCII byte, DROP, or KEEP. */
enum {
    KEEP = NORM_KEEP,
    DASH = NORM_DASH,
    FORMAT = NORM_FORMAT,
    MARK = NORM_MARK,
    LIGATURE = NORM_LIGATURE,
    DROP = NORM_DROP
};

size_t norm_ligature(int32_t cp, char out[4])
{
    static const char *const letters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    if (cp < 0xFB00 || cp > 0xFB06)
        return 0;
    const char *l = letters[cp - 0xFB00];
    size_t n = strlen(l);
    memcpy(out, l, n + 1);
    return n;
}

/* How many invisible characters (format characters, combining marks) one
 * character of a number may carry.  This bounds the original bytes behind
 * one view byte (NORM_MAX_EXPANSION), which the stream's window relies on:
 * a number padded with more is split there, never read past the window. */
#define ABSORB_MAX 8

int norm_map_char(int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ND:
        return '0' + digit_value(cp);
    case UTF8PROC_CATEGORY_ZS:
        return ' ';
    case UTF8PROC_CATEGORY_PD:
        return DASH;
    case UTF8PROC_CATEGORY_CF:
        return FORMAT;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
        return MARK;
    default:
        break;
    }
    if (cp == 0x2212) /* minus sign */
        return DASH;
    /* fullwidth parentheses around an area code, "（０２１）６８７５　４２９０" */
    if (cp == 0xFF08 || cp == 0xFF09)
        return cp == 0xFF08 ? '(' : ')';
    if (cp >= 0xFB00 && cp <= 0xFB06) /* "ﬁ" as PDFs' text has it: "Ofﬁcer", "identiﬁcation" */
        return LIGATURE;
    utf8proc_int32_t out[4];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, out, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &last);
    /* Fullwidth and other compatibility forms of what IDs are written with.
     * Other punctuation keeps its form: "MAC：ce:0e:..." must not become a
     * longer colon-joined token. */
    if (n == 1 && out[0] < 0x80 &&
        (is_alnum((uint8_t)out[0]) || out[0] == '@' || out[0] == '.' || out[0] == '-' ||
         out[0] == '+' || out[0] == '_'))
        return (int)out[0];
    return KEEP;
}

/* Whether the character at s[i] is, after mapping, a digit. */
static bool digit_next(const uint8_t *s, size_t len, size_t i)
{
    /* at most ABSORB_MAX invisible characters may sit between two digits
     * (more are a separator), so look no further: linear on any run */
    for (int hops = 0; i < len && hops <= ABSORB_MAX; hops++) {
        int32_t cp;
        size_t k = uni_decode(s, len, i, &cp);
        if (cp < 0)
            return false;
        if (cp < 0x80)
            return is_digit((uint8_t)cp);
        int m = norm_map_char(cp);
        if (m == FORMAT) { /* several format characters in a row */
            i += k;
            continue;
        }
        return m >= '0' && m <= '9';
    }
    return false;
}

/*
 * Quoted-printable (RFC 2045 bodies, RFC 2047 "Q" encoded words).  Mail
 * kept as it was sent glues a number to the label before it with an
 * escaped no-break space ("SSN:=C2=A0536-22-8726") or '=' ("card=3D4539
 * ..."), and writes a header's spaces as '_' ("=?utf-8?Q?SSN_536-22-8726?=").
 * Only what cannot be read otherwise is decoded: "=3D"; the escapes of one
 * UTF-8 character that maps to a separator or an ASCII character (an
 * escaped letter such as "=C3=A9" is left: it is part of a word either
 * way); Latin-1's lone "=A0" after ':' or a space ("Tel.:=A0+49 ..."); and
 * inside an encoded word, '_' and escaped ASCII too.  A soft line break
 * ('=' ending a line that an encoder filled) is taken out of the view, so
 * that a number it cuts is whole again (soft_break() below).
 */

/* Longest encoded word looked for (RFC 2047 allows 75 characters; some
 * mailers write longer ones). */
#define QWORD_MAX 160
/* Input bytes one escaped character takes: four escapes of three bytes. */
#define QP_CHAR_MAX 12

/* The byte the escape "=XX" at s[i] stands for: -1 if none, -2 if the
 * input ends before it could. */
static int qp_byte(const uint8_t *s, size_t len, size_t i)
{
    if (i >= len || s[i] != '=')
        return -1;
    if (i + 3 > len)
        return i + 1 < len && !is_hex(s[i + 1]) ? -1 : -2;
    if (!is_hex(s[i + 1]) || !is_hex(s[i + 2]))
        return -1;
    return (int)(hex_digit_value(s[i + 1]) << 4 | hex_digit_value(s[i + 2]));
}

/* The character the escapes at s[i] spell in UTF-8 (two to four of them):
 * the input bytes they take (0 if none, and *cut when the input ends
 * before it is known). */
static size_t qp_char(const uint8_t *s, size_t len, size_t i, int32_t *cp, bool *cut)
{
    int b0 = qp_byte(s, len, i);
    if (b0 == -2)
        *cut = true;
    if (b0 < 0xC2 || b0 > 0xF4)
        return 0;
    size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    uint8_t u[4] = {(uint8_t)b0};
    for (size_t j = 1; j < n; j++) {
        int b = qp_byte(s, len, i + 3 * j);
        if (b == -2 || (b == -1 && i + 3 * j >= len))
            *cut = true;
        if (b < 0x80 || b > 0xBF)
            return 0;
        u[j] = (uint8_t)b;
    }
    if (uni_decode(u, n, 0, cp) != n || *cp < 0)
        return 0;
    return 3 * n;
}

/* The "Q" encoded word "=?charset?Q?text?=" at s[i]: where its text
 * begins (*text) and its closing "?=" (returned; 0 if none, and *cut when
 * the input ends before it is known). */
static size_t qword_at(const uint8_t *s, size_t len, size_t i, size_t *text, bool *cut)
{
    if (i + 1 >= len || s[i] != '=' || s[i + 1] != '?') {
        *cut |= i + 1 >= len;
        return 0;
    }
    size_t lim = len - i > QWORD_MAX ? i + QWORD_MAX : len, j = i + 2;
    /* the charset, perhaps with a language ("utf-8*en") */
    while (j < lim && (is_alnum(s[j]) || s[j] == '-' || s[j] == '_' || s[j] == '*'))
        j++;
    if (j + 3 > lim) {
        *cut |= lim == len;
        return 0;
    }
    if (j == i + 2 || s[j] != '?' || (s[j + 1] | 0x20) != 'q' || s[j + 2] != '?')
        return 0;
    *text = j + 3;
    for (j += 3; j + 1 < lim; j++) {
        if (s[j] == '?' && s[j + 1] == '=')
            return j;
        if (s[j] <= ' ' || s[j] >= 0x7F) /* an encoded word has no spaces */
            return 0;
    }
    *cut |= lim == len;
    return 0;
}

/* Lines a quoted-printable encoder writes are at most 76 bytes long, '='
 * included; it breaks them as late as it can (a few bytes earlier not to
 * cut an escape).  A line of such a length read as one that was broken. */
#define QP_LINE_MIN 60
#define QP_LINE_MAX 78

/* The input bytes of the soft line break at s[i] ("=\n" or "=\r\n"), or
 * 0 (and *cut when the input ends before that is known): '=' at the end of
 * a line of QP_LINE_MIN to QP_LINE_MAX bytes, after neither '=' nor the
 * line's start, before a line that goes on with no space.  Base64's padding
 * ("...==", or one '=' before a blank line or a boundary, which joining
 * would not change), a key with no value at the end of a short line
 * ("note=") and a line of '=' are left. */
static size_t soft_break(const uint8_t *s, size_t len, size_t i, bool *cut)
{
    size_t j = i + 1;
    if (j < len && s[j] == '\r')
        j++;
    if (j < len && s[j] != '\n')
        return 0;
    if (j + 1 >= len) {
        *cut = true;
        return 0;
    }
    uint8_t next = s[j + 1];
    /* (the next line may begin with the space the encoder broke before:
     * "...Checking account=" / " number: 4418220917") */
    if (i == 0 || s[i - 1] == '=' || s[i - 1] == '\n' || s[i - 1] == '\r' || next == '\t' ||
        next == '\r' || next == '\n')
        return 0;
    if (next == ' ' && j + 2 >= len) {
        *cut = true; /* (what follows the space decides) */
        return 0;
    }
    if (next == ' ' && (s[j + 2] == ' ' || s[j + 2] == '\t'))
        return 0; /* (an indented line) */
    /* the line's length (the window's first line, whose start may lie
     * before it, is too far behind for anything the scan reads: stream.c) */
    size_t start = i;
    while (start > 0 && s[start - 1] != '\n' && i - start < QP_LINE_MAX)
        start--;
    size_t line = i - start + 1;
    if (line < QP_LINE_MIN || line > QP_LINE_MAX || (start > 0 && s[start - 1] != '\n'))
        return 0;
    return j + 1 - i;
}

/* What the quoted-printable escape at s[i] becomes in the view (the byte
 * before it in the input: prev): an ASCII byte or DASH (*k input bytes),
 * or 0 when it is left as written. */
static int qp_escape(const uint8_t *s, size_t len, size_t i, uint8_t prev, bool in_word,
                     size_t *k, bool *cut)
{
    int b = qp_byte(s, len, i);
    if (b == -2)
        *cut = true;
    if (b < 0)
        return 0;
    if (in_word && b >= 0x20 && b < 0x7F) {
        *k = 3;
        return b;
    }
    if (b == '=') {
        /* written in capitals, as encoders write them, before a quote, '&',
         * a space or digits alone ("class=3D\"ssn\"", "card=3D4539...&"),
         * not where a hash or an identifier goes on: "=3d8f0c...",
         * "id=3d123637-4415-..." */
        if (s[i + 2] != 'D')
            return 0;
        size_t j = i + 3;
        while (j < len && is_digit(s[j]))
            j++;
        if (j == len)
            *cut = true;
        if (j == len || is_alnum(s[j]) || s[j] == '_' || s[j] == '-' || s[j] == '.')
            return 0;
        *k = 3;
        return '=';
    }
    if (b == 0xA0 && s[i + 1] == 'A' && (prev == ':' || prev == ' ' || prev == '\t')) {
        *k = 3; /* ISO-8859-1's no-break space */
        return ' ';
    }
    /* an escaped line break, as a vCard's note or a body written on one
     * line has it ("SSN:=0D=0A473-18-2256"): a separator; in capitals,
     * CR and LF together, or LF after no letter, digit or key's '=' and
     * before no ':' ("id=0A4F", "mac=0A:1B:..." are hex values') */
    if (b == 0x0D && s[i + 2] == 'D') {
        if (i + 6 > len)
            *cut = true;
        if (i + 6 > len || memcmp(s + i + 3, "=0A", 3) != 0)
            return 0;
        *k = 6;
        return ' ';
    }
    if (b == 0x0A && s[i + 2] == 'A' && !is_alnum(prev) && prev != '=' &&
        (i + 3 == len || s[i + 3] != ':')) {
        *k = 3;
        return ' ';
    }
    int32_t cp;
    size_t n = qp_char(s, len, i, &cp, cut);
    if (!n)
        return 0;
    int m = norm_map_char(cp);
    if (m == KEEP || m == MARK)
        return 0;
    *k = n;
    return m == FORMAT ? ' ' : m;
}

/*
 * JSON's (and JavaScript's) "\uXXXX" escapes: .NET writes '+' so by
 * default ("\u002B447700900187"), Go '<' and '>' ("\u003cjane@..."),
 * and encoders that keep to ASCII every other character ("\u00a0",
 * "\u2013").  Decoded like the quoted-printable ones: ASCII characters
 * but '"' and '\\' (the string's own), and what maps to a separator or
 * an ASCII character; not after another '\\' (an escaped backslash).
 * And "\/" as '/', as PHP's encoder and Slack's exports write every one
 * ("720\/555-0108"); "\n", "\r", "\t" as the line breaks and tab they
 * stand for, so that a value on a line of its own in a JSON string is a word of its own
 * ("...number:\n803223199"): before what is no lowercase letter, as a
 * Windows path's "\tmp" and "\renee" are left.
 */
/*
 * A terminal's control sequence, as CI jobs, `docker compose logs` and
 * coloured loggers leave in the text they save: ESC '[', parameters, a
 * final letter ("\x1b[1m", "\x1b[38;5;214m", "\x1b[0m"), or written as
 * JSON writes ESC ("\u001b[31m", in a container's JSON log).  Invisible on a
 * terminal, so not in the view ("\x1b[1m857-52-4953\x1b[22m" is the SSN
 * alone); a long run of them, which would leave too many input bytes
 * between two view bytes (NORM_MAX_EXPANSION), is one space (norm_build()).
 */
#define CSI_MAX 24

/* The bytes of the sequence's "[params final" at s[j] (0 if none, and
 * *cut when the input ends before that is known). */
static size_t csi_tail(const uint8_t *s, size_t len, size_t j, bool *cut)
{
    if (j >= len) {
        *cut = true;
        return 0;
    }
    if (s[j] != '[')
        return 0;
    size_t lim = len - j > CSI_MAX ? j + CSI_MAX : len, e = j + 1;
    while (e < lim && s[e] >= 0x30 && s[e] <= 0x3F) /* parameters: digits, ';' ... */
        e++;
    while (e < lim && s[e] >= 0x20 && s[e] <= 0x2F) /* intermediate bytes */
        e++;
    if (e == lim) {
        *cut |= lim == len;
        return 0;
    }
    return s[e] >= 0x40 && s[e] <= 0x7E ? e + 1 - j : 0;
}

static int ansi_escape(const uint8_t *s, size_t len, size_t i, size_t *k, bool *cut)
{
    size_t n = s[i] == 0x1B ? csi_tail(s, len, i + 1, cut) : 0;
    if (!n)
        return 0;
    *k = 1 + n;
    return DROP;
}

static int json_escape(const uint8_t *s, size_t len, size_t i, size_t *k, bool *cut)
{
    if (s[i] != '\\' || (i > 0 && s[i - 1] == '\\'))
        return 0;
    if (i + 1 >= len) {
        *cut = true; /* (what follows decides) */
        return 0;
    }
    if (s[i + 1] == '/') {
        *k = 2;
        return '/';
    }
    /* nginx's "\x22" (its logs' '"' inside a request's body or a header)
     * and "\x1b" before a terminal's sequence */
    if (s[i + 1] == 'x') {
        if (i + 4 > len) {
            *cut |= i + 2 >= len || (is_hex(s[i + 2]) && (i + 3 >= len || is_hex(s[i + 3])));
            return 0;
        }
        if (!is_hex(s[i + 2]) || !is_hex(s[i + 3]))
            return 0;
        int b = (int)(hex_digit_value(s[i + 2]) << 4 | hex_digit_value(s[i + 3]));
        size_t n = b == 0x1B ? csi_tail(s, len, i + 4, cut) : 0;
        if (n) {
            *k = 4 + n;
            return DROP;
        }
        if (b != '"' && b != '\'')
            return 0;
        *k = 4;
        return b;
    }
    if (i + 1 < len && (s[i + 1] == 'n' || s[i + 1] == 'r' || s[i + 1] == 't')) {
        if (i + 2 >= len) {
            *cut = true;
            return 0;
        }
        if (is_lower(s[i + 2]))
            return 0;
        *k = 2;
        return s[i + 1] == 'n' ? '\n' : s[i + 1] == 'r' ? '\r' : '\t';
    }
    if (i + 6 > len) {
        size_t j = i + 1;
        bool prefix = j >= len || s[j] == 'u';
        for (j = i + 2; prefix && j < len; j++)
            prefix = is_hex(s[j]);
        *cut |= prefix;
        return 0;
    }
    if (s[i + 1] != 'u' || !is_hex(s[i + 2]) || !is_hex(s[i + 3]) || !is_hex(s[i + 4]) ||
        !is_hex(s[i + 5]))
        return 0;
    int32_t cp = (int32_t)(hex_digit_value(s[i + 2]) << 12 | hex_digit_value(s[i + 3]) << 8 |
                           hex_digit_value(s[i + 4]) << 4 | hex_digit_value(s[i + 5]));
    int m;
    size_t csi = cp == 0x1B ? csi_tail(s, len, i + 6, cut) : 0;
    if (csi) {
        *k = 6 + csi;
        return DROP;
    }
    if (cp < 0x80)
        m = cp > ' ' && cp < 0x7F && cp != '"' && cp != '\\' ? cp : cp == ' ' ? ' ' : 0;
    else if (cp >= 0xD800 && cp <= 0xDFFF)
        m = 0; /* half of a surrogate pair */
    else
        m = norm_map_char(cp);
    if (m == 0 || m == KEEP || m == MARK)
        return 0;
    *k = 6;
    return m == FORMAT ? ' ' : m;
}

/*
 * HTML's character references, as web pages, HTML mail and what is scraped
 * or exported from them write a number's or an address's separators: a
 * no-break space between a phone number's groups ("(415)&nbsp;861-2776",
 * "+49&#160;30&#160;2417780"), a dash ("&ndash;", "&#8209;"), and the '@'
 * and '.' of an address hidden from harvesters ("jane&#64;example&#46;com").
 * Numeric references ("&#NNN;", "&#xHH;") of what maps to a separator or to
 * a letter, digit or one of "@.+-_ " (not HTML's own '<', '>', '&' or
 * quotes), and the named ones that pages write between digits ("&nbsp;",
 * "&ndash;", "&numsp;"), each with its ';'; any other '&' is text.  (Only
 * "&#" and "&n" begin one: the scan looks for no more, URLs' "&page=" ...
 * being many.)
 */
#define HTML_REF_MAX 10 /* "&#x10FFFF;" */

static int html_escape(const uint8_t *s, size_t len, size_t i, size_t *k, bool *cut)
{
    static const struct {
        char name[8];
        signed char c;
    } named[] = {{"nbsp", ' '}, {"ndash", DASH}, {"numsp", ' '}};
    if (s[i] != '&')
        return 0;
    if (i + 1 >= len) {
        *cut = true;
        return 0;
    }
    if (s[i + 1] != '#' && s[i + 1] != 'n')
        return 0;
    /* the reference's name or number, up to its ';' */
    size_t lim = len - i > HTML_REF_MAX ? i + HTML_REF_MAX : len, j = i + 1;
    while (j < lim && (is_alnum(s[j]) || (j == i + 1 && s[j] == '#')))
        j++;
    if (j == lim) {
        *cut |= lim == len; /* (the ';' may come) */
        return 0;
    }
    if (s[j] != ';' || j < i + 3)
        return 0;
    int m = 0;
    if (s[i + 1] == '#') {
        bool hex = (s[i + 2] | 0x20) == 'x';
        size_t d = i + 2 + hex;
        if (d == j)
            return 0;
        int32_t cp = 0;
        for (; d < j; d++) {
            if (hex ? !is_hex(s[d]) : !is_digit(s[d]))
                return 0;
            cp = cp * (hex ? 16 : 10) + (int32_t)(hex ? hex_digit_value(s[d]) : (unsigned)(s[d] - '0'));
            if (cp > 0x10FFFF)
                return 0;
        }
        if (cp < 0x80)
            m = is_alnum((uint8_t)cp) || cp == '@' || cp == '.' || cp == '+' || cp == '-' ||
                        cp == '_' || cp == ' '
                    ? cp
                    : 0;
        else if (cp >= 0xD800 && cp <= 0xDFFF)
            m = 0;
        else
            m = norm_map_char(cp);
    } else {
        for (size_t e = 0; e < sizeof named / sizeof named[0] && !m; e++)
            if (strlen(named[e].name) == j - i - 1 && memcmp(named[e].name, s + i + 1, j - i - 1) == 0)
                m = named[e].c;
    }
    if (m == 0 || m == KEEP || m == MARK || m == LIGATURE)
        return 0;
    *k = j + 1 - i;
    return m == FORMAT ? ' ' : m;
}

/* The JSON, HTML or terminal escape at s[i] (its lead '\\', '&' or ESC):
 * what it becomes, as its decoder says; 0 for any other byte. */
static int other_escape(const uint8_t *s, size_t len, size_t i, size_t *k, bool *cut)
{
    return s[i] == '\\' ? json_escape(s, len, i, k, cut)
           : s[i] == '&'  ? html_escape(s, len, i, k, cut)
           : s[i] == 0x1B ? ansi_escape(s, len, i, k, cut)
                          : 0;
}

/* Whether decoding changes the view at the '=', '\\', '&' or ESC at s[i]: 1,
 * 0, or -1 when the input ends before that is known. */
static int escape_begins(const uint8_t *s, size_t len, size_t i)
{
    if (s[i] != '=') {
        bool cut = false;
        size_t k;
        if (other_escape(s, len, i, &k, &cut))
            return 1;
        return cut ? -1 : 0;
    }
    /* most '=' in text are key=value pairs: only "=3D", "=A0", "=C2" to
     * "=F4", "=?" and a line's end can begin what is decoded */
    bool cut = false;
    if (i + 1 < len && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
        if (soft_break(s, len, i, &cut))
            return 1;
        return cut ? -1 : 0;
    }
    if (i + 2 < len) {
        uint8_t a = s[i + 1] | 0x20, b = s[i + 2];
        if (!(a == '?' || (is_hex(b) && (a == '3' || a == 'a' || (a >= 'c' && a <= 'f'))) ||
              (a == '0' && (b == 'A' || b == 'D'))))
            return 0;
    }
    size_t k, text;
    if (qp_escape(s, len, i, i > 0 ? s[i - 1] : 0, false, &k, &cut) ||
        qword_at(s, len, i, &text, &cut))
        return 1;
    return cut ? -1 : 0;
}

size_t norm_escape_at(const uint8_t *s, size_t len, size_t i, int *c)
{
    bool cut = false;
    size_t k = 0;
    /* (inside a finding, a line's end after '=' is a soft break that
     * detection read through: its line was long enough) */
    size_t nl = i + 1 < len && s[i + 1] == '\r' ? i + 2 : i + 1;
    if (s[i] == '=' && nl < len && s[nl] == '\n') {
        *c = ' ';
        return nl + 1 - i;
    }
    int m = s[i] == '=' ? qp_escape(s, len, i, i > 0 ? s[i - 1] : 0, false, &k, &cut)
                        : other_escape(s, len, i, &k, &cut);
    if (!m)
        return 0;
    *c = m;
    return k;
}

/* The first byte at or after s[i] (len if none) that is >= 0x80, or an '='
 * or '\\' where escape_begins() is not 0 (with cut_counts, -1 too): 64
 * bytes at a time by scan (normscan.c), whose few '=' and '\\' are asked
 * one by one, then the last few bytes. */
static size_t next_special(normscan_fn scan, const uint8_t *s, size_t len, size_t i,
                           bool cut_counts)
{
    for (;;) {
        uint64_t m;
        i = scan(s, i, len, &m);
        if (!m)
            break;
        for (; m; m &= m - 1) {
            size_t p = i + (size_t)__builtin_ctzll(m);
            if (s[p] >= 0x80)
                return p;
            int q = escape_begins(s, len, p);
            if (q > 0 || (q < 0 && cut_counts))
                return p;
        }
        i += 64;
    }
    for (; i < len; i++) {
        if (s[i] >= 0x80)
            return i;
        if (norm_escape_lead(s[i])) {
            int q = escape_begins(s, len, i);
            if (q > 0 || (q < 0 && cut_counts))
                return i;
        }
    }
    return len;
}

size_t norm_plain_upto(normscan_fn scan, const uint8_t *s, size_t len, size_t i)
{
    while ((i = next_special(scan, s, len, i, true)) < len) {
        if (norm_escape_lead(s[i]))
            return i; /* (or perhaps, with the bytes still to come) */
        /* a run of such characters at once (CJK text, emoji): one scan
         * after it, not one from each character */
        do {
            int32_t cp;
            size_t k = uni_decode(s, len, i, &cp);
            if (cp < 0 && len - i < 4)
                return i; /* (perhaps the first bytes of a character) */
            if (cp >= 0 && norm_map_char(cp) != KEEP)
                return i;
            i += k;
        } while (i < len && s[i] >= 0x80);
    }
    return len;
}

/* Whether every non-ASCII character from s[i] on keeps its form (emoji,
 * CJK, letters in words), and no quoted-printable escape is decoded: then the view is the input itself, and building
 * its map only to find that out is most of the cost on such text. */
static bool all_kept(normscan_fn scan, const uint8_t *s, size_t len, size_t i)
{
    while ((i = next_special(scan, s, len, i, false)) < len) {
        if (norm_escape_lead(s[i]))
            return false;
        do { /* (a run at once, as above) */
            int32_t cp;
            size_t k = uni_decode(s, len, i, &cp);
            if (cp >= 0 && norm_map_char(cp) != KEEP)
                return false;
            i += k;
        } while (i < len && s[i] >= 0x80);
    }
    return true;
}

/* View bytes [n, n + k) as the input's [o, o + k), each standing for
 * itself (two plain loops, which compilers vectorize). */
static void map_as_is(norm_view *nv, size_t n, const uint8_t *s, size_t o, size_t k)
{
    memcpy(nv->s + n, s + o, k);
    uint32_t *os = nv->ostart + n, *oe = nv->oend + n, b = (uint32_t)o;
    for (size_t j = 0; j < k; j++)
        os[j] = b + (uint32_t)j;
    for (size_t j = 0; j < k; j++)
        oe[j] = b + (uint32_t)j + 1;
}

int norm_build(norm_view *nv, normscan_fn scan, const uint8_t *s, size_t len, bool *identity)
{
    *identity = true;
    /* ASCII text is its own view */
    size_t first = next_special(scan, s, len, 0, false);
    if (first == len || all_kept(scan, s, len, first))
        return PII_OK;
    int rc = grow(nv, len + 1);
    if (rc < 0)
        return rc;
    /* the ASCII prefix maps to itself */
    map_as_is(nv, 0, s, 0, first);
    size_t o = first, n = first;
    bool changed = false;
    int absorbed = 0;    /* invisible characters taken since the last view byte */
    size_t qword_end = 0; /* the closing "?=" of the encoded word o is in */
    while (o < len) {
        if (s[o] < 0x80) {
            size_t r = o;
            if (norm_escape_lead(s[o]) || (s[o] == '_' && o < qword_end)) {
                bool cut = false;
                size_t soft = s[o] == '=' ? soft_break(s, len, o, &cut) : 0;
                if (soft) {
                    o += soft; /* no view byte: the line goes on */
                    changed = true;
                    absorbed = 0;
                    continue;
                }
                size_t k = 1, text;
                int m = s[o] == '_'   ? ' '
                        : s[o] == '=' ? qp_escape(s, len, o, o > 0 ? s[o - 1] : 0,
                                                  o < qword_end, &k, &cut)
                                      : other_escape(s, len, o, &k, &cut);
                if (m == DROP) {
                    /* (no view byte, unless the input bytes since the last
                     * would be too many: then those dropped become one
                     * space of their own, and this escape is read again
                     * after it, to be dropped or one space itself) */
                    size_t last = n > 0 ? nv->oend[n - 1] : 0;
                    if (o + k - last <= NORM_MAX_EXPANSION / 2) {
                        o += k;
                        changed = true;
                        continue;
                    }
                    if (o > last) {
                        nv->s[n] = ' ';
                        nv->ostart[n] = (uint32_t)last;
                        nv->oend[n] = (uint32_t)o;
                        n++;
                        changed = true;
                        absorbed = 0;
                        continue;
                    }
                    m = ' ';
                }
                if (m == DASH) /* between digits '-', elsewhere a space */
                    m = n > 0 && is_digit(nv->s[n - 1]) && o + k < len && is_digit(s[o + k])
                            ? '-'
                            : ' ';
                if (m) {
                    nv->s[n] = (uint8_t)m;
                    nv->ostart[n] = (uint32_t)o;
                    nv->oend[n] = (uint32_t)(o + k);
                    n++;
                    o += k;
                    changed = true;
                    absorbed = 0;
                    continue;
                }
                size_t end = s[o] == '=' && o >= qword_end ? qword_at(s, len, o, &text, &cut) : 0;
                if (end) {
                    qword_end = end;
                    r = text; /* "=?charset?Q?" as written */
                }
            }
            /* a run of ASCII maps to itself: up to what the scan says may
             * change (next_special()), or inside an encoded word byte by
             * byte ('_' is a space there) */
            if (r == o)
                r++;
            if (r >= qword_end) {
                /* (a short run, between two escapes of a URL, byte by
                 * byte; a long one by the scan's blocks) */
                size_t short_end = len - r > 32 ? r + 32 : len;
                while (r < short_end && s[r] < 0x80 && !norm_escape_lead(s[r]))
                    r++;
                if (r == short_end && r < len)
                    r = next_special(scan, s, len, r, false);
            } else {
                while (r < len && s[r] < 0x80 && !norm_escape_lead(s[r]) &&
                       !(s[r] == '_' && r < qword_end))
                    r++;
            }
            map_as_is(nv, n, s, o, r - o);
            n += r - o;
            o = r;
            absorbed = 0;
            continue;
        }
        int32_t cp;
        size_t k = uni_decode(s, len, o, &cp);
        int m = cp < 0 ? KEEP : cp < 0x80 ? cp : norm_map_char(cp);
        if (m == FORMAT) {
            /* invisible inside a number ("5\u200B3", "536\u200B-22") or
             * beside an address's '.' or '@' ("jane\u200B.doe@"): dropped;
             * elsewhere it separates words ("SSN\u200B123" stays two words) */
            uint8_t prev = n > 0 ? nv->s[n - 1] : 0;
            bool next_digit = digit_next(s, len, o + k);
            uint8_t next = o + k < len ? s[o + k] : 0;
            bool num_sep_next = next == '-' || next == '.' || next == ' ';
            bool address = (is_alnum(prev) && (next == '.' || next == '@')) ||
                           ((prev == '.' || prev == '@') && is_alnum(next) && n > 1 &&
                            is_alnum(nv->s[n - 2]));
            /* (nor more bytes since the last view byte than one may stand
             * for with its own: a terminal's colours dropped before) */
            size_t last = n > 0 ? nv->oend[n - 1] : 0;
            if (absorbed < ABSORB_MAX && o + k - last <= NORM_MAX_EXPANSION - 4 &&
                ((is_digit(prev) && (next_digit || num_sep_next || is_alpha(next))) ||
                 ((prev == '-' || prev == '.' || prev == ' ') && next_digit && n > 1 &&
                  is_alnum(nv->s[n - 2])) ||
                 address)) {
                o += k;
                absorbed++;
                changed = true;
                continue;
            }
            m = ' ';
        } else if (m == DASH) {
            /* a separator inside a number ("536–22–8726"); elsewhere a dash
             * is punctuation ("SSN—536-22-8726—on file") */
            bool prev_digit = n > 0 && is_digit(nv->s[n - 1]);
            /* (or spaced apart between two numbers, as PDFs print a form's
             * "783 – 92 – 7321": as that is written with '-') */
            bool spaced = n > 1 && nv->s[n - 1] == ' ' && is_digit(nv->s[n - 2]) &&
                          o + k < len && s[o + k] == ' ' && digit_next(s, len, o + k + 1);
            m = (prev_digit && digit_next(s, len, o + k)) || spaced ? '-' : ' ';
            changed = true;
        } else if (m == MARK) {
            if (n > 0 && is_alnum(nv->s[n - 1]) && absorbed < ABSORB_MAX) {
                nv->oend[n - 1] = (uint32_t)(o + k); /* the mark belongs to it */
                o += k;
                absorbed++;
                changed = true;
                continue;
            }
            m = KEEP;
        } else if (m == LIGATURE) {
            /* two or three letters, each standing for the whole character
             * (no more view bytes than input bytes: 3 for 2 or 3) */
            char l[4];
            size_t nl = norm_ligature(cp, l);
            for (size_t j = 0; j < nl; j++) {
                nv->s[n] = (uint8_t)l[j];
                nv->ostart[n] = (uint32_t)o;
                nv->oend[n] = (uint32_t)(o + k);
                n++;
            }
            o += k;
            absorbed = 0;
            changed = true;
            continue;
        }
        absorbed = 0;
        if (m == KEEP) {
            for (size_t j = 0; j < k; j++) {
                nv->s[n] = s[o + j];
                nv->ostart[n] = (uint32_t)(o + j);
                nv->oend[n] = (uint32_t)(o + j + 1);
                n++;
            }
        } else {
            nv->s[n] = (uint8_t)m;
            nv->ostart[n] = (uint32_t)o;
            nv->oend[n] = (uint32_t)(o + k);
            n++;
            changed |= cp >= 0x80;
        }
        o += k;
    }
    nv->len = n;
    if (n > nv->high_water)
        nv->high_water = n;
    nv->ostart[n] = (uint32_t)len; /* sentinel */
    nv->oend[n] = (uint32_t)len;
    *identity = !changed;
    return PII_OK;
}

size_t norm_from_orig(const norm_view *nv, size_t orig)
{
    /* first view byte whose original start is at or after orig */
    size_t lo = 0, hi = nv->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nv->ostart[mid] < orig)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
