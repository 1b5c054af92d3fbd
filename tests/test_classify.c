/*
 * test_classify.c - Check suite for classification (issue 8 point 3):
 * categories and sensitivity of entities, and the document summary
 * (pii_ctx_summary).
 *
 *   entities   pii_entity_category / pii_entity_sensitivity for the 13
 *              built-in entities, bad ids and a NULL ruleset;
 *              pii_sensitivity_name for every level and out-of-range ones
 *   custom     a custom rule's category ("hr"), "custom" when it gives none,
 *              sensitivity HIGH, bad categories refused; rules naming one
 *              entity share its category, a later rule's is not dropped
 *   summary    after pii_scan and pii_redact: bytes, findings, counts per
 *              entity and per category, highest sensitivity, equal to what
 *              the findings say; after a stream fed in chunks of any size
 *              (split at every byte too), the same as one-shot; reset
 *              between documents and streams; min_score, disabled entities
 *              and the allow list change the counts; no text kept (the
 *              summary holds counts and category names only, and stays
 *              the same when the input is wiped)
 */
#include <check.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

#define REQUIRE(cond, ...)                                                   \
    do {                                                                     \
        if (!(cond))                                                         \
            ck_abort_msg(__VA_ARGS__);                                       \
    } while (0)

/* One of each built-in entity (tests/test_detectors.c has the same line). */
static const char ALL13[] =
    "SSN 536-22-1234; ITIN 912-70-1234; driver license D1234567; "
    "US passport 123456789; German passport C01X00T47; card 4111 1111 1111 1111; "
    "routing number 011000015; account number 12345678901; "
    "IBAN DE89 3704 0044 0532 0130 00; mail jane.doe@example.com; ip 203.0.113.42; "
    "phone (415) 555-0132; mac 00:1A:2B:3C:4D:5E.";

static const struct {
    int entity;
    const char *category;
    int level;
} BUILTIN[PII_ENTITY_BUILTIN_COUNT] = {
    {PII_US_SSN, "government_id", PII_SENSITIVITY_CRITICAL},
    {PII_US_ITIN, "government_id", PII_SENSITIVITY_CRITICAL},
    {PII_US_DRIVER_LICENSE, "government_id", PII_SENSITIVITY_HIGH},
    {PII_US_PASSPORT, "government_id", PII_SENSITIVITY_CRITICAL},
    {PII_PASSPORT, "government_id", PII_SENSITIVITY_CRITICAL},
    {PII_CREDIT_CARD, "financial", PII_SENSITIVITY_CRITICAL},
    {PII_ABA_ROUTING_NUMBER, "financial", PII_SENSITIVITY_MODERATE},
    {PII_US_BANK_NUMBER, "financial", PII_SENSITIVITY_HIGH},
    {PII_IBAN_CODE, "financial", PII_SENSITIVITY_HIGH},
    {PII_EMAIL_ADDRESS, "contact", PII_SENSITIVITY_MODERATE},
    {PII_IP_ADDRESS, "network", PII_SENSITIVITY_LOW},
    {PII_PHONE_NUMBER, "contact", PII_SENSITIVITY_MODERATE},
    {PII_MAC_ADDRESS, "network", PII_SENSITIVITY_LOW},
};

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static pii_ruleset *build(double min_score)
{
    pii_builder *b = pii_builder_new();
    REQUIRE(b != NULL, "pii_builder_new");
    REQUIRE(pii_builder_set_min_score(b, min_score) == PII_OK, "min_score");
    pii_ruleset *rs = NULL;
    int rc = pii_builder_build(b, &rs);
    pii_builder_free(b);
    REQUIRE(rc == PII_OK, "build: %s", pii_error_name(rc));
    return rs;
}

/* A ruleset with two custom rules: EMPLOYEE_ID (category "hr") and
 * TICKET_REF (no category). */
static pii_ruleset *build_custom(int *emp, int *ticket)
{
    pii_builder *b = pii_builder_new();
    REQUIRE(b != NULL, "pii_builder_new");
    static const char *const words[] = {"employee"};
    pii_rule r1 = {"EMPLOYEE_ID", "\\bEMP-\\d{6}\\b", 0.9, words, 1, NULL, "hr"};
    pii_rule r2 = {"TICKET_REF", "\\bTCK\\d{5}\\b", 0.8, NULL, 0, NULL, NULL};
    *emp = pii_builder_add_rule(b, &r1);
    *ticket = pii_builder_add_rule(b, &r2);
    REQUIRE(*emp >= PII_ENTITY_BUILTIN_COUNT && *ticket >= PII_ENTITY_BUILTIN_COUNT &&
                *emp != *ticket,
            "add_rule: %d %d (%s)", *emp, *ticket, pii_builder_error(b));
    pii_ruleset *rs = NULL;
    int rc = pii_builder_build(b, &rs);
    pii_builder_free(b);
    REQUIRE(rc == PII_OK, "build: %s", pii_error_name(rc));
    return rs;
}

/* A copy of a summary, so that two can be compared after more calls. */
typedef struct sum_copy {
    uint64_t bytes, findings;
    int max;
    size_t ne, nc;
    uint64_t per_entity[64];
    uint64_t per_category[64];
    const char *names[64];
} sum_copy;

static sum_copy summary_of(pii_ctx *ctx)
{
    pii_summary s;
    memset(&s, 0xA5, sizeof s);
    int rc = pii_ctx_summary(ctx, &s);
    REQUIRE(rc == PII_OK, "pii_ctx_summary: %s", pii_error_name(rc));
    sum_copy c;
    memset(&c, 0, sizeof c);
    c.bytes = s.bytes;
    c.findings = s.findings;
    c.max = s.max_sensitivity;
    c.ne = s.nentities;
    c.nc = s.ncategories;
    REQUIRE(c.ne <= 64 && c.nc <= 64, "summary sizes %zu %zu", c.ne, c.nc);
    REQUIRE(c.ne == 0 || s.per_entity != NULL, "per_entity NULL");
    REQUIRE(c.nc == 0 || (s.per_category != NULL && s.category_names != NULL),
            "per_category NULL");
    for (size_t i = 0; i < c.ne; i++)
        c.per_entity[i] = s.per_entity[i];
    for (size_t i = 0; i < c.nc; i++) {
        c.per_category[i] = s.per_category[i];
        c.names[i] = s.category_names[i];
        REQUIRE(c.names[i] != NULL, "category name %zu is NULL", i);
    }
    return c;
}

static void assert_same_summary(const sum_copy *a, const sum_copy *b, const char *what)
{
    REQUIRE(a->bytes == b->bytes, "%s: bytes %llu vs %llu", what, (unsigned long long)a->bytes,
            (unsigned long long)b->bytes);
    REQUIRE(a->findings == b->findings, "%s: findings %llu vs %llu", what,
            (unsigned long long)a->findings, (unsigned long long)b->findings);
    REQUIRE(a->max == b->max, "%s: max sensitivity %d vs %d", what, a->max, b->max);
    REQUIRE(a->ne == b->ne && a->nc == b->nc, "%s: sizes differ", what);
    for (size_t i = 0; i < a->ne; i++)
        REQUIRE(a->per_entity[i] == b->per_entity[i], "%s: entity %zu: %llu vs %llu", what, i,
                (unsigned long long)a->per_entity[i], (unsigned long long)b->per_entity[i]);
    for (size_t i = 0; i < a->nc; i++) {
        REQUIRE(strcmp(a->names[i], b->names[i]) == 0, "%s: category %zu: %s vs %s", what, i,
                a->names[i], b->names[i]);
        REQUIRE(a->per_category[i] == b->per_category[i], "%s: category %s: %llu vs %llu", what,
                a->names[i], (unsigned long long)a->per_category[i],
                (unsigned long long)b->per_category[i]);
    }
}

static uint64_t category_count(const sum_copy *s, const char *name)
{
    for (size_t i = 0; i < s->nc; i++)
        if (strcmp(s->names[i], name) == 0)
            return s->per_category[i];
    ck_abort_msg("no category '%s' in the summary", name);
    return 0;
}

/* The summary must agree with the findings: counts per entity, per
 * category (through pii_entity_category), total and highest level. */
static void assert_summary_matches(const pii_ruleset *rs, const sum_copy *s,
                                   const pii_finding *f, size_t n, uint64_t bytes,
                                   const char *what)
{
    REQUIRE(s->bytes == bytes, "%s: bytes %llu, want %llu", what, (unsigned long long)s->bytes,
            (unsigned long long)bytes);
    REQUIRE(s->findings == n, "%s: findings %llu, want %zu", what,
            (unsigned long long)s->findings, n);
    REQUIRE(s->ne == (size_t)pii_ruleset_entity_count(rs), "%s: nentities %zu", what, s->ne);
    uint64_t per[64] = {0};
    int max = PII_SENSITIVITY_NONE;
    for (size_t i = 0; i < n; i++) {
        per[f[i].entity]++;
        int lv = pii_entity_sensitivity(rs, f[i].entity);
        if (lv > max)
            max = lv;
    }
    for (size_t e = 0; e < s->ne; e++)
        REQUIRE(s->per_entity[e] == per[e], "%s: %s: %llu, want %llu", what,
                pii_ruleset_entity_name(rs, (int)e), (unsigned long long)s->per_entity[e],
                (unsigned long long)per[e]);
    REQUIRE(s->max == max, "%s: max sensitivity %d, want %d", what, s->max, max);
    /* categories: each name once, every entity's category present */
    uint64_t total = 0;
    for (size_t c = 0; c < s->nc; c++) {
        for (size_t d = 0; d < c; d++)
            REQUIRE(strcmp(s->names[c], s->names[d]) != 0, "%s: category %s twice", what,
                    s->names[c]);
        uint64_t want = 0;
        for (size_t e = 0; e < s->ne; e++)
            if (strcmp(pii_entity_category(rs, (int)e), s->names[c]) == 0)
                want += per[e];
        REQUIRE(s->per_category[c] == want, "%s: category %s: %llu, want %llu", what,
                s->names[c], (unsigned long long)s->per_category[c], (unsigned long long)want);
        total += s->per_category[c];
    }
    for (size_t e = 0; e < s->ne; e++) {
        bool seen = false;
        for (size_t c = 0; c < s->nc && !seen; c++)
            seen = strcmp(pii_entity_category(rs, (int)e), s->names[c]) == 0;
        REQUIRE(seen, "%s: category of %s missing", what, pii_ruleset_entity_name(rs, (int)e));
    }
    REQUIRE(total == n, "%s: categories add up to %llu, findings %zu", what,
            (unsigned long long)total, n);
}

static pii_ctx *new_ctx(const pii_ruleset *rs)
{
    pii_ctx *ctx = pii_ctx_new(rs);
    REQUIRE(ctx != NULL, "pii_ctx_new");
    return ctx;
}

/* ------------------------------------------------------------------------ */
/* Entities                                                                 */
/* ------------------------------------------------------------------------ */

START_TEST(test_builtin_categories)
{
    pii_ruleset *rs = build(PII_DEFAULT_MIN_SCORE);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        ck_assert_int_eq(BUILTIN[e].entity, e);
        const char *c = pii_entity_category(rs, e);
        ck_assert_msg(c && strcmp(c, BUILTIN[e].category) == 0, "%s: category '%s', want '%s'",
                      pii_entity_name(e), c ? c : "(null)", BUILTIN[e].category);
        ck_assert_msg(pii_entity_sensitivity(rs, e) == BUILTIN[e].level,
                      "%s: sensitivity %d, want %d", pii_entity_name(e),
                      pii_entity_sensitivity(rs, e), BUILTIN[e].level);
    }
    pii_ruleset_free(rs);

    /* the same whatever is enabled */
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_disable_all(b), PII_OK);
    ck_assert_int_eq(pii_builder_enable(b, PII_IP_ADDRESS), PII_OK);
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_builder_free(b);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        ck_assert_str_eq(pii_entity_category(rs, e), BUILTIN[e].category);
        ck_assert_int_eq(pii_entity_sensitivity(rs, e), BUILTIN[e].level);
    }
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_bad_entity_ids)
{
    pii_ruleset *rs = build(PII_DEFAULT_MIN_SCORE);
    static const int bad[] = {-1, -2, PII_ENTITY_BUILTIN_COUNT, PII_ENTITY_BUILTIN_COUNT + 1,
                              1000, INT_MAX, INT_MIN, INT_MIN + 1};
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ck_assert_msg(pii_entity_category(rs, bad[i]) == NULL, "category of %d not NULL", bad[i]);
        ck_assert_msg(pii_entity_sensitivity(rs, bad[i]) == PII_ERR_UNKNOWN_ENTITY,
                      "sensitivity of %d: %d", bad[i], pii_entity_sensitivity(rs, bad[i]));
    }
    ck_assert_ptr_null(pii_entity_category(NULL, PII_US_SSN));
    ck_assert_int_eq(pii_entity_sensitivity(NULL, PII_US_SSN), PII_ERR_NULL);
    ck_assert_int_eq(pii_entity_sensitivity(NULL, -1), PII_ERR_NULL);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_sensitivity_names)
{
    static const char *const names[] = {"none", "low", "moderate", "high", "critical"};
    ck_assert_int_eq(PII_SENSITIVITY_NONE, 0);
    ck_assert_int_eq(PII_SENSITIVITY_LOW, 1);
    ck_assert_int_eq(PII_SENSITIVITY_MODERATE, 2);
    ck_assert_int_eq(PII_SENSITIVITY_HIGH, 3);
    ck_assert_int_eq(PII_SENSITIVITY_CRITICAL, 4);
    for (int lv = 0; lv <= PII_SENSITIVITY_CRITICAL; lv++) {
        const char *n = pii_sensitivity_name(lv);
        ck_assert_msg(n && strcmp(n, names[lv]) == 0, "level %d: '%s'", lv, n ? n : "(null)");
    }
    static const int bad[] = {-1, 5, 6, 100, INT_MAX, INT_MIN};
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_msg(pii_sensitivity_name(bad[i]) == NULL, "level %d has a name", bad[i]);
}
END_TEST

START_TEST(test_custom_categories)
{
    int emp, ticket;
    pii_ruleset *rs = build_custom(&emp, &ticket);
    ck_assert_int_eq(pii_ruleset_entity_count(rs), PII_ENTITY_BUILTIN_COUNT + 2);
    ck_assert_str_eq(pii_entity_category(rs, emp), "hr");
    ck_assert_str_eq(pii_entity_category(rs, ticket), "custom");
    ck_assert_int_eq(pii_entity_sensitivity(rs, emp), PII_SENSITIVITY_HIGH);
    ck_assert_int_eq(pii_entity_sensitivity(rs, ticket), PII_SENSITIVITY_HIGH);
    ck_assert_ptr_null(pii_entity_category(rs, PII_ENTITY_BUILTIN_COUNT + 2));
    ck_assert_int_eq(pii_entity_sensitivity(rs, PII_ENTITY_BUILTIN_COUNT + 2),
                     PII_ERR_UNKNOWN_ENTITY);
    /* built-ins unchanged by custom rules */
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
        ck_assert_str_eq(pii_entity_category(rs, e), BUILTIN[e].category);
    pii_ruleset_free(rs);

    /* the category is copied; bad categories are refused */
    pii_builder *b = pii_builder_new();
    char cat[40];
    strcpy(cat, "people_ops");
    pii_rule r = {"BADGE", "BDG\\d{4}", 0.9, NULL, 0, NULL, cat};
    int id = pii_builder_add_rule(b, &r);
    ck_assert_int_ge(id, PII_ENTITY_BUILTIN_COUNT);
    strcpy(cat, "changed");
    pii_rule empty = {"BADGE2", "BDX\\d{4}", 0.9, NULL, 0, NULL, ""};
    ck_assert_int_eq(pii_builder_add_rule(b, &empty), PII_ERR_INVALID_ARG);
    ck_assert_msg(strstr(pii_builder_error(b), "category") != NULL, "error: %s",
                  pii_builder_error(b));
    memset(cat, 'c', 33);
    cat[33] = '\0';
    pii_rule longer = {"BADGE3", "BDY\\d{4}", 0.9, NULL, 0, NULL, cat};
    ck_assert_int_eq(pii_builder_add_rule(b, &longer), PII_ERR_INVALID_ARG);
    cat[32] = '\0'; /* 32 characters: the limit */
    pii_rule limit = {"BADGE4", "BDZ\\d{4}", 0.9, NULL, 0, NULL, cat};
    int id4 = pii_builder_add_rule(b, &limit);
    ck_assert_int_ge(id4, PII_ENTITY_BUILTIN_COUNT);
    /* a custom rule may put itself in a built-in category */
    pii_rule gov = {"STATE_ID", "SID\\d{6}", 0.9, NULL, 0, NULL, "government_id"};
    int idg = pii_builder_add_rule(b, &gov);
    ck_assert_int_ge(idg, PII_ENTITY_BUILTIN_COUNT);
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_builder_free(b);
    ck_assert_str_eq(pii_entity_category(rs, id), "people_ops");
    ck_assert_str_eq(pii_entity_category(rs, id4), cat);
    ck_assert_str_eq(pii_entity_category(rs, idg), "government_id");
    ck_assert_int_eq(pii_entity_sensitivity(rs, idg), PII_SENSITIVITY_HIGH);

    /* in the summary, "government_id" is one slot shared with built-ins */
    pii_ctx *ctx = new_ctx(rs);
    static const char text[] = "SSN 536-22-1234, state SID123456, badge BDG1234";
    int n = pii_scan(ctx, text, sizeof text - 1, NULL, NULL);
    ck_assert_int_eq(n, 3);
    sum_copy s = summary_of(ctx);
    ck_assert_uint_eq(category_count(&s, "government_id"), 2);
    ck_assert_uint_eq(category_count(&s, "people_ops"), 1);
    ck_assert_uint_eq(s.per_entity[idg], 1);
    ck_assert_int_eq(s.max, PII_SENSITIVITY_CRITICAL);
    size_t gov_slots = 0;
    for (size_t i = 0; i < s.nc; i++)
        gov_slots += strcmp(s.names[i], "government_id") == 0;
    ck_assert_uint_eq(gov_slots, 1);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

/* Rules that name the same entity share one id and one category: a
 * category that only a later rule gives becomes the entity's (a category
 * conflicting with an earlier rule's would be refused), never dropped
 * without an error so that the findings count as "custom". */
START_TEST(test_rules_of_one_entity_share_category)
{
    pii_builder *b = pii_builder_new();
    pii_rule r1 = {"EMPLOYEE_ID", "EMP-\\d{6}", 0.9, NULL, 0, NULL, NULL};
    pii_rule r2 = {"EMPLOYEE_ID", "E\\d{8}", 0.9, NULL, 0, NULL, "hr"};
    int a = pii_builder_add_rule(b, &r1);
    int c = pii_builder_add_rule(b, &r2);
    ck_assert_int_ge(a, PII_ENTITY_BUILTIN_COUNT);
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_builder_free(b);
    const char *cat = pii_entity_category(rs, a);
    int ok = c < 0 || strcmp(cat, "hr") == 0;
    pii_ruleset_free(rs);
    ck_assert_msg(ok, "second rule of EMPLOYEE_ID declared category 'hr', accepted (%d), but the "
                      "entity's category is '%s'",
                  c, cat);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Summary                                                                  */
/* ------------------------------------------------------------------------ */

START_TEST(test_summary_args)
{
    pii_ruleset *rs = build(PII_DEFAULT_MIN_SCORE);
    pii_ctx *ctx = new_ctx(rs);
    pii_summary s;
    ck_assert_int_eq(pii_ctx_summary(NULL, &s), PII_ERR_NULL);
    ck_assert_int_eq(pii_ctx_summary(ctx, NULL), PII_ERR_NULL);
    /* a fresh context: nothing scanned yet */
    sum_copy c = summary_of(ctx);
    ck_assert_uint_eq(c.bytes, 0);
    ck_assert_uint_eq(c.findings, 0);
    ck_assert_int_eq(c.max, PII_SENSITIVITY_NONE);
    ck_assert_uint_eq(c.ne, PII_ENTITY_BUILTIN_COUNT);
    ck_assert_uint_eq(c.nc, 4);
    for (size_t i = 0; i < c.ne; i++)
        ck_assert_uint_eq(c.per_entity[i], 0);
    for (size_t i = 0; i < c.nc; i++)
        ck_assert_uint_eq(c.per_category[i], 0);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_summary_after_scan)
{
    pii_ruleset *rs = build(PII_DEFAULT_MIN_SCORE);
    pii_ctx *ctx = new_ctx(rs);
    int n = pii_scan(ctx, ALL13, sizeof ALL13 - 1, NULL, NULL);
    ck_assert_int_eq(n, 13);
    sum_copy s = summary_of(ctx);
    ck_assert_uint_eq(s.bytes, sizeof ALL13 - 1);
    ck_assert_uint_eq(s.findings, 13);
    ck_assert_int_eq(s.max, PII_SENSITIVITY_CRITICAL);
    ck_assert_uint_eq(s.ne, PII_ENTITY_BUILTIN_COUNT);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
        ck_assert_msg(s.per_entity[e] == 1, "%s: %llu", pii_entity_name(e),
                      (unsigned long long)s.per_entity[e]);
    /* four categories, in order of first appearance by entity id */
    ck_assert_uint_eq(s.nc, 4);
    ck_assert_str_eq(s.names[0], "government_id");
    ck_assert_str_eq(s.names[1], "financial");
    ck_assert_str_eq(s.names[2], "contact");
    ck_assert_str_eq(s.names[3], "network");
    ck_assert_uint_eq(s.per_category[0], 5);
    ck_assert_uint_eq(s.per_category[1], 4);
    ck_assert_uint_eq(s.per_category[2], 2);
    ck_assert_uint_eq(s.per_category[3], 2);
    size_t nf = 0;
    const pii_finding *f = pii_ctx_findings(ctx, &nf);
    assert_summary_matches(rs, &s, f, nf, sizeof ALL13 - 1, "ALL13");

    /* counts, not presence: three emails and an IP */
    static const char three[] = "a.b@example.com, c.d@example.org and e.f@example.net from "
                                "198.51.100.7";
    n = pii_scan(ctx, three, sizeof three - 1, NULL, NULL);
    ck_assert_int_eq(n, 4);
    s = summary_of(ctx);
    ck_assert_uint_eq(s.per_entity[PII_EMAIL_ADDRESS], 3);
    ck_assert_uint_eq(s.per_entity[PII_IP_ADDRESS], 1);
    ck_assert_uint_eq(category_count(&s, "contact"), 3);
    ck_assert_uint_eq(category_count(&s, "network"), 1);
    ck_assert_uint_eq(category_count(&s, "government_id"), 0);
    ck_assert_int_eq(s.max, PII_SENSITIVITY_MODERATE);

    /* the highest level present, per level */
    static const struct {
        const char *text;
        int max;
    } levels[] = {
        {"nothing here at all", PII_SENSITIVITY_NONE},
        {"mac 00:1A:2B:3C:4D:5E", PII_SENSITIVITY_LOW},
        {"mac 00:1A:2B:3C:4D:5E routing number 011000015", PII_SENSITIVITY_MODERATE},
        {"ip 203.0.113.42; IBAN DE89 3704 0044 0532 0130 00", PII_SENSITIVITY_HIGH},
        {"driver license D1234567", PII_SENSITIVITY_HIGH},
        {"phone (415) 555-0132, card 4111 1111 1111 1111", PII_SENSITIVITY_CRITICAL},
    };
    for (size_t i = 0; i < N_ELEMS(levels); i++) {
        n = pii_scan(ctx, levels[i].text, strlen(levels[i].text), NULL, NULL);
        ck_assert_int_ge(n, 0);
        s = summary_of(ctx);
        ck_assert_msg(s.max == levels[i].max, "'%s': max %d (%s), want %d", levels[i].text, s.max,
                      pii_sensitivity_name(s.max), levels[i].max);
        f = pii_ctx_findings(ctx, &nf);
        assert_summary_matches(rs, &s, f, nf, strlen(levels[i].text), levels[i].text);
    }
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

typedef struct flist {
    pii_finding v[256];
    size_t n;
} flist;

static int collect_cb(const pii_finding *f, void *user)
{
    flist *c = user;
    if (c->n < N_ELEMS(c->v))
        c->v[c->n] = *f;
    c->n++;
    return 0;
}

/* pii_redact and pii_scan with a callback keep a summary too. */
START_TEST(test_summary_after_redact)
{
    int emp, ticket;
    pii_ruleset *rs = build_custom(&emp, &ticket);
    pii_ctx *ctx = new_ctx(rs);
    static const char text[] = "employee EMP-123456 opened TCK12345 and TCK54321; SSN 536-22-1234";
    uint8_t out[512];
    static flist got;
    got.n = 0;
    ck_assert_int_eq(pii_ctx_set_callback(ctx, collect_cb, &got), PII_OK);
    int64_t r = pii_redact(ctx, text, sizeof text - 1, out, sizeof out);
    ck_assert_int_ge(r, 0);
    ck_assert_uint_eq(got.n, 4);
    sum_copy s = summary_of(ctx);
    assert_summary_matches(rs, &s, got.v, got.n, sizeof text - 1, "redact");
    ck_assert_uint_eq(s.per_entity[emp], 1);
    ck_assert_uint_eq(s.per_entity[ticket], 2);
    ck_assert_uint_eq(category_count(&s, "hr"), 1);
    ck_assert_uint_eq(category_count(&s, "custom"), 2);
    ck_assert_uint_eq(category_count(&s, "government_id"), 1);
    ck_assert_int_eq(s.max, PII_SENSITIVITY_CRITICAL);
    ck_assert_int_eq(pii_ctx_set_callback(ctx, NULL, NULL), PII_OK);

    /* custom findings only: HIGH */
    static const char only[] = "ticket TCK12345";
    got.n = 0;
    int n = pii_scan(ctx, only, sizeof only - 1, collect_cb, &got);
    ck_assert_int_eq(n, 1);
    s = summary_of(ctx);
    assert_summary_matches(rs, &s, got.v, got.n, sizeof only - 1, "custom only");
    ck_assert_int_eq(s.max, PII_SENSITIVITY_HIGH);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

/* A document of many records, normalised forms included. */
static char *make_doc(size_t copies, size_t *len)
{
    static const char *const lines[] = {
        ALL13,
        "\n\nEmployee EMP-654321 filed TCK00042 about card 4539 5260 1815 9083.\n",
        "SSN \uff15\uff13\uff16-\uff12\uff12-\uff18\uff17\uff12\uff16 (fullwidth)\n",
        "card 4539\u200b5260\u200b1815\u200b9083; mail \uff4a\uff4f\uff48\uff4e\uff20"
        "\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45\uff0e\uff43\uff4f\uff4d\n",
        "version 4.2.1, build 7f3c9a2e-11d4, nothing personal\n\n",
    };
    size_t one = 0;
    for (size_t i = 0; i < N_ELEMS(lines); i++)
        one += strlen(lines[i]);
    char *d = malloc(one * copies + 1);
    REQUIRE(d != NULL, "out of memory");
    size_t n = 0;
    for (size_t c = 0; c < copies; c++)
        for (size_t i = 0; i < N_ELEMS(lines); i++) {
            memcpy(d + n, lines[i], strlen(lines[i]));
            n += strlen(lines[i]);
        }
    d[n] = '\0';
    *len = n;
    return d;
}

/* Feed doc in chunks of `chunk` bytes (or cut once at `cut` when chunk is
 * 0), through pii_scan_stream (redact 0) or pii_redact_stream. */
static void stream_doc(pii_ctx *ctx, const char *doc, size_t len, size_t chunk, size_t cut,
                       int redact)
{
    static uint8_t obuf[8192];
    size_t off = 0;
    while (off < len || off == 0) {
        size_t end = chunk ? (off + chunk < len ? off + chunk : len) : (off < cut ? cut : len);
        pii_directive d = end == len ? PII_END : PII_CONTINUE;
        pii_in_buffer in = {doc + off, end - off, 0};
        int guard = 0;
        for (;;) {
            pii_out_buffer o = {obuf, sizeof obuf, 0};
            int64_t r = redact ? pii_redact_stream(ctx, &o, &in, d) : pii_scan_stream(ctx, &in, d);
            REQUIRE(r >= 0, "stream: %s", pii_error_name((int)r));
            if (d == PII_END ? r == 0 : (in.pos == in.size && o.pos < o.size))
                break;
            REQUIRE(++guard < 1000000, "no progress");
        }
        off = end;
        if (end == len)
            break;
    }
}

START_TEST(test_summary_stream_chunks)
{
    int emp, ticket;
    pii_ruleset *rs = build_custom(&emp, &ticket);
    pii_ctx *ctx = new_ctx(rs);
    size_t len;
    char *doc = make_doc(1, &len);
    int n = pii_scan(ctx, doc, len, NULL, NULL);
    ck_assert_int_ge(n, 18);
    sum_copy ref = summary_of(ctx);
    size_t nf;
    const pii_finding *f = pii_ctx_findings(ctx, &nf);
    assert_summary_matches(rs, &ref, f, nf, len, "one-shot");
    ck_assert_uint_eq(ref.per_entity[emp], 1);
    ck_assert_uint_eq(ref.per_entity[ticket], 1);
    ck_assert_uint_eq(ref.per_entity[PII_US_SSN], 2);
    ck_assert_uint_eq(ref.per_entity[PII_CREDIT_CARD], 3);
    ck_assert_uint_eq(ref.per_entity[PII_EMAIL_ADDRESS], 2);

    char what[64];
    /* split at every byte, both stream calls */
    for (size_t cut = 0; cut <= len; cut++)
        for (int redact = 0; redact < 2; redact++) {
            stream_doc(ctx, doc, len, 0, cut, redact);
            sum_copy s = summary_of(ctx);
            snprintf(what, sizeof what, "cut at %zu%s", cut, redact ? " (redact)" : "");
            assert_same_summary(&s, &ref, what);
        }
    static const size_t chunks[] = {1, 2, 3, 7, 64, 4096};
    for (size_t c = 0; c < N_ELEMS(chunks); c++) {
        stream_doc(ctx, doc, len, chunks[c], 0, 1);
        sum_copy s = summary_of(ctx);
        snprintf(what, sizeof what, "%zu-byte chunks", chunks[c]);
        assert_same_summary(&s, &ref, what);
    }
    free(doc);

    /* a long stream (several engine blocks): the summary covers it all */
    doc = make_doc(400, &len);
    ck_assert_uint_gt(len, 200 * 1024);
    n = pii_scan(ctx, doc, len, NULL, NULL);
    ck_assert_int_ge(n, 400 * 18);
    ref = summary_of(ctx);
    f = pii_ctx_findings(ctx, &nf);
    assert_summary_matches(rs, &ref, f, nf, len, "long one-shot");
    ck_assert_uint_eq(ref.per_entity[PII_US_SSN], 800);
    ck_assert_uint_eq(ref.per_entity[emp], 400);
    static const size_t big[] = {1000, 4093, 65536};
    for (size_t c = 0; c < N_ELEMS(big); c++) {
        stream_doc(ctx, doc, len, big[c], 0, c & 1);
        sum_copy s = summary_of(ctx);
        snprintf(what, sizeof what, "long stream, %zu-byte chunks", big[c]);
        assert_same_summary(&s, &ref, what);
    }
    free(doc);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

/* During a stream the summary covers what was decided so far; it never
 * goes down, and the END call completes it. */
START_TEST(test_summary_during_stream)
{
    pii_ruleset *rs = build(PII_DEFAULT_MIN_SCORE);
    pii_ctx *ctx = new_ctx(rs);
    size_t len;
    char *doc = make_doc(3000, &len); /* several of the engine's rounds */
    int total = pii_scan(ctx, doc, len, NULL, NULL);
    ck_assert_int_gt(total, 0);
    uint64_t prev_f = 0, prev_b = 0;
    size_t off = 0;
    while (off < len) {
        size_t end = off + 10000 < len ? off + 10000 : len;
        pii_in_buffer in = {doc + off, end - off, 0};
        int64_t r = pii_scan_stream(ctx, &in, PII_CONTINUE);
        ck_assert_int_ge(r, 0);
        ck_assert_uint_eq(in.pos, in.size);
        sum_copy s = summary_of(ctx);
        ck_assert_uint_eq(s.bytes, end);
        ck_assert_uint_ge(s.findings, prev_f);
        ck_assert_uint_ge(s.bytes, prev_b);
        ck_assert_uint_le(s.findings, (uint64_t)total);
        prev_f = s.findings;
        prev_b = s.bytes;
        off = end;
    }
    ck_assert_uint_gt(prev_f, 0); /* decisions were taken before the end */
    pii_in_buffer in = {NULL, 0, 0};
    ck_assert_int_eq(pii_scan_stream(ctx, &in, PII_END), 0);
    sum_copy s = summary_of(ctx);
    ck_assert_uint_eq(s.findings, (uint64_t)total);
    ck_assert_uint_eq(s.bytes, len);
    free(doc);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_summary_reset_between_documents)
{
    pii_ruleset *rs = build(PII_DEFAULT_MIN_SCORE);
    pii_ctx *ctx = new_ctx(rs);
    static const char one[] = "only jane.doe@example.com here";
    ck_assert_int_eq(pii_scan(ctx, ALL13, sizeof ALL13 - 1, NULL, NULL), 13);
    ck_assert_int_eq(pii_scan(ctx, one, sizeof one - 1, NULL, NULL), 1);
    sum_copy s = summary_of(ctx);
    ck_assert_uint_eq(s.bytes, sizeof one - 1);
    ck_assert_uint_eq(s.findings, 1);
    ck_assert_int_eq(s.max, PII_SENSITIVITY_MODERATE);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
        ck_assert_uint_eq(s.per_entity[e], e == PII_EMAIL_ADDRESS ? 1u : 0u);
    ck_assert_uint_eq(category_count(&s, "government_id"), 0);
    ck_assert_uint_eq(category_count(&s, "contact"), 1);

    /* an empty document after a full one */
    ck_assert_int_eq(pii_scan(ctx, ALL13, sizeof ALL13 - 1, NULL, NULL), 13);
    ck_assert_int_eq(pii_scan(ctx, "", 0, NULL, NULL), 0);
    s = summary_of(ctx);
    ck_assert_uint_eq(s.bytes, 0);
    ck_assert_uint_eq(s.findings, 0);
    ck_assert_int_eq(s.max, PII_SENSITIVITY_NONE);
    for (size_t c = 0; c < s.nc; c++)
        ck_assert_uint_eq(s.per_category[c], 0);

    /* one stream, then another: the second starts from zero */
    stream_doc(ctx, ALL13, sizeof ALL13 - 1, 5, 0, 1);
    s = summary_of(ctx);
    ck_assert_uint_eq(s.findings, 13);
    stream_doc(ctx, one, sizeof one - 1, 5, 0, 0);
    s = summary_of(ctx);
    ck_assert_uint_eq(s.findings, 1);
    ck_assert_uint_eq(s.bytes, sizeof one - 1);
    ck_assert_int_eq(s.max, PII_SENSITIVITY_MODERATE);

    /* a stream after a one-shot, and a one-shot after a stream */
    uint8_t out[1024];
    ck_assert_int_ge(pii_redact(ctx, ALL13, sizeof ALL13 - 1, out, sizeof out), 0);
    stream_doc(ctx, one, sizeof one - 1, 3, 0, 1);
    s = summary_of(ctx);
    ck_assert_uint_eq(s.findings, 1);
    ck_assert_uint_eq(s.bytes, sizeof one - 1);
    stream_doc(ctx, ALL13, sizeof ALL13 - 1, 3, 0, 1);
    ck_assert_int_eq(pii_scan(ctx, one, sizeof one - 1, NULL, NULL), 1);
    s = summary_of(ctx);
    ck_assert_uint_eq(s.findings, 1);

    /* a session abandoned with pii_ctx_reset: the next one starts afresh */
    pii_in_buffer in = {ALL13, sizeof ALL13 - 1, 0};
    ck_assert_int_ge(pii_scan_stream(ctx, &in, PII_CONTINUE), 0);
    ck_assert_int_eq(pii_ctx_reset(ctx), PII_OK);
    stream_doc(ctx, one, sizeof one - 1, 4, 0, 0);
    s = summary_of(ctx);
    ck_assert_uint_eq(s.findings, 1);
    ck_assert_uint_eq(s.bytes, sizeof one - 1);

    /* two contexts of one ruleset keep their own summaries */
    pii_ctx *other = new_ctx(rs);
    ck_assert_int_eq(pii_scan(other, ALL13, sizeof ALL13 - 1, NULL, NULL), 13);
    s = summary_of(ctx);
    ck_assert_uint_eq(s.findings, 1);
    sum_copy o = summary_of(other);
    ck_assert_uint_eq(o.findings, 13);
    pii_ctx_free(other);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

/* No text: the summary has counts and category names only; wiping the
 * input changes nothing in it, and no name points into the input. */
START_TEST(test_summary_keeps_no_text)
{
    int emp, ticket;
    pii_ruleset *rs = build_custom(&emp, &ticket);
    pii_ctx *ctx = new_ctx(rs);
    size_t len;
    char *doc = make_doc(3, &len);
    int n = pii_scan(ctx, doc, len, NULL, NULL);
    ck_assert_int_gt(n, 0);
    pii_summary raw;
    ck_assert_int_eq(pii_ctx_summary(ctx, &raw), PII_OK);
    for (size_t c = 0; c < raw.ncategories; c++) {
        const char *name = raw.category_names[c];
        ck_assert_msg(!(name >= doc && name < doc + len), "category name points into the input");
        /* names are short identifiers, not text from the document */
        ck_assert_uint_le(strlen(name), 32);
    }
    sum_copy before = summary_of(ctx);
    memset(doc, 'x', len);
    sum_copy after = summary_of(ctx);
    assert_same_summary(&after, &before, "after wiping the input");
    free(doc);
    after = summary_of(ctx);
    assert_same_summary(&after, &before, "after freeing the input");
    /* the struct itself: counts, sizes, and arrays of counts and names,
     * nothing more (a struct with just these members has its size) */
    struct mirror {
        uint64_t bytes, findings;
        int max_sensitivity;
        size_t nentities;
        const uint64_t *per_entity;
        size_t ncategories;
        const char *const *category_names;
        const uint64_t *per_category;
    };
    ck_assert_uint_eq(sizeof(pii_summary), sizeof(struct mirror));
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

/* min_score, disabled entities and the allow list change the counts. */
START_TEST(test_summary_min_score_and_filters)
{
    static const double mins[] = {0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99, 1.0};
    uint64_t prev = UINT64_MAX;
    uint64_t counts[N_ELEMS(mins)];
    static const char text[] = "SSN 536-22-1234; driver license D1234567; account number "
                               "12345678901; the number 536-22-8726 alone; ip 203.0.113.42; "
                               "card 4111 1111 1111 1111";
    for (size_t i = 0; i < N_ELEMS(mins); i++) {
        pii_ruleset *rs = build(mins[i]);
        pii_ctx *ctx = new_ctx(rs);
        int n = pii_scan(ctx, text, sizeof text - 1, NULL, NULL);
        ck_assert_int_ge(n, 0);
        sum_copy s = summary_of(ctx);
        size_t nf;
        const pii_finding *f = pii_ctx_findings(ctx, &nf);
        char what[32];
        snprintf(what, sizeof what, "min_score %.2f", mins[i]);
        assert_summary_matches(rs, &s, f, nf, sizeof text - 1, what);
        for (size_t k = 0; k < nf; k++)
            ck_assert_msg(f[k].score >= mins[i], "%s: finding scored %.3f", what, f[k].score);
        ck_assert_uint_le(s.findings, prev);
        prev = counts[i] = s.findings;
        pii_ctx_free(ctx);
        pii_ruleset_free(rs);
    }
    ck_assert_uint_ge(counts[0], 6);
    ck_assert_uint_lt(counts[N_ELEMS(mins) - 1], counts[0]);
    ck_assert_uint_gt(counts[N_ELEMS(mins) - 2], 0); /* the card (0.998) passes 0.99 */
    ck_assert_uint_lt(counts[N_ELEMS(mins) - 2], counts[1]);

    /* an SSN without context (0.6) decides the highest level at 0.5 only */
    static const char lone[] = "the number 536-22-8726 alone, mac 00:1A:2B:3C:4D:5E";
    pii_ruleset *lo = build(0.5), *hi = build(0.7);
    pii_ctx *a = new_ctx(lo), *b = new_ctx(hi);
    ck_assert_int_eq(pii_scan(a, lone, sizeof lone - 1, NULL, NULL), 2);
    ck_assert_int_eq(pii_scan(b, lone, sizeof lone - 1, NULL, NULL), 1);
    sum_copy sa = summary_of(a), sb = summary_of(b);
    ck_assert_int_eq(sa.max, PII_SENSITIVITY_CRITICAL);
    ck_assert_int_eq(sb.max, PII_SENSITIVITY_LOW);
    ck_assert_uint_eq(sa.per_entity[PII_US_SSN], 1);
    ck_assert_uint_eq(sb.per_entity[PII_US_SSN], 0);
    ck_assert_uint_eq(category_count(&sb, "government_id"), 0);
    ck_assert_uint_eq(category_count(&sb, "network"), 1);
    pii_ctx_free(a);
    pii_ctx_free(b);
    pii_ruleset_free(lo);
    pii_ruleset_free(hi);

    /* disabled entities and allowed values are not counted */
    pii_builder *bl = pii_builder_new();
    ck_assert_int_eq(pii_builder_disable(bl, PII_CREDIT_CARD), PII_OK);
    static const char allowed[] = "jane.doe@example.com";
    ck_assert_int_eq(pii_builder_allow(bl, allowed, sizeof allowed - 1), PII_OK);
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(bl, &rs), PII_OK);
    pii_builder_free(bl);
    pii_ctx *ctx = new_ctx(rs);
    int n = pii_scan(ctx, ALL13, sizeof ALL13 - 1, NULL, NULL);
    ck_assert_int_eq(n, 11);
    sum_copy s = summary_of(ctx);
    ck_assert_uint_eq(s.findings, 11);
    ck_assert_uint_eq(s.per_entity[PII_CREDIT_CARD], 0);
    ck_assert_uint_eq(s.per_entity[PII_EMAIL_ADDRESS], 0);
    ck_assert_uint_eq(category_count(&s, "financial"), 3);
    ck_assert_uint_eq(category_count(&s, "contact"), 1);
    size_t nf;
    const pii_finding *f = pii_ctx_findings(ctx, &nf);
    assert_summary_matches(rs, &s, f, nf, sizeof ALL13 - 1, "disabled + allow");
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Suites                                                                   */
/* ------------------------------------------------------------------------ */

static Suite *classify_suite(void)
{
    Suite *s = suite_create("classify");
    struct {
        const char *name;
        const TTest *tests[4];
    } cases[] = {
        {"entities", {test_builtin_categories, test_bad_entity_ids, test_sensitivity_names}},
        {"custom", {test_custom_categories, test_rules_of_one_entity_share_category}},
        {"summary", {test_summary_args, test_summary_after_scan, test_summary_after_redact}},
        {"summary_stream", {test_summary_stream_chunks, test_summary_during_stream}},
        {"summary_reset", {test_summary_reset_between_documents, test_summary_keeps_no_text}},
        {"summary_filters", {test_summary_min_score_and_filters}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_set_timeout(tc, 300);
        for (size_t j = 0; j < N_ELEMS(cases[i].tests) && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    return s;
}

PII_CHECK_MAIN(classify_suite)
