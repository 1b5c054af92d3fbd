/*
 * fuzz_validate - the public validators on arbitrary values.
 *
 * Input: the whole input is the value, in a heap block of exactly its size
 * (libFuzzer's and replay.c's), so reads past it are caught.
 *
 * Invariants, for every built-in entity and a few ids out of range:
 *   pii_validate() returns 0 or 1 (PII_ERR_UNKNOWN_ENTITY out of range);
 *   pii_validate_ex() returns the same, with subtype NULL or not; its
 *   subtype is NUL-terminated within PII_SUBTYPE_MAX, "" unless valid, and
 *   untouched on an error;
 *   results do not depend on what follows the value in memory (a copy
 *   followed by other bytes gives the same answers);
 * and for every named validator (in any letter case) pii_validate_named()
 * returns 0 or 1, PII_ERR_UNSUPPORTED for an unknown name.
 */
#include "fuzz_common.h"

static const char *const named[] = {"luhn", "iban", "aba",   "ssn", "itin", "mrz",
                                    "ipv4", "ipv6", "email", "mac", "nanp"};

/* Case-insensitive equality with a lower-case name. */
static int same_name(const char *a, const char *lower)
{
    for (; *a && *lower; a++, lower++)
        if (*a != *lower && !(*a >= 'A' && *a <= 'Z' && *a + 32 == *lower))
            return 0;
    return *a == *lower;
}

static void check_entity(int e, const uint8_t *data, size_t size, const uint8_t *padded)
{
    const char *v = (const char *)data;
    int known = e >= 0 && e < PII_ENTITY_BUILTIN_COUNT;
    int r = pii_validate(e, v, size);
    if (!known) {
        FUZZ_CHECK(r == PII_ERR_UNKNOWN_ENTITY, "pii_validate(%d): %d", e, r);
    } else {
        FUZZ_CHECK(r == 0 || r == 1, "pii_validate(%s) returned %d (%s)", pii_entity_name(e), r,
                   pii_error_name(r));
    }
    char sub[PII_SUBTYPE_MAX + 8];
    memset(sub, 0x5a, sizeof sub);
    int rx = pii_validate_ex(e, v, size, sub);
    FUZZ_CHECK(rx == r, "pii_validate_ex(%d) = %d, pii_validate = %d", e, rx, r);
    for (size_t i = PII_SUBTYPE_MAX; i < sizeof sub; i++)
        FUZZ_CHECK(sub[i] == 0x5a, "pii_validate_ex(%d) wrote past PII_SUBTYPE_MAX", e);
    if (r < 0) {
        for (size_t i = 0; i < PII_SUBTYPE_MAX; i++)
            FUZZ_CHECK(sub[i] == 0x5a, "pii_validate_ex(%d) changed subtype on an error", e);
    } else {
        FUZZ_CHECK(memchr(sub, '\0', PII_SUBTYPE_MAX) != NULL,
                   "pii_validate_ex(%d): subtype not terminated", e);
        if (r == 0)
            FUZZ_CHECK(sub[0] == '\0', "pii_validate_ex(%d): subtype set for an invalid value", e);
    }
    FUZZ_CHECK(pii_validate_ex(e, v, size, NULL) == r, "pii_validate_ex(%d, NULL subtype)", e);
    if (padded) {
        char sub2[PII_SUBTYPE_MAX];
        int rp = pii_validate_ex(e, (const char *)padded, size, sub2);
        FUZZ_CHECK(rp == r, "pii_validate_ex(%d) depends on the bytes after the value", e);
        if (r >= 0)
            FUZZ_CHECK(strcmp(sub, sub2) == 0, "subtype depends on the bytes after the value");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* a copy followed by bytes that could extend the value */
    uint8_t *padded = malloc(size + 8);
    FUZZ_CHECK(padded != NULL, "out of memory in the fuzzer");
    if (size)
        memcpy(padded, data, size);
    memcpy(padded + size, "19-0@a:F", 8);

    for (int e = -2; e <= PII_ENTITY_BUILTIN_COUNT + 1; e++)
        check_entity(e, data, size, padded);

    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        int r = pii_validate_named(named[i], (const char *)data, size);
        FUZZ_CHECK(r == 0 || r == 1, "pii_validate_named(%s) returned %d (%s)", named[i], r,
                   pii_error_name(r));
        char upper[16];
        size_t k = 0;
        for (; named[i][k]; k++)
            upper[k] =
                (char)(named[i][k] >= 'a' && named[i][k] <= 'z' ? named[i][k] - 32 : named[i][k]);
        upper[k] = '\0';
        FUZZ_CHECK(pii_validate_named(upper, (const char *)data, size) == r,
                   "pii_validate_named(%s) differs from (%s)", upper, named[i]);
        FUZZ_CHECK(pii_validate_named(named[i], (const char *)padded, size) == r,
                   "pii_validate_named(%s) depends on the bytes after the value", named[i]);
    }
    /* unknown validators, including the value itself as a name */
    FUZZ_CHECK(pii_validate_named("luhn2", (const char *)data, size) == PII_ERR_UNSUPPORTED,
               "unknown validator name accepted");
    char name[32];
    size_t n = size < sizeof name - 1 ? size : sizeof name - 1;
    memcpy(name, data, n);
    name[n] = '\0';
    int r = pii_validate_named(name, (const char *)data, size);
    int is_known = 0;
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        is_known |= same_name(name, named[i]);
    FUZZ_CHECK(r == PII_ERR_UNSUPPORTED || (is_known && (r == 0 || r == 1)),
               "pii_validate_named(<input as name>) returned %d", r);
    free(padded);
    return 0;
}
