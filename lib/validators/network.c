/*
 * network.c - IPv4 and IPv6 addresses (text forms) and MAC-48 addresses.
 */
#include <string.h>

#include "validators.h"

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool pii_ipv4_parse(const char *s, size_t n, uint8_t out[4])
{
    uint8_t oct[4];
    size_t i = 0;

    if (s == NULL)
        return false;
    for (int k = 0; k < 4; k++) {
        unsigned v = 0;
        size_t start = i;
        if (k > 0) {
            if (i >= n || s[i] != '.')
                return false;
            start = ++i;
        }
        while (i < n && s[i] >= '0' && s[i] <= '9' && i - start < 3)
            v = v * 10 + (unsigned)(s[i++] - '0');
        /* 1-3 digits, no leading zero unless the octet is "0", <= 255. */
        if (i == start || v > 255 || (s[start] == '0' && i - start > 1))
            return false;
        oct[k] = (uint8_t)v;
    }
    if (i != n)
        return false;
    if (out)
        memcpy(out, oct, 4);
    return true;
}

/* RFC 6874 / RFC 4007 zone: 1-64 of unreserved characters. */
static bool zone_ok(const char *z, size_t n)
{
    if (n < 1 || n > 64)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = z[i];
        if (!(hex_value(c) >= 0 || (c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z') ||
              c == '.' || c == '_' || c == '~' || c == '-'))
            return false;
    }
    return true;
}

bool pii_ipv6_parse(const char *s, size_t n, uint8_t out[16])
{
    uint16_t g[8];
    size_t count = 0; /* groups written to g */
    int gap = -1;     /* index in g where "::" stands, -1 if none */
    size_t i = 0;
    const char *pct;

    if (s == NULL || n < 2)
        return false;
    pct = memchr(s, '%', n);
    if (pct != NULL) {
        if (!zone_ok(pct + 1, n - (size_t)(pct - s) - 1))
            return false;
        n = (size_t)(pct - s);
    }
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        gap = 0;
        i = 2;
    }
    while (i < n) {
        size_t start = i;
        unsigned v = 0;
        while (i < n && hex_value(s[i]) >= 0 && i - start < 5)
            v = v * 16 + (unsigned)hex_value(s[i++]);
        if (i < n && s[i] == '.') {
            /* Embedded IPv4: must be the final 32 bits. */
            uint8_t v4[4];
            if (count > 6 || !pii_ipv4_parse(s + start, n - start, v4))
                return false;
            g[count++] = (uint16_t)(v4[0] << 8 | v4[1]);
            g[count++] = (uint16_t)(v4[2] << 8 | v4[3]);
            i = n;
            break;
        }
        if (i == start || i - start > 4 || count == 8)
            return false;
        g[count++] = (uint16_t)v;
        if (i == n)
            break;
        if (s[i] != ':')
            return false;
        i++;
        if (i < n && s[i] == ':') {
            if (gap >= 0)
                return false;
            gap = (int)count;
            i++;
        } else if (i == n) {
            return false; /* a single trailing ':' */
        }
    }
    /* Without "::" all 8 groups are written; with it, "::" stands for at
     * least one zero group (RFC 4291 2.2). */
    if (gap < 0 ? count != 8 : count > 7)
        return false;
    if (out) {
        size_t zeros = 8 - count, k = 0;
        for (size_t j = 0; j < count; j++) {
            if ((int)j == gap)
                for (size_t z = 0; z < zeros; z++, k++)
                    out[2 * k] = out[2 * k + 1] = 0;
            out[2 * k] = (uint8_t)(g[j] >> 8);
            out[2 * k + 1] = (uint8_t)(g[j] & 0xff);
            k++;
        }
        while (k < 8) { /* "::" at the end (or alone) */
            out[2 * k] = out[2 * k + 1] = 0;
            k++;
        }
    }
    return true;
}

/* Six octets as hex pairs with one separator, "aa:bb:cc:dd:ee:ff" or
 * "aa-bb-...", Cisco's "aabb.ccdd.eeff", or twelve hex digits
 * "3c5ab4129e01"; writes the octets to mac. */
static bool mac_parse(const char *s, size_t n, uint8_t mac[6])
{
    size_t group, ngroups;
    char sep;

    if (n == 17 && (s[2] == ':' || s[2] == '-')) {
        sep = s[2];
        group = 2;
        ngroups = 6;
    } else if (n == 14 && s[4] == '.') {
        sep = '.';
        group = 4;
        ngroups = 3;
    } else if (n == 12) {
        /* a digit and a letter at least, letters of one case, as devices
         * print them: not a number, a word or a random token */
        bool digit = false, lower = false, upper = false;
        for (size_t i = 0; i < 12; i++) {
            digit |= s[i] >= '0' && s[i] <= '9';
            lower |= s[i] >= 'a' && s[i] <= 'f';
            upper |= s[i] >= 'A' && s[i] <= 'F';
        }
        if (!digit || lower == upper)
            return false;
        sep = '\0'; /* (one group: never read) */
        group = 12;
        ngroups = 1;
    } else {
        return false;
    }
    for (size_t k = 0, i = 0; k < ngroups; k++) {
        if (k > 0 && s[i++] != sep)
            return false;
        for (size_t j = 0; j < group; j += 2, i += 2) {
            int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
            if (hi < 0 || lo < 0)
                return false;
            mac[(k * group + j) / 2] = (uint8_t)(hi << 4 | lo);
        }
    }
    return true;
}

bool pii_mac_ok(const char *s, size_t n)
{
    uint8_t mac[6];
    bool zero = true, ones = true;

    if (s == NULL || !mac_parse(s, n, mac))
        return false;
    for (size_t i = 0; i < 6; i++) {
        zero = zero && mac[i] == 0x00;
        ones = ones && mac[i] == 0xff;
    }
    return !zero && !ones;
}
