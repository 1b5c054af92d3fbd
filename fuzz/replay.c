/*
 * replay.c - run a libFuzzer target without libFuzzer.
 *
 *   replay_fuzz_NAME PATH...
 *
 * Each PATH is a file or a directory; every regular file in a directory
 * (sorted by name, not recursive) is passed to LLVMFuzzerTestOneInput() in
 * a heap block of exactly its size, so that ASan and Valgrind see reads past
 * its end.  An invariant that fails aborts the program.  Exit status: 0 when
 * every input ran, 1 when a path could not be read or no input was found.
 *
 * The meson test suite runs each target this way over its committed seed
 * corpus (fuzz/corpus/NAME/); a crash file found by fuzzing can be replayed
 * the same way.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int read_file(const char *path, uint8_t **data, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    uint8_t *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            uint8_t *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                fclose(f);
                return -1;
            }
            buf = p;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        return -1;
    }
    /* an exact-size copy: reads past the end are caught by the tools */
    uint8_t *exact = malloc(n ? n : 1);
    if (!exact) {
        free(buf);
        return -1;
    }
    if (n)
        memcpy(exact, buf, n);
    free(buf);
    *data = exact;
    *size = n;
    return 0;
}

static int run_file(const char *path, unsigned long *count)
{
    uint8_t *data;
    size_t size;
    if (read_file(path, &data, &size) != 0) {
        fprintf(stderr, "replay: cannot read %s: %s\n", path, strerror(errno));
        return -1;
    }
    LLVMFuzzerTestOneInput(data, size);
    free(data);
    (*count)++;
    return 0;
}

static int run_path(const char *path, unsigned long *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return run_file(path, count);
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);
    if (n < 0) {
        fprintf(stderr, "replay: cannot list %s: %s\n", path, strerror(errno));
        return -1;
    }
    int rc = 0;
    for (int i = 0; i < n; i++) {
        size_t len = strlen(path) + strlen(names[i]->d_name) + 2;
        char *file = malloc(len);
        if (!file) {
            rc = -1;
        } else {
            snprintf(file, len, "%s/%s", path, names[i]->d_name);
            if (stat(file, &st) == 0 && S_ISREG(st.st_mode) && run_file(file, count) != 0)
                rc = -1;
            free(file);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE_OR_DIRECTORY...\n", argv[0]);
        return 1;
    }
    clock_t t0 = clock();
    unsigned long count = 0;
    int rc = 0;
    for (int i = 1; i < argc; i++)
        if (run_path(argv[i], &count) != 0)
            rc = 1;
    if (count == 0) {
        fprintf(stderr, "replay: no inputs found\n");
        rc = 1;
    }
    printf("%s: replayed %lu inputs in %.2f s CPU%s\n", argv[0], count,
           (double)(clock() - t0) / CLOCKS_PER_SEC, rc ? " (with errors)" : "");
    return rc;
}
