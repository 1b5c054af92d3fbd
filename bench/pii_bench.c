/*
 * pii-bench - throughput of libpii's scanner and redactor on one file.
 *
 *   pii-bench [--mode scan|redact|both] [--iterations N] [--entities LIST]
 *             [--redact-api stream|oneshot] [--block-size N] [--warmup N]
 *             [--json] FILE
 *
 * The file is read into memory once (so the page cache and the buffer are
 * warm and no I/O is timed), the ruleset is built once, and then each mode
 * runs N timed iterations over the whole buffer:
 *
 *   scan    pii_scan() over the whole buffer with a callback that counts
 *           findings (every default entity unless --entities).
 *   redact  pii_redact_stream() fed in --block-size input blocks (default
 *           64 KiB, as pii-redact reads) into one reusable output buffer
 *           that is never written anywhere; findings counted through
 *           pii_ctx_set_callback().  --redact-api oneshot instead calls
 *           pii_redact() once into a buffer of pii_redact_bound() bytes,
 *           allocated (and touched) before timing.
 *
 * Reported per mode: the median, minimum and maximum throughput in MB/s,
 * where MB = 10^6 bytes (not MiB), the same from CPU time (user + system),
 * the findings of one iteration, and the process's peak RSS after the mode
 * ran: VmHWM from /proc/self/status, because getrusage's ru_maxrss also
 * counts the parent's peak before execve() on Linux (JSON has both).  Peak RSS
 * includes the input buffer (and, for oneshot, the output buffer); the RSS
 * right after reading the file is reported too so the library's own memory
 * is the difference.  Run one mode per process for a per-mode peak.
 *
 * Exit status: 0 success, 1 when a library call failed or iterations
 * disagreed on the findings count, 2 on a usage or I/O error.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pii.h"

#define MAX_ITER 1000

static const char usage[] =
    "Usage: pii-bench [OPTIONS] FILE\n"
    "Measure libpii scan and redaction throughput over FILE (read into memory once).\n"
    "\n"
    "  --mode scan|redact|both   what to time (default both)\n"
    "  --iterations N            timed runs per mode; the median is reported (default 5)\n"
    "  --warmup N                untimed runs per mode before those (default 0)\n"
    "  --entities LIST           only these entities (comma-separated names;\n"
    "                            default: every default entity)\n"
    "  --redact-api stream|oneshot\n"
    "                            pii_redact_stream in blocks (default) or one\n"
    "                            pii_redact into a pii_redact_bound buffer\n"
    "  --block-size N            stream input block in bytes (default 65536)\n"
    "  --json                    one JSON object on stdout instead of text\n"
    "  -h, --help                show this help and exit\n"
    "\n"
    "MB/s means 10^6 bytes per second.  Peak RSS is VmHWM (ru_maxrss without /proc).\n";

_Noreturn static void die(int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("pii-bench: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(status);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of this process (user + system), which other load on the core
 * does not inflate the way it inflates the wall clock. */
static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long ru_maxrss_kib(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return -1;
    return ru.ru_maxrss; /* KiB on Linux */
}

/* Peak RSS in KiB.  Linux carries ru_maxrss across execve(), so a process
 * started from a bigger one (Python's subprocess, a shell) reports at least
 * its parent's peak; VmHWM in /proc/self/status is the peak of this
 * program's own address space.  ru_maxrss where /proc is not available. */
static long maxrss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    long kib = -1;
    if (f) {
        char line[256];
        while (fgets(line, sizeof line, f))
            if (!strncmp(line, "VmHWM:", 6)) {
                kib = strtol(line + 6, NULL, 10);
                break;
            }
        fclose(f);
    }
    return kib > 0 ? kib : ru_maxrss_kib();
}

/* Current RSS in KiB from /proc/self/statm, or -1. */
static long cur_rss_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    long size = 0, resident = -1;
    if (fscanf(f, "%ld %ld", &size, &resident) != 2)
        resident = -1;
    fclose(f);
    if (resident < 0)
        return -1;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static unsigned char *read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        die(2, "%s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0)
        die(2, "%s: %s", path, strerror(errno));
    if (!S_ISREG(st.st_mode))
        die(2, "%s: not a regular file", path);
    size_t cap = (size_t)st.st_size;
    unsigned char *buf = malloc(cap ? cap : 1);
    if (!buf)
        die(2, "%s: cannot allocate %zu bytes", path, cap);
    size_t n = 0;
    while (n < cap) {
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            die(2, "%s: read failed: %s", path, strerror(errno));
        }
        if (r == 0)
            break; /* file shrank: measure what we have */
        n += (size_t)r;
    }
    close(fd);
    *len = n;
    return buf;
}

static unsigned long parse_num(const char *opt, const char *v, unsigned long lo, unsigned long hi)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (errno || *end || end == v || n < lo || n > hi)
        die(2, "%s must be a number between %lu and %lu", opt, lo, hi);
    return (unsigned long)n;
}

static int count_cb(const pii_finding *f, void *user)
{
    (void)f;
    ++*(uint64_t *)user;
    return 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(const double *v, int n, double *min, double *max)
{
    double sorted[MAX_ITER];
    memcpy(sorted, v, (size_t)n * sizeof sorted[0]);
    qsort(sorted, (size_t)n, sizeof sorted[0], cmp_double);
    if (min)
        *min = sorted[0];
    if (max)
        *max = sorted[n - 1];
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

typedef struct result {
    const char *mode;
    int ran;
    double times[MAX_ITER], cpu[MAX_ITER];
    int n;
    double median_s, min_s, max_s, median_cpu_s;
    uint64_t findings;
    uint64_t out_bytes; /* redact: output bytes of one iteration */
    long peak_rss_kib;
    int inconsistent; /* iterations disagreed on findings or output size */
} result;

typedef struct bench {
    const unsigned char *data;
    size_t len;
    pii_ctx *ctx;
    size_t block;
    int oneshot;
    unsigned char *out;
    size_t outcap;
} bench;

/* One scan; returns findings or exits on an error. */
static uint64_t run_scan(bench *b)
{
    uint64_t count = 0;
    int rc = pii_scan(b->ctx, b->data, b->len, count_cb, &count);
    if (rc < 0)
        die(1, "pii_scan: %s: %s", pii_error_name(rc), pii_error_message(rc));
    return count;
}

/* One redaction of the whole buffer; returns output bytes, findings in *nf. */
static uint64_t run_redact(bench *b, uint64_t *nf)
{
    uint64_t count = 0, outbytes = 0;
    int rc = pii_ctx_set_callback(b->ctx, count_cb, &count);
    if (rc < 0)
        die(1, "pii_ctx_set_callback: %s", pii_error_message(rc));
    if (b->oneshot) {
        int64_t r = pii_redact(b->ctx, b->data, b->len, b->out, b->outcap);
        if (r < 0)
            die(1, "pii_redact: %s: %s", pii_error_name((int)r), pii_error_message((int)r));
        outbytes = (uint64_t)r;
    } else {
        size_t off = 0;
        int done = 0;
        while (!done) {
            size_t n = b->len - off < b->block ? b->len - off : b->block;
            int last = off + n == b->len;
            pii_in_buffer in = {b->data + off, n, 0};
            int64_t held;
            do {
                pii_out_buffer out = {b->out, b->outcap, 0};
                held = pii_redact_stream(b->ctx, &out, &in, last ? PII_END : PII_CONTINUE);
                if (held < 0)
                    die(1, "pii_redact_stream: %s: %s", pii_error_name((int)held),
                        pii_error_message((int)held));
                outbytes += out.pos;
            } while (in.pos < in.size || (last && held > 0));
            off += n;
            done = last;
        }
    }
    pii_ctx_set_callback(b->ctx, NULL, NULL);
    *nf = count;
    return outbytes;
}

static void run_mode(bench *b, result *r, int iterations, int warmup)
{
    int redact = !strcmp(r->mode, "redact");
    uint64_t first_f = 0, first_o = 0;
    for (int i = -warmup; i < iterations; i++) {
        uint64_t nf = 0, ob = 0;
        double c0 = cpu_s(), t0 = now_s();
        if (redact)
            ob = run_redact(b, &nf);
        else
            nf = run_scan(b);
        double dt = now_s() - t0, dc = cpu_s() - c0;
        if (i < 0)
            continue;
        r->cpu[r->n] = dc;
        r->times[r->n++] = dt;
        if (i == 0) {
            first_f = nf;
            first_o = ob;
        } else if (nf != first_f || ob != first_o) {
            r->inconsistent = 1;
        }
    }
    r->findings = first_f;
    r->out_bytes = first_o;
    r->median_s = median(r->times, r->n, &r->min_s, &r->max_s);
    r->median_cpu_s = median(r->cpu, r->n, NULL, NULL);
    r->peak_rss_kib = maxrss_kib();
    r->ran = 1;
}

static double mbps(size_t len, double s)
{
    return s > 0 ? (double)len / s / 1e6 : 0;
}

static void json_str(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

int main(int argc, char **argv)
{
    const char *mode = "both", *entities = NULL, *path = NULL, *api = "stream";
    int iterations = 5, warmup = 0, json = 0;
    size_t block = 65536;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        static const char *const with_value[] = {"--mode",       "--iterations", "--warmup",
                                                 "--entities",   "--redact-api", "--block-size"};
        for (size_t k = 0; k < sizeof with_value / sizeof with_value[0]; k++) {
            size_t n = strlen(with_value[k]);
            if (!strncmp(a, with_value[k], n) && (a[n] == '\0' || a[n] == '=')) {
                if (a[n] == '=')
                    val = a + n + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else
                    die(2, "%s needs a value", with_value[k]);
                a = with_value[k];
                break;
            }
        }
        if (!strcmp(a, "--mode")) {
            if (strcmp(val, "scan") && strcmp(val, "redact") && strcmp(val, "both"))
                die(2, "--mode must be scan, redact or both");
            mode = val;
        } else if (!strcmp(a, "--iterations")) {
            iterations = (int)parse_num(a, val, 1, MAX_ITER);
        } else if (!strcmp(a, "--warmup")) {
            warmup = (int)parse_num(a, val, 0, MAX_ITER);
        } else if (!strcmp(a, "--entities")) {
            entities = val;
        } else if (!strcmp(a, "--redact-api")) {
            if (strcmp(val, "stream") && strcmp(val, "oneshot"))
                die(2, "--redact-api must be stream or oneshot");
            api = val;
        } else if (!strcmp(a, "--block-size")) {
            block = parse_num(a, val, 1, 1ul << 30);
        } else if (!strcmp(a, "--json")) {
            json = 1;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            die(2, "unknown option '%s' (see --help)", a);
        } else {
            if (path)
                die(2, "only one input file is supported");
            path = a;
        }
    }
    if (!path)
        die(2, "no input file (see --help)");

    pii_builder *bld = pii_builder_new();
    if (!bld)
        die(1, "out of memory");
    int rc = PII_OK;
    if (entities) {
        rc = pii_builder_disable_all(bld);
        if (rc == PII_OK)
            rc = pii_builder_enable_names(bld, entities);
    }
    pii_ruleset *rs = NULL;
    if (rc == PII_OK)
        rc = pii_builder_build(bld, &rs);
    if (rc != PII_OK)
        die(2, "%s", pii_builder_error(bld)[0] ? pii_builder_error(bld) : pii_error_message(rc));
    pii_builder_free(bld);
    pii_ctx *ctx = pii_ctx_new(rs);
    if (!ctx)
        die(1, "out of memory");

    long rss_start = maxrss_kib();
    size_t len;
    unsigned char *data = read_file(path, &len);
    long rss_loaded = cur_rss_kib();

    bench b = {data, len, ctx, block, !strcmp(api, "oneshot"), NULL, 0};
    int do_scan = strcmp(mode, "redact") != 0, do_redact = strcmp(mode, "scan") != 0;
    if (do_redact) {
        /* Stream: one block of input plus what the stream may hold back can
         * come out of one call; the loop copes with less, but a buffer this
         * size keeps it to one call per block in the common case. */
        b.outcap = b.oneshot ? pii_redact_bound(ctx, len)
                             : pii_redact_bound(ctx, block + pii_ctx_holdback_max(ctx));
        if (b.outcap == 0)
            b.outcap = 1;
        b.out = malloc(b.outcap);
        if (!b.out)
            die(1, "cannot allocate the %zu-byte output buffer", b.outcap);
        memset(b.out, 0, b.outcap); /* fault the pages in before timing */
    }

    result rsc, rrd;
    memset(&rsc, 0, sizeof rsc);
    memset(&rrd, 0, sizeof rrd);
    rsc.mode = "scan";
    rrd.mode = "redact";
    if (do_scan)
        run_mode(&b, &rsc, iterations, warmup);
    if (do_redact)
        run_mode(&b, &rrd, iterations, warmup);

    int status = 0;
    if (rsc.inconsistent || rrd.inconsistent) {
        fprintf(stderr, "pii-bench: error: iterations disagree on the findings count or output size\n");
        status = 1;
    }
    if (rsc.ran && rrd.ran && rsc.findings != rrd.findings)
        fprintf(stderr,
                "pii-bench: warning: scan found %llu, redact found %llu (pii_scan vs %s)\n",
                (unsigned long long)rsc.findings, (unsigned long long)rrd.findings,
                b.oneshot ? "pii_redact" : "pii_redact_stream");

    result *res[2] = {&rsc, &rrd};
    if (json) {
        printf("{\"file\":");
        json_str(path);
        printf(",\"bytes\":%zu,\"mb_unit\":\"1e6 bytes\",\"iterations\":%d,\"warmup\":%d,"
               "\"entities\":",
               len, iterations, warmup);
        if (entities)
            json_str(entities);
        else
            printf("null");
        printf(",\"redact_api\":\"%s\",\"block_size\":%zu,\"libpii_version\":", api, block);
        json_str(pii_version_string());
        printf(",\"rss_before_load_kib\":%ld,\"rss_after_load_kib\":%ld,\"results\":[", rss_start,
               rss_loaded);
        int first = 1;
        for (int k = 0; k < 2; k++) {
            result *r = res[k];
            if (!r->ran)
                continue;
            printf("%s{\"mode\":\"%s\",\"median_mb_s\":%.2f,\"min_mb_s\":%.2f,\"max_mb_s\":%.2f,"
                   "\"median_cpu_mb_s\":%.2f,\"median_s\":%.6f,\"median_cpu_s\":%.6f,"
                   "\"times_s\":[",
                   first ? "" : ",", r->mode, mbps(len, r->median_s), mbps(len, r->max_s),
                   mbps(len, r->min_s), mbps(len, r->median_cpu_s), r->median_s,
                   r->median_cpu_s);
            for (int i = 0; i < r->n; i++)
                printf("%s%.6f", i ? "," : "", r->times[i]);
            printf("],\"cpu_s\":[");
            for (int i = 0; i < r->n; i++)
                printf("%s%.6f", i ? "," : "", r->cpu[i]);
            printf("],\"findings\":%llu,", (unsigned long long)r->findings);
            if (!strcmp(r->mode, "redact"))
                printf("\"output_bytes\":%llu,", (unsigned long long)r->out_bytes);
            printf("\"peak_rss_kib\":%ld,\"consistent\":%s}", r->peak_rss_kib,
                   r->inconsistent ? "false" : "true");
            first = 0;
        }
        printf("],\"ru_maxrss_kib\":%ld}\n", ru_maxrss_kib());
    } else {
        printf("file     %s\n", path);
        printf("size     %zu bytes (%.2f MB, MB = 10^6 bytes)\n", len, (double)len / 1e6);
        printf("entities %s; redact via %s", entities ? entities : "all defaults",
               b.oneshot ? "pii_redact (one shot)" : "pii_redact_stream");
        if (!b.oneshot)
            printf(" in %zu-byte blocks", block);
        printf("; libpii %s\n", pii_version_string());
        printf("RSS after reading the file: %ld KiB\n", rss_loaded);
        printf("%-7s %12s %12s %12s %12s %12s %14s\n", "mode", "median", "min", "max",
               "median CPU", "findings", "peak RSS");
        for (int k = 0; k < 2; k++) {
            result *r = res[k];
            if (!r->ran)
                continue;
            printf("%-7s %7.1f MB/s %7.1f MB/s %7.1f MB/s %7.1f MB/s %12llu %10ld KiB\n",
                   r->mode, mbps(len, r->median_s), mbps(len, r->max_s), mbps(len, r->min_s),
                   mbps(len, r->median_cpu_s),
                   (unsigned long long)r->findings, r->peak_rss_kib);
        }
        printf("(median of %d iteration%s%s; min/max are the slowest/fastest wall-clock run;\n"
               " CPU = user + system time of this process, not inflated by other load)\n",
               iterations, iterations == 1 ? "" : "s", warmup ? " after warm-up" : "");
    }
    free(b.out);
    free(data);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    return status;
}
