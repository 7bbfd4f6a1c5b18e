"""Corpus scale on Dask: extraction spread over the workers of a Dask cluster, storage by one writer.

The client reads the inputs once, in order (``veille.read.read_all``: the same checks and messages
as a local run), hashes each text (SHA-256) and, when ingesting, drops those already stored (one
query per LOOKUP_CHUNK articles). It cuts the rest into :class:`Partition` s, large at first and
smaller toward the end so that the workers finish together, and hands each to a worker as a task
that carries its articles. Each worker loads the spaCy pipeline once (:class:`PipelinePlugin`) and
extracts its partitions with ``veille.pipeline.extract_many`` (``nlp.pipe``).

Results come back to the client, which is the only writer: it stores each partition in one
transaction, in input order, while the workers extract the next ones. A task that Dask retries
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

from veille.read import DEFAULT_MAX_CHARS, SUFFIXES, Article, InputError, read_all
from veille.record import Record, sha256

if TYPE_CHECKING:
    from veille.store.ingest import IngestReport

#: Most articles in one partition (one task, one transaction).
MAX_PARTITION = 64
#: Fewest articles in a partition, but the last one.
MIN_PARTITION = 4
#: A partition holds about (items left) / (SHARE x workers) articles: each worker's share of what is left is
#: cut in about SHARE partitions, so that the last ones are small and the workers finish close together.
SHARE = 4
#: Partitions in flight (submitted, not yet collected) per worker.
WINDOW_PER_WORKER = 4


class ClusterError(ValueError):
    """A ``--cluster`` value that names no cluster."""


@dataclass
class Partition:
    """Consecutive items of the input: the articles sent to a worker (``todo``) and what the client
    reports itself once the partition is stored: bad inputs (source, message), reader warnings,
    sources of the articles already stored."""

    first: int  # position of the partition's first item in the input (0-based)
    count: int = 0  # items of the input it covers
    todo: list[Article] = field(default_factory=list)
    bad: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """Where the partition's articles come from, for messages."""
        where = self.todo[0].source or self.todo[0].id if self.todo else "input"
        return f"{where} (items {self.first + 1}-{self.first + self.count} of the input)"


@dataclass
class PartitionResult:
    """What a worker made of a partition: (sha256, record dict) pairs in input order, and the
    articles whose extraction failed (source, message)."""

    records: list[tuple[str, dict]] = field(default_factory=list)
    bad: list[tuple[str, str]] = field(default_factory=list)


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


def count_lines(path: Path, stop: float = math.inf) -> int:
    """Non-blank lines of a JSONL(.gz) file (the articles ``read`` yields), counted without parsing
    and at most ``stop``; a file that cannot be read to its end counts its readable lines."""
    opener = gzip.open if path.name.endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rb") as fh:
            for raw in fh:
                if n >= stop:
                    break
                n += bool(raw.strip())
    except (OSError, EOFError, zlib.error):
        pass
    return n


def count_items(paths: Iterable[str | Path], limit: int | None = None) -> int:
    """About how many items ``read_all(paths)`` yields (at most ``limit``), without parsing: the
    non-blank lines of JSONL files, one for any other file (folders walked in ``read``'s order)."""
    budget = math.inf if limit is None else limit
    n = 0
    for p in map(Path, paths):
        if n >= budget:
            break
        if p.is_dir():
            files = sorted(c for c in p.rglob("*") if c.is_file() and c.name.lower().endswith(SUFFIXES))
            n += count_items(files, None if budget == math.inf else int(budget - n))
        else:
            n += count_lines(p, budget - n) if _is_lines(p) and p.is_file() else 1
    return int(min(n, budget))


def size_for(left: int, workers: int) -> int:
    """Articles in the next partition when about ``left`` items of the input remain (guided
    self-scheduling: each worker's share of what is left, cut in SHARE, between the bounds)."""
    return max(MIN_PARTITION, min(MAX_PARTITION, math.ceil(left / (SHARE * max(workers, 1)))))


def partitions(items: Iterable[Article | InputError], workers: int = 1, total: int = 0,
               known: Callable[[list[str]], set[str]] | None = None, lookup: int = 256) -> Iterator[Partition]:
    """The items cut into partitions, in input order, as they are read (about ``total`` of them: the
    sizes shrink toward the end; at most ``lookup`` items each, so that progress shows on a rerun).
    With ``known`` (hashes -> those already stored), asked once per ``lookup`` items, the articles
    already stored are not sent (only reported). ``read`` has already turned a text that is not
    valid Unicode into a bad input."""
    it = iter(items)
    part, seen = Partition(0), 0
    while chunk := list(itertools.islice(it, lookup)):
        hashes = {i: sha256(x.text) for i, x in enumerate(chunk) if isinstance(x, Article)} if known else {}
        stored = known(list(hashes.values())) if known and hashes else set()
        for i, item in enumerate(chunk):
            part.count += 1
            if isinstance(item, InputError):
                part.bad.append((item.source, item.message))
            else:
                part.warnings.extend(item.warnings)
                if hashes.get(i) in stored:
                    part.skipped.append(item.source or item.id)
                else:
                    part.todo.append(item)
            if len(part.todo) >= size_for(total - seen - part.count, workers) or part.count >= lookup:
                seen += part.count
                yield part
                part = Partition(seen)
    if part.count:
        yield part


def extract_partition(todo: list[Article], model: str, batch_size: int = 16) -> PartitionResult:
    """Extract a partition's articles on a worker."""
    from veille.pipeline import extract_many

    result = PartitionResult()

    def failed(art: Article, exc: Exception) -> None:
        result.bad.append((art.source or art.id, f"extraction failed ({exc})"))

    for rec in extract_many(todo, batch_size=batch_size, model=model, on_error=failed):
        result.records.append((sha256(rec.text), rec.to_dict()))
    return result


def local_cluster(workers: int) -> LocalCluster:
    """A cluster of worker processes on this machine, one thread each (spaCy holds the GIL).

    Dask caps the workers' BLAS threads at one (OMP_NUM_THREADS, ...) by default; the different
    summation order changes some floating-point results of the pipeline (theme scores), so the
    workers keep this machine's default, and extract exactly what a local run extracts. Dask's
    statistical profiler (a stack sample of the running task every 10 ms, which takes the GIL
    from the extraction) is off (WORKER_CONFIG).
    """
    import dask

    with dask.config.set(WORKER_CONFIG):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


#: The Dask settings of ``local:N`` workers; set them the same way on workers started by hand (docs/scale.md).
WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ": {"MALLOC_TRIM_THRESHOLD_": 65536},
                 "distributed.worker.profile.enabled": False}


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


def run(client: Client, parts: Iterable[Partition], model: str, batch_size: int = 16
        ) -> Iterator[tuple[Partition, PartitionResult]]:
    """Extract the partitions on the cluster; yield their results in input order, keeping
    WINDOW_PER_WORKER partitions per worker in flight (read from ``parts`` only as they are sent).

    A partition whose task killed its workers too often (Dask's ``allowed-failures``) comes back
    as one bad input.
    """
    window = WINDOW_PER_WORKER * worker_count(client)
    todo = iter(parts)
    futures = as_completed()
    flying: dict[str, int] = {}  # future key -> partition index
    sent: dict[int, Partition] = {}  # partition index -> partition, until collected
    done: dict[int, PartitionResult] = {}
    collected = 0

    def submit() -> None:
        while len(sent) < window and (part := next(todo, None)) is not None:
            i = collected + len(sent)
            sent[i] = part
            if not part.todo:  # nothing to extract: reported in its turn
                done[i] = PartitionResult()
                continue
            fut = client.submit(extract_partition, part.todo, model, batch_size, pure=False)
            flying[fut.key] = i
            futures.add(fut)

    def ready() -> Iterator[tuple[Partition, PartitionResult]]:
        nonlocal collected
        while collected in done:
            yield sent.pop(collected), done.pop(collected)
            collected += 1
            submit()

    submit()
    yield from ready()
    for fut in futures:
        i = flying.pop(fut.key)
        try:
            done[i] = fut.result()
        except KilledWorker as exc:
            done[i] = PartitionResult(bad=[(sent[i].label, f"not processed: workers died on it ({exc})")])
        fut.release()
        yield from ready()


def ingest(engine: Engine, paths: Iterable[str | Path], cluster: str, batch_size: int = 16,
           max_chars: int = DEFAULT_MAX_CHARS, limit: int | None = None, model: str | None = None,
           notify: Callable[[str, str], None] | None = None,
           on_total: Callable[[int], None] | None = None) -> IngestReport:
    """``veille.store.ingest.ingest`` on a Dask cluster: extract on the workers, store here.

    Returns an ``IngestReport``; ``notify`` gets the same kinds ("stored", "skipped", "bad",
    "warning"), ``on_total`` the number of items planned (counted before reading).
    """
    from veille.pipeline import DEFAULT_MODEL
    from veille.store.ingest import LOOKUP_CHUNK, IngestReport, Problem, known, store_many

    model = model or DEFAULT_MODEL
    paths = list(paths)
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

    total = count_items(paths, limit)
    if on_total:
        on_total(total)
    with connect(cluster, model) as client:
        items = itertools.islice(read_all(paths, max_chars), limit)
        parts = partitions(items, worker_count(client), total, known=stored, lookup=LOOKUP_CHUNK)
        for part, res in run(client, parts, model, batch_size):
            for w in part.warnings:
                tell("warning", w)
            for source, message in part.bad + res.bad:
                report.bad.append(Problem(source, message))
                tell("bad", f"{source}: {message}")
            for source in part.skipped:
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
    paths = list(paths)

    def dated(items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
        for item in items:
            if date is not None and isinstance(item, Article):
                item.date = date
            yield item

    total = count_items(paths)
    with connect(cluster, model) as client:
        for part, res in run(client, partitions(dated(read_all(paths, max_chars)), worker_count(client), total),
                             model, batch_size):
            for w in part.warnings:
                if on_warning:
                    on_warning(w)
            for source, message in part.bad + res.bad:
                if on_error:
                    on_error(f"{source}: {message}")
            for _, d in res.records:
                yield Record.from_dict(d)
