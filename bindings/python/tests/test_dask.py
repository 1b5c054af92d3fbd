"""examples/python/dask_redact.py on a local two-worker cluster (loopback
only) gives the same output as the single-process run."""
import filecmp
import os
import sys

import pytest

import pii
from conftest import REPO, make_text

pytest.importorskip("dask.distributed")
sys.path.insert(0, os.path.join(REPO, "examples", "python"))
import dask_redact  # noqa: E402

POLICY = {"operators": {"US_SSN": "mask:keep=4", "default": "tag"},
          "entities": {"disable": ["US_DRIVER_LICENSE"]}}


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    import cloudpickle
    cloudpickle.register_pickle_by_value(dask_redact)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    c = Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    for i in range(8):
        sub = src / ("a" if i % 2 else "b")
        sub.mkdir(exist_ok=True)
        (sub / f"file{i}.txt").write_text(make_text(20_000 * (i + 1), seed=i), encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.dat").write_bytes(b"\x00\xff SSN 536-22-1874 \xc3\x28\n" * 500)
    return src


def test_directory_on_cluster_equals_single_process(client, tree, tmp_path):
    worker_pids = set(client.run(os.getpid).values())
    assert len(worker_pids) == 2 and os.getpid() not in worker_pids
    for policy in (None, POLICY):
        tag = "p" if policy else "d"
        local = dask_redact.redact_directory(None, str(tree), str(tmp_path / f"local-{tag}"), policy)
        dist = dask_redact.redact_directory(client, str(tree), str(tmp_path / f"dist-{tag}"), policy)
        assert {s["pid"] for s in dist} <= worker_pids
        rel = dask_redact.list_files(str(tree))
        assert len(rel) == 10 and rel == dask_redact.list_files(str(tmp_path / f"dist-{tag}"))
        engine = pii.Engine.from_policy(policy) if policy else pii.Engine()
        for r in rel:
            a, b = tmp_path / f"local-{tag}" / r, tmp_path / f"dist-{tag}" / r
            assert filecmp.cmp(a, b, shallow=False), r
            assert b.read_bytes() == engine.redact((tree / r).read_bytes()), r
        assert [s["findings"] for s in local] == [s["findings"] for s in dist]
        assert dask_redact.total(dist)["findings"].get("US_SSN", 0) > 500


def test_large_file_partitions_on_cluster(client, tmp_path):
    big = tmp_path / "big.log"
    big.write_text(make_text(2_000_000, seed=42), encoding="utf-8")
    ranges = dask_redact.partitions(str(big), 7)
    data = big.read_bytes()
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data) and len(ranges) == 7
    for (a, b), (c, _) in zip(ranges, ranges[1:]):
        assert b == c and data[b - 1:b] == b"\n"
    local, dist = tmp_path / "local.out", tmp_path / "dist.out"
    s1 = dask_redact.redact_large_file(None, str(big), str(local), 7, POLICY)
    s2 = dask_redact.redact_large_file(client, str(big), str(dist), 7, POLICY)
    assert local.read_bytes() == dist.read_bytes()
    assert [s["findings"] for s in s1] == [s["findings"] for s in s2]
    assert len({s["pid"] for s in s2}) >= 1 and os.getpid() not in {s["pid"] for s in s2}
    # records stand alone here, so the partitions equal one whole-file pass
    assert dist.read_bytes() == pii.Engine.from_policy(POLICY).redact(data)
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".parts-")]


def test_command_line_local(tree, tmp_path, capsys):
    assert dask_redact.main([str(tree), str(tmp_path / "out"), "--local"]) == 0
    out = capsys.readouterr().out
    assert '"files": 10' in out and "US_SSN" in out
