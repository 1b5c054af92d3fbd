/*
 * cli.h - pieces of pii-redact shared between its files.
 *
 *   options.c   command line, --help text
 *   walk.c      inputs: files, stdin, -r directories with --include/--exclude
 *   process.c   one input through the library: redact, findings or check
 *   atomic.c    atomic output files (temp + fsync + rename) and their
 *               clean-up on SIGINT/SIGTERM
 *   report.c    --report JSON and the human summary
 *   progress.c  stderr: error/warning lines and the progress bar
 *   pii-redact.c  main: ruleset, workers (-j), output order, exit status
 */
#ifndef PII_REDACT_CLI_H
#define PII_REDACT_CLI_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "pii.h"

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* Exit status */
#define EXIT_OK 0
#define EXIT_FOUND 1 /* --check: something was found */
#define EXIT_ERROR 2

#define MAX_JOBS 256
#define BINARY_PROBE 8192 /* bytes looked at for a NUL */

/* ---- options.c ---- */

typedef enum out_mode { MODE_REDACT, MODE_FINDINGS, MODE_CHECK } out_mode;

typedef struct options {
    out_mode mode;
    bool show_text;
    const char *only, *exclude_entities, *key_file, *policy;
    const char *output; /* -o; NULL: stdout */
    const char *report; /* --report FILE or "-" */
    double min_score;   /* < 0: not given */
    size_t block;
    const char **ops; /* --operator [ENTITY=]SPEC, in order */
    size_t nops;
    bool in_place, recursive, binary, quiet;
    unsigned jobs; /* 0: not given */
    const char **include, **exclude;
    size_t ninclude, nexclude;
    const char **inputs;
    size_t ninputs;
} options;

/* Parse argv into *o; exits on --help, --version, --list-entities and on
 * errors (status 2). */
void parse_args(int argc, char **argv, options *o);
extern const char usage_text[];

/* ---- progress.c: messages on stderr ---- */

/* "pii-redact: error: ..." (one line), thread-safe. */
void msg_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void msg_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* msg_error, then exit(2) (after removing temporary files). */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* The progress bar: drawn on stderr when it is a terminal, once the run has
 * taken more than a second.  total_bytes 0: unknown. */
void progress_start(uint64_t total_bytes, size_t total_files);
void progress_add_bytes(uint64_t n);
void progress_file_done(void);
void progress_stop(void);

/* ---- walk.c ---- */

typedef struct input {
    char *path;    /* to open; NULL for stdin */
    char *name;    /* as shown in messages, findings and reports */
    bool explicit_arg; /* named on the command line (not found by -r) */
    char *error;   /* set when the input could not be listed */
    uint64_t size; /* regular files: size when listed, else 0 */
} input;

typedef struct input_list {
    input *v;
    size_t n, cap;
} input_list;

/* Expand the command line's inputs (stdin when none); errors become
 * inputs with .error set, in their place. */
void collect_inputs(const options *o, input_list *out);
void free_inputs(input_list *l);

/* ---- atomic.c ---- */

typedef struct atomic_file {
    int fd;            /* where to write */
    bool direct;       /* not a regular file (/dev/null, a FIFO): written in place */
    int slot;          /* clean-up registration, -1 when none */
    char tmp[PATH_MAX];
    char final[PATH_MAX];
} atomic_file;

/* Install SIGINT/SIGTERM/SIGHUP/SIGPIPE handlers that remove registered
 * temporary files, then die of the signal. */
void atomic_install_signals(void);
/* Remove every registered temporary file (before exit on an error). */
void atomic_cleanup_all(void);
/* Open a temporary file beside final.  keep: the file it replaces (mode and
 * owner are copied, which must succeed) or NULL (new file: mode of an
 * existing final, else 0666 & ~umask).  Returns 0, or -1 with err set. */
int atomic_open(atomic_file *a, const char *final, const struct stat *keep, char *err,
                size_t errlen);
/* fsync, rename over final, fsync the directory.  0 or -1 with err set;
 * on failure the temporary file is removed and final is untouched. */
int atomic_commit(atomic_file *a, char *err, size_t errlen);
/* Remove the temporary file; final is untouched. */
void atomic_abort(atomic_file *a);

/* ---- process.c ---- */

/* A buffered writer over a file descriptor.  before_write, when set, is
 * called before each write to fd (-j: a spooling worker that has become
 * next in line moves its output over, pii-redact.c). */
typedef struct sink {
    int fd;
    unsigned char buf[1 << 16];
    size_t n;
    int err; /* errno of the first failed write, 0 when none */
    void (*before_write)(struct sink *s);
    void *arg; /* before_write's */
} sink;

void sink_init(sink *s, int fd);
void sink_write(sink *s, const void *p, size_t n);
void sink_printf(sink *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int sink_flush(sink *s); /* 0, or -1 with errno */

typedef enum job_status { JOB_PENDING, JOB_OK, JOB_ERROR, JOB_SKIPPED_BINARY } job_status;

typedef struct job_result {
    job_status status;
    char error[PATH_MAX + 256];
    uint64_t bytes, findings;
    double elapsed; /* seconds */
    uint64_t *per_entity; /* nentities counts */
    int max_sensitivity;
    bool rewritten; /* -i: the file was replaced */
} job_result;

/* Everything workers share (read-only while they run). */
typedef struct run_conf {
    const options *o;
    const pii_ruleset *rs;
    size_t nentities;
    bool with_file; /* --findings: add "file" */
    unsigned char hash_key[80];
    size_t hash_key_len;
} run_conf;

/* One worker's state: its context and buffers. */
typedef struct worker {
    const run_conf *rc;
    pii_ctx *ctx;
    unsigned char *inbuf, *outbuf;
    size_t outcap;
    struct text_finder *tf;
} worker;

/* A context with the command line's operators and hash key; NULL and an
 * error message (in err) on failure. */
pii_ctx *make_ctx(const run_conf *rc, char *err, size_t errlen);
int worker_init(worker *w, const run_conf *rc, char *err, size_t errlen);
void worker_free(worker *w);

/* Process one input.  out: where redacted text or findings go (NULL with
 * --check and -i). */
void process_input(worker *w, const input *in, sink *out, job_result *res);

/* ---- report.c ---- */

int write_report(const run_conf *rc, const input_list *in, const job_result *res, double elapsed,
                 char *err, size_t errlen);
void human_summary(const run_conf *rc, const input_list *in, const job_result *res,
                   double elapsed);

/* JSON string with escapes. */
void json_string(sink *s, const unsigned char *p, size_t n);

double now_seconds(void);

#endif
