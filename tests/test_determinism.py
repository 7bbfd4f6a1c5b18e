"""Records do not depend on the process: two interpreters with different string-hash seeds (as two Dask
workers, or two ingest runs, have) give the same records for the same articles."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

VEILLE = Path(sys.executable).with_name("veille")


def _extract(files: list[Path], out: Path, seed: str) -> dict[str, dict]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([str(VEILLE), "extract", *map(str, files), "--out", str(out)], env=env, check=True,
                   capture_output=True, timeout=600)
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))}


def test_records_do_not_hang_on_hash_order(shared, tmp_path):
    files = sorted((shared / "gold" / "dev").glob("*.json"))[::3]
    one, two = _extract(files, tmp_path / "1", "1"), _extract(files, tmp_path / "2", "2")
    assert len(one) == len(files)
    for name, rec in one.items():
        differing = [k for k in rec if rec[k] != two[name].get(k)]
        assert not differing, f"{name}: {differing} differ between hash seeds"
