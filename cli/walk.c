/*
 * walk.c - the list of inputs: standard input, named files, and with -r the
 * files under directories, in a fixed order (names sorted byte-wise, so
 * that output and reports are the same on every run and file system).
 *
 * Inside a directory, symbolic links are not followed (no loops, and -i
 * never replaces a link by a file) and special files are skipped; --include
 * and --exclude filter what the walk finds.  Files named on the command
 * line are always taken.
 */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static char *xstrdup(const char *s)
{
    char *d = strdup(s);
    if (!d)
        die("out of memory");
    return d;
}

static input *add(input_list *l, const char *path, const char *name, bool explicit_arg)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        input *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            die("out of memory");
        l->v = v;
        l->cap = cap;
    }
    input *in = &l->v[l->n++];
    memset(in, 0, sizeof *in);
    in->path = path ? xstrdup(path) : NULL;
    in->name = xstrdup(name);
    in->explicit_arg = explicit_arg;
    return in;
}

static void add_error(input_list *l, const char *name, const char *what)
{
    input *in = add(l, NULL, name, true);
    size_t n = strlen(name) + strlen(what) + 3;
    in->error = malloc(n);
    if (!in->error)
        die("out of memory");
    snprintf(in->error, n, "%s: %s", name, what);
}

/* A glob without '/' matches the last component, one with '/' the whole
 * path as shown. */
static bool glob_match(const char *glob, const char *path, const char *base)
{
    return fnmatch(glob, strchr(glob, '/') ? path : base, 0) == 0;
}

static bool any_match(const char *const *globs, size_t n, const char *path, const char *base)
{
    for (size_t i = 0; i < n; i++)
        if (glob_match(globs[i], path, base))
            return true;
    return false;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void walk(const options *o, input_list *l, const char *dir, int depth)
{
    if (depth > 256) {
        add_error(l, dir, "directories nested too deeply");
        return;
    }
    /* "" is the current directory, for paths shown without "./" */
    DIR *d = opendir(dir[0] ? dir : ".");
    if (!d) {
        add_error(l, dir[0] ? dir : ".", strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **v = realloc(names, cap * sizeof *v);
            if (!v)
                die("out of memory");
            names = v;
        }
        names[n++] = xstrdup(e->d_name);
    }
    int read_err = errno;
    closedir(d);
    if (read_err)
        add_error(l, dir[0] ? dir : ".", strerror(read_err));
    qsort(names, n, sizeof *names, name_cmp);

    size_t dlen = strlen(dir);
    bool slash = dlen == 0 || dir[dlen - 1] == '/';
    for (size_t i = 0; i < n; i++) {
        char path[PATH_MAX];
        if ((size_t)snprintf(path, sizeof path, "%s%s%s", dir, slash ? "" : "/", names[i]) >=
            sizeof path) {
            add_error(l, dir, "path too long");
            continue;
        }
        struct stat st;
        if (lstat(path, &st) != 0) {
            add_error(l, path, strerror(errno));
        } else if (any_match(o->exclude, o->nexclude, path, names[i])) {
            /* excluded */
        } else if (S_ISDIR(st.st_mode)) {
            walk(o, l, path, depth + 1);
        } else if (S_ISREG(st.st_mode)) {
            if (o->ninclude == 0 || any_match(o->include, o->ninclude, path, names[i]))
                add(l, path, path, false)->size = (uint64_t)st.st_size;
        }
        /* symbolic links and special files found by the walk: skipped */
        free(names[i]);
    }
    free(names);
}

void collect_inputs(const options *o, input_list *out)
{
    memset(out, 0, sizeof *out);
    if (o->ninputs == 0) {
        if (o->recursive)
            walk(o, out, "", 0);
        else
            add(out, NULL, "<stdin>", true);
        return;
    }
    for (size_t i = 0; i < o->ninputs; i++) {
        const char *a = o->inputs[i];
        if (!strcmp(a, "-")) {
            add(out, NULL, "<stdin>", true);
            continue;
        }
        struct stat st;
        if (stat(a, &st) != 0) {
            add_error(out, a, strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            if (o->recursive)
                walk(o, out, a, 0);
            else
                add_error(out, a, "is a directory (use -r)");
        } else if (o->in_place) {
            if (!S_ISREG(st.st_mode)) {
                add_error(out, a, "not a regular file: cannot rewrite it in place");
                continue;
            }
            /* rewrite the file a symbolic link points to, keeping the link */
            char real[PATH_MAX];
            if (!realpath(a, real))
                add_error(out, a, strerror(errno));
            else
                add(out, real, a, true)->size = (uint64_t)st.st_size;
        } else {
            add(out, a, a, true)->size = S_ISREG(st.st_mode) ? (uint64_t)st.st_size : 0;
        }
    }
}

void free_inputs(input_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].path);
        free(l->v[i].name);
        free(l->v[i].error);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}
