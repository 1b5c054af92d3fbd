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
    with pytest.raises(NotImplementedError, match="pii_builder_add_rule"):
        pii.Engine.from_policy({"rules": [{"name": "EMPLOYEE_ID", "pattern": "E\\d{6}"}]})


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
