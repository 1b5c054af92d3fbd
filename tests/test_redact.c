/*
 * test_redact.c - Check suite for the redaction operators: tag, mask,
 * remove, keep and keyed hash, set with pii_ctx_set_operator() or a text
 * spec, per entity or for all of them; the hash key; errors of the setters;
 * and what may not change while a stream session is open.
 */
#include <check.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static pii_ruleset *RS; /* default ruleset, built once in main() */

static const char KEY[] = "0123456789abcdef0123456789abcdef"; /* 32 bytes */
static const char KEY2[] = "fedcba9876543210fedcba9876543210";

static pii_ctx *new_ctx(void)
{
    pii_ctx *ctx = pii_ctx_new(RS);
    ck_assert_ptr_nonnull(ctx);
    return ctx;
}

static pii_ctx *ctx_with(const char *spec)
{
    pii_ctx *ctx = new_ctx();
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, 32), PII_OK);
    if (spec)
        ck_assert_msg(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, spec) == PII_OK,
                      "spec '%s' rejected: %s", spec, pii_ctx_error(ctx));
    return ctx;
}

#define MAX_F 64

typedef struct result {
    char *text; /* NUL-terminated output */
    size_t len;
    size_t nf;
    pii_finding f[MAX_F];
} result;

static int collect(const pii_finding *f, void *user)
{
    result *r = user;
    if (r->nf < MAX_F)
        r->f[r->nf] = *f;
    r->nf++;
    return 0;
}

/* pii_redact() of a string; findings through the callback. */
static result redact(pii_ctx *ctx, const char *in)
{
    result r;
    memset(&r, 0, sizeof r);
    size_t n = strlen(in);
    size_t cap = pii_redact_bound(ctx, n);
    r.text = malloc(cap + 1);
    ck_assert_ptr_nonnull(r.text);
    ck_assert_int_eq(pii_ctx_set_callback(ctx, collect, &r), PII_OK);
    int64_t len = pii_redact(ctx, in, n, r.text, cap);
    ck_assert_int_eq(pii_ctx_set_callback(ctx, NULL, NULL), PII_OK);
    ck_assert_msg(len >= 0, "pii_redact('%s') failed: %s", in, pii_error_name((int)len));
    r.len = (size_t)len;
    r.text[r.len] = '\0';
    return r;
}

static void result_free(result *r)
{
    free(r->text);
    r->text = NULL;
}

/* Redact `in` and compare with `want`. */
static void expect(pii_ctx *ctx, const char *in, const char *want)
{
    result r = redact(ctx, in);
    ck_assert_msg(strcmp(r.text, want) == 0, "redact('%s'):\n  got  '%s'\n  want '%s'", in,
                  r.text, want);
    result_free(&r);
}

static void expect_spec(const char *spec, const char *in, const char *want)
{
    pii_ctx *ctx = ctx_with(spec);
    expect(ctx, in, want);
    pii_ctx_free(ctx);
}

/* The replacement of the single finding in "<prefix><value><suffix>":
 * asserts there is exactly one finding, spanning the value, and that prefix
 * and suffix come out unchanged.  Returns a malloc'd string. */
static char *replacement_of(pii_ctx *ctx, const char *prefix, const char *value,
                            const char *suffix)
{
    size_t pl = strlen(prefix), vl = strlen(value), sl = strlen(suffix);
    char *in = malloc(pl + vl + sl + 1);
    ck_assert_ptr_nonnull(in);
    snprintf(in, pl + vl + sl + 1, "%s%s%s", prefix, value, suffix);
    result r = redact(ctx, in);
    ck_assert_msg(r.nf == 1, "'%s': %zu findings, expected 1", in, r.nf);
    ck_assert_uint_eq(r.f[0].start, pl);
    ck_assert_uint_eq(r.f[0].end, pl + vl);
    ck_assert_uint_ge(r.len, pl + sl);
    ck_assert_mem_eq(r.text, prefix, pl);
    ck_assert_mem_eq(r.text + r.len - sl, suffix, sl);
    size_t rl = r.len - pl - sl;
    char *rep = malloc(rl + 1);
    ck_assert_ptr_nonnull(rep);
    memcpy(rep, r.text + pl, rl);
    rep[rl] = '\0';
    result_free(&r);
    free(in);
    return rep;
}

/* Decode UTF-8 (valid input only) into code points; returns the count. */
static size_t decode(const char *s, uint32_t *cp, size_t cap)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t n = 0;
    while (*p) {
        uint32_t c;
        int k;
        if (*p < 0x80) {
            c = *p;
            k = 1;
        } else if ((*p & 0xE0) == 0xC0) {
            c = *p & 0x1F;
            k = 2;
        } else if ((*p & 0xF0) == 0xE0) {
            c = *p & 0x0F;
            k = 3;
        } else {
            c = *p & 0x07;
            k = 4;
        }
        for (int i = 1; i < k; i++) {
            ck_assert_msg((p[i] & 0xC0) == 0x80, "invalid UTF-8 in '%s'", s);
            c = (c << 6) | (p[i] & 0x3F);
        }
        ck_assert_uint_lt(n, cap);
        cp[n++] = c;
        p += k;
    }
    return n;
}

static int is_alnum_ascii(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The hash token in "[ENTITY:<hex>]" form: checks the shape and returns the
 * hex part (malloc'd). */
static char *token_hex(const char *rep, const char *entity, size_t hex)
{
    size_t el = strlen(entity);
    ck_assert_msg(strlen(rep) == el + hex + 3, "token '%s' is not [%s:<%zu hex>]", rep, entity,
                  hex);
    ck_assert_msg(rep[0] == '[' && memcmp(rep + 1, entity, el) == 0 && rep[1 + el] == ':' &&
                      rep[el + hex + 2] == ']',
                  "token '%s' is not [%s:<%zu hex>]", rep, entity, hex);
    char *h = malloc(hex + 1);
    ck_assert_ptr_nonnull(h);
    memcpy(h, rep + el + 2, hex);
    h[hex] = '\0';
    for (size_t i = 0; i < hex; i++)
        ck_assert_msg((h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f'),
                      "token '%s' has a non-hex digit", rep);
    return h;
}

/* ------------------------------------------------------------------------ */
/* tag                                                                      */
/* ------------------------------------------------------------------------ */

START_TEST(test_tag_default)
{
    /* a new context tags every entity */
    pii_ctx *ctx = new_ctx();
    expect(ctx, "SSN 219-45-6789.", "SSN [US_SSN].");
    expect(ctx, "card 4111 1111 1111 1111, mail john.doe@example.com",
           "card [CREDIT_CARD], mail [EMAIL_ADDRESS]");
    pii_ctx_free(ctx);
    /* and so do the spec "tag" and the struct with no format */
    expect_spec("tag", "SSN 219-45-6789.", "SSN [US_SSN].");
    ctx = new_ctx();
    pii_operator op = {PII_OP_TAG, NULL, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "remove"), PII_OK);
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, &op), PII_OK);
    expect(ctx, "SSN 219-45-6789.", "SSN [US_SSN].");
    pii_ctx_free(ctx);
}
END_TEST

START_TEST(test_tag_format)
{
    static const char in[] =
        "Amex 378282246310005, MC 5425 2334 3010 9903, Visa 4111-1111-1111-1111, SSN 219-45-6789";
    expect_spec("tag:format=<{entity}|{subtype}>", in,
                "Amex <CREDIT_CARD|AMEX>, MC <CREDIT_CARD|MASTERCARD>, "
                "Visa <CREDIT_CARD|VISA>, SSN <US_SSN|>");
    /* the same through the struct; text around placeholders verbatim */
    pii_ctx *ctx = new_ctx();
    pii_operator op = {PII_OP_TAG, "{{entity}} {subtype}/{entity}{", NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_CREDIT_CARD, &op), PII_OK);
    expect(ctx, "Visa 4111-1111-1111-1111, SSN 219-45-6789",
           "Visa {CREDIT_CARD} VISA/CREDIT_CARD{, SSN [US_SSN]");
    /* the format was copied: the caller's string may go away */
    char fmt[32];
    snprintf(fmt, sizeof fmt, "<%s>", "{entity}");
    pii_operator op2 = {PII_OP_TAG, fmt, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_US_SSN, &op2), PII_OK);
    memset(fmt, 'X', sizeof fmt - 1);
    expect(ctx, "SSN 219-45-6789", "SSN <US_SSN>");
    /* IP version and IBAN country are subtypes too */
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "tag:format={subtype}"),
                     PII_OK);
    expect(ctx, "from 203.0.113.77 and 2001:db8::1f:7, IBAN DE89 3704 0044 0532 0130 00",
           "from IPV4 and IPV6, IBAN DE");
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* mask                                                                     */
/* ------------------------------------------------------------------------ */

START_TEST(test_mask_all)
{
    expect_spec("mask", "SSN 219-45-6789.", "SSN ***-**-****.");
    expect_spec("mask", "card 4111 1111 1111 1111 ok", "card **** **** **** **** ok");
    expect_spec("mask:char=#", "SSN 219-45-6789.", "SSN ###-##-####.");
    pii_ctx *ctx = new_ctx();
    pii_operator op = {PII_OP_MASK, NULL, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, &op), PII_OK);
    expect(ctx, "SSN 219-45-6789.", "SSN ***-**-****.");
    pii_ctx_free(ctx);
}
END_TEST

START_TEST(test_mask_keep_last)
{
    expect_spec("mask:keep=4", "SSN 219-45-6789.", "SSN ***-**-6789.");
    expect_spec("mask:keep=4", "card 4111-1111-1102-3456 ok", "card ****-****-****-3456 ok");
    expect_spec("mask:keep=4", "card 4111 1111 1102 3456 ok", "card **** **** **** 3456 ok");
    expect_spec("mask:keep=6", "SSN 219-45-6789.", "SSN ***-45-6789.");
    expect_spec("mask:keep=5", "SSN 219-45-6789.", "SSN ***-*5-6789.");
    expect_spec("mask:keep=4,char=#", "SSN 219-45-6789.", "SSN ###-##-6789.");
    expect_spec("mask:char=#,keep=4", "SSN 219-45-6789.", "SSN ###-##-6789.");
    pii_ctx *ctx = new_ctx();
    pii_operator op = {PII_OP_MASK, NULL, "x", 4, 0};
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_US_SSN, &op), PII_OK);
    expect(ctx, "SSN 219-45-6789, card 4111-1111-1102-3456",
           "SSN xxx-xx-6789, card [CREDIT_CARD]");
    pii_ctx_free(ctx);
}
END_TEST

/* Mask keeps the code-point count, with any mask character, and keeps
 * every separator where it was. */
START_TEST(test_mask_multibyte_char)
{
    static const struct {
        const char *prefix, *value, *suffix;
    } cases[] = {
        {"SSN ", "219-45-6789", "."},
        {"card ", "4111 1111 1111 1111", " ok"},
        {"mail ", "zoe.lefevre@example.fr", " now"},
        {"IBAN ", "FR76 3000 6000 0112 3456 7890 189", "."},
        {"mac ", "00:1A:2B:3C:4D:5E", "\n"},
        {"scan:\n", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                    "L898902C36UTO7408122F1204159ZE184226B<<<<<10", "\nend"},
    };
    static const char *const chars[] = {"\xe2\x80\xa2" /* • */, "\xc3\x97" /* × */,
                                        "\xf0\x9f\x94\x92" /* 🔒 */};
    static const uint32_t cps[] = {0x2022, 0xD7, 0x1F512};
    for (size_t c = 0; c < N_ELEMS(chars); c++) {
        pii_ctx *ctx = new_ctx();
        pii_operator op = {PII_OP_MASK, NULL, chars[c], 0, 0};
        ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, &op), PII_OK);
        for (size_t i = 0; i < N_ELEMS(cases); i++) {
            char *rep = replacement_of(ctx, cases[i].prefix, cases[i].value, cases[i].suffix);
            uint32_t a[256], b[256];
            size_t na = decode(cases[i].value, a, 256), nb = decode(rep, b, 256);
            ck_assert_msg(na == nb, "'%s' has %zu code points, its mask '%s' %zu", cases[i].value,
                          na, rep, nb);
            for (size_t k = 0; k < na; k++) {
                if (is_alnum_ascii(a[k]))
                    ck_assert_msg(b[k] == cps[c], "'%s' -> '%s': position %zu not masked",
                                  cases[i].value, rep, k);
                else
                    ck_assert_msg(b[k] == a[k], "'%s' -> '%s': separator %zu changed",
                                  cases[i].value, rep, k);
            }
            ck_assert_uint_gt(strlen(rep), strlen(cases[i].value)); /* multibyte: longer */
            free(rep);
        }
        pii_ctx_free(ctx);
    }
    /* the spec form, with keep */
    expect_spec("mask:char=\xe2\x80\xa2,keep=4", "SSN 219-45-6789.",
                "SSN \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2-\xe2\x80\xa2\xe2\x80\xa2-6789.");
}
END_TEST

START_TEST(test_mask_email_keeps_at_and_dots)
{
    expect_spec("mask", "mail john.doe@example.com now", "mail ****.***@*******.*** now");
    expect_spec("mask", "to <a.b-c@mail.example.org>", "to <*.*-*@****.*******.***>");
    pii_ctx *ctx = ctx_with("mask");
    char *rep = replacement_of(ctx, "mail ", "priya.raman@example.com", " ok");
    ck_assert_str_eq(rep, "*****.*****@*******.***");
    free(rep);
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* remove, keep                                                             */
/* ------------------------------------------------------------------------ */

START_TEST(test_remove)
{
    expect_spec("remove", "SSN 219-45-6789.", "SSN .");
    expect_spec("remove", "a 4111 1111 1111 1111 b john.doe@example.com c", "a  b  c");
    pii_ctx *ctx = new_ctx();
    pii_operator op = {PII_OP_REMOVE, NULL, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_EMAIL_ADDRESS, &op), PII_OK);
    expect(ctx, "SSN 219-45-6789 mail john.doe@example.com.", "SSN [US_SSN] mail .");
    pii_ctx_free(ctx);
}
END_TEST

START_TEST(test_keep)
{
    static const char in[] = "SSN 219-45-6789, card 4111 1111 1111 1111, mail john.doe@example.com";
    pii_ctx *ctx = ctx_with("keep");
    result r = redact(ctx, in);
    ck_assert_str_eq(r.text, in);
    /* findings are still reported, with their spans */
    ck_assert_uint_eq(r.nf, 3);
    ck_assert_int_eq(r.f[0].entity, PII_US_SSN);
    ck_assert_uint_eq(r.f[0].start, 4);
    ck_assert_uint_eq(r.f[0].end, 15);
    ck_assert_int_eq(r.f[1].entity, PII_CREDIT_CARD);
    ck_assert_str_eq(r.f[1].subtype, "VISA");
    ck_assert_int_eq(r.f[2].entity, PII_EMAIL_ADDRESS);
    ck_assert_uint_eq(r.f[2].end, sizeof in - 1);
    result_free(&r);
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* hash                                                                     */
/* ------------------------------------------------------------------------ */

/* Without a key the stream call fails with PII_ERR_STAGE, having written
 * nothing of the value, and the session stays failed until reset. */
START_TEST(test_hash_requires_key)
{
    static const char in[] = "hello, SSN 219-45-6789 and card 4111 1111 1111 1111, bye";
    pii_ctx *ctx = new_ctx();
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "hash"), PII_OK);

    /* one-shot */
    char out[1024];
    ck_assert_int_eq(pii_redact(ctx, in, sizeof in - 1, out, sizeof out), PII_ERR_STAGE);

    /* streaming, in chunks of 3 bytes, output 5 bytes at a time */
    char got[1024];
    size_t gn = 0, off = 0;
    int64_t rc = 0;
    while (rc >= 0 && off < sizeof in - 1) {
        size_t len = sizeof in - 1 - off < 3 ? sizeof in - 1 - off : 3;
        pii_in_buffer ib = {in + off, len, 0};
        pii_directive d = off + len == sizeof in - 1 ? PII_END : PII_CONTINUE;
        do {
            pii_out_buffer ob = {got + gn, 5, 0};
            rc = pii_redact_stream(ctx, &ob, &ib, d);
            gn += ob.pos;
        } while (rc >= 0 && (ib.pos < ib.size || (d == PII_END && rc > 0)));
        off += ib.pos;
    }
    ck_assert_int_eq(rc, PII_ERR_STAGE);
    /* written: at most the text before the first finding */
    ck_assert_uint_le(gn, 11);
    ck_assert_mem_eq(got, in, gn);

    char buf[64];
    for (int k = 0; k < 3; k++) {
        pii_in_buffer ib = {in, sizeof in - 1, 0};
        pii_out_buffer ob = {buf, sizeof buf, 0};
        ck_assert_int_eq(pii_redact_stream(ctx, &ob, &ib, k == 2 ? PII_END : PII_CONTINUE),
                         PII_ERR_SESSION);
        ck_assert_uint_eq(ob.pos, 0);
        ck_assert_uint_eq(ib.pos, 0);
    }
    /* with a key, after a reset, it works */
    ck_assert_int_eq(pii_ctx_reset(ctx), PII_OK);
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, 32), PII_OK);
    result r = redact(ctx, in);
    ck_assert_uint_eq(r.nf, 2);
    ck_assert_ptr_null(strstr(r.text, "6789"));
    ck_assert_ptr_nonnull(strstr(r.text, "[US_SSN:"));
    result_free(&r);
    pii_ctx_free(ctx);
}
END_TEST

START_TEST(test_hash_key_args)
{
    pii_ctx *ctx = new_ctx();
    char k64[65];
    memset(k64, 'k', sizeof k64);
    ck_assert_int_eq(pii_ctx_set_hash_key(NULL, KEY, 32), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, NULL, 32), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, 15), PII_ERR_INVALID_ARG);
    ck_assert_str_ne(pii_ctx_error(ctx), "");
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, k64, 65), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, 0), PII_ERR_INVALID_ARG);
    /* a rejected key does not count as a key */
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "hash"), PII_OK);
    char out[256];
    ck_assert_int_eq(pii_redact(ctx, "SSN 219-45-6789", 15, out, sizeof out), PII_ERR_STAGE);
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, 16), PII_OK);
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, k64, 64), PII_OK);
    ck_assert_int_ge(pii_redact(ctx, "SSN 219-45-6789", 15, out, sizeof out), 0);
    pii_ctx_free(ctx);
}
END_TEST

/* The token for one value in "<prefix><value><suffix>" with spec and key. */
static char *token(const char *spec, const char *key, size_t keylen, const char *prefix,
                   const char *value)
{
    pii_ctx *ctx = new_ctx();
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, key, keylen), PII_OK);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, spec), PII_OK);
    char *rep = replacement_of(ctx, prefix, value, " end");
    pii_ctx_free(ctx);
    return rep;
}

START_TEST(test_hash_format_and_canonical)
{
    char *a = token("hash", KEY, 32, "card ", "4111 1111 1111 1111");
    char *b = token("hash", KEY, 32, "card ", "4111-1111-1111-1111");
    char *c = token("hash", KEY, 32, "card ", "4111111111111111");
    char *h = token_hex(a, "CREDIT_CARD", 16);
    ck_assert_str_eq(a, b);
    ck_assert_str_eq(a, c);
    free(h);
    free(a);
    free(b);
    free(c);

    /* other entities: canonical forms agree */
    static const struct {
        const char *entity, *prefix, *v1, *v2;
    } same[] = {
        {"US_SSN", "SSN ", "219-45-6789", "219 45 6789"},
        {"EMAIL_ADDRESS", "mail ", "John.Doe@Example.COM", "john.doe@example.com"},
        {"IP_ADDRESS", "ip ", "2001:db8::1", "2001:0db8:0:0:0:0:0:1"},
        {"MAC_ADDRESS", "mac ", "00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e"},
        {"PHONE_NUMBER", "call me at ", "+1 212-555-0187", "(212) 555-0187"},
        {"PHONE_NUMBER", "?phone=", "%2B442079460958", "+442079460958"},
        {"EMAIL_ADDRESS", "?to=", "Alice%2Bx%40Example.org", "alice+x@example.org"},
        {"IBAN_CODE", "IBAN ", "DE89 3704 0044 0532 0130 00", "DE89370400440532013000"},
    };
    for (size_t i = 0; i < N_ELEMS(same); i++) {
        char *x = token("hash", KEY, 32, same[i].prefix, same[i].v1);
        char *y = token("hash", KEY, 32, same[i].prefix, same[i].v2);
        free(token_hex(x, same[i].entity, 16));
        ck_assert_msg(strcmp(x, y) == 0, "'%s' -> %s but '%s' -> %s", same[i].v1, x, same[i].v2,
                      y);
        free(x);
        free(y);
    }
}
END_TEST

START_TEST(test_hash_distinguishes)
{
    char *a = token("hash", KEY, 32, "card ", "4111 1111 1111 1111");
    char *k2 = token("hash", KEY2, 32, "card ", "4111 1111 1111 1111");
    char *k16 = token("hash", KEY, 16, "card ", "4111 1111 1111 1111"); /* a prefix of KEY */
    char *v2 = token("hash", KEY, 32, "card ", "5425 2334 3010 9903");
    char *v3 = token("hash", KEY, 32, "card ", "4111 1111 1102 3456");
    ck_assert_str_ne(a, k2);
    ck_assert_str_ne(a, k16);
    ck_assert_str_ne(a, v2);
    ck_assert_str_ne(a, v3);
    ck_assert_str_ne(v2, v3);
    free(a);
    free(k2);
    free(k16);
    free(v2);
    free(v3);
    /* SSNs differing in one digit */
    char *s1 = token("hash", KEY, 32, "SSN ", "219-45-6789");
    char *s2 = token("hash", KEY, 32, "SSN ", "219-45-6788");
    ck_assert_str_ne(s1, s2);
    free(s1);
    free(s2);
}
END_TEST

START_TEST(test_hash_hex_lengths)
{
    static const struct {
        const char *spec;
        size_t hex;
    } cases[] = {{"hash", 16}, {"hash:hex=32", 32}, {"hash:hex=8", 8}, {"hash:hex=64", 64}};
    char *full = token("hash:hex=64", KEY, 32, "SSN ", "219-45-6789");
    char *fh = token_hex(full, "US_SSN", 64);
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        char *t = token(cases[i].spec, KEY, 32, "SSN ", "219-45-6789");
        char *h = token_hex(t, "US_SSN", cases[i].hex);
        /* shorter tokens are prefixes of the full MAC */
        ck_assert_msg(strncmp(h, fh, cases[i].hex) == 0, "%s: %s is not a prefix of %s",
                      cases[i].spec, h, fh);
        free(h);
        free(t);
    }
    free(fh);
    free(full);
    /* struct form, and a custom format */
    pii_ctx *ctx = new_ctx();
    ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, 32), PII_OK);
    pii_operator op = {PII_OP_HASH, "<{entity}/{subtype}/{hash}>", NULL, 0, 32};
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, &op), PII_OK);
    char *rep = replacement_of(ctx, "card ", "4111 1111 1111 1111", ".");
    ck_assert_uint_eq(strlen(rep), strlen("<CREDIT_CARD/VISA/>") + 32);
    ck_assert_mem_eq(rep, "<CREDIT_CARD/VISA/", 18);
    free(rep);
    pii_ctx_free(ctx);
}
END_TEST

/* Two contexts on two rulesets (as two runs would have) give the same
 * tokens for the same text and key. */
START_TEST(test_hash_deterministic_across_contexts)
{
    static const char in[] = "SSN 219-45-6789, card 4111 1111 1111 1111, mail a.b@example.com, "
                             "ip 198.51.100.23, IBAN DE89 3704 0044 0532 0130 00";
    pii_builder *b = pii_builder_new();
    pii_ruleset *rs2 = NULL;
    ck_assert_int_eq(pii_builder_build(b, &rs2), PII_OK);
    pii_builder_free(b);
    pii_ctx *c1 = ctx_with("hash");
    pii_ctx *c2 = pii_ctx_new(rs2);
    ck_assert_ptr_nonnull(c2);
    ck_assert_int_eq(pii_ctx_set_hash_key(c2, KEY, 32), PII_OK);
    ck_assert_int_eq(pii_ctx_set_operator_spec(c2, PII_ALL_ENTITIES, "hash"), PII_OK);
    result r1 = redact(c1, in), r2 = redact(c2, in), r3 = redact(c1, in);
    ck_assert_uint_eq(r1.nf, 5);
    ck_assert_str_eq(r1.text, r2.text);
    ck_assert_str_eq(r1.text, r3.text);
    ck_assert_ptr_null(strstr(r1.text, "6789"));
    result_free(&r1);
    result_free(&r2);
    result_free(&r3);
    pii_ctx_free(c1);
    pii_ctx_free(c2);
    pii_ruleset_free(rs2);
}
END_TEST

/* The token is HMAC-SHA-256 under the caller's key (computed here with
 * libsodium over the entity name, a NUL and the canonical value, as
 * lib/redact.c documents).  Pinning it keeps tokens stable across releases:
 * users join records on them. */
START_TEST(test_hash_is_keyed_hmac)
{
    ck_assert_int_ge(sodium_init(), 0);
    static const struct {
        const char *entity, *prefix, *value, *canonical;
    } cases[] = {
        {"CREDIT_CARD", "card ", "4111 1111 1111 1111", "4111111111111111"},
        {"US_SSN", "SSN ", "219-45-6789", "219456789"},
        {"EMAIL_ADDRESS", "mail ", "John.Doe@Example.com", "john.doe@example.com"},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        crypto_auth_hmacsha256_state st;
        uint8_t mac[crypto_auth_hmacsha256_BYTES];
        crypto_auth_hmacsha256_init(&st, (const uint8_t *)KEY, 32);
        crypto_auth_hmacsha256_update(&st, (const uint8_t *)cases[i].entity,
                                      strlen(cases[i].entity) + 1);
        crypto_auth_hmacsha256_update(&st, (const uint8_t *)cases[i].canonical,
                                      strlen(cases[i].canonical));
        crypto_auth_hmacsha256_final(&st, mac);
        char want[80];
        int w = snprintf(want, sizeof want, "[%s:", cases[i].entity);
        for (int k = 0; k < 8; k++)
            w += snprintf(want + w, sizeof want - (size_t)w, "%02x", mac[k]);
        snprintf(want + w, sizeof want - (size_t)w, "]");
        char *t = token("hash", KEY, 32, cases[i].prefix, cases[i].value);
        ck_assert_str_eq(t, want);
        free(t);
    }
}
END_TEST

/* ------------------------------------------------------------------------ */
/* per-entity and all-entity operators                                      */
/* ------------------------------------------------------------------------ */

START_TEST(test_operator_precedence_later_wins)
{
    static const char in[] = "SSN 219-45-6789, card 4111-1111-1102-3456";
    pii_ctx *ctx = ctx_with(NULL);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "mask:keep=4"), PII_OK);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_US_SSN, "tag"), PII_OK);
    expect(ctx, in, "SSN [US_SSN], card ****-****-****-3456");
    /* all-entities set later overrides the per-entity one */
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "remove"), PII_OK);
    expect(ctx, in, "SSN , card ");
    /* and a per-entity one set after that wins again */
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_CREDIT_CARD, "mask"), PII_OK);
    expect(ctx, in, "SSN , card ****-****-****-****");
    pii_operator keep = {PII_OP_KEEP, NULL, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_US_SSN, &keep), PII_OK);
    expect(ctx, in, "SSN 219-45-6789, card ****-****-****-****");
    /* the same entity set twice: the second setting */
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_US_SSN, "tag:format=A"), PII_OK);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_US_SSN, "tag:format=B"), PII_OK);
    expect(ctx, in, "SSN B, card ****-****-****-****");
    /* operators belong to the context, not the ruleset */
    pii_ctx *other = new_ctx();
    expect(other, in, "SSN [US_SSN], card [CREDIT_CARD]");
    pii_ctx_free(other);
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* setter errors                                                            */
/* ------------------------------------------------------------------------ */

START_TEST(test_spec_errors)
{
    static const char secret[] = "SSN 219-45-6789 mail john.doe@example.com";
    static const char *const bad[] = {
        "",
        "bogus",
        "tags",
        "mask;keep=4",
        "mask:keep",
        "mask:keep=",
        "mask:keep=x",
        "mask:keep=-1",
        "mask:keep=4x",
        "mask:keep=65",
        "mask:keep=99999",
        "mask:char=ab",
        "mask:char=",
        "mask:char=\x01",
        "mask:char=\x7f",
        "mask:char=\xff",
        "mask:char=\xe2\x80", /* truncated UTF-8 */
        "mask:char=\xe2\x80\xa2\xe2\x80\xa2",
        "hash:hex=7",
        "hash:hex=65",
        "hash:hex=abc",
        "hash:hex=",
        "tag:color=red",
        "tag:=x",
        ("tag:format=0123456789012345678901234567890123456789012345678901234567890123456789"
         "012345678901234567890123456789012345678901234567890123456789X"), /* > 128 bytes */
    };
    pii_ctx *ctx = ctx_with("mask:keep=4");
    expect(ctx, secret, "SSN ***-**-6789 mail ****.***@******e.com");
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        int rc = pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, bad[i]);
        ck_assert_msg(rc == PII_ERR_INVALID_ARG, "spec '%s': %s, expected PII_ERR_INVALID_ARG",
                      bad[i], pii_error_name(rc));
        const char *msg = pii_ctx_error(ctx);
        ck_assert_msg(msg && msg[0], "spec '%s': no message", bad[i]);
        ck_assert_msg(!strstr(msg, "219") && !strstr(msg, "6789") && !strstr(msg, "john"),
                      "spec '%s': message '%s' holds input text", bad[i], msg);
        rc = pii_ctx_set_operator_spec(ctx, PII_US_SSN, bad[i]);
        ck_assert_int_eq(rc, PII_ERR_INVALID_ARG);
    }
    /* nothing changed */
    expect(ctx, secret, "SSN ***-**-6789 mail ****.***@******e.com");
    /* a good call clears the message */
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "tag"), PII_OK);
    ck_assert_str_eq(pii_ctx_error(ctx), "");
    /* the longest format that is allowed */
    char fmt[160];
    memset(fmt, 'f', sizeof fmt);
    memcpy(fmt, "tag:format=", 11);
    fmt[11 + 128] = '\0';
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, fmt), PII_OK);

    /* other argument errors */
    ck_assert_int_eq(pii_ctx_set_operator_spec(NULL, PII_ALL_ENTITIES, "tag"), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ENTITY_BUILTIN_COUNT, "tag"),
                     PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, -2, "tag"), PII_ERR_UNKNOWN_ENTITY);
    pii_ctx_free(ctx);
}
END_TEST

/* The spec grammar: "op" or "op:key=value[,key=value...]", a format value
 * running to the end.  A ':' with no option after it and empty items
 * (",,", a leading or trailing ',') are malformed, from the context and
 * from the builder alike; the message says so without quoting the spec. */
START_TEST(test_spec_syntax)
{
    static const char secret[] = "SSN 219-45-6789 mail john.doe@example.com";
    static const struct {
        const char *spec;
        const char *says; /* in the message */
    } bad[] = {
        {"mask:", "after ':'"},
        {"tag:", "after ':'"},
        {"hash:", "after ':'"},
        {"remove:", "after ':'"},
        {"keep:", "after ':'"},
        {"mask:char=*,", "','"},
        {"mask:keep=4,", "','"},
        {"mask:keep=4,char=#,", "','"},
        {"hash:hex=32,", "','"},
        {"mask:,", "','"},
        {"mask:,,", "','"},
        {"mask:,keep=4", "','"},
        {"mask:keep=4,,char=#", "','"},
        {"mask:keep=4,,", "','"},
        {"mask:keep=4,,format=x", "','"},
        {",,", "unknown operator"},
        {"mask,,", "unknown operator"},
    };
    pii_ctx *ctx = ctx_with("mask:keep=4");
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        const char *spec = bad[i].spec;
        int rc = pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, spec);
        ck_assert_msg(rc == PII_ERR_INVALID_ARG, "spec '%s': %s, expected PII_ERR_INVALID_ARG",
                      spec, pii_error_name(rc));
        const char *msg = pii_ctx_error(ctx);
        ck_assert_msg(strstr(msg, bad[i].says), "spec '%s': message '%s' lacks \"%s\"", spec, msg,
                      bad[i].says);
        ck_assert_msg(!strstr(msg, spec), "spec '%s': message '%s' quotes it", spec, msg);
        ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_US_SSN, spec), PII_ERR_INVALID_ARG);

        rc = pii_builder_set_operator_spec(b, PII_ALL_ENTITIES, spec);
        ck_assert_msg(rc == PII_ERR_INVALID_ARG, "builder spec '%s': %s", spec, pii_error_name(rc));
        msg = pii_builder_error(b);
        ck_assert_msg(strstr(msg, bad[i].says), "builder spec '%s': message '%s' lacks \"%s\"",
                      spec, msg, bad[i].says);
        ck_assert_msg(!strstr(msg, spec), "builder spec '%s': message '%s' quotes it", spec, msg);
    }
    /* the rejected specs changed nothing */
    expect(ctx, secret, "SSN ***-**-6789 mail ****.***@******e.com");

    /* every valid form still works */
    static const struct {
        const char *spec;
        const char *want;
    } good[] = {
        {"tag", "SSN [US_SSN] mail [EMAIL_ADDRESS]"},
        {"tag:format=<{entity}>", "SSN <US_SSN> mail <EMAIL_ADDRESS>"},
        /* a format runs to the end: its commas, even a last one, are text */
        {"tag:format={entity},{subtype},", "SSN US_SSN,, mail EMAIL_ADDRESS,,"},
        {"tag:format=,", "SSN , mail ,"},
        {"mask", "SSN ***-**-**** mail ****.***@*******.***"},
        {"mask:keep=4", "SSN ***-**-6789 mail ****.***@******e.com"},
        {"mask:char=#", "SSN ###-##-#### mail ####.###@#######.###"},
        {"mask:keep=4,char=#", "SSN ###-##-6789 mail ####.###@######e.com"},
        {"mask:char=#,keep=4", "SSN ###-##-6789 mail ####.###@######e.com"},
        {"mask:keep=0", "SSN ***-**-**** mail ****.***@*******.***"},
        {"remove", "SSN  mail "},
        {"keep", secret},
        {"hash", NULL},
        {"hash:hex=32", NULL},
        {"hash:hex=8,format=<{hash}>", NULL},
    };
    for (size_t i = 0; i < N_ELEMS(good); i++) {
        const char *spec = good[i].spec;
        int rc = pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, spec);
        ck_assert_msg(rc == PII_OK, "spec '%s' rejected: %s", spec, pii_ctx_error(ctx));
        ck_assert_str_eq(pii_ctx_error(ctx), "");
        if (good[i].want)
            expect(ctx, secret, good[i].want);
        rc = pii_builder_set_operator_spec(b, PII_ALL_ENTITIES, spec);
        ck_assert_msg(rc == PII_OK, "builder spec '%s' rejected: %s", spec, pii_builder_error(b));
    }
    /* hash token shapes of the last ones */
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "hash:hex=8,format=<{hash}>"),
                     PII_OK);
    char *rep = replacement_of(ctx, "SSN ", "219-45-6789", " end");
    ck_assert_uint_eq(strlen(rep), 10);
    ck_assert(rep[0] == '<' && rep[9] == '>');
    free(rep);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "hash:hex=32"), PII_OK);
    rep = replacement_of(ctx, "SSN ", "219-45-6789", " end");
    free(token_hex(rep, "US_SSN", 32));
    free(rep);

    /* defaults set on the builder reach its contexts */
    pii_builder_free(b);
    b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    ck_assert_int_eq(pii_builder_set_operator_spec(b, PII_ALL_ENTITIES, "mask:keep=4,char=#"),
                     PII_OK);
    ck_assert_int_eq(pii_builder_set_operator_spec(b, PII_EMAIL_ADDRESS, "tag:format=<{entity}>,"),
                     PII_OK);
    ck_assert_int_eq(pii_builder_set_operator_spec(b, PII_US_SSN, "mask:"), PII_ERR_INVALID_ARG);
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_ctx *bctx = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(bctx);
    expect(bctx, secret, "SSN ###-##-6789 mail <EMAIL_ADDRESS>,");
    pii_ctx_free(bctx);
    pii_ruleset_free(rs);
    pii_builder_free(b);
    pii_ctx_free(ctx);
}
END_TEST

START_TEST(test_struct_errors)
{
    pii_ctx *ctx = ctx_with("mask:keep=4");
    char longfmt[200];
    memset(longfmt, 'f', sizeof longfmt - 1);
    longfmt[sizeof longfmt - 1] = '\0';
    const pii_operator bad[] = {
        {(pii_op)5, NULL, NULL, 0, 0},
        {(pii_op)-1, NULL, NULL, 0, 0},
        {PII_OP_MASK, NULL, NULL, 65, 0},
        {PII_OP_MASK, NULL, "ab", 0, 0},
        {PII_OP_MASK, NULL, "", 0, 0},
        {PII_OP_MASK, NULL, "\n", 0, 0},
        {PII_OP_MASK, NULL, "\xc3", 0, 0},
        {PII_OP_HASH, NULL, NULL, 0, 7},
        {PII_OP_HASH, NULL, NULL, 0, 65},
        {PII_OP_TAG, longfmt, NULL, 0, 0},
    };
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        int rc = pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, &bad[i]);
        ck_assert_msg(rc == PII_ERR_INVALID_ARG, "operator %zu: %s", i, pii_error_name(rc));
        ck_assert_str_ne(pii_ctx_error(ctx), "");
    }
    expect(ctx, "SSN 219-45-6789", "SSN ***-**-6789");
    pii_operator ok = {PII_OP_TAG, NULL, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(NULL, PII_ALL_ENTITIES, &ok), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_operator(ctx, 99, &ok), PII_ERR_UNKNOWN_ENTITY);
    pii_ctx_free(ctx);
}
END_TEST

/* Operators are parameters of a stream: they cannot change while a session
 * is open, and a rejected change does not affect the session. */
START_TEST(test_operators_locked_during_session)
{
    static const char in[] = "SSN 219-45-6789 and more text after it, mail john.doe@example.com";
    pii_ctx *ctx = ctx_with("mask:keep=4");
    char out[512];
    pii_in_buffer ib = {in, 10, 0};
    pii_out_buffer ob = {out, sizeof out, 0};
    ck_assert_int_ge(pii_redact_stream(ctx, &ob, &ib, PII_CONTINUE), 0);

    pii_operator tag = {PII_OP_TAG, NULL, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, &tag), PII_ERR_STAGE);
    ck_assert_str_ne(pii_ctx_error(ctx), "");
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_US_SSN, &tag), PII_ERR_STAGE);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "remove"), PII_ERR_STAGE);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_EMAIL_ADDRESS, "keep"), PII_ERR_STAGE);

    ib.size = sizeof in - 1;
    ck_assert_int_eq(pii_redact_stream(ctx, &ob, &ib, PII_END), 0);
    out[ob.pos] = '\0';
    ck_assert_str_eq(out, "SSN ***-**-6789 and more text after it, mail ****.***@******e.com");

    /* after END the session is closed: changes are allowed again */
    ck_assert_int_eq(pii_ctx_set_operator(ctx, PII_ALL_ENTITIES, &tag), PII_OK);
    expect(ctx, in, "SSN [US_SSN] and more text after it, mail [EMAIL_ADDRESS]");

    /* and after a reset of an open session */
    ib = (pii_in_buffer){in, 10, 0};
    ob = (pii_out_buffer){out, sizeof out, 0};
    ck_assert_int_ge(pii_scan_stream(ctx, &ib, PII_CONTINUE), 0);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "remove"), PII_ERR_STAGE);
    ck_assert_int_eq(pii_ctx_reset(ctx), PII_OK);
    ck_assert_int_eq(pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "remove"), PII_OK);
    expect(ctx, in, "SSN  and more text after it, mail ");
    pii_ctx_free(ctx);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Suite                                                                    */
/* ------------------------------------------------------------------------ */

static Suite *redact_suite(void)
{
    Suite *s = suite_create("redact");
    struct {
        const char *name;
        const TTest *tests[10];
    } cases[] = {
        {"tag", {test_tag_default, test_tag_format}},
        {"mask", {test_mask_all, test_mask_keep_last, test_mask_multibyte_char,
                  test_mask_email_keeps_at_and_dots}},
        {"remove_keep", {test_remove, test_keep}},
        {"hash", {test_hash_requires_key, test_hash_key_args, test_hash_format_and_canonical,
                  test_hash_distinguishes, test_hash_hex_lengths,
                  test_hash_deterministic_across_contexts, test_hash_is_keyed_hmac}},
        {"precedence", {test_operator_precedence_later_wins}},
        {"errors", {test_spec_errors, test_spec_syntax, test_struct_errors,
                    test_operators_locked_during_session}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        for (size_t j = 0; j < N_ELEMS(cases[i].tests) && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    pii_builder *b = pii_builder_new();
    if (!b || pii_builder_build(b, &RS) != PII_OK) {
        fprintf(stderr, "cannot build the default ruleset\n");
        return EXIT_FAILURE;
    }
    pii_builder_free(b);
    int failed = check_run(redact_suite());
    pii_ruleset_free(RS);
    return check_status(failed);
}
