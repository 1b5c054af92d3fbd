/*
 * atomic.c - output files that appear complete or not at all.
 *
 * A temporary file ".NAME.pii-XXXXXX" is created in the directory of the
 * target (so that rename() cannot cross file systems), written, fsync'ed,
 * renamed over the target, and the directory is fsync'ed.  Until the rename
 * the target is untouched: an error, SIGINT or SIGTERM removes the
 * temporary file and leaves the target as it was.  SIGKILL cannot be caught:
 * it may leave the temporary file behind, but never a changed target.
 *
 * Temporary files are registered in fixed slots that the signal handler
 * reads without locks (async-signal-safe: atomic flags and unlink()).
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#define NSLOTS (MAX_JOBS + 8)

static struct {
    atomic_int used;
    char path[PATH_MAX];
} slots[NSLOTS];
static pthread_mutex_t slot_lock = PTHREAD_MUTEX_INITIALIZER;

static int slot_take(const char *path)
{
    pthread_mutex_lock(&slot_lock);
    int s = -1;
    for (int i = 0; i < NSLOTS && s < 0; i++)
        if (!atomic_load(&slots[i].used)) {
            s = i;
            strcpy(slots[i].path, path);
            atomic_store(&slots[i].used, 1);
        }
    pthread_mutex_unlock(&slot_lock);
    return s;
}

static void slot_release(int s)
{
    if (s >= 0)
        atomic_store(&slots[s].used, 0);
}

void atomic_cleanup_all(void)
{
    for (int i = 0; i < NSLOTS; i++)
        if (atomic_exchange(&slots[i].used, 0))
            unlink(slots[i].path);
}

static void on_signal(int sig)
{
    atomic_cleanup_all();
    signal(sig, SIG_DFL);
    raise(sig);
}

void atomic_install_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigfillset(&sa.sa_mask); /* no other handler in the middle of this one */
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old;
        /* keep an inherited "ignore" (nohup, a shell's background job) */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(sigs[i], &sa, NULL);
    }
}

static int fail(char *err, size_t errlen, const char *path, const char *what, int e)
{
    snprintf(err, errlen, "%s: %s%s%s", path, what, e ? ": " : "", e ? strerror(e) : "");
    return -1;
}

static mode_t current_umask(void)
{
    static mode_t mask = (mode_t)-1;
    static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&m);
    if (mask == (mode_t)-1) {
        mask = umask(077);
        umask(mask);
    }
    pthread_mutex_unlock(&m);
    return mask;
}

int atomic_open(atomic_file *a, const char *final, const struct stat *keep, char *err,
                size_t errlen)
{
    memset(a, 0, sizeof *a);
    a->fd = -1;
    a->slot = -1;
    if (strlen(final) >= sizeof a->final)
        return fail(err, errlen, final, "path too long", 0);
    strcpy(a->final, final);

    struct stat st;
    bool exists = !keep && stat(final, &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        /* /dev/null, /dev/stdout, a FIFO: no rename over those */
        a->fd = open(final, O_WRONLY | O_CLOEXEC);
        if (a->fd < 0)
            return fail(err, errlen, final, "cannot open", errno);
        a->direct = true;
        return 0;
    }
    if (exists) {
        /* write through a symbolic link: replace the file it names */
        char real[PATH_MAX];
        if (!realpath(final, real))
            return fail(err, errlen, final, "cannot resolve", errno);
        strcpy(a->final, real);
    }

    char dirbuf[PATH_MAX], basebuf[PATH_MAX];
    strcpy(dirbuf, a->final);
    strcpy(basebuf, a->final);
    const char *dir = dirname(dirbuf), *base = basename(basebuf);
    if ((size_t)snprintf(a->tmp, sizeof a->tmp, "%s/.%.200s.pii-XXXXXX", dir, base) >=
        sizeof a->tmp)
        return fail(err, errlen, final, "path too long", 0);
    /* no signal between creating the file and registering it */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    a->fd = mkstemp(a->tmp);
    int e = errno;
    if (a->fd >= 0 && (a->slot = slot_take(a->tmp)) < 0) {
        close(a->fd);
        unlink(a->tmp);
        a->fd = -1;
        e = EMFILE;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (a->fd < 0)
        return fail(err, errlen, final, "cannot create a temporary file beside it", e);
    (void)fcntl(a->fd, F_SETFD, FD_CLOEXEC);

    int rc = 0;
    if (keep) {
        /* owner first: chown may clear set-id bits that fchmod then restores */
        if (fchown(a->fd, keep->st_uid, keep->st_gid) != 0)
            rc = fail(err, errlen, final, "cannot keep the owner and group", errno);
        else if (fchmod(a->fd, keep->st_mode & 07777) != 0)
            rc = fail(err, errlen, final, "cannot keep the mode", errno);
    } else {
        mode_t mode = exists ? (st.st_mode & 07777) : (0666 & ~current_umask());
        if (fchmod(a->fd, mode) != 0)
            rc = fail(err, errlen, final, "cannot set the mode", errno);
    }
    if (rc != 0)
        atomic_abort(a);
    return rc;
}

int atomic_commit(atomic_file *a, char *err, size_t errlen)
{
    if (a->direct) {
        int rc = close(a->fd) == 0 ? 0 : fail(err, errlen, a->final, "write failed", errno);
        a->fd = -1;
        return rc;
    }
    if (fsync(a->fd) != 0) {
        fail(err, errlen, a->final, "fsync failed", errno);
        atomic_abort(a);
        return -1;
    }
    if (close(a->fd) != 0) {
        a->fd = -1;
        fail(err, errlen, a->final, "write failed", errno);
        atomic_abort(a);
        return -1;
    }
    a->fd = -1;
    if (rename(a->tmp, a->final) != 0) {
        fail(err, errlen, a->final, "cannot replace it", errno);
        atomic_abort(a);
        return -1;
    }
    slot_release(a->slot);
    a->slot = -1;
    char dirbuf[PATH_MAX];
    strcpy(dirbuf, a->final);
    int dfd = open(dirname(dirbuf), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        int rc = fsync(dfd);
        int e = errno;
        close(dfd);
        /* some file systems cannot fsync a directory (EINVAL): the rename
         * is done, and as durable as they make it */
        if (rc != 0 && e != EINVAL && e != EROFS)
            return fail(err, errlen, a->final, "fsync of its directory failed", e);
    }
    return 0;
}

void atomic_abort(atomic_file *a)
{
    if (a->fd >= 0)
        close(a->fd);
    a->fd = -1;
    if (!a->direct && a->slot >= 0) {
        unlink(a->tmp);
        slot_release(a->slot);
    }
    a->slot = -1;
}
