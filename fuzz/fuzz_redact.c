/*
 * fuzz_redact - what pii_redact() writes, operator by operator.
 *
 * Input: byte 0 chooses the configuration (fuzz_config()), byte 1 the
 * operator of every entity (fuzz_operator()); when the top bit of byte 2 is
 * set, entity (byte 2 & 0x7f) % 13 gets another operator; the low bits of
 * byte 2 also size the too-small destination.  The rest is the text.
 *
 * The output is rebuilt from the input and the findings reported through
 * the callback: bytes outside findings must come out identical and in
 * order, and each finding must be replaced by exactly
 *   tag     the expanded template ("[{entity}]" by default)
 *   mask    one mask character per letter/digit/mark (and per invalid
 *           byte), other characters kept, the last keep_last letters/digits
 *           kept; a quoted-printable or JSON escape that normalization
 *           reads is one character (a separator's kept as written)
 *   remove  nothing
 *   hash    the expanded template, {hash} being hash_hex lower-case hex digits
 *   keep    the original bytes.
 * So no reported span's text survives (except with keep).  Also: the output
 * fits pii_redact_bound(), the findings agree with pii_scan(), and a
 * too-small destination gives PII_ERR_DST_TOO_SMALL having written nothing
 * but a prefix of the redacted output.
 */
#include <utf8proc.h>

#include "fuzz_common.h"

/* The expected output: bytes, and whether each stands for any hex digit
 * (a hash token's). */
typedef struct expect_buf {
    byte_buf b, wild;
} expect_buf;

static FUZZ_NOCOV void put(expect_buf *o, const void *s, size_t n)
{
    static const uint8_t zeros[64];
    fuzz_buf_put(&o->b, s, n);
    for (size_t k = 0; k < n; k += sizeof zeros)
        fuzz_buf_put(&o->wild, zeros, n - k < sizeof zeros ? n - k : sizeof zeros);
}

/* Expand a template the way pii.h documents it. */
static FUZZ_NOCOV void expand(expect_buf *o, const char *fmt, const char *entity,
                              const char *subtype, unsigned hash_hex)
{
    for (const char *p = fmt; *p;) {
        if (strncmp(p, "{entity}", 8) == 0) {
            put(o, entity, strlen(entity));
            p += 8;
        } else if (strncmp(p, "{subtype}", 9) == 0) {
            put(o, subtype, strlen(subtype));
            p += 9;
        } else if (hash_hex && strncmp(p, "{hash}", 6) == 0) {
            for (unsigned i = 0; i < hash_hex; i++) {
                fuzz_buf_put(&o->b, "0", 1);
                fuzz_buf_put(&o->wild, "\1", 1);
            }
            p += 6;
        } else {
            put(o, p, 1);
            p++;
        }
    }
}

static FUZZ_NOCOV int is_word_cp(utf8proc_int32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
               cp == '_';
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

/* Length of the unit at s: a valid UTF-8 character, or one invalid byte
 * (*cp = -1). */
static FUZZ_NOCOV size_t unit(const uint8_t *s, size_t n, utf8proc_int32_t *cp)
{
    utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)n, cp);
    if (k <= 0) {
        *cp = -1;
        return 1;
    }
    return (size_t)k;
}

static FUZZ_NOCOV int is_mark_cp(utf8proc_int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

static FUZZ_NOCOV int hex_value(uint8_t c)
{
    return c >= '0' && c <= '9' ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* What normalization reads a character written as an escape as
 * (README): a digit or an ASCII character it stands for, a separator
 * (Unicode spaces, dashes, format characters: ' '); -1 when it is left as
 * written (an escaped letter of another script, a mark). */
static FUZZ_NOCOV int escaped_as(utf8proc_int32_t cp)
{
    if (cp < 0x80)
        return cp > ' ' && cp < 0x7F && cp != '"' && cp != '\\' ? cp : cp == ' ' ? ' ' : -1;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ND:
        return '0'; /* (a digit: which one does not matter here) */
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_CF:
        return ' ';
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
        return -1;
    default:
        break;
    }
    if (cp == 0x2212)
        return ' ';
    utf8proc_int32_t out[4];
    int last = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char(cp, out, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
                                                 &last);
    if (k == 1 && out[0] < 0x80 &&
        (is_word_cp(out[0]) || out[0] == '@' || out[0] == '.' || out[0] == '-' || out[0] == '+'))
        return out[0]; /* (fullwidth forms) */
    return -1;
}

/* An escape at s[i] that the mask operator takes as one character, as the
 * README says normalization reads them: JSON's "\uXXXX" (not after '\\'),
 * quoted-printable "=3D" (in capitals) before digits and then no letter,
 * digit, '_', '-' or '.',
 * ISO-8859-1's "=A0" after ':', ' ' or a tab, the "=XX" of one UTF-8
 * character, JSON's "\n", "\r" and "\t" before no lowercase letter,
 * and a soft line break ("=\n", "=\r\n": a finding crosses one
 * only where detection read through it).  Returns its length (0: none), *c
 * what it stands for. */
static FUZZ_NOCOV size_t escape_unit(const uint8_t *s, size_t n, size_t i, int *c)
{
    if (s[i] == '\\' && !(i > 0 && s[i - 1] == '\\') && i + 2 < n &&
        (s[i + 1] == 'n' || s[i + 1] == 'r' || s[i + 1] == 't') &&
        !(s[i + 2] >= 'a' && s[i + 2] <= 'z')) {
        *c = s[i + 1] == 'n' ? '\n' : s[i + 1] == 'r' ? '\r' : '\t';
        return 2;
    }
    if (s[i] == '\\') {
        if ((i > 0 && s[i - 1] == '\\') || i + 6 > n || s[i + 1] != 'u')
            return 0;
        int v = 0;
        for (size_t j = i + 2; j < i + 6; j++) {
            if (hex_value(s[j]) < 0)
                return 0;
            v = v << 4 | hex_value(s[j]);
        }
        if (v >= 0xD800 && v <= 0xDFFF)
            return 0;
        *c = escaped_as(v);
        return *c >= 0 ? 6 : 0;
    }
    if (s[i] == '=' && i + 1 < n && (s[i + 1] == '\n' || (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n'))) {
        *c = ' ';
        return s[i + 1] == '\n' ? 2 : 3;
    }
    if (s[i] != '=' || i + 3 > n || hex_value(s[i + 1]) < 0 || hex_value(s[i + 2]) < 0)
        return 0;
    int b = hex_value(s[i + 1]) << 4 | hex_value(s[i + 2]);
    if (b == '=') {
        if (s[i + 2] != 'D')
            return 0;
        size_t j = i + 3;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j == n || (s[j] < 0x80 && is_word_cp(s[j])) || s[j] == '-' || s[j] == '.')
            return 0;
        *c = '=';
        return 3;
    }
    if (b == 0xA0 && s[i + 1] == 'A' && i > 0 && (s[i - 1] == ':' || s[i - 1] == ' ' || s[i - 1] == '\t')) {
        *c = ' ';
        return 3;
    }
    if (b < 0xC2 || b > 0xF4)
        return 0;
    size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    uint8_t u[4] = {(uint8_t)b};
    for (size_t j = 1; j < len; j++) {
        size_t q = i + 3 * j;
        if (q + 3 > n || s[q] != '=' || hex_value(s[q + 1]) < 0 || hex_value(s[q + 2]) < 0)
            return 0;
        u[j] = (uint8_t)(hex_value(s[q + 1]) << 4 | hex_value(s[q + 2]));
    }
    utf8proc_int32_t cp;
    if (utf8proc_iterate(u, (utf8proc_ssize_t)len, &cp) != (utf8proc_ssize_t)len)
        return 0;
    *c = escaped_as(cp);
    return *c >= 0 ? 3 * len : 0;
}

/* The mask operator as documented: letters and digits become the mask
 * character except the last keep_last of them; a combining mark is no
 * character of its own but shares the fate of the one it follows (kept
 * after a separator); an escape normalization reads is one character, a
 * separator's kept as written and a letter's or digit's masked whole;
 * everything else stays. */
static FUZZ_NOCOV void expect_mask(expect_buf *o, const pii_operator *op, const uint8_t *s,
                                   size_t n)
{
    const char *mc = op->mask_char ? op->mask_char : "*";
    size_t words = 0;
    utf8proc_int32_t cp;
    for (size_t i = 0; i < n;) {
        int esc;
        size_t e = escape_unit(s, n, i, &esc);
        if (e) {
            words += is_word_cp(esc);
            i += e;
            continue;
        }
        size_t k = unit(s + i, n - i, &cp);
        words += cp >= 0 && is_word_cp(cp) && !is_mark_cp(cp);
        i += k;
    }
    size_t seen = 0;
    int base_kept = 1;
    for (size_t i = 0; i < n;) {
        int esc;
        size_t e = escape_unit(s, n, i, &esc);
        if (e) {
            int word = is_word_cp(esc);
            if (word) {
                seen++;
                base_kept = words - seen < op->keep_last;
            } else {
                base_kept = 1;
            }
            if (!word || base_kept)
                put(o, s + i, e);
            else
                put(o, mc, strlen(mc));
            i += e;
            continue;
        }
        size_t k = unit(s + i, n - i, &cp);
        if (cp < 0) {
            put(o, mc, strlen(mc));
        } else if (is_mark_cp(cp)) {
            if (base_kept)
                put(o, s + i, k);
            else
                put(o, mc, strlen(mc));
        } else if (is_word_cp(cp)) {
            seen++;
            base_kept = words - seen < op->keep_last;
            if (base_kept)
                put(o, s + i, k);
            else
                put(o, mc, strlen(mc));
        } else {
            base_kept = 1;
            put(o, s + i, k);
        }
        i += k;
    }
}

static FUZZ_NOCOV void expect_replacement(expect_buf *o, const pii_operator *op,
                                          const pii_ruleset *rs, const pii_finding *f,
                                          const uint8_t *text)
{
    const char *name = pii_ruleset_entity_name(rs, f->entity);
    FUZZ_CHECK(name != NULL, "entity %d has no name", f->entity);
    const uint8_t *s = text + f->start;
    size_t n = (size_t)(f->end - f->start);
    switch (op->op) {
    case PII_OP_TAG:
        expand(o, op->format ? op->format : "[{entity}]", name, f->subtype, 0);
        break;
    case PII_OP_MASK:
        expect_mask(o, op, s, n);
        break;
    case PII_OP_REMOVE:
        break;
    case PII_OP_HASH:
        expand(o, op->format ? op->format : "[{entity}:{hash}]", name, f->subtype,
               op->hash_hex ? op->hash_hex : 16);
        break;
    case PII_OP_KEEP:
        put(o, s, n);
        break;
    }
}

static FUZZ_NOCOV int matches(const uint8_t *got, const expect_buf *want, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (want->wild.p[i]) {
            if (!((got[i] >= '0' && got[i] <= '9') || (got[i] >= 'a' && got[i] <= 'f')))
                return 0;
        } else if (got[i] != want->b.p[i]) {
            return 0;
        }
    }
    return 1;
}

/* dst (size n, filled with 0xAA before) must hold a prefix of out and then
 * 0xAA only; returns n, or the offset of the first byte that breaks this. */
static FUZZ_NOCOV size_t written_beyond(const uint8_t *dst, const uint8_t *out, size_t n)
{
    size_t k = fuzz_first_diff(dst, n, out, n);
    for (; k < n; k++)
        if (dst[k] != 0xAA)
            return k;
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    fuzz_conf *c = fuzz_config(data[0]);
    pii_operator ops[PII_ENTITY_BUILTIN_COUNT];
    fuzz_operator(data[1], &ops[0]);
    int rc = pii_ctx_set_operator(c->ctx, PII_ALL_ENTITIES, &ops[0]);
    FUZZ_CHECK(rc == PII_OK, "set_operator: %s", pii_error_name(rc));
    for (int e = 1; e < PII_ENTITY_BUILTIN_COUNT; e++)
        ops[e] = ops[0];
    if (data[2] & 0x80) {
        int e = (data[2] & 0x7f) % PII_ENTITY_BUILTIN_COUNT;
        fuzz_operator((uint8_t)(data[2] * 7 + data[1]), &ops[e]);
        rc = pii_ctx_set_operator(c->ctx, e, &ops[e]);
        FUZZ_CHECK(rc == PII_OK, "set_operator(%d): %s", e, pii_error_name(rc));
    }
    const uint8_t *text = data + 3;
    size_t len = size - 3;

    finding_list fl = {0}, scan = {0};
    FUZZ_CHECK(pii_ctx_set_callback(c->ctx, fuzz_collect, &fl) == PII_OK, "set_callback");
    size_t cap = pii_redact_bound(c->ctx, len);
    uint8_t *out = malloc(cap ? cap : 1);
    FUZZ_CHECK(out != NULL, "out of memory in the fuzzer");
    int64_t olen = pii_redact(c->ctx, text, len, out, cap);
    FUZZ_CHECK(olen >= 0, "pii_redact: %s", pii_error_name((int)olen));
    FUZZ_CHECK((size_t)olen <= cap, "output %lld bytes, bound %zu", (long long)olen, cap);
    FUZZ_CHECK(pii_ctx_set_callback(c->ctx, NULL, NULL) == PII_OK, "set_callback");
    fuzz_check_findings(c->rs, fl.v, fl.n, len, c->min_score, 0);
    rc = pii_scan(c->ctx, text, len, fuzz_collect, &scan);
    FUZZ_CHECK(rc >= 0, "pii_scan: %s", pii_error_name(rc));
    fuzz_same_findings("pii_redact vs pii_scan", fl.v, fl.n, scan.v, scan.n);

    /* rebuild the output */
    expect_buf want = {{0}, {0}};
    uint64_t prev = 0;
    for (size_t i = 0; i < fl.n; i++) {
        const pii_finding *f = &fl.v[i];
        put(&want, text + prev, (size_t)(f->start - prev));
        size_t before = want.b.n;
        expect_replacement(&want, &ops[f->entity], c->rs, f, text);
        /* compare as we go, to say which finding went wrong */
        size_t upto = want.b.n <= (size_t)olen ? want.b.n : (size_t)olen;
        FUZZ_CHECK(matches(out, &want, upto) && want.b.n <= (size_t)olen,
                   "output differs from the expected one up to finding %zu [%llu, %llu) "
                   "(entity %d, operator %d, replacement at output offset %zu, first "
                   "difference at %zu)",
                   i, (unsigned long long)f->start, (unsigned long long)f->end, f->entity,
                   (int)ops[f->entity].op, before, fuzz_first_diff(out, upto, want.b.p, upto));
        prev = f->end;
    }
    put(&want, text + prev, (size_t)(len - prev));
    FUZZ_CHECK(want.b.n == (size_t)olen && matches(out, &want, want.b.n),
               "output (%lld bytes) differs from the expected one (%zu bytes) after the last "
               "finding, at offset %zu",
               (long long)olen, want.b.n, fuzz_first_diff(out, (size_t)olen, want.b.p, want.b.n));

    /* too small a destination: an error, and only redacted bytes written */
    if (olen > 0) {
        size_t small = (size_t)olen - 1 - (data[2] & 0x0f) % (size_t)olen;
        uint8_t *dst = malloc(small ? small : 1);
        FUZZ_CHECK(dst != NULL, "out of memory in the fuzzer");
        memset(dst, 0xAA, small ? small : 1);
        int64_t r2 = pii_redact(c->ctx, text, len, dst, small);
        FUZZ_CHECK(r2 == PII_ERR_DST_TOO_SMALL, "pii_redact into %zu of %lld bytes: %s", small,
                   (long long)olen, r2 < 0 ? pii_error_name((int)r2) : "success");
        size_t bad = written_beyond(dst, out, small);
        FUZZ_CHECK(bad == small,
                   "pii_redact into a too small buffer wrote byte %zu, which is not the "
                   "redacted output's",
                   bad);
        free(dst);
    }

    free(want.b.p);
    free(want.wild.p);
    free(out);
    fuzz_list_free(&fl);
    fuzz_list_free(&scan);
    return 0;
}
