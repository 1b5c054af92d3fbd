"""Custom rules, allow lists, Unicode normalisation and match limits, all
applied by libpii (pii_builder_add_rule, pii_builder_allow,
pii_builder_set_normalize, pii_builder_set_match_limits)."""
import pytest

import pii
from conftest import LINE

EMP = {"entity": "EMPLOYEE_ID", "pattern": r"\bEMP-\d{6}\b", "score": 0.7,
       "context": ["employee", "staff id"], "category": "hr"}
FW_SSN = "５３６-２２-８７２６"


def test_rule_findings_and_context():
    e = pii.Engine(rules=[EMP])
    assert e.entities[-1] == "EMPLOYEE_ID"
    found = e.scan("employee EMP-123456; later EMP-654321")
    assert [(f.entity_type, f.start, f.end) for f in found] == [
        ("EMPLOYEE_ID", 9, 19), ("EMPLOYEE_ID", 27, 37)]
    assert found[0].score > found[1].score == pytest.approx(0.7)  # the hotword adds 0.2
    assert found[0].flags & pii.FLAG_CUSTOM and found[0].flags & pii.FLAG_CONTEXT
    assert not found[1].flags & pii.FLAG_CONTEXT
    assert e.redact("staff id EMP-123456.") == "staff id [EMPLOYEE_ID]."
    # code-point offsets for str, byte offsets for bytes
    f = e.scan("Zoë EMP-123456")[0]
    assert (f.start, f.end) == (4, 14)
    f = e.scan("Zoë EMP-123456".encode())[0]
    assert (f.start, f.end) == (5, 15)


def test_rule_validator_and_operators(hash_key):
    rules = [{"entity": "CARD_REF", "pattern": r"\bREF[0-9 ]{16,19}\b", "score": 0.9,
              "validator": "luhn"}, EMP]
    e = pii.Engine(rules=rules, operators={"CARD_REF": "mask:keep=4", "EMPLOYEE_ID": "hash",
                                           "*": "tag"}, hash_key=hash_key)
    out = e.redact("REF4539 5260 1815 9083 / REF4539 5260 1815 9084 / EMP-123456 / " + LINE)
    assert out.startswith("******* **** **** 9083 / REF4539 5260 1815 9084 / [EMPLOYEE_ID:")
    assert out.endswith("SSN [US_SSN], card [CREDIT_CARD], from [IP_ADDRESS].")
    found = e.scan("REF4539 5260 1815 9083")
    assert found[0].flags & pii.FLAG_VALIDATED


def test_rules_sharing_an_entity():
    e = pii.Engine(rules=[{"entity": "EMPLOYEE_ID", "pattern": r"\bEMP-\d{6}\b"},
                          {"entity": "EMPLOYEE_ID", "pattern": r"\bE\d{8}\b"}])
    assert e.entities.count("EMPLOYEE_ID") == 1
    assert [f.entity_type for f in e.scan("EMP-123456 E12345678")] == ["EMPLOYEE_ID"] * 2


def test_rule_errors_carry_the_builder_message():
    cases = [
        ({"entity": "X", "pattern": "E(\\d"}, pii.PatternError, "pattern error at offset"),
        ({"entity": "lower_case", "pattern": "x"}, pii.InvalidArgumentError, "entity name"),
        ({"entity": "US_SSN", "pattern": "x"}, pii.InvalidArgumentError, "built-in"),
        ({"entity": "X", "pattern": "x", "validator": "crc32"}, pii.UnsupportedError,
         "unknown validator"),
        ({"entity": "X", "pattern": "x", "score": 0}, pii.InvalidArgumentError, "score"),
        ({"entity": "X", "pattern": "x", "score": 1.5}, pii.InvalidArgumentError, "score"),
        ({"entity": "X", "pattern": "x", "category": ""}, pii.InvalidArgumentError, "category"),
        ({"entity": "X", "pattern": "(?<=a{1000})x"}, pii.PatternError, "lookbehind"),
    ]
    for rule, cls, text in cases:
        with pytest.raises(cls, match=text) as ei:
            pii.Engine(rules=[{"entity": "OK", "pattern": "ok"}, rule])
        assert "rule 1:" in str(ei.value), str(ei.value)  # the index of the bad rule
        assert ei.value.code == {pii.PatternError: -6, pii.InvalidArgumentError: -2,
                                 pii.UnsupportedError: -10}[cls]


def test_rule_argument_checks():
    with pytest.raises(pii.InvalidArgumentError, match="no 'pattern'"):
        pii.Engine(rules=[{"entity": "X"}])
    with pytest.raises(pii.InvalidArgumentError, match="unknown keys name"):
        pii.Engine(rules=[{"name": "X", "entity": "X", "pattern": "x"}])
    with pytest.raises(TypeError):
        pii.Engine(rules={"entity": "X", "pattern": "x"})  # a list of rules
    with pytest.raises(TypeError):
        pii.Engine(rules=[{"entity": "X", "pattern": "x", "score": "high"}])
    with pytest.raises(TypeError):
        pii.Engine(rules=[{"entity": "X", "pattern": "x", "context": ["ok", 3]}])
    with pytest.raises(TypeError):
        pii.Engine(rules=[("X", "x")])
    # a single hotword may be given as a str
    e = pii.Engine(rules=[{"entity": "X", "pattern": r"\bX\d{4}\b", "score": 0.6,
                           "context": "badge"}])
    assert e.scan("badge X1234")[0].score == pytest.approx(0.8, abs=0.01)


def test_operator_for_unknown_custom_entity():
    with pytest.raises(pii.UnknownEntityError):
        pii.Engine(rules=[EMP], operators={"EMPLOYE_ID": "mask"})


def test_match_limits_fail_closed():
    rule = {"entity": "SLOW", "pattern": r"(a|aa)+$"}
    text = "a" * 40 + "b"
    e = pii.Engine(rules=[rule], match_limit=1000)
    with pytest.raises(pii.MatchLimitError) as ei:
        e.scan(text)
    assert ei.value.code == -7
    with pytest.raises(pii.MatchLimitError):
        e.redact(text)
    r = e.redactor()
    with pytest.raises(pii.MatchLimitError):
        r.write(text)
        r.close()
    with pytest.raises(pii.SessionError):
        r.write("more")
    assert pii.Engine(rules=[rule]).scan("aaaa") == [pii.Finding("SLOW", 0, 4, 0.5, "", 8)]
    with pytest.raises(pii.InvalidArgumentError):
        pii.Engine(match_limit=-1)
    with pytest.raises(pii.InvalidArgumentError):
        pii.Engine(depth_limit=1 << 32)


def test_allow_list_in_the_library():
    e = pii.Engine(allow=["jane.doe@example.com", b"203.0.113.42"])
    assert e.allow == frozenset({"jane.doe@example.com", b"203.0.113.42"})
    assert [f.entity_type for f in e.scan(LINE)] == ["US_SSN", "CREDIT_CARD"]
    assert e.redact(LINE) == ("Contact jane.doe@example.com, SSN [US_SSN], card [CREDIT_CARD], "
                              "from 203.0.113.42.")
    # exact bytes: another spelling is not allowed
    assert [f.entity_type for f in e.scan("JANE.DOE@example.com")] == ["EMAIL_ADDRESS"]
    # non-ASCII values compare as UTF-8
    z = pii.Engine(allow=["zoë@example.org"])
    assert z.scan("mail zoë@example.org") == []
    assert z.scan("mail zoë@example.org".encode()) == []
    with pytest.raises(TypeError):
        pii.Engine(allow="jane.doe@example.com")  # a list of values
    with pytest.raises(TypeError):
        pii.Engine(allow=[42])
    with pytest.raises(pii.InvalidArgumentError, match="1..1024"):
        pii.Engine(allow=[""])
    with pytest.raises(pii.InvalidArgumentError):
        pii.Engine(allow=["x" * 1025])


def test_normalize_switch():
    on, off = pii.Engine(), pii.Engine(normalize=False)
    assert on.normalize is True and off.normalize is False
    text = f"SSN {FW_SSN}; card 4539\u200b5260\u200b1815\u200b9083"
    found = on.scan(text)
    assert [(f.entity_type, f.text(text)) for f in found] == [
        ("US_SSN", FW_SSN), ("CREDIT_CARD", "4539\u200b5260\u200b1815\u200b9083")]
    assert all(f.flags & pii.FLAG_NORMALIZED for f in found)
    assert off.scan(text) == []
    assert on.redact(text) == "SSN [US_SSN]; card [CREDIT_CARD]"
    assert off.redact(text) == text
    masked = pii.Engine(operators={"*": "mask"}).redact(text)
    assert len(masked) == len(text) and FW_SSN not in masked
    assert pii.Engine(normalize=True).scan(text) == found
    # plain ASCII: the same either way
    assert on.scan(LINE) == off.scan(LINE)
    # a Redactor of the engine follows it, with multi-byte characters split
    r = off.redactor(binary=True)
    data = text.encode()
    out = b"".join(r.write(data[i:i + 1]) for i in range(len(data))) + r.close()
    assert out == data
