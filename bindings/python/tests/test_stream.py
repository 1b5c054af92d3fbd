import io
import random

import pytest

import pii
from conftest import LINE, make_text


def chunks(seq, rng, max_len):
    i = 0
    while i < len(seq):
        n = rng.randint(0, max_len)
        yield seq[i:i + n]
        i += n


@pytest.mark.parametrize("seed", range(6))
def test_str_chunk_invariance(seed):
    rng = random.Random(seed)
    text = make_text(rng.choice([2_000, 40_000, 300_000]), seed=seed)
    engine = pii.Engine(operators={"US_SSN": "mask:keep=4", "EMAIL_ADDRESS": "remove",
                                   "*": "mask:char=☃"})
    expect = engine.redact(text)
    r = engine.redactor()
    out = [r.write(c) for c in chunks(text, rng, rng.choice([1, 7, 100, 5000, 70_000]))]
    if seed % 2:
        out.append(r.flush())
    out.append(r.close())
    assert all(isinstance(o, str) for o in out)
    assert "".join(out) == expect
    assert r.closed


@pytest.mark.parametrize("seed", range(6))
def test_bytes_chunk_invariance(seed, hash_key):
    rng = random.Random(100 + seed)
    data = make_text(rng.choice([3_000, 50_000, 250_000]), seed=seed).encode()
    data = data[:1000] + b"\x00\xff\xc3 SSN 536-22-1874\n" + data[1000:]
    engine = pii.Engine(operators={"*": "hash"}, hash_key=hash_key)
    expect = engine.redact(data)
    # chunk boundaries fall anywhere, also inside multi-byte characters
    r = pii.Redactor(engine=engine)
    out = b"".join(r.write(c) for c in chunks(data, rng, rng.choice([1, 3, 64, 4096, 100_000])))
    assert out + r.close() == expect


def test_default_options_and_stats():
    r = pii.Redactor()
    out = r.write(LINE[:40]) + r.write(LINE[40:]) + r.close()
    assert out == pii.redact(LINE)
    assert r.stats == {"EMAIL_ADDRESS": 1, "US_SSN": 1, "CREDIT_CARD": 1, "IP_ADDRESS": 1}
    assert r.bytes_in == len(LINE.encode()) and r.bytes_out == len(out.encode())
    r2 = pii.Redactor(entities=["US_SSN"], operators={"*": "mask"})
    assert r2.write(LINE) + r2.close() == LINE.replace("536-22-1874", "***-**-****")


def test_flush_releases_decided_output():
    r = pii.Redactor()
    first = r.write("SSN 536-22-1874 and more text\n" * 300)
    flushed = r.flush()
    rest = r.close()
    assert first + flushed + rest == pii.redact("SSN 536-22-1874 and more text\n" * 300)
    assert (first + flushed).startswith("SSN [US_SSN]")


def test_type_rules():
    r = pii.Redactor()
    r.write("text")
    with pytest.raises(TypeError):
        r.write(b"bytes")
    r.close()
    rb = pii.Redactor(binary=True)
    assert rb.close() == b""
    rs = pii.Redactor(binary=False)
    with pytest.raises(TypeError):
        rs.write(b"x")
    assert rs.close() == ""
    ra = pii.Redactor()
    assert ra.write(bytearray(b"SSN 536-22-1874 ")) + ra.close() == b"SSN [US_SSN] "


def test_closed_and_errors():
    r = pii.Redactor()
    r.write("abc")
    assert r.close() == "abc"
    with pytest.raises(pii.StateError) as ei:
        r.write("more")
    assert ei.value.code == -4 and ei.value.name == "PII_ERR_STAGE"
    with pytest.raises(pii.StateError):
        r.close()


def test_context_manager_with_sink():
    sink = io.StringIO()
    text = make_text(20_000, seed=3)
    with pii.Redactor(sink=sink) as r:
        for line in text.splitlines(keepends=True):
            assert r.write(line) is None
    assert r.closed
    assert sink.getvalue() == pii.redact(text)
    bsink = io.BytesIO()
    with pii.Engine().redactor(sink=bsink) as r:
        r.write(text.encode())
    assert bsink.getvalue() == pii.redact(text.encode())


def test_context_manager_without_sink():
    with pii.Redactor() as r:
        out = r.write(LINE)
        out += r.close()
    assert out == pii.redact(LINE)
    with pytest.raises(pii.SessionError):
        with pii.Redactor() as r:
            r.write(LINE)  # the rest would be lost: refuse to end silently
    with pytest.raises(KeyError):
        with pii.Redactor() as r:
            r.write(LINE)
            raise KeyError("boom")
    assert r.closed


@pytest.mark.parametrize("seed", range(3))
def test_streaming_with_allow_list(seed):
    # the library applies the allow list: streaming equals one-shot
    rng = random.Random(200 + seed)
    text = make_text(rng.choice([5_000, 80_000]), seed=seed) + "\nmail jane.doe@example.com\n"
    plain = pii.Engine()
    values = sorted({f.text(text) for f in plain.scan(text)})
    allow = values[::2] + ["jane.doe@example.com"]
    engine = pii.Engine(allow=allow, operators={"*": "mask"})
    expect = engine.redact(text)
    assert "jane.doe@example.com" in expect
    assert all(f.text(text) not in allow for f in engine.scan(text))
    r = engine.redactor()
    out = "".join(r.write(c) for c in chunks(text, rng, rng.choice([1, 50, 3000])))
    assert out + r.close() == expect
    b = engine.redactor(binary=True)
    data = text.encode()
    assert b"".join(b.write(c) for c in chunks(data, rng, 777)) + b.close() == expect.encode()
