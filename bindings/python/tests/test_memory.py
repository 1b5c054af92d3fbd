"""No leaks in loops: Python objects (allocated blocks) and C memory (RSS)."""
import gc
import sys

import pii
from conftest import LINE, make_text


def rss_kib():
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    import resource
    return pages * resource.getpagesize() // 1024


def workload(engine, text, data):
    engine.scan(text)
    engine.scan(data)
    engine.redact(text)
    engine.redact(bytearray(data))
    r = engine.redactor()
    r.write(text[:50])
    r.write(text[50:])
    r.close()
    try:
        pii.Engine(entities=["NOPE"])
    except pii.UnknownEntityError:
        pass
    try:
        pii.scan(12)
    except TypeError:
        pass
    pii.validate("US_SSN", "536-22-1874")
    pii.Engine(allow=["jane.doe@example.com"], operators={"*": "mask"}).redact(text)


def test_no_python_object_leaks():
    # sys.getallocatedblocks counts live Python allocator blocks: one leaked
    # object (a Finding, a str, an exception) per call adds thousands
    engine = pii.Engine()
    text = "Zoë: " + LINE * 3
    data = text.encode()
    for _ in range(300):
        workload(engine, text, data)
    gc.collect()
    before = sys.getallocatedblocks()
    for _ in range(3000):
        workload(engine, text, data)
    gc.collect()
    grown = sys.getallocatedblocks() - before
    assert grown < 300, grown


def test_input_refcounts_unchanged():
    text = "Zoë: " + LINE
    data = bytearray(text.encode())
    before = sys.getrefcount(text), sys.getrefcount(data)
    for _ in range(100):
        pii.scan(text)
        pii.redact(data)
        data.append(0)  # the buffer export was released: resizing works
        data.pop()
    assert (sys.getrefcount(text), sys.getrefcount(data)) == before


def test_no_c_memory_leaks():
    text = make_text(20_000, seed=4)
    data = text.encode()
    engine = pii.Engine()
    for _ in range(20):
        workload(engine, text, data)
    gc.collect()
    base = rss_kib()
    for _ in range(200):
        workload(engine, text, data)
        pii.Engine()  # rulesets and contexts freed with their engine
    gc.collect()
    grown = rss_kib() - base
    # leaking one context (window buffer ~100 KiB) per call would add > 100 MiB
    assert grown < 32 * 1024, f"RSS grew by {grown} KiB"
