/* options.c - pii-redact's command line and --help text. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char usage_text[] =
    "Usage: pii-redact [OPTIONS] [FILE|DIR ...]\n"
    "Redact personal data (SSNs, cards, IBANs, emails, IPs, ...) in files or standard input.\n"
    "With no FILE, or when FILE is -, read standard input.  Several files are\n"
    "written one after the other, in the order given.\n"
    "\n"
    "Input and output:\n"
    "  -o, --output FILE   write to FILE instead of standard output; FILE is replaced\n"
    "                      atomically and only when every input succeeded\n"
    "  -i, --in-place      redact each FILE in place, atomically (temporary file in\n"
    "                      the same directory, fsync, rename); mode and owner are\n"
    "                      kept; a file with nothing found is left untouched\n"
    "  -r, --recursive     read the files under each DIR (default: .); symbolic\n"
    "                      links found inside are not followed\n"
    "      --include GLOB  with -r, only files whose name matches GLOB (repeatable)\n"
    "      --exclude GLOB  with -r, skip files and directories whose name matches\n"
    "                      GLOB (repeatable); a GLOB with '/' matches the whole path\n"
    "      --binary        also process binary files (a NUL byte in the first 8 KiB),\n"
    "                      which are skipped by default\n"
    "  -j, --jobs N        process N files at a time (default: number of CPUs)\n"
    "      --block-size N  read N bytes at a time (default 65536)\n"
    "\n"
    "What to print:\n"
    "      --findings      print one JSON object per finding instead of redacted text:\n"
    "                      {\"type\",\"start\",\"end\",\"score\",\"subtype\",\"flags\"} with byte\n"
    "                      offsets into the input (end exclusive); \"file\" comes first\n"
    "                      when more than one input is given or with -r\n"
    "      --show-text     with --findings, also print the matched text (\"text\")\n"
    "      --check         print nothing on standard output; exit 1 if anything is\n"
    "                      found, 0 if nothing is (a gate for CI)\n"
    "      --report FILE   write a JSON summary to FILE (- for standard output, with\n"
    "                      --check, -i or -o only): per file and entity counts, bytes,\n"
    "                      time, categories, sensitivity; never any matched text\n"
    "  -q, --quiet         no summary, progress bar or warnings on standard error\n"
    "\n"
    "What to find and how to replace it:\n"
    "      --policy FILE   YAML policy (see README): min_score, entities, operators,\n"
    "                      allow, rules; read before any input; the options below\n"
    "                      override it\n"
    "      --entities LIST only these built-in entities (comma-separated names)\n"
    "      --exclude-entities LIST\n"
    "                      all but these entities\n"
    "      --min-score X   report findings scoring at least X (0..1, default 0.5)\n"
    "      --operator [ENTITY=]SPEC\n"
    "                      how to replace findings (of ENTITY, or of all): tag,\n"
    "                      tag:format=<{entity}>, mask, mask:keep=4,char=#, remove,\n"
    "                      hash, hash:hex=32, keep; repeatable, later ones win\n"
    "      --hash-key-file F\n"
    "                      key for the hash operator (16..64 bytes; a trailing\n"
    "                      newline is ignored)\n"
    "      --list-entities print the built-in entity names and exit\n"
    "  -h, --help          show this help and exit\n"
    "  -V, --version       show the version and exit\n"
    "\n"
    "A summary goes to standard error when it is a terminal, with a progress bar\n"
    "when the run takes more than a second.\n"
    "\n"
    "Exit status: 0 on success, 1 with --check when something was found, 2 on\n"
    "error (one line on standard error: \"pii-redact: error: ...\").\n";

static size_t parse_size(const char *opt, const char *v, unsigned long long max)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (errno || *end || end == v || v[0] == '-' || n == 0 || n > max)
        die("%s must be a number between 1 and %llu", opt, max);
    return (size_t)n;
}

/* Append to a growable list of strings. */
static void push(const char ***v, size_t *n, const char *s)
{
    const char **nv = realloc(*v, (*n + 1) * sizeof *nv);
    if (!nv)
        die("out of memory");
    nv[(*n)++] = s;
    *v = nv;
}

typedef struct optdef {
    const char *lng; /* without "--" */
    char shrt;       /* 0 when none */
    bool has_value;
    int id;
} optdef;

enum {
    O_OUTPUT, O_IN_PLACE, O_RECURSIVE, O_INCLUDE, O_EXCLUDE, O_BINARY, O_JOBS, O_BLOCK,
    O_FINDINGS, O_SHOW_TEXT, O_CHECK, O_REPORT, O_QUIET, O_POLICY, O_ENTITIES, O_EXCL_ENT,
    O_MIN_SCORE, O_OPERATOR, O_KEY_FILE, O_LIST, O_HELP, O_VERSION
};

static const optdef defs[] = {
    {"output", 'o', true, O_OUTPUT},
    {"in-place", 'i', false, O_IN_PLACE},
    {"recursive", 'r', false, O_RECURSIVE},
    {"include", 0, true, O_INCLUDE},
    {"exclude", 0, true, O_EXCLUDE},
    {"binary", 0, false, O_BINARY},
    {"jobs", 'j', true, O_JOBS},
    {"block-size", 0, true, O_BLOCK},
    {"findings", 0, false, O_FINDINGS},
    {"show-text", 0, false, O_SHOW_TEXT},
    {"check", 0, false, O_CHECK},
    {"report", 0, true, O_REPORT},
    {"quiet", 'q', false, O_QUIET},
    {"policy", 0, true, O_POLICY},
    {"entities", 0, true, O_ENTITIES},
    {"exclude-entities", 0, true, O_EXCL_ENT},
    {"min-score", 0, true, O_MIN_SCORE},
    {"operator", 0, true, O_OPERATOR},
    {"hash-key-file", 0, true, O_KEY_FILE},
    {"list-entities", 0, false, O_LIST},
    {"help", 'h', false, O_HELP},
    {"version", 'V', false, O_VERSION},
};

#define NDEFS (sizeof defs / sizeof defs[0])

static void apply(options *o, const optdef *d, const char *val, bool *findings, bool *check)
{
    switch (d->id) {
    case O_OUTPUT:
        o->output = val;
        break;
    case O_IN_PLACE:
        o->in_place = true;
        break;
    case O_RECURSIVE:
        o->recursive = true;
        break;
    case O_INCLUDE:
        push(&o->include, &o->ninclude, val);
        break;
    case O_EXCLUDE:
        push(&o->exclude, &o->nexclude, val);
        break;
    case O_BINARY:
        o->binary = true;
        break;
    case O_JOBS:
        o->jobs = (unsigned)parse_size("--jobs", val, MAX_JOBS);
        break;
    case O_BLOCK:
        o->block = parse_size("--block-size", val, 1ull << 30);
        break;
    case O_FINDINGS:
        *findings = true;
        break;
    case O_SHOW_TEXT:
        o->show_text = true;
        break;
    case O_CHECK:
        *check = true;
        break;
    case O_REPORT:
        o->report = val;
        break;
    case O_QUIET:
        o->quiet = true;
        break;
    case O_POLICY:
        o->policy = val;
        break;
    case O_ENTITIES:
        o->only = val;
        break;
    case O_EXCL_ENT:
        o->exclude_entities = val;
        break;
    case O_MIN_SCORE: {
        char *end;
        errno = 0;
        o->min_score = strtod(val, &end);
        if (errno || *end || end == val || !(o->min_score >= 0 && o->min_score <= 1))
            die("--min-score must be a number between 0 and 1");
        break;
    }
    case O_OPERATOR:
        push(&o->ops, &o->nops, val);
        break;
    case O_KEY_FILE:
        o->key_file = val;
        break;
    case O_LIST:
        for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
            printf("%s\n", pii_entity_name(e));
        exit(fflush(stdout) == 0 ? EXIT_OK : EXIT_ERROR);
    case O_HELP:
        fputs(usage_text, stdout);
        exit(fflush(stdout) == 0 ? EXIT_OK : EXIT_ERROR);
    case O_VERSION:
        printf("pii-redact %s\n", pii_version_string());
        exit(fflush(stdout) == 0 ? EXIT_OK : EXIT_ERROR);
    }
}

void parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->min_score = -1;
    o->block = 65536;
    bool findings = false, check = false, only_inputs = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_inputs || a[0] != '-' || a[1] == '\0') {
            push(&o->inputs, &o->ninputs, a);
        } else if (!strcmp(a, "--")) {
            only_inputs = true;
        } else if (a[1] == '-') {
            const char *name = a + 2, *eq = strchr(name, '=');
            size_t n = eq ? (size_t)(eq - name) : strlen(name);
            const optdef *d = NULL;
            for (size_t k = 0; k < NDEFS; k++)
                if (strlen(defs[k].lng) == n && !strncmp(defs[k].lng, name, n))
                    d = &defs[k];
            if (!d)
                die("unknown option '%.*s' (see --help)", (int)(n + 2), a);
            const char *val = NULL;
            if (d->has_value) {
                if (eq)
                    val = eq + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else
                    die("--%s needs a value", d->lng);
            } else if (eq) {
                die("--%s takes no value", d->lng);
            }
            apply(o, d, val, &findings, &check);
        } else {
            /* short options, possibly clustered: -ri, -j4, -o FILE */
            for (const char *p = a + 1; *p; p++) {
                const optdef *d = NULL;
                for (size_t k = 0; k < NDEFS; k++)
                    if (defs[k].shrt && defs[k].shrt == *p)
                        d = &defs[k];
                if (!d)
                    die("unknown option '-%c' (see --help)", *p);
                const char *val = NULL;
                if (d->has_value) {
                    if (p[1])
                        val = p + 1;
                    else if (i + 1 < argc)
                        val = argv[++i];
                    else
                        die("-%c needs a value", *p);
                }
                apply(o, d, val, &findings, &check);
                if (d->has_value)
                    break;
            }
        }
    }

    if (findings && check)
        die("--findings and --check cannot be used together");
    o->mode = check ? MODE_CHECK : findings ? MODE_FINDINGS : MODE_REDACT;
    if (o->show_text && o->mode != MODE_FINDINGS)
        die("--show-text needs --findings");
    if (o->in_place) {
        if (o->mode != MODE_REDACT)
            die("--in-place cannot be used with --%s", check ? "check" : "findings");
        if (o->output)
            die("--in-place and --output cannot be used together");
        if (o->ninputs == 0 && !o->recursive)
            die("--in-place needs files");
        for (size_t k = 0; k < o->ninputs; k++)
            if (!strcmp(o->inputs[k], "-"))
                die("--in-place cannot rewrite standard input");
    }
    if (o->output && o->mode == MODE_CHECK)
        die("--check writes no output: --output cannot be used with it");
    if (o->report && !strcmp(o->report, "-") && o->mode != MODE_CHECK && !o->in_place &&
        !(o->output && strcmp(o->output, "-")))
        die("--report - needs standard output to be free (use it with --check, -i or -o)");
    if ((o->ninclude || o->nexclude) && !o->recursive)
        die("--include and --exclude apply to -r only");
}
