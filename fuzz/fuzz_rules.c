/*
 * fuzz_rules - custom rules: pattern compilation and matching under low
 * PCRE2 match and depth limits.
 *
 * Input:
 *   byte 0  bits 0-2 validator (none, luhn, iban, ssn, email, ipv4, an
 *           unknown name); bit 3 context words; bit 4 a second, catastrophic
 *           rule "(a+)+$"; bit 5 built-in entities stay enabled; bits 6-7
 *           what runs: scan only, scan + redact, scan + redact + stream
 *   byte 1  bits 0-2 match limit (1, 10, 100, 1000, 10000, 100000, default,
 *           50); bits 3-5 depth limit (1, 2, 10, 100, 1000, default, 5, 50);
 *           bits 6-7 score (1.0, 0.6, 0 (invalid), 0.35)
 *   byte 2  bits 0-2 entity name (some invalid), bits 3-4 category, bits 5-7
 *           stream chunk size
 *   then    the pattern up to the first '\n' (cut at a NUL), then the text.
 *
 * Invariants: pii_builder_add_rule() returns an entity id or a documented
 * error (invalid score or name: PII_ERR_INVALID_ARG; unknown validator:
 * PII_ERR_UNSUPPORTED; bad pattern: PII_ERR_PATTERN), and builder errors
 * never contain the text or long digit runs of the pattern; a scan returns
 * findings or PII_ERR_MATCH_LIMIT (never hangs: libFuzzer's -timeout);
 * findings are in bounds, sorted, non-overlapping, custom ones carry
 * PII_FLAG_CUSTOM, the rule's entity id, at most 256 bytes and pass the
 * rule's validator; pii_redact() fails exactly when the scan does, with the
 * same findings otherwise; a stream either equals the one-shot result or
 * fails with PII_ERR_MATCH_LIMIT, after which it writes nothing and returns
 * PII_ERR_SESSION, having written only a prefix of the one-shot output.
 */
#include "fuzz_common.h"

#include <ctype.h>
#include <stdbool.h>

static const char *const validators[8] = {NULL,  NULL,    "luhn", "iban",
                                          "ssn", "email", "ipv4", "no-such-validator"};
static const uint32_t match_limits[8] = {1, 10, 100, 1000, 10000, 100000, 0, 50};
static const uint32_t depth_limits[8] = {1, 2, 10, 100, 1000, 0, 5, 50};
static const double scores[4] = {1.0, 0.6, 0.0, 0.35};
static const char *const names[8] = {"EMPLOYEE_ID", "X",       "US_SSN",
                                     "bad name",    "",        "NAME_LONGER_THAN_THIRTY_TWO_CHARS",
                                     "employee_id", "CUSTOM_2"};
static const char *const categories[4] = {NULL, "FINANCIAL", "bad category!", ""};
static const char *const words[] = {"employee", "staff id", "id"};

static int valid_name(const char *s)
{
    size_t n = strlen(s);
    if (n < 1 || n > 32)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return 0;
    return 1;
}

static int same_name_ci(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (toupper((unsigned char)*a) != toupper((unsigned char)*b))
            return 0;
    return *a == *b;
}

/* An error text must not carry input: no 6+ digit run of the pattern, and
 * (for errors of a scan, with text given) no 8-byte window of the text that
 * holds 4 or more digits. */
static void check_error_text(const char *err, const char *pattern, const uint8_t *text, size_t len)
{
    FUZZ_CHECK(err != NULL, "NULL error string");
    size_t elen = strlen(err);
    for (size_t i = 0; text && i + 8 <= len; i++) {
        int digits = 0;
        for (size_t k = 0; k < 8; k++)
            digits += text[i + k] >= '0' && text[i + k] <= '9';
        if (digits < 4)
            continue;
        for (size_t j = 0; j + 8 <= elen; j++)
            FUZZ_CHECK(memcmp(err + j, text + i, 8) != 0,
                       "error message contains input text (offset %zu)", i);
    }
    for (const char *p = pattern; *p;) {
        size_t k = 0;
        while (isdigit((unsigned char)p[k]))
            k++;
        if (k >= 6) {
            char run[7];
            memcpy(run, p, 6);
            run[6] = '\0';
            FUZZ_CHECK(strstr(err, run) == NULL, "error message contains digits of the pattern");
        }
        p += k ? k : 1;
    }
}

static void check_custom(const pii_finding *f, size_t n, const uint8_t *text, int id, int id_bad,
                         const char *validator)
{
    for (size_t i = 0; i < n; i++) {
        if (f[i].entity < PII_ENTITY_BUILTIN_COUNT)
            continue;
        FUZZ_CHECK(f[i].entity == id || f[i].entity == id_bad,
                   "finding of entity %d, rules "
                   "gave %d and %d",
                   f[i].entity, id, id_bad);
        FUZZ_CHECK(f[i].flags & PII_FLAG_CUSTOM, "custom finding without PII_FLAG_CUSTOM");
        FUZZ_CHECK(f[i].end - f[i].start <= 256, "custom finding of %llu bytes",
                   (unsigned long long)(f[i].end - f[i].start));
        const char *s = (const char *)text + f[i].start;
        size_t len = (size_t)(f[i].end - f[i].start);
        /* (a span with characters of other scripts was validated as the
         * normalized view reads it, their digits and compatibility forms
         * in ASCII: "9\u0661.1.1.1" is the address 91.1.1.1 there; and so
         * was one with an escape the view decodes, which begins with '\\',
         * '&', '=' or ESC: "john\\u002Bdoe@example.com" is
         * john+doe@example.com there; only other ASCII spans are checked
         * byte for byte) */
        bool as_is = true; /* (checked byte for byte) */
        for (size_t j = 0; j < len && as_is; j++)
            as_is = (unsigned char)s[j] < 0x80 && s[j] != '\\' && s[j] != '&' && s[j] != '=' &&
                    s[j] != 0x1B;
        if (f[i].entity == id && validator && as_is) {
            char digits[260];
            /* the number validators see the match's digits only */
            if (strcmp(validator, "luhn") == 0 || strcmp(validator, "aba") == 0 ||
                strcmp(validator, "ssn") == 0 || strcmp(validator, "itin") == 0 ||
                strcmp(validator, "nanp") == 0) {
                size_t k = 0;
                for (size_t j = 0; j < len; j++)
                    if (s[j] >= '0' && s[j] <= '9')
                        digits[k++] = s[j];
                s = digits;
                len = k;
            }
            FUZZ_CHECK(pii_validate_named(validator, s, len) == 1,
                       "custom finding [%llu, %llu) fails its validator %s",
                       (unsigned long long)f[i].start, (unsigned long long)f[i].end, validator);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    uint8_t b0 = data[0], b1 = data[1], b2 = data[2];
    const uint8_t *p = data + 3, *end = data + size;
    const uint8_t *nl = memchr(p, '\n', (size_t)(end - p));
    size_t plen = nl ? (size_t)(nl - p) : (size_t)(end - p);
    char *pattern = malloc(plen + 1);
    FUZZ_CHECK(pattern != NULL, "out of memory in the fuzzer");
    memcpy(pattern, p, plen);
    pattern[plen] = '\0';
    const uint8_t *text = nl ? nl + 1 : end;
    size_t len = (size_t)(end - text);

    pii_rule rule;
    memset(&rule, 0, sizeof rule);
    rule.entity = names[b2 & 7];
    rule.pattern = pattern;
    rule.score = scores[b1 >> 6];
    rule.validator = validators[b0 & 7];
    rule.category = categories[(b2 >> 3) & 3];
    if (b0 & 8) {
        rule.context = words;
        rule.ncontext = sizeof words / sizeof words[0];
    }

    pii_builder *b = pii_builder_new();
    FUZZ_CHECK(b != NULL, "pii_builder_new");
    if (!(b0 & 0x20))
        FUZZ_CHECK(pii_builder_disable_all(b) == PII_OK, "disable_all");
    int id = pii_builder_add_rule(b, &rule);
    if (id < 0) {
        FUZZ_CHECK(id == PII_ERR_PATTERN || id == PII_ERR_INVALID_ARG ||
                       id == PII_ERR_UNSUPPORTED || id == PII_ERR_NOMEM,
                   "pii_builder_add_rule: %s", pii_error_name(id));
        FUZZ_CHECK(pii_builder_error(b)[0] != '\0', "add_rule failed without a message");
        check_error_text(pii_builder_error(b), pattern, NULL, 0);
    } else {
        FUZZ_CHECK(id >= PII_ENTITY_BUILTIN_COUNT, "custom entity id %d", id);
        FUZZ_CHECK(rule.score > 0 && rule.score <= 1, "score %g accepted", rule.score);
        FUZZ_CHECK(valid_name(rule.entity) || same_name_ci(rule.entity, "employee_id"),
                   "entity name '%s' accepted", rule.entity);
        FUZZ_CHECK(rule.validator == NULL || strcmp(rule.validator, "no-such-validator") != 0,
                   "unknown validator accepted");
    }
    if (rule.score <= 0 || rule.score > 1 ||
        (!valid_name(rule.entity) && !same_name_ci(rule.entity, "employee_id")))
        FUZZ_CHECK(id < 0, "invalid rule accepted");

    int id_bad = -1;
    if (b0 & 0x10) {
        pii_rule bad = {"CATASTROPHIC", "(a+)+$", 0.9, NULL, 0, NULL, NULL};
        id_bad = pii_builder_add_rule(b, &bad);
        FUZZ_CHECK(id_bad >= PII_ENTITY_BUILTIN_COUNT, "(a+)+$ rejected: %s",
                   pii_error_name(id_bad));
    }
    int rc = pii_builder_set_match_limits(b, match_limits[b1 & 7], depth_limits[(b1 >> 3) & 7]);
    FUZZ_CHECK(rc == PII_OK, "set_match_limits: %s", pii_error_name(rc));
    pii_ruleset *rs = NULL;
    rc = pii_builder_build(b, &rs);
    FUZZ_CHECK((rc == PII_OK && rs) || (rc < 0 && !rs), "build: %s", pii_error_name(rc));
    if (rc < 0) {
        check_error_text(pii_builder_error(b), pattern, NULL, 0);
        goto done_builder;
    }
    pii_ctx *ctx = pii_ctx_new(rs);
    FUZZ_CHECK(ctx != NULL, "pii_ctx_new");

    /* one-shot scan */
    finding_list scan = {0};
    int n = pii_scan(ctx, text, len, fuzz_collect, &scan);
    FUZZ_CHECK(n >= 0 || n == PII_ERR_MATCH_LIMIT, "pii_scan: %s", pii_error_name(n));
    if (n < 0)
        check_error_text(pii_ctx_error(ctx), pattern, text, len);
    else
        FUZZ_CHECK((size_t)n == scan.n, "pii_scan returned %d, callback saw %zu", n, scan.n);
    fuzz_check_findings(rs, scan.v, scan.n, len, PII_DEFAULT_MIN_SCORE, 1);
    check_custom(scan.v, scan.n, text, id, id_bad, rule.validator);

    if (b0 & 0xc0) {
        /* one-shot redaction: fails exactly when the scan does */
        finding_list red = {0};
        FUZZ_CHECK(pii_ctx_set_callback(ctx, fuzz_collect, &red) == PII_OK, "set_callback");
        size_t cap = pii_redact_bound(ctx, len);
        uint8_t *out = malloc(cap ? cap : 1);
        FUZZ_CHECK(out != NULL, "out of memory in the fuzzer");
        int64_t olen = pii_redact(ctx, text, len, out, cap);
        FUZZ_CHECK(pii_ctx_set_callback(ctx, NULL, NULL) == PII_OK, "set_callback");
        FUZZ_CHECK((olen >= 0) == (n >= 0), "pii_scan: %s but pii_redact: %s",
                   n >= 0 ? "ok" : pii_error_name(n), olen >= 0 ? "ok" : pii_error_name((int)olen));
        if (olen < 0)
            FUZZ_CHECK(olen == PII_ERR_MATCH_LIMIT, "pii_redact: %s", pii_error_name((int)olen));
        else
            fuzz_same_findings("pii_redact vs pii_scan", red.v, red.n, scan.v, scan.n);

        if ((b0 & 0xc0) == 0xc0) {
            /* a stream in fixed chunks */
            finding_list got = {0};
            byte_buf sout = {0};
            size_t chunk = 1 + (size_t)(b2 >> 5) * 37;
            FUZZ_CHECK(pii_ctx_set_callback(ctx, fuzz_collect, &got) == PII_OK, "set_callback");
            int64_t r = 0;
            size_t pos = 0;
            uint8_t buf[61];
            for (int guard = 0;; guard++) {
                FUZZ_CHECK(guard < 1000000, "stream does not end");
                size_t k = len - pos < chunk ? len - pos : chunk;
                pii_directive d = pos + k == len ? PII_END : PII_CONTINUE;
                pii_in_buffer in = {text + pos, k, 0};
                pii_out_buffer o = {buf, sizeof buf, 0};
                r = pii_redact_stream(ctx, &o, &in, d);
                if (r < 0)
                    break;
                fuzz_buf_put(&sout, buf, o.pos);
                pos += in.pos;
                if (d == PII_END && r == 0 && in.pos == in.size)
                    break;
            }
            FUZZ_CHECK(pii_ctx_set_callback(ctx, NULL, NULL) == PII_OK, "set_callback");
            if (r < 0) {
                FUZZ_CHECK(r == PII_ERR_MATCH_LIMIT, "stream: %s", pii_error_name((int)r));
                pii_in_buffer in = {text, len, 0};
                pii_out_buffer o = {buf, sizeof buf, 0};
                int64_t r2 = pii_redact_stream(ctx, &o, &in, PII_END);
                FUZZ_CHECK(r2 == PII_ERR_SESSION && o.pos == 0 && in.pos == 0,
                           "after a failed stream: %s, %zu bytes written", pii_error_name((int)r2),
                           o.pos);
                if (olen >= 0)
                    FUZZ_CHECK(sout.n <= (size_t)olen &&
                                   fuzz_first_diff(sout.p, sout.n, out, (size_t)olen) == sout.n,
                               "a failed stream wrote what the one-shot output does not have");
                FUZZ_CHECK(pii_ctx_reset(ctx) == PII_OK, "reset");
            } else if (olen >= 0) {
                FUZZ_CHECK(sout.n == (size_t)olen &&
                               fuzz_first_diff(sout.p, sout.n, out, (size_t)olen) == sout.n,
                           "stream output differs from one-shot");
                fuzz_same_findings("stream vs one-shot", got.v, got.n, scan.v, scan.n);
            }
            free(sout.p);
            fuzz_list_free(&got);
        }
        free(out);
        fuzz_list_free(&red);
    }
    fuzz_list_free(&scan);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
done_builder:
    pii_builder_free(b);
    free(pattern);
    return 0;
}
