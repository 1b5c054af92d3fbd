/*
 * test_misuse.c - API misuse, in the style of Hyperscan's argument checks:
 * every public function of include/pii.h with NULL and out-of-range
 * arguments, and called in the wrong order or from inside a callback,
 * returns an error (or the documented neutral value) and never crashes; a
 * rejected call changes nothing.
 *
 * test_every_function_covered reads include/pii.h and this file and fails
 * when a PII_API function is not exercised here, so a new function needs its
 * misuse checks before it ships.
 */
#include <check.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

static const char SSN_TEXT[] = "employee SSN 536-22-1234, card 4111 1111 1111 1111.";
static const char KEY[32] = "0123456789abcdef0123456789abcde";

/* ------------------------------------------------------------------------ */
/* Fixture: a default builder, ruleset and context for each test.  A checked */
/* fixture's teardown also runs after a failed test (CK_FORK=no), so a       */
/* failure leaks nothing that ASan or Valgrind would then report.           */
/* ------------------------------------------------------------------------ */

static pii_builder *B;
static pii_ruleset *RS;
static pii_ctx *CTX;

static void setup(void)
{
    B = pii_builder_new();
    ck_assert_ptr_nonnull(B);
    ck_assert_int_eq(pii_builder_build(B, &RS), PII_OK);
    CTX = pii_ctx_new(RS);
    ck_assert_ptr_nonnull(CTX);
}

static void teardown(void)
{
    pii_ctx_free(CTX);
    pii_ruleset_free(RS);
    pii_builder_free(B);
    CTX = NULL;
    RS = NULL;
    B = NULL;
}

/* Redact text with ctx in one shot into a static buffer; returns its length
 * or the error. */
static char REDACTED[4096];
static int64_t redact(pii_ctx *ctx, const char *text)
{
    memset(REDACTED, 0, sizeof REDACTED);
    return pii_redact(ctx, text, strlen(text), REDACTED, sizeof REDACTED - 1);
}

/* The default redaction of SSN_TEXT. */
static const char SSN_TAGGED[] = "employee SSN [US_SSN], card [CREDIT_CARD].";

static void assert_default_redaction(pii_ctx *ctx)
{
    int64_t n = redact(ctx, SSN_TEXT);
    ck_assert_msg(n > 0, "pii_redact: %s", pii_error_name((int)n));
    ck_assert_str_eq(REDACTED, SSN_TAGGED);
}

/* ------------------------------------------------------------------------ */
/* Versions, errors, entities                                               */
/* ------------------------------------------------------------------------ */

START_TEST(test_version_and_error_strings)
{
    ck_assert_uint_gt(pii_version_number(), 0);
    ck_assert_ptr_nonnull(pii_version_string());
    static const int codes[] = {INT_MIN, INT_MIN + 1, -1000, -16, -15, -1, 0, 1, 2, 100, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(codes); i++) {
        const char *name = pii_error_name(codes[i]), *msg = pii_error_message(codes[i]);
        ck_assert_msg(name && *name, "pii_error_name(%d) NULL or empty", codes[i]);
        ck_assert_msg(msg && *msg, "pii_error_message(%d) NULL or empty", codes[i]);
    }
}
END_TEST

START_TEST(test_entity_lookup_args)
{
    static const int bad[] = {-1, PII_ALL_ENTITIES, PII_ENTITY_BUILTIN_COUNT, 99, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_ptr_null(pii_entity_name(bad[i]));
    ck_assert_int_eq(pii_entity_from_name(NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_entity_from_name(""), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_entity_from_name(" US_SSN"), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_entity_from_name("US_SSN,US_ITIN"), PII_ERR_UNKNOWN_ENTITY);
    char longname[2000];
    memset(longname, 'A', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    ck_assert_int_eq(pii_entity_from_name(longname), PII_ERR_UNKNOWN_ENTITY);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Validators                                                               */
/* ------------------------------------------------------------------------ */

START_TEST(test_validate_args)
{
    static const int bad[] = {-1, PII_ENTITY_BUILTIN_COUNT, 1000, INT_MIN, INT_MAX};
    const char *card = "4111111111111111";
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ck_assert_int_eq(pii_validate(bad[i], card, 16), PII_ERR_UNKNOWN_ENTITY);
        char sub[PII_SUBTYPE_MAX];
        memset(sub, 'Z', sizeof sub);
        ck_assert_int_eq(pii_validate_ex(bad[i], card, 16, sub), PII_ERR_UNKNOWN_ENTITY);
        for (size_t k = 0; k < sizeof sub; k++)
            ck_assert_msg(sub[k] == 'Z', "subtype changed on an error return");
        ck_assert_int_eq(pii_validate_ex(bad[i], card, 16, NULL), PII_ERR_UNKNOWN_ENTITY);
    }
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        ck_assert_int_eq(pii_validate(e, NULL, 5), PII_ERR_NULL);
        char sub[PII_SUBTYPE_MAX];
        memset(sub, 'Z', sizeof sub);
        ck_assert_int_eq(pii_validate_ex(e, NULL, 5, sub), PII_ERR_NULL);
        ck_assert_msg(sub[0] == 'Z', "subtype changed on an error return");
        /* nothing to validate: invalid (or a NULL error), never a crash */
        int r = pii_validate(e, NULL, 0);
        ck_assert_msg(r == 0 || r == PII_ERR_NULL, "pii_validate(%d, NULL, 0) = %d", e, r);
        ck_assert_int_eq(pii_validate(e, "", 0), 0);
        /* subtype may be NULL */
        ck_assert_int_eq(pii_validate_ex(e, card, 16, NULL), pii_validate(e, card, 16));
    }
    ck_assert_int_eq(pii_validate_ex(PII_CREDIT_CARD, card, 16, NULL), 1);
}
END_TEST

START_TEST(test_validate_named_args)
{
    ck_assert_int_eq(pii_validate_named(NULL, "4111111111111111", 16), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate_named("luhn", NULL, 16), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate_named(NULL, NULL, 0), PII_ERR_NULL);
    /* value NULL with len 0 is no error: nothing is valid */
    ck_assert_int_eq(pii_validate_named("luhn", NULL, 0), 0);
    static const char *const unknown[] = {"",      "luhn ",  " luhn",       "luhn\n", "lun",
                                          "luhn2", "US_SSN", "credit_card", "*",      "%s%s%n"};
    for (size_t i = 0; i < N_ELEMS(unknown); i++)
        ck_assert_msg(pii_validate_named(unknown[i], "4111111111111111", 16) == PII_ERR_UNSUPPORTED,
                      "validator name '%s' accepted", unknown[i]);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Builder and ruleset                                                      */
/* ------------------------------------------------------------------------ */

START_TEST(test_builder_null)
{
    pii_builder_free(NULL);
    ck_assert_int_eq(pii_builder_enable(NULL, PII_US_SSN), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_disable(NULL, PII_US_SSN), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_enable_all(NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_disable_all(NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_enable_names(NULL, "US_SSN"), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_disable_names(NULL, "US_SSN"), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_enable_names(B, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_disable_names(B, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_set_min_score(NULL, 0.5), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_set_context_window(NULL, 48), PII_ERR_NULL);
    pii_ruleset *rs = (pii_ruleset *)&rs; /* must be set to NULL */
    ck_assert_int_eq(pii_builder_build(NULL, &rs), PII_ERR_NULL);
    ck_assert_ptr_null(rs);
    ck_assert_int_eq(pii_builder_build(B, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_build(NULL, NULL), PII_ERR_NULL);
    ck_assert_ptr_nonnull(pii_builder_error(NULL));
}
END_TEST

START_TEST(test_builder_out_of_range)
{
    static const int bad[] = {-1, PII_ALL_ENTITIES, PII_ENTITY_BUILTIN_COUNT, 64, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ck_assert_int_eq(pii_builder_enable(B, bad[i]), PII_ERR_UNKNOWN_ENTITY);
        ck_assert_int_eq(pii_builder_disable(B, bad[i]), PII_ERR_UNKNOWN_ENTITY);
        ck_assert_str_ne(pii_builder_error(B), "");
    }
    static const double scores[] = {2.0, -0.1, 1.0000001, -0.0000001, 1e300, -1e300};
    for (size_t i = 0; i < N_ELEMS(scores); i++)
        ck_assert_msg(pii_builder_set_min_score(B, scores[i]) == PII_ERR_INVALID_ARG,
                      "min score %g accepted", scores[i]);
    ck_assert_int_eq(pii_builder_set_min_score(B, NAN), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_min_score(B, INFINITY), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_min_score(B, -INFINITY), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_context_window(B, 0), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_context_window(B, 1025), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_context_window(B, UINT_MAX), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_enable_names(B, "NOT_AN_ENTITY"), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_builder_disable_names(B, "US_SSN;US_ITIN"), PII_ERR_UNKNOWN_ENTITY);

    /* the rejected calls changed nothing: a build gives the defaults */
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(B, &rs), PII_OK);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
        ck_assert_int_eq(pii_ruleset_entity_enabled(rs, e), 1);
    pii_ctx *ctx = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(ctx);
    ck_assert_uint_eq(pii_ctx_holdback_max(ctx), pii_ctx_holdback_max(CTX));
    int64_t n = redact(ctx, SSN_TEXT);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    ck_assert_int_gt(n, 0);
    ck_assert_str_eq(REDACTED, SSN_TAGGED);

    /* the limits themselves are accepted */
    ck_assert_int_eq(pii_builder_set_min_score(B, 0.0), PII_OK);
    ck_assert_int_eq(pii_builder_set_min_score(B, 1.0), PII_OK);
    ck_assert_int_eq(pii_builder_set_context_window(B, 1), PII_OK);
    ck_assert_int_eq(pii_builder_set_context_window(B, 1024), PII_OK);
}
END_TEST

/* A ruleset does not change when its builder does, and outlives it. */
START_TEST(test_builder_reuse)
{
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    pii_ruleset *a = NULL, *c = NULL;
    ck_assert_int_eq(pii_builder_build(b, &a), PII_OK);
    ck_assert_int_eq(pii_builder_disable(b, PII_US_SSN), PII_OK);
    ck_assert_int_eq(pii_builder_build(b, &c), PII_OK);
    ck_assert_ptr_ne(a, c);
    pii_builder_free(b);
    ck_assert_int_eq(pii_ruleset_entity_enabled(a, PII_US_SSN), 1);
    ck_assert_int_eq(pii_ruleset_entity_enabled(c, PII_US_SSN), 0);
    pii_ctx *ctx = pii_ctx_new(a);
    ck_assert_ptr_nonnull(ctx);
    int64_t n = redact(ctx, SSN_TEXT);
    pii_ctx_free(ctx);
    pii_ruleset_free(a);
    pii_ruleset_free(c);
    ck_assert_int_gt(n, 0);
    ck_assert_str_eq(REDACTED, SSN_TAGGED);
}
END_TEST

START_TEST(test_ruleset_args)
{
    pii_ruleset_free(NULL);
    ck_assert_ptr_null(pii_ruleset_entity_name(NULL, PII_US_SSN));
    static const int bad[] = {-1, PII_ENTITY_BUILTIN_COUNT, 1000, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ck_assert_ptr_null(pii_ruleset_entity_name(RS, bad[i]));
        ck_assert_int_eq(pii_ruleset_entity_enabled(RS, bad[i]), PII_ERR_UNKNOWN_ENTITY);
    }
    ck_assert_int_eq(pii_ruleset_entity_enabled(NULL, PII_US_SSN), PII_ERR_NULL);
    ck_assert_str_eq(pii_ruleset_entity_name(RS, PII_US_SSN), "US_SSN");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Context and one-shot calls                                               */
/* ------------------------------------------------------------------------ */

START_TEST(test_ctx_args)
{
    ck_assert_ptr_null(pii_ctx_new(NULL));
    pii_ctx_free(NULL);
    ck_assert_ptr_nonnull(pii_ctx_error(NULL));
    ck_assert_str_eq(pii_ctx_error(CTX), "");
    size_t n = 99;
    ck_assert_ptr_null(pii_ctx_findings(NULL, &n));
    ck_assert_uint_eq(n, 0);
    pii_ctx_findings(NULL, NULL);
    n = 99;
    pii_ctx_findings(CTX, &n); /* before any scan */
    ck_assert_uint_eq(n, 0);
    pii_ctx_findings(CTX, NULL);
    ck_assert_int_eq(pii_ctx_set_callback(NULL, NULL, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_reset(NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_reset(CTX), PII_OK); /* no session: harmless */
    ck_assert_uint_eq(pii_ctx_holdback_max(NULL), 0);
    ck_assert_uint_gt(pii_ctx_holdback_max(CTX), 0);
    ck_assert_uint_eq(pii_redact_bound(NULL, 100), 0);
    /* the bound saturates instead of wrapping */
    ck_assert_uint_eq(pii_redact_bound(CTX, SIZE_MAX), SIZE_MAX);
    ck_assert_uint_ge(pii_redact_bound(CTX, SIZE_MAX / 2), SIZE_MAX / 2);
    ck_assert_uint_ge(pii_redact_bound(CTX, SIZE_MAX - 1), SIZE_MAX - 1);
    ck_assert_uint_ge(pii_redact_bound(CTX, 1000), 1000);
}
END_TEST

START_TEST(test_scan_args)
{
    ck_assert_int_eq(pii_scan(NULL, SSN_TEXT, strlen(SSN_TEXT), NULL, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_scan(CTX, NULL, 10, NULL, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_scan(CTX, NULL, 0, NULL, NULL), 0);
    ck_assert_int_eq(pii_scan(CTX, "", 0, NULL, NULL), 0);
    /* after the rejected calls the context scans normally */
    ck_assert_int_eq(pii_scan(CTX, SSN_TEXT, strlen(SSN_TEXT), NULL, NULL), 2);
}
END_TEST

START_TEST(test_redact_args)
{
    char dst[256];
    size_t len = strlen(SSN_TEXT);
    ck_assert_int_eq(pii_redact(NULL, SSN_TEXT, len, dst, sizeof dst), PII_ERR_NULL);
    ck_assert_int_eq(pii_redact(CTX, SSN_TEXT, len, NULL, sizeof dst), PII_ERR_NULL);
    ck_assert_int_eq(pii_redact(CTX, NULL, len, dst, sizeof dst), PII_ERR_NULL);
    ck_assert_int_eq(pii_redact(CTX, NULL, 0, dst, sizeof dst), 0);
    ck_assert_int_eq(pii_redact(CTX, "", 0, dst, 0), 0);
    /* too small: an error, and what was written holds no PII */
    size_t want = strlen(SSN_TAGGED);
    static const size_t caps[] = {0, 1, 13, 20, 30};
    for (size_t i = 0; i < N_ELEMS(caps); i++) {
        memset(dst, 0, sizeof dst);
        ck_assert_int_eq(pii_redact(CTX, SSN_TEXT, len, dst, caps[i]), PII_ERR_DST_TOO_SMALL);
        ck_assert_ptr_null(strstr(dst, "1234"));
        ck_assert_ptr_null(strstr(dst, "4111"));
    }
    ck_assert_int_eq(pii_redact(CTX, SSN_TEXT, len, dst, want - 1), PII_ERR_DST_TOO_SMALL);
    /* exactly enough room */
    ck_assert_int_eq(pii_redact(CTX, SSN_TEXT, len, dst, want), (int64_t)want);
    ck_assert_int_eq(memcmp(dst, SSN_TAGGED, want), 0);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Operators                                                                */
/* ------------------------------------------------------------------------ */

START_TEST(test_operator_args)
{
    pii_operator op = {PII_OP_MASK, NULL, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(NULL, PII_ALL_ENTITIES, &op), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, NULL), PII_ERR_NULL);
    static const int bad_entity[] = {-2, PII_ENTITY_BUILTIN_COUNT, 99, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(bad_entity); i++) {
        int rc = pii_ctx_set_operator(CTX, bad_entity[i], &op);
        ck_assert_msg(rc == PII_ERR_UNKNOWN_ENTITY || rc == PII_ERR_INVALID_ARG,
                      "set_operator(entity %d): %s", bad_entity[i], pii_error_name(rc));
        ck_assert_str_ne(pii_ctx_error(CTX), "");
        rc = pii_ctx_set_operator_spec(CTX, bad_entity[i], "mask");
        ck_assert_msg(rc == PII_ERR_UNKNOWN_ENTITY || rc == PII_ERR_INVALID_ARG,
                      "set_operator_spec(entity %d): %s", bad_entity[i], pii_error_name(rc));
    }

    pii_operator bad[16];
    size_t nbad = 0;
    char longfmt[200];
    memset(longfmt, 'f', sizeof longfmt - 1);
    longfmt[sizeof longfmt - 1] = '\0';
    longfmt[129] = '\0'; /* 129 bytes: one too many */
    bad[nbad++] = (pii_operator){(pii_op)99, NULL, NULL, 0, 0};
    bad[nbad++] = (pii_operator){(pii_op)-1, NULL, NULL, 0, 0};
    bad[nbad++] = (pii_operator){PII_OP_TAG, longfmt, NULL, 0, 0};
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, "", 0, 0};
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, "ab", 0, 0};
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, "\x01", 0, 0};
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, "\x7f", 0, 0};
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, "\xff", 0, 0};
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, "\xc3", 0, 0};         /* truncated */
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, "\xed\xa0\x80", 0, 0}; /* surrogate */
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, NULL, 65, 0};
    bad[nbad++] = (pii_operator){PII_OP_MASK, NULL, NULL, UINT_MAX, 0};
    bad[nbad++] = (pii_operator){PII_OP_HASH, NULL, NULL, 0, 7};
    bad[nbad++] = (pii_operator){PII_OP_HASH, NULL, NULL, 0, 65};
    bad[nbad++] = (pii_operator){PII_OP_HASH, NULL, NULL, 0, UINT_MAX};
    for (size_t i = 0; i < nbad; i++) {
        int rc = pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &bad[i]);
        ck_assert_msg(rc == PII_ERR_INVALID_ARG, "bad operator %zu accepted: %s", i,
                      pii_error_name(rc));
        ck_assert_msg(pii_ctx_error(CTX)[0] != '\0', "bad operator %zu: no message", i);
        rc = pii_ctx_set_operator(CTX, PII_US_SSN, &bad[i]);
        ck_assert_msg(rc == PII_ERR_INVALID_ARG, "bad operator %zu for one entity: %s", i,
                      pii_error_name(rc));
    }
    /* nothing changed: still the default tags */
    assert_default_redaction(CTX);

    /* the limits themselves are fine */
    longfmt[128] = '\0';
    pii_operator good[] = {
        {PII_OP_TAG, longfmt, NULL, 0, 0}, {PII_OP_MASK, NULL, "\xe2\x96\x88", 64, 0},
        {PII_OP_HASH, NULL, NULL, 0, 8},   {PII_OP_HASH, NULL, NULL, 0, 64},
        {PII_OP_REMOVE, NULL, NULL, 0, 0}, {PII_OP_KEEP, NULL, NULL, 0, 0},
    };
    for (size_t i = 0; i < N_ELEMS(good); i++)
        ck_assert_msg(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &good[i]) == PII_OK,
                      "good operator %zu rejected: %s", i, pii_ctx_error(CTX));
}
END_TEST

START_TEST(test_operator_spec_args)
{
    ck_assert_int_eq(pii_ctx_set_operator_spec(NULL, PII_ALL_ENTITIES, "mask"), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, NULL), PII_ERR_NULL);
    char longspec[300];
    snprintf(longspec, sizeof longspec, "tag:format=%0200d", 0);
    static const char *const bad[] = {
        "",
        "bogus",
        "TAG",
        "mask:keep",
        "mask:keep=",
        "mask:keep=x",
        "mask:keep=-1",
        "mask:keep=99999",
        "mask:keep=65",
        "mask:char=",
        "mask:char=toolong",
        "mask:char=\x01",
        "mask:char=\xff",
        "mask:foo=1",
        "mask:keep=4,,char=#",
        "hash:hex=7",
        "hash:hex=65",
        "hash:hex=",
        ":",
        "mask keep=4",
        "mask:keep=4 ",
        "remove:x=1",
        " tag",
        "tag ",
        "mask:%s%n=1",
    };
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        int rc = pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, bad[i]);
        ck_assert_msg(rc == PII_ERR_INVALID_ARG, "spec '%s' accepted: %s", bad[i],
                      pii_error_name(rc));
        ck_assert_msg(pii_ctx_error(CTX)[0] != '\0', "spec '%s': no message", bad[i]);
    }
    ck_assert_int_eq(pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, longspec),
                     PII_ERR_INVALID_ARG);
    assert_default_redaction(CTX);
}
END_TEST

START_TEST(test_hash_key_args)
{
    char key[100];
    memset(key, 'k', sizeof key);
    ck_assert_int_eq(pii_ctx_set_hash_key(NULL, key, 32), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_set_hash_key(CTX, NULL, 32), PII_ERR_NULL);
    static const size_t bad[] = {0, 1, 15, 65, 100};
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_int_eq(pii_ctx_set_hash_key(CTX, key, bad[i]), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_ctx_set_hash_key(CTX, key, SIZE_MAX), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_ctx_set_hash_key(CTX, key, 16), PII_OK);
    ck_assert_int_eq(pii_ctx_set_hash_key(CTX, key, 64), PII_OK);
}
END_TEST

/* Hashing without a key: an error (when the operator is set, or when it
 * would be used), never a fixed key, never the value. */
START_TEST(test_hash_without_key)
{
    int rc = pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, "hash");
    if (rc != PII_OK) {
        ck_assert_int_lt(rc, 0);
        return;
    }
    int64_t n = redact(CTX, SSN_TEXT);
    ck_assert_msg(n < 0, "hash without a key redacted: '%s'", REDACTED);
    ck_assert_ptr_null(strstr(REDACTED, "536-22-1234"));
    /* the stream fails closed too */
    char out[256];
    memset(out, 0, sizeof out);
    pii_in_buffer in = {SSN_TEXT, strlen(SSN_TEXT), 0};
    pii_out_buffer o = {out, sizeof out - 1, 0};
    int64_t r = pii_redact_stream(CTX, &o, &in, PII_END);
    ck_assert_int_lt(r, 0);
    ck_assert_ptr_null(strstr(out, "536-22-1234"));
    ck_assert_ptr_null(strstr(out, "4111"));
    in.pos = 0;
    ck_assert_int_eq(pii_redact_stream(CTX, &o, &in, PII_END), PII_ERR_SESSION);
    ck_assert_int_eq(pii_ctx_reset(CTX), PII_OK);
    /* with a key it works */
    ck_assert_int_eq(pii_ctx_set_hash_key(CTX, KEY, sizeof KEY), PII_OK);
    n = redact(CTX, SSN_TEXT);
    ck_assert_int_gt(n, 0);
    ck_assert_ptr_null(strstr(REDACTED, "536-22-1234"));
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Streams                                                                  */
/* ------------------------------------------------------------------------ */

/* Stream text through ctx in one END call pair; returns the output. */
static char STREAMED[1024];
static int64_t stream_all(pii_ctx *ctx, const char *text)
{
    memset(STREAMED, 0, sizeof STREAMED);
    pii_in_buffer in = {text, strlen(text), 0};
    pii_out_buffer out = {STREAMED, sizeof STREAMED - 1, 0};
    int64_t r;
    int guard = 0;
    do {
        r = pii_redact_stream(ctx, &out, &in, PII_END);
    } while (r > 0 && ++guard < 100);
    return r < 0 ? r : (int64_t)out.pos;
}

START_TEST(test_stream_args)
{
    char dst[64];
    const char *text = SSN_TEXT;
    pii_in_buffer in = {text, strlen(text), 0};
    pii_out_buffer out = {dst, sizeof dst, 0};
    static const pii_directive dirs[] = {PII_CONTINUE, PII_FLUSH, PII_END};
    for (size_t d = 0; d < N_ELEMS(dirs); d++) {
        ck_assert_int_eq(pii_redact_stream(NULL, &out, &in, dirs[d]), PII_ERR_NULL);
        ck_assert_int_eq(pii_redact_stream(CTX, NULL, &in, dirs[d]), PII_ERR_NULL);
        ck_assert_int_eq(pii_redact_stream(CTX, &out, NULL, dirs[d]), PII_ERR_NULL);
        ck_assert_int_eq(pii_scan_stream(NULL, &in, dirs[d]), PII_ERR_NULL);
        ck_assert_int_eq(pii_scan_stream(CTX, NULL, dirs[d]), PII_ERR_NULL);

        pii_in_buffer nin = {NULL, 10, 0};
        ck_assert_int_eq(pii_redact_stream(CTX, &out, &nin, dirs[d]), PII_ERR_NULL);
        ck_assert_int_eq(pii_scan_stream(CTX, &nin, dirs[d]), PII_ERR_NULL);
        pii_out_buffer nout = {NULL, 10, 0};
        ck_assert_int_eq(pii_redact_stream(CTX, &nout, &in, dirs[d]), PII_ERR_NULL);

        pii_in_buffer past = {text, 5, 6};
        ck_assert_int_eq(pii_redact_stream(CTX, &out, &past, dirs[d]), PII_ERR_INVALID_ARG);
        ck_assert_int_eq(pii_scan_stream(CTX, &past, dirs[d]), PII_ERR_INVALID_ARG);
        ck_assert_uint_eq(past.pos, 6);
        pii_out_buffer opast = {dst, 5, 6};
        ck_assert_int_eq(pii_redact_stream(CTX, &opast, &in, dirs[d]), PII_ERR_INVALID_ARG);
        ck_assert_uint_eq(opast.pos, 6);
        ck_assert_uint_eq(in.pos, 0);
        pii_out_buffer omax = {dst, sizeof dst, SIZE_MAX};
        ck_assert_int_eq(pii_redact_stream(CTX, &omax, &in, dirs[d]), PII_ERR_INVALID_ARG);
    }
    static const int bad_dir[] = {-1, 3, 99, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(bad_dir); i++) {
        ck_assert_int_eq(pii_redact_stream(CTX, &out, &in, (pii_directive)bad_dir[i]),
                         PII_ERR_INVALID_ARG);
        ck_assert_int_eq(pii_scan_stream(CTX, &in, (pii_directive)bad_dir[i]), PII_ERR_INVALID_ARG);
    }
    ck_assert_uint_eq(in.pos, 0);
    ck_assert_uint_eq(out.pos, 0);

    /* empty buffers with NULL pointers are fine */
    pii_in_buffer empty = {NULL, 0, 0};
    pii_out_buffer none = {NULL, 0, 0};
    int64_t r = pii_redact_stream(CTX, &none, &empty, PII_CONTINUE);
    ck_assert_int_ge(r, 0);
    r = pii_redact_stream(CTX, &none, &empty, PII_END);
    ck_assert_int_eq(r, 0);

    /* the rejected calls left nothing behind: a whole stream is right */
    ck_assert_int_eq(stream_all(CTX, SSN_TEXT), (int64_t)strlen(SSN_TAGGED));
    ck_assert_str_eq(STREAMED, SSN_TAGGED);
}
END_TEST

static int stop_cb(const pii_finding *f, void *user)
{
    (void)f;
    (*(int *)user)++;
    return 1;
}

/* After an error the session is failed: nothing more comes out and every
 * stream call returns PII_ERR_SESSION until pii_ctx_reset(). */
START_TEST(test_stream_after_error)
{
    int calls = 0;
    ck_assert_int_eq(pii_ctx_set_callback(CTX, stop_cb, &calls), PII_OK);
    char dst[256];
    memset(dst, 0, sizeof dst);
    pii_in_buffer in = {SSN_TEXT, strlen(SSN_TEXT), 0};
    pii_out_buffer out = {dst, sizeof dst - 1, 0};
    ck_assert_int_eq(pii_redact_stream(CTX, &out, &in, PII_END), PII_ERR_CALLBACK);
    ck_assert_int_eq(calls, 1);
    ck_assert_ptr_null(strstr(dst, "536-22-1234"));
    ck_assert_ptr_null(strstr(dst, "4111"));
    ck_assert_int_eq(pii_ctx_set_callback(CTX, NULL, NULL), PII_OK);

    size_t written = out.pos;
    static const pii_directive dirs[] = {PII_CONTINUE, PII_FLUSH, PII_END};
    for (size_t d = 0; d < N_ELEMS(dirs); d++) {
        pii_in_buffer again = {SSN_TEXT, strlen(SSN_TEXT), 0};
        ck_assert_int_eq(pii_redact_stream(CTX, &out, &again, dirs[d]), PII_ERR_SESSION);
        ck_assert_uint_eq(again.pos, 0);
        ck_assert_uint_eq(out.pos, written);
        ck_assert_int_eq(pii_scan_stream(CTX, &again, dirs[d]), PII_ERR_SESSION);
        pii_in_buffer empty = {NULL, 0, 0};
        ck_assert_int_eq(pii_redact_stream(CTX, &out, &empty, dirs[d]), PII_ERR_SESSION);
        ck_assert_uint_eq(out.pos, written);
    }
    /* one-shot calls and operator changes are refused while it lasts */
    ck_assert_int_lt(pii_scan(CTX, SSN_TEXT, strlen(SSN_TEXT), NULL, NULL), 0);
    ck_assert_int_lt(redact(CTX, SSN_TEXT), 0);
    ck_assert_ptr_null(strstr(REDACTED, "536-22-1234"));
    ck_assert_int_lt(pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, "keep"), 0);

    ck_assert_int_eq(pii_ctx_reset(CTX), PII_OK);
    ck_assert_int_eq(stream_all(CTX, SSN_TEXT), (int64_t)strlen(SSN_TAGGED));
    ck_assert_str_eq(STREAMED, SSN_TAGGED);
    assert_default_redaction(CTX);
}
END_TEST

/* Calls that do not fit an open session are refused. */
START_TEST(test_stream_wrong_order)
{
    char dst[256];
    memset(dst, 0, sizeof dst);
    pii_in_buffer in = {SSN_TEXT, strlen(SSN_TEXT), 0};
    pii_out_buffer out = {dst, sizeof dst - 1, 0};
    int64_t held = pii_redact_stream(CTX, &out, &in, PII_CONTINUE);
    ck_assert_int_gt(held, 0); /* the session is open, holding input back */

    ck_assert_int_eq(pii_scan(CTX, SSN_TEXT, strlen(SSN_TEXT), NULL, NULL), PII_ERR_STAGE);
    char dst2[256];
    ck_assert_int_eq(pii_redact(CTX, SSN_TEXT, strlen(SSN_TEXT), dst2, sizeof dst2), PII_ERR_STAGE);
    pii_operator keep = {PII_OP_KEEP, NULL, NULL, 0, 0};
    ck_assert_int_eq(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &keep), PII_ERR_STAGE);
    ck_assert_int_eq(pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, "keep"), PII_ERR_STAGE);

    /* the session goes on unharmed */
    pii_in_buffer rest = {NULL, 0, 0};
    int64_t r = pii_redact_stream(CTX, &out, &rest, PII_END);
    ck_assert_int_eq(r, 0);
    ck_assert_str_eq(dst, SSN_TAGGED);
    /* END again on a finished stream starts (and ends) an empty one */
    size_t at = out.pos;
    ck_assert_int_eq(pii_redact_stream(CTX, &out, &rest, PII_END), 0);
    ck_assert_uint_eq(out.pos, at);
}
END_TEST

/* A session begun with pii_redact_stream() cannot go on with
 * pii_scan_stream() (the held-back text would never be written), nor the
 * reverse (the output would start in the middle). */
START_TEST(test_stream_mixed_modes)
{
    char dst[256];
    memset(dst, 0, sizeof dst);
    pii_in_buffer in = {SSN_TEXT, strlen(SSN_TEXT), 0};
    pii_out_buffer out = {dst, sizeof dst - 1, 0};
    ck_assert_int_gt(pii_redact_stream(CTX, &out, &in, PII_CONTINUE), 0);
    pii_in_buffer rest = {NULL, 0, 0};
    int64_t r = pii_scan_stream(CTX, &rest, PII_END);
    ck_assert_int_eq(pii_ctx_reset(CTX), PII_OK);
    ck_assert_msg(r < 0, "pii_scan_stream went on with a redaction session (returned %lld)",
                  (long long)r);

    in.pos = 0;
    ck_assert_int_ge(pii_scan_stream(CTX, &in, PII_CONTINUE), 0);
    r = pii_redact_stream(CTX, &out, &rest, PII_END);
    ck_assert_int_eq(pii_ctx_reset(CTX), PII_OK);
    ck_assert_msg(r < 0, "pii_redact_stream went on with a scanning session (returned %lld)",
                  (long long)r);
}
END_TEST

/* Changing the hash key between two calls of one stream would give one
 * document tokens under two keys: refused like operator changes. */
START_TEST(test_stream_hash_key_midstream)
{
    ck_assert_int_eq(pii_ctx_set_hash_key(CTX, KEY, sizeof KEY), PII_OK);
    ck_assert_int_eq(pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, "hash"), PII_OK);
    char dst[256];
    pii_in_buffer in = {SSN_TEXT, strlen(SSN_TEXT), 0};
    pii_out_buffer out = {dst, sizeof dst, 0};
    ck_assert_int_gt(pii_redact_stream(CTX, &out, &in, PII_CONTINUE), 0);
    char other[32];
    memset(other, 'o', sizeof other);
    int rc = pii_ctx_set_hash_key(CTX, other, sizeof other);
    ck_assert_int_eq(pii_ctx_reset(CTX), PII_OK);
    ck_assert_msg(rc == PII_ERR_STAGE || rc == PII_ERR_BUSY,
                  "pii_ctx_set_hash_key during a stream returned %d (%s)", rc, pii_error_name(rc));
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Re-entrant calls from a callback                                         */
/* ------------------------------------------------------------------------ */

typedef struct reentry {
    pii_ctx *ctx;
    int calls;
    int rc[16];
} reentry;

static int reenter_cb(const pii_finding *f, void *user)
{
    (void)f;
    reentry *r = user;
    if (r->calls++)
        return 0;
    char dst[64];
    pii_in_buffer in = {"x", 1, 0};
    pii_out_buffer out = {dst, sizeof dst, 0};
    pii_operator keep = {PII_OP_KEEP, NULL, NULL, 0, 0};
    r->rc[0] = pii_scan(r->ctx, SSN_TEXT, strlen(SSN_TEXT), NULL, NULL);
    r->rc[1] = (int)pii_redact(r->ctx, SSN_TEXT, strlen(SSN_TEXT), dst, sizeof dst);
    r->rc[2] = (int)pii_redact_stream(r->ctx, &out, &in, PII_END);
    r->rc[3] = (int)pii_scan_stream(r->ctx, &in, PII_END);
    r->rc[4] = pii_ctx_reset(r->ctx);
    r->rc[5] = pii_ctx_set_callback(r->ctx, NULL, NULL);
    r->rc[6] = pii_ctx_set_operator(r->ctx, PII_ALL_ENTITIES, &keep);
    r->rc[7] = pii_ctx_set_operator_spec(r->ctx, PII_ALL_ENTITIES, "keep");
    return 0;
}

static const char *const REENTRY_CALLS[] = {
    "pii_scan",      "pii_redact",           "pii_redact_stream",    "pii_scan_stream",
    "pii_ctx_reset", "pii_ctx_set_callback", "pii_ctx_set_operator", "pii_ctx_set_operator_spec",
};

static void check_reentry(const reentry *r, const char *outer)
{
    ck_assert_int_ge(r->calls, 1);
    for (size_t i = 0; i < N_ELEMS(REENTRY_CALLS); i++)
        ck_assert_msg(r->rc[i] == PII_ERR_BUSY || r->rc[i] == PII_ERR_STAGE,
                      "%s from a callback of %s returned %d (%s), not BUSY", REENTRY_CALLS[i],
                      outer, r->rc[i], pii_error_name(r->rc[i]));
}

START_TEST(test_reentrant_calls)
{
    reentry r;
    memset(&r, 0, sizeof r);
    r.ctx = CTX;
    ck_assert_int_eq(pii_scan(CTX, SSN_TEXT, strlen(SSN_TEXT), reenter_cb, &r), 2);
    check_reentry(&r, "pii_scan");

    memset(&r, 0, sizeof r);
    r.ctx = CTX;
    ck_assert_int_eq(pii_ctx_set_callback(CTX, reenter_cb, &r), PII_OK);
    int64_t n = redact(CTX, SSN_TEXT);
    ck_assert_int_eq(pii_ctx_set_callback(CTX, NULL, NULL), PII_OK);
    ck_assert_int_gt(n, 0);
    ck_assert_str_eq(REDACTED, SSN_TAGGED); /* the inner calls changed nothing */
    check_reentry(&r, "pii_redact");
}
END_TEST

typedef struct rekey {
    pii_ctx *ctx;
    int done, rc;
} rekey;

static int rekey_cb(const pii_finding *f, void *user)
{
    (void)f;
    rekey *k = user;
    if (!k->done) {
        char other[32];
        memset(other, 'o', sizeof other);
        k->done = 1;
        k->rc = pii_ctx_set_hash_key(k->ctx, other, sizeof other);
    }
    return 0;
}

/* Changing the hash key from a callback, half-way through a redaction,
 * would give one record tokens under two keys. */
START_TEST(test_reentrant_hash_key)
{
    rekey k = {CTX, 0, 0};
    ck_assert_int_eq(pii_ctx_set_hash_key(CTX, KEY, sizeof KEY), PII_OK);
    ck_assert_int_eq(pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, "hash"), PII_OK);
    ck_assert_int_eq(pii_ctx_set_callback(CTX, rekey_cb, &k), PII_OK);
    int64_t n = redact(CTX, SSN_TEXT);
    ck_assert_int_eq(pii_ctx_set_callback(CTX, NULL, NULL), PII_OK);
    ck_assert_int_gt(n, 0);
    ck_assert_int_eq(k.done, 1);
    ck_assert_msg(k.rc == PII_ERR_BUSY || k.rc == PII_ERR_STAGE,
                  "pii_ctx_set_hash_key from a callback returned %d (%s)", k.rc,
                  pii_error_name(k.rc));
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Custom rules, match limits, allow lists                                  */
/* ------------------------------------------------------------------------ */

START_TEST(test_custom_rule_args)
{
    pii_rule ok = {"EMPLOYEE_ID", "EMP-\\d{6}", 0.8, NULL, 0, NULL, NULL};
    ck_assert_int_eq(pii_builder_add_rule(NULL, &ok), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_add_rule(B, NULL), PII_ERR_NULL);
    pii_rule r = ok;
    r.entity = NULL;
    int rc = pii_builder_add_rule(B, &r);
    ck_assert_msg(rc == PII_ERR_NULL || rc == PII_ERR_INVALID_ARG, "NULL entity: %d", rc);
    r = ok;
    r.pattern = NULL;
    rc = pii_builder_add_rule(B, &r);
    ck_assert_msg(rc == PII_ERR_NULL || rc == PII_ERR_INVALID_ARG, "NULL pattern: %d", rc);
    static const double scores[] = {0.0, -0.5, 1.5, NAN, INFINITY};
    for (size_t i = 0; i < N_ELEMS(scores); i++) {
        r = ok;
        r.score = scores[i];
        ck_assert_msg(pii_builder_add_rule(B, &r) == PII_ERR_INVALID_ARG, "score %g accepted",
                      scores[i]);
    }
    static const char *const names[] = {"", "bad name", "A-B", "NAME_LONGER_THAN_THIRTY_TWO_CHARS",
                                        "\xc3\xa9"};
    for (size_t i = 0; i < N_ELEMS(names); i++) {
        r = ok;
        r.entity = names[i];
        ck_assert_msg(pii_builder_add_rule(B, &r) == PII_ERR_INVALID_ARG, "entity '%s' accepted",
                      names[i]);
    }
    r = ok;
    r.ncontext = 2; /* but no array */
    rc = pii_builder_add_rule(B, &r);
    ck_assert_msg(rc == PII_ERR_NULL || rc == PII_ERR_INVALID_ARG, "ncontext without context: %d",
                  rc);
    const char *const words[] = {"employee", NULL};
    r = ok;
    r.context = words;
    r.ncontext = 2; /* a NULL word */
    rc = pii_builder_add_rule(B, &r);
    ck_assert_msg(rc == PII_ERR_NULL || rc == PII_ERR_INVALID_ARG, "NULL context word: %d", rc);
    r = ok;
    r.validator = "no-such-validator";
    ck_assert_int_eq(pii_builder_add_rule(B, &r), PII_ERR_UNSUPPORTED);
    static const char *const patterns[] = {"(", "[z-a]", "\\", "a{2,1}", "(?<n>a)(?<n>b)", "\xff"};
    for (size_t i = 0; i < N_ELEMS(patterns); i++) {
        r = ok;
        r.pattern = patterns[i];
        ck_assert_msg(pii_builder_add_rule(B, &r) == PII_ERR_PATTERN, "pattern %zu accepted", i);
        ck_assert_str_ne(pii_builder_error(B), "");
    }
    ck_assert_int_eq(pii_builder_set_match_limits(NULL, 1000, 100), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_allow(NULL, "x@example.com", 13), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_allow(B, NULL, 13), PII_ERR_NULL);
    rc = pii_builder_allow(B, "x", 0);
    ck_assert_msg(rc == PII_OK || rc == PII_ERR_INVALID_ARG, "empty allow value: %d", rc);
    /* after all that, the builder still builds the default ruleset */
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(B, &rs), PII_OK);
    pii_ctx *ctx = pii_ctx_new(rs);
    int64_t n = ctx ? redact(ctx, SSN_TEXT) : -1;
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    ck_assert_int_gt(n, 0);
    ck_assert_str_eq(REDACTED, SSN_TAGGED);
}
END_TEST

/* Builder options added with custom rules and policies. */
START_TEST(test_builder_more_args)
{
    ck_assert_int_eq(pii_builder_set_normalize(NULL, 1), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_set_normalize(B, 0), PII_OK);
    ck_assert_int_eq(pii_builder_set_normalize(B, 1), PII_OK);

    ck_assert_int_eq(pii_builder_set_operator_spec(NULL, PII_ALL_ENTITIES, "mask"), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_set_operator_spec(B, PII_ALL_ENTITIES, NULL), PII_ERR_NULL);
    static const int bad_entity[] = {-2, PII_ENTITY_BUILTIN_COUNT, 99, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(bad_entity); i++) {
        int rc = pii_builder_set_operator_spec(B, bad_entity[i], "mask");
        ck_assert_msg(rc == PII_ERR_UNKNOWN_ENTITY || rc == PII_ERR_INVALID_ARG,
                      "builder operator for entity %d: %s", bad_entity[i], pii_error_name(rc));
    }
    static const char *const bad[] = {"",           "bogus",     "mask:keep=x", "mask:char=toolong",
                                      "hash:hex=7", "mask:foo=1"};
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        int rc = pii_builder_set_operator_spec(B, PII_ALL_ENTITIES, bad[i]);
        ck_assert_msg(rc == PII_ERR_INVALID_ARG, "builder spec '%s' accepted: %s", bad[i],
                      pii_error_name(rc));
        ck_assert_str_ne(pii_builder_error(B), "");
    }
    char longspec[400];
    snprintf(longspec, sizeof longspec, "tag:format=%0300d", 0);
    ck_assert_int_eq(pii_builder_set_operator_spec(B, PII_ALL_ENTITIES, longspec),
                     PII_ERR_INVALID_ARG);

    /* the rejected calls changed nothing */
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(B, &rs), PII_OK);
    pii_ctx *ctx = pii_ctx_new(rs);
    int64_t n = ctx ? redact(ctx, SSN_TEXT) : -1;
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    ck_assert_int_gt(n, 0);
    ck_assert_str_eq(REDACTED, SSN_TAGGED);
}
END_TEST

START_TEST(test_policy_args)
{
    ck_assert_int_eq(pii_builder_load_policy(NULL, "/dev/null"), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_load_policy(B, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_load_policy(B, "/nonexistent/policy.yaml"), PII_ERR_IO);
    ck_assert_str_ne(pii_builder_error(B), "");
    ck_assert_int_eq(pii_builder_load_policy(B, "/"), PII_ERR_IO);
    ck_assert_int_eq(pii_builder_load_policy(B, ""), PII_ERR_IO);
    ck_assert_int_eq(pii_builder_load_policy_string(NULL, "min_score: 0.5", 14, NULL),
                     PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_load_policy_string(B, NULL, 5, NULL), PII_ERR_NULL);
    int rc = pii_builder_load_policy_string(B, NULL, 0, NULL); /* nothing: an empty policy */
    ck_assert_msg(rc == PII_OK || rc == PII_ERR_NULL, "empty policy: %s", pii_error_name(rc));
    static const char *const bad[] = {
        "min_score: 2",
        "min_score: [",
        "nonsense: 1",
        "entities: {enable: [NOT_AN_ENTITY]}",
        "operators: {US_SSN: 'mask:keep=x'}",
        "rules: [{entity: EMP, pattern: '(', score: 0.5}]",
        "rules: [{entity: 'bad name', pattern: 'x', score: 0.5}]",
        "allow: [[1]]",
        "--- {}\n--- {}\n",
        "\xff\xfe",
        "min_score: 0.5\0nonsense: 1",
    };
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        size_t len = strlen(bad[i]);
        if (i == N_ELEMS(bad) - 1)
            len = 25; /* with the NUL byte */
        rc = pii_builder_load_policy_string(B, bad[i], len, i % 2 ? NULL : "test.yaml");
        ck_assert_msg(rc == PII_ERR_POLICY, "bad policy %zu accepted: %s", i, pii_error_name(rc));
        ck_assert_str_ne(pii_builder_error(B), "");
    }
    /* a bad policy changes nothing */
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(B, &rs), PII_OK);
    ck_assert_int_eq(pii_ruleset_entity_count(rs), PII_ENTITY_BUILTIN_COUNT);
    pii_ctx *ctx = pii_ctx_new(rs);
    int64_t n = ctx ? redact(ctx, SSN_TEXT) : -1;
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    ck_assert_int_gt(n, 0);
    ck_assert_str_eq(REDACTED, SSN_TAGGED);
}
END_TEST

START_TEST(test_classification_args)
{
    ck_assert_int_eq(pii_ruleset_entity_count(NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_ruleset_entity_count(RS), PII_ENTITY_BUILTIN_COUNT);
    ck_assert_int_eq(pii_ruleset_entity_from_name(NULL, "US_SSN"), PII_ERR_NULL);
    ck_assert_int_eq(pii_ruleset_entity_from_name(RS, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_ruleset_entity_from_name(RS, ""), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_ruleset_entity_from_name(RS, "NOT_AN_ENTITY"), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_ruleset_entity_from_name(RS, "US_SSN"), PII_US_SSN);
    static const int bad[] = {-1, PII_ENTITY_BUILTIN_COUNT, 1000, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ck_assert_ptr_null(pii_entity_category(RS, bad[i]));
        ck_assert_int_eq(pii_entity_sensitivity(RS, bad[i]), PII_ERR_UNKNOWN_ENTITY);
    }
    ck_assert_ptr_null(pii_entity_category(NULL, PII_US_SSN));
    ck_assert_int_eq(pii_entity_sensitivity(NULL, PII_US_SSN), PII_ERR_NULL);
    static const int levels[] = {-1, 5, 100, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(levels); i++)
        ck_assert_ptr_null(pii_sensitivity_name(levels[i]));
    for (int l = PII_SENSITIVITY_NONE; l <= PII_SENSITIVITY_CRITICAL; l++)
        ck_assert_ptr_nonnull(pii_sensitivity_name(l));

    pii_summary sum;
    ck_assert_int_eq(pii_ctx_summary(NULL, &sum), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_summary(CTX, NULL), PII_ERR_NULL);
    /* before any scan: an empty summary */
    ck_assert_int_eq(pii_ctx_summary(CTX, &sum), PII_OK);
    ck_assert_uint_eq(sum.bytes, 0);
    ck_assert_uint_eq(sum.findings, 0);
    /* after a rejected scan, still consistent */
    ck_assert_int_eq(pii_scan(CTX, NULL, 5, NULL, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_summary(CTX, &sum), PII_OK);
    ck_assert_uint_eq(sum.nentities, PII_ENTITY_BUILTIN_COUNT);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Coverage of the header                                                   */
/* ------------------------------------------------------------------------ */

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap + 1);
    while (s) {
        size_t r = fread(s + n, 1, cap - n, f);
        n += r;
        if (n < cap)
            break;
        char *t = realloc(s, cap * 2 + 1);
        if (!t) {
            free(s);
            s = NULL;
            break;
        }
        s = t;
        cap *= 2;
    }
    fclose(f);
    if (s)
        s[n] = '\0';
    return s;
}

/* Read "<source dir>/<rel>": this file's directory is found from __FILE__,
 * relative to the working directory or to the build directory (two levels
 * above the executable). */
static char *read_source(const char *rel)
{
    char dir[4096], path[16384], exe[4096];
    snprintf(dir, sizeof dir, "%s", __FILE__);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    char *s = slurp(path);
    if (s || dir[0] == '/')
        return s;
    ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (k <= 0)
        return NULL;
    exe[k] = '\0';
    for (int up = 0; up < 2; up++) {
        slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
    }
    snprintf(path, sizeof path, "%s/%s/%s", exe, dir, rel);
    return slurp(path);
}

START_TEST(test_every_function_covered)
{
    char *header = read_source("../include/pii.h");
    char *self = read_source("test_misuse.c");
    int have = header && self;
    char missing[2048] = "";
    int count = 0;
    for (const char *p = header; have && (p = strstr(p, "PII_API ")) != NULL; p += 8) {
        /* a declaration line "PII_API <type> [*]name(": the identifier
         * before '(' (not the #define lines of PII_API itself) */
        if (p > header && p[-1] != '\n')
            continue;
        const char *paren = strchr(p, '(');
        const char *semi = strchr(p, ';');
        if (!paren || (semi && semi < paren))
            continue;
        const char *e = paren;
        while (e > p && e[-1] == ' ')
            e--;
        const char *b = e;
        while (b > p &&
               (b[-1] == '_' || (b[-1] >= 'a' && b[-1] <= 'z') || (b[-1] >= '0' && b[-1] <= '9')))
            b--;
        char name[128];
        size_t n = (size_t)(e - b);
        if (n == 0 || n >= sizeof name)
            continue;
        memcpy(name, b, n);
        name[n] = '\0';
        count++;
        /* named in a call: "name(" in this file */
        char call[140];
        snprintf(call, sizeof call, "%s(", name);
        if (!strstr(self, call) && strlen(missing) + n + 2 < sizeof missing) {
            strcat(missing, " ");
            strcat(missing, name);
        }
    }
    free(header);
    free(self);
    ck_assert_msg(have, "cannot read include/pii.h or tests/test_misuse.c next to %s", __FILE__);
    ck_assert_int_gt(count, 30);
    ck_assert_msg(missing[0] == '\0', "public functions without misuse checks:%s", missing);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Suites                                                                   */
/* ------------------------------------------------------------------------ */

static Suite *misuse_suite(void)
{
    Suite *s = suite_create("misuse");
    struct {
        const char *name;
        const TTest *tests[8];
    } cases[] = {
        {"errors_entities", {test_version_and_error_strings, test_entity_lookup_args}},
        {"validators", {test_validate_args, test_validate_named_args}},
        {"builder",
         {test_builder_null, test_builder_out_of_range, test_builder_more_args, test_builder_reuse,
          test_ruleset_args, test_custom_rule_args}},
        {"policy_classification", {test_policy_args, test_classification_args}},
        {"ctx", {test_ctx_args, test_scan_args, test_redact_args}},
        {"operators",
         {test_operator_args, test_operator_spec_args, test_hash_key_args, test_hash_without_key}},
        {"streams",
         {test_stream_args, test_stream_after_error, test_stream_wrong_order,
          test_stream_mixed_modes, test_stream_hash_key_midstream}},
        {"reentry", {test_reentrant_calls, test_reentrant_hash_key}},
        {"coverage", {test_every_function_covered}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_add_checked_fixture(tc, setup, teardown);
        tcase_set_timeout(tc, 60);
        for (size_t j = 0; j < N_ELEMS(cases[i].tests) && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    return s;
}

PII_CHECK_MAIN(misuse_suite)
