/*
 * iban.c - International Bank Account Numbers.
 *
 * Written compact ("DE89370400440532013000") or in groups of four joined by
 * spaces ("DE89 3704 0044 0532 0130 00"; two at most) or dashes, or in
 * groups of any length joined by spaces, the country's code maybe a group
 * of its own, as Polish and Italian invoices write them ("PL 61 1090 1014
 * 0000 0712 1981 2874", "IT 60 X 05428 11101 000000123456").  The
 * registry length of the country says exactly how many characters to
 * take; the validator then checks the BBAN structure and mod 97.  A
 * failed checksum drops the candidate, a passing one is near certain.
 */
#include "../validators/validators.h"
#include "detectors.h"

static void copy_upper(char *dst, const uint8_t *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = (char)to_upper(src[i]);
}

/* Groups of one to twelve letters or digits after s[*q], each after a
 * space (two as OCR sets groups apart at times), appended to canon[*n]
 * until it holds want characters, the last group's end there. */
static bool spaced_groups(const scan_view *v, size_t *q, char *canon, size_t *n, size_t want)
{
    const uint8_t *s = v->s;
    size_t i = *q;
    while (*n < want) {
        if (i + 1 >= v->len || s[i] != ' ')
            return false;
        size_t w = s[i + 1] == ' ' ? 2 : 1;
        if (i + w >= v->len || !is_alnum(s[i + w]))
            return false;
        i += w;
        size_t g = 0;
        while (i + g < v->len && is_alnum(s[i + g]) && g <= 12)
            g++;
        if (g > 12 || *n + g > want)
            return false;
        copy_upper(canon + *n, s + i, g);
        *n += g;
        i += g;
    }
    *q = i;
    return true;
}

/* Groups of exactly four after s[*q] joined by `sep` ('-'), the last maybe
 * shorter, appended to canon[*n] until it holds want characters. */
static bool dashed_groups(const scan_view *v, size_t *q, char *canon, size_t *n, size_t want)
{
    const uint8_t *s = v->s;
    size_t i = *q;
    while (*n < want) {
        if (i + 1 >= v->len || s[i] != '-' || !is_alnum(s[i + 1]))
            return false;
        i++;
        size_t g = 0;
        while (i + g < v->len && is_alnum(s[i + g]) && g < 4)
            g++;
        if (*n + g > want || (g < 4 && *n + g < want))
            return false;
        copy_upper(canon + *n, s + i, g);
        *n += g;
        i += g;
    }
    if (i < v->len && is_alnum(s[i]))
        return false; /* a fifth character in the last group */
    *q = i;
    return true;
}

void detect_iban(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_IBAN_CODE)))
        return;
    const uint8_t *s = v->s;
    if (p + 4 > v->len || !is_alpha(s[p]) || !is_alpha(s[p + 1]))
        return;
    /* the country's code a group of its own: in capitals, then its check
     * digits and a space */
    bool cc_apart = is_upper(s[p]) && is_upper(s[p + 1]) && s[p + 2] == ' ' && p + 6 < v->len &&
                    is_digit(s[p + 3]) && is_digit(s[p + 4]) && s[p + 5] == ' ';
    if (!cc_apart && (!is_digit(s[p + 2]) || !is_digit(s[p + 3])))
        return;
    char cc[3] = {(char)to_upper(s[p]), (char)to_upper(s[p + 1]), 0};
    unsigned want = pii_iban_country_length(cc);
    if (want == 0)
        return;
    /* (a path's segment may be one: below) */
    bool glued = glued_left(v, p) && !swift_field_before(v, p) &&
                 !mt940_account_subfield_before(v, p);
    char canon[34];
    size_t n = 4, q;
    copy_upper(canon, s + p, 2);
    if (cc_apart) {
        copy_upper(canon + 2, s + p + 3, 2);
        q = p + 5;
        if (glued || !spaced_groups(v, &q, canon, &n, want))
            return;
    } else {
        copy_upper(canon + 2, s + p + 2, 2);
        q = p + 4;
        /* compact: the alphanumeric run must be exactly the registry length */
        size_t run = 4;
        while (p + run < v->len && is_alnum(s[p + run]) && run <= want)
            run++;
        if (run == want) {
            copy_upper(canon + 4, s + p + 4, want - 4);
            n = want;
            q = p + want;
        } else if (run != 4 || q >= v->len || !(s[q] == ' ' ? spaced_groups(v, &q, canon, &n, want)
                                              : dashed_groups(v, &q, canon, &n, want))) {
            return;
        }
    }
    bool seg = path_segment(v, p, q); /* (which ends at '/' whatever follows) */
    if (((glued_right(v, q) && !record_suffix(v, q)) || glued) && !seg)
        return;
    if (!pii_iban_ok(canon, n))
        return;
    propose(v, PII_IBAN_CODE, p, q, 0.95f, 1.0f, PII_FLAG_VALIDATED, cc);
}
