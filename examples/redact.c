/*
 * redact.c - print a string with each finding replaced by [ENTITY].
 *
 *   cc -o redact redact.c $(pkg-config --cflags --libs libpii)
 *   ./redact ["text to redact"]
 *
 * Without an argument it redacts a built-in line.  Every context starts
 * with the tag operator ("[ENTITY]") for all entities;
 * pii_ctx_set_operator_spec() chooses another (mask, remove, hash, keep).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pii.h>

int main(int argc, char **argv)
{
    const char *text = argc > 1 ? argv[1]
                                : "Wire to IBAN DE07 5001 0517 7877 8932 87, "
                                  "call +1 212-555-0187 or mail li.wei@example.net.";
    size_t len = strlen(text);

    pii_builder *b = pii_builder_new();
    pii_ruleset *rs = NULL;
    int rc = b ? pii_builder_build(b, &rs) : PII_ERR_NOMEM;
    pii_builder_free(b);
    if (rc < 0) {
        fprintf(stderr, "build failed: %s\n", pii_error_message(rc));
        return 1;
    }

    pii_ctx *ctx = pii_ctx_new(rs);
    /* pii_redact_bound() is the most output the current operators can give. */
    size_t cap = ctx ? pii_redact_bound(ctx, len) : 0;
    char *out = ctx ? malloc(cap) : NULL;
    int64_t n = out ? pii_redact(ctx, text, len, out, cap) : PII_ERR_NOMEM;
    if (n < 0)
        fprintf(stderr, "redaction failed: %s\n", pii_error_message((int)n));
    else
        printf("%.*s\n", (int)n, out);

    free(out);
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    return n < 0;
}
