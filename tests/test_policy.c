/*
 * test_policy.c - Check suite for YAML policies (pii_builder_load_policy and
 * pii_builder_load_policy_string): the README's full example changes what is
 * found and how it is redacted; every error kind is PII_ERR_POLICY with
 * "NAME:LINE: reason" (or PII_ERR_IO for files); a failed policy leaves the
 * builder exactly as it was; errors never quote allowed values.
 */
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* The issue's (and the README's) example policy. */
static const char FULL_POLICY[] =
    "min_score: 0.5\n"
    "entities: {disable: [PHONE_NUMBER]}\n"
    "operators:\n"
    "  default: tag\n"
    "  US_SSN: {op: mask, keep_last: 4, char: \"*\"}\n"
    "  EMAIL_ADDRESS: {op: hash}\n"
    "allow: [\"support@example.com\"]        # exact values never reported\n"
    "rules:                                 # custom detectors\n"
    "  - entity: EMPLOYEE_ID\n"
    "    pattern: 'EMP-[0-9]{6}'            # PCRE2 syntax\n"
    "    score: 0.9\n"
    "    context: [employee, staff]\n"
    "    validator: luhn                    # optional: a built-in validator by name\n";

/* EMP-123455 passes Luhn, EMP-123456 does not. */
static const char TEXT[] = "Call (212) 555-0199. SSN 536-22-1874. Mail jane.doe@example.com "
                           "or support@example.com. Our employee EMP-123455 and EMP-123456, "
                           "host 192.168.1.10.";

static const unsigned char KEY[32] = "0123456789abcdef0123456789abcdef";

static pii_ruleset *build_ok(pii_builder *b)
{
    pii_ruleset *rs = NULL;
    int rc = pii_builder_build(b, &rs);
    ck_assert_msg(rc == PII_OK, "build: %s (%s)", pii_error_name(rc), pii_builder_error(b));
    return rs;
}

static pii_ruleset *policy_ruleset(const char *yaml)
{
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    int rc = pii_builder_load_policy_string(b, yaml, strlen(yaml), "test.yaml");
    ck_assert_msg(rc == PII_OK, "policy: %s (%s)", pii_error_name(rc), pii_builder_error(b));
    ck_assert_str_eq(pii_builder_error(b), "");
    pii_ruleset *rs = build_ok(b);
    pii_builder_free(b);
    return rs;
}

/* Redact text with a fresh context; *rc gets the result; returns a
 * malloc'd string (NULL on error). */
static char *redact(const pii_ruleset *rs, const char *text, int with_key, int64_t *rc)
{
    pii_ctx *ctx = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(ctx);
    if (with_key)
        ck_assert_int_eq(pii_ctx_set_hash_key(ctx, KEY, sizeof KEY), PII_OK);
    size_t cap = pii_redact_bound(ctx, strlen(text)) + 1;
    char *out = malloc(cap);
    ck_assert_ptr_nonnull(out);
    *rc = pii_redact(ctx, text, strlen(text), out, cap);
    pii_ctx_free(ctx);
    if (*rc < 0) {
        free(out);
        return NULL;
    }
    out[*rc] = '\0';
    return out;
}

typedef struct found {
    pii_finding f[64];
    size_t n;
} found;

static found scan(const pii_ruleset *rs, const char *text)
{
    found r;
    memset(&r, 0, sizeof r);
    pii_ctx *ctx = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(ctx);
    int rc = pii_scan(ctx, text, strlen(text), NULL, NULL);
    ck_assert_msg(rc >= 0, "scan: %s", pii_error_name(rc));
    size_t n;
    const pii_finding *f = pii_ctx_findings(ctx, &n);
    ck_assert_uint_le(n, N_ELEMS(r.f));
    if (n)
        memcpy(r.f, f, n * sizeof *f);
    r.n = n;
    pii_ctx_free(ctx);
    return r;
}

static const pii_finding *find_at(const found *r, const char *text, const char *what)
{
    size_t start = (size_t)(strstr(text, what) - text);
    for (size_t i = 0; i < r->n; i++)
        if (r->f[i].start == start && r->f[i].end == start + strlen(what))
            return &r->f[i];
    return NULL;
}

static int count_entity(const found *r, int entity)
{
    int n = 0;
    for (size_t i = 0; i < r->n; i++)
        n += r->f[i].entity == entity;
    return n;
}

/* Load a policy that must fail: checks the code and that the message is
 * exactly "test.yaml:LINE: ..." and contains `needle`. */
static void expect_error(const char *yaml, int code, unsigned line, const char *needle)
{
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    int rc = pii_builder_load_policy_string(b, yaml, strlen(yaml), "test.yaml");
    const char *err = pii_builder_error(b);
    ck_assert_msg(rc == code, "expected %s, got %s (%s) for:\n%s", pii_error_name(code),
                  pii_error_name(rc), err, yaml);
    char prefix[64];
    snprintf(prefix, sizeof prefix, "test.yaml:%u: ", line);
    ck_assert_msg(strncmp(err, prefix, strlen(prefix)) == 0, "error '%s' does not start with '%s'",
                  err, prefix);
    ck_assert_msg(strstr(err, needle) != NULL, "error '%s' does not mention '%s'", err, needle);
    pii_builder_free(b);
}

/* ------------------------------------------------------------------------ */

START_TEST(test_full_policy_findings)
{
    pii_ruleset *rs = policy_ruleset(FULL_POLICY);
    int emp = pii_ruleset_entity_from_name(rs, "EMPLOYEE_ID");
    ck_assert_int_ge(emp, PII_ENTITY_BUILTIN_COUNT);
    ck_assert_int_eq(pii_ruleset_entity_enabled(rs, PII_PHONE_NUMBER), 0);
    ck_assert_int_eq(pii_ruleset_entity_enabled(rs, PII_US_SSN), 1);

    found r = scan(rs, TEXT);
    ck_assert_int_eq(count_entity(&r, PII_PHONE_NUMBER), 0);             /* disabled */
    ck_assert_ptr_nonnull(find_at(&r, TEXT, "536-22-1874"));
    ck_assert_ptr_nonnull(find_at(&r, TEXT, "jane.doe@example.com"));
    ck_assert_ptr_null(find_at(&r, TEXT, "support@example.com"));        /* allowed */
    ck_assert_int_eq(count_entity(&r, PII_EMAIL_ADDRESS), 1);
    const pii_finding *f = find_at(&r, TEXT, "EMP-123455");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(f->entity, emp);
    ck_assert_uint_eq(f->flags & (PII_FLAG_CUSTOM | PII_FLAG_VALIDATED | PII_FLAG_CONTEXT),
                      PII_FLAG_CUSTOM | PII_FLAG_VALIDATED | PII_FLAG_CONTEXT);
    ck_assert(f->score > 0.9);
    ck_assert_ptr_null(find_at(&r, TEXT, "EMP-123456"));                 /* Luhn fails */
    ck_assert_int_eq(count_entity(&r, emp), 1);

    /* without the context word the rule still reports, at its own score */
    const char *plain = "id EMP-123455.";
    r = scan(rs, plain);
    f = find_at(&r, plain, "EMP-123455");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(f->flags & PII_FLAG_CONTEXT, 0);
    ck_assert_double_eq_tol(f->score, 0.9, 1e-6);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_full_policy_redaction)
{
    pii_ruleset *rs = policy_ruleset(FULL_POLICY);
    int64_t rc;
    /* the hash operator on email needs a key */
    char *out = redact(rs, TEXT, 0, &rc);
    ck_assert_ptr_null(out);
    ck_assert_int_lt(rc, 0);

    out = redact(rs, TEXT, 1, &rc);
    ck_assert_msg(out != NULL, "redact: %s", pii_error_name((int)rc));
    ck_assert_ptr_nonnull(strstr(out, "SSN ***-**-1874."));               /* mask, keep 4 */
    ck_assert_ptr_nonnull(strstr(out, "(212) 555-0199"));                 /* disabled */
    ck_assert_ptr_nonnull(strstr(out, "or support@example.com."));        /* allowed */
    ck_assert_ptr_null(strstr(out, "jane.doe"));
    ck_assert_ptr_nonnull(strstr(out, "Mail [EMAIL_ADDRESS:"));           /* hash */
    ck_assert_ptr_nonnull(strstr(out, "employee [EMPLOYEE_ID] and EMP-123456")); /* default */
    ck_assert_ptr_nonnull(strstr(out, "host [IP_ADDRESS]."));
    /* deterministic */
    int64_t rc2;
    char *again = redact(rs, TEXT, 1, &rc2);
    ck_assert_str_eq(out, again);
    free(out);
    free(again);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_operator_forms)
{
    /* an operator for a custom entity of the same policy, given before
     * the rules; every key of the mapping form; default after entities in
     * the file still applies first */
    pii_ruleset *rs = policy_ruleset("operators:\n"
                                     "  TICKET: {op: mask, keep_last: 2, char: \"#\"}\n"
                                     "  US_SSN: 'tag:format=<{entity}>'\n"
                                     "  EMAIL_ADDRESS: {op: tag, format: \"(mail)\"}\n"
                                     "  IP_ADDRESS: {op: remove}\n"
                                     "  default: {op: keep}\n"
                                     "rules:\n"
                                     "  - {entity: TICKET, pattern: 'TK-[0-9]{4}', score: 0.8}\n");
    int64_t rc;
    char *out = redact(rs, "TK-1234 536-22-1874 a@example.com 10.1.2.3 (212) 555-0199", 0, &rc);
    ck_assert_msg(out != NULL, "redact: %s", pii_error_name((int)rc));
    ck_assert_str_eq(out, "##-##34 <US_SSN> (mail)  (212) 555-0199");
    free(out);
    pii_ruleset_free(rs);

    rs = policy_ruleset("operators: {default: 'hash:hex=32'}\n");
    out = redact(rs, "SSN 536-22-1874", 1, &rc);
    ck_assert_ptr_nonnull(out);
    const char *tok = strstr(out, "[US_SSN:");
    ck_assert_ptr_nonnull(tok);
    ck_assert_uint_eq(strlen(tok), strlen("[US_SSN:]") + 32);
    free(out);
    pii_ruleset_free(rs);

    rs = policy_ruleset("operators: {US_SSN: {op: hash, hex: 8, format: '#{hash}'}}\n");
    out = redact(rs, "SSN 536-22-1874", 1, &rc);
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(strlen(out), strlen("SSN #") + 8);
    free(out);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_entities_enable)
{
    /* enable: exactly these built-ins; disable removes from them */
    pii_ruleset *rs =
        policy_ruleset("entities:\n  enable: [US_SSN, email_address, IP_ADDRESS]\n"
                       "  disable: [IP_ADDRESS]\n");
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
        ck_assert_int_eq(pii_ruleset_entity_enabled(rs, e),
                         e == PII_US_SSN || e == PII_EMAIL_ADDRESS);
    pii_ruleset_free(rs);
}
END_TEST

START_TEST(test_min_score_and_empty)
{
    pii_ruleset *rs = policy_ruleset("min_score: 1\n"
                                     "rules: [{entity: X_ID, pattern: 'XID[0-9]+', score: 0.95}]\n");
    found r = scan(rs, "id XID42 and XID7");
    ck_assert_uint_eq(r.n, 0); /* 0.95 < 1 */
    pii_ruleset_free(rs);

    /* an empty policy, or only comments, changes nothing */
    const char *empties[] = {"", "# nothing\n", "---\n", "{}\n"};
    for (size_t i = 0; i < N_ELEMS(empties); i++) {
        pii_builder *b = pii_builder_new();
        ck_assert_int_eq(pii_builder_load_policy_string(b, empties[i], strlen(empties[i]), NULL),
                         PII_OK);
        pii_ruleset *rs2 = build_ok(b);
        ck_assert_int_eq(pii_ruleset_entity_count(rs2), PII_ENTITY_BUILTIN_COUNT);
        pii_ruleset_free(rs2);
        pii_builder_free(b);
    }
}
END_TEST

START_TEST(test_load_file)
{
    char path[] = "/tmp/pii-policy-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, FULL_POLICY, strlen(FULL_POLICY)), (ssize_t)strlen(FULL_POLICY));
    close(fd);
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_load_policy(b, path), PII_OK);
    pii_ruleset *rs = build_ok(b);
    ck_assert_int_ge(pii_ruleset_entity_from_name(rs, "EMPLOYEE_ID"), PII_ENTITY_BUILTIN_COUNT);
    pii_ruleset_free(rs);

    /* errors name the file */
    fd = open(path, O_WRONLY | O_TRUNC);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, "min_score: 0.5\nbogus: 1\n", 24), 24);
    close(fd);
    ck_assert_int_eq(pii_builder_load_policy(b, path), PII_ERR_POLICY);
    char want[64];
    snprintf(want, sizeof want, "%s:2: ", path);
    ck_assert_msg(!strncmp(pii_builder_error(b), want, strlen(want)), "%s", pii_builder_error(b));
    unlink(path);

    /* unreadable: PII_ERR_IO */
    ck_assert_int_eq(pii_builder_load_policy(b, path), PII_ERR_IO);
    ck_assert_ptr_nonnull(strstr(pii_builder_error(b), path));
    ck_assert_int_eq(pii_builder_load_policy(b, "/"), PII_ERR_IO);
    ck_assert_int_eq(pii_builder_load_policy(NULL, path), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_load_policy(b, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_load_policy_string(b, NULL, 3, NULL), PII_ERR_NULL);
    ck_assert_int_eq(pii_builder_load_policy_string(b, NULL, 0, NULL), PII_OK);
    pii_builder_free(b);
}
END_TEST

START_TEST(test_errors)
{
    /* unknown keys, at every level */
    expect_error("min_score: 0.5\nentity: {}\n", PII_ERR_POLICY, 2, "unknown key 'entity'");
    expect_error("entities:\n  disable: [US_SSN]\n  disabled: [US_ITIN]\n", PII_ERR_POLICY, 3,
                 "unknown key 'disabled'");
    expect_error("operators:\n  US_SSN: {op: mask, keep: 4}\n", PII_ERR_POLICY, 2,
                 "unknown key 'keep'");
    expect_error("rules:\n  - entity: A_ID\n    pattern: 'A[0-9]+'\n    contxt: [a]\n",
                 PII_ERR_POLICY, 4, "unknown key 'contxt'");
    /* wrong types */
    expect_error("min_score: high\n", PII_ERR_POLICY, 1, "'min_score' must be a number");
    expect_error("min_score: '0.5'\n", PII_ERR_POLICY, 1, "must be a number");
    expect_error("allow: support@example.com\n", PII_ERR_POLICY, 1, "'allow' must be a list");
    expect_error("entities: [US_SSN]\n", PII_ERR_POLICY, 1, "must be a mapping");
    expect_error("\n\n- a\n- b\n", PII_ERR_POLICY, 3, "the policy must be a mapping");
    expect_error("rules:\n  - entity: A_ID\n    pattern: [x]\n", PII_ERR_POLICY, 3,
                 "'pattern' must be a string");
    expect_error("operators:\n  US_SSN: {op: mask, keep_last: four}\n", PII_ERR_POLICY, 2,
                 "'keep_last' must be a whole number");
    expect_error("operators:\n  default:\n", PII_ERR_POLICY, 2, "null");
    expect_error("rules:\n  - entity: A_ID\n", PII_ERR_POLICY, 2, "no 'pattern'");
    /* bad regex: the PCRE2 message, on the pattern's line */
    expect_error("rules:\n  - entity: A_ID\n    score: 0.7\n    pattern: 'A([0-9]+'\n",
                 PII_ERR_POLICY, 4, "missing closing parenthesis");
    /* unknown validator */
    expect_error("rules:\n  - entity: A_ID\n    pattern: 'A[0-9]+'\n    validator: lunh\n",
                 PII_ERR_POLICY, 4, "unknown validator");
    /* unknown entities */
    expect_error("entities:\n  disable:\n    - US_SSN\n    - PHONE_NUMBR\n", PII_ERR_POLICY, 4,
                 "unknown entity");
    expect_error("operators:\n  default: tag\n  EMPLOYEE_ID: mask\n", PII_ERR_POLICY, 3,
                 "unknown entity");
    expect_error("rules:\n  - {entity: US_SSN, pattern: 'x'}\n", PII_ERR_POLICY, 2, "built-in");
    expect_error("rules:\n  - {entity: lower_case, pattern: 'x'}\n", PII_ERR_POLICY, 2,
                 "entity name");
    /* scores out of range */
    expect_error("min_score: 1.5\n", PII_ERR_POLICY, 1, "out of range");
    expect_error("min_score: -0.1\n", PII_ERR_POLICY, 1, "out of range");
    expect_error("rules:\n  - entity: A_ID\n    pattern: 'A[0-9]+'\n    score: 0\n",
                 PII_ERR_POLICY, 4, "out of range");
    /* duplicate keys */
    expect_error("min_score: 0.5\nallow: [a1]\nmin_score: 0.6\n", PII_ERR_POLICY, 3,
                 "duplicate key 'min_score' in the policy (first on line 1)");
    expect_error("operators:\n  US_SSN: tag\n  US_SSN: mask\n", PII_ERR_POLICY, 3,
                 "duplicate key");
    /* bad operators */
    expect_error("operators:\n  US_SSN: smudge\n", PII_ERR_POLICY, 2, "unknown operator");
    expect_error("operators:\n  US_SSN: {op: hash, hex: 4}\n", PII_ERR_POLICY, 2, "8..64");
    expect_error("operators:\n  US_SSN: {op: mask, char: \"ab\"}\n", PII_ERR_POLICY, 2,
                 "mask character");
    /* YAML syntax errors, at libyaml's line */
    expect_error("min_score: 0.5\nallow: [a, b\nrules: []\n", PII_ERR_POLICY, 3,
                 "YAML syntax error");
    expect_error("min_score: 0.5\n  bad indent: x\n", PII_ERR_POLICY, 2, "YAML syntax error");
    expect_error("allow: [\"\xff\xfe\"]\n", PII_ERR_POLICY, 1, "YAML syntax error");
    expect_error("min_score: 0.5\n---\nmin_score: 0.6\n", PII_ERR_POLICY, 3, "single YAML document");
}
END_TEST

START_TEST(test_error_name_default)
{
    pii_builder *b = pii_builder_new();
    ck_assert_int_eq(pii_builder_load_policy_string(b, "x: 1\n", 5, NULL), PII_ERR_POLICY);
    ck_assert_str_eq(pii_builder_error(b), "<policy>:1: unknown key 'x' in the policy");
    pii_builder_free(b);
}
END_TEST

START_TEST(test_errors_do_not_quote_values)
{
    const char *policies[] = {
        "allow: [\"secret-value-1@example.com\", [nested]]\n",
        "allow: [\"secret-value-1@example.com\"]\nrules:\n  - {entity: A, pattern: 'secret-value-1('}\n",
        "entities: {disable: [secret-value-1]}\n",
        "operators: {secret-value-1: tag}\n",
        "rules:\n  - {entity: secret-value-1, pattern: x}\n",
    };
    for (size_t i = 0; i < N_ELEMS(policies); i++) {
        pii_builder *b = pii_builder_new();
        int rc = pii_builder_load_policy_string(b, policies[i], strlen(policies[i]), "p");
        ck_assert_int_eq(rc, PII_ERR_POLICY);
        ck_assert_msg(strstr(pii_builder_error(b), "secret") == NULL, "leaked: %s",
                      pii_builder_error(b));
        pii_builder_free(b);
    }
}
END_TEST

/* A failing policy leaves the builder as it was: its valid parts (rules,
 * allow, entities, operators before the error) are not applied. */
START_TEST(test_all_or_nothing)
{
    pii_builder *b = pii_builder_new();
    pii_rule pre = {.entity = "PRE_ID", .pattern = "PRE[0-9]{3}", .score = 0.8};
    ck_assert_int_eq(pii_builder_add_rule(b, &pre), PII_ENTITY_BUILTIN_COUNT);
    const char *bad = "min_score: 0.9\n"
                      "entities: {disable: [US_SSN]}\n"
                      "allow: [\"536-22-1874\"]\n"
                      "rules:\n"
                      "  - {entity: NEW_ID, pattern: 'NEW[0-9]{3}', score: 0.8}\n"
                      "operators:\n"
                      "  default: remove\n"
                      "  US_SSN: {op: frobnicate}\n";
    ck_assert_int_eq(pii_builder_load_policy_string(b, bad, strlen(bad), "bad.yaml"),
                     PII_ERR_POLICY);
    ck_assert_ptr_nonnull(strstr(pii_builder_error(b), "bad.yaml:8: "));
    pii_ruleset *rs = build_ok(b);
    ck_assert_int_eq(pii_ruleset_entity_count(rs), PII_ENTITY_BUILTIN_COUNT + 1);
    ck_assert_int_lt(pii_ruleset_entity_from_name(rs, "NEW_ID"), 0);
    ck_assert_int_eq(pii_ruleset_entity_enabled(rs, PII_US_SSN), 1);
    const char *text = "SSN 536-22-1874 PRE123 NEW123";
    found r = scan(rs, text);
    ck_assert_ptr_nonnull(find_at(&r, text, "536-22-1874"));
    ck_assert_ptr_nonnull(find_at(&r, text, "PRE123"));
    ck_assert_ptr_null(find_at(&r, text, "NEW123"));
    int64_t rc;
    char *out = redact(rs, text, 0, &rc);
    ck_assert_ptr_nonnull(out);
    ck_assert_str_eq(out, "SSN [US_SSN] [PRE_ID] NEW123"); /* no "remove" default */
    free(out);
    pii_ruleset_free(rs);

    /* a good policy after the bad one applies, and keeps the earlier rule;
     * a rule for an entity the builder already has shares its id */
    const char *good = "rules:\n  - {entity: PRE_ID, pattern: 'PRX[0-9]{3}', score: 0.8}\n"
                       "operators: {PRE_ID: remove}\n";
    ck_assert_int_eq(pii_builder_load_policy_string(b, good, strlen(good), NULL), PII_OK);
    rs = build_ok(b);
    ck_assert_int_eq(pii_ruleset_entity_count(rs), PII_ENTITY_BUILTIN_COUNT + 1);
    out = redact(rs, "a PRE123 b PRX456 c", 0, &rc);
    ck_assert_ptr_nonnull(out);
    ck_assert_str_eq(out, "a  b  c");
    free(out);
    pii_ruleset_free(rs);
    pii_builder_free(b);
}
END_TEST

static Suite *policy_suite(void)
{
    Suite *s = suite_create("policy");
    TCase *tc = tcase_create("policy");
    tcase_add_test(tc, test_full_policy_findings);
    tcase_add_test(tc, test_full_policy_redaction);
    tcase_add_test(tc, test_operator_forms);
    tcase_add_test(tc, test_entities_enable);
    tcase_add_test(tc, test_min_score_and_empty);
    tcase_add_test(tc, test_load_file);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_error_name_default);
    tcase_add_test(tc, test_errors_do_not_quote_values);
    tcase_add_test(tc, test_all_or_nothing);
    suite_add_tcase(s, tc);
    return s;
}

PII_CHECK_MAIN(policy_suite)
