/*
 * ip.c - IPv4 and IPv6 addresses.
 *
 * The span is the address alone: a ":port" or "/prefix" suffix is not part
 * of it (nor after an IPv6 address that ends in an IPv4 one, unbracketed),
 * nor an IPv6 zone id ("%eth0", "%14": an interface of the host that
 * writes it, which may follow the address).
 * Dotted numbers that continue (OIDs, four-part versions with a fifth part)
 * are not addresses, and a version-like octet out of range fails the parse.
 * A compressed IPv6 address that writes too little ("::1", "4::", "6::a")
 * needs brackets or an address hotword, and so does a dotted quad that is
 * most likely a version (a digit, then three numbers up to 20).
 */
#include <string.h>

#include "../validators/validators.h"
#include "detectors.h"

/* The end of four dot-separated numbers of one to three digits at p (the
 * shape of an IPv4 address), or 0. */
static size_t dotted_quad(const scan_view *v, size_t p)
{
    size_t q = p;
    for (int part = 0; part < 4; part++) {
        size_t g = count_digits(v, q, 4);
        if (g < 1 || g > 3)
            return 0;
        q += g;
        if (part < 3) {
            if (q + 1 >= v->len || v->s[q] != '.')
                return 0;
            q++;
        }
    }
    return q;
}

/* Whether an address range's first address ends at e ("10.0.0.1-"): a
 * dotted quad, with no letter, digit or dot before it. */
static bool quad_ends_at(const scan_view *v, size_t e)
{
    size_t b = e;
    while (b > 0 && e - b < 16 && (is_digit(v->s[b - 1]) || v->s[b - 1] == '.'))
        b--;
    return (b == 0 || !uni_word_before(v->s, b)) && b < e && dotted_quad(v, b) == e;
}

/* Whether an address range's last address starts at p ("-10.0.0.254"): a
 * dotted quad, with no letter or digit after it, nor a dot and one. */
static bool quad_starts_at(const scan_view *v, size_t p)
{
    size_t e = dotted_quad(v, p);
    return e && !uni_word_at(v->s, v->len, e) &&
           !(e + 1 < v->len && v->s[e] == '.' && uni_word_at(v->s, v->len, e + 1));
}

/* Whether the address s[p, end) has a port after '.' as tcpdump writes
 * them: "IP 10.0.0.5.51234 > 93.184.216.34.443: Flags [S]" (the source
 * before " > ", the destination after "> " and before ':'). */
static bool tcpdump_port(const scan_view *v, size_t p, size_t end)
{
    const uint8_t *s = v->s;
    size_t e = end + 1;
    while (e < v->len && e < end + 7 && is_digit(s[e]))
        e++;
    if (e == end + 1 || e - end > 6)
        return false;
    if (e + 3 <= v->len && s[e] == ' ' && s[e + 1] == '>' && s[e + 2] == ' ')
        return true;
    return e < v->len && s[e] == ':' && p >= 2 && s[p - 1] == ' ' && s[p - 2] == '>';
}

/* Whether the dotted quad a[0, n) is a digit and three numbers of at most
 * 20, but for the public resolvers' addresses, which configurations and
 * tools write everywhere (Cloudflare's, Google's, Quad9's, Level 3's). */
static bool small_quad(const uint8_t *a, size_t n)
{
    static const char *const resolvers[] = {"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4",
                                            "9.9.9.9", "4.2.2.1", "4.2.2.2", "4.2.2.3",
                                            "4.2.2.4", "4.2.2.5", "4.2.2.6"};
    if (n < 2 || a[1] != '.')
        return false;
    for (size_t i = 0; i < sizeof resolvers / sizeof resolvers[0]; i++)
        if (n == strlen(resolvers[i]) && memcmp(a, resolvers[i], n) == 0)
            return false;
    unsigned x = 0;
    for (size_t i = 2; i <= n; i++) {
        if (i == n || a[i] == '.') {
            if (x > 20)
                return false;
            x = 0;
        } else {
            x = x * 10 + (unsigned)(a[i] - '0');
        }
    }
    return true;
}

void detect_ipv4(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_IP_ADDRESS)))
        return;
    const uint8_t *s = v->s;
    size_t end = dotted_quad(v, p);
    if (!end)
        return;
    /* Glued on the left to a word, or a dotted number before it.  Unlike
     * other IDs an address may follow '/', ':' or '@' ("http://10.0.0.1",
     * "ip4:10.0.0.1", "user@10.0.0.1"), and '-' after another address (a
     * range: "10.0.0.1-10.0.0.254"). */
    if (p > 0 && (uni_word_before(s, p) || s[p - 1] == '$' ||
                  (p >= 2 && (s[p - 1] == '.' || s[p - 1] == '-') && uni_word_before(s, p - 1) &&
                   !(s[p - 1] == '-' && quad_ends_at(v, p - 1)))))
        return;
    if (end < v->len) {
        if (uni_word_at(s, v->len, end))
            return;
        if ((s[end] == '.' || s[end] == '-') && uni_word_at(s, v->len, end + 1) &&
            !(s[end] == '-' && quad_starts_at(v, end + 1)) &&
            !(s[end] == '.' && tcpdump_port(v, p, end)))
            return; /* 1.2.3.4.5 is an OID or version, not an address */
    }
    if (!pii_ipv4_parse((const char *)s + p, end - p, NULL))
        return;
    /* One digit, then three numbers up to 20: a version far more often
     * than an address ("Git 1.7.1.1", "HaplotypeCaller 4.5.0.0"); an
     * address only near its hotword ("dns 1.1.1.1 8.8.8.8") */
    float base = small_quad(s + p, end - p) ? BARE_SCORE_MAX : 0.6f;
    propose(v, PII_IP_ADDRESS, p, end, base, 0.9f, PII_FLAG_VALIDATED, "IPV4");
}

static bool zone_char(uint8_t c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '~' || c == '-';
}

/* Whether a parsed IPv6 address (without its zone) is compressed and writes
 * fewer than two groups, or fewer than four hex digits in all, and no
 * embedded IPv4. */
static bool weak_ipv6(const uint8_t *a, size_t n)
{
    bool compressed = false;
    size_t groups = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] == '.')
            return false; /* embedded IPv4: four more numbers */
        if (a[i] == ':') {
            compressed |= i + 1 < n && a[i + 1] == ':';
            continue;
        }
        digits++;
        groups += i == 0 || a[i - 1] == ':';
    }
    return compressed && (groups < 2 || digits < 4);
}

/* Whether the ':' before p ends a label rather than a group of a longer
 * hex sequence: a word before it with a letter that is no hex digit ("IP
 * Address:2001:db8::44" as openssl prints it), or the version of "IPv6:",
 * "ip6:" (a mail header's "[IPv6:2001:db8::1]", an SPF record's
 * "ip6:2001:db8::/32"), which scan.c lets through although ':' after a
 * digit joins a token's tail. */
static bool ipv6_label_before(const uint8_t *s, size_t p)
{
    if (p < 2 || s[p - 1] != ':' || !is_hex(s[p]))
        return false;
    /* (Cisco ASA's interface too, "outside:2620:fe::fe/53", whose "de"
     * is hex) */
    for (size_t k = p - 1; k > 0 && p - 1 - k < 24 && is_alpha(s[k - 1]); k--)
        if (!is_hex(s[k - 1]))
            return true;
    return ipv6_version_label(s, p);
}

void detect_ipv6(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_IP_ADDRESS)))
        return;
    const uint8_t *s = v->s;
    bool labelled = ipv6_label_before(s, p);
    if (p > 0 && (s[p - 1] == '.' || (s[p - 1] == ':' && !labelled)))
        return;
    if (!labelled && glued_left(v, p))
        return;
    /* longest run of hex digits, ':' and '.' (embedded IPv4) */
    size_t q = p, colons = 0, hexd = 0, decd = 0;
    bool compressed = false;
    while (q < v->len && q - p < 46 && (is_hex(s[q]) || s[q] == ':' || s[q] == '.')) {
        compressed |= q > p && s[q] == ':' && s[q - 1] == ':';
        colons += s[q] == ':';
        hexd += is_hex(s[q]);
        decd += is_digit(s[q]);
        q++;
    }
    /* "::" alone is no address, and groups of letters only ("Feed::add",
     * "Foo::Bar") are C++ scopes far more often than addresses */
    if (colons < 2 || hexd < 1 || decd < 1)
        return;
    /* an address writes eight groups, or six and an IPv4 one, unless "::"
     * stands for some: times ("06:42:29") stop here */
    if (!compressed && colons < 6)
        return;
    /* eight groups of two hex digits each are bytes that colons set apart
     * (a certificate's serial, "04:3A:7F:12:9C:E1:0B:55", a hex dump), as
     * no one writes an address; nor eight of a longer run of them, cut
     * short maybe ("fingerprint 5F:13:0B:71:E4:9A:22:C8:...") */
    if (!compressed && colons >= 7 && q - p >= 23 && (q - p == 23 || !is_hex(s[p + 23]))) {
        bool pairs = true;
        for (size_t g = 0; g < 8 && pairs; g++)
            pairs = is_hex(s[p + 3 * g]) && is_hex(s[p + 3 * g + 1]) &&
                    (g == 7 || s[p + 3 * g + 2] == ':');
        if (pairs)
            return;
    }
    /* trailing punctuation belongs to the sentence, except a final "::" */
    while (q > p && (s[q - 1] == '.' || (s[q - 1] == ':' && !(q - p >= 2 && s[q - 2] == ':'))))
        q--;
    /* an embedded IPv4 ends the address: a ':' after it starts a port
     * ("::ffff:10.0.0.1:8080", as some servers log a peer); one '.' alone,
     * which no IPv4 has, starts the port tcpdump writes after an address
     * ("IP6 2001:db8::5.51234 > 2606:2800:220:1:248:1893:25c8:1946.443:") */
    for (size_t i = p; i < q; i++)
        if (s[i] == '.') {
            size_t dot = i;
            while (i < q && s[i] != ':')
                i++;
            if (i < q && i + 1 < q && q - i <= 6 && count_digits(v, i + 1, 6) == q - i - 1)
                q = i;
            else if (i == q && q - dot >= 2 && q - dot <= 6 && count_digits(v, dot + 1, 6) == q - dot - 1)
                q = dot;
            break;
        }
    /* a port after the last group, as HAProxy logs a client without
     * brackets ("2a02:8108:1140:d2c0:6d4f:1a2b:3c4d:5e6f:61002"): where
     * the whole is no address, but the part before the last ':' is, with a
     * group of three hex digits or more ("1:2:3:4:5:6:7:8:9" is none), and
     * the last group is a decimal number up to 65535 */
    bool parsed = pii_ipv6_parse((const char *)s + p, q - p, NULL);
    if (!parsed) {
        size_t c = q;
        while (c > p && s[c - 1] != ':')
            c--;
        size_t g = q - c, run = 0, longest = 0;
        unsigned port = 0;
        for (size_t i = c; i < q && is_digit(s[i]); i++)
            port = port * 10 + (unsigned)(s[i] - '0');
        for (size_t i = p; i + 1 < c; i++) {
            run = is_hex(s[i]) ? run + 1 : 0;
            longest = run > longest ? run : longest;
        }
        if (c >= p + 2 && s[c - 2] != ':' && g >= 1 && g <= 5 && count_digits(v, c, 6) == g &&
            port <= 65535 && longest >= 3 && pii_ipv6_parse((const char *)s + p, c - 1 - p, NULL)) {
            q = c - 1;
            parsed = true;
        }
    }
    size_t end = q; /* (and its zone id) */
    if (end < v->len && s[end] == '%') {
        size_t z = end + 1;
        while (z < v->len && z - end <= 64 && zone_char(s[z]))
            z++;
        if (z > end + 1)
            end = z;
    }
    if (end < v->len && uni_word_at(s, v->len, end))
        return;
    if (end == q ? !parsed : !pii_ipv6_parse((const char *)s + p, end - p, NULL))
        return;
    /* A compressed address whose written groups carry little ("::1",
     * "::4", "1::", "6::a", "1::2") is a shape that a few bytes of anything
     * take (random bytes yield about one per megabyte): alone it is no
     * address.  It counts inside brackets ("[::1]:8080", "http://[::1]/"),
     * and near an address hotword ("ip ::1", "remote_addr": "::1"), which
     * context scoring adds; without one it stays below the default
     * threshold.  Two groups with four hex digits between them ("fe80::1",
     * "2001:db8::", "64:ff9b::"), an embedded IPv4 ("::ffff:192.0.2.1")
     * or all eight groups are enough; so is a line's first field, as
     * access logs and hosts files begin their lines with an address
     * ("::1 - - [10/Oct/2023:13:55:36 ...]", "::1\tip6-localhost"). */
    bool line_first = (p > 0 ? s[p - 1] == '\n' : v->base == 0) && end < v->len &&
                      (s[end] == ' ' || s[end] == '\t');
    if (weak_ipv6(s + p, q - p) && !line_first &&
        !(p > 0 && s[p - 1] == '[' && end < v->len && s[end] == ']')) {
        propose(v, PII_IP_ADDRESS, p, q, 0.2f, 0.9f, PII_FLAG_VALIDATED, "IPV6");
        return;
    }
    propose(v, PII_IP_ADDRESS, p, q, 0.6f, 0.9f, PII_FLAG_VALIDATED, "IPV6");
}
