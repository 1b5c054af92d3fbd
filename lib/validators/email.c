/*
 * email.c - email addresses in the dot-atom form of RFC 5322 with the size
 * limits of RFC 5321, UTF-8 local parts (RFC 6531) and IDN domains in
 * either U-label (UTF-8) or A-label ("xn--") form.
 */
#include <string.h>

#include "validators.h"

#define LOCAL_MAX 64
#define DOMAIN_MAX 253
#define ADDRESS_MAX 254
#define LABEL_MAX 63

/* Length of the well-formed UTF-8 sequence for a non-ASCII character at
 * s[0..n), or 0 when it is malformed (overlong, surrogate, > U+10FFFF,
 * truncated) or a C1 control (U+0080-U+009F). */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    uint32_t cp;
    size_t len;

    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        len = 2;
        cp = s[0] & 0x1Fu;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        len = 3;
        cp = s[0] & 0x0Fu;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        len = 4;
        cp = s[0] & 0x07u;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp <= 0x9F)
        return 0;
    return len;
}

static bool is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* RFC 5322 atext: letters, digits and !#$%&'*+-/=?^_`{|}~ */
static bool is_atext(unsigned char c)
{
    return is_alnum(c) || (c != 0 && strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL);
}

/* Dot-atom: atoms of atext or UTF-8, joined by single dots. */
static bool local_ok(const unsigned char *s, size_t n)
{
    if (n < 1 || n > LOCAL_MAX || s[0] == '.' || s[n - 1] == '.')
        return false;
    for (size_t i = 0; i < n;) {
        if (s[i] == '.') {
            if (s[i + 1] == '.')
                return false;
            i++;
        } else if (s[i] < 0x80) {
            if (!is_atext(s[i]))
                return false;
            i++;
        } else {
            size_t len = utf8_len(s + i, n - i);
            if (len == 0)
                return false;
            i += len;
        }
    }
    return true;
}

/* One label: 1-63 octets of letters, digits, '-' or UTF-8 characters, not
 * starting or ending with '-'.  *chars gets its length in characters and
 * *numeric whether it is all ASCII digits. */
static bool label_ok(const unsigned char *s, size_t n, size_t *chars, bool *numeric)
{
    if (n < 1 || n > LABEL_MAX || s[0] == '-' || s[n - 1] == '-')
        return false;
    *chars = 0;
    *numeric = true;
    for (size_t i = 0; i < n; (*chars)++) {
        if (s[i] < 0x80) {
            if (!is_alnum(s[i]) && s[i] != '-')
                return false;
            *numeric = *numeric && s[i] >= '0' && s[i] <= '9';
            i++;
        } else {
            size_t len = utf8_len(s + i, n - i);
            if (len == 0)
                return false;
            *numeric = false;
            i += len;
        }
    }
    return true;
}

static bool domain_ok(const unsigned char *s, size_t n)
{
    size_t labels = 0, chars = 0, start = 0;
    bool numeric = false;

    if (n < 1 || n > DOMAIN_MAX)
        return false;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '.')
            continue;
        if (!label_ok(s + start, i - start, &chars, &numeric))
            return false;
        labels++;
        start = i + 1;
    }
    /* After the loop chars/numeric describe the last label, the TLD. */
    return labels >= 2 && chars >= 2 && !numeric;
}

bool pii_email_ok(const char *s, size_t n)
{
    const char *at;

    if (s == NULL || n < 1 || n > ADDRESS_MAX)
        return false;
    at = memchr(s, '@', n);
    if (at == NULL || memchr(at + 1, '@', n - (size_t)(at - s) - 1) != NULL)
        return false;
    return local_ok((const unsigned char *)s, (size_t)(at - s)) &&
           domain_ok((const unsigned char *)at + 1, n - (size_t)(at - s) - 1);
}
