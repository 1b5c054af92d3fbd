/*
 * report.c - the --report JSON summary and the human summary on stderr.
 * Both hold counts, sizes, times, entity and category names and file
 * names: never any matched text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char *status_name(job_status s)
{
    switch (s) {
    case JOB_OK:
        return "ok";
    case JOB_SKIPPED_BINARY:
        return "skipped_binary";
    case JOB_ERROR:
        return "error";
    default:
        return "not_processed";
    }
}

static const char *mode_name(const options *o)
{
    if (o->in_place)
        return "in-place";
    return o->mode == MODE_CHECK ? "check" : o->mode == MODE_FINDINGS ? "findings" : "redact";
}

/* {"NAME": count, ...} for the non-zero counts. */
static void entity_counts(sink *s, const run_conf *rc, const uint64_t *per)
{
    sink_write(s, "{", 1);
    int first = 1;
    for (size_t e = 0; e < rc->nentities; e++)
        if (per[e]) {
            sink_printf(s, "%s\"%s\": %llu", first ? "" : ", ",
                        pii_ruleset_entity_name(rc->rs, (int)e), (unsigned long long)per[e]);
            first = 0;
        }
    sink_write(s, "}", 1);
}

/* {"category": count, ...}: entities added up by their category. */
static void category_counts(sink *s, const run_conf *rc, const uint64_t *per)
{
    const char **names = calloc(rc->nentities + 1, sizeof *names);
    uint64_t *counts = calloc(rc->nentities + 1, sizeof *counts);
    size_t n = 0;
    for (size_t e = 0; names && counts && e < rc->nentities; e++) {
        if (!per[e])
            continue;
        const char *c = pii_entity_category(rc->rs, (int)e);
        if (!c)
            c = "unknown";
        size_t k = 0;
        while (k < n && strcmp(names[k], c) != 0)
            k++;
        if (k == n)
            names[n++] = c;
        counts[k] += per[e];
    }
    sink_write(s, "{", 1);
    for (size_t k = 0; k < n; k++) {
        sink_printf(s, "%s", k ? ", " : "");
        json_string(s, (const unsigned char *)names[k], strlen(names[k]));
        sink_printf(s, ": %llu", (unsigned long long)counts[k]);
    }
    sink_write(s, "}", 1);
    free(names);
    free(counts);
}

static void write_json(sink *s, const run_conf *rc, const input_list *in, const job_result *res,
                       double elapsed)
{
    uint64_t *tot = calloc(rc->nentities ? rc->nentities : 1, sizeof *tot);
    uint64_t bytes = 0, findings = 0;
    size_t with = 0, skipped = 0, failed = 0, unprocessed = 0;
    int maxs = PII_SENSITIVITY_NONE;
    sink_printf(s, "{\n  \"tool\": \"pii-redact\",\n  \"version\": \"%s\",\n  \"mode\": \"%s\",\n",
                pii_version_string(), mode_name(rc->o));
    sink_write(s, "  \"files\": [", 12);
    for (size_t i = 0; i < in->n; i++) {
        const job_result *r = &res[i];
        sink_printf(s, "%s\n    {\"file\": ", i ? "," : "");
        json_string(s, (const unsigned char *)in->v[i].name, strlen(in->v[i].name));
        sink_printf(s, ", \"status\": \"%s\"", status_name(r->status));
        if (r->status == JOB_ERROR) {
            sink_write(s, ", \"error\": ", 11);
            json_string(s, (const unsigned char *)r->error, strlen(r->error));
        }
        sink_printf(s, ", \"bytes\": %llu, \"elapsed_seconds\": %.6f, \"findings\": %llu",
                    (unsigned long long)r->bytes, r->elapsed, (unsigned long long)r->findings);
        sink_write(s, ", \"entities\": ", 14);
        if (r->per_entity)
            entity_counts(s, rc, r->per_entity);
        else
            sink_write(s, "{}", 2);
        sink_write(s, ", \"categories\": ", 16);
        if (r->per_entity)
            category_counts(s, rc, r->per_entity);
        else
            sink_write(s, "{}", 2);
        sink_printf(s, ", \"max_sensitivity\": \"%s\"", pii_sensitivity_name(r->max_sensitivity));
        if (rc->o->in_place)
            sink_printf(s, ", \"rewritten\": %s", r->rewritten ? "true" : "false");
        sink_write(s, "}", 1);
        bytes += r->bytes;
        findings += r->findings;
        with += r->findings > 0;
        skipped += r->status == JOB_SKIPPED_BINARY;
        failed += r->status == JOB_ERROR;
        unprocessed += r->status == JOB_PENDING;
        if (r->max_sensitivity > maxs)
            maxs = r->max_sensitivity;
        for (size_t e = 0; tot && r->per_entity && e < rc->nentities; e++)
            tot[e] += r->per_entity[e];
    }
    sink_printf(s, "%s],\n  \"totals\": {\"files\": %zu, \"files_with_findings\": %zu, "
                   "\"files_skipped_binary\": %zu, \"files_failed\": %zu, "
                   "\"files_not_processed\": %zu, \"bytes\": %llu, "
                   "\"elapsed_seconds\": %.6f, \"findings\": %llu, \"entities\": ",
                in->n ? "\n  " : "", in->n, with, skipped, failed, unprocessed,
                (unsigned long long)bytes,
                elapsed, (unsigned long long)findings);
    if (tot) {
        entity_counts(s, rc, tot);
        sink_write(s, ", \"categories\": ", 16);
        category_counts(s, rc, tot);
    } else {
        sink_write(s, "{}, \"categories\": {}", 20);
    }
    sink_printf(s, ", \"max_sensitivity\": \"%s\"}\n}\n", pii_sensitivity_name(maxs));
    free(tot);
}

int write_report(const run_conf *rc, const input_list *in, const job_result *res, double elapsed,
                 char *err, size_t errlen)
{
    static sink s; /* 64 KiB: not on a stack */
    const char *path = rc->o->report;
    if (!strcmp(path, "-")) {
        sink_init(&s, STDOUT_FILENO);
        write_json(&s, rc, in, res, elapsed);
        if (sink_flush(&s) != 0) {
            snprintf(err, errlen, "--report: write failed");
            return -1;
        }
        return 0;
    }
    atomic_file af;
    if (atomic_open(&af, path, NULL, err, errlen) != 0)
        return -1;
    sink_init(&s, af.fd);
    write_json(&s, rc, in, res, elapsed);
    if (sink_flush(&s) != 0) {
        snprintf(err, errlen, "%s: write failed", path);
        atomic_abort(&af);
        return -1;
    }
    return atomic_commit(&af, err, errlen);
}

void human_summary(const run_conf *rc, const input_list *in, const job_result *res,
                   double elapsed)
{
    uint64_t bytes = 0, findings = 0;
    size_t with = 0, skipped = 0, failed = 0, rewritten = 0, unprocessed = 0;
    int maxs = PII_SENSITIVITY_NONE;
    uint64_t *tot = calloc(rc->nentities ? rc->nentities : 1, sizeof *tot);
    for (size_t i = 0; i < in->n; i++) {
        bytes += res[i].bytes;
        findings += res[i].findings;
        with += res[i].findings > 0;
        skipped += res[i].status == JOB_SKIPPED_BINARY;
        failed += res[i].status == JOB_ERROR;
        unprocessed += res[i].status == JOB_PENDING;
        rewritten += res[i].rewritten;
        if (res[i].max_sensitivity > maxs)
            maxs = res[i].max_sensitivity;
        for (size_t e = 0; tot && res[i].per_entity && e < rc->nentities; e++)
            tot[e] += res[i].per_entity[e];
    }
    char line[1024];
    size_t n = 0;
#define ADD(...)                                                                                   \
    do {                                                                                           \
        if (n < sizeof line)                                                                       \
            n += (size_t)snprintf(line + n, sizeof line - n, __VA_ARGS__);                         \
    } while (0)
    double b = (double)bytes;
    const char *unit = "B";
    if (b >= 1024 * 1024 * 1024.0)
        b /= 1024 * 1024 * 1024.0, unit = "GiB";
    else if (b >= 1024 * 1024)
        b /= 1024 * 1024, unit = "MiB";
    else if (b >= 1024)
        b /= 1024, unit = "KiB";
    ADD("%zu file%s, %.*f %s in %.2f s: %llu finding%s", in->n, in->n == 1 ? "" : "s",
        unit[0] == 'B' ? 0 : 1, b, unit, elapsed, (unsigned long long)findings,
        findings == 1 ? "" : "s");
    if (findings) {
        ADD(" in %zu file%s (", with, with == 1 ? "" : "s");
        int first = 1;
        for (size_t e = 0; tot && e < rc->nentities; e++)
            if (tot[e]) {
                ADD("%s%s %llu", first ? "" : ", ", pii_ruleset_entity_name(rc->rs, (int)e),
                    (unsigned long long)tot[e]);
                first = 0;
            }
        ADD("), highest sensitivity %s", pii_sensitivity_name(maxs));
    }
    if (rc->o->in_place)
        ADD("; %zu file%s rewritten", rewritten, rewritten == 1 ? "" : "s");
    if (skipped)
        ADD("; %zu binary file%s skipped", skipped, skipped == 1 ? "" : "s");
    if (failed)
        ADD("; %zu error%s", failed, failed == 1 ? "" : "s");
    if (unprocessed)
        ADD("; %zu not processed", unprocessed);
#undef ADD
    if (n >= sizeof line)
        n = sizeof line - 1;
    free(tot);
    fprintf(stderr, "pii-redact: %.*s\n", (int)n, line);
}
