"""pii - find and redact personal data in text (Python bindings of libpii).

    >>> import pii
    >>> [(f.entity_type, f.start, f.end) for f in pii.scan("SSN 536-22-1874")]
    [('US_SSN', 4, 15)]
    >>> pii.redact("SSN 536-22-1874")
    'SSN [US_SSN]'

str input gives offsets in code points (so ``text[f.start:f.end]`` is the
match); bytes-like input (bytes, bytearray, memoryview, mmap ...) gives byte
offsets.  ``redact`` returns the type of its input.  An ``Engine`` compiles
the options once and is shared freely between threads; the module-level
functions use a cached engine per set of options.  Calls on inputs of 4 KiB
or more release the GIL.

    >>> pii.summary("SSN 536-22-1874, mail jane.doe@example.com")["per_category"]
    {'government_id': 1, 'contact': 1}
"""
from __future__ import annotations

import json
import os
import threading
from functools import lru_cache

from . import _pii
from ._pii import (
    DEFAULT_CONTEXT_WINDOW,
    DEFAULT_MIN_SCORE,
    ENTITIES,
    FLAG_CONTEXT,
    FLAG_CUSTOM,
    FLAG_NORMALIZED,
    FLAG_VALIDATED,
    Finding,
    gil_threshold,
    library_version,
    validate,
    validate_ex,
    validate_named,
)

__version__ = "0.1.0"

__all__ = [
    "scan", "redact", "summary", "validate", "validate_ex", "validate_named", "Engine", "Redactor",
    "Finding", "ENTITIES", "Error", "InvalidArgumentError", "OutOfMemoryError", "StateError",
    "UnknownEntityError", "PatternError", "MatchLimitError", "UnsupportedError",
    "SessionError", "PolicyError", "InputOutputError", "InternalError", "FLAG_VALIDATED",
    "FLAG_CONTEXT", "FLAG_NORMALIZED", "FLAG_CUSTOM", "DEFAULT_MIN_SCORE",
    "DEFAULT_CONTEXT_WINDOW", "library_version", "gil_threshold", "load_policy",
]

# ---------------------------------------------------------------------------
# Errors: one class per libpii error code, each carrying .code and .name
# ---------------------------------------------------------------------------


class Error(Exception):
    """A libpii error.  ``code`` is the library's negative error code and
    ``name`` its constant name (``pii_error_name``), e.g. ``PII_ERR_POLICY``.
    Messages never contain input text."""

    code: int = 0
    name: str = ""

    def __init__(self, message: str = "", code: int | None = None, name: str | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code
        if name is not None:
            self.name = name
        elif code is not None:
            self.name = _pii.error_info(code)[0]


class InvalidArgumentError(Error, ValueError):
    """An argument is out of range (PII_ERR_INVALID_ARG, PII_ERR_NULL)."""
    code, name = -2, "PII_ERR_INVALID_ARG"


class OutOfMemoryError(Error, MemoryError):
    """The library ran out of memory (PII_ERR_NOMEM)."""
    code, name = -3, "PII_ERR_NOMEM"


class StateError(Error):
    """A call made in the wrong order or state (PII_ERR_STAGE, PII_ERR_BUSY)."""
    code, name = -4, "PII_ERR_STAGE"


class UnknownEntityError(Error, ValueError):
    """An entity name or id is not known (PII_ERR_UNKNOWN_ENTITY)."""
    code, name = -5, "PII_ERR_UNKNOWN_ENTITY"


class PatternError(Error, ValueError):
    """A custom pattern did not compile (PII_ERR_PATTERN)."""
    code, name = -6, "PII_ERR_PATTERN"


class MatchLimitError(Error):
    """A pattern hit its match or depth limit (PII_ERR_MATCH_LIMIT)."""
    code, name = -7, "PII_ERR_MATCH_LIMIT"


class UnsupportedError(Error):
    """No such operation for this entity or validator (PII_ERR_UNSUPPORTED)."""
    code, name = -10, "PII_ERR_UNSUPPORTED"


class SessionError(StateError):
    """A streaming session failed earlier (PII_ERR_SESSION)."""
    code, name = -11, "PII_ERR_SESSION"


class PolicyError(Error, ValueError):
    """A policy could not be parsed or applied (PII_ERR_POLICY)."""
    code, name = -12, "PII_ERR_POLICY"


class InputOutputError(Error):
    """Reading or writing a file failed (PII_ERR_IO)."""
    code, name = -13, "PII_ERR_IO"


class InternalError(Error):
    """A bug in libpii or in these bindings (PII_ERR_INTERNAL)."""
    code, name = -14, "PII_ERR_INTERNAL"


_ERRORS = {
    -1: InvalidArgumentError, -2: InvalidArgumentError, -3: OutOfMemoryError, -4: StateError,
    -5: UnknownEntityError, -6: PatternError, -7: MatchLimitError, -8: StateError,
    -9: InternalError, -10: UnsupportedError, -11: SessionError, -12: PolicyError,
    -13: InputOutputError, -14: InternalError, -15: Error,
}
_pii._register_errors(Error, _ERRORS)


def _policy_error(message: str) -> PolicyError:
    return PolicyError(message, -12, "PII_ERR_POLICY")


def _invalid(message: str) -> InvalidArgumentError:
    return InvalidArgumentError(message, -2, "PII_ERR_INVALID_ARG")


# ---------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------

_OP_KEYS = {
    "keep_last": "keep", "keep": "keep", "char": "char", "mask_char": "char",
    "hex": "hex", "hash_hex": "hex", "format": "format",
}


def _names(entities, what: str):
    """None, "A,B" or an iterable of names -> "A,B" or None."""
    if entities is None:
        return None
    if isinstance(entities, str):
        items = [e.strip() for e in entities.split(",")]
    else:
        try:
            items = [str(e).strip() for e in entities]
        except TypeError:
            raise TypeError(f"{what} must be a str or an iterable of entity names") from None
    return ",".join(e for e in items if e)


def _operator_spec(value) -> str:
    """A spec string ("mask:keep=4") or a dict {op, keep_last, char, hex, format}."""
    if isinstance(value, str):
        return value
    if not isinstance(value, dict):
        raise TypeError("an operator is a spec str ('mask:keep=4') or a dict {'op': 'mask', ...}")
    value = dict(value)
    op = value.pop("op", None) or value.pop("operator", None) or value.pop("type", None)
    if not isinstance(op, str):
        raise _invalid("an operator dict needs 'op' (tag, mask, remove, hash or keep)")
    opts, fmt = [], None
    for k, v in value.items():
        key = _OP_KEYS.get(k)
        if key is None:
            raise _invalid(f"unknown operator option {k!r} (expected keep_last, char, hex or format)")
        if key == "format":
            fmt = str(v)
            continue
        v = str(v)
        if "," in v or "=" in v:
            raise _invalid(f"operator option {k!r} may not contain ',' or '='")
        opts.append(f"{key}={v}")
    if fmt is not None:
        opts.append(f"format={fmt}")  # a format runs to the end of the spec
    return op + (":" + ",".join(opts) if opts else "")


def _operators(operators):
    """dict {ENTITY or "*": spec} or iterable of pairs -> list of (entity or None, spec)."""
    if operators is None:
        return None
    items = operators.items() if isinstance(operators, dict) else operators
    out = []
    for entity, spec in items:
        if entity in ("*", None, "default", "DEFAULT"):
            entity = None
        out.append((entity, _operator_spec(spec)))
    # the catch-all first, so specific entities win whatever the order given
    out.sort(key=lambda p: p[0] is not None)
    return out


def _hash_key(key):
    if key is None:
        return None
    if isinstance(key, str):
        return key.encode("utf-8")
    return bytes(key)


# ---------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------


_RULE_KEYS = ("entity", "pattern", "score", "context", "validator", "category")


def _rules(rules):
    """Custom rules (dicts with the keys of a policy's rules) -> tuples for
    pii_builder_add_rule: (entity, pattern, score, context, validator, category)."""
    if rules is None:
        return None
    if isinstance(rules, (str, bytes)) or hasattr(rules, "keys"):
        raise TypeError("rules must be a list of rule dicts {'entity', 'pattern', ...}")
    out = []
    for i, rule in enumerate(rules):
        if not hasattr(rule, "keys"):
            raise TypeError(f"rule {i}: expected a dict with keys {', '.join(_RULE_KEYS)}")
        unknown = sorted(map(str, set(rule) - set(_RULE_KEYS)))
        if unknown:
            raise _invalid(f"rule {i}: unknown keys {', '.join(unknown)} "
                           f"(expected {', '.join(_RULE_KEYS)})")
        for key in ("entity", "pattern"):
            if key not in rule:
                raise _invalid(f"rule {i}: no '{key}'")
            if not isinstance(rule[key], str):
                raise TypeError(f"rule {i}: '{key}' must be a str")
        score = rule.get("score", DEFAULT_MIN_SCORE)
        if isinstance(score, bool) or not isinstance(score, (int, float)):
            raise TypeError(f"rule {i}: 'score' must be a number in (0, 1]")
        context = rule.get("context") or ()
        if isinstance(context, str):
            context = (context,)
        context = tuple(context)
        if not all(isinstance(w, str) for w in context):
            raise TypeError(f"rule {i}: 'context' must be a list of str")
        opt = []
        for key in ("validator", "category"):
            v = rule.get(key)
            if v is not None and not isinstance(v, str):
                raise TypeError(f"rule {i}: '{key}' must be a str")
            opt.append(v)
        out.append((rule["entity"], rule["pattern"], float(score), context, opt[0], opt[1]))
    return out


def _allow(allow):
    """Allowed values -> (frozenset as given, list of UTF-8 bytes)."""
    if allow is None:
        return frozenset(), None
    if isinstance(allow, (str, bytes)):
        raise TypeError("allow must be a list of values, not a single str or bytes")
    given = tuple(allow)
    if not all(isinstance(a, (str, bytes, bytearray)) for a in given):
        raise TypeError("allow must hold str or bytes values")
    enc = [a.encode("utf-8") if isinstance(a, str) else bytes(a) for a in given]
    return frozenset(a if isinstance(a, str) else bytes(a) for a in given), enc


def _has_hash(spec) -> bool:
    if isinstance(spec, str):
        return spec.split(":", 1)[0].strip() == "hash"
    if isinstance(spec, dict):
        return spec.get("op") == "hash"
    return False


def _policy_source(policy):
    """(policy_file, policy_text, as_dict) for Engine(policy=...)."""
    if policy is None:
        return None, None, {}
    if isinstance(policy, (str, bytes, os.PathLike)):
        return policy, None, None
    try:
        # JSON is YAML: the library's parser and checks, as for a file
        text = json.dumps(policy, ensure_ascii=False, indent=1, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise _policy_error(f"<policy>: cannot be written as YAML: {e}") from None
    return None, text, policy if isinstance(policy, dict) else None


def _file_min_score(path):
    """min_score of a policy file, for Engine.min_score only (None when
    PyYAML is missing or the value cannot be read)."""
    try:
        import yaml
        with open(path, "rb") as f:
            doc = yaml.safe_load(f)
    except Exception:  # the library has read and checked the file already
        return None
    if doc is None:
        return DEFAULT_MIN_SCORE
    v = doc.get("min_score", DEFAULT_MIN_SCORE) if isinstance(doc, dict) else None
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


class Engine(_pii.Engine):
    """A compiled ruleset with its redaction options; build once, share
    between threads.

    entities: only these built-in entities (names, or a comma-separated
    str); exclude_entities: all but these; min_score: in [0, 1] (default
    0.5); context_window: characters each side searched for hotwords
    (default 48); operators: {"US_SSN": "mask:keep=4", "EMAIL_ADDRESS":
    "hash", "*": "tag"} (a value may also be {"op": "mask", "keep_last": 4,
    "char": "#"}; custom entities may be named); hash_key: 16..64 bytes,
    needed by the hash operator; allow: exact values (str or bytes, compared
    with a finding's UTF-8 bytes) never reported nor redacted; rules: custom
    rules, dicts {"entity", "pattern", "score" (default 0.5), "context"
    (hotwords), "validator" ("luhn", "iban", ...), "category"}; normalize:
    detect through Unicode normalisation (default True: fullwidth and
    other scripts' digits, Unicode spaces and dashes, zero-width characters
    inside numbers); match_limit, depth_limit: PCRE2 limits of custom rules
    (0: the library's defaults); policy: a policy (the path of a YAML or
    JSON file, or a dict with the same schema) applied first, the other
    arguments adding to it or overriding it.
    """

    def __init__(self, entities=None, min_score=None, operators=None, hash_key=None,
                 context_window=None, *, exclude_entities=None, allow=None, rules=None,
                 normalize=None, match_limit=None, depth_limit=None, policy=None):
        ops = _operators(operators)
        key = _hash_key(hash_key)
        policy_file, policy_text, policy_dict = _policy_source(policy)
        if key is None:
            wants = [s for _, s in ops or ()]
            if isinstance(policy_dict, dict) and isinstance(policy_dict.get("operators"), dict):
                wants += list(policy_dict["operators"].values())
            if any(_has_hash(s) for s in wants):
                raise _invalid("the hash operator needs a hash_key (16..64 bytes)")
        self.allow, allow_bytes = _allow(allow)
        super().__init__(entities=_names(entities, "entities"),
                         exclude=_names(exclude_entities, "exclude_entities"),
                         min_score=min_score, context_window=context_window, operators=ops,
                         hash_key=key, allow=allow_bytes, rules=_rules(rules),
                         normalize=normalize, match_limit=match_limit, depth_limit=depth_limit,
                         policy_file=policy_file, policy_text=policy_text,
                         policy_name="<policy>" if policy_text is not None else None)
        self._operators = tuple(ops or ())
        self._min_score = _pii.Engine.min_score.__get__(self)
        if self._min_score is None:  # set (or left at the default) by the policy
            if policy_dict is not None:
                v = policy_dict.get("min_score", DEFAULT_MIN_SCORE)
                self._min_score = float(v) if v is not None else DEFAULT_MIN_SCORE
            else:
                self._min_score = _file_min_score(policy_file)

    @property
    def min_score(self):
        """The minimum score of a finding (None for a policy file whose
        min_score could not be read without PyYAML)."""
        return self._min_score

    @property
    def operators(self):
        """The operators given as arguments: ((entity or None for all, spec),
        ...); a policy's operators are applied before these."""
        return self._operators

    def redactor(self, sink=None, binary=None) -> "Redactor":
        """A streaming Redactor with this engine's options."""
        return Redactor(engine=self, sink=sink, binary=binary)

    validate = staticmethod(validate)

    @classmethod
    def from_policy(cls, policy, **overrides) -> "Engine":
        """An engine from a policy, applied by libpii (pii_builder_load_policy):
        the path of a YAML (or JSON) file, or a dict with the same schema,
        which is written as JSON (a subset of YAML) and applied with
        pii_builder_load_policy_string, so that files and dicts are checked
        alike.  The schema of ``pii-redact --policy`` (README, Policies)::

            min_score: 0.5
            entities: {enable: [...], disable: [...]}
            operators: {default: tag, US_SSN: {op: mask, keep_last: 4}, ...}
            allow: ["support@example.com"]
            rules: [{entity: EMPLOYEE_ID, pattern: 'EMP-\\d{6}', score: 0.8,
                     context: [employee], validator: luhn, category: hr}]

        A bad policy raises PolicyError ("FILE:LINE: reason"; "<policy>" for
        a dict), an unreadable file InputOutputError.  Keyword arguments are
        applied after the policy, e.g. ``hash_key=`` (which a policy never
        holds), ``context_window=`` or more ``rules=``.
        """
        return cls(policy=policy, **overrides)

    def __repr__(self):
        ms = "?" if self.min_score is None else f"{self.min_score:g}"
        return (f"<pii.Engine entities={len(self.entities)} min_score={ms} "
                f"operators={len(self._operators)} allow={len(self.allow)}>")


def load_policy(policy) -> dict:
    """A policy as a dict, checked by libpii: a dict is returned as it is, a
    file is read (YAML needs PyYAML; .json files are read with json).
    Raises PolicyError or InputOutputError as Engine.from_policy does."""
    Engine.from_policy(policy, hash_key=b"k" * 16)  # the library's checks
    if not isinstance(policy, (str, bytes, os.PathLike)):
        return dict(policy or {})
    path = os.fsdecode(policy)
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".json"):
        return json.loads(data) or {}
    try:
        import yaml
    except ImportError:
        raise _policy_error("reading YAML policies into a dict needs PyYAML "
                            "(apt-get install python3-yaml)") from None
    return yaml.safe_load(data) or {}


# ---------------------------------------------------------------------------
# Streaming
# ---------------------------------------------------------------------------


class Redactor(_pii.Redactor):
    """A streaming redaction session: the concatenated outputs of write()
    calls and close() equal redact() of the concatenated chunks, however the
    input is split.  Memory stays bounded whatever the stream length.

    Chunks are str (output str) or bytes-like (output bytes), not mixed.
    After close(), summary() says what the whole stream contained (as
    Engine.summary) and stats counts findings per entity.
    With ``sink`` (an object with write(), e.g. a file), output goes there
    and write/flush/close return None.  As a context manager it closes on
    leaving the block (the rest goes to the sink); without a sink call
    close() in the block yourself, or held-back input is discarded and
    SessionError raised.  After any error the session is failed (nothing
    unredacted is ever released) and further calls raise SessionError.
    """

    def __init__(self, entities=None, min_score=None, operators=None, hash_key=None, *,
                 engine=None, sink=None, binary=None):
        if engine is None:
            engine = _engine(entities, min_score, operators, hash_key)
        elif entities is not None or min_score is not None or operators is not None \
                or hash_key is not None:
            raise TypeError("give either engine or options, not both")
        super().__init__(engine, binary)
        self.engine = engine
        self.sink = sink

    def write(self, chunk):
        out = super().write(chunk)
        if self.sink is None:
            return out
        if out:
            self.sink.write(out)
        return None

    def flush(self):
        out = super().flush()
        if self.sink is None:
            return out
        if out:
            self.sink.write(out)
        return None

    def close(self):
        out = super().close()
        if self.sink is None:
            return out
        if out:
            self.sink.write(out)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if self.closed:
            return False
        if exc_type is not None or self.sink is None:
            self.abort()
            if exc_type is None:
                raise SessionError("Redactor left open without a sink: call close() in the "
                                   "with block to get the rest of the output", -11,
                                   "PII_ERR_SESSION")
            return False
        self.close()
        return False


# ---------------------------------------------------------------------------
# Module-level functions over cached engines
# ---------------------------------------------------------------------------

_default_engine = None
_default_lock = threading.Lock()


def _default() -> Engine:
    global _default_engine
    e = _default_engine
    if e is None:
        with _default_lock:
            if _default_engine is None:
                _default_engine = Engine()
            e = _default_engine
    return e


@lru_cache(maxsize=32)
def _cached(entities, min_score, operators, hash_key) -> Engine:
    return Engine(entities=entities, min_score=min_score,
                  operators=list(operators) if operators is not None else None,
                  hash_key=hash_key)


def _engine(entities=None, min_score=None, operators=None, hash_key=None) -> Engine:
    if entities is None and min_score is None and operators is None and hash_key is None:
        return _default()
    ents = _names(entities, "entities")
    ops = tuple(_operators(operators)) if operators is not None else None
    return _cached(ents, None if min_score is None else float(min_score), ops,
                   _hash_key(hash_key))


def scan(text, entities=None, min_score=None):
    """Findings in text (str: code-point offsets; bytes-like: byte offsets).

    entities: only these entity types; min_score: report findings scoring at
    least this (default 0.5).  Returns a list of Finding in order of start.
    """
    if entities is None and min_score is None:
        e = _default_engine or _default()
    else:
        e = _engine(entities, min_score)
    return e.scan(text)


def summary(text, entities=None, min_score=None) -> dict:
    """What text contains, without any of its text::

        {"bytes": 57, "findings": 2, "max_sensitivity": "critical",
         "per_entity": {"US_SSN": 1, "EMAIL_ADDRESS": 1},
         "per_category": {"government_id": 1, "contact": 1}}

    bytes: the UTF-8 (or byte) length scanned; per_entity / per_category:
    findings per entity and category name, those found only;
    max_sensitivity: "none", "low", "moderate", "high" or "critical".
    """
    return _engine(entities, min_score).summary(text)


def redact(text, entities=None, min_score=None, operators=None, hash_key=None):
    """text with every finding replaced, as the same type (str -> str,
    bytearray -> bytearray, other bytes-like -> bytes).

    operators: {"US_SSN": "mask:keep=4", "EMAIL_ADDRESS": "hash", "*": "tag"}
    (default: "[ENTITY]" tags); hash_key: 16..64 bytes for "hash".
    """
    return _engine(entities, min_score, operators, hash_key).redact(text)
