"""Helpers shared by the benchmark scripts: the machine, peak memory, results files."""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
SHARED = Path(os.environ.get("VEILLE_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def machine() -> dict[str, Any]:
    """CPU model, core count, RAM and load average of this machine."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(mem_kb / 2**20, 1),
            "python": platform.python_version(), "load_avg": os.getloadavg()}


def peak_rss_mib() -> dict[str, float]:
    """Peak resident memory of this process and of its largest waited-for child, in MiB."""
    kib = 1024  # ru_maxrss is in KiB on Linux
    return {"self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kib,
            "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / kib}


def save(name: str, data: dict[str, Any]) -> Path:
    """Write bench/results/<name>-<timestamp>.json and return its path."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
