import pytest

from repshift import store


def test_atomic_write_leaves_old_file_on_failure(tmp_path):
    p = tmp_path / "x.json"
    store.write_json(p, {"a": 1})
    with pytest.raises(RuntimeError), store.atomic_path(p) as tmp:
        tmp.write_text("partial")
        raise RuntimeError("boom")
    assert store.read_json(p) == {"a": 1}
    assert [f.name for f in tmp_path.iterdir()] == ["x.json"]


def test_slug_and_manifest():
    assert store.slug("org/Model-1.5B@main") == "org-Model-1.5B-main"
    m = store.manifest({"k": 1}, seed=3)
    assert m["config"] == {"k": 1} and m["seed"] == 3 and "torch" in m["versions"]
