/*
 * _pii.c - CPython extension over libpii (the C API in include/pii.h).
 *
 * The pure-Python facade is pii/__init__.py; this module holds the hot paths:
 *
 *   Engine    a compiled pii_ruleset plus redaction parameters (operators,
 *             hash key) and a small pool of pii_ctx.  A ctx serves one call
 *             at a time: it is taken from the pool (or made) with the GIL
 *             held, used, and put back with the GIL held, so two threads
 *             never share one.  Calls on inputs of GIL_THRESHOLD bytes or
 *             more release the GIL around the library call; the input stays
 *             alive and unmodified through a Py_buffer export (bytearray
 *             cannot be resized while exported) or a reference to an
 *             immutable str/bytes.
 *             The ruleset is built from a policy (pii_builder_load_policy or
 *             _string) and then the keyword options: custom rules
 *             (pii_builder_add_rule), allow list (pii_builder_allow),
 *             normalisation, match limits; summary() is pii_ctx_summary
 *             after a scan.
 *   Redactor  one streaming session (pii_redact_stream) on its own ctx;
 *             close() keeps the stream's summary, as the ctx goes back to
 *             the engine's pool.
 *   Finding   an immutable record: entity_type, start, end, score, subtype,
 *             flags.  Offsets count code points for str input and bytes for
 *             bytes-like input.
 *
 * str input is passed to the library as UTF-8: an ASCII str directly from
 * its storage (no copy, offsets equal), any other str encoded once; byte
 * offsets are turned into code-point offsets by one forward walk over the
 * UTF-8 (findings come in order of start), counting lead bytes.
 *
 * Errors raise the classes registered by the facade (_register_errors),
 * chosen by the library's negative code.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>
#include <structmember.h>

#include <stdint.h>
#include <string.h>
#include <time.h>

#include <pii.h>

#define POOL_MAX 16        /* idle contexts kept per engine */
#define NAME_CACHE 64      /* entity ids whose name str is cached */
#define STACK_OUT 4096     /* output bytes redacted without malloc */
#define COUNT_SLOTS 64     /* entity ids counted by a Redactor */

static Py_ssize_t gil_threshold = 4096;

/* ------------------------------------------------------------------------ */
/* Errors                                                                   */
/* ------------------------------------------------------------------------ */

static PyObject *error_base;  /* pii.Error */
static PyObject *error_map;   /* {code: class} */

/* Raise the registered class for a library error code.  detail: extra text
 * from pii_builder_error / pii_ctx_error (never input text), or NULL. */
static PyObject *raise_code(int code, const char *detail)
{
    const char *msg = pii_error_message(code);
    const char *name = pii_error_name(code);
    PyObject *text = (detail && detail[0]) ? PyUnicode_FromFormat("%s: %s", msg ? msg : "error", detail)
                                           : PyUnicode_FromString(msg ? msg : "libpii error");
    if (!text)
        return NULL;
    PyObject *cls = NULL;
    if (error_map) {
        PyObject *key = PyLong_FromLong(code);
        if (!key) {
            Py_DECREF(text);
            return NULL;
        }
        cls = PyDict_GetItemWithError(error_map, key); /* borrowed */
        Py_DECREF(key);
        if (!cls && PyErr_Occurred()) {
            Py_DECREF(text);
            return NULL;
        }
    }
    if (!cls)
        cls = error_base ? error_base : PyExc_RuntimeError;
    PyObject *exc = PyObject_CallFunction(cls, "Ois", text, code, name ? name : "");
    Py_DECREF(text);
    if (!exc)
        return NULL;
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
    return NULL;
}

/* ------------------------------------------------------------------------ */
/* Input                                                                    */
/* ------------------------------------------------------------------------ */

enum { OUT_STR, OUT_BYTES, OUT_BYTEARRAY };

typedef struct input {
    const char *data;
    Py_ssize_t len;
    int is_str;   /* offsets are code points */
    int ascii;    /* str whose offsets equal byte offsets */
    int out_type; /* type of redacted output */
    PyObject *tmp; /* UTF-8 of a non-ASCII str */
    Py_buffer view;
    int has_view;
} input;

static int input_get(PyObject *obj, input *in, int allow_str)
{
    memset(in, 0, sizeof *in);
    if (PyUnicode_Check(obj)) {
        if (!allow_str) {
            PyErr_Format(PyExc_TypeError, "expected a bytes-like object, not str");
            return -1;
        }
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(obj) < 0)
            return -1;
#endif
        in->is_str = 1;
        in->out_type = OUT_STR;
        if (PyUnicode_IS_ASCII(obj)) {
            in->ascii = 1;
            in->data = (const char *)PyUnicode_1BYTE_DATA(obj);
            in->len = PyUnicode_GET_LENGTH(obj);
            return 0;
        }
        in->tmp = PyUnicode_AsUTF8String(obj);
        if (!in->tmp)
            return -1;
        in->data = PyBytes_AS_STRING(in->tmp);
        in->len = PyBytes_GET_SIZE(in->tmp);
        return 0;
    }
    if (PyObject_GetBuffer(obj, &in->view, PyBUF_SIMPLE) < 0) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "expected str or a bytes-like object, not %.200s",
                         Py_TYPE(obj)->tp_name);
        }
        return -1;
    }
    in->has_view = 1;
    in->data = in->view.buf;
    in->len = in->view.len;
    in->out_type = PyByteArray_Check(obj) ? OUT_BYTEARRAY : OUT_BYTES;
    return 0;
}

static void input_release(input *in)
{
    if (in->has_view)
        PyBuffer_Release(&in->view);
    in->has_view = 0;
    Py_CLEAR(in->tmp);
}

/* Byte offset -> code point offset over UTF-8, walking from the last
 * position (forward or back), so ordered offsets cost one pass in all. */
typedef struct cp_cursor {
    const unsigned char *p;
    size_t len;
    size_t byte;
    size_t cp;
} cp_cursor;

static size_t lead_bytes(const unsigned char *p, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += (p[i] & 0xC0) != 0x80;
    return c;
}

static size_t cp_at(cp_cursor *c, size_t off)
{
    if (off > c->len)
        off = c->len;
    if (off >= c->byte)
        c->cp += lead_bytes(c->p + c->byte, off - c->byte);
    else
        c->cp -= lead_bytes(c->p + off, c->byte - off);
    c->byte = off;
    return c->cp;
}

/* Output of a redaction: a stack buffer first, then the heap. */
typedef struct outbuf {
    char *buf;
    size_t cap;
    int heap;
    char stack[STACK_OUT];
} outbuf;

static void outbuf_init(outbuf *ob)
{
    ob->buf = ob->stack;
    ob->cap = sizeof ob->stack;
    ob->heap = 0;
}

/* Make room for at least need bytes (keeping the content).  No GIL needed. */
static int outbuf_reserve(outbuf *ob, size_t used, size_t need)
{
    if (need <= ob->cap)
        return 0;
    size_t cap = ob->cap;
    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return -1;
        cap *= 2;
    }
    char *b;
    if (ob->heap) {
        b = realloc(ob->buf, cap);
    } else {
        b = malloc(cap);
        if (b && used)
            memcpy(b, ob->buf, used);
    }
    if (!b)
        return -1;
    ob->buf = b;
    ob->cap = cap;
    ob->heap = 1;
    return 0;
}

static void outbuf_free(outbuf *ob)
{
    if (ob->heap)
        free(ob->buf);
    outbuf_init(ob);
}

static PyObject *make_output(int out_type, const char *buf, size_t n)
{
    switch (out_type) {
    case OUT_STR:
        return PyUnicode_DecodeUTF8(buf, (Py_ssize_t)n, "strict");
    case OUT_BYTEARRAY:
        return PyByteArray_FromStringAndSize(buf, (Py_ssize_t)n);
    default:
        return PyBytes_FromStringAndSize(buf, (Py_ssize_t)n);
    }
}

/* ------------------------------------------------------------------------ */
/* Finding                                                                  */
/* ------------------------------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    PyObject *entity_type;
    PyObject *subtype;
    Py_ssize_t start;
    Py_ssize_t end;
    double score;
    unsigned int flags;
} FindingObject;

static PyTypeObject FindingType;
static PyObject *empty_str;

static PyObject *finding_make(PyObject *entity_type, Py_ssize_t start, Py_ssize_t end,
                              double score, PyObject *subtype, unsigned flags)
{
    FindingObject *f = PyObject_New(FindingObject, &FindingType);
    if (!f)
        return NULL;
    Py_INCREF(entity_type);
    Py_INCREF(subtype);
    f->entity_type = entity_type;
    f->subtype = subtype;
    f->start = start;
    f->end = end;
    f->score = score;
    f->flags = flags;
    return (PyObject *)f;
}

static PyObject *finding_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"entity_type", "start", "end", "score", "subtype", "flags", NULL};
    PyObject *et, *st = empty_str;
    Py_ssize_t start, end;
    double score = 1.0;
    unsigned int flags = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "Unn|dUI:Finding", kwlist, &et, &start, &end,
                                     &score, &st, &flags))
        return NULL;
    FindingObject *f = (FindingObject *)type->tp_alloc(type, 0);
    if (!f)
        return NULL;
    Py_INCREF(et);
    Py_INCREF(st);
    f->entity_type = et;
    f->subtype = st;
    f->start = start;
    f->end = end;
    f->score = score;
    f->flags = flags;
    return (PyObject *)f;
}

static void finding_dealloc(FindingObject *f)
{
    Py_XDECREF(f->entity_type);
    Py_XDECREF(f->subtype);
    Py_TYPE(f)->tp_free((PyObject *)f);
}

static PyObject *finding_astuple(FindingObject *f)
{
    return Py_BuildValue("(OnndOI)", f->entity_type, f->start, f->end, f->score, f->subtype,
                         f->flags);
}

static PyObject *finding_repr(FindingObject *f)
{
    PyObject *score = PyFloat_FromDouble(f->score);
    if (!score)
        return NULL;
    PyObject *r = PyUnicode_FromFormat(
        "Finding(entity_type=%R, start=%zd, end=%zd, score=%R, subtype=%R, flags=%u)",
        f->entity_type, f->start, f->end, score, f->subtype, f->flags);
    Py_DECREF(score);
    return r;
}

static PyObject *finding_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyObject_TypeCheck(a, &FindingType) || !PyObject_TypeCheck(b, &FindingType) ||
        (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *ta = finding_astuple((FindingObject *)a);
    if (!ta)
        return NULL;
    PyObject *tb = finding_astuple((FindingObject *)b);
    if (!tb) {
        Py_DECREF(ta);
        return NULL;
    }
    PyObject *r = PyObject_RichCompare(ta, tb, op);
    Py_DECREF(ta);
    Py_DECREF(tb);
    return r;
}

static Py_hash_t finding_hash(FindingObject *f)
{
    PyObject *t = finding_astuple(f);
    if (!t)
        return -1;
    Py_hash_t h = PyObject_Hash(t);
    Py_DECREF(t);
    return h;
}

static PyObject *finding_reduce(FindingObject *f, PyObject *Py_UNUSED(ignored))
{
    PyObject *t = finding_astuple(f);
    if (!t)
        return NULL;
    PyObject *r = Py_BuildValue("(ON)", (PyObject *)Py_TYPE(f), t);
    return r;
}

static PyObject *finding_text(FindingObject *f, PyObject *source)
{
    PyObject *slice, *start = PyLong_FromSsize_t(f->start), *end = PyLong_FromSsize_t(f->end);
    if (!start || !end) {
        Py_XDECREF(start);
        Py_XDECREF(end);
        return NULL;
    }
    slice = PySlice_New(start, end, NULL);
    Py_DECREF(start);
    Py_DECREF(end);
    if (!slice)
        return NULL;
    PyObject *r = PyObject_GetItem(source, slice);
    Py_DECREF(slice);
    if (r && PyMemoryView_Check(r)) {
        PyObject *b = PyBytes_FromObject(r);
        Py_DECREF(r);
        r = b;
    }
    return r;
}

static PyObject *finding_to_dict(FindingObject *f, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("{sO sn sn sd sO sI}", "entity_type", f->entity_type, "start", f->start,
                         "end", f->end, "score", f->score, "subtype", f->subtype, "flags",
                         f->flags);
}

static PyMethodDef finding_methods[] = {
    {"text", (PyCFunction)finding_text, METH_O,
     "text(source) -> the matched part of source (the text that was scanned)"},
    {"to_dict", (PyCFunction)finding_to_dict, METH_NOARGS,
     "to_dict() -> {'entity_type', 'start', 'end', 'score', 'subtype', 'flags'}"},
    {"__reduce__", (PyCFunction)finding_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef finding_members[] = {
    {"entity_type", T_OBJECT_EX, offsetof(FindingObject, entity_type), READONLY,
     "entity name, e.g. 'US_SSN'"},
    {"start", T_PYSSIZET, offsetof(FindingObject, start), READONLY,
     "start offset (code points for str input, bytes for bytes input)"},
    {"end", T_PYSSIZET, offsetof(FindingObject, end), READONLY, "end offset (exclusive)"},
    {"score", T_DOUBLE, offsetof(FindingObject, score), READONLY, "confidence in [0, 1]"},
    {"subtype", T_OBJECT_EX, offsetof(FindingObject, subtype), READONLY,
     "card brand, IP version, IBAN country, 'MRZ', or ''"},
    {"flags", T_UINT, offsetof(FindingObject, flags), READONLY, "FLAG_* bits"},
    {NULL, 0, 0, 0, NULL},
};

static PyTypeObject FindingType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pii.Finding",
    .tp_basicsize = sizeof(FindingObject),
    .tp_dealloc = (destructor)finding_dealloc,
    .tp_repr = (reprfunc)finding_repr,
    .tp_hash = (hashfunc)finding_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Finding(entity_type, start, end, score=1.0, subtype='', flags=0)\n\n"
              "One finding: [start, end) offsets into the scanned input (code points for\n"
              "str, bytes for bytes-like input).  Immutable; holds no input text.",
    .tp_richcompare = finding_richcompare,
    .tp_methods = finding_methods,
    .tp_members = finding_members,
    .tp_new = finding_new,
};

/* ------------------------------------------------------------------------ */
/* Engine                                                                   */
/* ------------------------------------------------------------------------ */

typedef struct op_entry {
    int entity;
    char *spec;
} op_entry;

typedef struct {
    PyObject_HEAD
    pii_ruleset *rs;
    op_entry *ops;
    Py_ssize_t nops;
    unsigned char key[64];
    size_t keylen;
    double min_score; /* < 0: set by a policy (not known here) */
    unsigned context_window;
    int normalize;
    pii_ctx *pool[POOL_MAX];
    int npool;
    PyObject *names[NAME_CACHE];
    PyObject *weakreflist;
} EngineObject;

static PyTypeObject EngineType;

/* A ctx ready for one call; GIL held.  Sets an exception on failure. */
static pii_ctx *ctx_acquire(EngineObject *e)
{
    if (!e->rs) {
        PyErr_SetString(PyExc_RuntimeError, "Engine is not initialised");
        return NULL;
    }
    if (e->npool > 0)
        return e->pool[--e->npool];
    pii_ctx *ctx = pii_ctx_new(e->rs);
    if (!ctx) {
        raise_code(PII_ERR_NOMEM, NULL);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < e->nops; i++) {
        int rc = pii_ctx_set_operator_spec(ctx, e->ops[i].entity, e->ops[i].spec);
        if (rc < 0) {
            raise_code(rc, pii_ctx_error(ctx));
            pii_ctx_free(ctx);
            return NULL;
        }
    }
    if (e->keylen) {
        int rc = pii_ctx_set_hash_key(ctx, e->key, e->keylen);
        if (rc < 0) {
            raise_code(rc, pii_ctx_error(ctx));
            pii_ctx_free(ctx);
            return NULL;
        }
    }
    return ctx;
}

/* Give a ctx back after a call; GIL held. */
static void ctx_release(EngineObject *e, pii_ctx *ctx)
{
    if (!ctx)
        return;
    if (e->npool < POOL_MAX && e->rs) {
        e->pool[e->npool++] = ctx;
    } else {
        pii_ctx_free(ctx);
    }
}

static PyObject *engine_entity_name(EngineObject *e, int entity)
{
    if (entity >= 0 && entity < NAME_CACHE && e->names[entity]) {
        Py_INCREF(e->names[entity]);
        return e->names[entity];
    }
    const char *n = pii_ruleset_entity_name(e->rs, entity);
    PyObject *s = n ? PyUnicode_InternFromString(n) : PyUnicode_FromFormat("ENTITY_%d", entity);
    if (s && entity >= 0 && entity < NAME_CACHE) {
        Py_INCREF(s);
        e->names[entity] = s;
    }
    return s;
}

static PyObject *subtype_str(const char *st)
{
    if (!st[0]) {
        Py_INCREF(empty_str);
        return empty_str;
    }
    char buf[PII_SUBTYPE_MAX];
    memcpy(buf, st, PII_SUBTYPE_MAX);
    buf[PII_SUBTYPE_MAX - 1] = '\0';
    return PyUnicode_InternFromString(buf);
}

static void engine_clear_pool(EngineObject *e)
{
    while (e->npool > 0)
        pii_ctx_free(e->pool[--e->npool]);
}

static void engine_free_config(EngineObject *e)
{
    engine_clear_pool(e);
    for (Py_ssize_t i = 0; i < e->nops; i++)
        PyMem_Free(e->ops[i].spec);
    PyMem_Free(e->ops);
    e->ops = NULL;
    e->nops = 0;
    for (int i = 0; i < NAME_CACHE; i++)
        Py_CLEAR(e->names[i]);
    memset(e->key, 0, sizeof e->key);
    e->keylen = 0;
    pii_ruleset_free(e->rs);
    e->rs = NULL;
}

static void engine_dealloc(EngineObject *e)
{
    if (e->weakreflist)
        PyObject_ClearWeakRefs((PyObject *)e);
    engine_free_config(e);
    Py_TYPE(e)->tp_free((PyObject *)e);
}

/* Entity id of a name, or PII_ALL_ENTITIES for None / "*". */
static int entity_of(PyObject *name, int *out)
{
    if (name == Py_None) {
        *out = PII_ALL_ENTITIES;
        return 0;
    }
    if (PyLong_Check(name)) {
        long v = PyLong_AsLong(name);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v < PII_ALL_ENTITIES || v > INT32_MAX || (v >= 0 && !pii_entity_name((int)v))) {
            raise_code(PII_ERR_UNKNOWN_ENTITY, "no entity with this id");
            return -1;
        }
        *out = (int)v;
        return 0;
    }
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "entity must be a str name, not %.200s",
                     Py_TYPE(name)->tp_name);
        return -1;
    }
    const char *s = PyUnicode_AsUTF8(name);
    if (!s)
        return -1;
    if (strcmp(s, "*") == 0) {
        *out = PII_ALL_ENTITIES;
        return 0;
    }
    int id = pii_entity_from_name(s);
    if (id < 0) {
        PyObject *msg = PyUnicode_FromFormat("unknown entity %R", name);
        if (!msg)
            return -1;
        raise_code(id, PyUnicode_AsUTF8(msg));
        Py_DECREF(msg);
        return -1;
    }
    *out = id;
    return 0;
}

/* Entity id of a name known to the engine's ruleset (built-in, case-
 * insensitive, or custom), or PII_ALL_ENTITIES for None / "*". */
static int engine_entity_of(EngineObject *e, PyObject *name, int *out)
{
    if (!PyUnicode_Check(name) || !e->rs)
        return entity_of(name, out);
    const char *s = PyUnicode_AsUTF8(name);
    if (!s)
        return -1;
    if (strcmp(s, "*") == 0) {
        *out = PII_ALL_ENTITIES;
        return 0;
    }
    int id = pii_ruleset_entity_from_name(e->rs, s);
    if (id < 0) {
        PyObject *msg = PyUnicode_FromFormat("unknown entity %R", name);
        if (!msg)
            return -1;
        raise_code(id, PyUnicode_AsUTF8(msg));
        Py_DECREF(msg);
        return -1;
    }
    *out = id;
    return 0;
}

/* Add the custom rules: a sequence of (entity, pattern, score, context
 * tuple of str, validator or None, category or None). */
static int add_rules(pii_builder *b, PyObject *rules)
{
    PyObject *seq = PySequence_Fast(rules, "rules must be a sequence of rule tuples");
    if (!seq)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i), *context;
        pii_rule r;
        memset(&r, 0, sizeof r);
        if (!PyArg_ParseTuple(item, "ssdOzz:rule", &r.entity, &r.pattern, &r.score, &context,
                              &r.validator, &r.category)) {
            Py_DECREF(seq);
            return -1;
        }
        PyObject *words = PySequence_Fast(context, "a rule's context must be a sequence of str");
        if (!words) {
            Py_DECREF(seq);
            return -1;
        }
        Py_ssize_t nw = PySequence_Fast_GET_SIZE(words);
        const char **w = PyMem_Calloc(nw ? (size_t)nw : 1, sizeof *w);
        if (!w) {
            Py_DECREF(words);
            Py_DECREF(seq);
            PyErr_NoMemory();
            return -1;
        }
        for (Py_ssize_t k = 0; k < nw; k++) {
            w[k] = PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(words, k));
            if (!w[k]) {
                PyMem_Free(w);
                Py_DECREF(words);
                Py_DECREF(seq);
                return -1;
            }
        }
        r.context = nw ? w : NULL;
        r.ncontext = (size_t)nw;
        int rc = pii_builder_add_rule(b, &r);
        PyMem_Free(w);
        Py_DECREF(words);
        if (rc < 0) {
            Py_DECREF(seq);
            raise_code(rc, pii_builder_error(b));
            return -1;
        }
    }
    Py_DECREF(seq);
    return 0;
}

/* Add the allowed values: a sequence of bytes (the facade encodes str). */
static int add_allow(pii_builder *b, PyObject *allow)
{
    PyObject *seq = PySequence_Fast(allow, "allow must be a sequence of bytes");
    if (!seq)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_buffer v;
        if (PyObject_GetBuffer(PySequence_Fast_GET_ITEM(seq, i), &v, PyBUF_SIMPLE) < 0) {
            Py_DECREF(seq);
            return -1;
        }
        int rc = pii_builder_allow(b, v.buf, (size_t)v.len);
        PyBuffer_Release(&v);
        if (rc < 0) {
            Py_DECREF(seq);
            raise_code(rc, pii_builder_error(b));
            return -1;
        }
    }
    Py_DECREF(seq);
    return 0;
}

static int uint32_arg(PyObject *o, const char *what, uint32_t *out)
{
    *out = 0;
    if (o == Py_None)
        return 0;
    unsigned long long v = PyLong_AsUnsignedLongLong(o);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            PyObject *msg = PyUnicode_FromFormat("%s must be 0..4294967295", what);
            if (msg) {
                raise_code(PII_ERR_INVALID_ARG, PyUnicode_AsUTF8(msg));
                Py_DECREF(msg);
            }
        }
        return -1;
    }
    if (v > UINT32_MAX) {
        PyObject *msg = PyUnicode_FromFormat("%s must be 0..4294967295", what);
        if (msg) {
            raise_code(PII_ERR_INVALID_ARG, PyUnicode_AsUTF8(msg));
            Py_DECREF(msg);
        }
        return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

static int engine_init(EngineObject *e, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"entities", "exclude", "min_score", "context_window", "operators",
                             "hash_key", "allow", "rules", "normalize", "policy_file",
                             "policy_text", "policy_name", "match_limit", "depth_limit", NULL};
    PyObject *entities = Py_None, *exclude = Py_None, *min_score = Py_None,
             *context_window = Py_None, *operators = Py_None, *hash_key = Py_None,
             *allow = Py_None, *rules = Py_None, *normalize = Py_None, *policy_file = Py_None,
             *policy_text = Py_None, *match_limit = Py_None, *depth_limit = Py_None;
    const char *policy_name = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|OOOOOOOOOOOzOO:Engine", kwlist, &entities,
                                     &exclude, &min_score, &context_window, &operators,
                                     &hash_key, &allow, &rules, &normalize, &policy_file,
                                     &policy_text, &policy_name, &match_limit, &depth_limit))
        return -1;
    if (e->rs) {
        /* Redactors may hold contexts borrowing the current ruleset */
        PyErr_SetString(PyExc_RuntimeError, "Engine is already initialised");
        return -1;
    }
    engine_free_config(e);

    pii_builder *b = pii_builder_new();
    if (!b) {
        raise_code(PII_ERR_NOMEM, NULL);
        return -1;
    }
    int rc = 0;
    const char *s;
    /* the policy first: the keyword arguments below add to it or override it */
    if (policy_file != Py_None) {
        PyObject *path = NULL;
        if (!PyUnicode_FSConverter(policy_file, &path))
            goto fail_b;
        rc = pii_builder_load_policy(b, PyBytes_AS_STRING(path));
        Py_DECREF(path);
        if (rc < 0)
            goto lib_fail_b;
    }
    if (policy_text != Py_None) {
        Py_ssize_t len;
        const char *text = PyUnicode_AsUTF8AndSize(policy_text, &len);
        if (!text)
            goto fail_b;
        if ((rc = pii_builder_load_policy_string(b, text, (size_t)len, policy_name)) < 0)
            goto lib_fail_b;
    }
    if (rules != Py_None && add_rules(b, rules) < 0)
        goto fail_b;
    if (entities != Py_None) {
        if (!(s = PyUnicode_AsUTF8(entities)))
            goto fail_b;
        if ((rc = pii_builder_disable_all(b)) < 0 || (s[0] && (rc = pii_builder_enable_names(b, s)) < 0))
            goto lib_fail_b;
    }
    if (exclude != Py_None) {
        if (!(s = PyUnicode_AsUTF8(exclude)))
            goto fail_b;
        if (s[0] && (rc = pii_builder_disable_names(b, s)) < 0)
            goto lib_fail_b;
    }
    /* not known here when a policy may have set it */
    e->min_score = policy_file != Py_None || policy_text != Py_None ? -1.0 : PII_DEFAULT_MIN_SCORE;
    if (min_score != Py_None) {
        double v = PyFloat_AsDouble(min_score);
        if (v == -1.0 && PyErr_Occurred())
            goto fail_b;
        if ((rc = pii_builder_set_min_score(b, v)) < 0)
            goto lib_fail_b;
        e->min_score = v;
    }
    e->context_window = PII_DEFAULT_CONTEXT_WINDOW;
    if (context_window != Py_None) {
        long v = PyLong_AsLong(context_window);
        if (v == -1 && PyErr_Occurred())
            goto fail_b;
        if (v < 0 || v > 0xFFFFFF) {
            rc = PII_ERR_INVALID_ARG;
            raise_code(rc, "context window must be 1..1024 characters");
            goto fail_b;
        }
        if ((rc = pii_builder_set_context_window(b, (unsigned)v)) < 0)
            goto lib_fail_b;
        e->context_window = (unsigned)v;
    }
    e->normalize = 1;
    if (normalize != Py_None) {
        int on = PyObject_IsTrue(normalize);
        if (on < 0)
            goto fail_b;
        if ((rc = pii_builder_set_normalize(b, on)) < 0)
            goto lib_fail_b;
        e->normalize = on;
    }
    if (match_limit != Py_None || depth_limit != Py_None) {
        uint32_t ml, dl;
        if (uint32_arg(match_limit, "match_limit", &ml) < 0 ||
            uint32_arg(depth_limit, "depth_limit", &dl) < 0)
            goto fail_b;
        if ((rc = pii_builder_set_match_limits(b, ml, dl)) < 0)
            goto lib_fail_b;
    }
    if (allow != Py_None && add_allow(b, allow) < 0)
        goto fail_b;
    if ((rc = pii_builder_build(b, &e->rs)) < 0)
        goto lib_fail_b;
    pii_builder_free(b);
    b = NULL;

    if (hash_key != Py_None) {
        Py_buffer kv;
        if (PyUnicode_Check(hash_key)) {
            PyErr_SetString(PyExc_TypeError, "hash_key must be bytes, not str");
            goto fail;
        }
        if (PyObject_GetBuffer(hash_key, &kv, PyBUF_SIMPLE) < 0)
            goto fail;
        if (kv.len < 16 || kv.len > (Py_ssize_t)sizeof e->key) {
            PyBuffer_Release(&kv);
            raise_code(PII_ERR_INVALID_ARG, "hash key must be 16..64 bytes");
            goto fail;
        }
        memcpy(e->key, kv.buf, (size_t)kv.len);
        e->keylen = (size_t)kv.len;
        PyBuffer_Release(&kv);
    }
    if (operators != Py_None) {
        PyObject *seq = PySequence_Fast(operators, "operators must be a sequence of (entity, spec)");
        if (!seq)
            goto fail;
        Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
        e->ops = PyMem_Calloc(n ? (size_t)n : 1, sizeof *e->ops);
        if (!e->ops) {
            Py_DECREF(seq);
            PyErr_NoMemory();
            goto fail;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *item = PySequence_Fast_GET_ITEM(seq, i), *name, *spec;
            if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2) {
                Py_DECREF(seq);
                PyErr_SetString(PyExc_TypeError, "operators must be (entity, spec) pairs");
                goto fail;
            }
            name = PyTuple_GET_ITEM(item, 0);
            spec = PyTuple_GET_ITEM(item, 1);
            int id;
            const char *sp;
            if (engine_entity_of(e, name, &id) < 0 || !(sp = PyUnicode_AsUTF8(spec))) {
                Py_DECREF(seq);
                goto fail;
            }
            size_t len = strlen(sp);
            char *copy = PyMem_Malloc(len + 1);
            if (!copy) {
                Py_DECREF(seq);
                PyErr_NoMemory();
                goto fail;
            }
            memcpy(copy, sp, len + 1);
            e->ops[e->nops].entity = id;
            e->ops[e->nops].spec = copy;
            e->nops++;
        }
        Py_DECREF(seq);
    }
    /* Apply everything once now, so bad specs fail here and not later. */
    pii_ctx *ctx = ctx_acquire(e);
    if (!ctx)
        goto fail;
    ctx_release(e, ctx);
    return 0;

lib_fail_b:
    raise_code(rc, pii_builder_error(b));
fail_b:
    pii_builder_free(b);
fail:
    engine_free_config(e);
    return -1;
}

/* Findings of the last pii_scan on ctx as a list of Finding. */
static PyObject *findings_list(EngineObject *e, pii_ctx *ctx, const input *in)
{
    size_t n = 0;
    const pii_finding *f = pii_ctx_findings(ctx, &n);
    PyObject *list = PyList_New((Py_ssize_t)n);
    if (!list)
        return NULL;
    cp_cursor cur = {(const unsigned char *)in->data, (size_t)in->len, 0, 0};
    int map = in->is_str && !in->ascii;
    for (size_t i = 0; i < n; i++) {
        size_t s = (size_t)f[i].start, en = (size_t)f[i].end;
        if (map) {
            s = cp_at(&cur, s);
            en = cp_at(&cur, en);
        }
        PyObject *name = engine_entity_name(e, f[i].entity);
        if (!name)
            goto fail;
        PyObject *st = subtype_str(f[i].subtype);
        if (!st) {
            Py_DECREF(name);
            goto fail;
        }
        PyObject *fo = finding_make(name, (Py_ssize_t)s, (Py_ssize_t)en, f[i].score, st, f[i].flags);
        Py_DECREF(name);
        Py_DECREF(st);
        if (!fo)
            goto fail;
        PyList_SET_ITEM(list, (Py_ssize_t)i, fo);
    }
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

static PyObject *engine_scan(EngineObject *e, PyObject *arg)
{
    input in;
    if (input_get(arg, &in, 1) < 0)
        return NULL;
    pii_ctx *ctx = ctx_acquire(e);
    if (!ctx) {
        input_release(&in);
        return NULL;
    }
    int rc;
    if (in.len >= gil_threshold) {
        Py_BEGIN_ALLOW_THREADS
        rc = pii_scan(ctx, in.data, (size_t)in.len, NULL, NULL);
        Py_END_ALLOW_THREADS
    } else {
        rc = pii_scan(ctx, in.data, (size_t)in.len, NULL, NULL);
    }
    PyObject *r = rc < 0 ? raise_code(rc, pii_ctx_error(ctx)) : findings_list(e, ctx, &in);
    ctx_release(e, ctx);
    input_release(&in);
    return r;
}

/* Redact src into ob through one stream session; no GIL needed.  Returns
 * the output length or a negative error (the ctx is then reset). */
static int64_t redact_into(pii_ctx *ctx, const char *src, size_t len, outbuf *ob)
{
    size_t want = len + len / 8 + 64;
    if (want < len || outbuf_reserve(ob, 0, want) < 0)
        return PII_ERR_NOMEM;
    pii_in_buffer in = {src, len, 0};
    pii_out_buffer out = {ob->buf, ob->cap, 0};
    int stalls = 0;
    for (;;) {
        size_t in0 = in.pos, out0 = out.pos;
        int64_t r = pii_redact_stream(ctx, &out, &in, PII_END);
        if (r < 0) {
            pii_ctx_reset(ctx);
            return r;
        }
        if (r == 0)
            return (int64_t)out.pos;
        if (in.pos == in0 && out.pos == out0 && out.pos < out.size && ++stalls > 2) {
            pii_ctx_reset(ctx);
            return PII_ERR_INTERNAL;
        }
        if (out.size - out.pos < (size_t)r + 64) {
            if (outbuf_reserve(ob, out.pos, out.pos + (size_t)r + len / 8 + 4096) < 0) {
                pii_ctx_reset(ctx);
                return PII_ERR_NOMEM;
            }
            out.dst = ob->buf;
            out.size = ob->cap;
        }
    }
}

static PyObject *engine_redact(EngineObject *e, PyObject *arg)
{
    input in;
    if (input_get(arg, &in, 1) < 0)
        return NULL;
    pii_ctx *ctx = ctx_acquire(e);
    if (!ctx) {
        input_release(&in);
        return NULL;
    }
    outbuf ob;
    outbuf_init(&ob);
    int64_t n;
    if (in.len >= gil_threshold) {
        Py_BEGIN_ALLOW_THREADS
        n = redact_into(ctx, in.data, (size_t)in.len, &ob);
        Py_END_ALLOW_THREADS
    } else {
        n = redact_into(ctx, in.data, (size_t)in.len, &ob);
    }
    PyObject *r = n < 0 ? raise_code((int)n, pii_ctx_error(ctx)) : make_output(in.out_type, ob.buf, (size_t)n);
    outbuf_free(&ob);
    ctx_release(e, ctx);
    input_release(&in);
    return r;
}

/* ---- classification ---- */

static int set_count(PyObject *d, PyObject *key, uint64_t n)
{
    PyObject *v = PyLong_FromUnsignedLongLong(n);
    if (!v)
        return -1;
    int rc = PyDict_SetItem(d, key, v);
    Py_DECREF(v);
    return rc;
}

/* {bytes, findings, max_sensitivity, per_entity, per_category} with the
 * given counts (entities and categories with a count of 0 left out). */
static PyObject *summary_build(EngineObject *e, const pii_summary *s)
{
    PyObject *pe = PyDict_New(), *pc = PyDict_New();
    if (!pe || !pc)
        goto fail;
    for (size_t i = 0; s->per_entity && i < s->nentities; i++) {
        if (!s->per_entity[i])
            continue;
        PyObject *name = engine_entity_name(e, (int)i);
        if (!name)
            goto fail;
        int rc = set_count(pe, name, s->per_entity[i]);
        Py_DECREF(name);
        if (rc < 0)
            goto fail;
    }
    for (size_t i = 0; s->per_category && i < s->ncategories; i++) {
        if (!s->per_category[i])
            continue;
        PyObject *name = PyUnicode_FromString(s->category_names[i]);
        if (!name)
            goto fail;
        int rc = set_count(pc, name, s->per_category[i]);
        Py_DECREF(name);
        if (rc < 0)
            goto fail;
    }
    const char *level = pii_sensitivity_name(s->max_sensitivity);
    return Py_BuildValue("{sKsKsssNsN}", "bytes", (unsigned long long)s->bytes, "findings",
                         (unsigned long long)s->findings, "max_sensitivity",
                         level ? level : "none", "per_entity", pe, "per_category", pc);
fail:
    Py_XDECREF(pe);
    Py_XDECREF(pc);
    return NULL;
}

static PyObject *summary_of_ctx(EngineObject *e, pii_ctx *ctx)
{
    pii_summary s;
    int rc = pii_ctx_summary(ctx, &s);
    if (rc < 0)
        return raise_code(rc, pii_ctx_error(ctx));
    return summary_build(e, &s);
}

static PyObject *summary_empty(EngineObject *e)
{
    pii_summary s;
    memset(&s, 0, sizeof s);
    return summary_build(e, &s);
}

static int count_only(const pii_finding *f, void *user)
{
    (void)f;
    (void)user;
    return 0;
}

static PyObject *engine_summary(EngineObject *e, PyObject *arg)
{
    input in;
    if (input_get(arg, &in, 1) < 0)
        return NULL;
    pii_ctx *ctx = ctx_acquire(e);
    if (!ctx) {
        input_release(&in);
        return NULL;
    }
    int rc;
    if (in.len >= gil_threshold) {
        Py_BEGIN_ALLOW_THREADS
        rc = pii_scan(ctx, in.data, (size_t)in.len, count_only, NULL);
        Py_END_ALLOW_THREADS
    } else {
        rc = pii_scan(ctx, in.data, (size_t)in.len, count_only, NULL);
    }
    PyObject *r = rc < 0 ? raise_code(rc, pii_ctx_error(ctx)) : summary_of_ctx(e, ctx);
    ctx_release(e, ctx);
    input_release(&in);
    return r;
}

/* Entity id of one entity named to a classification method. */
static int one_entity(EngineObject *e, PyObject *name, int *id)
{
    if (!e->rs) {
        PyErr_SetString(PyExc_RuntimeError, "Engine is not initialised");
        return -1;
    }
    if (name == Py_None) {
        raise_code(PII_ERR_UNKNOWN_ENTITY, "one entity is needed");
        return -1;
    }
    if (engine_entity_of(e, name, id) < 0)
        return -1;
    if (*id < 0 || *id >= pii_ruleset_entity_count(e->rs)) {
        raise_code(PII_ERR_UNKNOWN_ENTITY, "one entity is needed");
        return -1;
    }
    return 0;
}

static PyObject *engine_category(EngineObject *e, PyObject *name)
{
    int id;
    if (one_entity(e, name, &id) < 0)
        return NULL;
    const char *c = pii_entity_category(e->rs, id);
    if (!c)
        return raise_code(PII_ERR_UNKNOWN_ENTITY, NULL);
    return PyUnicode_FromString(c);
}

static PyObject *engine_sensitivity(EngineObject *e, PyObject *name)
{
    int id;
    if (one_entity(e, name, &id) < 0)
        return NULL;
    int lv = pii_entity_sensitivity(e->rs, id);
    if (lv < 0)
        return raise_code(lv, NULL);
    const char *n = pii_sensitivity_name(lv);
    return PyUnicode_FromString(n ? n : "none");
}

static PyObject *engine_entities(EngineObject *e, void *Py_UNUSED(closure))
{
    if (!e->rs) {
        PyErr_SetString(PyExc_RuntimeError, "Engine is not initialised");
        return NULL;
    }
    PyObject *list = PyList_New(0);
    if (!list)
        return NULL;
    int count = pii_ruleset_entity_count(e->rs);
    for (int id = 0; id < count; id++) {
        if (pii_ruleset_entity_enabled(e->rs, id) == 1) {
            PyObject *n = engine_entity_name(e, id);
            if (!n || PyList_Append(list, n) < 0) {
                Py_XDECREF(n);
                Py_DECREF(list);
                return NULL;
            }
            Py_DECREF(n);
        }
    }
    PyObject *t = PyList_AsTuple(list);
    Py_DECREF(list);
    return t;
}

static PyObject *engine_min_score(EngineObject *e, void *Py_UNUSED(closure))
{
    if (e->min_score < 0)
        Py_RETURN_NONE;
    return PyFloat_FromDouble(e->min_score);
}

static PyObject *engine_normalize(EngineObject *e, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(e->normalize);
}

static PyObject *engine_context_window(EngineObject *e, void *Py_UNUSED(closure))
{
    return PyLong_FromUnsignedLong(e->context_window);
}

static PyObject *engine_pool_size(EngineObject *e, void *Py_UNUSED(closure))
{
    return PyLong_FromLong(e->npool);
}

/* _bench_loop(data, n, redact=False) -> seconds: n calls of pii_scan (or a
 * redaction) on one ctx from C, GIL released: the library's own cost, for
 * the benchmark to subtract from the cost seen through Python. */
static PyObject *engine_bench_loop(EngineObject *e, PyObject *args)
{
    PyObject *text;
    Py_ssize_t n;
    int redact = 0;
    if (!PyArg_ParseTuple(args, "On|p:_bench_loop", &text, &n, &redact))
        return NULL;
    input in;
    if (input_get(text, &in, 1) < 0)
        return NULL;
    pii_ctx *ctx = ctx_acquire(e);
    if (!ctx) {
        input_release(&in);
        return NULL;
    }
    outbuf ob;
    outbuf_init(&ob);
    int64_t rc = 0;
    struct timespec t0, t1;
    Py_BEGIN_ALLOW_THREADS
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (Py_ssize_t i = 0; i < n && rc >= 0; i++)
        rc = redact ? redact_into(ctx, in.data, (size_t)in.len, &ob)
                    : pii_scan(ctx, in.data, (size_t)in.len, NULL, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    Py_END_ALLOW_THREADS
    outbuf_free(&ob);
    PyObject *r = rc < 0 ? raise_code((int)rc, pii_ctx_error(ctx))
                         : PyFloat_FromDouble((double)(t1.tv_sec - t0.tv_sec) +
                                              (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9);
    ctx_release(e, ctx);
    input_release(&in);
    return r;
}

static PyMethodDef engine_methods[] = {
    {"scan", (PyCFunction)engine_scan, METH_O,
     "scan(text) -> list[Finding]\n\nFind personal data in str (code-point offsets) or a "
     "bytes-like object (byte offsets)."},
    {"redact", (PyCFunction)engine_redact, METH_O,
     "redact(text) -> str | bytes | bytearray\n\nReplace every finding; the result has the type "
     "of the input (bytes for other bytes-like objects)."},
    {"summary", (PyCFunction)engine_summary, METH_O,
     "summary(text) -> {'bytes', 'findings', 'max_sensitivity', 'per_entity', 'per_category'}\n\n"
     "What text contains, without any of it: findings per entity and category name (those\n"
     "found), their total, the highest sensitivity ('none' .. 'critical') and the UTF-8 or\n"
     "byte length scanned."},
    {"category", (PyCFunction)engine_category, METH_O,
     "category(entity) -> 'government_id', 'financial', 'contact', 'network', or a custom "
     "rule's"},
    {"sensitivity", (PyCFunction)engine_sensitivity, METH_O,
     "sensitivity(entity) -> 'low', 'moderate', 'high' or 'critical'"},
    {"_bench_loop", (PyCFunction)engine_bench_loop, METH_VARARGS,
     "_bench_loop(text, n, redact=False) -> seconds for n library calls made from C"},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef engine_getset[] = {
    {"entities", (getter)engine_entities, NULL,
     "names of the enabled entities (built-in, then those of custom rules)", NULL},
    {"min_score", (getter)engine_min_score, NULL,
     "minimum score of a finding (None when a policy set it and it is not known here)", NULL},
    {"normalize", (getter)engine_normalize, NULL, "whether detection runs through Unicode "
     "normalisation", NULL},
    {"context_window", (getter)engine_context_window, NULL, "context window in characters", NULL},
    {"_pool_size", (getter)engine_pool_size, NULL, "idle contexts kept (for tests)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject EngineType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pii._pii.Engine",
    .tp_basicsize = sizeof(EngineObject),
    .tp_dealloc = (destructor)engine_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Engine(entities=None, exclude=None, min_score=None, context_window=None, "
              "operators=None, hash_key=None, allow=None, rules=None, normalize=None, "
              "policy_file=None, policy_text=None, policy_name=None, match_limit=None, "
              "depth_limit=None)\n\nA compiled libpii ruleset with redaction parameters.  "
              "entities/exclude: comma-separated names; operators: a sequence of (entity name "
              "or None for all, spec); allow: a sequence of bytes; rules: a sequence of "
              "(entity, pattern, score, context, validator, category); policy_file / "
              "policy_text: a YAML policy applied first.",
    .tp_weaklistoffset = offsetof(EngineObject, weakreflist),
    .tp_methods = engine_methods,
    .tp_getset = engine_getset,
    .tp_init = (initproc)engine_init,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------------ */
/* Redactor: one streaming session                                          */
/* ------------------------------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    EngineObject *engine;
    pii_ctx *ctx;
    PyThread_type_lock lock;
    int mode;   /* -1 not yet known, OUT_STR, OUT_BYTES (bytearray chunks give bytes) */
    int closed; /* 1 after close(), 2 after an error */
    unsigned char pend[4]; /* str mode: incomplete UTF-8 at the end of the output */
    int npend;
    uint64_t counts[COUNT_SLOTS];
    uint64_t other;
    uint64_t bytes_in, bytes_out;
    int started;       /* a stream call was made: the ctx's summary is this stream's */
    PyObject *summary; /* the whole stream's, taken by close() */
} RedactorObject;

static PyTypeObject RedactorType;

static int count_finding(const pii_finding *f, void *user)
{
    RedactorObject *r = user;
    if (f->entity >= 0 && f->entity < COUNT_SLOTS)
        r->counts[f->entity]++;
    else
        r->other++;
    return 0;
}

static void redactor_end(RedactorObject *r)
{
    if (r->ctx) {
        pii_ctx_reset(r->ctx);
        pii_ctx_set_callback(r->ctx, NULL, NULL);
        ctx_release(r->engine, r->ctx);
        r->ctx = NULL;
    }
}

static int redactor_init(RedactorObject *r, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"engine", "binary", NULL};
    PyObject *engine, *binary = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!|O:Redactor", kwlist, &EngineType, &engine,
                                     &binary))
        return -1;
    int mode = -1;
    if (binary != Py_None) {
        int t = PyObject_IsTrue(binary);
        if (t < 0)
            return -1;
        mode = t ? OUT_BYTES : OUT_STR;
    }
    if (r->ctx || r->engine) {
        PyErr_SetString(PyExc_RuntimeError, "Redactor is already initialised");
        return -1;
    }
    if (!r->lock && !(r->lock = PyThread_allocate_lock())) {
        PyErr_NoMemory();
        return -1;
    }
    Py_INCREF(engine);
    r->engine = (EngineObject *)engine;
    r->ctx = ctx_acquire(r->engine);
    if (!r->ctx)
        return -1;
    int rc = pii_ctx_set_callback(r->ctx, count_finding, r);
    if (rc < 0) {
        raise_code(rc, NULL);
        return -1;
    }
    r->mode = mode;
    return 0;
}

static void redactor_dealloc(RedactorObject *r)
{
    if (r->engine)
        redactor_end(r);
    Py_CLEAR(r->engine);
    Py_CLEAR(r->summary);
    if (r->lock)
        PyThread_free_lock(r->lock);
    Py_TYPE(r)->tp_free((PyObject *)r);
}

/* Run the session over in with directive d, collecting all output. */
static int64_t stream_all(pii_ctx *ctx, const char *src, size_t len, pii_directive d, outbuf *ob,
                          size_t lead)
{
    size_t want = lead + len + len / 8 + 256;
    if (outbuf_reserve(ob, lead, want) < 0)
        return PII_ERR_NOMEM;
    pii_in_buffer in = {src, len, 0};
    pii_out_buffer out = {ob->buf, ob->cap, lead};
    int stalls = 0;
    for (;;) {
        size_t in0 = in.pos, out0 = out.pos;
        int64_t r = pii_redact_stream(ctx, &out, &in, d);
        if (r < 0)
            return r;
        int out_full = out.pos == out.size;
        if (!out_full) {
            if (d == PII_END ? r == 0 : in.pos == in.size)
                return (int64_t)out.pos;
            if (in.pos == in0 && out.pos == out0 && ++stalls > 3)
                return PII_ERR_INTERNAL;
            continue;
        }
        if (outbuf_reserve(ob, out.pos, out.pos + (size_t)r + len / 8 + 4096) < 0)
            return PII_ERR_NOMEM;
        out.dst = ob->buf;
        out.size = ob->cap;
    }
}

static PyObject *redactor_run(RedactorObject *r, PyObject *chunk, pii_directive d)
{
    if (!r->engine) {
        PyErr_SetString(PyExc_RuntimeError, "Redactor is not initialised");
        return NULL;
    }
    input in;
    memset(&in, 0, sizeof in);
    if (chunk) {
        if (input_get(chunk, &in, 1) < 0)
            return NULL;
        int m = in.out_type == OUT_STR ? OUT_STR : OUT_BYTES;
        if (r->mode == -1) {
            r->mode = m;
        } else if (r->mode != m) {
            input_release(&in);
            PyErr_Format(PyExc_TypeError, "this Redactor takes %s chunks, not %.200s",
                         r->mode == OUT_STR ? "str" : "bytes-like", Py_TYPE(chunk)->tp_name);
            return NULL;
        }
    }
    if (r->closed) {
        input_release(&in);
        if (r->closed == 2)
            return raise_code(PII_ERR_SESSION, "an earlier call on this Redactor failed");
        return raise_code(PII_ERR_STAGE, "the Redactor is closed");
    }
    /* one thread at a time; wait without the GIL */
    if (!PyThread_acquire_lock(r->lock, NOWAIT_LOCK)) {
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(r->lock, WAIT_LOCK);
        Py_END_ALLOW_THREADS
    }
    if (r->closed || !r->ctx) {
        PyThread_release_lock(r->lock);
        input_release(&in);
        return raise_code(r->closed == 2 ? PII_ERR_SESSION : PII_ERR_STAGE, "the Redactor is closed");
    }
    int mode = r->mode == -1 ? OUT_STR : r->mode;
    outbuf ob;
    outbuf_init(&ob);
    size_t lead = mode == OUT_STR ? (size_t)r->npend : 0;
    memcpy(ob.buf, r->pend, lead);
    int64_t n;
    r->started = 1;
    if (in.len >= gil_threshold) {
        Py_BEGIN_ALLOW_THREADS
        n = stream_all(r->ctx, in.data, (size_t)in.len, d, &ob, lead);
        Py_END_ALLOW_THREADS
    } else {
        n = stream_all(r->ctx, in.data, (size_t)in.len, d, &ob, lead);
    }
    PyObject *res = NULL;
    if (n < 0) {
        r->closed = 2;
        raise_code((int)n, pii_ctx_error(r->ctx));
        redactor_end(r);
    } else {
        r->bytes_in += (uint64_t)in.len;
        r->bytes_out += (uint64_t)n - lead;
        if (mode == OUT_STR) {
            /* CPython's all-ASCII fast path may return without setting consumed */
            Py_ssize_t consumed = (Py_ssize_t)n;
            res = PyUnicode_DecodeUTF8Stateful(ob.buf, (Py_ssize_t)n, "strict",
                                               d == PII_END ? NULL : &consumed);
            if (res && d != PII_END) {
                r->npend = (int)(n - consumed);
                if (r->npend > 3) {
                    Py_CLEAR(res);
                    PyErr_SetString(PyExc_RuntimeError, "redacted stream is not valid UTF-8");
                } else {
                    memcpy(r->pend, ob.buf + consumed, (size_t)r->npend);
                }
            }
        } else {
            res = PyBytes_FromStringAndSize(ob.buf, (Py_ssize_t)n);
        }
        if (d == PII_END) {
            /* the context goes back to the engine's pool: keep its summary */
            Py_XSETREF(r->summary, summary_of_ctx(r->engine, r->ctx));
            if (!r->summary)
                Py_CLEAR(res);
            r->closed = 1;
            r->npend = 0;
            redactor_end(r);
        }
    }
    PyThread_release_lock(r->lock);
    outbuf_free(&ob);
    input_release(&in);
    return res;
}

static PyObject *redactor_write(RedactorObject *r, PyObject *chunk)
{
    return redactor_run(r, chunk, PII_CONTINUE);
}

static PyObject *redactor_flush(RedactorObject *r, PyObject *Py_UNUSED(ignored))
{
    return redactor_run(r, NULL, PII_FLUSH);
}

static PyObject *redactor_close(RedactorObject *r, PyObject *Py_UNUSED(ignored))
{
    return redactor_run(r, NULL, PII_END);
}

static PyObject *redactor_abort(RedactorObject *r, PyObject *Py_UNUSED(ignored))
{
    if (!PyThread_acquire_lock(r->lock, NOWAIT_LOCK)) {
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(r->lock, WAIT_LOCK);
        Py_END_ALLOW_THREADS
    }
    if (!r->closed)
        r->closed = 1;
    r->npend = 0;
    if (r->engine)
        redactor_end(r);
    PyThread_release_lock(r->lock);
    Py_RETURN_NONE;
}

static PyObject *redactor_summary(RedactorObject *r, PyObject *Py_UNUSED(ignored))
{
    if (!r->engine) {
        PyErr_SetString(PyExc_RuntimeError, "Redactor is not initialised");
        return NULL;
    }
    if (r->summary) { /* a copy: the caller may change what it gets */
        PyObject *top = PyDict_Copy(r->summary);
        static const char *const inner[] = {"per_entity", "per_category"};
        for (int i = 0; top && i < 2; i++) {
            PyObject *d = PyDict_GetItemString(r->summary, inner[i]); /* borrowed */
            PyObject *c = d ? PyDict_Copy(d) : NULL;
            if (!c || PyDict_SetItemString(top, inner[i], c) < 0)
                Py_CLEAR(top);
            Py_XDECREF(c);
        }
        return top;
    }
    if (r->closed == 2)
        return raise_code(PII_ERR_SESSION, "an earlier call on this Redactor failed");
    if (r->closed)
        return raise_code(PII_ERR_STAGE, "the Redactor was aborted");
    if (!PyThread_acquire_lock(r->lock, NOWAIT_LOCK)) {
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(r->lock, WAIT_LOCK);
        Py_END_ALLOW_THREADS
    }
    PyObject *res;
    if (r->closed || !r->ctx)
        res = raise_code(r->closed == 2 ? PII_ERR_SESSION : PII_ERR_STAGE, "the Redactor is closed");
    else if (!r->started)
        res = summary_empty(r->engine);
    else
        res = summary_of_ctx(r->engine, r->ctx);
    PyThread_release_lock(r->lock);
    return res;
}

static PyObject *redactor_stats(RedactorObject *r, void *Py_UNUSED(closure))
{
    PyObject *d = PyDict_New();
    if (!d || !r->engine)
        return d;
    for (int i = 0; i < COUNT_SLOTS; i++) {
        if (!r->counts[i])
            continue;
        PyObject *name = engine_entity_name(r->engine, i);
        PyObject *v = name ? PyLong_FromUnsignedLongLong(r->counts[i]) : NULL;
        if (!v || PyDict_SetItem(d, name, v) < 0) {
            Py_XDECREF(name);
            Py_XDECREF(v);
            Py_DECREF(d);
            return NULL;
        }
        Py_DECREF(name);
        Py_DECREF(v);
    }
    if (r->other) {
        PyObject *v = PyLong_FromUnsignedLongLong(r->other);
        if (!v || PyDict_SetItemString(d, "OTHER", v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(d);
            return NULL;
        }
        Py_DECREF(v);
    }
    return d;
}

static PyObject *redactor_closed(RedactorObject *r, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(r->closed != 0);
}

static PyObject *redactor_bytes_in(RedactorObject *r, void *Py_UNUSED(closure))
{
    return PyLong_FromUnsignedLongLong(r->bytes_in);
}

static PyObject *redactor_bytes_out(RedactorObject *r, void *Py_UNUSED(closure))
{
    return PyLong_FromUnsignedLongLong(r->bytes_out);
}

static PyMethodDef redactor_methods[] = {
    {"write", (PyCFunction)redactor_write, METH_O,
     "write(chunk) -> redacted output that is ready (same type as chunk)"},
    {"flush", (PyCFunction)redactor_flush, METH_NOARGS,
     "flush() -> everything that can be decided now"},
    {"close", (PyCFunction)redactor_close, METH_NOARGS, "close() -> the rest of the output"},
    {"abort", (PyCFunction)redactor_abort, METH_NOARGS,
     "abort() -> None: end the session, discarding held-back input"},
    {"summary", (PyCFunction)redactor_summary, METH_NOARGS,
     "summary() -> dict: after close(), what the whole stream contained (as Engine.summary);\n"
     "before, what has been decided so far"},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef redactor_getset[] = {
    {"stats", (getter)redactor_stats, NULL, "findings so far: {entity name: count}", NULL},
    {"closed", (getter)redactor_closed, NULL, "whether the session has ended", NULL},
    {"bytes_in", (getter)redactor_bytes_in, NULL, "UTF-8 bytes written so far", NULL},
    {"bytes_out", (getter)redactor_bytes_out, NULL, "UTF-8 bytes output so far", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject RedactorType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pii._pii.Redactor",
    .tp_basicsize = sizeof(RedactorObject),
    .tp_dealloc = (destructor)redactor_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Redactor(engine, binary=None)\n\nOne streaming redaction session; binary: True for bytes "
              "chunks, False for str, None to follow the first write.",
    .tp_methods = redactor_methods,
    .tp_getset = redactor_getset,
    .tp_init = (initproc)redactor_init,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------------ */
/* Module functions                                                         */
/* ------------------------------------------------------------------------ */

static int value_of(PyObject *value, Py_buffer *view, PyObject **tmp)
{
    *tmp = NULL;
    if (PyUnicode_Check(value)) {
        *tmp = PyUnicode_AsUTF8String(value);
        if (!*tmp)
            return -1;
        value = *tmp;
    }
    if (PyObject_GetBuffer(value, view, PyBUF_SIMPLE) < 0) {
        Py_CLEAR(*tmp);
        return -1;
    }
    return 0;
}

static PyObject *mod_validate_ex(PyObject *Py_UNUSED(m), PyObject *args)
{
    PyObject *entity, *value, *tmp;
    if (!PyArg_ParseTuple(args, "OO:validate_ex", &entity, &value))
        return NULL;
    int id;
    if (entity_of(entity, &id) < 0)
        return NULL;
    if (id < 0)
        return raise_code(PII_ERR_UNKNOWN_ENTITY, "validate needs one entity");
    Py_buffer v;
    if (value_of(value, &v, &tmp) < 0)
        return NULL;
    char sub[PII_SUBTYPE_MAX] = "";
    int rc = pii_validate_ex(id, v.buf, (size_t)v.len, sub);
    PyBuffer_Release(&v);
    Py_XDECREF(tmp);
    if (rc < 0)
        return raise_code(rc, NULL);
    if (!rc)
        return Py_BuildValue("(Os)", Py_False, "");
    sub[PII_SUBTYPE_MAX - 1] = '\0';
    return Py_BuildValue("(Os)", Py_True, sub);
}

static PyObject *mod_validate(PyObject *Py_UNUSED(m), PyObject *args)
{
    PyObject *entity, *value, *tmp;
    if (!PyArg_ParseTuple(args, "OO:validate", &entity, &value))
        return NULL;
    int id;
    if (entity_of(entity, &id) < 0)
        return NULL;
    if (id < 0)
        return raise_code(PII_ERR_UNKNOWN_ENTITY, "validate needs one entity");
    Py_buffer v;
    if (value_of(value, &v, &tmp) < 0)
        return NULL;
    int rc = pii_validate(id, v.buf, (size_t)v.len);
    PyBuffer_Release(&v);
    Py_XDECREF(tmp);
    if (rc < 0)
        return raise_code(rc, NULL);
    return PyBool_FromLong(rc);
}

static PyObject *mod_validate_named(PyObject *Py_UNUSED(m), PyObject *args)
{
    const char *name;
    PyObject *value, *tmp;
    if (!PyArg_ParseTuple(args, "sO:validate_named", &name, &value))
        return NULL;
    Py_buffer v;
    if (value_of(value, &v, &tmp) < 0)
        return NULL;
    int rc = pii_validate_named(name, v.buf, (size_t)v.len);
    PyBuffer_Release(&v);
    Py_XDECREF(tmp);
    if (rc < 0)
        return raise_code(rc, rc == PII_ERR_UNSUPPORTED ? "no validator of this name" : NULL);
    return PyBool_FromLong(rc);
}

static PyObject *mod_error_info(PyObject *Py_UNUSED(m), PyObject *arg)
{
    long code = PyLong_AsLong(arg);
    if (code == -1 && PyErr_Occurred())
        return NULL;
    const char *n = pii_error_name((int)code), *msg = pii_error_message((int)code);
    return Py_BuildValue("(ss)", n ? n : "", msg ? msg : "");
}

static PyObject *mod_register_errors(PyObject *Py_UNUSED(m), PyObject *args)
{
    PyObject *base, *map;
    if (!PyArg_ParseTuple(args, "OO!:_register_errors", &base, &PyDict_Type, &map))
        return NULL;
    Py_INCREF(base);
    Py_INCREF(map);
    Py_XSETREF(error_base, base);
    Py_XSETREF(error_map, map);
    Py_RETURN_NONE;
}

static PyObject *mod_raise_code(PyObject *Py_UNUSED(m), PyObject *args)
{
    int code;
    const char *detail = NULL;
    if (!PyArg_ParseTuple(args, "i|z:_raise", &code, &detail))
        return NULL;
    return raise_code(code, detail);
}

static PyObject *mod_gil_threshold(PyObject *Py_UNUSED(m), PyObject *args)
{
    Py_ssize_t v = -1;
    if (!PyArg_ParseTuple(args, "|n:gil_threshold", &v))
        return NULL;
    Py_ssize_t old = gil_threshold;
    if (v >= 0)
        gil_threshold = v;
    return PyLong_FromSsize_t(old);
}

static PyObject *mod_noop(PyObject *Py_UNUSED(m), PyObject *arg)
{
    (void)arg;
    Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
    {"validate", mod_validate, METH_VARARGS,
     "validate(entity, value) -> bool: checksums, lengths and registries of one value"},
    {"validate_ex", mod_validate_ex, METH_VARARGS,
     "validate_ex(entity, value) -> (valid, subtype)"},
    {"validate_named", mod_validate_named, METH_VARARGS,
     "validate_named(validator, value) -> bool: 'luhn', 'iban', 'aba', 'ssn', ..."},
    {"error_info", mod_error_info, METH_O, "error_info(code) -> (name, message)"},
    {"_register_errors", mod_register_errors, METH_VARARGS, NULL},
    {"_raise", mod_raise_code, METH_VARARGS, NULL},
    {"gil_threshold", mod_gil_threshold, METH_VARARGS,
     "gil_threshold([n]) -> previous value: inputs of n bytes or more release the GIL"},
    {"_noop", mod_noop, METH_O, "does nothing (benchmark baseline)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "pii._pii", "CPython extension over libpii", -1, module_methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__pii(void)
{
    if (PyType_Ready(&FindingType) < 0 || PyType_Ready(&EngineType) < 0 ||
        PyType_Ready(&RedactorType) < 0)
        return NULL;
    if (!empty_str && !(empty_str = PyUnicode_InternFromString("")))
        return NULL;
    PyObject *m = PyModule_Create(&moduledef);
    if (!m)
        return NULL;
    Py_INCREF(&FindingType);
    Py_INCREF(&EngineType);
    Py_INCREF(&RedactorType);
    if (PyModule_AddObject(m, "Finding", (PyObject *)&FindingType) < 0 ||
        PyModule_AddObject(m, "Engine", (PyObject *)&EngineType) < 0 ||
        PyModule_AddObject(m, "Redactor", (PyObject *)&RedactorType) < 0)
        goto fail;
    PyObject *names = PyTuple_New(PII_ENTITY_BUILTIN_COUNT);
    if (!names)
        goto fail;
    for (int i = 0; i < PII_ENTITY_BUILTIN_COUNT; i++) {
        PyObject *s = PyUnicode_InternFromString(pii_entity_name(i));
        if (!s) {
            Py_DECREF(names);
            goto fail;
        }
        PyTuple_SET_ITEM(names, i, s);
    }
    if (PyModule_AddObject(m, "ENTITIES", names) < 0) {
        Py_DECREF(names);
        goto fail;
    }
    if (PyModule_AddStringConstant(m, "library_version", pii_version_string()) < 0 ||
        PyModule_AddIntConstant(m, "library_version_number", (long)pii_version_number()) < 0 ||
        PyModule_AddStringConstant(m, "header_version", PII_VERSION_STRING) < 0 ||
        PyModule_AddIntConstant(m, "FLAG_VALIDATED", PII_FLAG_VALIDATED) < 0 ||
        PyModule_AddIntConstant(m, "FLAG_CONTEXT", PII_FLAG_CONTEXT) < 0 ||
        PyModule_AddIntConstant(m, "FLAG_NORMALIZED", PII_FLAG_NORMALIZED) < 0 ||
        PyModule_AddIntConstant(m, "FLAG_CUSTOM", PII_FLAG_CUSTOM) < 0 ||
        PyModule_AddObject(m, "DEFAULT_MIN_SCORE", PyFloat_FromDouble(PII_DEFAULT_MIN_SCORE)) < 0 ||
        PyModule_AddIntConstant(m, "DEFAULT_CONTEXT_WINDOW", PII_DEFAULT_CONTEXT_WINDOW) < 0)
        goto fail;
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
