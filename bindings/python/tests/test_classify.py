"""Classification: categories, sensitivity and document summaries
(pii_entity_category, pii_entity_sensitivity, pii_ctx_summary)."""
import random
import threading

import pytest

import pii
from conftest import LINE, make_text

ALL13 = ("SSN 536-22-1234; ITIN 912-70-1234; driver license D1234567; "
         "US passport 123456789; German passport C01X00T47; card 4111 1111 1111 1111; "
         "routing number 011000015; account number 12345678901; "
         "IBAN DE89 3704 0044 0532 0130 00; mail jane.doe@example.com; ip 203.0.113.42; "
         "phone (415) 555-0132; mac 00:1A:2B:3C:4D:5E.")

BUILTIN = {
    "US_SSN": ("government_id", "critical"), "US_ITIN": ("government_id", "critical"),
    "US_DRIVER_LICENSE": ("government_id", "high"),
    "US_PASSPORT": ("government_id", "critical"), "PASSPORT": ("government_id", "critical"),
    "CREDIT_CARD": ("financial", "critical"), "ABA_ROUTING_NUMBER": ("financial", "moderate"),
    "US_BANK_NUMBER": ("financial", "high"), "IBAN_CODE": ("financial", "high"),
    "EMAIL_ADDRESS": ("contact", "moderate"), "IP_ADDRESS": ("network", "low"),
    "PHONE_NUMBER": ("contact", "moderate"), "MAC_ADDRESS": ("network", "low"),
}
LEVELS = ["none", "low", "moderate", "high", "critical"]
KEYS = {"bytes", "findings", "max_sensitivity", "per_entity", "per_category"}


def expected_summary(engine, text):
    """The summary the findings of engine.scan(text) imply."""
    found = engine.scan(text)
    per_entity, per_category, top = {}, {}, "none"
    for f in found:
        per_entity[f.entity_type] = per_entity.get(f.entity_type, 0) + 1
        c = engine.category(f.entity_type)
        per_category[c] = per_category.get(c, 0) + 1
        lv = engine.sensitivity(f.entity_type)
        if LEVELS.index(lv) > LEVELS.index(top):
            top = lv
    size = len(text.encode()) if isinstance(text, str) else len(bytes(text))
    return {"bytes": size, "findings": len(found), "max_sensitivity": top,
            "per_entity": per_entity, "per_category": per_category}


def test_builtin_categories_and_sensitivity():
    e = pii.Engine()
    assert set(BUILTIN) == set(pii.ENTITIES)
    for name, (cat, level) in BUILTIN.items():
        assert e.category(name) == cat
        assert e.sensitivity(name) == level
        assert e.category(name.lower()) == cat  # built-in names are case-insensitive
    for bad in ("NOPE", "", "*"):
        with pytest.raises(pii.UnknownEntityError):
            e.category(bad)
        with pytest.raises(pii.UnknownEntityError):
            e.sensitivity(bad)
    with pytest.raises(pii.UnknownEntityError):
        e.category(None)
    with pytest.raises(TypeError):
        e.sensitivity(3.5)


def test_custom_categories():
    e = pii.Engine(rules=[
        {"entity": "EMPLOYEE_ID", "pattern": r"\bEMP-\d{6}\b", "category": "hr"},
        {"entity": "TICKET", "pattern": r"\bTCK\d{5}\b"},
    ])
    assert e.category("EMPLOYEE_ID") == "hr" and e.category("TICKET") == "custom"
    assert e.sensitivity("EMPLOYEE_ID") == "high" == e.sensitivity("TICKET")
    with pytest.raises(pii.UnknownEntityError):
        e.category("employee_id")  # custom names are exact


def test_summary_all_entities():
    s = pii.summary(ALL13)
    assert set(s) == KEYS
    assert s["bytes"] == len(ALL13) and s["findings"] == 13
    assert s["max_sensitivity"] == "critical"
    assert s["per_entity"] == {name: 1 for name in BUILTIN}
    assert s["per_category"] == {"government_id": 5, "financial": 4, "contact": 2, "network": 2}
    assert list(s["per_category"]) == ["government_id", "financial", "contact", "network"]
    # nothing of the text in it: only counts, names of entities and categories, a level
    flat = repr(s)
    for f in pii.scan(ALL13):
        assert f.text(ALL13) not in flat


@pytest.mark.parametrize("text,level", [
    ("nothing to see", "none"),
    ("mac 00:1A:2B:3C:4D:5E", "low"),
    ("mail jane.doe@example.com from 203.0.113.42", "moderate"),
    ("IBAN DE89 3704 0044 0532 0130 00", "high"),
    (LINE, "critical"),
])
def test_summary_levels(text, level):
    s = pii.summary(text)
    assert s["max_sensitivity"] == level
    assert s == expected_summary(pii.Engine(), text)
    assert pii.summary(text.encode()) == s  # bytes count the same


def test_summary_non_ascii_and_bytes():
    text = "Zoë: SSN ５３６-２２-８７２６ ☃ " + LINE
    s = pii.summary(text)
    assert s["bytes"] == len(text.encode()) and s["per_entity"]["US_SSN"] == 2
    data = b"\x00\xff SSN 536-22-1874 \xc3("
    assert pii.summary(data) == {"bytes": len(data), "findings": 1, "max_sensitivity": "critical",
                                 "per_entity": {"US_SSN": 1},
                                 "per_category": {"government_id": 1}}
    assert pii.summary(bytearray(data)) == pii.summary(memoryview(data))
    assert pii.summary("")["findings"] == 0 and pii.summary(b"")["bytes"] == 0
    with pytest.raises(TypeError):
        pii.summary(123)


def test_summary_options_change_counts():
    assert pii.summary(ALL13, entities=["US_SSN", "IP_ADDRESS"])["per_entity"] == {
        "US_SSN": 1, "IP_ADDRESS": 1}
    text = "the number 536-22-8726 alone, mac 00:1A:2B:3C:4D:5E"  # SSN without context: 0.6
    lo, hi = pii.summary(text, min_score=0.5), pii.summary(text, min_score=0.7)
    assert lo["findings"] == 2 and lo["max_sensitivity"] == "critical"
    assert hi["findings"] == 1 and hi["max_sensitivity"] == "low"
    assert hi["per_category"] == {"network": 1}
    allowed = pii.Engine(allow=["jane.doe@example.com"]).summary(ALL13)
    assert "EMAIL_ADDRESS" not in allowed["per_entity"] and allowed["findings"] == 12
    assert allowed["per_category"]["contact"] == 1
    plain = pii.Engine(normalize=False).summary("SSN ５３６-２２-８７２６")
    assert plain["findings"] == 0 and plain["max_sensitivity"] == "none"


def test_summary_custom_rules():
    e = pii.Engine(rules=[{"entity": "EMPLOYEE_ID", "pattern": r"\bEMP-\d{6}\b",
                           "category": "hr"}])
    s = e.summary("EMP-123456, EMP-654321 and 203.0.113.42")
    assert s["per_entity"] == {"EMPLOYEE_ID": 2, "IP_ADDRESS": 1}
    assert s["per_category"] == {"hr": 2, "network": 1} and s["max_sensitivity"] == "high"


def test_summary_each_document_alone():
    e = pii.Engine()
    assert e.summary(ALL13)["findings"] == 13
    s = e.summary("only jane.doe@example.com")
    assert s == {"bytes": 25, "findings": 1, "max_sensitivity": "moderate",
                 "per_entity": {"EMAIL_ADDRESS": 1}, "per_category": {"contact": 1}}
    e.redact(ALL13)  # a redaction on a pooled context does not leak into the next summary
    assert e.summary("nothing")["findings"] == 0


@pytest.mark.parametrize("seed", range(4))
def test_redactor_summary_equals_one_shot(seed, hash_key):
    rng = random.Random(seed)
    text = make_text(rng.choice([3_000, 60_000, 250_000]), seed=seed) + "SSN ５３６-２２-８７２６\n"
    e = pii.Engine(operators={"*": "hash"}, hash_key=hash_key,
                   rules=[{"entity": "BUILD_ID", "pattern": r"\b7f3c9a2e-11d4\b",
                           "category": "internal"}])
    want = e.summary(text)
    assert want == expected_summary(e, text)
    r = e.redactor(binary=bool(seed % 2))
    data = text.encode() if seed % 2 else text
    step = rng.choice([1, 13, 4096, 70_000]) if len(text) < 100_000 else 65_000
    for i in range(0, len(data), step):
        r.write(data[i:i + step])
    r.close()
    assert r.summary() == want
    got = r.summary()
    got["per_entity"].clear()  # the caller's copy
    assert r.summary() == want
    assert r.stats == want["per_entity"]


def test_redactor_summary_states():
    r = pii.Redactor()
    empty = r.summary()
    assert empty == {"bytes": 0, "findings": 0, "max_sensitivity": "none", "per_entity": {},
                     "per_category": {}}
    block = "SSN 536-22-1874, mail jane.doe@example.com\n" * 5000
    r.write(block)
    partial = r.summary()  # what has been decided so far
    assert partial["bytes"] == len(block)
    assert 0 < partial["findings"] <= 10000
    r.close()
    final = r.summary()
    assert final["findings"] == 10000 and final["per_category"] == {"government_id": 5000,
                                                                    "contact": 5000}
    # the context went back to the engine: later calls do not change it
    r.engine.summary("nothing")
    pii.redact(ALL13)
    assert r.summary() == final
    # an empty stream
    r2 = pii.Redactor()
    r2.close()
    assert r2.summary() == empty
    # aborted: no summary of a stream that did not end
    r3 = pii.Redactor()
    r3.write(LINE)
    r3.abort()
    with pytest.raises(pii.StateError):
        r3.summary()


def test_summary_threads():
    e = pii.Engine()
    texts = [make_text(30_000, seed=s) for s in range(4)]
    want = [e.summary(t) for t in texts]
    errors = []

    def work(k):
        try:
            for _ in range(10):
                i = (k + _) % 4
                assert e.summary(texts[i]) == want[i]
        except Exception as ex:  # pragma: no cover - reported below
            errors.append(ex)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
