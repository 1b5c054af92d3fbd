/*
 * process.c - one input through the library: redacted text, findings (JSON
 * lines) or a check, streamed in --block-size reads in constant memory.
 *
 * Fail closed: the library releases only scanned and redacted text, so
 * output written before an error is safe; with -i the result goes to a
 * temporary file that replaces the original only after the whole input
 * succeeded.  Binary files (a NUL byte in the first 8 KiB) are skipped
 * unless --binary; standard input is never skipped.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* ---- sink ---- */

void sink_init(sink *s, int fd)
{
    s->fd = fd;
    s->n = 0;
    s->err = 0;
    s->before_write = NULL;
    s->arg = NULL;
}

/* Write p[0, n) to the descriptor, all of it or until the first error. */
static void sink_put(sink *s, const unsigned char *p, size_t n)
{
    if (s->before_write && n)
        s->before_write(s);
    size_t off = 0;
    while (off < n && !s->err) {
        ssize_t w = write(s->fd, p + off, n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            s->err = w < 0 ? errno : EIO;
        else
            off += (size_t)w;
    }
}

static void sink_drain(sink *s)
{
    sink_put(s, s->buf, s->n);
    s->n = 0;
}

void sink_write(sink *s, const void *p, size_t n)
{
    const unsigned char *c = p;
    if (s->n + n > sizeof s->buf && n >= sizeof s->buf / 2) {
        /* a large piece: written where it is rather than copied first */
        sink_drain(s);
        sink_put(s, c, n);
        return;
    }
    while (n && !s->err) {
        if (s->n == sizeof s->buf)
            sink_drain(s);
        size_t k = sizeof s->buf - s->n;
        if (k > n)
            k = n;
        memcpy(s->buf + s->n, c, k);
        s->n += k;
        c += k;
        n -= k;
    }
}

void sink_printf(sink *s, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        sink_write(s, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

int sink_flush(sink *s)
{
    sink_drain(s);
    if (s->err) {
        errno = s->err;
        return -1;
    }
    return 0;
}

/* Length of the valid UTF-8 sequence at p[0..n), or 0. */
static size_t utf8_len(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    size_t len;
    unsigned min;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        len = 2, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef)
        len = 3, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4)
        len = 4, min = 0x10000;
    else
        return 0;
    if (n < len)
        return 0;
    unsigned cp = c & (0x7f >> len);
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

/* A JSON string; bytes that are not UTF-8 become U+FFFD, so that the
 * output stays valid JSON whatever the file names or text. */
void json_string(sink *s, const unsigned char *p, size_t n)
{
    sink_write(s, "\"", 1);
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        size_t k = utf8_len(p + i, n - i);
        if (k == 0) {
            sink_write(s, "\\ufffd", 6);
            i++;
        } else if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            sink_write(s, e, 2);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            sink_printf(s, "\\u%04x", c);
            i++;
        } else {
            sink_write(s, p + i, k);
            i += k;
        }
    }
    sink_write(s, "\"", 1);
}

/* ---- findings as JSON lines ---- */

typedef struct text_finder {
    pii_finding *pending; /* reported, text not printed yet */
    size_t head, n, cap;
    unsigned char text[1024]; /* the head finding's bytes so far */
    size_t tlen;
    uint64_t out_off; /* bytes of (keep-operator) output seen */
} text_finder;

typedef struct job_io {
    worker *w;
    const input *in;
    sink *out;
    int cb_error; /* out of memory in a callback */
} job_io;

static void print_flags(sink *s, uint32_t flags)
{
    static const struct {
        uint32_t bit;
        const char *name;
    } names[] = {{PII_FLAG_VALIDATED, "validated"},
                 {PII_FLAG_CONTEXT, "context"},
                 {PII_FLAG_NORMALIZED, "normalized"},
                 {PII_FLAG_CUSTOM, "custom"}};
    sink_write(s, "[", 1);
    int first = 1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (flags & names[i].bit) {
            if (!first)
                sink_write(s, ",", 1);
            sink_write(s, "\"", 1);
            sink_write(s, names[i].name, strlen(names[i].name));
            sink_write(s, "\"", 1);
            first = 0;
        }
    sink_write(s, "]", 1);
}

/* n in decimal (one finding has a handful of numbers: printf's parsing of
 * its format costs more than the rest of the line). */
static void put_u64(sink *s, uint64_t n)
{
    char d[20];
    size_t k = sizeof d;
    do {
        d[--k] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    sink_write(s, d + k, sizeof d - k);
}

/* A score as printf's "%.3f" writes it: by hand where the rounding is not
 * in doubt (a score is in [0, 1]), else by printf. */
static void put_score(sink *s, float score)
{
    double x = score, y = x * 1000.0, fl = floor(y);
    if (x >= 0 && x <= 1 && fabs(y - fl - 0.5) > 1e-6) {
        unsigned r = (unsigned)fl + (y - fl > 0.5);
        char d[5] = {(char)('0' + r / 1000), '.', (char)('0' + r / 100 % 10),
                     (char)('0' + r / 10 % 10), (char)('0' + r % 10)};
        sink_write(s, d, sizeof d);
    } else {
        sink_printf(s, "%.3f", x);
    }
}

static void print_finding(job_io *io, const pii_finding *f, const unsigned char *text,
                          size_t tlen)
{
    sink *s = io->out;
    const run_conf *rc = io->w->rc;
    sink_write(s, "{", 1);
    if (rc->with_file) {
        sink_write(s, "\"file\":", 7);
        json_string(s, (const unsigned char *)io->in->name, strlen(io->in->name));
        sink_write(s, ",", 1);
    }
    const char *type = pii_ruleset_entity_name(rc->rs, f->entity);
    sink_write(s, "\"type\":\"", 8);
    sink_write(s, type, strlen(type));
    sink_write(s, "\",\"start\":", 10);
    put_u64(s, f->start);
    sink_write(s, ",\"end\":", 7);
    put_u64(s, f->end);
    sink_write(s, ",\"score\":", 9);
    put_score(s, f->score);
    sink_write(s, ",\"subtype\":", 11);
    json_string(s, (const unsigned char *)f->subtype, strlen(f->subtype));
    sink_write(s, ",\"flags\":", 9);
    print_flags(s, f->flags);
    if (text) {
        sink_write(s, ",\"text\":", 8);
        json_string(s, text, tlen);
    }
    sink_write(s, "}\n", 2);
}

static int on_finding(const pii_finding *f, void *user)
{
    job_io *io = user;
    print_finding(io, f, NULL, 0);
    return io->out->err ? 1 : 0;
}

/* --show-text needs the matched bytes, which a stream no longer holds when
 * the finding is reported: the worker's context redacts with "keep", so its
 * output is the input, and the text is cut from it. */
static int collect(const pii_finding *f, void *user)
{
    job_io *io = user;
    text_finder *t = io->w->tf;
    if (t->head == t->n)
        t->head = t->n = 0;
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        pii_finding *v = realloc(t->pending, cap * sizeof *v);
        if (!v) {
            io->cb_error = PII_ERR_NOMEM;
            return 1;
        }
        t->pending = v;
        t->cap = cap;
    }
    t->pending[t->n++] = *f;
    return 0;
}

static void show_texts(job_io *io, const unsigned char *buf, size_t len)
{
    text_finder *t = io->w->tf;
    uint64_t lo = t->out_off, hi = t->out_off + len;
    while (t->head < t->n) {
        const pii_finding *f = &t->pending[t->head];
        if (f->start >= hi)
            break;
        uint64_t a = f->start > lo ? f->start : lo;
        uint64_t b = f->end < hi ? f->end : hi;
        if (b > a && t->tlen + (b - a) <= sizeof t->text) {
            memcpy(t->text + t->tlen, buf + (a - lo), (size_t)(b - a));
            t->tlen += (size_t)(b - a);
        }
        if (f->end > hi)
            break; /* the rest comes with the next chunk */
        print_finding(io, f, t->text, t->tlen);
        t->tlen = 0;
        t->head++;
    }
    t->out_off = hi;
}

/* ---- contexts and workers ---- */

pii_ctx *make_ctx(const run_conf *rc, char *err, size_t errlen)
{
    const options *o = rc->o;
    pii_ctx *ctx = pii_ctx_new(rc->rs);
    if (!ctx) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < o->nops; i++) {
        const char *spec = o->ops[i];
        int entity = PII_ALL_ENTITIES;
        const char *eq = strchr(spec, '='), *colon = strchr(spec, ':');
        if (eq && (!colon || eq < colon)) {
            char name[64];
            size_t n = (size_t)(eq - spec);
            if (n >= sizeof name) {
                snprintf(err, errlen, "--operator: entity name too long");
                pii_ctx_free(ctx);
                return NULL;
            }
            memcpy(name, spec, n);
            name[n] = '\0';
            /* built-in names, and custom ones from --policy */
            entity = pii_ruleset_entity_from_name(rc->rs, name);
            if (entity < 0) {
                snprintf(err, errlen, "--operator: unknown entity '%s' (see --list-entities)",
                         name);
                pii_ctx_free(ctx);
                return NULL;
            }
            spec = eq + 1;
        }
        if (pii_ctx_set_operator_spec(ctx, entity, spec) != PII_OK) {
            snprintf(err, errlen, "--operator '%s': %s", o->ops[i], pii_ctx_error(ctx));
            pii_ctx_free(ctx);
            return NULL;
        }
    }
    if (rc->hash_key_len && pii_ctx_set_hash_key(ctx, rc->hash_key, rc->hash_key_len) != PII_OK) {
        snprintf(err, errlen, "%s: %s", o->key_file, pii_ctx_error(ctx));
        pii_ctx_free(ctx);
        return NULL;
    }
    if (o->mode == MODE_FINDINGS && o->show_text)
        pii_ctx_set_operator_spec(ctx, PII_ALL_ENTITIES, "keep");
    return ctx;
}

int worker_init(worker *w, const run_conf *rc, char *err, size_t errlen)
{
    memset(w, 0, sizeof *w);
    w->rc = rc;
    w->ctx = make_ctx(rc, err, errlen);
    if (!w->ctx)
        return -1;
    w->inbuf = malloc(rc->o->block);
    w->outcap = rc->o->block + 65536;
    w->outbuf = malloc(w->outcap);
    w->tf = calloc(1, sizeof *w->tf);
    if (!w->inbuf || !w->outbuf || !w->tf) {
        snprintf(err, errlen, "out of memory");
        worker_free(w);
        return -1;
    }
    return 0;
}

void worker_free(worker *w)
{
    if (w->tf)
        free(w->tf->pending);
    free(w->tf);
    free(w->inbuf);
    free(w->outbuf);
    pii_ctx_free(w->ctx);
    memset(w, 0, sizeof *w);
}

/* ---- one input ---- */

static void job_fail(job_result *res, const input *in, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void job_fail(job_result *res, const input *in, const char *fmt, ...)
{
    if (res->status == JOB_ERROR)
        return; /* keep the first error */
    res->status = JOB_ERROR;
    int n = snprintf(res->error, sizeof res->error, "%s: ", in->name);
    if (n < 0 || (size_t)n >= sizeof res->error)
        n = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(res->error + n, sizeof res->error - (size_t)n, fmt, ap);
    va_end(ap);
}

/* Why the library stopped, in words. */
static const char *lib_error(const worker *w, int64_t rc, const job_io *io)
{
    if (rc == PII_ERR_CALLBACK)
        return io->cb_error ? pii_error_message(io->cb_error) : "writing findings failed";
    if (rc == PII_ERR_STAGE && w->rc->hash_key_len == 0)
        return "the hash operator needs a key (--hash-key-file)";
    if (rc == PII_ERR_MATCH_LIMIT)
        return "a custom pattern hit its match or depth limit; nothing more was output";
    const char *m = pii_ctx_error(w->ctx);
    return m && m[0] ? m : pii_error_message((int)rc);
}

/* Stream n bytes (in --block-size pieces); at_end finishes the stream.
 * Returns 0 or a negative library error. */
static int64_t feed(worker *w, job_io *io, sink *dst, const unsigned char *p, size_t n,
                    bool at_end)
{
    const options *o = w->rc->o;
    bool scan_only = o->mode == MODE_CHECK || (o->mode == MODE_FINDINGS && !o->show_text);
    size_t off = 0;
    do {
        size_t k = n - off < o->block ? n - off : o->block;
        bool last = at_end && off + k == n;
        pii_in_buffer ib = {p + off, k, 0};
        int64_t held;
        do {
            pii_out_buffer ob = {w->outbuf, w->outcap, 0};
            held = scan_only ? pii_scan_stream(w->ctx, &ib, last ? PII_END : PII_CONTINUE)
                             : pii_redact_stream(w->ctx, &ob, &ib, last ? PII_END : PII_CONTINUE);
            if (held < 0)
                return held;
            if (o->mode == MODE_REDACT && ob.pos)
                sink_write(dst, w->outbuf, ob.pos);
            else if (o->show_text && ob.pos)
                show_texts(io, w->outbuf, ob.pos);
            if (dst && dst->err)
                return 1; /* write error: the caller reports it */
        } while (ib.pos < ib.size || (last && held > 0));
        off += k;
    } while (off < n);
    return 0;
}

static ssize_t read_full(int fd, unsigned char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += (size_t)r;
    }
    return (ssize_t)got;
}

void process_input(worker *w, const input *in, sink *out, job_result *res)
{
    const run_conf *rc = w->rc;
    const options *o = rc->o;
    double t0 = now_seconds();
    res->status = JOB_PENDING;
    res->error[0] = '\0';
    res->bytes = res->findings = 0;
    res->max_sensitivity = PII_SENSITIVITY_NONE;
    res->rewritten = false;
    if (!res->per_entity)
        res->per_entity = calloc(rc->nentities, sizeof *res->per_entity);
    if (!res->per_entity) {
        job_fail(res, in, "out of memory");
        return;
    }
    if (in->error) {
        res->status = JOB_ERROR;
        snprintf(res->error, sizeof res->error, "%s", in->error);
        return;
    }

    int fd = STDIN_FILENO;
    if (in->path && (fd = open(in->path, O_RDONLY | O_CLOEXEC)) < 0) {
        job_fail(res, in, "%s", strerror(errno));
        return;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        job_fail(res, in, "%s", strerror(errno));
        goto out_close;
    }
    if (o->in_place && !S_ISREG(st.st_mode)) {
        job_fail(res, in, "not a regular file: cannot rewrite it in place");
        goto out_close;
    }

    /* Files: the first 8 KiB, looked at for a NUL byte (standard input is
     * streamed as it comes, never skipped). */
    unsigned char probe[BINARY_PROBE];
    ssize_t plen = 0;
    bool probing = in->path && !o->binary;
    if (probing) {
        plen = read_full(fd, probe, sizeof probe);
        if (plen < 0) {
            job_fail(res, in, "read failed: %s", strerror(errno));
            goto out_close;
        }
        progress_add_bytes((uint64_t)plen);
        if (memchr(probe, '\0', (size_t)plen)) {
            res->status = JOB_SKIPPED_BINARY;
            if (in->explicit_arg && !o->quiet)
                msg_warning("%s: binary file skipped (use --binary to process it)", in->name);
            goto out_close;
        }
    }

    atomic_file af;
    sink *dst = out, tmp_sink;
    if (o->in_place) {
        char err[PATH_MAX + 128];
        if (atomic_open(&af, in->path, &st, err, sizeof err) != 0) {
            res->status = JOB_ERROR;
            snprintf(res->error, sizeof res->error, "%s", err);
            goto out_close;
        }
        sink_init(&tmp_sink, af.fd);
        dst = &tmp_sink;
    }

    job_io io = {w, in, out, 0};
    text_finder *t = w->tf;
    t->head = t->n = t->tlen = 0;
    t->out_off = 0;
    pii_ctx_set_callback(w->ctx, o->mode != MODE_FINDINGS ? NULL : o->show_text ? collect
                                                                                 : on_finding,
                         &io);
    bool at_end = probing && plen < (ssize_t)sizeof probe;
    int64_t lrc = probing ? feed(w, &io, dst, probe, (size_t)plen, at_end) : 0;
    while (lrc == 0 && !at_end) {
        ssize_t r = read(fd, w->inbuf, o->block);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            job_fail(res, in, "read failed: %s", strerror(errno));
            break;
        }
        progress_add_bytes((uint64_t)r);
        at_end = r == 0;
        lrc = feed(w, &io, dst, w->inbuf, (size_t)r, at_end);
    }
    if (lrc < 0)
        job_fail(res, in, "%s", lib_error(w, lrc, &io));
    if (dst && sink_flush(dst) != 0)
        job_fail(res, in, "write failed: %s", strerror(errno));

    pii_summary sum;
    if (pii_ctx_summary(w->ctx, &sum) == PII_OK) {
        res->bytes = sum.bytes;
        res->findings = sum.findings;
        res->max_sensitivity = sum.max_sensitivity;
        for (size_t e = 0; e < sum.nentities && e < rc->nentities; e++)
            res->per_entity[e] = sum.per_entity[e];
    }
    if (res->status == JOB_ERROR)
        pii_ctx_reset(w->ctx); /* wipes held-back input */
    pii_ctx_set_callback(w->ctx, NULL, NULL);

    if (o->in_place) {
        char err[PATH_MAX + 128];
        if (res->status == JOB_ERROR || res->findings == 0) {
            /* nothing found: the output equals the input; leave it alone */
            atomic_abort(&af);
        } else if (atomic_commit(&af, err, sizeof err) != 0) {
            res->status = JOB_PENDING;
            job_fail(res, in, "%s", err + (strncmp(err, in->path, strlen(in->path)) == 0 &&
                                                   err[strlen(in->path)] == ':'
                                               ? strlen(in->path) + 2
                                               : 0));
        } else {
            res->rewritten = true;
        }
    }
    if (res->status == JOB_PENDING)
        res->status = JOB_OK;

out_close:
    if (fd != STDIN_FILENO)
        close(fd);
    res->elapsed = now_seconds() - t0;
    progress_file_done();
}
