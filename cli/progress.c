/*
 * progress.c - what pii-redact writes on stderr: one-line errors and
 * warnings, and a progress bar when stderr is a terminal and the run takes
 * more than a second.  Lines from several threads never interleave.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static bool bar_shown; /* a bar is on the current line (under lock) */

static void write_all(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

static void clear_bar_locked(void)
{
    if (bar_shown) {
        write_all(2, "\r\033[K", 4);
        bar_shown = false;
    }
}

static void vmsg(const char *kind, const char *fmt, va_list ap)
{
    char line[2048];
    int n = snprintf(line, sizeof line, "pii-redact: %s: ", kind);
    int m = vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
    size_t len = (size_t)n + (m < 0 ? 0 : (size_t)m);
    if (len > sizeof line - 2)
        len = sizeof line - 2;
    /* one line: no newline inside a message */
    for (size_t i = (size_t)n; i < len; i++)
        if (line[i] == '\n' || line[i] == '\r')
            line[i] = ' ';
    line[len++] = '\n';
    pthread_mutex_lock(&lock);
    clear_bar_locked();
    write_all(2, line, len);
    pthread_mutex_unlock(&lock);
}

void msg_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("error", fmt, ap);
    va_end(ap);
}

void msg_warning(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("warning", fmt, ap);
    va_end(ap);
}

void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg("error", fmt, ap);
    va_end(ap);
    atomic_cleanup_all();
    exit(EXIT_ERROR);
}

double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- progress bar ---- */

static atomic_uint_fast64_t done_bytes;
static atomic_size_t done_files;
static uint64_t all_bytes;
static size_t all_files;
static pthread_t bar_thread;
static bool bar_running;
static pthread_mutex_t bar_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t bar_cond = PTHREAD_COND_INITIALIZER;
static bool bar_stop;

static void human_bytes(char *out, size_t cap, double b)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (b >= 1024 && u < 4) {
        b /= 1024;
        u++;
    }
    snprintf(out, cap, u ? "%.1f %s" : "%.0f %s", b, units[u]);
}

static void draw(double elapsed)
{
    uint64_t b = atomic_load(&done_bytes);
    size_t f = atomic_load(&done_files);
    char got[32], tot[32], rate[32], line[256];
    human_bytes(got, sizeof got, (double)b);
    human_bytes(rate, sizeof rate, elapsed > 0 ? (double)b / elapsed : 0);
    int n;
    if (all_bytes) {
        double frac = (double)b / (double)all_bytes;
        if (frac > 1)
            frac = 1;
        char bar[31];
        int fill = (int)(frac * 30);
        for (int i = 0; i < 30; i++)
            bar[i] = i < fill ? '#' : '-';
        bar[30] = '\0';
        human_bytes(tot, sizeof tot, (double)all_bytes);
        n = snprintf(line, sizeof line, "\r[%s] %3d%% %s / %s, %s/s, %zu/%zu files\033[K", bar,
                     (int)(frac * 100), got, tot, rate, f, all_files);
    } else {
        n = snprintf(line, sizeof line, "\r%s, %s/s, %zu/%zu files\033[K", got, rate, f,
                     all_files);
    }
    pthread_mutex_lock(&lock);
    write_all(2, line, (size_t)n);
    bar_shown = true;
    pthread_mutex_unlock(&lock);
}

static void *bar_main(void *arg)
{
    (void)arg;
    double start = now_seconds();
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 1; /* nothing during the first second */
    pthread_mutex_lock(&bar_lock);
    while (!bar_stop) {
        if (pthread_cond_timedwait(&bar_cond, &bar_lock, &ts) != 0 && !bar_stop) {
            pthread_mutex_unlock(&bar_lock);
            draw(now_seconds() - start);
            pthread_mutex_lock(&bar_lock);
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec += 200 * 1000 * 1000;
            if (ts.tv_nsec >= 1000000000) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000;
            }
        }
    }
    pthread_mutex_unlock(&bar_lock);
    return NULL;
}

void progress_start(uint64_t total_bytes, size_t total_files)
{
    all_bytes = total_bytes;
    all_files = total_files;
    if (!isatty(2))
        return;
    bar_running = pthread_create(&bar_thread, NULL, bar_main, NULL) == 0;
}

void progress_add_bytes(uint64_t n) { atomic_fetch_add(&done_bytes, n); }

void progress_file_done(void) { atomic_fetch_add(&done_files, 1); }

void progress_stop(void)
{
    if (!bar_running)
        return;
    pthread_mutex_lock(&bar_lock);
    bar_stop = true;
    pthread_cond_signal(&bar_cond);
    pthread_mutex_unlock(&bar_lock);
    pthread_join(bar_thread, NULL);
    bar_running = false;
    pthread_mutex_lock(&lock);
    clear_bar_locked();
    pthread_mutex_unlock(&lock);
}
