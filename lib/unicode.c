/*
 * unicode.c - Unicode-aware word boundaries (utf8proc categories).
 *
 * A word character is a letter, mark or number of any script, or '_'.  A
 * number glued to such a character is part of a longer token and not an ID,
 * except in scripts written without spaces (Chinese, Japanese, Thai ...),
 * where numbers sit right next to words.
 * Invalid UTF-8 is never a word character, so it never hides or joins
 * anything.
 */
#include <utf8proc.h>

#include "internal.h"

bool uni_is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return is_alnum((uint8_t)cp) || cp == '_';
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

/* Scripts written without spaces between words.  A number touching one of
 * their characters is not glued to a word ("信用卡4111..." is a card), and in
 * context each such character is a word of its own. */
bool uni_is_unspaced_script(int32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) ||   /* Hiragana, Katakana */
           (cp >= 0x31F0 && cp <= 0x31FF) ||   /* Katakana extensions */
           (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK extension A */
           (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified ideographs */
           (cp >= 0xF900 && cp <= 0xFAFF) ||   /* CJK compatibility */
           (cp >= 0xFF66 && cp <= 0xFF9F) ||   /* half-width Katakana */
           (cp >= 0x20000 && cp <= 0x3FFFF) || /* CJK extensions B and later */
           (cp >= 0x0E00 && cp <= 0x0EFF) ||   /* Thai, Lao */
           (cp >= 0x1000 && cp <= 0x109F) ||   /* Myanmar */
           (cp >= 0x1780 && cp <= 0x17FF);     /* Khmer */
}

bool uni_is_hangul(int32_t cp)
{
    return (cp >= 0xAC00 && cp <= 0xD7FF) || /* syllables, Jamo extended B */
           (cp >= 0x1100 && cp <= 0x11FF) || /* Jamo */
           (cp >= 0x3130 && cp <= 0x318F) || /* compatibility Jamo */
           (cp >= 0xA960 && cp <= 0xA97F) || /* Jamo extended A */
           (cp >= 0xFFA0 && cp <= 0xFFDC);   /* half-width */
}

/* Word characters for ID boundaries: letters, marks and numbers, except
 * those of scripts without spaces, and Hangul. */
static bool glue_cp(int32_t cp)
{
    return uni_is_word_cp(cp) && !uni_is_unspaced_script(cp) && !uni_is_hangul(cp);
}

bool uni_thorn_quote(const uint8_t *s, size_t len, size_t pos)
{
    if (pos + 1 >= len || s[pos] != 0xC3 || s[pos + 1] != 0xBE)
        return false;
    uint8_t before = pos > 0 ? s[pos - 1] : '\n', after = pos + 2 < len ? s[pos + 2] : '\n';
    return before == 0x14 || before == '\n' || before == '\r' || after == 0x14 || after == '\n' ||
           after == '\r';
}

bool uni_glue_at(const uint8_t *s, size_t len, size_t pos)
{
    if (uni_thorn_quote(s, len, pos))
        return false;
    utf8proc_int32_t cp;
    size_t avail = len - pos;
    if (avail > 4)
        avail = 4;
    if (utf8proc_iterate(s + pos, (utf8proc_ssize_t)avail, &cp) <= 0)
        return false;
    return glue_cp(cp);
}

bool uni_glue_before(const uint8_t *s, size_t pos)
{
    /* Back up over at most three continuation bytes to a lead byte. */
    size_t start = pos - 1;
    for (int k = 0; k < 3 && start > 0 && (s[start] & 0xC0) == 0x80; k++)
        start--;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(s + start, (utf8proc_ssize_t)(pos - start), &cp);
    if (n <= 0 || (size_t)n != pos - start)
        return false;
    if (cp == 0xFE && (start == 0 || s[start - 1] == 0x14 || s[start - 1] == '\n' ||
                       s[start - 1] == '\r'))
        return false; /* (uni_thorn_quote(), its byte after being the token's) */
    return glue_cp(cp);
}

size_t uni_decode(const uint8_t *s, size_t len, size_t i, int32_t *cp)
{
    if (s[i] < 0x80) {
        *cp = s[i];
        return 1;
    }
    utf8proc_int32_t c;
    size_t avail = len - i < 4 ? len - i : 4;
    utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)avail, &c);
    if (k <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = c;
    return (size_t)k;
}
