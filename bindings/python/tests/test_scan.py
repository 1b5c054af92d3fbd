import pickle

import pytest

import pii
from conftest import LINE, LINE_FINDINGS, RECORDS, make_text


def triples(findings):
    return [(f.entity_type, f.start, f.end) for f in findings]


def test_ascii_str_offsets():
    found = pii.scan(LINE)
    assert triples(found) == LINE_FINDINGS
    assert [f.text(LINE) for f in found] == [LINE[s:e] for _, s, e in LINE_FINDINGS]
    assert found[2].subtype == "VISA"
    assert all(0.5 <= f.score <= 1.0 for f in found)
    assert found[0].flags & pii.FLAG_VALIDATED


@pytest.mark.parametrize("prefix", ["é", "☃ ", "😀 ", "Zoë — ☃ 😀 李雷 "])
def test_non_ascii_str_offsets_are_code_points(prefix):
    text = prefix + LINE + " ünïcödé ☃"
    found = pii.scan(text)
    shift = len(prefix)
    assert triples(found) == [(t, s + shift, e + shift) for t, s, e in LINE_FINDINGS]
    assert [f.text(text) for f in found] == [LINE[s:e] for _, s, e in LINE_FINDINGS]


def test_bytes_offsets():
    prefix = "Zoë — ☃ 😀 "
    data = (prefix + LINE).encode()
    shift = len(prefix.encode())
    expect = [(t, s + shift, e + shift) for t, s, e in LINE_FINDINGS]
    for obj in (data, bytearray(data), memoryview(data)):
        found = pii.scan(obj)
        assert triples(found) == expect
        assert [f.text(obj) for f in found] == [data[s:e] for _, s, e in expect]


def test_memoryview_slice_and_readonly():
    data = b"xxxx" + LINE.encode() + b"yyyy"
    view = memoryview(data)[4:-4]
    assert triples(pii.scan(view)) == LINE_FINDINGS


def test_non_contiguous_buffer_rejected():
    view = memoryview(LINE.encode())[::2]
    with pytest.raises((BufferError, TypeError, ValueError)):
        pii.scan(view)


def test_str_and_bytes_agree_on_many_findings():
    text = make_text(200_000, seed=7)
    data = text.encode()
    by_str, by_bytes = pii.scan(text), pii.scan(data)
    assert len(by_str) == len(by_bytes) > 100
    cp, byte = 0, 0  # walk forward: code point offset -> byte offset
    for fs, fb in zip(by_str, by_bytes):
        assert fs.entity_type == fb.entity_type and fs.score == fb.score
        byte += len(text[cp:fs.start].encode())
        assert byte == fb.start
        assert byte + len(text[fs.start:fs.end].encode()) == fb.end
        cp = fs.start
        assert fs.text(text).encode() == fb.text(data)


def test_entities_and_min_score():
    assert triples(pii.scan(LINE, entities=["US_SSN", "IP_ADDRESS"])) == [
        ("US_SSN", 34, 45), ("IP_ADDRESS", 78, 90)]
    assert triples(pii.scan(LINE, entities="EMAIL_ADDRESS")) == [("EMAIL_ADDRESS", 8, 28)]
    high = pii.scan(LINE, min_score=0.9)
    assert all(f.score >= 0.9 for f in high)
    assert len(high) < len(pii.scan(LINE))
    assert pii.scan(LINE, min_score=1.0) == [f for f in pii.scan(LINE) if f.score >= 1.0]


def test_empty_and_clean_inputs():
    assert pii.scan("") == []
    assert pii.scan(b"") == []
    assert pii.scan("no personal data here") == []


def test_bad_input_types():
    with pytest.raises(TypeError):
        pii.scan(12345)
    with pytest.raises(TypeError):
        pii.scan(None)


def test_lone_surrogate_rejected():
    with pytest.raises(UnicodeEncodeError):
        pii.scan("SSN 536-22-1874 \udc80")


def test_finding_is_immutable_value():
    f = pii.scan(LINE)[1]
    with pytest.raises(AttributeError):
        f.start = 0
    assert f == pii.Finding("US_SSN", 34, 45, f.score, "", f.flags)
    assert f != pii.Finding("US_SSN", 34, 46, f.score, "", f.flags)
    assert hash(f) == hash(pii.Finding("US_SSN", 34, 45, f.score, "", f.flags))
    assert pickle.loads(pickle.dumps(f)) == f
    assert f.to_dict() == {"entity_type": "US_SSN", "start": 34, "end": 45, "score": f.score,
                           "subtype": "", "flags": f.flags}
    assert repr(f).startswith("Finding(entity_type='US_SSN', start=34, end=45")
    assert "536" not in repr(f)  # no matched text in a finding


def test_engine_reuse_and_properties():
    e = pii.Engine(entities=["US_SSN", "CREDIT_CARD"], min_score=0.6)
    assert e.entities == ("US_SSN", "CREDIT_CARD")
    assert e.min_score == pytest.approx(0.6)
    assert e.context_window == pii.DEFAULT_CONTEXT_WINDOW
    for _ in range(3):
        assert triples(e.scan(LINE)) == [("US_SSN", 34, 45), ("CREDIT_CARD", 52, 71)]
    ex = pii.Engine(exclude_entities=["IP_ADDRESS"])
    assert "IP_ADDRESS" not in ex.entities and len(ex.entities) == len(pii.ENTITIES) - 1


def test_module_metadata():
    assert pii.library_version
    assert pii.ENTITIES[0] == "US_SSN" and "MAC_ADDRESS" in pii.ENTITIES
    for record in RECORDS:
        pii.scan(record)


def test_engine_cannot_be_reinitialised():
    e = pii.Engine()
    r = e.redactor()
    with pytest.raises(RuntimeError):
        e.__init__(entities=["US_SSN"])
    assert r.write(LINE) + r.close() == pii.redact(LINE)
