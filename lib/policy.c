/*
 * policy.c - YAML policies (pii_builder_load_policy), parsed with libyaml.
 *
 *   min_score: 0.5
 *   entities: {enable: [..], disable: [..]}     built-in names
 *   operators: {default: SPEC, ENTITY: SPEC or {op, keep_last, char, format, hex}}
 *   allow: [values]
 *   rules: [{entity, pattern, score, context: [..], validator, category}]
 *
 * All-or-nothing: the policy is applied to a deep copy of the builder's
 * state, in a fixed order (rules first, so that operators can name the
 * custom entities they define; then entities, min_score, allow, operators
 * with "default" before the others), and the copy replaces the builder's
 * state only when every step succeeded.  On any error the builder is as it
 * was, except for pii_builder_error(), which says "NAME:LINE: reason".
 *
 * Messages quote schema keys, never values: an allowed value, a pattern or
 * an entity name stays out of them (the line number locates it).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "internal.h"

/* A policy file larger than this is refused (PII_ERR_IO). */
#define POLICY_MAX_BYTES (16u << 20)

typedef struct policy {
    yaml_document_t doc;
    const char *name;
    pii_builder *target; /* gets the error message */
    pii_builder work;    /* deep copy the policy is applied to */
} policy;

/* ---- errors ---- */

static int vfail(policy *p, int code, size_t line, const char *fmt, va_list ap)
{
    char reason[200];
    vsnprintf(reason, sizeof reason, fmt, ap);
    snprintf(p->target->error, sizeof p->target->error, "%s:%zu: %s", p->name, line, reason);
    return code;
}

static int fail_at(policy *p, const yaml_node_t *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = vfail(p, PII_ERR_POLICY, n ? n->start_mark.line + 1 : 1, fmt, ap);
    va_end(ap);
    return rc;
}

/* A key as it may appear in a message: printable ASCII, at most 32 bytes. */
/* A key as it may appear in a message: only word-like keys (letters, '_',
 * '-', '.') are echoed, so a mistyped option name is shown but a key that
 * could be data (digits, '@', anything else) never is. */
static const char *shown_key(const yaml_node_t *k, char buf[40])
{
    bool wordlike = k && k->type == YAML_SCALAR_NODE && k->data.scalar.length > 0 &&
                    k->data.scalar.length <= 32;
    for (size_t i = 0; wordlike && i < k->data.scalar.length; i++) {
        unsigned char c = k->data.scalar.value[i];
        wordlike = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' ||
                   c == '.';
    }
    if (!wordlike)
        return "(not shown: not a name)";
    size_t n = k->data.scalar.length;
    buf[0] = '\'';
    memcpy(buf + 1, k->data.scalar.value, n);
    buf[n + 1] = '\'';
    buf[n + 2] = '\0';
    return buf;
}

/* ---- node access ---- */

static yaml_node_t *node(policy *p, int id) { return yaml_document_get_node(&p->doc, id); }

static const char *type_name(const yaml_node_t *n)
{
    switch (n->type) {
    case YAML_SCALAR_NODE:
        return "a scalar";
    case YAML_SEQUENCE_NODE:
        return "a list";
    case YAML_MAPPING_NODE:
        return "a mapping";
    default:
        return "nothing";
    }
}

static bool is_null(const yaml_node_t *n)
{
    if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const char *v = (const char *)n->data.scalar.value;
    return n->data.scalar.length == 0 || !strcmp(v, "~") || !strcmp(v, "null") ||
           !strcmp(v, "Null") || !strcmp(v, "NULL");
}

/* A string value: any non-null scalar without NUL bytes. */
static int get_string(policy *p, const yaml_node_t *n, const char *key, const char **out)
{
    if (n->type != YAML_SCALAR_NODE || is_null(n))
        return fail_at(p, n, "'%s' must be a string, not %s", key,
                       is_null(n) ? "null" : type_name(n));
    if (strlen((const char *)n->data.scalar.value) != n->data.scalar.length)
        return fail_at(p, n, "'%s' must not contain NUL bytes", key);
    *out = (const char *)n->data.scalar.value;
    return PII_OK;
}

/* A number: a plain scalar [+-]digits[.digits][e[+-]digits], parsed without
 * the locale (strtod would read "0,5" in some and not "0.5"). */
static int get_number(policy *p, const yaml_node_t *n, const char *key, double *out)
{
    if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE ||
        is_null(n))
        return fail_at(p, n, "'%s' must be a number", key);
    const char *s = (const char *)n->data.scalar.value;
    double v = 0, scale = 1;
    bool neg = false, digits = false;
    if (*s == '+' || *s == '-')
        neg = *s++ == '-';
    for (; *s >= '0' && *s <= '9'; s++, digits = true)
        v = v * 10 + (*s - '0');
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++, digits = true)
            v += (*s - '0') * (scale /= 10);
    if (digits && (*s == 'e' || *s == 'E')) {
        s++;
        bool eneg = false;
        int e = 0;
        if (*s == '+' || *s == '-')
            eneg = *s++ == '-';
        if (!(*s >= '0' && *s <= '9'))
            digits = false;
        for (; *s >= '0' && *s <= '9'; s++)
            if (e < 400)
                e = e * 10 + (*s - '0');
        for (; e > 0; e--)
            v = eneg ? v / 10 : v * 10;
    }
    if (!digits || *s)
        return fail_at(p, n, "'%s' must be a number", key);
    *out = neg ? -v : v;
    return PII_OK;
}

/* A small non-negative integer (plain scalar). */
static int get_uint(policy *p, const yaml_node_t *n, const char *key, unsigned max,
                    unsigned *out)
{
    if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE ||
        n->data.scalar.length == 0 || n->data.scalar.length > 9)
        return fail_at(p, n, "'%s' must be a whole number", key);
    unsigned v = 0;
    for (size_t i = 0; i < n->data.scalar.length; i++) {
        unsigned char c = n->data.scalar.value[i];
        if (c < '0' || c > '9')
            return fail_at(p, n, "'%s' must be a whole number", key);
        v = v * 10 + (c - '0');
    }
    if (v > max)
        return fail_at(p, n, "'%s' must be at most %u", key, max);
    *out = v;
    return PII_OK;
}

/* Check a mapping: keys are scalars from `keys`, none twice.  vals[i] gets
 * the value of keys[i] (NULL when absent), kn[i] its key node. */
static int get_map(policy *p, const yaml_node_t *m, const char *what, const char *const *keys,
                   size_t nkeys, yaml_node_t **vals, yaml_node_t **kn)
{
    if (m->type != YAML_MAPPING_NODE)
        return fail_at(p, m, "%s must be a mapping, not %s", what,
                       is_null(m) ? "null" : type_name(m));
    for (size_t i = 0; i < nkeys; i++)
        vals[i] = kn[i] = NULL;
    for (yaml_node_pair_t *pr = m->data.mapping.pairs.start; pr < m->data.mapping.pairs.top;
         pr++) {
        yaml_node_t *k = node(p, pr->key), *v = node(p, pr->value);
        char shown[40];
        if (!k || !v || k->type != YAML_SCALAR_NODE)
            return fail_at(p, k, "keys of %s must be names", what);
        size_t i = 0;
        while (i < nkeys && !(strlen(keys[i]) == k->data.scalar.length &&
                              !memcmp(keys[i], k->data.scalar.value, k->data.scalar.length)))
            i++;
        if (i == nkeys)
            return fail_at(p, k, "unknown key %s in %s", shown_key(k, shown), what);
        if (vals[i])
            return fail_at(p, k, "duplicate key '%s' in %s (first on line %zu)", keys[i], what,
                           kn[i]->start_mark.line + 1);
        vals[i] = v;
        kn[i] = k;
    }
    return PII_OK;
}

static int check_seq(policy *p, const yaml_node_t *n, const char *what)
{
    if (n->type != YAML_SEQUENCE_NODE)
        return fail_at(p, n, "'%s' must be a list, not %s", what,
                       is_null(n) ? "null" : type_name(n));
    return PII_OK;
}

/* ---- builder state: deep copy, release ---- */

static void parts_free(pii_builder *b)
{
    for (size_t i = 0; i < b->nrules; i++)
        rule_free(&b->rules[i]);
    free(b->rules);
    free(b->names);
    allow_free(&b->allow);
    free(b->ops);
    b->rules = NULL;
    b->names = NULL;
    b->ops = NULL;
    b->nrules = b->cap_rules = b->nnames = b->nops = 0;
}

/* Copy b into w, duplicating everything a policy can change. */
static int parts_copy(pii_builder *w, const pii_builder *b)
{
    *w = *b;
    w->rules = NULL;
    w->names = NULL;
    w->ops = NULL;
    w->nrules = w->cap_rules = w->nnames = w->nops = 0;
    memset(&w->allow, 0, sizeof w->allow);
    int rc = rules_copy(&w->rules, b->rules, b->nrules);
    if (rc != PII_OK)
        return rc;
    w->nrules = w->cap_rules = b->nrules;
    if (b->nnames) {
        w->names = malloc(b->nnames * sizeof *w->names);
        if (!w->names)
            return PII_ERR_NOMEM;
        memcpy(w->names, b->names, b->nnames * sizeof *w->names);
        w->nnames = b->nnames;
    }
    if (b->nops) {
        w->ops = malloc(b->nops * sizeof *w->ops);
        if (!w->ops)
            return PII_ERR_NOMEM;
        memcpy(w->ops, b->ops, b->nops * sizeof *w->ops);
        w->nops = b->nops;
    }
    return allow_copy(&w->allow, &b->allow);
}

/* The builder's message after a failed call on the work copy, without the
 * "rule N: " prefix rules.c puts in front (N counts the builder's rules). */
static const char *work_error(const policy *p)
{
    const char *m = p->work.error;
    if (!strncmp(m, "rule ", 5)) {
        const char *c = strstr(m, ": ");
        if (c)
            m = c + 2;
    }
    return m[0] ? m : "invalid value";
}

static int nomem(policy *p)
{
    snprintf(p->target->error, sizeof p->target->error, "%s: out of memory", p->name);
    return PII_ERR_NOMEM;
}

/* ---- sections ---- */

static bool valid_entity_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > ENTITY_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return false;
    return true;
}

static int apply_rule(policy *p, yaml_node_t *rn, size_t idx)
{
    static const char *const keys[] = {"entity",    "pattern",  "score",
                                       "context",   "validator", "category"};
    enum { K_ENTITY, K_PATTERN, K_SCORE, K_CONTEXT, K_VALIDATOR, K_CATEGORY, K_N };
    yaml_node_t *v[K_N], *k[K_N];
    char what[48];
    snprintf(what, sizeof what, "rule %zu", idx + 1);
    int rc = get_map(p, rn, what, keys, K_N, v, k);
    if (rc != PII_OK)
        return rc;
    pii_rule r;
    memset(&r, 0, sizeof r);
    r.score = PII_DEFAULT_MIN_SCORE;
    if (!v[K_ENTITY])
        return fail_at(p, rn, "%s has no 'entity'", what);
    if (!v[K_PATTERN])
        return fail_at(p, rn, "%s has no 'pattern'", what);
    if ((rc = get_string(p, v[K_ENTITY], "entity", &r.entity)) != PII_OK ||
        (rc = get_string(p, v[K_PATTERN], "pattern", &r.pattern)) != PII_OK)
        return rc;
    if (!valid_entity_name(r.entity))
        return fail_at(p, v[K_ENTITY], "entity name must be 1-32 of A-Z, 0-9 and '_'");
    if (pii_entity_from_name(r.entity) >= 0)
        return fail_at(p, v[K_ENTITY], "a rule's entity must not be a built-in entity name");
    if (v[K_SCORE]) {
        if ((rc = get_number(p, v[K_SCORE], "score", &r.score)) != PII_OK)
            return rc;
        if (!(r.score > 0.0 && r.score <= 1.0))
            return fail_at(p, v[K_SCORE], "score out of range: must be in (0, 1]");
    }
    if (v[K_VALIDATOR] && (rc = get_string(p, v[K_VALIDATOR], "validator", &r.validator)) != PII_OK)
        return rc;
    if (v[K_CATEGORY]) {
        if ((rc = get_string(p, v[K_CATEGORY], "category", &r.category)) != PII_OK)
            return rc;
        size_t n = strlen(r.category);
        if (n == 0 || n > ENTITY_NAME_MAX)
            return fail_at(p, v[K_CATEGORY], "category must be 1-32 bytes");
    }
    const char **words = NULL;
    if (v[K_CONTEXT]) {
        yaml_node_t *c = v[K_CONTEXT];
        if ((rc = check_seq(p, c, "context")) != PII_OK)
            return rc;
        size_t n = (size_t)(c->data.sequence.items.top - c->data.sequence.items.start);
        words = calloc(n ? n : 1, sizeof *words);
        if (!words)
            return nomem(p);
        for (size_t i = 0; i < n; i++) {
            yaml_node_t *w = node(p, c->data.sequence.items.start[i]);
            if (!w || (rc = get_string(p, w, "context", &words[i])) != PII_OK) {
                free(words);
                return w ? rc : fail_at(p, c, "bad 'context' list");
            }
            if (!words[i][0]) {
                free(words);
                return fail_at(p, w, "context words must not be empty");
            }
        }
        r.context = words;
        r.ncontext = n;
    }
    rc = pii_builder_add_rule(&p->work, &r);
    free(words);
    if (rc >= 0)
        return PII_OK;
    if (rc == PII_ERR_NOMEM)
        return nomem(p);
    if (rc == PII_ERR_UNSUPPORTED && v[K_VALIDATOR])
        return fail_at(p, v[K_VALIDATOR], "%s", work_error(p));
    if (rc == PII_ERR_PATTERN)
        return fail_at(p, v[K_PATTERN], "bad pattern: %s", work_error(p));
    return fail_at(p, rn, "%s", work_error(p));
}

static int apply_rules(policy *p, yaml_node_t *n)
{
    int rc = check_seq(p, n, "rules");
    if (rc != PII_OK)
        return rc;
    for (yaml_node_item_t *it = n->data.sequence.items.start;
         rc == PII_OK && it < n->data.sequence.items.top; it++)
        rc = apply_rule(p, node(p, *it), (size_t)(it - n->data.sequence.items.start));
    return rc;
}

/* A list of built-in entity names as a mask. */
static int entity_list(policy *p, yaml_node_t *n, const char *key, uint32_t *mask)
{
    int rc = check_seq(p, n, key);
    *mask = 0;
    if (rc != PII_OK)
        return rc;
    for (yaml_node_item_t *it = n->data.sequence.items.start;
         rc == PII_OK && it < n->data.sequence.items.top; it++) {
        yaml_node_t *e = node(p, *it);
        const char *name = NULL; /* (set when get_string succeeds) */
        if ((rc = get_string(p, e, key, &name)) != PII_OK)
            break;
        int id = pii_entity_from_name(name);
        if (id < 0)
            return fail_at(p, e, "unknown entity in '%s' (expected a built-in entity name)", key);
        *mask |= ENTITY_MASK(id);
    }
    return rc;
}

static int apply_entities(policy *p, yaml_node_t *n)
{
    static const char *const keys[] = {"enable", "disable"};
    yaml_node_t *v[2], *k[2];
    int rc = get_map(p, n, "'entities'", keys, 2, v, k);
    uint32_t en = 0, dis = 0;
    if (rc == PII_OK && v[0])
        rc = entity_list(p, v[0], "enable", &en);
    if (rc == PII_OK && v[1])
        rc = entity_list(p, v[1], "disable", &dis);
    if (rc != PII_OK)
        return rc;
    /* enable: exactly these built-in entities; disable: all but these */
    if (v[0])
        p->work.enabled = en;
    p->work.enabled &= ~dis;
    return PII_OK;
}

static int apply_allow(policy *p, yaml_node_t *n)
{
    int rc = check_seq(p, n, "allow");
    if (rc != PII_OK)
        return rc;
    for (yaml_node_item_t *it = n->data.sequence.items.start;
         rc == PII_OK && it < n->data.sequence.items.top; it++) {
        yaml_node_t *e = node(p, *it);
        if (e->type != YAML_SCALAR_NODE || is_null(e))
            return fail_at(p, e, "'allow' values must be strings");
        size_t len = e->data.scalar.length;
        if (len == 0 || len > 1024)
            return fail_at(p, e, "'allow' values must be 1..1024 bytes");
        rc = pii_builder_allow(&p->work, (const char *)e->data.scalar.value, len);
        if (rc == PII_ERR_NOMEM)
            return nomem(p);
        if (rc != PII_OK)
            return fail_at(p, e, "%s", work_error(p));
    }
    return rc;
}

/* An operator value as a spec string: "mask:keep=4,char=*" ... */
static int operator_spec(policy *p, yaml_node_t *n, char *spec, size_t cap)
{
    if (n->type == YAML_SCALAR_NODE) {
        const char *s;
        int rc = get_string(p, n, "operator", &s);
        if (rc != PII_OK)
            return rc;
        if (strlen(s) >= cap)
            return fail_at(p, n, "operator spec longer than %zu bytes", cap - 1);
        strcpy(spec, s);
        return PII_OK;
    }
    static const char *const keys[] = {"op", "keep_last", "char", "hex", "format"};
    enum { K_OP, K_KEEP, K_CHAR, K_HEX, K_FORMAT, K_N };
    yaml_node_t *v[K_N], *k[K_N];
    if (n->type != YAML_MAPPING_NODE)
        return fail_at(p, n, "an operator must be a spec string or a mapping, not %s",
                       is_null(n) ? "null" : type_name(n));
    int rc = get_map(p, n, "an operator", keys, K_N, v, k);
    if (rc != PII_OK)
        return rc;
    if (!v[K_OP])
        return fail_at(p, n, "operator has no 'op'");
    const char *op, *ch = NULL, *fmt = NULL;
    unsigned keep = 0, hex = 0;
    if ((rc = get_string(p, v[K_OP], "op", &op)) != PII_OK)
        return rc;
    if (strchr(op, ':') || strchr(op, ','))
        return fail_at(p, v[K_OP], "'op' must be tag, mask, remove, hash or keep");
    if (v[K_KEEP] && (rc = get_uint(p, v[K_KEEP], "keep_last", 64, &keep)) != PII_OK)
        return rc;
    if (v[K_HEX] && (rc = get_uint(p, v[K_HEX], "hex", 64, &hex)) != PII_OK)
        return rc;
    if (v[K_CHAR]) {
        if ((rc = get_string(p, v[K_CHAR], "char", &ch)) != PII_OK)
            return rc;
        if (strchr(ch, ','))
            return fail_at(p, v[K_CHAR], "',' cannot be a mask character");
    }
    if (v[K_FORMAT] && (rc = get_string(p, v[K_FORMAT], "format", &fmt)) != PII_OK)
        return rc;
    size_t len = (size_t)snprintf(spec, cap, "%s", op);
    const char *sep = ":";
    if (v[K_KEEP] && len < cap)
        len += (size_t)snprintf(spec + len, cap - len, "%skeep=%u", sep, keep), sep = ",";
    if (ch && len < cap)
        len += (size_t)snprintf(spec + len, cap - len, "%schar=%s", sep, ch), sep = ",";
    if (v[K_HEX] && len < cap)
        len += (size_t)snprintf(spec + len, cap - len, "%shex=%u", sep, hex), sep = ",";
    if (fmt && len < cap) /* format runs to the end of a spec: last */
        len += (size_t)snprintf(spec + len, cap - len, "%sformat=%s", sep, fmt);
    if (len >= cap)
        return fail_at(p, n, "operator too long");
    return PII_OK;
}

static int set_operator(policy *p, int entity, yaml_node_t *val)
{
    char spec[sizeof p->work.ops[0].spec];
    int rc = operator_spec(p, val, spec, sizeof spec);
    if (rc != PII_OK)
        return rc;
    rc = pii_builder_set_operator_spec(&p->work, entity, spec);
    if (rc == PII_ERR_NOMEM)
        return nomem(p);
    if (rc != PII_OK)
        return fail_at(p, val, "bad operator: %s", work_error(p));
    return PII_OK;
}

static int apply_operators(policy *p, yaml_node_t *n)
{
    if (n->type != YAML_MAPPING_NODE)
        return fail_at(p, n, "'operators' must be a mapping, not %s",
                       is_null(n) ? "null" : type_name(n));
    yaml_node_pair_t *start = n->data.mapping.pairs.start, *top = n->data.mapping.pairs.top;
    /* keys: scalars, none twice */
    for (yaml_node_pair_t *a = start; a < top; a++) {
        yaml_node_t *k = node(p, a->key);
        if (!k || k->type != YAML_SCALAR_NODE)
            return fail_at(p, k ? k : n, "keys of 'operators' must be entity names or 'default'");
        for (yaml_node_pair_t *b = start; b < a; b++) {
            yaml_node_t *kb = node(p, b->key);
            if (kb->data.scalar.length == k->data.scalar.length &&
                !memcmp(kb->data.scalar.value, k->data.scalar.value, k->data.scalar.length))
                return fail_at(p, k, "duplicate key in 'operators' (first on line %zu)",
                               kb->start_mark.line + 1);
        }
    }
    /* "default" first: later operators override it for their entity */
    for (int pass = 0; pass < 2; pass++)
        for (yaml_node_pair_t *a = start; a < top; a++) {
            yaml_node_t *k = node(p, a->key);
            const char *name = (const char *)k->data.scalar.value;
            bool is_default = !strcmp(name, "default");
            if (is_default != (pass == 0))
                continue;
            int entity = PII_ALL_ENTITIES;
            if (!is_default) {
                entity = pii_entity_from_name(name);
                for (size_t i = 0; entity < 0 && i < p->work.nnames; i++)
                    if (!strcmp(p->work.names[i], name))
                        entity = PII_ENTITY_BUILTIN_COUNT + (int)i;
                if (entity < 0)
                    return fail_at(p, k,
                                   "unknown entity in 'operators' (expected 'default', a "
                                   "built-in entity or one defined by a rule)");
            }
            int rc = set_operator(p, entity, node(p, a->value));
            if (rc != PII_OK)
                return rc;
        }
    return PII_OK;
}

static int apply_root(policy *p, yaml_node_t *root)
{
    static const char *const keys[] = {"min_score", "entities", "operators", "allow", "rules"};
    enum { K_MIN, K_ENTITIES, K_OPERATORS, K_ALLOW, K_RULES, K_N };
    yaml_node_t *v[K_N], *k[K_N];
    int rc = get_map(p, root, "the policy", keys, K_N, v, k);
    if (rc == PII_OK && v[K_RULES])
        rc = apply_rules(p, v[K_RULES]);
    if (rc == PII_OK && v[K_ENTITIES])
        rc = apply_entities(p, v[K_ENTITIES]);
    if (rc == PII_OK && v[K_MIN]) {
        double s;
        rc = get_number(p, v[K_MIN], "min_score", &s);
        if (rc == PII_OK && !(s >= 0.0 && s <= 1.0))
            rc = fail_at(p, v[K_MIN], "min_score out of range: must be in [0, 1]");
        if (rc == PII_OK)
            p->work.min_score = s;
    }
    if (rc == PII_OK && v[K_ALLOW])
        rc = apply_allow(p, v[K_ALLOW]);
    if (rc == PII_OK && v[K_OPERATORS])
        rc = apply_operators(p, v[K_OPERATORS]);
    return rc;
}

/* ---- parsing ---- */

static int syntax_error(policy *p, const yaml_parser_t *ps, const char *yaml, size_t len)
{
    if (ps->error == YAML_MEMORY_ERROR)
        return nomem(p);
    size_t line;
    if (ps->error == YAML_READER_ERROR) {
        /* only a byte offset: count the lines before it */
        line = 1;
        for (size_t i = 0; i < ps->problem_offset && i < len; i++)
            line += yaml[i] == '\n';
    } else {
        line = ps->problem_mark.line + 1;
    }
    const char *problem = ps->problem ? ps->problem : "malformed YAML";
    snprintf(p->target->error, sizeof p->target->error, "%s:%zu: YAML syntax error: %s%s%s%s",
             p->name, line, problem, ps->context ? " (" : "", ps->context ? ps->context : "",
             ps->context ? ")" : "");
    return PII_ERR_POLICY;
}

int pii_builder_load_policy_string(pii_builder *b, const char *yaml, size_t len, const char *name)
{
    if (!b || (!yaml && len))
        return PII_ERR_NULL;
    policy p;
    memset(&p, 0, sizeof p);
    p.name = name ? name : "<policy>";
    p.target = b;

    yaml_parser_t ps;
    if (!yaml_parser_initialize(&ps))
        return nomem(&p);
    yaml_parser_set_input_string(&ps, (const unsigned char *)(yaml ? yaml : ""), len);
    yaml_parser_set_encoding(&ps, YAML_UTF8_ENCODING);
    if (!yaml_parser_load(&ps, &p.doc)) {
        int rc = syntax_error(&p, &ps, yaml, len);
        yaml_parser_delete(&ps);
        return rc;
    }
    int rc = PII_OK;
    yaml_node_t *root = yaml_document_get_root_node(&p.doc);
    if (root) {
        /* one document only */
        yaml_document_t next;
        if (!yaml_parser_load(&ps, &next)) {
            rc = syntax_error(&p, &ps, yaml, len);
        } else {
            yaml_node_t *r2 = yaml_document_get_root_node(&next);
            if (r2)
                rc = fail_at(&p, r2, "a policy is a single YAML document");
            yaml_document_delete(&next);
        }
    }
    yaml_parser_delete(&ps);

    if (root && is_null(root))
        root = NULL; /* "---" alone, or "~": an empty policy */
    if (rc == PII_OK && root) {
        rc = parts_copy(&p.work, b);
        if (rc != PII_OK)
            rc = nomem(&p);
        else
            rc = apply_root(&p, root);
        if (rc == PII_OK) {
            /* commit: the work copy becomes the builder's state */
            pii_builder old = *b;
            *b = p.work;
            parts_free(&old);
            memset(&p.work, 0, sizeof p.work);
        } else {
            parts_free(&p.work);
        }
    }
    yaml_document_delete(&p.doc);
    if (rc == PII_OK)
        b->error[0] = '\0';
    return rc;
}

int pii_builder_load_policy(pii_builder *b, const char *path)
{
    if (!b || !path)
        return PII_ERR_NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        snprintf(b->error, sizeof b->error, "%s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return PII_ERR_IO;
    }
    if (S_ISDIR(st.st_mode) || (S_ISREG(st.st_mode) && (uint64_t)st.st_size > POLICY_MAX_BYTES)) {
        snprintf(b->error, sizeof b->error, "%s: %s", path,
                 S_ISDIR(st.st_mode) ? "is a directory" : "policy file larger than 16 MiB");
        close(fd);
        return PII_ERR_IO;
    }
    size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536, len = 0;
    char *buf = malloc(cap);
    if (!buf) {
        close(fd);
        snprintf(b->error, sizeof b->error, "%s: out of memory", path);
        return PII_ERR_NOMEM;
    }
    for (;;) {
        if (len == cap) {
            if (cap >= POLICY_MAX_BYTES) {
                snprintf(b->error, sizeof b->error, "%s: policy file larger than 16 MiB", path);
                free(buf);
                close(fd);
                return PII_ERR_IO;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                close(fd);
                snprintf(b->error, sizeof b->error, "%s: out of memory", path);
                return PII_ERR_NOMEM;
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            snprintf(b->error, sizeof b->error, "%s: %s", path, strerror(errno));
            free(buf);
            close(fd);
            return PII_ERR_IO;
        }
        if (r == 0)
            break;
        len += (size_t)r;
    }
    close(fd);
    int rc = pii_builder_load_policy_string(b, buf, len, path);
    free(buf);
    return rc;
}
