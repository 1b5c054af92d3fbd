/*
 * pii-redact - redact personal data in files, directories or a pipe, or
 * report where it is.
 *
 *   pii-redact [OPTIONS] [FILE|DIR ...]
 *
 * This file: the ruleset (--policy first, then the selection options), the
 * list of inputs, the workers (-j: one pii_ctx each on the shared ruleset),
 * output in argument order, the report and the exit status (0 ok, 1 --check
 * found something, 2 error).  See cli.h for the other files.
 *
 * Output order with -j > 1: the inputs' outputs (redacted text or findings)
 * appear in the order of the inputs, so the result is the same as with
 * -j 1.  A worker that takes the input next in line for the output (all
 * before it written) writes straight to it; the others write to their own
 * unlinked temporary files until their input becomes next in line: then
 * the worker copies its file out and writes the rest straight to the
 * output (take_turn()); what is still in a file when its input is done,
 * the main thread copies out in order (sendfile() where the kernel can,
 * read and write where not).  A temporary file once copied out is written
 * again for a later input where the output takes a copy of what is sent
 * (a regular file, a device): rewriting pages the kernel already has costs
 * it less than half of filling new ones.  Not into a pipe or socket, which
 * sendfile() hands references to the file's pages: there each input gets a
 * new file.  The first failed input stops the output: what
 * follows it is not written (with -o, no file is written at all).  With -i
 * and --check every input is processed and each error reported.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include "cli.h"

static void read_key(run_conf *rc)
{
    const char *path = rc->o->key_file;
    if (!path)
        return;
    FILE *f = fopen(path, "rb");
    if (!f)
        die("%s: %s", path, strerror(errno));
    size_t n = fread(rc->hash_key, 1, sizeof rc->hash_key, f);
    int bad = ferror(f);
    fclose(f);
    if (bad)
        die("%s: read failed", path);
    while (n && (rc->hash_key[n - 1] == '\n' || rc->hash_key[n - 1] == '\r'))
        n--;
    if (n < 16 || n > 64)
        die("%s: the hash key must be 16..64 bytes", path);
    rc->hash_key_len = n;
}

static pii_ruleset *build_ruleset(const options *o)
{
    pii_builder *b = pii_builder_new();
    if (!b)
        die("out of memory");
    int rc = PII_OK;
    const char *what = "";
    /* the policy first: the command line overrides it */
    if (o->policy && (rc = pii_builder_load_policy(b, o->policy)) != PII_OK)
        die("%s", pii_builder_error(b)[0] ? pii_builder_error(b) : pii_error_message(rc));
    if (o->only) {
        what = "--entities: ";
        rc = pii_builder_disable_all(b);
        if (rc == PII_OK)
            rc = pii_builder_enable_names(b, o->only);
    }
    if (rc == PII_OK && o->exclude_entities) {
        what = "--exclude-entities: ";
        rc = pii_builder_disable_names(b, o->exclude_entities);
    }
    if (rc == PII_OK && o->min_score >= 0) {
        what = "--min-score: ";
        rc = pii_builder_set_min_score(b, o->min_score);
    }
    pii_ruleset *rs = NULL;
    if (rc == PII_OK) {
        what = "";
        rc = pii_builder_build(b, &rs);
    }
    if (rc != PII_OK)
        die("%s%s", what, pii_builder_error(b)[0] ? pii_builder_error(b) : pii_error_message(rc));
    pii_builder_free(b);
    return rs;
}

/* A temporary file for one input's output, already unlinked. */
static int anon_tmp(void)
{
    const char *dir = getenv("TMPDIR");
    char path[PATH_MAX];
    if (!dir || !dir[0] || (size_t)snprintf(path, sizeof path, "%s/pii-redact-XXXXXX", dir) >=
                                   sizeof path)
        strcpy(path, "/tmp/pii-redact-XXXXXX");
    int fd = mkstemp(path);
    if (fd >= 0)
        unlink(path);
    return fd;
}

/* Copy an input's temporary output, the first `size` bytes of fd (a file
 * used before may hold more), to out: by sendfile() (no copy through this
 * process), or where the kernel will not (an O_APPEND output, an old
 * kernel) by read and write. */
static int copy_out(int fd, off_t size, sink *out, unsigned char *buf, size_t cap)
{
    off_t off = 0;
    if (size < 0 || sink_flush(out) != 0)
        return -1;
    while (off < size) {
        size_t want = (size_t)(size - off) < ((size_t)1 << 30) ? (size_t)(size - off) : (size_t)1 << 30;
        ssize_t r = sendfile(out->fd, fd, &off, want);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 && off == 0 && (errno == EINVAL || errno == ENOSYS))
            break; /* not here: the long way */
        if (r <= 0) {
            out->err = r < 0 ? errno : EIO;
            return -1;
        }
    }
    while (off < size) {
        size_t want = (size_t)(size - off) < cap ? (size_t)(size - off) : cap;
        ssize_t r = pread(fd, buf, want, off);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            if (r == 0)
                errno = EIO; /* the file is shorter than what was written to it */
            return -1;
        }
        sink_write(out, buf, (size_t)r);
        if (out->err)
            return -1;
        off += r;
    }
    return 0;
}

/* ---- the pool ---- */

typedef struct pool {
    const run_conf *rc;
    const input_list *in;
    job_result *res;
    bool ordered; /* outputs in input order, through temporary files */
    sink *out;    /* the shared output */
    size_t emitted; /* inputs before this one are wholly in out */
    pthread_mutex_t m;
    pthread_cond_t cv;
    size_t next;  /* next input to take */
    bool stop;    /* take no more */
    bool *done;
    int *fd;      /* ordered: each input's temporary output, -1 when none */
    off_t *size;  /* and how much of it is that output */
    bool reuse;   /* temporary files are written again once copied out */
    int spare[2 * MAX_JOBS]; /* those copied out, to be written again */
    size_t nspare;
} pool;

/* A temporary file for an input's output: one copied out before, or new. */
static int spool_take(pool *p)
{
    int fd = -1;
    pthread_mutex_lock(&p->m);
    if (p->nspare)
        fd = p->spare[--p->nspare];
    pthread_mutex_unlock(&p->m);
    return fd >= 0 ? fd : anon_tmp();
}

/* Done with a temporary file whose output was copied out (ok) or not. */
static void spool_give(pool *p, int fd, bool ok)
{
    bool kept = false;
    if (ok && p->reuse && lseek(fd, 0, SEEK_SET) == 0) {
        pthread_mutex_lock(&p->m);
        if (p->nspare < sizeof p->spare / sizeof p->spare[0]) {
            p->spare[p->nspare++] = fd;
            kept = true;
        }
        pthread_mutex_unlock(&p->m);
    }
    if (!kept)
        close(fd);
}

/* Whether what sendfile() (or write()) sends to fd is copied before it
 * returns, so the file it came from may be written again. */
static bool copies_what_is_sent(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || S_ISCHR(st.st_mode));
}

typedef struct thread_arg {
    pool *p;
    worker w;
    sink *s;
    pthread_t tid;
    size_t cur;             /* the input whose output s keeps */
    int tmp;                /* where: its temporary file */
    unsigned char copy[4096]; /* copy_out()'s, where sendfile() will not */
} thread_arg;

/* s->before_write of a worker keeping its output in a temporary file: once
 * all inputs before its own are written, what it kept goes out and the rest
 * of its output goes straight after it, kept no longer. */
static void take_turn(sink *s)
{
    thread_arg *t = s->arg;
    pool *p = t->p;
    pthread_mutex_lock(&p->m);
    bool next_in_line = p->emitted == t->cur;
    pthread_mutex_unlock(&p->m);
    if (!next_in_line)
        return;
    /* (no one else writes to out until this input is done) */
    bool failed = copy_out(t->tmp, lseek(t->tmp, 0, SEEK_CUR), p->out, t->copy, sizeof t->copy) != 0 ||
                  sink_flush(p->out) != 0;
    if (failed) /* the input fails, and nothing more of it is written */
        s->err = p->out->err ? p->out->err : errno ? errno : EIO;
    spool_give(p, t->tmp, !failed);
    t->tmp = -1;
    s->fd = p->out->fd;
    s->before_write = NULL;
}

static void *thread_main(void *arg)
{
    thread_arg *t = arg;
    pool *p = t->p;
    for (;;) {
        pthread_mutex_lock(&p->m);
        if (p->stop || p->next >= p->in->n) {
            pthread_mutex_unlock(&p->m);
            break;
        }
        size_t i = p->next++;
        /* next in line: no one else writes to out until this one is done */
        bool direct = p->ordered && p->emitted == i;
        pthread_mutex_unlock(&p->m);

        int fd = -1;
        sink *out = direct ? p->out : NULL;
        if (p->ordered && !direct) {
            fd = spool_take(p);
            if (fd < 0) {
                p->res[i].status = JOB_ERROR;
                snprintf(p->res[i].error, sizeof p->res[i].error,
                         "%s: cannot create a temporary file for its output: %s",
                         p->in->v[i].name, strerror(errno));
            } else {
                sink_init(t->s, fd);
                t->s->before_write = take_turn;
                t->s->arg = t;
                t->cur = i;
                t->tmp = fd;
                out = t->s;
            }
        }
        if (fd >= 0 || direct || !p->ordered)
            process_input(&t->w, &p->in->v[i], out, &p->res[i]);
        off_t size = 0;
        if (fd >= 0) {
            fd = t->tmp; /* -1 when take_turn() moved the output over */
            if (fd >= 0)
                size = lseek(fd, 0, SEEK_CUR); /* (-1: copy_out() fails) */
        }

        pthread_mutex_lock(&p->m);
        p->fd[i] = fd;
        p->size[i] = size;
        p->done[i] = true;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->m);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    options o;
    parse_args(argc, argv, &o);
    atomic_install_signals();

    run_conf rc;
    memset(&rc, 0, sizeof rc);
    rc.o = &o;
    read_key(&rc);
    /* everything that can be wrong with the options fails here, before any
     * input is read */
    pii_ruleset *rs = build_ruleset(&o);
    rc.rs = rs;
    rc.nentities = (size_t)pii_ruleset_entity_count(rs);
    char err[PATH_MAX + 512];
    if (!rc.hash_key_len)
        for (size_t i = 0; i < o.nops; i++) {
            const char *spec = o.ops[i], *eq = strchr(spec, '='), *colon = strchr(spec, ':');
            if (eq && (!colon || eq < colon))
                spec = eq + 1;
            if (!strncmp(spec, "hash", 4) && (spec[4] == '\0' || spec[4] == ':'))
                die("--operator '%s': the hash operator needs a key (--hash-key-file)", o.ops[i]);
        }
    pii_ctx *probe = make_ctx(&rc, err, sizeof err);
    if (!probe)
        die("%s", err);
    pii_ctx_free(probe);

    input_list in;
    collect_inputs(&o, &in);
    rc.with_file = o.ninputs > 1 || o.recursive;

    /* the shared output: stdout, or -o through a temporary file */
    bool shared = o.mode != MODE_CHECK && !o.in_place;
    bool to_file = shared && o.output && strcmp(o.output, "-") != 0;
    atomic_file outf;
    static sink out;
    if (to_file) {
        if (atomic_open(&outf, o.output, NULL, err, sizeof err) != 0)
            die("%s", err);
        sink_init(&out, outf.fd);
    } else {
        sink_init(&out, STDOUT_FILENO);
    }

    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    size_t nw = o.jobs ? o.jobs : (cpus > 0 ? (size_t)cpus : 1);
    if (nw > MAX_JOBS)
        nw = MAX_JOBS;
    if (nw > in.n)
        nw = in.n;
    if (nw == 0)
        nw = 1;

    job_result *res = calloc(in.n ? in.n : 1, sizeof *res);
    pool p;
    memset(&p, 0, sizeof p);
    p.done = calloc(in.n ? in.n : 1, sizeof *p.done);
    p.fd = malloc((in.n ? in.n : 1) * sizeof *p.fd);
    p.size = malloc((in.n ? in.n : 1) * sizeof *p.size);
    thread_arg *ta = calloc(nw, sizeof *ta);
    unsigned char *copybuf = malloc(1 << 16);
    if (!res || !p.done || !p.fd || !p.size || !ta || !copybuf)
        die("out of memory");
    p.rc = &rc;
    p.in = &in;
    p.res = res;
    p.ordered = shared && nw > 1;
    p.reuse = p.ordered && copies_what_is_sent(out.fd);
    p.out = &out;
    pthread_mutex_init(&p.m, NULL);
    pthread_cond_init(&p.cv, NULL);
    for (size_t i = 0; i < in.n; i++)
        p.fd[i] = -1;

    bool interactive = !o.quiet && isatty(STDERR_FILENO);
    if (interactive) {
        uint64_t total = 0;
        for (size_t i = 0; i < in.n; i++)
            total += in.v[i].size;
        progress_start(total, in.n);
    }
    double t0 = now_seconds();

    for (size_t k = 0; k < nw; k++) {
        ta[k].p = &p;
        if (worker_init(&ta[k].w, &rc, err, sizeof err) != 0)
            die("%s", err);
        if (p.ordered && !(ta[k].s = malloc(sizeof *ta[k].s)))
            die("out of memory");
    }

    bool failed = false, output_stopped = false;
    if (nw == 1) {
        /* one at a time, straight to the output */
        for (size_t i = 0; i < in.n && !output_stopped; i++) {
            process_input(&ta[0].w, &in.v[i], shared ? &out : NULL, &res[i]);
            if (res[i].status == JOB_ERROR) {
                msg_error("%s", res[i].error);
                failed = true;
                output_stopped = shared;
            }
        }
    } else {
        for (size_t k = 0; k < nw; k++)
            if (pthread_create(&ta[k].tid, NULL, thread_main, &ta[k]) != 0)
                die("cannot start a thread: %s", strerror(errno));
        for (size_t i = 0; i < in.n; i++) {
            pthread_mutex_lock(&p.m);
            while (!p.done[i] && !(p.stop && i >= p.next))
                pthread_cond_wait(&p.cv, &p.m);
            bool done = p.done[i];
            pthread_mutex_unlock(&p.m);
            if (!done)
                break; /* stopped: never started */
            if (p.fd[i] >= 0) {
                bool copied = !output_stopped &&
                              copy_out(p.fd[i], p.size[i], &out, copybuf, 1 << 16) == 0;
                if (!output_stopped && !copied && res[i].status != JOB_ERROR) {
                    res[i].status = JOB_ERROR;
                    snprintf(res[i].error, sizeof res[i].error, "writing output failed: %s",
                             strerror(out.err ? out.err : errno));
                }
                spool_give(&p, p.fd[i], copied);
                p.fd[i] = -1;
            }
            if (res[i].status == JOB_ERROR) {
                msg_error("%s", res[i].error);
                failed = true;
                if (shared) {
                    output_stopped = true;
                    pthread_mutex_lock(&p.m);
                    p.stop = true;
                    pthread_mutex_unlock(&p.m);
                }
            }
            if (!output_stopped) {
                /* the next input may now be written straight to out */
                pthread_mutex_lock(&p.m);
                p.emitted = i + 1;
                pthread_mutex_unlock(&p.m);
            }
        }
        for (size_t k = 0; k < nw; k++)
            pthread_join(ta[k].tid, NULL);
        for (size_t i = 0; i < in.n; i++)
            if (p.fd[i] >= 0)
                close(p.fd[i]);
        while (p.nspare)
            close(p.spare[--p.nspare]);
    }
    for (size_t k = 0; k < nw; k++) {
        worker_free(&ta[k].w);
        free(ta[k].s);
    }

    if (shared && sink_flush(&out) != 0 && !failed) {
        msg_error("writing output failed: %s", strerror(errno));
        failed = true;
    }
    if (to_file) {
        if (failed) {
            atomic_abort(&outf); /* no partial output file */
        } else if (atomic_commit(&outf, err, sizeof err) != 0) {
            msg_error("%s", err);
            failed = true;
        }
    }
    double elapsed = now_seconds() - t0;
    progress_stop();

    if (o.report && write_report(&rc, &in, res, elapsed, err, sizeof err) != 0) {
        msg_error("%s", err);
        failed = true;
    }
    if (interactive)
        human_summary(&rc, &in, res, elapsed);

    uint64_t findings = 0;
    for (size_t i = 0; i < in.n; i++) {
        findings += res[i].findings;
        free(res[i].per_entity);
    }
    free(res);
    free(p.done);
    free(p.fd);
    free(p.size);
    free(ta);
    free(copybuf);
    free_inputs(&in);
    pii_ruleset_free(rs);
    free(o.ops);
    free(o.include);
    free(o.exclude);
    free(o.inputs);
    memset(rc.hash_key, 0, sizeof rc.hash_key);
    if (failed)
        return EXIT_ERROR;
    return o.mode == MODE_CHECK && findings ? EXIT_FOUND : EXIT_OK;
}
