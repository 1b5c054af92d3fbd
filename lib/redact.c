/*
 * redact.c - redaction operators: what replaces a finding.
 *
 *   tag     "[US_SSN]" (template with {entity}, {subtype})
 *   mask    each letter/digit -> mask character, separators kept, optionally
 *           the last N letters/digits left visible; code point count kept
 *   remove  nothing
 *   hash    keyed HMAC-SHA-256 (libsodium) of the entity name and the
 *           canonical value, shown as hex in a template ("[EMAIL_ADDRESS:9f..]")
 *   keep    the original bytes
 *
 * The hash is keyed so that the same value maps to the same token across
 * records and runs, yet nobody without the key can tabulate it (the space of
 * SSNs is small enough to hash exhaustively).  The value is canonicalised
 * first, so "4111 1111 1111 1111" and "4111-1111-1111-1111" give one token.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"
#include "validators/validators.h"

static void set_op(op_conf *o, pii_op op)
{
    memset(o, 0, sizeof *o);
    o->op = op;
    strcpy(o->mask_char, "*");
    o->hash_hex = 16;
}

int ops_init(pii_ctx *ctx)
{
    const pii_ruleset *rs = ctx->rs;
    ctx->ops = calloc(rs->nentities, sizeof *ctx->ops);
    if (!ctx->ops)
        return PII_ERR_NOMEM;
    for (size_t e = 0; e < rs->nentities; e++)
        set_op(&ctx->ops[e], PII_OP_TAG);
    /* the ruleset's defaults (from the builder or a policy), in order */
    for (size_t i = 0; i < rs->nops; i++) {
        int rc = pii_ctx_set_operator_spec(ctx, rs->ops[i].entity, rs->ops[i].spec);
        if (rc != PII_OK)
            return rc;
    }
    return PII_OK;
}

const char *entity_name_of(const pii_ruleset *rs, int entity)
{
    if (entity >= 0 && entity < PII_ENTITY_BUILTIN_COUNT)
        return pii_entity_name(entity);
    size_t i = (size_t)entity - PII_ENTITY_BUILTIN_COUNT;
    if (entity < 0 || i >= rs->nentities - PII_ENTITY_BUILTIN_COUNT)
        return NULL;
    return rs->names[i];
}

/* Error text goes to a caller's buffer (a context's or a builder's). */
typedef struct err_out {
    char *buf;
    size_t cap;
} err_out;

static int ctx_fail(err_out *e, int code, const char *msg)
{
    snprintf(e->buf, e->cap, "%s", msg);
    return code;
}

/* Validate and convert a public operator into op_conf. */
static int make_conf(err_out *ctx, const pii_operator *op, op_conf *out)
{
    if ((int)op->op < PII_OP_TAG || op->op > PII_OP_KEEP)
        return ctx_fail(ctx, PII_ERR_INVALID_ARG, "unknown operator");
    set_op(out, op->op);
    if (op->format) {
        size_t n = strlen(op->format);
        if (n > OP_FORMAT_MAX)
            return ctx_fail(ctx, PII_ERR_INVALID_ARG, "operator format longer than 128 bytes");
        memcpy(out->format, op->format, n + 1);
    }
    if (op->mask_char) {
        utf8proc_int32_t cp;
        size_t n = strlen(op->mask_char);
        utf8proc_ssize_t k = utf8proc_iterate((const uint8_t *)op->mask_char, (utf8proc_ssize_t)n, &cp);
        if (n == 0 || k <= 0 || (size_t)k != n || cp < 0x20 || cp == 0x7f)
            return ctx_fail(ctx, PII_ERR_INVALID_ARG,
                            "mask character must be one printable UTF-8 character");
        memcpy(out->mask_char, op->mask_char, n + 1);
    }
    if (op->keep_last > 64)
        return ctx_fail(ctx, PII_ERR_INVALID_ARG, "mask keep_last must be 0..64");
    out->keep_last = op->keep_last;
    if (op->hash_hex && (op->hash_hex < 8 || op->hash_hex > 64))
        return ctx_fail(ctx, PII_ERR_INVALID_ARG, "hash length must be 8..64 hex digits");
    out->hash_hex = op->hash_hex ? op->hash_hex : 16;
    return PII_OK;
}

int pii_ctx_set_operator(pii_ctx *ctx, int entity, const pii_operator *op)
{
    if (!ctx || !op)
        return PII_ERR_NULL;
    err_out e = {ctx->error, sizeof ctx->error};
    if (ctx->st.active)
        return ctx_fail(&e, PII_ERR_STAGE, "operators cannot change during a stream session");
    int n = (int)ctx->rs->nentities;
    if (entity != PII_ALL_ENTITIES && (entity < 0 || entity >= n))
        return ctx_fail(&e, PII_ERR_UNKNOWN_ENTITY, "unknown entity id");
    op_conf conf;
    int rc = make_conf(&e, op, &conf);
    if (rc != PII_OK)
        return rc;
    for (int k = 0; k < n; k++)
        if (entity == PII_ALL_ENTITIES || entity == k)
            ctx->ops[k] = conf;
    ctx->error[0] = '\0';
    return PII_OK;
}

/* Parse an unsigned decimal of at most 4 digits. */
static bool parse_small(const char *s, size_t n, unsigned *out)
{
    if (n == 0 || n > 4)
        return false;
    unsigned v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_digit((uint8_t)s[i]))
            return false;
        v = v * 10 + (unsigned)(s[i] - '0');
    }
    *out = v;
    return true;
}

/* Parse "mask:keep=4,char=#" into *op; format and mask storage are the
 * caller's (they must outlive *op). */
static int parse_spec(err_out *ctx, const char *spec, pii_operator *op_out,
                      char format[OP_FORMAT_MAX + 1], char mask[8])
{
    static const struct {
        const char *name;
        pii_op op;
    } names[] = {{"tag", PII_OP_TAG},
                 {"mask", PII_OP_MASK},
                 {"remove", PII_OP_REMOVE},
                 {"hash", PII_OP_HASH},
                 {"keep", PII_OP_KEEP}};
    const char *colon = strchr(spec, ':');
    size_t nlen = colon ? (size_t)(colon - spec) : strlen(spec);
    pii_operator op;
    memset(&op, 0, sizeof op);
    memset(op_out, 0, sizeof *op_out);
    bool found = false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == nlen && strncmp(spec, names[i].name, nlen) == 0) {
            op.op = names[i].op;
            found = true;
        }
    if (!found)
        return ctx_fail(ctx, PII_ERR_INVALID_ARG,
                        "unknown operator (expected tag, mask, remove, hash or keep)");
    /* Options follow a ':' as key=value items separated by single commas;
     * a ':' with nothing after it, an empty item (",,", a leading or a
     * trailing ',') is malformed rather than "no options".  A format value
     * runs to the end of the spec, commas included. */
    const char *p = colon ? colon + 1 : NULL;
    if (p && !*p)
        return ctx_fail(ctx, PII_ERR_INVALID_ARG, "operator options expected after ':'");
    while (p) {
        if (*p == '\0' || *p == ',')
            return ctx_fail(ctx, PII_ERR_INVALID_ARG,
                            "empty operator option (a stray or trailing ',')");
        const char *eq = strchr(p, '=');
        if (!eq)
            return ctx_fail(ctx, PII_ERR_INVALID_ARG, "operator option must be key=value");
        size_t klen = (size_t)(eq - p);
        const char *val = eq + 1;
        if (klen == 6 && strncmp(p, "format", 6) == 0) {
            size_t vlen = strlen(val);
            if (vlen > OP_FORMAT_MAX)
                return ctx_fail(ctx, PII_ERR_INVALID_ARG, "operator format longer than 128 bytes");
            memcpy(format, val, vlen + 1);
            op.format = format;
            break;
        }
        const char *comma = strchr(val, ',');
        size_t vlen = comma ? (size_t)(comma - val) : strlen(val);
        if (klen == 4 && strncmp(p, "keep", 4) == 0) {
            if (!parse_small(val, vlen, &op.keep_last))
                return ctx_fail(ctx, PII_ERR_INVALID_ARG, "keep= needs a number");
        } else if (klen == 4 && strncmp(p, "char", 4) == 0) {
            if (vlen == 0 || vlen >= 8) /* mask[8] */
                return ctx_fail(ctx, PII_ERR_INVALID_ARG, "char= needs one character");
            memcpy(mask, val, vlen);
            mask[vlen] = '\0';
            op.mask_char = mask;
        } else if (klen == 3 && strncmp(p, "hex", 3) == 0) {
            if (!parse_small(val, vlen, &op.hash_hex))
                return ctx_fail(ctx, PII_ERR_INVALID_ARG, "hex= needs a number");
        } else {
            return ctx_fail(ctx, PII_ERR_INVALID_ARG,
                            "unknown operator option (expected keep=, char=, hex= or format=)");
        }
        p = comma ? comma + 1 : NULL;
    }
    *op_out = op;
    return PII_OK;
}

int op_spec_check(const char *spec, char *err, size_t errlen)
{
    err_out e = {err, errlen};
    pii_operator op;
    char format[OP_FORMAT_MAX + 1], mask[8];
    int rc = parse_spec(&e, spec, &op, format, mask);
    if (rc != PII_OK)
        return rc;
    op_conf conf;
    return make_conf(&e, &op, &conf);
}

int pii_ctx_set_operator_spec(pii_ctx *ctx, int entity, const char *spec)
{
    if (!ctx || !spec)
        return PII_ERR_NULL;
    err_out e = {ctx->error, sizeof ctx->error};
    pii_operator op;
    char format[OP_FORMAT_MAX + 1], mask[8];
    int rc = parse_spec(&e, spec, &op, format, mask);
    if (rc != PII_OK)
        return rc;
    return pii_ctx_set_operator(ctx, entity, &op);
}



int pii_ctx_set_hash_key(pii_ctx *ctx, const void *key, size_t len)
{
    if (!ctx || !key)
        return PII_ERR_NULL;
    err_out e = {ctx->error, sizeof ctx->error};
    if (ctx->busy)
        return PII_ERR_BUSY;
    if (ctx->st.active) /* one document, one key */
        return ctx_fail(&e, PII_ERR_STAGE, "the hash key cannot change during a stream session");
    if (len < 16 || len > sizeof ctx->hash_key)
        return ctx_fail(&e, PII_ERR_INVALID_ARG, "hash key must be 16..64 bytes");
    if (sodium_init() < 0)
        return ctx_fail(&e, PII_ERR_INTERNAL, "libsodium failed to initialise");
    memcpy(ctx->hash_key, key, len);
    ctx->hash_key_len = len;
    return PII_OK;
}

/* ---- rendering ---- */

typedef struct out_buf {
    uint8_t *p;
    size_t n, cap;
    bool overflow;
} out_buf;

static void put(out_buf *o, const void *s, size_t n)
{
    if (o->n + n > o->cap) {
        o->overflow = true;
        return;
    }
    memcpy(o->p + o->n, s, n);
    o->n += n;
}

static void put_str(out_buf *o, const char *s) { put(o, s, strlen(s)); }

/* Canonical value for hashing: separators dropped, case folded; IP and MAC
 * addresses in one normal form; a NANP number without its leading 1. */
static size_t canonical(int entity, const uint8_t *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    char ascii[PII_MAX_SPAN];
    if (entity == PII_IP_ADDRESS) {
        /* fullwidth or other-script digits: parse the ASCII form */
        size_t m = 0;
        for (size_t i = 0; i < n && m < sizeof ascii;) {
            int32_t cp;
            size_t len = uni_decode(s, n, i, &cp);
            int c = cp >= 0x80 ? norm_map_char(cp) : cp;
            if (c >= 0 && c < 0x80)
                ascii[m++] = (char)c;
            i += len;
        }
        s = (const uint8_t *)ascii;
        n = m;
        uint8_t b[16];
        if (pii_ipv4_parse((const char *)s, n, b))
            return (size_t)snprintf(out, cap, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
        size_t zone = 0;
        while (zone < n && s[zone] != '%')
            zone++;
        if (pii_ipv6_parse((const char *)s, zone, b)) {
            for (int i = 0; i < 16; i++)
                k += (size_t)snprintf(out + k, cap - k, "%02x", b[i]);
            return k;
        }
    }
    /* a '+' or '@' URL-encoded ("%2B14155550132", "alice%40example.com")
     * as if written plainly */
    bool encoded_at = false;
    if (entity == PII_PHONE_NUMBER && n > 3 && s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'b') {
        s += 3;
        n -= 3;
    } else if (entity == PII_EMAIL_ADDRESS) {
        encoded_at = memchr(s, '@', n) == NULL;
    }
    /* the value as detection saw it: digits of any script, fullwidth forms
     * and invisible or separator characters normalized, so equal values
     * give equal tokens however they were written */
    for (size_t i = 0; i < n && k + 4 < cap;) {
        if (entity == PII_PHONE_NUMBER && s[i] == '%' && i + 2 < n && is_hex(s[i + 1]) &&
            is_hex(s[i + 2])) {
            i += 3; /* a URL-encoded separator: "%2B1%20248%20772%202850" */
            continue;
        }
        if (encoded_at && s[i] == '%' && i + 2 < n && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
            /* (the address's every %XX: "alice%2Bx%40example.org") */
            out[k++] = (char)to_lower((uint8_t)(hex_digit_value(s[i + 1]) << 4 |
                                                hex_digit_value(s[i + 2])));
            i += 3;
            continue;
        }
        int32_t cp;
        size_t len;
        int esc;
        if (norm_escape_lead(s[i]) && (len = norm_escape_at(s, n, i, &esc)) != 0) {
            /* (a quoted-printable, JSON or HTML escape, as normalization
             * read it: an address's '@' and '.' too, "jane&#64;example.com") */
            if (esc < 0 || (!is_alnum((uint8_t)esc) && entity != PII_EMAIL_ADDRESS)) {
                i += len;
                continue;
            }
            cp = esc;
        } else {
            len = uni_decode(s, n, i, &cp);
        }
        int c = cp;
        char lig[4];
        size_t nl;
        if (cp >= 0x80 && (nl = norm_ligature(cp, lig)) != 0 && k + nl + 4 < cap) {
            for (size_t j = 0; j < nl; j++) /* ("ﬁ": the letters detection read) */
                out[k++] = (char)(entity == PII_EMAIL_ADDRESS ? lig[j] : to_upper((uint8_t)lig[j]));
            i += len;
            continue;
        }
        if (cp >= 0x80) {
            c = norm_map_char(cp);
            if (c < 0 && c != NORM_KEEP) {
                i += len; /* a dash, format character or mark */
                continue;
            }
        }
        if (c >= 0 && c < 0x80) {
            uint8_t b = (uint8_t)c;
            if (entity == PII_EMAIL_ADDRESS)
                out[k++] = (char)to_lower(b);
            else if (is_alnum(b))
                out[k++] = (char)(entity == PII_MAC_ADDRESS ? to_lower(b) : to_upper(b));
        } else { /* a letter of another script: as written */
            memcpy(out + k, s + i, len);
            k += len;
        }
        i += len;
    }
    if (entity == PII_PHONE_NUMBER && k == 11 && out[0] == '1') {
        memmove(out, out + 1, 10);
        k = 10;
    }
    return k;
}

static int render_hash(const pii_ctx *ctx, const op_conf *o, int entity, const uint8_t *s,
                       size_t n, char *hex)
{
    if (ctx->hash_key_len == 0)
        return PII_ERR_STAGE;
    char canon[PII_MAX_SPAN * 2];
    size_t cn = canonical(entity, s, n, canon, sizeof canon);
    const char *name = entity_name_of(ctx->rs, entity);
    crypto_auth_hmacsha256_state st;
    uint8_t mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_init(&st, ctx->hash_key, ctx->hash_key_len);
    crypto_auth_hmacsha256_update(&st, (const uint8_t *)name, strlen(name) + 1);
    crypto_auth_hmacsha256_update(&st, (const uint8_t *)canon, cn);
    crypto_auth_hmacsha256_final(&st, mac);
    sodium_memzero(canon, sizeof canon);
    static const char digits[] = "0123456789abcdef";
    for (unsigned i = 0; i < o->hash_hex; i++)
        hex[i] = digits[(mac[i / 2] >> (i % 2 ? 0 : 4)) & 15];
    hex[o->hash_hex] = '\0';
    return PII_OK;
}

/* Expand a template: {entity}, {subtype}, {hash}; other text verbatim. */
static void expand(out_buf *o, const char *fmt, const char *entity, const char *subtype,
                   const char *hash)
{
    const char *p = fmt;
    while (*p) {
        if (*p == '{') {
            if (strncmp(p, "{entity}", 8) == 0) {
                put_str(o, entity);
                p += 8;
                continue;
            }
            if (strncmp(p, "{subtype}", 9) == 0) {
                put_str(o, subtype);
                p += 9;
                continue;
            }
            if (hash && strncmp(p, "{hash}", 6) == 0) {
                put_str(o, hash);
                p += 6;
                continue;
            }
        }
        put(o, p, 1);
        p++;
    }
}

static bool is_mark(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

static void render_mask(const op_conf *o, const uint8_t *s, size_t n, out_buf *out)
{
    /* count maskable characters, to know which of them stay visible */
    size_t total = 0, i = 0;
    while (i < n) {
        int esc;
        size_t ek = norm_escape_lead(s[i]) ? norm_escape_at(s, n, i, &esc) : 0;
        if (ek) { /* (an escape is one character: below) */
            total += esc >= 0 && uni_is_word_cp(esc);
            i += ek;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            i++;
            continue;
        }
        total += uni_is_word_cp(cp) && !is_mark(cp);
        i += (size_t)k;
    }
    size_t seen = 0;
    bool base_kept = true; /* a combining mark follows its base character */
    i = 0;
    while (i < n) {
        /* a quoted-printable, JSON or HTML escape: a separator's kept as written,
         * a letter's or digit's masked whole, so that the text around
         * stays valid ("\u002B" in a JSON string, "=C2=A0" in a mail) */
        int esc;
        size_t ek = norm_escape_lead(s[i]) ? norm_escape_at(s, n, i, &esc) : 0;
        if (ek) {
            bool word = esc >= 0 && uni_is_word_cp(esc);
            if (word) {
                seen++;
                base_kept = total - seen < o->keep_last;
            } else {
                base_kept = true;
            }
            if (!word || base_kept)
                put(out, s + i, ek);
            else
                put_str(out, o->mask_char);
            i += ek;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { /* invalid byte inside a finding: mask it too */
            put_str(out, o->mask_char);
            i++;
            continue;
        }
        if (is_mark(cp)) {
            if (base_kept)
                put(out, s + i, (size_t)k);
            else
                put_str(out, o->mask_char);
        } else if (uni_is_word_cp(cp)) {
            seen++;
            base_kept = total - seen < o->keep_last;
            if (base_kept)
                put(out, s + i, (size_t)k);
            else
                put_str(out, o->mask_char);
        } else {
            base_kept = true;
            put(out, s + i, (size_t)k);
        }
        i += (size_t)k;
    }
}

int render_replacement(const pii_ctx *ctx, const cand *c, const uint8_t *s, size_t n,
                       uint8_t *buf)
{
    const op_conf *o = &ctx->ops[c->entity];
    out_buf out = {buf, 0, REPL_MAX, false};
    const char *name = entity_name_of(ctx->rs, c->entity);
    switch (o->op) {
    case PII_OP_TAG:
        expand(&out, o->format[0] ? o->format : "[{entity}]", name, c->subtype, NULL);
        break;
    case PII_OP_MASK:
        render_mask(o, s, n, &out);
        break;
    case PII_OP_REMOVE:
        break;
    case PII_OP_HASH: {
        char hex[65];
        int rc = render_hash(ctx, o, c->entity, s, n, hex);
        if (rc < 0)
            return rc;
        expand(&out, o->format[0] ? o->format : "[{entity}:{hash}]", name, c->subtype, hex);
        break;
    }
    case PII_OP_KEEP:
        put(&out, s, n);
        break;
    }
    if (out.overflow)
        return PII_ERR_INTERNAL;
    return (int)out.n;
}

size_t ops_max_growth(const pii_ctx *ctx)
{
    /* Longest replacement any finding can get, in bytes. */
    size_t worst = 0;
    for (size_t e = 0; e < ctx->rs->nentities; e++) {
        const op_conf *o = &ctx->ops[e];
        size_t w;
        switch (o->op) {
        case PII_OP_MASK:
            w = (PII_MAX_SPAN > CUSTOM_MAX_SPAN ? PII_MAX_SPAN : CUSTOM_MAX_SPAN) *
                strlen(o->mask_char);
            break;
        case PII_OP_TAG:
        case PII_OP_HASH:
            w = 4 * OP_FORMAT_MAX + 64 + PII_SUBTYPE_MAX + 64;
            break;
        default:
            w = PII_MAX_SPAN;
        }
        if (w > worst)
            worst = w;
    }
    return worst;
}
