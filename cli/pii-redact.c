/*
 * pii-redact - redact personal data in text, or report where it is.
 *
 *   pii-redact [OPTIONS] [FILE]       write FILE (or stdin) with each finding
 *                                     replaced by [ENTITY]
 *   pii-redact --findings [FILE]      one JSON object per finding
 *
 * The input is read in blocks (--block-size) and streamed through the
 * library in constant memory; output and findings are the same for every
 * block size.  Exit status: 0 success, 2 error (one line on stderr).  The
 * library only releases text that has been scanned, so an error half-way
 * never lets unredacted text through.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
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
    "  --operator [ENTITY=]SPEC\n"
    "                      how to replace findings (of ENTITY, or of all): tag,\n"
    "                      tag:format=<{entity}>, mask, mask:keep=4,char=#, remove,\n"
    "                      hash, hash:hex=32, keep; repeatable, later ones win\n"
    "  --hash-key-file F   key for the hash operator (16..64 bytes; a trailing\n"
    "                      newline is ignored)\n"
    "  --block-size N      read N bytes at a time (default 65536)\n"
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

typedef struct options {
    int findings_mode, show_text;
    const char *only, *exclude, *path, *key_file;
    double min_score;
    size_t block;
    const char *ops[64]; /* [ENTITY=]SPEC, in order */
    int nops;
} options;

static size_t parse_size(const char *opt, const char *v)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (errno || *end || end == v || n == 0 || n > (1ull << 30))
        die("%s must be a number of bytes between 1 and 1073741824", opt);
    return (size_t)n;
}

static void parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->min_score = -1;
    o->block = 65536;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        static const char *const with_value[] = {"--entities", "--exclude-entities", "--min-score",
                                                 "--operator", "--hash-key-file", "--block-size"};
        for (size_t k = 0; k < sizeof with_value / sizeof with_value[0]; k++) {
            size_t n = strlen(with_value[k]);
            if (!strncmp(a, with_value[k], n) && (a[n] == '\0' || a[n] == '=')) {
                if (a[n] == '=')
                    val = a + n + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else
                    die("%s needs a value", with_value[k]);
                a = with_value[k];
                break;
            }
        }
        if (!strcmp(a, "--findings")) {
            o->findings_mode = 1;
        } else if (!strcmp(a, "--show-text")) {
            o->show_text = 1;
        } else if (!strcmp(a, "--entities")) {
            o->only = val;
        } else if (!strcmp(a, "--exclude-entities")) {
            o->exclude = val;
        } else if (!strcmp(a, "--min-score")) {
            char *end;
            errno = 0;
            o->min_score = strtod(val, &end);
            if (errno || *end || end == val || !(o->min_score >= 0 && o->min_score <= 1))
                die("--min-score must be a number between 0 and 1");
        } else if (!strcmp(a, "--operator")) {
            if (o->nops == (int)(sizeof o->ops / sizeof o->ops[0]))
                die("too many --operator options");
            o->ops[o->nops++] = val;
        } else if (!strcmp(a, "--hash-key-file")) {
            o->key_file = val;
        } else if (!strcmp(a, "--block-size")) {
            o->block = parse_size("--block-size", val);
        } else if (!strcmp(a, "--list-entities")) {
            for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
                printf("%s\n", pii_entity_name(e));
            exit(0);
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            exit(0);
        } else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("pii-redact %s\n", pii_version_string());
            exit(0);
        } else if (!strcmp(a, "--")) {
            if (i + 1 < argc)
                o->path = argv[++i];
            if (i + 1 < argc)
                die("only one input file is supported");
        } else if (a[0] == '-' && a[1]) {
            die("unknown option '%s' (see --help)", a);
        } else {
            if (o->path)
                die("only one input file is supported");
            o->path = a;
        }
    }
}

static pii_ruleset *build_ruleset(const options *o)
{
    pii_builder *b = pii_builder_new();
    if (!b)
        die("out of memory");
    int rc = PII_OK;
    if (o->only) {
        rc = pii_builder_disable_all(b);
        if (rc == PII_OK)
            rc = pii_builder_enable_names(b, o->only);
    }
    if (rc == PII_OK && o->exclude)
        rc = pii_builder_disable_names(b, o->exclude);
    if (rc == PII_OK && o->min_score >= 0)
        rc = pii_builder_set_min_score(b, o->min_score);
    pii_ruleset *rs = NULL;
    if (rc == PII_OK)
        rc = pii_builder_build(b, &rs);
    if (rc != PII_OK)
        die("%s", pii_builder_error(b)[0] ? pii_builder_error(b) : pii_error_message(rc));
    pii_builder_free(b);
    return rs;
}

static void configure_ctx(pii_ctx *ctx, const options *o)
{
    for (int i = 0; i < o->nops; i++) {
        const char *spec = o->ops[i];
        int entity = PII_ALL_ENTITIES;
        const char *eq = strchr(spec, '=');
        const char *colon = strchr(spec, ':');
        if (eq && (!colon || eq < colon)) {
            char name[64];
            size_t n = (size_t)(eq - spec);
            if (n >= sizeof name)
                die("--operator: entity name too long");
            memcpy(name, spec, n);
            name[n] = '\0';
            entity = pii_entity_from_name(name);
            if (entity < 0)
                die("--operator: unknown entity '%s' (see --list-entities)", name);
            spec = eq + 1;
        }
        if (pii_ctx_set_operator_spec(ctx, entity, spec) != PII_OK)
            die("--operator '%s': %s", o->ops[i], pii_ctx_error(ctx));
    }
    if (o->key_file) {
        FILE *f = fopen(o->key_file, "rb");
        if (!f)
            die("%s: %s", o->key_file, strerror(errno));
        unsigned char key[80];
        size_t n = fread(key, 1, sizeof key, f);
        fclose(f);
        while (n && (key[n - 1] == '\n' || key[n - 1] == '\r'))
            n--;
        if (pii_ctx_set_hash_key(ctx, key, n) != PII_OK)
            die("%s: %s", o->key_file, pii_ctx_error(ctx));
        memset(key, 0, sizeof key);
    }
}

typedef struct findings_out {
    const pii_ruleset *rs;
    int show_text;
} findings_out;

static void print_finding_text(const pii_finding *f, const findings_out *fo,
                               const unsigned char *text, size_t tlen);

static int print_finding(const pii_finding *f, void *user)
{
    print_finding_text(f, user, NULL, 0);
    return ferror(stdout) ? 1 : 0;
}

static void print_finding_text(const pii_finding *f, const findings_out *fo,
                               const unsigned char *text, size_t tlen)
{
    printf("{\"type\":\"%s\",\"start\":%llu,\"end\":%llu,\"score\":%.3f,\"subtype\":",
           pii_ruleset_entity_name(fo->rs, f->entity), (unsigned long long)f->start,
           (unsigned long long)f->end, f->score);
    json_string(stdout, (const unsigned char *)f->subtype, strlen(f->subtype));
    fputs(",\"flags\":", stdout);
    print_flags(stdout, f->flags);
    if (fo->show_text) {
        fputs(",\"text\":", stdout);
        json_string(stdout, text, tlen);
    }
    fputs("}\n", stdout);
}

/* --show-text needs the matched bytes, which a stream no longer holds when
 * the finding is reported; keep them by running the redactor with the
 * "keep" operator and taking the text from its output. */
typedef struct text_finder {
    const pii_ruleset *rs;
    pii_finding *pending; /* reported, text not printed yet */
    size_t head, n, cap;
    unsigned char text[1024]; /* the head finding's bytes so far */
    size_t tlen;
} text_finder;

static int collect(const pii_finding *f, void *user)
{
    text_finder *t = user;
    if (t->head == t->n)
        t->head = t->n = 0;
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        pii_finding *v = realloc(t->pending, cap * sizeof *v);
        if (!v)
            return 1;
        t->pending = v;
        t->cap = cap;
    }
    t->pending[t->n++] = *f;
    return 0;
}

/* Output chunk buf[0..len) starts at stream offset *off; with the keep
 * operator it equals the input, so findings index into it. */
static void show_texts(text_finder *t, const findings_out *fo, const unsigned char *buf,
                       size_t len, unsigned long long *off)
{
    unsigned long long lo = *off, hi = *off + len;
    while (t->head < t->n) {
        const pii_finding *f = &t->pending[t->head];
        if (f->start >= hi)
            break;
        unsigned long long a = f->start > lo ? f->start : lo;
        unsigned long long b = f->end < hi ? f->end : hi;
        if (b > a && t->tlen + (b - a) <= sizeof t->text) {
            memcpy(t->text + t->tlen, buf + (a - lo), (size_t)(b - a));
            t->tlen += (size_t)(b - a);
        }
        if (f->end > hi)
            break; /* rest comes with the next chunk */
        print_finding_text(f, fo, t->text, t->tlen);
        t->tlen = 0;
        t->head++;
    }
    *off = hi;
}

int main(int argc, char **argv)
{
    options o;
    parse_args(argc, argv, &o);
    pii_ruleset *rs = build_ruleset(&o);
    pii_ctx *ctx = pii_ctx_new(rs);
    if (!ctx)
        die("out of memory");
    configure_ctx(ctx, &o);

    int fd = STDIN_FILENO;
    const char *name = "<stdin>";
    if (o.path && strcmp(o.path, "-") != 0) {
        fd = open(o.path, O_RDONLY);
        if (fd < 0)
            die("%s: %s", o.path, strerror(errno));
        name = o.path;
    }

    findings_out fo = {rs, o.show_text};
    text_finder tf;
    memset(&tf, 0, sizeof tf);
    tf.rs = rs;
    if (o.findings_mode && o.show_text) {
        pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "keep");
        pii_ctx_set_callback(ctx, collect, &tf);
    } else if (o.findings_mode) {
        pii_ctx_set_callback(ctx, print_finding, &fo);
    }

    unsigned char *inbuf = malloc(o.block);
    size_t outcap = o.block + 65536;
    unsigned char *outbuf = malloc(outcap);
    if (!inbuf || !outbuf)
        die("out of memory");
    /* with --show-text: bytes of output seen so far, to cut matched text */
    unsigned long long out_off = 0;
    int at_end = 0;
    while (!at_end) {
        ssize_t r = read(fd, inbuf, o.block);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            die("%s: read failed: %s", name, strerror(errno));
        }
        at_end = r == 0;
        pii_in_buffer in = {inbuf, (size_t)r, 0};
        int64_t held;
        do {
            pii_out_buffer out = {outbuf, outcap, 0};
            held = (o.findings_mode && !o.show_text)
                       ? pii_scan_stream(ctx, &in, at_end ? PII_END : PII_CONTINUE)
                       : pii_redact_stream(ctx, &out, &in, at_end ? PII_END : PII_CONTINUE);
            if (held < 0)
                die("%s: %s", name, held == PII_ERR_CALLBACK ? "writing findings failed"
                                                             : pii_error_message((int)held));
            if (!o.findings_mode) {
                if (out.pos && fwrite(outbuf, 1, out.pos, stdout) != out.pos)
                    die("writing output failed: %s", strerror(errno));
            } else if (o.show_text) {
                show_texts(&tf, &fo, outbuf, out.pos, &out_off);
            }
        } while (in.pos < in.size || (at_end && held > 0));
    }
    if (fflush(stdout) != 0 || ferror(stdout))
        die("writing output failed: %s", strerror(errno));
    if (fd != STDIN_FILENO)
        close(fd);
    free(tf.pending);
    free(inbuf);
    free(outbuf);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    return 0;
}
