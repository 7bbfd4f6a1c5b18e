"""Corpus scale on Dask: extraction spread over the workers of a Dask cluster, storage by one writer.

The client never loads the corpus: it cuts the inputs into :class:`Partition` s (groups of files,
line ranges of JSONL/JSONL.gz files, counted without parsing) and hands them to the workers. Each
worker loads the spaCy pipeline once (:class:`PipelinePlugin`), reads its partitions itself with
``veille.read.read`` and extracts them with ``veille.pipeline.extract_many`` (``nlp.pipe``).

Results come back to the client, which is the only writer: it stores each partition in one
transaction, in input order, skipping texts (SHA-256) already stored. A task that Dask retries
after its worker died returns its result once, and the store keys articles by their text's hash,
so nothing is stored twice (docs/scale.md says why this design).

    >>> report = ingest(open_store("sqlite:///kb.db"), ["corpus.jsonl.gz"], "local:2")
"""
from __future__ import annotations

import gzip
import itertools
import math
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed
from distributed.scheduler import KilledWorker
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from veille.read import DEFAULT_MAX_CHARS, SUFFIXES, Article, InputError, read, read_all
from veille.record import Record, sha256

if TYPE_CHECKING:
    from veille.store.ingest import IngestReport

#: Most articles in one partition (one task, one transaction); fewer when the input is small.
MAX_PARTITION = 64
#: Partitions per worker the automatic size aims at, so that the last ones finish close together.
PARTITIONS_PER_WORKER = 8
#: Partitions in flight (submitted, not yet collected) per worker.
WINDOW_PER_WORKER = 4


class ClusterError(ValueError):
    """A ``--cluster`` value that names no cluster."""


@dataclass(frozen=True)
class Partition:
    """Items ``start`` to ``stop`` (None: to the end) of ``read_all(paths)``; ``count`` is how many
    articles the client expects there (a truncated file may add one error)."""

    paths: tuple[str, ...]
    start: int = 0
    stop: int | None = None
    count: int = 0

    @property
    def label(self) -> str:
        """Where the partition's articles come from, for messages."""
        where = self.paths[0] if len(self.paths) == 1 else f"{self.paths[0]} (+{len(self.paths) - 1} files)"
        return f"{where} items {self.start + 1}-{self.start + self.count}"


@dataclass
class PartitionResult:
    """What a worker made of a partition: (sha256, record dict) pairs in input order, bad inputs
    (source, message), warnings, and the sources of articles skipped as already stored."""

    records: list[tuple[str, dict]] = field(default_factory=list)
    bad: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class PipelinePlugin(WorkerPlugin):
    """Loads the Veille pipeline once in each worker (again in a worker that replaces a dead one)."""

    name = "veille-pipeline"

    def __init__(self, model: str):
        self.model = model

    def setup(self, worker) -> None:
        """Load the model before the worker takes its first task."""
        from veille.pipeline import load

        load(self.model)


def _is_lines(path: Path) -> bool:
    return path.name.lower().endswith((".jsonl", ".jsonl.gz"))


def count_lines(path: Path) -> int:
    """Non-blank lines of a JSONL(.gz) file (the articles ``read`` yields), counted without parsing;
    a file that cannot be read to its end counts its readable lines."""
    opener = gzip.open if path.name.endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rb") as fh:
            n = sum(1 for raw in fh if raw.strip())
    except (OSError, EOFError, zlib.error):
        pass
    return n


def _sources(paths: Iterable[str | Path]) -> Iterator[tuple[Path, int | None]]:
    """Each input file with its line count if it is JSONL (None: one article), folders walked in
    ``read``'s order."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from _sources(sorted(c for c in p.rglob("*") if c.is_file() and c.name.lower().endswith(SUFFIXES)))
        elif _is_lines(p) and p.is_file():
            yield p, count_lines(p)
        else:
            yield p, None  # read() reports a missing or unreadable path as one bad input


def partitions(paths: Iterable[str | Path], size: int | None = None, limit: int | None = None,
               workers: int = 1) -> list[Partition]:
    """The inputs (only their first ``limit`` articles) cut into partitions of at most ``size``
    articles; without ``size``, :func:`auto_size` for ``workers``."""
    sources, budget = [], math.inf if limit is None else limit
    for path, lines in _sources(paths):
        if budget <= 0:
            break
        n = 1 if lines is None else int(min(lines, budget))
        sources.append((path, lines, n))
        budget -= n
    size = size or auto_size(sum(n for _, _, n in sources), workers)
    parts: list[Partition] = []
    files: list[str] = []  # single-article files waiting to fill a partition

    def flush_files() -> None:
        if files:
            parts.append(Partition(tuple(files), count=len(files)))
            files.clear()

    for path, lines, n in sources:
        if lines is None:
            files.append(str(path))
            if len(files) >= size:
                flush_files()
            continue
        flush_files()
        for start in range(0, max(n, 1), size):
            stop = min(start + size, n)
            # The last range of a whole file stays open, so that whatever read() yields past the
            # counted lines (a truncated gzip's error) is reported too.
            open_end = stop == n == lines
            parts.append(Partition((str(path),), start, None if open_end else stop, stop - start))
    flush_files()
    return parts


def auto_size(total: int, workers: int) -> int:
    """A partition size giving each worker about PARTITIONS_PER_WORKER partitions, at most MAX_PARTITION."""
    return max(1, min(MAX_PARTITION, math.ceil(total / (PARTITIONS_PER_WORKER * max(workers, 1)))))


def articles(part: Partition, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | InputError]:
    """What ``read`` yields for the partition's items (on a worker: it reads the files itself)."""
    if len(part.paths) == 1:
        return itertools.islice(read(part.paths[0], max_chars), part.start, part.stop)
    return read_all(part.paths, max_chars)


def hash_partition(part: Partition, max_chars: int = DEFAULT_MAX_CHARS) -> list[str]:
    """The text hashes of a partition's articles (a worker task: reading only, no extraction)."""
    return [sha256(a.text) for a in articles(part, max_chars) if isinstance(a, Article)]


def extract_partition(part: Partition, model: str, batch_size: int = 16, max_chars: int = DEFAULT_MAX_CHARS,
                      date: str | None = None, skip: frozenset[str] = frozenset()) -> PartitionResult:
    """Read and extract one partition on a worker; texts whose hash is in ``skip`` are not extracted."""
    from veille.pipeline import extract_many

    result = PartitionResult()
    todo: list[Article] = []
    for item in articles(part, max_chars):
        if isinstance(item, InputError):
            result.bad.append((item.source, item.message))
            continue
        result.warnings.extend(item.warnings)
        if sha256(item.text) in skip:
            result.skipped.append(item.source or item.id)
            continue
        if date is not None:
            item.date = date
        todo.append(item)

    def failed(art: Article, exc: Exception) -> None:
        result.bad.append((art.source or art.id, f"extraction failed ({exc})"))

    for rec in extract_many(todo, batch_size=batch_size, model=model, on_error=failed):
        result.records.append((sha256(rec.text), rec.to_dict()))
    return result


def local_cluster(workers: int) -> LocalCluster:
    """A cluster of worker processes on this machine, one thread each (spaCy holds the GIL).

    Dask caps the workers' BLAS threads at one (OMP_NUM_THREADS, ...) by default; the different
    summation order changes some floating-point results of the pipeline (theme scores), so the
    workers keep this machine's default, and extract exactly what a local run extracts.
    """
    import dask

    with dask.config.set({"distributed.nanny.pre-spawn-environ": {"MALLOC_TRIM_THRESHOLD_": 65536}}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


def check_spec(spec: str) -> int | str:
    """The worker count of ``local:N``, or a scheduler address as given; ClusterError otherwise."""
    if spec.startswith("local:"):
        workers = spec.split(":", 1)[1]
        if not workers.isdigit() or int(workers) < 1:
            raise ClusterError(f"{spec!r}: expected local:N with N >= 1 workers")
        return int(workers)
    if "://" not in spec:
        raise ClusterError(f"{spec!r}: expected local:N or a scheduler address such as tcp://HOST:8786")
    return spec


@contextmanager
def connect(spec: str, model: str | None = None) -> Iterator[Client]:
    """A client on ``local:N`` (a LocalCluster started here, stopped at the end) or on the scheduler
    at an address (``tcp://HOST:8786``), with the pipeline plugin registered on its workers."""
    from veille.pipeline import DEFAULT_MODEL

    workers = check_spec(spec)
    plugin = PipelinePlugin(model or DEFAULT_MODEL)
    if isinstance(workers, int):
        with local_cluster(workers) as cluster, Client(cluster) as client:
            client.register_plugin(plugin)
            yield client
        return
    with Client(spec, timeout="30s") as client:
        client.register_plugin(plugin)
        yield client


def worker_count(client: Client) -> int:
    """The workers the scheduler knows now (at least 1, so that sizing works before they join)."""
    return max(1, len(client.scheduler_info().get("workers", {})))


def run(client: Client, parts: list[Partition], model: str, batch_size: int = 16,
        max_chars: int = DEFAULT_MAX_CHARS, date: str | None = None,
        known: Callable[[list[str]], set[str]] | None = None) -> Iterator[tuple[Partition, PartitionResult]]:
    """Extract the partitions on the cluster; yield their results in input order.

    With ``known`` (hashes -> those already stored), each partition is first hashed on a worker and
    the stored articles are not extracted. A partition whose task killed its workers too often
    (Dask's ``allowed-failures``) comes back as one bad input.
    """
    window = WINDOW_PER_WORKER * worker_count(client)
    todo = iter(enumerate(parts))
    futures = as_completed()
    tasks: dict[str, tuple[int, str]] = {}  # future key -> (partition index, "hash" | "extract")
    done: dict[int, PartitionResult] = {}
    submitted = collected = 0

    def extract(i: int, skip: frozenset[str] = frozenset()) -> None:
        fut = client.submit(extract_partition, parts[i], model, batch_size, max_chars, date, skip, pure=False)
        tasks[fut.key] = (i, "extract")
        futures.add(fut)

    def submit() -> None:
        nonlocal submitted
        while submitted - collected < window:
            nxt = next(todo, None)
            if nxt is None:
                return
            i = nxt[0]
            submitted += 1
            if known is None:
                extract(i)
                continue
            fut = client.submit(hash_partition, parts[i], max_chars, pure=False)
            tasks[fut.key] = (i, "hash")
            futures.add(fut)

    submit()
    for fut in futures:
        i, phase = tasks.pop(fut.key)
        try:
            value = fut.result()
        except KilledWorker as exc:
            value = PartitionResult(bad=[(parts[i].label, f"not processed: workers died on it ({exc})")])
            phase = "extract"
        fut.release()
        if phase == "hash":
            extract(i, frozenset(known(value)) if value else frozenset())
            continue
        done[i] = value
        while collected in done:
            yield parts[collected], done.pop(collected)
            collected += 1
        submit()


def ingest(engine: Engine, paths: Iterable[str | Path], cluster: str, batch_size: int = 16,
           max_chars: int = DEFAULT_MAX_CHARS, limit: int | None = None, model: str | None = None,
           notify: Callable[[str, str], None] | None = None,
           on_total: Callable[[int], None] | None = None) -> IngestReport:
    """``veille.store.ingest.ingest`` on a Dask cluster: extract on the workers, store here.

    Returns an ``IngestReport``; ``notify`` gets the same kinds ("stored", "skipped", "bad",
    "warning"), ``on_total`` the number of articles planned once the inputs are partitioned.
    """
    from veille.pipeline import DEFAULT_MODEL
    from veille.store.ingest import IngestReport, Problem, known, store_many

    model = model or DEFAULT_MODEL
    report = IngestReport()
    tell = notify or (lambda kind, message: None)
    def stored(shas: list[str]) -> set[str]:
        with engine.connect() as conn:
            return known(conn, shas)

    def write(records: list[tuple[str, dict]]) -> list[tuple[str, str]]:
        """Store new records in one transaction; returns (kind, source) to report once committed."""
        recs = [Record.from_dict(d) for _, d in records]
        for (h, _), rec in zip(records, recs):
            rec.doc.sha256 = h
        with engine.begin() as conn:  # a text stored before (another writer, earlier in the input) is skipped
            ids = store_many(conn, recs)
        return [("stored" if i is not None else "skipped", rec.doc.source or rec.doc.id) for rec, i in zip(recs, ids)]

    with connect(cluster, model) as client:
        parts = partitions(paths, limit=limit, workers=worker_count(client))
        if on_total:
            on_total(sum(p.count for p in parts))
        for part, res in run(client, parts, model, batch_size, max_chars, known=stored):
            for w in res.warnings:
                tell("warning", w)
            for source, message in res.bad:
                report.bad.append(Problem(source, message))
                tell("bad", f"{source}: {message}")
            for source in res.skipped:
                report.skipped += 1
                tell("skipped", source)
            try:
                events = write(res.records)
            except IntegrityError:  # another writer stored one of these texts meanwhile: check again
                events = write(res.records)
            for kind, source in events:
                if kind == "stored":
                    report.stored += 1
                else:
                    report.skipped += 1
                tell(kind, source)
    return report


def extract(paths: Iterable[str | Path], cluster: str, batch_size: int = 16, max_chars: int = DEFAULT_MAX_CHARS,
            date: str | None = None, model: str | None = None,
            on_error: Callable[[str], None] | None = None, on_warning: Callable[[str], None] | None = None
            ) -> Iterator[Record]:
    """The records of the inputs, extracted on a Dask cluster, in input order; bad inputs and failed
    extractions go to ``on_error`` (one message each), reader warnings to ``on_warning``."""
    from veille.pipeline import DEFAULT_MODEL

    model = model or DEFAULT_MODEL
    with connect(cluster, model) as client:
        parts = partitions(paths, workers=worker_count(client))
        for _, res in run(client, parts, model, batch_size, max_chars, date):
            for w in res.warnings:
                if on_warning:
                    on_warning(w)
            for source, message in res.bad:
                if on_error:
                    on_error(f"{source}: {message}")
            for _, d in res.records:
                yield Record.from_dict(d)
