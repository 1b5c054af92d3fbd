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
    "scan", "redact", "validate", "validate_ex", "validate_named", "Engine", "Redactor",
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


class Engine(_pii.Engine):
    """A compiled ruleset with its redaction options; build once, share
    between threads.

    entities: only these entities (names, or a comma-separated str);
    exclude_entities: all but these; min_score: in [0, 1] (default 0.5);
    context_window: characters each side searched for hotwords (default 48);
    operators: {"US_SSN": "mask:keep=4", "EMAIL_ADDRESS": "hash", "*": "tag"}
    (a value may also be {"op": "mask", "keep_last": 4, "char": "#"});
    hash_key: 16..64 bytes, needed by the hash operator; allow: values
    (exact matched text) never reported nor redacted.
    """

    def __init__(self, entities=None, min_score=None, operators=None, hash_key=None,
                 context_window=None, *, exclude_entities=None, allow=None):
        ops = _operators(operators)
        key = _hash_key(hash_key)
        if key is None and ops and any(s.split(":", 1)[0].strip() == "hash" for _, s in ops):
            raise _invalid("the hash operator needs a hash_key (16..64 bytes)")
        super().__init__(entities=_names(entities, "entities"),
                         exclude=_names(exclude_entities, "exclude_entities"),
                         min_score=min_score, context_window=context_window, operators=ops,
                         hash_key=key)
        self._operators = tuple(ops or ())
        self.allow = frozenset(allow or ())
        if self.allow:
            if not all(isinstance(a, (str, bytes)) for a in self.allow):
                raise TypeError("allow must hold str or bytes values")
            self._allow_bytes = frozenset(a.encode("utf-8") if isinstance(a, str) else a
                                          for a in self.allow)
            self._allow_str = frozenset(a if isinstance(a, str) else a.decode("utf-8", "replace")
                                        for a in self.allow)
            # the same object with Python scan/redact that apply the allow
            # list (a class switch, not bound methods in __dict__: no cycle)
            self.__class__ = _AllowEngine

    @property
    def operators(self):
        """The operators as given: ((entity or None for all, spec), ...)."""
        return self._operators

    def redactor(self, sink=None, binary=None) -> "Redactor":
        """A streaming Redactor with this engine's options."""
        return Redactor(engine=self, sink=sink, binary=binary)

    validate = staticmethod(validate)

    @classmethod
    def from_policy(cls, policy, **overrides) -> "Engine":
        """An engine from a policy: a dict, or the path of a YAML (or .json)
        file, with the schema of ``pii-redact --policy`` (README, Policies):

            min_score: 0.5
            entities: {enable: [...], disable: [...]}
            operators: {default: tag, US_SSN: {op: mask, keep_last: 4}, ...}
            allow: ["support@example.com"]
            rules: [...]          # custom rules: not supported yet

        Keyword arguments are added to or override the policy's, e.g.
        ``hash_key=`` (which a policy never holds) or ``context_window=``.
        """
        return cls(**{**load_policy(policy), **overrides})

    def __repr__(self):
        return (f"<pii.Engine entities={len(self.entities)} min_score={self.min_score:g} "
                f"operators={len(self._operators)} allow={len(self.allow)}>")


class _AllowEngine(Engine):
    """An Engine with an allow list: findings whose text is allowed are
    neither reported nor redacted."""

    def scan(self, text):
        found = _pii.Engine.scan(self, text)
        if isinstance(text, str):
            return [f for f in found if text[f.start:f.end] not in self._allow_str]
        with memoryview(text) as view, view.cast("B") as b:
            return [f for f in found if bytes(b[f.start:f.end]) not in self._allow_bytes]

    def redact(self, text):
        return self._redact_allow(text, self._allow_bytes)


# The schema of pii-redact --policy and pii_builder_load_policy() (README,
# "Policies"), so that one policy file serves the CLI, C and Python.
_POLICY_KEYS = {"min_score", "entities", "operators", "allow", "rules"}


def load_policy(policy) -> dict:
    """Engine keyword arguments from a policy: a dict, or the path of a YAML
    (or .json) file with the schema of ``pii-redact --policy``."""
    if isinstance(policy, (str, bytes, os.PathLike)):
        path = os.fsdecode(policy)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise InputOutputError(f"cannot read policy file: {e.strerror}", -13,
                                   "PII_ERR_IO") from None
        if path.endswith(".json"):
            try:
                policy = json.loads(text)
            except ValueError as e:
                raise _policy_error(f"{path}: not valid JSON (line {e.lineno})") from None
        else:
            try:
                import yaml
            except ImportError:
                raise _policy_error("YAML policies need PyYAML (apt-get install python3-yaml)") from None
            try:
                policy = yaml.safe_load(text)
            except yaml.YAMLError as e:
                mark = getattr(e, "problem_mark", None)
                where = f":{mark.line + 1}" if mark is not None else ""
                raise _policy_error(f"{path}{where}: YAML syntax error") from None
    if policy is None:
        policy = {}
    if not isinstance(policy, dict):
        raise _policy_error("a policy is a mapping of options")
    unknown = set(policy) - _POLICY_KEYS
    if unknown:
        raise _policy_error(f"unknown policy keys: {', '.join(sorted(map(str, unknown)))}")
    kw = {}
    if policy.get("min_score") is not None:
        if isinstance(policy["min_score"], bool) or not isinstance(policy["min_score"], (int, float)):
            raise _policy_error("min_score: expected a number in [0, 1]")
        kw["min_score"] = policy["min_score"]
    ents = policy.get("entities")
    if isinstance(ents, dict):
        bad = set(ents) - {"enable", "disable"}
        if bad:
            raise _policy_error(f"entities: unknown keys {', '.join(sorted(map(str, bad)))} "
                                "(expected enable, disable)")
        for key, arg in (("enable", "entities"), ("disable", "exclude_entities")):
            v = ents.get(key)
            if v is None:
                continue
            if isinstance(v, str) or not all(isinstance(e, str) for e in v):
                raise _policy_error(f"entities.{key}: expected a list of entity names")
            kw[arg] = list(v)
    elif ents is not None:
        raise _policy_error("entities: expected a mapping {enable: [...], disable: [...]}")
    ops = policy.get("operators")
    if ops is not None:
        if not isinstance(ops, dict):
            raise _policy_error("operators: expected a mapping {default|ENTITY: spec}")
        for k, v in ops.items():
            if not isinstance(v, (str, dict)):
                raise _policy_error(f"operators.{k}: expected a spec string or a mapping")
        kw["operators"] = ops
    allow = policy.get("allow")
    if allow is not None:
        if isinstance(allow, str) or not all(isinstance(a, str) for a in allow):
            raise _policy_error("allow: expected a list of strings")
        kw["allow"] = list(allow)
    if policy.get("rules"):
        raise NotImplementedError(
            "policy 'rules' (custom rules) are not supported by these bindings yet: they "
            "need pii_builder_add_rule in libpii")
    return kw


# ---------------------------------------------------------------------------
# Streaming
# ---------------------------------------------------------------------------


class Redactor(_pii.Redactor):
    """A streaming redaction session: the concatenated outputs of write()
    calls and close() equal redact() of the concatenated chunks, however the
    input is split.  Memory stays bounded whatever the stream length.

    Chunks are str (output str) or bytes-like (output bytes), not mixed.
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
        if getattr(engine, "allow", None):
            raise NotImplementedError(
                "allow lists in streaming redaction need per-finding control in libpii's "
                "stream API; use Engine.redact on whole texts")
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


def redact(text, entities=None, min_score=None, operators=None, hash_key=None):
    """text with every finding replaced, as the same type (str -> str,
    bytearray -> bytearray, other bytes-like -> bytes).

    operators: {"US_SSN": "mask:keep=4", "EMAIL_ADDRESS": "hash", "*": "tag"}
    (default: "[ENTITY]" tags); hash_key: 16..64 bytes for "hash".
    """
    return _engine(entities, min_score, operators, hash_key).redact(text)
