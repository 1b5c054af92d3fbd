/*
 * stream.c - redact standard input to standard output, 4 KiB at a time.
 *
 *   cc -o stream stream.c $(pkg-config --cflags --libs libpii)
 *   ./stream < input.txt > redacted.txt
 *
 * SSNs are masked except for their last four digits (***-**-6789); every
 * other finding becomes a tag such as [EMAIL_ADDRESS].  Input of any size
 * goes through in blocks with bounded memory.  A value cut in two by a block
 * boundary is still found: the library holds back the bytes that could
 * belong to one until it can decide, so the output is the same as redacting
 * the whole input at once.  On an error the program prints one line to
 * stderr and exits with status 2; what it wrote before is redacted, but the
 * rest of the input is missing.
 */
#include <stdio.h>

#include <pii.h>

#define BLOCK 4096

static int fail(const char *what, const char *why)
{
    fprintf(stderr, "stream: %s: %s\n", what, why);
    return 2;
}

/* Stream stdin through ctx to stdout; 0 on success, 2 on an error. */
static int redact_stdin(pii_ctx *ctx)
{
    static unsigned char inbuf[BLOCK], outbuf[BLOCK];
    int at_end = 0;
    while (!at_end) {
        /* fread() returns less than a block only at the end or on an error */
        size_t n = fread(inbuf, 1, sizeof inbuf, stdin);
        if (n < sizeof inbuf) {
            if (ferror(stdin))
                return fail("reading standard input", "read error");
            at_end = 1;
        }
        pii_in_buffer in = {inbuf, n, 0};
        pii_directive directive = at_end ? PII_END : PII_CONTINUE;
        int64_t held;
        /* Call until this block is taken in; at the end, until nothing is
         * held back.  Each call fills at most one output block. */
        do {
            pii_out_buffer out = {outbuf, sizeof outbuf, 0};
            held = pii_redact_stream(ctx, &out, &in, directive);
            if (held < 0)
                return fail("redacting", pii_error_message((int)held));
            if (fwrite(outbuf, 1, out.pos, stdout) != out.pos)
                return fail("writing standard output", "write error");
        } while (in.pos < in.size || (at_end && held > 0));
    }
    if (fflush(stdout) != 0)
        return fail("writing standard output", "write error");
    return 0;
}

int main(void)
{
    pii_builder *b = pii_builder_new();
    pii_ruleset *rs = NULL;
    int rc = b ? pii_builder_build(b, &rs) : PII_ERR_NOMEM;
    pii_builder_free(b);
    if (rc < 0)
        return fail("building the ruleset", pii_error_message(rc));

    int status = 0;
    pii_ctx *ctx = pii_ctx_new(rs);
    if (!ctx) {
        status = fail("creating a context", pii_error_message(PII_ERR_NOMEM));
    } else if ((rc = pii_ctx_set_operator_spec(ctx, PII_US_SSN, "mask:keep=4")) < 0) {
        /* every other entity keeps the default operator, tag */
        status = fail("setting the SSN operator", pii_ctx_error(ctx));
    } else {
        status = redact_stdin(ctx);
    }
    pii_ctx_free(ctx);
    pii_ruleset_free(rs);
    return status;
}
