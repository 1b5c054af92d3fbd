import json

import pytest

import pii
from conftest import LINE, make_text
from test_redact import splice


def test_policy_dict(hash_key):
    e = pii.Engine.from_policy({
        "min_score": 0.55,
        "entities": {"disable": ["IP_ADDRESS"]},
        "operators": {"default": "tag", "US_SSN": {"op": "mask", "keep_last": 4},
                      "EMAIL_ADDRESS": "hash"},
    }, hash_key=hash_key)
    assert "IP_ADDRESS" not in e.entities and e.min_score == pytest.approx(0.55)
    out = e.redact(LINE)
    assert "SSN ***-**-1874," in out and "[CREDIT_CARD]" in out and "203.0.113.42" in out
    assert "[EMAIL_ADDRESS:" in out


def test_policy_entities_enable():
    e2 = pii.Engine.from_policy({"entities": {"enable": ["US_SSN", "CREDIT_CARD"]}})
    assert e2.entities == ("US_SSN", "CREDIT_CARD")


def test_policy_allow_scan_and_redact():
    allowed = ["jane.doe@example.com", "203.0.113.42"]
    e = pii.Engine.from_policy({"allow": allowed})
    found = e.scan(LINE)
    assert [f.entity_type for f in found] == ["US_SSN", "CREDIT_CARD"]
    assert e.redact(LINE) == "Contact jane.doe@example.com, SSN [US_SSN], card [CREDIT_CARD], from 203.0.113.42."
    assert e.redact(LINE.encode()) == e.redact(LINE).encode()
    assert [f.entity_type for f in e.scan(LINE.encode())] == ["US_SSN", "CREDIT_CARD"]


def replacements(text, found, out, length):
    """The replacement of each finding in out (the plain redaction of text),
    given the length of each replacement in code points."""
    res, pos_in, pos_out = [], 0, 0
    for f in found:
        gap = f.start - pos_in
        assert out[pos_out:pos_out + gap] == text[pos_in:f.start]
        pos_out += gap
        n = length(f)
        res.append(out[pos_out:pos_out + n])
        pos_out += n
        pos_in = f.end
    assert out[pos_out:] == text[pos_in:]
    return res


@pytest.mark.parametrize("ops,length", [
    (None, lambda f: len(f.entity_type) + 2),
    ({"*": "mask:keep=2"}, lambda f: f.end - f.start),
    ({"*": "remove"}, lambda f: 0),
    ({"*": "hash:hex=64", "US_SSN": "keep"},
     lambda f: f.end - f.start if f.entity_type == "US_SSN" else len(f.entity_type) + 67),
])
def test_allow_redact_large(ops, length, hash_key):
    # many findings over several library blocks, adjacent findings, non-ASCII text
    text = make_text(120_000, seed=11) + "SSN 536-22-1874 536-22-1874\n"
    plain = pii.Engine(operators=ops, hash_key=hash_key)
    found = plain.scan(text)
    repl = replacements(text, found, plain.redact(text), length)
    values = sorted({f.text(text) for f in found})
    allow = set(values[::3])
    e = pii.Engine(operators=ops, hash_key=hash_key, allow=allow)
    parts, pos = [], 0
    for f, r in zip(found, repl):
        v = f.text(text)
        parts += [text[pos:f.start], v if v in allow else r]
        pos = f.end
    expect = "".join(parts) + text[pos:]
    assert e.redact(text) == expect
    assert e.redact(text.encode()) == expect.encode()
    assert e.scan(text) == [f for f in found if f.text(text) not in allow]


def test_policy_files(tmp_path, hash_key):
    p = tmp_path / "policy.json"
    p.write_text(json.dumps({"min_score": 0.6, "operators": {"default": "hash"}}))
    e = pii.Engine.from_policy(p, hash_key=hash_key)
    assert e.redact(LINE) == pii.Engine(min_score=0.6, operators={"*": "hash"},
                                        hash_key=hash_key).redact(LINE)
    yaml = pytest.importorskip("yaml")
    y = tmp_path / "policy.yaml"
    y.write_text(yaml.safe_dump({"entities": {"enable": ["US_SSN"]},
                                 "operators": {"US_SSN": {"op": "mask", "char": "#"}},
                                 "allow": ["000-00-0000"]}))
    assert pii.Engine.from_policy(str(y)).redact(LINE).count("###-##-####") == 1


def test_policy_errors(tmp_path):
    with pytest.raises(pii.PolicyError) as ei:
        pii.Engine.from_policy({"min_scor": 0.5})
    assert ei.value.code == -12 and ei.value.name == "PII_ERR_POLICY"
    with pytest.raises(pii.PolicyError):
        pii.Engine.from_policy({"entities": {"only": ["US_SSN"]}})
    with pytest.raises(pii.PolicyError):
        pii.Engine.from_policy(["not", "a", "mapping"])
    with pytest.raises(pii.PolicyError):
        pii.Engine.from_policy({"entities": ["US_SSN"]})  # {enable: [...]} as for the CLI
    with pytest.raises(pii.PolicyError):
        pii.Engine.from_policy({"hash_key_file": "key"})  # keys stay out of policies
    y = tmp_path / "bad.yaml"
    y.write_text("min_score: 0.5\nentities: [unclosed\n")
    pytest.importorskip("yaml")
    with pytest.raises(pii.PolicyError, match="bad.yaml:"):
        pii.Engine.from_policy(y)
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    with pytest.raises(pii.PolicyError):
        pii.Engine.from_policy(bad)
    with pytest.raises(pii.InputOutputError) as ei:
        pii.Engine.from_policy(tmp_path / "missing.json")
    assert ei.value.code == -13
    # the library checks rules too: the schema says "entity", not "name"
    with pytest.raises(pii.PolicyError, match="unknown key 'name' in rule 1"):
        pii.Engine.from_policy({"rules": [{"name": "EMPLOYEE_ID", "pattern": "E\\d{6}"}]})
    with pytest.raises(pii.PolicyError, match="bad pattern"):
        pii.Engine.from_policy({"rules": [{"entity": "EMPLOYEE_ID", "pattern": "E(\\d{6}"}]})
    with pytest.raises(pii.PolicyError, match="unknown validator"):
        pii.Engine.from_policy({"rules": [{"entity": "X", "pattern": "x", "validator": "crc"}]})
    with pytest.raises(pii.PolicyError):
        pii.Engine.from_policy({"min_score": float("nan")})  # not writable as YAML
    with pytest.raises(pii.PolicyError):
        pii.Engine.from_policy({"allow": [object()]})


def test_policy_file_errors_name_file_and_line(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("min_score: 0.5\nentities: {disable: [NOT_AN_ENTITY]}\n")
    with pytest.raises(pii.PolicyError) as ei:
        pii.Engine.from_policy(p)
    assert f"{p}:2:" in str(ei.value) and ei.value.code == -12
    assert "NOT_AN_ENTITY" not in str(ei.value)  # values stay out of messages
    j = tmp_path / "p.json"
    j.write_text('{"min_score": 0.7,\n "bogus": 1}')
    with pytest.raises(pii.PolicyError, match=r"p\.json:2: unknown key 'bogus'"):
        pii.Engine.from_policy(j)
    with pytest.raises(pii.InputOutputError, match="is a directory"):
        pii.Engine.from_policy(tmp_path)


def test_policy_rules_file_and_dict(tmp_path, hash_key):
    policy = {
        "min_score": 0.6,
        "rules": [{"entity": "EMPLOYEE_ID", "pattern": r"\bEMP-\d{6}\b", "score": 0.7,
                   "context": ["employee"], "category": "hr"},
                  {"entity": "CARD_REF", "pattern": r"\bREF[0-9 ]{16,19}\b", "score": 0.9,
                   "validator": "luhn"}],
        "operators": {"default": "tag", "EMPLOYEE_ID": {"op": "mask", "keep_last": 2},
                      "CARD_REF": "hash"},
        "allow": ["EMP-000000"],
    }
    text = "employee EMP-123456, EMP-000000, REF4539 5260 1815 9083, REF4539 5260 1815 9084"
    e = pii.Engine.from_policy(policy, hash_key=hash_key)
    assert e.entities[-2:] == ("EMPLOYEE_ID", "CARD_REF") and e.min_score == pytest.approx(0.6)
    assert e.category("EMPLOYEE_ID") == "hr" and e.category("CARD_REF") == "custom"
    out = e.redact(text)
    assert out.startswith("employee ***-****56, EMP-000000, [CARD_REF:")
    assert out.endswith(", REF4539 5260 1815 9084")  # the Luhn validator rejects it
    assert [f.entity_type for f in e.scan(text)] == ["EMPLOYEE_ID", "CARD_REF"]
    # the same policy from a YAML file and from a JSON file
    yaml = pytest.importorskip("yaml")
    y = tmp_path / "p.yaml"
    y.write_text(yaml.safe_dump(policy))
    j = tmp_path / "p.json"
    j.write_text(json.dumps(policy))
    for path in (y, str(j)):
        f = pii.Engine.from_policy(path, hash_key=hash_key)
        assert f.redact(text) == out and f.min_score == pytest.approx(0.6)
    # overrides come after the policy: another operator, one more rule
    g = pii.Engine.from_policy(policy, hash_key=hash_key, operators={"CARD_REF": "remove"},
                               rules=[{"entity": "BADGE", "pattern": r"\bBDG\d{4}\b",
                                       "score": 0.8}])
    assert g.redact(text + " BDG1234").endswith(", , REF4539 5260 1815 9084 [BADGE]")


def test_policy_hash_without_key():
    with pytest.raises(pii.InvalidArgumentError, match="hash_key"):
        pii.Engine.from_policy({"operators": {"EMAIL_ADDRESS": {"op": "hash"}}})


def test_load_policy(tmp_path):
    assert pii.load_policy({"min_score": 0.6}) == {"min_score": 0.6}
    j = tmp_path / "p.json"
    j.write_text('{"allow": ["x@example.com"]}')
    assert pii.load_policy(j) == {"allow": ["x@example.com"]}
    with pytest.raises(pii.PolicyError):
        pii.load_policy({"allow": "not a list"})


README_POLICY = """\
min_score: 0.5
entities: {disable: [PHONE_NUMBER]}
operators:
  default: tag
  US_SSN: {op: mask, keep_last: 4, char: "*"}
  EMAIL_ADDRESS: {op: hash}
allow: ["support@example.com"]        # exact values never reported
"""


def test_readme_policy_schema(tmp_path, hash_key):
    pytest.importorskip("yaml")
    p = tmp_path / "policy.yaml"
    p.write_text(README_POLICY)
    e = pii.Engine.from_policy(p, hash_key=hash_key)
    assert "PHONE_NUMBER" not in e.entities
    text = "Mail support@example.com or jane.doe@example.com, SSN 536-22-1874, (415) 555-0132."
    out = e.redact(text)
    assert out.startswith("Mail support@example.com or [EMAIL_ADDRESS:")
    assert "SSN ***-**-1874, (415) 555-0132." in out
