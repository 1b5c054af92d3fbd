/*
 * test_errors_no_leak.c - error messages never carry personal data.
 *
 * pii.h promises that the library never copies matched text (or any other
 * input) into error messages.  For a set of PII values (card, SSN, ITIN,
 * IBAN, email, phone, IP, MAC, passport), every error path reachable from
 * input or arguments is provoked with the value inside the offending
 * argument or text: operator specs and formats, entity names and lists,
 * entity ids and scores that are the value's digits, hash keys, hashing
 * without a key, callbacks that stop, too-small buffers, failed stream
 * sessions, bad validator names.  Then pii_error_message(),
 * pii_error_name(), pii_builder_error() and pii_ctx_error() are checked:
 * none may contain the value, nor any run of 4 or more of its digits.
 */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

typedef struct pii_value {
    const char *text;    /* as written in input */
    const char *context; /* a sentence that makes it a finding */
} pii_value;

static const pii_value VALUES[] = {
    {"4111 1111 1111 1111", "card number 4111 1111 1111 1111 exp 12/27"},
    {"5500-0000-0000-0004", "credit card: 5500-0000-0000-0004"},
    {"536-22-1234", "SSN 536-22-1234"},
    {"536221234", "social security number 536221234"},
    {"912-70-1234", "ITIN 912-70-1234"},
    {"DE89 3704 0044 0532 0130 00", "IBAN DE89 3704 0044 0532 0130 00"},
    {"john.doe@example.com", "email john.doe@example.com"},
    {"(212) 555-0199", "phone (212) 555-0199"},
    {"192.168.10.45", "ip 192.168.10.45"},
    {"00:1a:2b:3c:4d:5e", "mac 00:1a:2b:3c:4d:5e"},
    {"C01X00T47", "passport C01X00T47"},
};

/* The digits of s, in order, in out (at most cap - 1 of them). */
static size_t digits_of(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (; *s && n + 1 < cap; s++)
        if (*s >= '0' && *s <= '9')
            out[n++] = *s;
    out[n] = '\0';
    return n;
}

/* What leaks from value v in msg, or NULL: the value itself; a run of 4+
 * digits of msg that is a substring of the value's digits (separators
 * dropped) or of the value as written; for an email, its local part. */
static const char *leak(const char *msg, const pii_value *v, char *why, size_t whylen)
{
    if (!msg)
        return NULL;
    if (strstr(msg, v->text)) {
        snprintf(why, whylen, "the value '%s'", v->text);
        return why;
    }
    char vd[64];
    digits_of(v->text, vd, sizeof vd);
    for (const char *p = msg; *p;) {
        size_t k = 0;
        while (p[k] >= '0' && p[k] <= '9')
            k++;
        for (size_t i = 0; k >= 4 && i + 4 <= k; i++) {
            char win[5];
            memcpy(win, p + i, 4);
            win[4] = '\0';
            if (strstr(vd, win) || strstr(v->text, win)) {
                snprintf(why, whylen, "digits '%s' of '%s'", win, v->text);
                return why;
            }
        }
        p += k ? k : 1;
    }
    const char *at = strchr(v->text, '@');
    if (at) {
        char local[64];
        size_t n = (size_t)(at - v->text);
        memcpy(local, v->text, n);
        local[n] = '\0';
        if (strstr(msg, local)) {
            snprintf(why, whylen, "the local part '%s' of '%s'", local, v->text);
            return why;
        }
    }
    return NULL;
}

/* Fail if msg leaks any of the values. */
#define assert_no_leak(msg, what)                                                                  \
    do {                                                                                           \
        const char *m_ = (msg);                                                                    \
        char why_[160];                                                                            \
        ck_assert_msg(m_ != NULL, "%s: NULL message", (what));                                     \
        for (size_t v_ = 0; v_ < N_ELEMS(VALUES); v_++)                                            \
            ck_assert_msg(leak(m_, &VALUES[v_], why_, sizeof why_) == NULL,                        \
                          "%s: message \"%s\" contains %s", (what), m_, why_);                     \
    } while (0)

/* ------------------------------------------------------------------------ */
/* Fixture                                                                  */
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

/* The ctx message, and that of the code, after a call that failed with rc. */
static void check_ctx_error(int rc, const char *what)
{
    char label[256];
    ck_assert_msg(rc < 0, "%s did not fail (returned %d)", what, rc);
    snprintf(label, sizeof label, "%s: pii_ctx_error", what);
    assert_no_leak(pii_ctx_error(CTX), label);
    snprintf(label, sizeof label, "%s: pii_error_message(%d)", what, rc);
    assert_no_leak(pii_error_message(rc), label);
    assert_no_leak(pii_error_name(rc), label);
}

static void check_builder_error(pii_builder *b, int rc, const char *what)
{
    char label[256];
    ck_assert_msg(rc < 0, "%s did not fail (returned %d)", what, rc);
    snprintf(label, sizeof label, "%s: pii_builder_error", what);
    assert_no_leak(pii_builder_error(b), label);
    assert_no_leak(pii_error_message(rc), label);
}

/* ------------------------------------------------------------------------ */
/* Static messages                                                          */
/* ------------------------------------------------------------------------ */

START_TEST(test_error_strings_static)
{
    for (int code = -40; code <= 5; code++) {
        assert_no_leak(pii_error_message(code), "pii_error_message");
        assert_no_leak(pii_error_name(code), "pii_error_name");
    }
    assert_no_leak(pii_builder_error(NULL), "pii_builder_error(NULL)");
    assert_no_leak(pii_ctx_error(NULL), "pii_ctx_error(NULL)");
    assert_no_leak(pii_builder_error(B), "pii_builder_error (fresh)");
    assert_no_leak(pii_ctx_error(CTX), "pii_ctx_error (fresh)");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Operator specs and operators with PII inside                              */
/* ------------------------------------------------------------------------ */

START_TEST(test_operator_specs_with_pii)
{
    static const char *const templates[] = {
        "%s",        "mask:char=%s",    "mask:keep=%s", "hash:hex=%s",
        "mask:%s=1", "tag:%s",          "%s:format=x",  "mask:keep=4,%s",
        "remove:%s", "hash:hex=8,x=%s", "bogus %s",     "mask:char=#,keep=%s",
    };
    char spec[512];
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        for (size_t t = 0; t < N_ELEMS(templates); t++) {
            snprintf(spec, sizeof spec, templates[t], VALUES[v].text);
            int rc = pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, spec);
            if (rc == PII_OK)
                continue; /* e.g. a tag format that happens to be fine */
            char what[600];
            snprintf(what, sizeof what, "pii_ctx_set_operator_spec(\"%s\")", spec);
            check_ctx_error(rc, what);
        }
        /* a format too long, full of the value */
        size_t n = snprintf(spec, sizeof spec, "tag:format=");
        while (n + strlen(VALUES[v].text) + 1 < sizeof spec) {
            strcpy(spec + n, VALUES[v].text);
            n += strlen(VALUES[v].text);
        }
        check_ctx_error(pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, spec), "long format spec");
        /* an entity id that is the value's digits */
        char d[64];
        digits_of(VALUES[v].text, d, 10);
        int id = atoi(d);
        if (id >= PII_ENTITY_BUILTIN_COUNT)
            check_ctx_error(pii_ctx_set_operator_spec(CTX, id, "mask"), "operator for entity id");
    }
}
END_TEST

START_TEST(test_operators_with_pii)
{
    char fmt[300];
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        size_t n = 0;
        while (n + strlen(VALUES[v].text) + 1 < sizeof fmt) {
            strcpy(fmt + n, VALUES[v].text);
            n += strlen(VALUES[v].text);
        }
        pii_operator op = {PII_OP_TAG, fmt, NULL, 0, 0};
        check_ctx_error(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &op), "long tag format");
        op = (pii_operator){PII_OP_MASK, NULL, VALUES[v].text, 0, 0};
        check_ctx_error(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &op), "mask char = value");
        op = (pii_operator){PII_OP_HASH, fmt, NULL, 0, 0};
        check_ctx_error(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &op), "long hash format");
        char d[64];
        digits_of(VALUES[v].text, d, 10);
        unsigned num = (unsigned)strtoul(d, NULL, 10);
        if (num > 64) {
            op = (pii_operator){PII_OP_MASK, NULL, NULL, num, 0};
            check_ctx_error(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &op), "keep_last = digits");
            op = (pii_operator){PII_OP_HASH, NULL, NULL, 0, num};
            check_ctx_error(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &op), "hash_hex = digits");
            op = (pii_operator){(pii_op)num, NULL, NULL, 0, 0};
            check_ctx_error(pii_ctx_set_operator(CTX, PII_ALL_ENTITIES, &op), "op = digits");
        }
        /* a hash key made of the value, of a bad length */
        char key[200];
        snprintf(key, sizeof key, "%s%s%s%s%s", VALUES[v].text, VALUES[v].text, VALUES[v].text,
                 VALUES[v].text, VALUES[v].text);
        size_t klen = strlen(key) > 64 ? strlen(key) : 65;
        if (klen > sizeof key)
            klen = sizeof key;
        check_ctx_error(pii_ctx_set_hash_key(CTX, key, klen), "hash key too long");
        check_ctx_error(
            pii_ctx_set_hash_key(CTX, VALUES[v].text,
                                 strlen(VALUES[v].text) < 16 ? strlen(VALUES[v].text) : 15),
            "hash key too short");
    }
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Scanning and redacting PII text into errors                              */
/* ------------------------------------------------------------------------ */

static int stop_cb(const pii_finding *f, void *user)
{
    (void)f;
    (void)user;
    return 1;
}

START_TEST(test_scan_errors_with_pii)
{
    char out[256];
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        const char *text = VALUES[v].context;
        size_t len = strlen(text);
        /* a callback that stops */
        int rc = pii_scan(CTX, text, len, stop_cb, NULL);
        if (rc != PII_ERR_CALLBACK)
            ck_assert_msg(rc >= 0, "pii_scan: %d", rc);
        else
            check_ctx_error(rc, "pii_scan stopped by the callback");
        ck_assert_int_eq(pii_ctx_set_callback(CTX, stop_cb, NULL), PII_OK);
        int64_t r = pii_redact(CTX, text, len, out, sizeof out);
        ck_assert_int_eq(pii_ctx_set_callback(CTX, NULL, NULL), PII_OK);
        if (r < 0)
            check_ctx_error((int)r, "pii_redact stopped by the callback");
        /* too small an output */
        r = pii_redact(CTX, text, len, out, 3);
        check_ctx_error((int)r, "pii_redact into 3 bytes");
        /* hashing without a key */
        pii_ctx *ctx = pii_ctx_new(RS);
        ck_assert_ptr_nonnull(ctx);
        rc = pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "hash");
        r = rc < 0 ? rc : pii_redact(ctx, text, len, out, sizeof out);
        const char *msg = pii_ctx_error(ctx);
        char copy[512];
        snprintf(copy, sizeof copy, "%s", msg ? msg : "(null)");
        pii_ctx_free(ctx);
        ck_assert_msg(r < 0, "hash without a key: %lld", (long long)r);
        assert_no_leak(copy, "hash without a key: pii_ctx_error");
    }
}
END_TEST

START_TEST(test_stream_errors_with_pii)
{
    char out[64];
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        const char *text = VALUES[v].context;
        ck_assert_int_eq(pii_ctx_set_callback(CTX, stop_cb, NULL), PII_OK);
        pii_in_buffer in = {text, strlen(text), 0};
        pii_out_buffer o = {out, sizeof out, 0};
        int64_t r = pii_redact_stream(CTX, &o, &in, PII_END);
        ck_assert_int_eq(pii_ctx_set_callback(CTX, NULL, NULL), PII_OK);
        if (r >= 0) {
            ck_assert_int_eq(pii_ctx_reset(CTX), PII_OK);
            continue;
        }
        check_ctx_error((int)r, "stream stopped by the callback");
        in.pos = 0;
        r = pii_redact_stream(CTX, &o, &in, PII_END);
        check_ctx_error((int)r, "stream call after a failure");
        /* wrong-order one-shot calls during the failed session */
        check_ctx_error(pii_scan(CTX, text, strlen(text), NULL, NULL), "pii_scan in a session");
        check_ctx_error(pii_ctx_set_operator_spec(CTX, PII_ALL_ENTITIES, text),
                        "operator spec (the text) in a session");
        /* bad arguments with the text around */
        pii_in_buffer past = {text, 3, 4};
        check_ctx_error((int)pii_scan_stream(CTX, &past, PII_END), "in.pos > in.size");
        ck_assert_int_eq(pii_ctx_reset(CTX), PII_OK);
    }
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Builder errors                                                           */
/* ------------------------------------------------------------------------ */

START_TEST(test_builder_scores_and_windows)
{
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        char d[64];
        digits_of(VALUES[v].text, d, sizeof d);
        double x = strtod(d, NULL);
        if (x <= 1.0)
            continue; /* no digits, or a valid score */
        check_builder_error(B, pii_builder_set_min_score(B, x), "min score = digits");
        check_builder_error(B, pii_builder_set_min_score(B, -x), "min score = -digits");
        unsigned w = (unsigned)strtoul(d, NULL, 10);
        if (w > 1024)
            check_builder_error(B, pii_builder_set_context_window(B, w), "window = digits");
    }
}
END_TEST

START_TEST(test_builder_names_with_pii)
{
    char list[512];
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        static const char *const templates[] = {"%s", "US_SSN,%s", "%s,US_SSN", "US_%s",
                                                "EMAIL_ADDRESS %s"};
        for (size_t t = 0; t < N_ELEMS(templates); t++) {
            snprintf(list, sizeof list, templates[t], VALUES[v].text);
            char what[600];
            snprintf(what, sizeof what, "pii_builder_enable_names(\"%s\")", list);
            check_builder_error(B, pii_builder_enable_names(B, list), what);
            snprintf(what, sizeof what, "pii_builder_disable_names(\"%s\")", list);
            check_builder_error(B, pii_builder_disable_names(B, list), what);
        }
    }
}
END_TEST

/* Entity ids made of a value's digits: the message does not echo the id. */
START_TEST(test_builder_ids_with_pii)
{
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        char d[64];
        digits_of(VALUES[v].text, d, 10); /* fits an int */
        int id = atoi(d);
        if (id < PII_ENTITY_BUILTIN_COUNT)
            continue;
        check_builder_error(B, pii_builder_enable(B, id), "pii_builder_enable(id = digits)");
        check_builder_error(B, pii_builder_disable(B, id), "pii_builder_disable(id = digits)");
        check_builder_error(B, pii_builder_set_operator_spec(B, id, "mask"),
                            "pii_builder_set_operator_spec(id = digits)");
    }
}
END_TEST

START_TEST(test_custom_rules_with_pii)
{
    char buf[300];
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        const char *x = VALUES[v].text;
        /* a pattern that does not compile, with the value in it */
        snprintf(buf, sizeof buf, "%s(", x);
        pii_rule r = {"EMPLOYEE_ID", buf, 0.8, NULL, 0, NULL, NULL};
        check_builder_error(B, pii_builder_add_rule(B, &r), "bad pattern with the value");
        snprintf(buf, sizeof buf, "[%s", x);
        check_builder_error(B, pii_builder_add_rule(B, &r), "bad class with the value");
        /* an entity name that is the value (unless it is a valid name) */
        r = (pii_rule){x, "EMP-\\d+", 0.8, NULL, 0, NULL, NULL};
        int rc0 = pii_builder_add_rule(B, &r);
        if (rc0 < 0)
            check_builder_error(B, rc0, "entity name = value");
        /* a validator name that is the value */
        r = (pii_rule){"EMPLOYEE_ID", "EMP-\\d+", 0.8, NULL, 0, x, NULL};
        check_builder_error(B, pii_builder_add_rule(B, &r), "validator name = value");
        r = (pii_rule){"EMPLOYEE_ID", "EMP-\\d+", 0.8, NULL, 0, NULL, x};
        int rc = pii_builder_add_rule(B, &r);
        if (rc < 0)
            check_builder_error(B, rc, "category = value");
    }
    /* a scan that hits a match limit, over text full of PII */
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    pii_rule bad = {"CATASTROPHIC", "(a+)+$", 0.9, NULL, 0, NULL, NULL};
    ck_assert_int_ge(pii_builder_add_rule(b, &bad), PII_ENTITY_BUILTIN_COUNT);
    ck_assert_int_eq(pii_builder_set_match_limits(b, 1000, 100), PII_OK);
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_ctx *ctx = pii_ctx_new(rs);
    char text[400];
    snprintf(text, sizeof text, "SSN 536-22-1234 %s!", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    int n = ctx ? pii_scan(ctx, text, strlen(text), NULL, NULL) : -1;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", ctx ? pii_ctx_error(ctx) : "");
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    pii_builder_free(b);
    ck_assert_int_eq(n, PII_ERR_MATCH_LIMIT);
    assert_no_leak(msg, "match limit: pii_ctx_error");
}
END_TEST

/* Load each policy template with x in it; fail when an error message
 * leaks. */
static void check_policies(const char *const *templates, size_t n, const char *x)
{
    char yaml[2048];
    for (size_t t = 0; t < n; t++) {
        snprintf(yaml, sizeof yaml, templates[t], x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x);
        int rc = pii_builder_load_policy_string(B, yaml, strlen(yaml), "p.yaml");
        if (rc == PII_OK)
            continue;
        char what[2300];
        snprintf(what, sizeof what, "policy \"%s\"", yaml);
        check_builder_error(B, rc, what);
    }
}

/* Policies (YAML) with the values in the offending places. */
START_TEST(test_policies_with_pii)
{
    static const char *const templates[] = {
        "min_score: %s\n",
        "entities:\n  enable: [US_SSN, '%s']\n",
        "entities:\n  disable: ['%s']\n",
        "operators:\n  US_SSN: 'mask:keep=%s'\n",
        "operators:\n  '%s': mask\n",
        "operators:\n  default: {op: mask, char: '%s'}\n",
        "operators:\n  default: {op: tag, format: '%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s'}\n",
        "rules:\n  - entity: EMP\n    pattern: '%s('\n    score: 0.5\n",
        "rules:\n  - entity: '%s'\n    pattern: 'x'\n    score: 0.5\n",
        "rules:\n  - entity: EMP\n    pattern: 'x'\n    score: 0.5\n    validator: '%s'\n",
        "allow: ['%s', [1]]\n",
        "ssn: [%s\n",
        "ssn: '%s\n",
        "{%s: \n",
    };
    char yaml[2048];
    for (size_t v = 0; v < N_ELEMS(VALUES); v++) {
        const char *x = VALUES[v].text;
        check_policies(templates, N_ELEMS(templates), x);
        /* a value too long for the allow list */
        size_t n = (size_t)snprintf(yaml, sizeof yaml, "allow: ['");
        while (n + strlen(x) + 4 < sizeof yaml) {
            memcpy(yaml + n, x, strlen(x));
            n += strlen(x);
        }
        memcpy(yaml + n, "']\n", 4);
        check_builder_error(B, pii_builder_load_policy_string(B, yaml, n + 3, NULL),
                            "allow value too long");
    }
}
END_TEST

/* Unknown keys made of a value: the message does not quote the key. */
START_TEST(test_policy_keys_with_pii)
{
    static const char *const templates[] = {
        "'%s': true\n",
        "rules:\n  - entity: EMP\n    pattern: 'x'\n    score: 0.5\n    '%s': 1\n",
        "operators:\n  default: {op: mask, '%s': 1}\n",
        "entities:\n  '%s': [US_SSN]\n",
    };
    for (size_t v = 0; v < N_ELEMS(VALUES); v++)
        check_policies(templates, N_ELEMS(templates), VALUES[v].text);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Suites                                                                   */
/* ------------------------------------------------------------------------ */

static Suite *errors_suite(void)
{
    Suite *s = suite_create("errors_no_leak");
    struct {
        const char *name;
        const TTest *tests[8];
    } cases[] = {
        {"static", {test_error_strings_static}},
        {"operators", {test_operator_specs_with_pii, test_operators_with_pii}},
        {"scan", {test_scan_errors_with_pii, test_stream_errors_with_pii}},
        {"builder",
         {test_builder_scores_and_windows, test_builder_names_with_pii, test_builder_ids_with_pii,
          test_custom_rules_with_pii}},
        {"policies", {test_policies_with_pii, test_policy_keys_with_pii}},
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

PII_CHECK_MAIN(errors_suite)
