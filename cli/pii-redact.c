/*
 * pii-redact - redact personal data in text, or report where it is.
 *
 *   pii-redact [OPTIONS] [FILE]       write FILE (or stdin) with each finding
 *                                     replaced by [ENTITY]
 *   pii-redact --findings [FILE]      one JSON object per finding
 *
 * Exit status: 0 success, 2 error (one line on stderr).  Nothing is written
 * to stdout before the whole input has been scanned, so a failure never
 * leaves unredacted text behind.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pii.h"

static const char usage[] =
    "Usage: pii-redact [OPTIONS] [FILE]\n"
    "Redact personal data (SSNs, cards, IBANs, emails, IPs, ...) in FILE or standard input.\n"
    "\n"
    "  --findings          print one JSON object per finding instead of redacted text:\n"
    "                      {\"type\",\"start\",\"end\",\"score\",\"subtype\",\"flags\"} with byte\n"
    "                      offsets into the input (end exclusive)\n"
    "  --show-text         with --findings, also print the matched text (\"text\")\n"
    "  --entities LIST     only these entities (comma-separated names)\n"
    "  --exclude-entities LIST\n"
    "                      all but these entities\n"
    "  --min-score X       report findings scoring at least X (0..1, default 0.5)\n"
    "  --list-entities     print the entity names and exit\n"
    "  -h, --help          show this help and exit\n"
    "  -V, --version       show the version and exit\n"
    "\n"
    "Exit status: 0 on success, 2 on error.\n";

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("pii-redact: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static unsigned char *read_all(FILE *f, const char *name, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    if (!buf)
        die("out of memory");
    for (;;) {
        if (n == cap) {
            if (cap > SIZE_MAX / 2)
                die("%s: input too large", name);
            cap *= 2;
            unsigned char *b = realloc(buf, cap);
            if (!b)
                die("out of memory reading %s", name);
            buf = b;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) {
            if (ferror(f))
                die("%s: read failed: %s", name, strerror(errno));
            break;
        }
    }
    *len = n;
    return buf;
}

static void json_string(FILE *out, const unsigned char *s, size_t n)
{
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void print_flags(FILE *out, uint32_t flags)
{
    static const struct {
        uint32_t bit;
        const char *name;
    } names[] = {{PII_FLAG_VALIDATED, "validated"},
                 {PII_FLAG_CONTEXT, "context"},
                 {PII_FLAG_NORMALIZED, "normalized"},
                 {PII_FLAG_CUSTOM, "custom"}};
    fputc('[', out);
    int first = 1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (flags & names[i].bit) {
            fprintf(out, "%s\"%s\"", first ? "" : ",", names[i].name);
            first = 0;
        }
    }
    fputc(']', out);
}

int main(int argc, char **argv)
{
    int findings_mode = 0, show_text = 0;
    const char *only = NULL, *exclude = NULL, *path = NULL;
    double min_score = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--findings")) {
            findings_mode = 1;
        } else if (!strcmp(a, "--show-text")) {
            show_text = 1;
        } else if (!strcmp(a, "--entities") || !strcmp(a, "--exclude-entities") ||
                   !strcmp(a, "--min-score")) {
            if (i + 1 >= argc)
                die("%s needs a value", a);
            const char *val = argv[++i];
            if (!strcmp(a, "--entities"))
                only = val;
            else if (!strcmp(a, "--exclude-entities"))
                exclude = val;
            else {
                char *end;
                errno = 0;
                min_score = strtod(val, &end);
                if (errno || *end || end == val || !(min_score >= 0 && min_score <= 1))
                    die("--min-score must be a number between 0 and 1");
            }
        } else if (!strcmp(a, "--list-entities")) {
            for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
                printf("%s\n", pii_entity_name(e));
            return 0;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("pii-redact %s\n", pii_version_string());
            return 0;
        } else if (!strcmp(a, "--")) {
            if (i + 1 < argc)
                path = argv[++i];
            if (i + 1 < argc)
                die("only one input file is supported");
        } else if (a[0] == '-' && a[1]) {
            die("unknown option '%s' (see --help)", a);
        } else {
            if (path)
                die("only one input file is supported");
            path = a;
        }
    }

    pii_builder *b = pii_builder_new();
    if (!b)
        die("out of memory");
    int rc = PII_OK;
    if (only) {
        rc = pii_builder_disable_all(b);
        if (rc == PII_OK)
            rc = pii_builder_enable_names(b, only);
    }
    if (rc == PII_OK && exclude)
        rc = pii_builder_disable_names(b, exclude);
    if (rc == PII_OK && min_score >= 0)
        rc = pii_builder_set_min_score(b, min_score);
    pii_ruleset *rs = NULL;
    if (rc == PII_OK)
        rc = pii_builder_build(b, &rs);
    if (rc != PII_OK)
        die("%s", pii_builder_error(b)[0] ? pii_builder_error(b) : pii_error_message(rc));
    pii_builder_free(b);

    FILE *in = stdin;
    const char *name = "<stdin>";
    if (path && strcmp(path, "-") != 0) {
        in = fopen(path, "rb");
        if (!in)
            die("%s: %s", path, strerror(errno));
        name = path;
    }
    size_t len;
    unsigned char *data = read_all(in, name, &len);
    if (in != stdin)
        fclose(in);

    pii_ctx *ctx = pii_ctx_new(rs);
    if (!ctx)
        die("out of memory");
    rc = pii_scan(ctx, data, len, NULL, NULL);
    if (rc < 0)
        die("%s: scan failed: %s", name, pii_error_message(rc));
    size_t nf;
    const pii_finding *f = pii_ctx_findings(ctx, &nf);

    if (findings_mode) {
        for (size_t i = 0; i < nf; i++) {
            printf("{\"type\":\"%s\",\"start\":%llu,\"end\":%llu,\"score\":%.3f,\"subtype\":",
                   pii_ruleset_entity_name(rs, f[i].entity), (unsigned long long)f[i].start,
                   (unsigned long long)f[i].end, f[i].score);
            json_string(stdout, (const unsigned char *)f[i].subtype, strlen(f[i].subtype));
            fputs(",\"flags\":", stdout);
            print_flags(stdout, f[i].flags);
            if (show_text) {
                fputs(",\"text\":", stdout);
                json_string(stdout, data + f[i].start, (size_t)(f[i].end - f[i].start));
            }
            fputs("}\n", stdout);
        }
    } else {
        size_t pos = 0;
        for (size_t i = 0; i < nf; i++) {
            fwrite(data + pos, 1, (size_t)f[i].start - pos, stdout);
            printf("[%s]", pii_ruleset_entity_name(rs, f[i].entity));
            pos = (size_t)f[i].end;
        }
        fwrite(data + pos, 1, len - pos, stdout);
    }
    if (fflush(stdout) != 0 || ferror(stdout))
        die("writing output failed: %s", strerror(errno));
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    free(data);
    return 0;
}
