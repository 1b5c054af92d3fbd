/* common.c - proposing a candidate, and the boundary helpers too long to
 * be inline in detectors.h (a file's extension, an emphasis's '_' pair). */
#include <stdbool.h>
#include <string.h>

#include "detectors.h"

cand *propose(const scan_view *v, int entity, size_t start, size_t end, float base,
              float with_ctx, uint16_t flags, const char *subtype)
{
    if (!(v->enabled & ENTITY_MASK(entity)))
        return NULL;
    /* (under the bar with no word near, it would stay there) */
    if (base <= BARE_SCORE_MAX && entity < PII_ENTITY_BUILTIN_COUNT && (v->far & ENTITY_MASK(entity)))
        return NULL;
    cand *c = cand_push(v->out);
    if (!c)
        return NULL;
    c->start = view_abs_start(v, start);
    c->end = view_abs_end(v, end);
    if (v->nv && c->end - c->start != end - start)
        flags |= PII_FLAG_NORMALIZED; /* written with other characters */
    c->base = base;
    c->with_ctx = with_ctx;
    c->entity = (uint16_t)entity;
    c->flags = flags;
    if (subtype) {
        size_t n = strlen(subtype);
        if (n >= PII_SUBTYPE_MAX)
            n = PII_SUBTYPE_MAX - 1;
        memcpy(c->subtype, subtype, n);
        c->subtype[n] = '\0';
    }
    return c;
}

bool next_field_after(const uint8_t *s, size_t len, size_t e)
{
    if (e == 0 || !is_digit(s[e - 1]))
        return false;
    size_t k = e + 1;
    while (k < len && k - e <= 12 && is_upper(s[k]))
        k++;
    return k - e >= 3 && k < len && (s[k] == ':' || s[k] == '/');
}

bool sofia_channel_user_at(const uint8_t *s, size_t p)
{
    if (p < 9 || s[p - 1] != '/')
        return false;
    size_t k = p - 1; /* the profile's name, back to its '/' */
    while (k > 0 && p - k < 33 && (is_alnum(s[k - 1]) || s[k - 1] == '_' || s[k - 1] == '-' ||
                                   s[k - 1] == '.'))
        k--;
    if (k == p - 1 || k < 6 || s[k - 1] != '/')
        return false;
    k--;
    static const char sofia[] = "sofia";
    for (size_t i = 0; i < 5; i++)
        if ((s[k - 5 + i] | 0x20) != sofia[i])
            return false;
    return k == 5 || !is_alnum(s[k - 6]);
}

bool file_extension_at(const uint8_t *s, size_t len, size_t e)
{
    static const struct {
        char w[5];
        uint8_t n;
    } ext[] = {{"7z", 2},   {"csv", 3},  {"doc", 3},  {"eml", 3},  {"gif", 3},  {"jpg", 3},
               {"m4a", 3},  {"mov", 3},  {"mp3", 3},  {"mp4", 3},  {"msg", 3},  {"ogg", 3},
               {"pdf", 3},  {"png", 3},  {"rar", 3},  {"rtf", 3},  {"tif", 3},  {"txt", 3},
               {"vcf", 3},  {"wav", 3},  {"xls", 3},  {"xml", 3},  {"zip", 3},  {"docx", 4},
               {"heic", 4}, {"jpeg", 4}, {"json", 4}, {"opus", 4}, {"tiff", 4}, {"xlsx", 4}};
    if (e >= len || s[e] != '.')
        return false;
    size_t n = 0;
    while (e + 1 + n < len && n < 5 && is_alnum(s[e + 1 + n]))
        n++;
    if (n < 2 || n > 4 || (e + 1 + n < len && (s[e + 1 + n] == '.' || uni_word_at(s, len, e + 1 + n))))
        return false;
    char low[5];
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(s[e + 1 + k] | 0x20);
    for (size_t k = 0; k < sizeof ext / sizeof ext[0]; k++)
        if (ext[k].n == n && ext[k].w[0] == low[0] && memcmp(ext[k].w, low, n) == 0)
            return true;
    return false;
}

bool emphasis_pair(const scan_view *v, size_t a, size_t b)
{
    const uint8_t *s = v->s;
    if (s[a] != '_' || b >= v->len || s[b] != '_' || b <= a + 1 || b - a > 48)
        return false;
    if (a > 0 && (is_alnum(s[a - 1]) || s[a - 1] == '_' || s[a - 1] >= 0x80))
        return false;
    if (b + 1 < v->len && (is_alnum(s[b + 1]) || s[b + 1] == '_' || s[b + 1] >= 0x80))
        return false;
    for (size_t k = a + 1; k < b; k++)
        if (!is_alnum(s[k]) && s[k] != '-' && s[k] != '.' && s[k] != ' ' && s[k] != '@' &&
            s[k] != '+' && s[k] != '(' && s[k] != ')')
            return false;
    return true;
}

size_t emphasis_close_after(const scan_view *v, size_t p)
{
    for (size_t k = p; k < v->len && k - p < 48; k++)
        if (v->s[k] == '_')
            return emphasis_pair(v, p - 1, k) ? k : SIZE_MAX;
    return SIZE_MAX;
}

bool emphasis_close_at(const scan_view *v, size_t e)
{
    for (size_t k = e; k > 0 && e - k < 48; k--)
        if (v->s[k - 1] == '_')
            return emphasis_pair(v, k - 1, e);
    return false;
}
