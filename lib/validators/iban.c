/*
 * iban.c - IBAN validation (ISO 13616): registry country, length and BBAN
 * structure, and the ISO 7064 MOD 97-10 check.
 */
#include "validators.h"
#include "iban_registry.h"

static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static const iban_country *lookup(const char *cc)
{
    size_t lo = 0, hi = pii_iban_registry_count;

    if (!is_upper(cc[0]) || !is_upper(cc[1]))
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *k = pii_iban_registry[mid].cc;
        int cmp = cc[0] != k[0] ? cc[0] - k[0] : cc[1] - k[1];
        if (cmp == 0)
            return &pii_iban_registry[mid];
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

unsigned pii_iban_country_length(const char *cc)
{
    const iban_country *e;

    if (cc == NULL)
        return 0;
    e = lookup(cc);
    return e ? e->length : 0;
}

/* Does bban (exactly the registry's length, checked by the caller) follow
 * the compact structure, e.g. "4a6n8n"? */
static bool bban_matches(const char *bban, const char *structure)
{
    const char *p = structure;

    while (*p) {
        unsigned count = 0;
        char cls;
        while (is_digit(*p))
            count = count * 10 + (unsigned)(*p++ - '0');
        cls = *p++;
        for (; count > 0; count--, bban++) {
            char c = *bban;
            bool ok = cls == 'n'   ? is_digit(c)
                      : cls == 'a' ? is_upper(c)
                                   : is_digit(c) || is_upper(c);
            if (!ok)
                return false;
        }
    }
    return true;
}

/* Fold one IBAN character into a running remainder mod 97: digits count as
 * one decimal digit, letters as two (A = 10 ... Z = 35). */
static unsigned mod97_step(unsigned r, char c)
{
    if (is_digit(c))
        return (r * 10 + (unsigned)(c - '0')) % 97;
    return (r * 100 + (unsigned)(c - 'A' + 10)) % 97;
}

bool pii_iban_ok(const char *canon, size_t n)
{
    const iban_country *e;
    unsigned r = 0, check;

    if (canon == NULL || n < 5)
        return false;
    e = lookup(canon);
    if (e == NULL || n != e->length)
        return false;
    if (!is_digit(canon[2]) || !is_digit(canon[3]))
        return false;
    /* ISO 13616 check digits are 02..98; "00", "01" and "99" are never
     * produced (though 01/98 and 00/97 agree mod 97). */
    check = (unsigned)(canon[2] - '0') * 10 + (unsigned)(canon[3] - '0');
    if (check < 2 || check > 98)
        return false;
    if (!bban_matches(canon + 4, e->bban))
        return false;
    /* Rearranged number: BBAN, then country code and check digits. */
    for (size_t i = 4; i < n; i++)
        r = mod97_step(r, canon[i]);
    for (size_t i = 0; i < 4; i++)
        r = mod97_step(r, canon[i]);
    return r == 1;
}
