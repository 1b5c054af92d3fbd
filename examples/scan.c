/*
 * scan.c - find personal data in a string and print one line per finding:
 * entity name, start and end byte offsets (end exclusive).
 *
 *   cc -o scan scan.c $(pkg-config --cflags --libs libpii)
 *   ./scan ["text to scan"]
 *
 * Without an argument it scans a built-in line.
 */
#include <stdio.h>
#include <string.h>

#include <pii.h>

int main(int argc, char **argv)
{
    const char *text = argc > 1 ? argv[1]
                                : "Contact jane.doe@example.com, SSN 536-22-1874, "
                                  "card 4539 5260 1815 9083, from 203.0.113.42.";

    /* Build once: every built-in entity with the default options. */
    pii_builder *b = pii_builder_new();
    pii_ruleset *rs = NULL;
    int rc = b ? pii_builder_build(b, &rs) : PII_ERR_NOMEM;
    if (rc < 0) {
        fprintf(stderr, "build failed: %s\n",
                b && pii_builder_error(b)[0] ? pii_builder_error(b) : pii_error_message(rc));
        pii_builder_free(b);
        return 1;
    }
    pii_builder_free(b); /* the ruleset does not need the builder */

    /* One context per thread; findings stay in it until the next call. */
    pii_ctx *ctx = pii_ctx_new(rs);
    if (!ctx) {
        fprintf(stderr, "out of memory\n");
        pii_ruleset_free(rs);
        return 1;
    }
    rc = pii_scan(ctx, text, strlen(text), NULL, NULL);
    if (rc < 0) {
        fprintf(stderr, "scan failed: %s\n", pii_error_message(rc));
    } else {
        size_t n;
        const pii_finding *f = pii_ctx_findings(ctx, &n);
        for (size_t i = 0; i < n; i++)
            printf("%s %llu %llu\n", pii_ruleset_entity_name(rs, f[i].entity),
                   (unsigned long long)f[i].start, (unsigned long long)f[i].end);
    }
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    return rc < 0;
}
