/*
 * email.c - email addresses, found from their '@'.
 *
 * The local part is taken back from the '@' over the characters people
 * actually use (letters and digits of any script, and . _ % + - '), the
 * domain forward over labels of letters, digits and hyphens (any script, for
 * IDN).  The domain must end in a delegated top-level domain, which keeps
 * "avatar@2x.png", "pkg@1.2.3" and "root@localhost" out.  RFC 5321 limits
 * are checked by the validator.
 */
#include "../validators/validators.h"
#include "detectors.h"
#include "tld_table.h"

static bool local_ascii(uint8_t c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}

/* Length in bytes of the word character (non-ASCII) ending at s[pos-1], or 0. */
static size_t word_char_len_before(const uint8_t *s, size_t pos, size_t floor)
{
    if (pos <= floor || s[pos - 1] < 0x80 || !uni_word_before(s, pos))
        return 0;
    size_t k = 1;
    while (k < 4 && pos - k > floor && (s[pos - k] & 0xC0) == 0x80)
        k++;
    return k;
}

static size_t word_char_len_at(const uint8_t *s, size_t len, size_t pos)
{
    if (pos >= len || s[pos] < 0x80 || !uni_word_at(s, len, pos))
        return 0;
    size_t k = 1;
    while (pos + k < len && k < 4 && (s[pos + k] & 0xC0) == 0x80)
        k++;
    return k;
}

void detect_email(const scan_view *v, size_t at)
{
    if (!(v->enabled & ENTITY_MASK(PII_EMAIL_ADDRESS)))
        return;
    const uint8_t *s = v->s;
    size_t floor = at > 80 ? at - 80 : 0;
    /* local part, backwards */
    size_t i = at;
    while (i > floor) {
        if (s[i - 1] < 0x80) {
            if (!local_ascii(s[i - 1]))
                break;
            i--;
        } else {
            size_t k = word_char_len_before(s, i, floor);
            if (!k)
                break;
            i -= k;
        }
    }
    if (i == floor && floor > 0)
        return; /* longer than any local part */
    while (i < at && (s[i] == '.' || s[i] == '\''))
        i++;
    if (i == at || at - i > 64)
        return;
    if (i > 0 && s[i - 1] == '@')
        return;
    /* domain, forwards */
    size_t j = at + 1, label_start = j, last_label = j;
    size_t labels = 0;
    while (j < v->len && j - at <= 254) {
        uint8_t c = s[j];
        if (is_alnum(c) || c == '-') {
            j++;
        } else if (c >= 0x80) {
            size_t k = word_char_len_at(s, v->len, j);
            if (!k)
                break;
            j += k;
        } else if (c == '.' && j > label_start && j + 1 < v->len &&
                   (is_alnum(s[j + 1]) || s[j + 1] >= 0x80)) {
            labels++;
            j++;
            label_start = j;
            last_label = j;
            continue;
        } else {
            break;
        }
    }
    while (j > label_start && s[j - 1] == '-')
        j--;
    if (labels == 0 || j == last_label)
        return;
    if (j < v->len && s[j] == '@')
        return;
    if (!tld_known((const char *)s + last_label, j - last_label))
        return;
    if (!pii_email_ok((const char *)s + i, j - i))
        return;
    propose(v, PII_EMAIL_ADDRESS, i, j, 0.9f, 1.0f, PII_FLAG_VALIDATED, NULL);
}
