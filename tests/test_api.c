/*
 * test_api.c - Check suite for the public API surface: versions, error
 * codes, entity names, builder options and their validation, ruleset
 * queries, context lifecycle, pii_scan() argument handling and callbacks,
 * ordering of findings, entity enable/disable and min_score effects, error
 * strings that must never leak input, sharing a ruleset between threads, and
 * the basic error returns of pii_validate*().
 */
#include <check.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static const char *const ENTITY_NAMES[PII_ENTITY_BUILTIN_COUNT] = {
    "US_SSN",         "US_ITIN",        "US_DRIVER_LICENSE",  "US_PASSPORT",    "PASSPORT",
    "CREDIT_CARD",    "ABA_ROUTING_NUMBER", "US_BANK_NUMBER", "IBAN_CODE",      "EMAIL_ADDRESS",
    "IP_ADDRESS",     "PHONE_NUMBER",   "MAC_ADDRESS",
};

/* One finding of every entity, in entity order (each with its hotword). */
static const char ALL_ENTITIES_TEXT[] =
    "SSN 536-22-1234; ITIN 912-70-1234; driver license D1234567; "
    "US passport 123456789; German passport C01X00T47; card 4111 1111 1111 1111; "
    "routing number 011000015; account number 12345678901; "
    "IBAN DE89 3704 0044 0532 0130 00; email john@example.com; ip 192.168.1.10; "
    "phone (212) 555-0199; mac 00:1a:2b:3c:4d:5e";

static const char *const ALL_ENTITIES_MATCH[PII_ENTITY_BUILTIN_COUNT] = {
    "536-22-1234",       "912-70-1234",      "D1234567",
    "123456789",         "C01X00T47",        "4111 1111 1111 1111",
    "011000015",         "12345678901",      "DE89 3704 0044 0532 0130 00",
    "john@example.com",  "192.168.1.10",     "(212) 555-0199",
    "00:1a:2b:3c:4d:5e",
};

#define MAX_FINDINGS 256

typedef struct scan_result {
    int rc;
    size_t n;
    pii_finding f[MAX_FINDINGS];
} scan_result;

static pii_ruleset *build_or_fail(pii_builder *b)
{
    pii_ruleset *rs = NULL;
    int rc = pii_builder_build(b, &rs);
    ck_assert_msg(rc == PII_OK, "build failed: %s (%s)", pii_error_name(rc),
                  pii_builder_error(b));
    ck_assert_ptr_nonnull(rs);
    return rs;
}

static pii_ruleset *default_ruleset(void)
{
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    pii_ruleset *rs = build_or_fail(b);
    pii_builder_free(b);
    return rs;
}

/* Scan with a fresh context of rs; checks the basic invariants. */
static scan_result scan_rs(const pii_ruleset *rs, const char *text, size_t len)
{
    scan_result r;
    memset(&r, 0, sizeof r);
    pii_ctx *ctx = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(ctx);
    r.rc = pii_scan(ctx, text, len, NULL, NULL);
    ck_assert_msg(r.rc >= 0, "pii_scan: %s", pii_error_name(r.rc));
    size_t n = 0;
    const pii_finding *f = pii_ctx_findings(ctx, &n);
    ck_assert_uint_eq(n, (size_t)r.rc);
    ck_assert_uint_le(n, MAX_FINDINGS);
    if (n)
        memcpy(r.f, f, n * sizeof *f);
    r.n = n;
    for (size_t i = 0; i < n; i++) {
        ck_assert_uint_lt(r.f[i].start, r.f[i].end);
        ck_assert_uint_le(r.f[i].end, len);
        if (i)
            ck_assert_uint_le(r.f[i - 1].end, r.f[i].start);
    }
    pii_ctx_free(ctx);
    return r;
}

static int has_entity(const scan_result *r, int entity)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->f[i].entity == entity)
            return 1;
    return 0;
}

static int has_finding(const scan_result *r, const pii_finding *want)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->f[i].entity == want->entity && r->f[i].start == want->start &&
            r->f[i].end == want->end)
            return 1;
    return 0;
}

static size_t offset_of(const char *text, const char *match)
{
    const char *p = strstr(text, match);
    ck_assert_msg(p != NULL, "test bug: '%s' not in text", match);
    return (size_t)(p - text);
}

/* ------------------------------------------------------------------------ */
/* Versions                                                                 */
/* ------------------------------------------------------------------------ */

START_TEST(test_version)
{
    ck_assert_uint_eq(pii_version_number(), PII_VERSION_NUMBER);
    ck_assert_uint_eq(PII_VERSION_NUMBER,
                      PII_VERSION_MAJOR * 10000 + PII_VERSION_MINOR * 100 + PII_VERSION_PATCH);
    ck_assert_ptr_nonnull(pii_version_string());
    ck_assert_str_eq(pii_version_string(), PII_VERSION_STRING);
    char buf[32];
    snprintf(buf, sizeof buf, "%d.%d.%d", PII_VERSION_MAJOR, PII_VERSION_MINOR,
             PII_VERSION_PATCH);
    ck_assert_str_eq(pii_version_string(), buf);
    ck_assert_int_ge(PII_VERSION_MINOR, 0);
    ck_assert_int_lt(PII_VERSION_MINOR, 100);
    ck_assert_int_lt(PII_VERSION_PATCH, 100);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Errors                                                                   */
/* ------------------------------------------------------------------------ */

static const struct {
    int code;
    const char *name;
} ERRORS[] = {
    {PII_OK, "PII_OK"},
    {PII_ERR_NULL, "PII_ERR_NULL"},
    {PII_ERR_INVALID_ARG, "PII_ERR_INVALID_ARG"},
    {PII_ERR_NOMEM, "PII_ERR_NOMEM"},
    {PII_ERR_STAGE, "PII_ERR_STAGE"},
    {PII_ERR_UNKNOWN_ENTITY, "PII_ERR_UNKNOWN_ENTITY"},
    {PII_ERR_PATTERN, "PII_ERR_PATTERN"},
    {PII_ERR_MATCH_LIMIT, "PII_ERR_MATCH_LIMIT"},
    {PII_ERR_BUSY, "PII_ERR_BUSY"},
    {PII_ERR_DST_TOO_SMALL, "PII_ERR_DST_TOO_SMALL"},
    {PII_ERR_UNSUPPORTED, "PII_ERR_UNSUPPORTED"},
    {PII_ERR_SESSION, "PII_ERR_SESSION"},
    {PII_ERR_POLICY, "PII_ERR_POLICY"},
    {PII_ERR_IO, "PII_ERR_IO"},
    {PII_ERR_INTERNAL, "PII_ERR_INTERNAL"},
    {PII_ERR_CALLBACK, "PII_ERR_CALLBACK"},
};

START_TEST(test_error_codes_stable)
{
    /* the numbers are part of the ABI */
    for (size_t i = 0; i < N_ELEMS(ERRORS); i++)
        ck_assert_int_eq(ERRORS[i].code, -(int)i);
}
END_TEST

START_TEST(test_error_names_and_messages)
{
    for (size_t i = 0; i < N_ELEMS(ERRORS); i++) {
        const char *name = pii_error_name(ERRORS[i].code);
        const char *msg = pii_error_message(ERRORS[i].code);
        ck_assert_ptr_nonnull(name);
        ck_assert_str_eq(name, ERRORS[i].name);
        ck_assert_ptr_nonnull(msg);
        ck_assert_uint_gt(strlen(msg), 3);
        ck_assert_ptr_null(strchr(msg, '\n'));
        /* every message is its own */
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(msg, pii_error_message(ERRORS[j].code));
    }
}
END_TEST

START_TEST(test_error_unknown_code)
{
    static const int unknown[] = {-16, -17, -100, INT_MIN, INT_MIN + 1};
    for (size_t k = 0; k < N_ELEMS(unknown); k++) {
        const char *name = pii_error_name(unknown[k]);
        const char *msg = pii_error_message(unknown[k]);
        ck_assert_ptr_nonnull(name);
        ck_assert_ptr_nonnull(msg);
        ck_assert_uint_gt(strlen(name), 0);
        ck_assert_uint_gt(strlen(msg), 0);
        for (size_t i = 0; i < N_ELEMS(ERRORS); i++) {
            ck_assert_str_ne(name, ERRORS[i].name);
            ck_assert_str_ne(msg, pii_error_message(ERRORS[i].code));
        }
    }
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Entity names                                                             */
/* ------------------------------------------------------------------------ */

START_TEST(test_entity_names_round_trip)
{
    ck_assert_int_eq(PII_ENTITY_BUILTIN_COUNT, 13);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        const char *name = pii_entity_name(e);
        ck_assert_ptr_nonnull(name);
        ck_assert_str_eq(name, ENTITY_NAMES[e]);
        ck_assert_int_eq(pii_entity_from_name(name), e);
    }
    ck_assert_int_eq(pii_entity_from_name("US_SSN"), PII_US_SSN);
    ck_assert_int_eq(pii_entity_from_name("MAC_ADDRESS"), PII_MAC_ADDRESS);
    ck_assert_int_eq(pii_entity_from_name("IBAN_CODE"), PII_IBAN_CODE);
}
END_TEST

START_TEST(test_entity_names_case_insensitive)
{
    char buf[64];
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        const char *name = ENTITY_NAMES[e];
        size_t n = strlen(name);
        for (size_t i = 0; i <= n; i++)
            buf[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
        ck_assert_int_eq(pii_entity_from_name(buf), e);
        /* alternate case */
        for (size_t i = 0; i < n; i += 2)
            buf[i] = name[i];
        ck_assert_int_eq(pii_entity_from_name(buf), e);
    }
    ck_assert_int_eq(pii_entity_from_name("Email_Address"), PII_EMAIL_ADDRESS);
}
END_TEST

START_TEST(test_entity_names_unknown)
{
    ck_assert_ptr_null(pii_entity_name(-1));
    ck_assert_ptr_null(pii_entity_name(PII_ENTITY_BUILTIN_COUNT));
    ck_assert_ptr_null(pii_entity_name(1000));
    ck_assert_ptr_null(pii_entity_name(INT_MIN));
    ck_assert_int_eq(pii_entity_from_name(NULL), PII_ERR_NULL);
    static const char *const bad[] = {
        "",        "US_SSNX", "US_SS",  "US SSN",   " US_SSN",     "US_SSN ", "SSN",
        "EMAIL",   "IP",      "US_SSN,US_ITIN", "US-SSN", "PASSPORT_",   "CREDIT CARD",
    };
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_msg(pii_entity_from_name(bad[i]) == PII_ERR_UNKNOWN_ENTITY,
                      "'%s' should be unknown, got %d", bad[i], pii_entity_from_name(bad[i]));
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Builder                                                                  */
/* ------------------------------------------------------------------------ */

/* Bitmask of entities enabled in the ruleset built from b. */
static unsigned enabled_mask(pii_builder *b)
{
    pii_ruleset *rs = build_or_fail(b);
    unsigned m = 0;
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        int v = pii_ruleset_entity_enabled(rs, e);
        ck_assert_msg(v == 0 || v == 1, "entity_enabled(%d) = %d", e, v);
        if (v)
            m |= 1u << e;
    }
    pii_ruleset_free(rs);
    return m;
}

#define ALL_MASK ((1u << PII_ENTITY_BUILTIN_COUNT) - 1)
#define BIT(e) (1u << (e))

START_TEST(test_builder_enable_disable_by_id)
{
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    ck_assert_uint_eq(enabled_mask(b), ALL_MASK); /* everything on by default */
    ck_assert_str_eq(pii_builder_error(b), "");

    ck_assert_int_eq(pii_builder_disable(b, PII_US_SSN), PII_OK);
    ck_assert_int_eq(pii_builder_disable(b, PII_MAC_ADDRESS), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), ALL_MASK & ~BIT(PII_US_SSN) & ~BIT(PII_MAC_ADDRESS));
    ck_assert_int_eq(pii_builder_disable(b, PII_US_SSN), PII_OK); /* idempotent */
    ck_assert_uint_eq(enabled_mask(b), ALL_MASK & ~BIT(PII_US_SSN) & ~BIT(PII_MAC_ADDRESS));
    ck_assert_int_eq(pii_builder_enable(b, PII_US_SSN), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), ALL_MASK & ~BIT(PII_MAC_ADDRESS));

    ck_assert_int_eq(pii_builder_disable_all(b), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), 0);
    ck_assert_int_eq(pii_builder_enable(b, PII_IBAN_CODE), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), BIT(PII_IBAN_CODE));
    ck_assert_int_eq(pii_builder_enable_all(b), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), ALL_MASK);

    /* out-of-range ids: an error with details, and no change */
    static const int bad[] = {-1, PII_ENTITY_BUILTIN_COUNT, 31, 32, 1000, INT_MIN, INT_MAX};
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ck_assert_int_eq(pii_builder_enable(b, bad[i]), PII_ERR_UNKNOWN_ENTITY);
        ck_assert_uint_gt(strlen(pii_builder_error(b)), 0);
        ck_assert_int_eq(pii_builder_disable(b, bad[i]), PII_ERR_UNKNOWN_ENTITY);
        ck_assert_uint_eq(enabled_mask(b), ALL_MASK);
    }
    ck_assert_int_eq(pii_builder_disable_all(b), PII_OK);
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_int_eq(pii_builder_enable(b, bad[i]), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_uint_eq(enabled_mask(b), 0);

    /* a successful build clears the error */
    ck_assert_int_eq(pii_builder_enable(b, -1), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_uint_gt(strlen(pii_builder_error(b)), 0);
    pii_ruleset *rs = build_or_fail(b);
    ck_assert_str_eq(pii_builder_error(b), "");
    pii_ruleset_free(rs);

    /* NULL builder */
    ck_assert_int_eq(pii_builder_enable(NULL, PII_US_SSN), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_disable(NULL, PII_US_SSN), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_enable_all(NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_disable_all(NULL), PII_ERR_NULL);
    ck_assert_ptr_nonnull(pii_builder_error(NULL));
    pii_builder_free(b);
}
END_TEST

START_TEST(test_builder_enable_disable_by_name)
{
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_disable_names(b, "US_SSN"), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), ALL_MASK & ~BIT(PII_US_SSN));
    ck_assert_int_eq(pii_builder_disable_names(b, "email_address, IP_ADDRESS,Phone_Number"),
                     PII_OK);
    unsigned want = ALL_MASK & ~(BIT(PII_US_SSN) | BIT(PII_EMAIL_ADDRESS) | BIT(PII_IP_ADDRESS) |
                                 BIT(PII_PHONE_NUMBER));
    ck_assert_uint_eq(enabled_mask(b), want);
    ck_assert_int_eq(pii_builder_enable_names(b, "US_SSN,\tIP_ADDRESS"), PII_OK);
    want |= BIT(PII_US_SSN) | BIT(PII_IP_ADDRESS);
    ck_assert_uint_eq(enabled_mask(b), want);

    /* empty lists change nothing and are not errors */
    ck_assert_int_eq(pii_builder_enable_names(b, ""), PII_OK);
    ck_assert_int_eq(pii_builder_disable_names(b, " , ,"), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), want);

    /* one unknown name: an error, and the builder is unchanged (all or
     * nothing, even for the known names before the typo) */
    ck_assert_int_eq(pii_builder_disable_names(b, "US_SSN,NOT_AN_ENTITY,MAC_ADDRESS"),
                     PII_ERR_UNKNOWN_ENTITY);
    ck_assert_uint_gt(strlen(pii_builder_error(b)), 0);
    ck_assert_uint_eq(enabled_mask(b), want);
    ck_assert_int_eq(pii_builder_enable_names(b, "EMAIL_ADDRESS,PHONE"), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_uint_eq(enabled_mask(b), want);
    ck_assert_int_eq(pii_builder_enable_names(b, "US_SSN;US_ITIN"), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_uint_eq(enabled_mask(b), want);

    ck_assert_int_eq(pii_builder_enable_names(b, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_disable_names(b, NULL), PII_ERR_NULL);
    ck_assert_uint_eq(enabled_mask(b), want);
    ck_assert_int_eq(pii_builder_enable_names(NULL, "US_SSN"), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_disable_names(NULL, "US_SSN"), PII_ERR_NULL);

    /* all thirteen by name */
    char list[512] = "";
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        strcat(list, ENTITY_NAMES[e]);
        strcat(list, ",");
    }
    ck_assert_int_eq(pii_builder_disable_names(b, list), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), 0);
    ck_assert_int_eq(pii_builder_enable_names(b, list), PII_OK);
    ck_assert_uint_eq(enabled_mask(b), ALL_MASK);
    pii_builder_free(b);
}
END_TEST

START_TEST(test_builder_min_score_range)
{
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_set_min_score(b, 0.0), PII_OK);
    ck_assert_int_eq(pii_builder_set_min_score(b, 1.0), PII_OK);
    ck_assert_int_eq(pii_builder_set_min_score(b, 0.5), PII_OK);
    ck_assert_str_eq(pii_builder_error(b), "");
    static const double bad[] = {-0.0001, 1.0001, -1.0, 2.0};
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ck_assert_int_eq(pii_builder_set_min_score(b, bad[i]), PII_ERR_INVALID_ARG);
        ck_assert_uint_gt(strlen(pii_builder_error(b)), 0);
    }
    ck_assert_int_eq(pii_builder_set_min_score(b, NAN), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_min_score(b, -NAN), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_min_score(b, INFINITY), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_min_score(b, -INFINITY), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_min_score(NULL, 0.5), PII_ERR_NULL);

    /* a rejected value leaves the previous one in force: 0.25 lets a bare
     * nine-digit SSN (score 0.3) through, the default would not */
    ck_assert_int_eq(pii_builder_set_min_score(b, 0.25), PII_OK);
    ck_assert_int_eq(pii_builder_set_min_score(b, NAN), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_min_score(b, 7.0), PII_ERR_INVALID_ARG);
    pii_ruleset *rs = build_or_fail(b);
    scan_result r = scan_rs(rs, "536221234", 9);
    ck_assert_uint_eq(r.n, 1);
    ck_assert_int_eq(r.f[0].entity, PII_US_SSN);
    pii_ruleset_free(rs);
    pii_builder_free(b);
}
END_TEST

START_TEST(test_builder_context_window_range)
{
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_set_context_window(b, 1), PII_OK);
    ck_assert_int_eq(pii_builder_set_context_window(b, 1024), PII_OK);
    ck_assert_int_eq(pii_builder_set_context_window(b, PII_DEFAULT_CONTEXT_WINDOW), PII_OK);
    ck_assert_int_eq(pii_builder_set_context_window(b, 0), PII_ERR_INVALID_ARG);
    ck_assert_uint_gt(strlen(pii_builder_error(b)), 0);
    ck_assert_int_eq(pii_builder_set_context_window(b, 1025), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_context_window(b, UINT_MAX), PII_ERR_INVALID_ARG);
    ck_assert_int_eq(pii_builder_set_context_window(NULL, 10), PII_ERR_NULL);
    pii_builder_free(b);
}
END_TEST

START_TEST(test_builder_context_window_effect)
{
    const char *near = "ssn: 536221234";
    const char *far = "ssn is the thing we need to have here on file for the clerk, 536221234";
    /* (a label that is its line's whole before ':' counts as a whole,
     * up to twice the window) */
    const char *label = "ssn is the thing we need to have here on file for the clerk: 536221234";
    const char *longer = "ssn is the thing that we will need to have here on file for the clerk of "
                         "the county court office: 536221234";
    pii_builder *b = pii_builder_new();

    pii_ruleset *rs = build_or_fail(b); /* default window */
    ck_assert_uint_eq(scan_rs(rs, near, strlen(near)).n, 1);
    ck_assert_uint_eq(scan_rs(rs, far, strlen(far)).n, 0);
    ck_assert_uint_eq(scan_rs(rs, label, strlen(label)).n, 1);
    ck_assert_uint_eq(scan_rs(rs, longer, strlen(longer)).n, 0);
    pii_ruleset_free(rs);

    ck_assert_int_eq(pii_builder_set_context_window(b, 1), PII_OK);
    rs = build_or_fail(b);
    ck_assert_uint_eq(scan_rs(rs, near, strlen(near)).n, 0);
    pii_ruleset_free(rs);

    ck_assert_int_eq(pii_builder_set_context_window(b, 1024), PII_OK);
    rs = build_or_fail(b);
    scan_result r = scan_rs(rs, far, strlen(far));
    ck_assert_uint_eq(r.n, 1);
    ck_assert_int_eq(r.f[0].entity, PII_US_SSN);
    ck_assert_uint_eq(r.f[0].start, offset_of(far, "536221234"));
    pii_ruleset_free(rs);
    pii_builder_free(b);
}
END_TEST

START_TEST(test_builder_build_args)
{
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_build(b, NULL), PII_ERR_NULL);
    static char dummy;
    pii_ruleset *rs = (pii_ruleset *)(void *)&dummy; /* any non-NULL value */
    ck_assert_int_eq(pii_builder_build(NULL, &rs), PII_ERR_NULL);
    ck_assert_ptr_null(rs); /* *out is NULL on failure */
    ck_assert_int_eq(pii_builder_build(NULL, NULL), PII_ERR_NULL);

    /* the builder can be reused, and later changes do not reach rulesets
     * already built */
    pii_ruleset *a = build_or_fail(b);
    ck_assert_int_eq(pii_builder_disable(b, PII_EMAIL_ADDRESS), PII_OK);
    pii_ruleset *c = build_or_fail(b);
    ck_assert_ptr_ne(a, c);
    pii_builder_free(b); /* rulesets outlive their builder */
    ck_assert_int_eq(pii_ruleset_entity_enabled(a, PII_EMAIL_ADDRESS), 1);
    ck_assert_int_eq(pii_ruleset_entity_enabled(c, PII_EMAIL_ADDRESS), 0);
    const char *t = "mail john@example.com";
    ck_assert_uint_eq(scan_rs(a, t, strlen(t)).n, 1);
    ck_assert_uint_eq(scan_rs(c, t, strlen(t)).n, 0);
    pii_ruleset_free(a);
    pii_ruleset_free(c);
}
END_TEST

START_TEST(test_ruleset_queries)
{
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_disable(b, PII_PHONE_NUMBER), PII_OK);
    pii_ruleset *rs = build_or_fail(b);
    pii_builder_free(b);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        ck_assert_int_eq(pii_ruleset_entity_enabled(rs, e), e == PII_PHONE_NUMBER ? 0 : 1);
        ck_assert_ptr_nonnull(pii_ruleset_entity_name(rs, e));
        ck_assert_str_eq(pii_ruleset_entity_name(rs, e), ENTITY_NAMES[e]);
    }
    ck_assert_int_eq(pii_ruleset_entity_enabled(rs, -1), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_ruleset_entity_enabled(rs, PII_ENTITY_BUILTIN_COUNT),
                     PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_ruleset_entity_enabled(NULL, PII_US_SSN), PII_ERR_NULL);
    ck_assert_ptr_null(pii_ruleset_entity_name(rs, -1));
    ck_assert_ptr_null(pii_ruleset_entity_name(rs, 999));
    ck_assert_ptr_null(pii_ruleset_entity_name(NULL, PII_US_SSN));
    pii_ruleset_free(rs);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Context and scan arguments                                               */
/* ------------------------------------------------------------------------ */

START_TEST(test_ctx_new_null)
{
    ck_assert_ptr_null(pii_ctx_new(NULL));
}
END_TEST

START_TEST(test_free_null_is_noop)
{
    /* each would crash (and fail the test) if it touched the pointer */
    pii_builder_free(NULL);
    pii_ruleset_free(NULL);
    pii_ctx_free(NULL);
    /* and the objects work normally afterwards */
    pii_ruleset *rs = default_ruleset();
    ck_assert_uint_eq(scan_rs(rs, "536-22-1234", 11).n, 1);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_scan_args)
{
    pii_ruleset *rs = default_ruleset();
    pii_ctx *ctx = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(ctx);
    const char *t = "SSN 536-22-1234";

    ck_assert_int_eq(pii_scan(NULL, t, strlen(t), NULL, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_scan(ctx, NULL, 5, NULL, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_scan(ctx, NULL, SIZE_MAX, NULL, NULL), PII_ERR_NULL);

    /* findings are kept until the next call ... */
    size_t n = 99;
    ck_assert_int_eq(pii_scan(ctx, t, strlen(t), NULL, NULL), 1);
    const pii_finding *f = pii_ctx_findings(ctx, &n);
    ck_assert_uint_eq(n, 1);
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(f[0].start, 4);
    ck_assert_uint_eq(f[0].end, 15);
    ck_assert_int_eq(f[0].entity, PII_US_SSN);
    /* ... which replaces them: NULL data with len 0 is an empty input */
    ck_assert_int_eq(pii_scan(ctx, NULL, 0, NULL, NULL), 0);
    n = 99;
    pii_ctx_findings(ctx, &n);
    ck_assert_uint_eq(n, 0);
    /* an empty non-NULL buffer, and a buffer cut before the number */
    ck_assert_int_eq(pii_scan(ctx, t, 0, NULL, NULL), 0);
    ck_assert_int_eq(pii_scan(ctx, t, 10, NULL, NULL), 0);
    ck_assert_int_eq(pii_scan(ctx, t, strlen(t), NULL, NULL), 1);
    /* an error call clears nothing it should not: a later scan still works */
    ck_assert_int_eq(pii_scan(ctx, NULL, 3, NULL, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_scan(ctx, t, strlen(t), NULL, NULL), 1);

    /* findings of a NULL context */
    n = 99;
    ck_assert_ptr_null(pii_ctx_findings(NULL, &n));
    ck_assert_uint_eq(n, 0);
    pii_ctx_findings(ctx, NULL); /* count may be NULL */

    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

typedef struct cb_state {
    size_t calls;
    size_t stop_at; /* return non-zero on this call (1-based); 0: never */
    int stop_value;
    pii_finding seen[MAX_FINDINGS];
    void *self;
    pii_ctx *ctx; /* for the re-entrancy test */
    int nested_rc;
} cb_state;

static int record_cb(const pii_finding *f, void *user)
{
    cb_state *st = user;
    ck_assert_ptr_eq(st->self, st); /* user pointer passed through */
    if (st->calls < MAX_FINDINGS)
        st->seen[st->calls] = *f;
    st->calls++;
    return st->stop_at && st->calls == st->stop_at ? st->stop_value : 0;
}

START_TEST(test_scan_callback)
{
    pii_ruleset *rs = default_ruleset();
    pii_ctx *ctx = pii_ctx_new(rs);
    const char *t = ALL_ENTITIES_TEXT;
    size_t len = strlen(t);

    /* without a callback: the reference */
    int n = pii_scan(ctx, t, len, NULL, NULL);
    ck_assert_int_eq(n, PII_ENTITY_BUILTIN_COUNT);
    size_t kept;
    const pii_finding *ref_p = pii_ctx_findings(ctx, &kept);
    pii_finding ref[PII_ENTITY_BUILTIN_COUNT];
    memcpy(ref, ref_p, sizeof ref);

    /* with a callback: same findings, same order, count returned */
    cb_state st;
    memset(&st, 0, sizeof st);
    st.self = &st;
    ck_assert_int_eq(pii_scan(ctx, t, len, record_cb, &st), PII_ENTITY_BUILTIN_COUNT);
    ck_assert_uint_eq(st.calls, PII_ENTITY_BUILTIN_COUNT);
    ck_assert(memcmp(st.seen, ref, sizeof ref) == 0);

    /* stopping early: PII_ERR_CALLBACK, and no further calls */
    static const size_t stops[] = {1, 2, 7, PII_ENTITY_BUILTIN_COUNT};
    static const int values[] = {1, -1, 42, INT_MIN};
    for (size_t i = 0; i < N_ELEMS(stops); i++) {
        memset(&st, 0, sizeof st);
        st.self = &st;
        st.stop_at = stops[i];
        st.stop_value = values[i];
        ck_assert_int_eq(pii_scan(ctx, t, len, record_cb, &st), PII_ERR_CALLBACK);
        ck_assert_uint_eq(st.calls, stops[i]);
        ck_assert(memcmp(st.seen, ref, stops[i] * sizeof ref[0]) == 0);
    }
    /* the context is usable after a stopped scan */
    ck_assert_int_eq(pii_scan(ctx, t, len, NULL, NULL), PII_ENTITY_BUILTIN_COUNT);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

static int reentrant_cb(const pii_finding *f, void *user)
{
    (void)f;
    cb_state *st = user;
    st->calls++;
    st->nested_rc = pii_scan(st->ctx, "SSN 536-22-1234", 15, NULL, NULL);
    return 0;
}

START_TEST(test_scan_reentrant_is_busy)
{
    pii_ruleset *rs = default_ruleset();
    pii_ctx *ctx = pii_ctx_new(rs);
    cb_state st;
    memset(&st, 0, sizeof st);
    st.ctx = ctx;
    const char *t = "card 4111 1111 1111 1111";
    ck_assert_int_eq(pii_scan(ctx, t, strlen(t), reentrant_cb, &st), 1);
    ck_assert_uint_eq(st.calls, 1);
    ck_assert_int_eq(st.nested_rc, PII_ERR_BUSY);
    /* no longer busy afterwards */
    ck_assert_int_eq(pii_scan(ctx, "SSN 536-22-1234", 15, NULL, NULL), 1);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_findings_sorted_non_overlapping)
{
    pii_ruleset *rs = default_ruleset();
    /* entity order differs from text order; dense overlapping shapes */
    const char *t = "mac 00:1a:2b:3c:4d:5e, ssn 536221234, call +1 212 555 0199, "
                    "DE89370400440532013000 4111-1111-1111-1111 10.0.0.1:80 "
                    "routing or ssn 122105155, acct phone 4567890123, "
                    "US passport ssn dl 536221235, x@example.com";
    scan_result r = scan_rs(rs, t, strlen(t));
    ck_assert_uint_ge(r.n, 10);
    for (size_t i = 1; i < r.n; i++) {
        ck_assert_uint_lt(r.f[i - 1].start, r.f[i].start);
        ck_assert_uint_le(r.f[i - 1].end, r.f[i].start);
    }
    ck_assert_int_eq(r.f[0].entity, PII_MAC_ADDRESS);
    ck_assert_int_eq(r.f[r.n - 1].entity, PII_EMAIL_ADDRESS);
    pii_ruleset_free(rs);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Error strings never hold input text                                      */
/* ------------------------------------------------------------------------ */

static void assert_no_secret(const char *s)
{
    static const char *const secrets[] = {"4111", "1111 1111", "536-22", "1234", "john@",
                                          "example.com"};
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < N_ELEMS(secrets); i++)
        ck_assert_msg(strstr(s, secrets[i]) == NULL, "error string \"%s\" holds \"%s\"", s,
                      secrets[i]);
}

START_TEST(test_builder_error_never_holds_text)
{
    pii_builder *b = pii_builder_new();
    pii_ruleset *rs = build_or_fail(b);
    pii_ctx *ctx = pii_ctx_new(rs);
    const char *t = "card 4111 1111 1111 1111, SSN 536-22-1234, mail john@example.com";
    ck_assert_int_eq(pii_scan(ctx, t, strlen(t), NULL, NULL), 3);
    assert_no_secret(pii_builder_error(b));

    /* every kind of builder error, after the scan */
    ck_assert_int_lt(pii_builder_set_min_score(b, NAN), 0);
    assert_no_secret(pii_builder_error(b));
    ck_assert_uint_gt(strlen(pii_builder_error(b)), 0);
    ck_assert_int_lt(pii_builder_set_context_window(b, 0), 0);
    assert_no_secret(pii_builder_error(b));
    ck_assert_int_lt(pii_builder_enable(b, 77), 0);
    assert_no_secret(pii_builder_error(b));
    ck_assert_int_lt(pii_builder_enable_names(b, "NOT_AN_ENTITY"), 0);
    assert_no_secret(pii_builder_error(b));
    ck_assert_int_lt(pii_builder_disable_names(b, NULL), 0);
    assert_no_secret(pii_builder_error(b));
    ck_assert_int_lt(pii_builder_build(NULL, NULL), 0);
    assert_no_secret(pii_builder_error(b));
    assert_no_secret(pii_builder_error(NULL));

    /* error names and messages of the scan calls too */
    ck_assert_int_eq(pii_scan(ctx, NULL, 4, NULL, NULL), PII_ERR_NULL);
    assert_no_secret(pii_error_message(PII_ERR_NULL));
    for (size_t i = 0; i < N_ELEMS(ERRORS); i++) {
        assert_no_secret(pii_error_name(ERRORS[i].code));
        assert_no_secret(pii_error_message(ERRORS[i].code));
    }
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    pii_builder_free(b);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Enable/disable and min_score effects                                     */
/* ------------------------------------------------------------------------ */

START_TEST(test_all_entities_reference)
{
    pii_ruleset *rs = default_ruleset();
    scan_result r = scan_rs(rs, ALL_ENTITIES_TEXT, strlen(ALL_ENTITIES_TEXT));
    ck_assert_uint_eq(r.n, PII_ENTITY_BUILTIN_COUNT);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        size_t st = offset_of(ALL_ENTITIES_TEXT, ALL_ENTITIES_MATCH[e]);
        ck_assert_msg(r.f[e].entity == e, "finding %d is %s", e, pii_entity_name(r.f[e].entity));
        ck_assert_uint_eq(r.f[e].start, st);
        ck_assert_uint_eq(r.f[e].end, st + strlen(ALL_ENTITIES_MATCH[e]));
    }
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_disable_removes_findings)
{
    pii_ruleset *rs = default_ruleset();
    scan_result all = scan_rs(rs, ALL_ENTITIES_TEXT, strlen(ALL_ENTITIES_TEXT));
    pii_ruleset_free(rs);
    ck_assert_uint_eq(all.n, PII_ENTITY_BUILTIN_COUNT);

    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        /* by id */
        pii_builder *b = pii_builder_new();
        ck_assert_int_eq(pii_builder_disable(b, e), PII_OK);
        rs = build_or_fail(b);
        scan_result r = scan_rs(rs, ALL_ENTITIES_TEXT, strlen(ALL_ENTITIES_TEXT));
        ck_assert_msg(!has_entity(&r, e), "%s still reported when disabled", ENTITY_NAMES[e]);
        for (size_t i = 0; i < all.n; i++)
            if (all.f[i].entity != e)
                ck_assert_msg(has_finding(&r, &all.f[i]), "disabling %s lost %s",
                              ENTITY_NAMES[e], ENTITY_NAMES[all.f[i].entity]);
        pii_ruleset_free(rs);

        /* only this one, by name */
        ck_assert_int_eq(pii_builder_disable_all(b), PII_OK);
        ck_assert_int_eq(pii_builder_enable_names(b, ENTITY_NAMES[e]), PII_OK);
        rs = build_or_fail(b);
        r = scan_rs(rs, ALL_ENTITIES_TEXT, strlen(ALL_ENTITIES_TEXT));
        /* its own finding, and nothing of another entity (with US_PASSPORT
         * off, the US passport number may still be reported as PASSPORT) */
        ck_assert_msg(has_finding(&r, &all.f[e]), "only %s enabled: not found", ENTITY_NAMES[e]);
        for (size_t i = 0; i < r.n; i++)
            ck_assert_msg(r.f[i].entity == e, "only %s enabled: got %s", ENTITY_NAMES[e],
                          ENTITY_NAMES[r.f[i].entity]);
        ck_assert_uint_le(r.n, e == PII_PASSPORT ? 2 : 1);
        pii_ruleset_free(rs);
        pii_builder_free(b);
    }

    /* nothing enabled: nothing found */
    pii_builder *b = pii_builder_new();
    pii_builder_disable_all(b);
    rs = build_or_fail(b);
    ck_assert_uint_eq(scan_rs(rs, ALL_ENTITIES_TEXT, strlen(ALL_ENTITIES_TEXT)).n, 0);
    pii_ruleset_free(rs);
    pii_builder_free(b);
}
END_TEST

static scan_result scan_min_score(double min, const char *t)
{
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_set_min_score(b, min), PII_OK);
    pii_ruleset *rs = build_or_fail(b);
    scan_result r = scan_rs(rs, t, strlen(t));
    pii_ruleset_free(rs);
    pii_builder_free(b);
    for (size_t i = 0; i < r.n; i++)
        ck_assert_msg(r.f[i].score >= min - 0.0005, "score %f under min %f", r.f[i].score, min);
    return r;
}

START_TEST(test_min_score_effect)
{
    /* a bare nine-digit SSN scores 0.3: below the default, above 0.25 */
    ck_assert_uint_eq(scan_min_score(PII_DEFAULT_MIN_SCORE, "536221234").n, 0);
    scan_result r = scan_min_score(0.25, "536221234");
    ck_assert_uint_eq(r.n, 1);
    ck_assert_int_eq(r.f[0].entity, PII_US_SSN);
    ck_assert_double_lt(r.f[0].score, PII_DEFAULT_MIN_SCORE);
    /* at 0 every candidate is in play, yet findings still never overlap and
     * plain words give nothing */
    ck_assert_uint_eq(scan_min_score(0.0, "536221234").n, 1);
    ck_assert_uint_eq(scan_min_score(0.0, "hello world, nothing here").n, 0);

    /* raising it drops the weaker findings */
    const char *t = "ssn 536221234 and 536-22-1234 and card 4111 1111 1111 1111";
    ck_assert_uint_eq(scan_min_score(PII_DEFAULT_MIN_SCORE, t).n, 3);
    r = scan_min_score(0.9, t);
    ck_assert_uint_eq(r.n, 2); /* the dashed SSN without hotword (0.6) goes */
    ck_assert_int_eq(r.f[0].entity, PII_US_SSN);
    ck_assert_int_eq(r.f[1].entity, PII_CREDIT_CARD);
    r = scan_min_score(0.97, t);
    ck_assert_uint_eq(r.n, 1);
    ck_assert_int_eq(r.f[0].entity, PII_CREDIT_CARD);

    /* 1.0 keeps only certain findings: a card in a column named "card" */
    r = scan_min_score(1.0, "name,card\nJo,4111111111111111");
    ck_assert_uint_eq(r.n, 1);
    ck_assert_double_eq(r.f[0].score, 1.0);
    ck_assert_uint_eq(scan_min_score(1.0, "card 4111111111111111").n, 0);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Threads                                                                  */
/* ------------------------------------------------------------------------ */

typedef struct thread_job {
    const pii_ruleset *rs;
    const char *text;
    size_t len;
    int rounds;
    /* results */
    int rc;
    size_t n;
    pii_finding *f;
    int consistent; /* every round gave the same findings */
} thread_job;

static void *thread_main(void *arg)
{
    thread_job *job = arg;
    pii_ctx *ctx = pii_ctx_new(job->rs);
    job->consistent = ctx != NULL;
    job->rc = -1;
    for (int k = 0; ctx && k < job->rounds; k++) {
        int rc = pii_scan(ctx, job->text, job->len, NULL, NULL);
        size_t n;
        const pii_finding *f = pii_ctx_findings(ctx, &n);
        if (k == 0) {
            job->rc = rc;
            job->n = n;
            job->f = malloc(n * sizeof *f + 1);
            if (!job->f) {
                job->consistent = 0;
                break;
            }
            memcpy(job->f, f, n * sizeof *f);
        } else if (rc != job->rc || n != job->n || memcmp(f, job->f, n * sizeof *f) != 0) {
            job->consistent = 0;
        }
    }
    pii_ctx_free(ctx);
    return NULL;
}

START_TEST(test_threads_share_ruleset)
{
    /* a text with every entity, table rows and look-alikes, repeated */
    const char *unit = "SSN 536-22-1234; ITIN 912-70-1234; dl D1234567; "
                       "US passport 123456789; card 4111 1111 1111 1111; "
                       "routing 011000015 acct 12345678901; DE89 3704 0044 0532 0130 00; "
                       "john@example.com 192.168.1.10 (212) 555-0199 00:1a:2b:3c:4d:5e "
                       "v1.2.3.4 978-3-16-148410-0\nname,ssn\nJo,536221234\n";
    size_t ul = strlen(unit), reps = 400;
    char *text = malloc(ul * reps + 1);
    ck_assert_ptr_nonnull(text);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * ul, unit, ul);
    text[ul * reps] = '\0';

    pii_ruleset *rs = default_ruleset();
    thread_job ref = {rs, text, ul * reps, 1, 0, 0, NULL, 0};
    thread_main(&ref);
    ck_assert(ref.consistent);
    ck_assert_int_gt(ref.rc, (int)reps * 10);

    enum { NTHREADS = 4 };
    thread_job jobs[NTHREADS];
    pthread_t tid[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        jobs[i] = (thread_job){rs, text, ul * reps, 5, 0, 0, NULL, 0};
        ck_assert_int_eq(pthread_create(&tid[i], NULL, thread_main, &jobs[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++)
        ck_assert_int_eq(pthread_join(tid[i], NULL), 0);
    for (int i = 0; i < NTHREADS; i++) {
        ck_assert_msg(jobs[i].consistent, "thread %d: rounds differ", i);
        ck_assert_int_eq(jobs[i].rc, ref.rc);
        ck_assert_uint_eq(jobs[i].n, ref.n);
        ck_assert(memcmp(jobs[i].f, ref.f, ref.n * sizeof *ref.f) == 0);
        free(jobs[i].f);
    }
    free(ref.f);
    pii_ruleset_free(rs);
    free(text);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Validators: API errors                                                   */
/* ------------------------------------------------------------------------ */

START_TEST(test_validate_api)
{
    const char *card = "4111111111111111";
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, card, strlen(card)), 1);
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, "4111111111111112", 16), 0);
    ck_assert_int_eq(pii_validate(PII_US_SSN, "536-22-1234", 11), 1);
    ck_assert_int_eq(pii_validate(PII_US_SSN, "536-22-1234", 10), 0); /* len is honoured */
    ck_assert_int_eq(pii_validate(-1, card, 16), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_validate(PII_ENTITY_BUILTIN_COUNT, card, 16), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_validate(INT_MAX, card, 16), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, NULL, 16), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, NULL, 0), 0);
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, "", 0), 0);

    char sub[PII_SUBTYPE_MAX];
    strcpy(sub, "keep");
    ck_assert_int_eq(pii_validate_ex(PII_CREDIT_CARD, card, 16, sub), 1);
    ck_assert_str_eq(sub, "VISA");
    ck_assert_int_eq(pii_validate_ex(PII_IBAN_CODE, "DE89 3704 0044 0532 0130 00", 27, sub), 1);
    ck_assert_str_eq(sub, "DE");
    ck_assert_int_eq(pii_validate_ex(PII_CREDIT_CARD, "4111111111111112", 16, sub), 0);
    ck_assert_str_eq(sub, "");
    /* left alone on an error return */
    strcpy(sub, "keep");
    ck_assert_int_eq(pii_validate_ex(99, card, 16, sub), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_str_eq(sub, "keep");
    ck_assert_int_eq(pii_validate_ex(PII_CREDIT_CARD, NULL, 16, sub), PII_ERR_NULL);
    ck_assert_str_eq(sub, "keep");
    ck_assert_int_eq(pii_validate_ex(PII_CREDIT_CARD, card, 16, NULL), 1);

    ck_assert_int_eq(pii_validate_named("luhn", card, 16), 1);
    ck_assert_int_eq(pii_validate_named("LUHN", card, 16), 1);
    ck_assert_int_eq(pii_validate_named("Luhn", "4111111111111112", 16), 0);
    ck_assert_int_eq(pii_validate_named(NULL, card, 16), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate_named("luhn", NULL, 16), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate_named("luhn", NULL, 0), 0);
    ck_assert_int_eq(pii_validate_named("no_such_validator", card, 16), PII_ERR_UNSUPPORTED);
    ck_assert_int_eq(pii_validate_named("", card, 16), PII_ERR_UNSUPPORTED);
    ck_assert_int_eq(pii_validate_named("luhnx", card, 16), PII_ERR_UNSUPPORTED);
    ck_assert_int_eq(pii_validate_named("lu", card, 16), PII_ERR_UNSUPPORTED);
    static const char *const names[] = {"luhn", "iban", "aba",   "ssn",   "itin", "mrz",
                                        "ipv4", "ipv6", "email", "mac",   "nanp"};
    for (size_t i = 0; i < N_ELEMS(names); i++) {
        int rc = pii_validate_named(names[i], "x", 1);
        ck_assert_msg(rc == 0, "validator %s on \"x\": %d", names[i], rc);
    }
}
END_TEST

/* A custom match of more than 256 bytes of input is not reported, also
 * where normalization makes it shorter in the text the rules see (a
 * no-break space, two bytes, is one space there). */
START_TEST(test_custom_span_cap_in_input_bytes)
{
    pii_builder *b = pii_builder_new();
    pii_rule r = {"LONG_RUN", "X[a ]{240,300}Y", 0.9, NULL, 0, NULL, NULL};
    int id = pii_builder_add_rule(b, &r);
    ck_assert_int_ge(id, PII_ENTITY_BUILTIN_COUNT);
    pii_ruleset *rs = build_or_fail(b);
    pii_builder_free(b);
    pii_ctx *ctx = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(ctx);
    char text[400];
    for (int nbsp = 0; nbsp <= 1; nbsp++) {
        /* 'X', 250 characters, 'Y': 252 bytes, or 262 with ten no-break spaces */
        size_t n = 0;
        text[n++] = 'X';
        for (int i = 0; i < 250; i++) {
            if (nbsp && i % 25 == 12) {
                text[n++] = (char)0xC2;
                text[n++] = (char)0xA0;
            } else {
                text[n++] = i % 5 == 4 ? ' ' : 'a';
            }
        }
        text[n++] = 'Y';
        int rc = pii_scan(ctx, text, n, NULL, NULL);
        ck_assert_int_ge(rc, 0);
        size_t count = 0;
        const pii_finding *f = pii_ctx_findings(ctx, &count);
        ck_assert_uint_eq(count, (size_t)rc);
        size_t custom = 0;
        for (size_t i = 0; i < count; i++)
            if (f[i].entity == id) {
                custom++;
                ck_assert_uint_le(f[i].end - f[i].start, 256);
            }
        ck_assert_uint_eq(custom, nbsp ? 0 : 1);
    }
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

/* ------------------------------------------------------------------------ */

static Suite *api_suite(void)
{
    Suite *s = suite_create("api");
    struct {
        const char *name;
        const TTest *tests[12];
    } cases[] = {
        {"version", {test_version}},
        {"errors", {test_error_codes_stable, test_error_names_and_messages,
                    test_error_unknown_code}},
        {"entities", {test_entity_names_round_trip, test_entity_names_case_insensitive,
                      test_entity_names_unknown}},
        {"builder", {test_builder_enable_disable_by_id, test_builder_enable_disable_by_name,
                     test_builder_min_score_range, test_builder_context_window_range,
                     test_builder_context_window_effect, test_builder_build_args,
                     test_ruleset_queries}},
        {"scan", {test_ctx_new_null, test_free_null_is_noop, test_scan_args, test_scan_callback,
                  test_scan_reentrant_is_busy, test_findings_sorted_non_overlapping}},
        {"no_leaks_in_errors", {test_builder_error_never_holds_text}},
        {"effects", {test_all_entities_reference, test_disable_removes_findings,
                     test_min_score_effect}},
        {"threads", {test_threads_share_ruleset}},
        {"validate", {test_validate_api}},
        {"custom", {test_custom_span_cap_in_input_bytes}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_set_timeout(tc, 120);
        for (size_t j = 0; j < N_ELEMS(cases[i].tests) && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    return s;
}

PII_CHECK_MAIN(api_suite)
