"""Thread safety and GIL release.  No timing thresholds: the GIL test counts
what another thread managed to do while a scan ran."""
import sys
import threading
import time

import pytest

import pii


def run_threads(n, fn):
    results, errors = [None] * n, []
    barrier = threading.Barrier(n)

    def work(i):
        try:
            barrier.wait()
            results[i] = fn(i)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return results


def test_two_threads_scan_like_sequential(big_text):
    engine = pii.Engine()
    expect = engine.scan(big_text)
    assert len(expect) > 1000
    for got in run_threads(2, lambda i: engine.scan(big_text)):
        assert got == expect


def test_threads_mixed_calls_share_engine(big_text, hash_key):
    engine = pii.Engine(operators={"*": "hash"}, hash_key=hash_key)
    part = big_text[:400_000]
    data = part.encode()
    expect = (engine.scan(part), engine.redact(part), engine.redact(data))

    def work(i):
        out = []
        for _ in range(3):
            out.append((engine.scan(part), engine.redact(part), engine.redact(data)))
            r = engine.redactor()
            streamed = "".join(r.write(part[k:k + 10_000]) for k in range(0, len(part), 10_000))
            out.append(streamed + r.close())
        return out

    for res in run_threads(4, work):
        for item in res:
            if isinstance(item, tuple):
                assert item == expect
            else:
                assert item == expect[1]
    assert engine._pool_size >= 1


def test_module_functions_from_threads(big_text):
    part = big_text[:200_000]
    expect = pii.redact(part, operators={"*": "mask"})
    got = run_threads(3, lambda i: pii.redact(part, operators={"*": "mask"}))
    assert got == [expect] * 3


def test_one_redactor_from_two_threads_is_serialised(big_text):
    # writes from two threads are serialised by the Redactor's lock; each
    # output then belongs to one write and all of it adds up to a redaction
    # of the chunks in the order they were taken
    lines = big_text.splitlines(keepends=True)[:4000]
    r = pii.Redactor(binary=False)
    order, outputs, lock = [], [], threading.Lock()

    def work(i):
        for line in lines[i::2]:
            with lock:  # record the order in which chunks are written
                order.append(line)
                outputs.append(r.write(line))

    run_threads(2, work)
    assert "".join(outputs) + r.close() == pii.redact("".join(order))


def test_gil_released_during_large_scan(big_text):
    """A Python thread makes progress while the main thread is inside a long
    scan; with the GIL held (threshold raised) it makes none."""
    engine = pii.Engine()
    state = {"count": 0, "stop": False}

    def spin():
        while not state["stop"]:
            state["count"] += 1
            time.sleep(0)  # let the main thread take the GIL back at once

    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)  # no forced switches: only blocking calls yield
    t = threading.Thread(target=spin)
    try:
        t.start()
        released = []
        for _ in range(5):
            before = state["count"]
            engine.scan(big_text)
            released.append(state["count"] - before)
            if released[-1] > 0:
                break
        old = pii.gil_threshold(1 << 62)  # now every call holds the GIL
        try:
            held = []
            for _ in range(3):
                before = state["count"]
                engine.scan(big_text)
                held.append(state["count"] - before)
        finally:
            pii.gil_threshold(old)
    finally:
        state["stop"] = True
        t.join()
        sys.setswitchinterval(old_interval)
    assert max(released) > 0, released
    assert held == [0, 0, 0], held


@pytest.mark.parametrize("kind", ["redact", "redactor"])
def test_gil_released_during_large_redact(big_text, kind):
    engine = pii.Engine()
    state = {"count": 0, "stop": False}

    def spin():
        while not state["stop"]:
            state["count"] += 1
            time.sleep(0)

    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    t = threading.Thread(target=spin)
    try:
        t.start()
        progress = []
        for _ in range(5):
            before = state["count"]
            if kind == "redact":
                engine.redact(big_text)
            else:
                r = engine.redactor()
                r.write(big_text)
                r.close()
            progress.append(state["count"] - before)
            if progress[-1] > 0:
                break
    finally:
        state["stop"] = True
        t.join()
        sys.setswitchinterval(old_interval)
    assert max(progress) > 0, progress
