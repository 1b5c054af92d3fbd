/*
 * email.c - email addresses, found from their '@'.
 *
 * The local part is taken back from the '@' over the characters people
 * actually use (letters and digits of any script, and . _ % + - '), the
 * domain forward over labels of letters, digits and hyphens (any script, for
 * IDN).  The domain must end in a delegated top-level domain or one a
 * private network or a test uses ("corp.local"), which keeps
 * "avatar@2x.png", "pkg@1.2.3" and "root@localhost" out.  RFC 5321 limits
 * are checked by the validator.  An '@' may be URL-encoded, as query
 * strings in access logs carry addresses ("?email=alice%40example.com").
 */
#include <string.h>

#include <sodium.h>
#include <utf8proc.h>

#include "../validators/validators.h"
#include "detectors.h"
#include "tld_table.h"

static bool local_ascii(uint8_t c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'' ||
           c == '~'; /* (RFC 5322's atext; an IRC hostmask's "~kevin@...") */
}

/* Whether the '=' before s[i] is of a recipient encoded in a bounce's
 * return path, which the local part holds whole: VERP's "=" before the
 * recipient's domain ("bounces+2241873-6c1f-jane.whitfield=outlook.com@em4417...",
 * s[i, at) ending in a domain's label of letters), or the Sender Rewriting
 * Scheme's ("SRS0=k3Xq=KS=quarrytech.ca=f.tremblay@fwd...", "SRS0=" or
 * "SRS1=" where the local part begins). */
static bool encoded_recipient(const uint8_t *s, size_t floor, size_t i, size_t at)
{
    size_t dot = at;
    while (dot > i && s[dot - 1] != '.' && s[dot - 1] != '=')
        dot--;
    if (dot > i && s[dot - 1] == '.' && at - dot >= 2 && tld_known((const char *)s + dot, at - dot)) {
        /* (and a list's tag joined by '+' before it: not a key's
         * "email=jane.doe@...") */
        bool tagged = false;
        for (size_t k = i - 1; k > floor && i - k < 64 && local_ascii(s[k - 1]) && !tagged; k--)
            tagged = s[k - 1] == '+';
        if (tagged)
            return true;
    }
    for (size_t k = i - 1; k >= floor + 4 && i - k < 64; k--) {
        if (s[k] == '=' && (s[k - 4] | 0x20) == 's' && (s[k - 3] | 0x20) == 'r' &&
            (s[k - 2] | 0x20) == 's' && (s[k - 1] == '0' || s[k - 1] == '1') &&
            (k - 4 == floor || !local_ascii(s[k - 5])))
            return true;
        if (!local_ascii(s[k]) && s[k] != '=')
            break;
    }
    return false;
}

/* Whether the two hex digits at p, after '=', are quoted-printable's
 * escape of a local part's punctuation ('.', '-', '_', '+'). */
static bool qp_local_escape(const uint8_t *p)
{
    if (!is_hex(p[0]) || !is_hex(p[1]))
        return false;
    unsigned c = hex_digit_value(p[0]) << 4 | hex_digit_value(p[1]);
    return c == '.' || c == '-' || c == '_' || c == '+';
}

/* The character ending at s[pos-1] (not before floor): code point and
 * length, or length 0 when it is not valid UTF-8. */
static size_t char_before(const uint8_t *s, size_t pos, size_t floor, int32_t *cp)
{
    size_t k = 1;
    while (k < 4 && pos - k > floor && (s[pos - k] & 0xC0) == 0x80)
        k++;
    utf8proc_int32_t c;
    if (utf8proc_iterate(s + pos - k, (utf8proc_ssize_t)k, &c) != (utf8proc_ssize_t)k)
        return 0;
    *cp = c;
    return k;
}

static size_t char_at(const uint8_t *s, size_t len, size_t pos, int32_t *cp)
{
    size_t avail = len - pos < 4 ? len - pos : 4;
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s + pos, (utf8proc_ssize_t)avail, &c);
    if (k <= 0)
        return 0;
    *cp = c;
    return (size_t)k;
}

/* A non-ASCII character may be part of an address part: letters of any
 * script, but Chinese/Japanese/Thai letters and Hangul only in a part
 * written wholly in them, since such text puts words right next to an
 * address ("客户邮箱reyes@live.ca", "kim@example.com으로"). */
static bool part_char(int32_t cp, bool part_has_ascii)
{
    if (!uni_is_word_cp(cp))
        return false;
    return !(uni_is_unspaced_script(cp) || uni_is_hangul(cp)) || !part_has_ascii;
}

/* Whether the user at a host in s[i, j) goes on as an scp or git remote
 * does: ':' and a path that begins with '/' or '~', ends in ".git", or
 * follows the user "git" ("git@github.com:org/repo.git",
 * "deploy@build.example.com:/srv/app").  Not a mailbox; an address, ':'
 * and other text ("alice@example.com:hunter2", "bob@example.com:pa/ss", as
 * lists of credentials have them) stays one. */
static bool remote_path_at(const scan_view *v, size_t i, size_t at, size_t j)
{
    const uint8_t *s = v->s;
    if (j + 1 >= v->len || s[j] != ':')
        return false;
    size_t q = j + 1;
    while (q < v->len && q - j <= 256 &&
           (is_alnum(s[q]) || s[q] == '.' || s[q] == '_' || s[q] == '-' || s[q] == '~' ||
            s[q] == '/'))
        q++;
    size_t n = q - (j + 1);
    if (n == 0)
        return false;
    const uint8_t *path = s + j + 1;
    bool git_user = at - i == 3 && (s[i] | 0x20) == 'g' && (s[i + 1] | 0x20) == 'i' &&
                    (s[i + 2] | 0x20) == 't';
    return path[0] == '/' || path[0] == '~' || (n > 4 && memcmp(path + n - 4, ".git", 4) == 0) ||
           (git_user && memchr(path, '/', n) != NULL);
}

/* Whether the local part that begins at s[i], its host ending at s[j], is a
 * URL's user information (RFC 3986: "scheme://user:password@host"): right
 * after "//", or after the user's name, ':' and the password's first part
 * ("postgres://reporter:Xk8vq2Lm@db.example.io",
 * "redis://:pa55w0rd@cache-01.internal", a Sentry DSN's key).  A login
 * and a host, not a mailbox; but not where ':' and what is no port follow
 * the host: a stealer log's URL, login and password
 * ("https://www.netflix.com:jo91@orange.fr:dragon69!"). */
/* Whether c may be in a URL's password (RFC 3986's unreserved and
 * sub-delims, and '%'), ':' aside. */
static inline bool password_byte(uint8_t c)
{
    return is_alnum(c) || (c > ' ' && c < 0x7F && strchr("-._~%!$&'()*+,;=", c));
}

static bool url_userinfo(const uint8_t *s, size_t len, size_t floor, size_t i, size_t j)
{
    if (j + 1 < len && s[j] == ':' && !is_digit(s[j + 1]))
        return false;
    /* (back over what user information may hold before the local part:
     * a password's "!$&'()*+,;=" too, "app:S3cr3t!pw@db.internal", up to
     * the ':' after the user's name; that name, or a local part right
     * after "//", of what a login holds: not "https://acme.com,jo@...") */
    size_t q = i;
    while (q > floor && i - q < 128 && password_byte(s[q - 1]))
        q--;
    size_t k = q > floor && s[q - 1] == ':' ? q - 1 : i;
    while (k > floor && i - k < 192 &&
           (is_alnum(s[k - 1]) || s[k - 1] == '.' || s[k - 1] == '_' || s[k - 1] == '-' ||
            s[k - 1] == '~' || s[k - 1] == '%'))
        k--;
    return k >= floor + 3 && s[k - 1] == '/' && s[k - 2] == '/' && s[k - 3] == ':';
}

/* Where a key whose last letters spell `tail` begins, the key's letters
 * ending at q: read back to front, '_' and '-' between them aside (and
 * blanks where `blanks`), not past `lim`; SIZE_MAX if they do not spell it. */
static size_t key_tail_start(const uint8_t *s, size_t q, size_t lim, const char *tail,
                             bool blanks)
{
    size_t n = strlen(tail);
    while (n > 0 && q > lim) {
        uint8_t c = s[q - 1];
        if (c == '_' || c == '-' || (blanks && c == ' ')) {
            q--;
            continue;
        }
        if (to_lower(c) != (uint8_t)tail[n - 1])
            return SIZE_MAX;
        n--;
        q--;
    }
    return n == 0 ? q : SIZE_MAX;
}

/* Whether a key that names a message's ID ends right before the "<" at
 * s[lt] (JSON's "MessageID": "<CY4PR11MB1234@...>", "internetMessageId",
 * a logfmt line's message_id=<...>, "smtp-id", "msgid", a label's
 * "Internet Message ID:"), as mail and DLP APIs export one. */
static bool message_id_key_before(const uint8_t *s, size_t lt)
{
    size_t k = lt;
    if (k > 0 && s[k - 1] == '"')
        k--;
    /* (':' in JSON, '=' in a logfmt line: "message_id=<...>") */
    size_t sep = k;
    bool named = false; /* (':' or '=': not prose's "email messageid <...>") */
    while (k > 0 && sep - k < 6 && (s[k - 1] == ' ' || s[k - 1] == ':' || s[k - 1] == '=')) {
        named |= s[k - 1] != ' ';
        k--;
    }
    if (!named || k == 0)
        return false;
    if (s[k - 1] == '"')
        k--;
    if (k == 0)
        return false;
    /* the key's last letters, blanks aside too: "...messageid", a label's
     * "Internet Message ID:", SendGrid's "smtp-id", "msgid" */
    static const char *const tails[] = {"messageid", "msgid", "smtpid"};
    for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++)
        if (key_tail_start(s, k, lt > 64 ? lt - 64 : 0, tails[t], true) != SIZE_MAX)
            return true;
    return false;
}

/* Whether the address at s[i, j) sits inside "<...>" on a mail header's
 * line that names a message, not a mailbox: "Message-ID:", "In-Reply-To:",
 * "References:" (maybe folded onto lines that begin with a blank),
 * "Content-ID:" ("<CAF8s1xQ=9Lk2@mail.example.com>" is an identifier). */
static bool message_id_at(const scan_view *v, size_t i, size_t j)
{
    const uint8_t *s = v->s;
    if (j >= v->len || s[j] != '>')
        return false;
    size_t lt = i;
    while (lt > 0 && i - lt < 128 && s[lt - 1] > ' ' && s[lt - 1] != '<' && s[lt - 1] != '>')
        lt--;
    if (lt == 0 || s[lt - 1] != '<')
        return false;
    if (message_id_key_before(s, lt - 1))
        return true;
    size_t ls = lt - 1;
    for (int lines = 0; lines < 8; lines++) {
        while (ls > 0 && lt - ls < 768 && s[ls - 1] != '\n')
            ls--;
        if (ls > 0 && s[ls - 1] != '\n')
            return false; /* (too far back: within the stream's history) */
        if (s[ls] != ' ' && s[ls] != '\t')
            break;
        if (ls == 0)
            return false;
        ls--; /* a folded header's line: the one before it */
    }
    static const char *const names[] = {"message-id:", "in-reply-to:", "references:",
                                        "content-id:", "resent-message-id:"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t n = strlen(names[k]), q = 0;
        while (q < n && ls + q < v->len && to_lower(s[ls + q]) == (uint8_t)names[k][q])
            q++;
        if (q == n)
            return true;
    }
    return false;
}

/* Whether the local part s[i, at) is a phone number or an extension as a
 * SIP URI's user, "sip:+2348031234567@sip.trunkprovider.net",
 * "sip:4417@pbx.cc.local" ('+' maybe, then digits): a call's party, which
 * phone.c reports where it is a phone number (sip_user()), not a mailbox. */
static bool sip_phone_user(const uint8_t *s, size_t i, size_t at)
{
    size_t k = i;
    if (k < at && s[k] == '+')
        k++;
    if (k == at)
        return false;
    for (; k < at; k++)
        if (!is_digit(s[k]))
            return false;
    if (sofia_channel_user_at(s, i))
        return true;
    size_t b = i >= 1 && s[i - 1] == ':' ? i - 1 : i;
    if (b >= 1 && (s[b - 1] | 0x20) == 's')
        b--; /* "sips:" */
    return b != i && b >= 3 && (s[b - 3] | 0x20) == 's' && (s[b - 2] | 0x20) == 'i' &&
           (s[b - 1] | 0x20) == 'p';
}

/* Whether the address at s[i] follows a "cid:" or "mid:" URL (RFC 2392),
 * as HTML mail links an inline image's Content-ID and a quoted message's
 * Message-ID ("<img src=\"cid:part1.7Hb3Kx9Q@hollis-family.net\">",
 * "<blockquote cite=\"mid:3b1f...@poczta.onet.pl\">"): identifiers. */
static bool content_id_url_at(const uint8_t *s, size_t i)
{
    if (i < 4 || s[i - 1] != ':' || (i > 4 && is_alnum(s[i - 5])))
        return false;
    uint8_t a = s[i - 4] | 0x20, b = s[i - 3] | 0x20, c = s[i - 2] | 0x20;
    return (a == 'c' || a == 'm') && b == 'i' && c == 'd';
}

/* Whether the address at s[i] follows a SIP message's "Call-ID:" header
 * ("Call-ID: 0a1f6c93e52b4d7f@sbc01.carrier-voice.net", after a trace's
 * prefix too): a call's identifier, as a Message-ID is a message's. */
static bool sip_call_id_at(const uint8_t *s, size_t i)
{
    size_t k = i;
    while (k > 0 && i - k < 8 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    /* (or a key that ends with "call_id", quoted maybe: a switch's JSON
     * record, "sip_call_id":"0a1f...@sbc01...", "call_id=...") */
    size_t q = k;
    if (q > 0 && s[q - 1] == '"')
        q--;
    while (q > 0 && k - q < 8 && s[q - 1] == ' ') /* ("sip_call_id": "0a1f...") */
        q--;
    if (q > 0 && (s[q - 1] == ':' || s[q - 1] == '=')) {
        q--;
        if (q > 0 && s[q - 1] == '"')
            q--;
        q = key_tail_start(s, q, k > 24 ? k - 24 : 0, "callid", false);
        if (q != SIZE_MAX &&
            (q == 0 || !is_alnum(s[q - 1]) || (is_lower(s[q - 1]) && is_upper(s[q]))))
            return true;
    }
    static const char key[] = "call-id:";
    size_t n = sizeof key - 1;
    if (k < n || (k > n && (is_alnum(s[k - n - 1]) || s[k - n - 1] == '-')))
        return false;
    for (size_t q = 0; q < n; q++)
        if (to_lower(s[k - n + q]) != (uint8_t)key[q])
            return false;
    return true;
}

/* Whether the address at s[i] is an iCalendar event's "UID:" at its
 * line's start ("UID:4p1q7r2s9t3u8v0w6x5y2z1a3b@google.com"): an event's
 * identifier, as a Message-ID is a message's. */
static bool calendar_uid_at(const uint8_t *s, size_t i)
{
    if (i >= 4 && s[i - 1] == ':' && (s[i - 2] | 0x20) == 'd' && (s[i - 3] | 0x20) == 'i' &&
        (s[i - 4] | 0x20) == 'u' && (i == 4 || s[i - 5] == '\n'))
        return true;
    /* (or folded onto the next line, a blank first: "UID:0f3c...\r\n -meeting-4417@...") */
    if (i < 2 || (s[i - 1] != ' ' && s[i - 1] != '\t') || s[i - 2] != '\n')
        return false;
    size_t e = i - 2;
    if (e > 0 && s[e - 1] == '\r')
        e--;
    size_t b = e;
    while (b > 0 && e - b < 256 && s[b - 1] != '\n')
        b--;
    return e - b > 4 && (b == 0 || s[b - 1] == '\n') && (s[b] | 0x20) == 'u' &&
           (s[b + 1] | 0x20) == 'i' && (s[b + 2] | 0x20) == 'd' && s[b + 3] == ':';
}

/* Where a local part in s[i, at) begins past the last URL-encoded byte
 * that no unquoted local part holds: a link's "mailto:Bob%20Jones%20%3Cbob@"
 * holds a name and '<' before the address; nor, encoded, a URL's or a
 * JSON string's delimiters, which a local part may hold as they are but
 * which only a URL encodes ("dl=...%3Femail%3Dt.nakamura%40docomo.ne.jp",
 * "%7B%22email%22%3A%22liam%40gmail.com"; Outlook's Safe Links join
 * their data's fields with '|', "data=05%7C02%7Cdana%40x.com%7C8f1e"). */
static size_t after_encoded_delimiter(const uint8_t *s, size_t i, size_t at)
{
    size_t from = i;
    for (size_t q = i; q + 3 <= at; q++) {
        if (s[q] != '%' || !is_hex(s[q + 1]) || !is_hex(s[q + 2]))
            continue;
        unsigned c = hex_digit_value(s[q + 1]) << 4 | hex_digit_value(s[q + 2]);
        if (c <= ' ' || strchr("\"&(),/:;<=>?@[\\]{}|", (int)c))
            from = q + 3;
    }
    return from;
}

/* The address around its '@' at `at`, written in sep bytes ('@', or the
 * URL encoding "%40"). */
/* Top-level names that no registry delegates but that name the hosts of a
 * private network (RFC 6762's "local", ICANN's "internal", the customary
 * "lan", "corp", "home", "intranet", "private", "localdomain") or those
 * of documentation and tests (RFC 2606's "example", "test", "invalid"):
 * an Active Directory user's "jdoe@corp.local" names a person as much as
 * any address does. */
static bool private_tld(const uint8_t *s, size_t n)
{
    static const char *const names[] = {"corp",    "example", "home",        "internal",
                                         "intranet", "invalid", "lan",        "local",
                                         "localdomain", "private", "test"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t k = 0;
        while (k < n && names[i][k] && to_lower(s[k]) == (uint8_t)names[i][k])
            k++;
        if (k == n && !names[i][k])
            return true;
    }
    return false;
}

static void email_at(const scan_view *v, size_t at, size_t sep)
{
    if (!(v->enabled & ENTITY_MASK(PII_EMAIL_ADDRESS)))
        return;
    const uint8_t *s = v->s;
    size_t floor = at > 80 ? at - 80 : 0;
    /* local part, backwards (past the "#EXT#" that Entra ID puts in a
     * guest's name: "lena.vogt_gmx.de#EXT#@fabrikam.onmicrosoft.com") */
    size_t i = at;
    bool ascii = false;
    if (at >= floor + 6 && memcmp(s + at - 5, "#EXT#", 5) == 0 && local_ascii(s[at - 6]))
        i = at - 5;
    while (i > floor) {
        if (s[i - 1] < 0x80) {
            if (s[i - 1] == '=' && i < at && encoded_recipient(s, floor, i, at)) {
                i--;
                continue;
            }
            /* (a quoted-printable escape of a local part's punctuation:
             * "jane=2Edoe@example.com", the address "jane.doe@...") */
            if (s[i - 1] == '=' && i + 2 < at && qp_local_escape(s + i)) {
                i--;
                continue;
            }
            if (!local_ascii(s[i - 1]))
                break;
            ascii |= is_alnum(s[i - 1]);
            i--;
        } else {
            int32_t cp;
            size_t k = char_before(s, i, floor, &cp);
            if (!k || !part_char(cp, ascii) || uni_thorn_quote(s, v->len, i - k))
                break;
            i -= k;
        }
    }
    /* (longer than any local part, unless an encoded delimiter bounds it:
     * a long URL-encoded URL before "%3Femail%3Djo%40...") */
    bool too_long = i == floor && floor > 0;
    i = after_encoded_delimiter(s, i, at);
    if (too_long && i == floor)
        return;
    /* a quoted-printable '=' ("=3D") before it: a mail's link
     * "?e=3Dalice%40example.com" ('=' is no byte of a local part here) */
    if (i > 0 && s[i - 1] == '=' && at - i > 2 && s[i] == '3' && (s[i + 1] | 0x20) == 'd')
        i += 2;
    /* an escape of JSON or C before it ('\\' is no byte of a local part):
     * Go's HTML-safe "\u003cjane@example.com\u003e", a log's "\njane@..." */
    if (i > 0 && s[i - 1] == '\\') {
        if (s[i] == 'u' && at - i > 5 && is_hex(s[i + 1]) && is_hex(s[i + 2]) &&
            is_hex(s[i + 3]) && is_hex(s[i + 4]))
            i += 5;
        else if (at - i > 1 && strchr("nrtbf", s[i]))
            i += 1;
    }
    /* URL-encoded, '+' is a space (a form's "New+email+is+jo%40gmail.com";
     * an address's own '+' is "%2B" there) */
    if (sep == 3)
        for (size_t q = i; q < at; q++)
            if (s[q] == '+')
                i = q + 1;
    /* (a unified diff's mark at a line's start: "+k.lee@naver.com,...") */
    if (at - i > 1 && (s[i] == '+' || s[i] == '-') && (i == 0 || s[i - 1] == '\n'))
        i++;
    while (i < at && (s[i] == '.' || s[i] == '\''))
        i++;
    /* a form's blank before it ("__dwash83@gmail.com__") */
    if (at - i > 2 && s[i] == '_' && s[i + 1] == '_')
        while (i < at && s[i] == '_')
            i++;
    if (i == at || at - i > 64)
        return;
    if (i > 0 && s[i - 1] == '@')
        return;
    /* (a masked address's last letters: "m******a@gmail.com", "jo***n.
     * sm**h@...", "j•••a@...": no address shown, and no part of one) */
    {
        size_t m = i, marks = 0;
        while (m > 0 && i - m < 32) {
            if (s[m - 1] == '*' || s[m - 1] == '#')
                m--;
            else if (m >= 3 && s[m - 3] == 0xE2 && s[m - 2] == 0x80 && s[m - 1] == 0xA2)
                m -= 3;
            else
                break;
            marks++;
        }
        /* (two marks at least, after a letter or digit: not Markdown's
         * "**ann@...**", nor X12's "EM*eve@..." or a bullet's "Jo•john@...") */
        if (marks >= 2 && m > 0 && is_alnum(s[m - 1]))
            return;
    }
    /* domain, forwards */
    size_t j = at + sep, label_start = j, last_label = j, prev_label = j;
    size_t labels = 0;
    bool label_ascii = false;
    while (j < v->len && j - at <= 254) {
        uint8_t c = s[j];
        if (is_alnum(c) || c == '-') {
            label_ascii = true;
            j++;
        } else if (c >= 0x80) {
            int32_t cp;
            size_t k = char_at(s, v->len, j, &cp);
            if (!k || !part_char(cp, label_ascii) || uni_thorn_quote(s, v->len, j))
                break;
            j += k;
        } else if (c == '.' && j > label_start && j + 1 < v->len &&
                   (is_alnum(s[j + 1]) || s[j + 1] >= 0x80)) {
            labels++;
            j++;
            label_start = j;
            prev_label = last_label;
            last_label = j;
            label_ascii = false;
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
    if (s[i] == '_' && emphasis_pair(v, i, j))
        i++; /* (in an emphasis's '_' pair: "_jane@example.com_") */
    if (remote_path_at(v, i, at, j) || url_userinfo(s, v->len, floor, i, j) ||
        message_id_at(v, i, j) || calendar_uid_at(s, i) || sip_phone_user(s, i, at) ||
        sip_call_id_at(s, i) || content_id_url_at(s, i))
        return;
    if (!tld_known((const char *)s + last_label, j - last_label) &&
        !private_tld(s + last_label, j - last_label)) {
        /* (a file named after the address, its extension no domain's:
         * Outlook's "ebrooks@meridianhealth.org.pst") */
        if (labels < 2 || !tld_known((const char *)s + prev_label, last_label - 1 - prev_label))
            return;
        j = last_label - 1;
        last_label = prev_label;
    }
    if (sep == 1) {
        if (!pii_email_ok((const char *)s + i, j - i))
            return;
    } else {
        /* validated as it reads decoded (the local part is at most 64
         * bytes, the domain 254: both checked above) */
        char addr[64 + 1 + 255];
        size_t nl = at - i, nd = j - at - sep;
        memcpy(addr, s + i, nl);
        addr[nl] = '@';
        memcpy(addr + nl + 1, s + at + sep, nd);
        bool ok = pii_email_ok(addr, nl + 1 + nd);
        sodium_memzero(addr, sizeof addr); /* a copy of input */
        if (!ok)
            return;
    }
    propose(v, PII_EMAIL_ADDRESS, i, j, 0.9f, 1.0f, PII_FLAG_VALIDATED, NULL);
}

void detect_email(const scan_view *v, size_t at) { email_at(v, at, 1); }

void detect_email_encoded(const scan_view *v, size_t at)
{
    if (at + 3 <= v->len && v->s[at] == '%' && v->s[at + 1] == '4' && v->s[at + 2] == '0')
        email_at(v, at, 3);
}
