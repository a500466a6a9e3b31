"""Import articles into a project: ``.txt``, ``.jsonl``, ``.csv`` and ``.html`` files, or folders of them.

Two phases, so that bad input changes nothing:

1. **Read and check** every file (nothing is written): each record becomes a compact row
   ``(hash, text, title, source, url, published, meta_json)``; each problem becomes a
   ``file:line: what is wrong`` message.
2. **Write** all rows in one transaction (:meth:`Project.write`, :meth:`Project.add_documents_bulk`),
   only if there were no problems (or ``skip_bad`` is set, in which case the bad records are
   listed in :attr:`ImportReport.skipped`). Cancelling before the commit leaves nothing.

The stored text is exactly the text given: files are read as bytes and decoded here (no newline
translation; a UTF-8 byte-order mark is not part of the text), so CRLF line ends, no-break spaces,
emoji and combining accents are kept byte for byte. Duplicates (same content hash, within one
import or already in the project) are skipped and counted.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.store.project import Project

TEXT_EXT = (".txt",)
JSONL_EXT = (".jsonl", ".ndjson")
CSV_EXT = (".csv", ".tsv")
HTML_EXT = (".html", ".htm")
SUPPORTED = TEXT_EXT + JSONL_EXT + CSV_EXT + HTML_EXT

_BOM = "\ufeff"
_MISSING = object()
_SKIP = object()
_dumps = json.JSONEncoder(ensure_ascii=False).encode  # = json.dumps(..., ensure_ascii=False), without per-call setup

try:  # a fast JSON parser for big JSONL imports; the standard library is the reference and the fallback
    from orjson import dumps as _orjson_dumps
    from orjson import loads as _orjson_loads
except ImportError:  # pragma: no cover - orjson is a dependency, but the importer works without it
    _orjson_dumps = _orjson_loads = None


def _meta_json(meta: dict[str, Any]) -> str:
    if _orjson_dumps is not None:
        try:
            return _orjson_dumps(meta).decode("utf-8")
        except (TypeError, ValueError):  # e.g. a lone surrogate, an integer beyond 64 bits
            pass
    return _dumps(meta)
_MIN_HTML_TEXT = 25  # characters: less is a menu or a link left over, not an article
_BATCH = 5_000  # rows per executemany while writing (cancel and progress are checked between batches)

# Problem codes (the InputError carries the code of the first problem).
E_NO_PATH = "E301"
E_TYPE = "E302"
E_DECODE = "E303"
E_EMPTY = "E304"
E_JSON = "E305"
E_TEXT = "E306"
E_FIELD = "E307"
E_COLUMN = "E308"
E_ROW = "E309"
E_HTML = "E310"
E_OPTION = "E311"


@dataclass
class ImportOptions:
    """How records map to documents. Field names apply to JSONL keys and CSV columns alike."""

    text_field: str = "text"
    title_field: str = "title"
    source_field: str = "source"
    url_field: str = "url"
    date_field: str = "published"
    date_aliases: tuple[str, ...] = ("date", "published_at", "pubdate")
    source: str | None = None  # used when a record has no source of its own
    delimiter: str | None = None  # CSV delimiter; None: guessed from the header line (, ; tab |)
    encoding: str = "utf-8"  # of .txt, .jsonl and .csv files (HTML pages declare their own)


@dataclass
class ImportReport:
    added: int = 0
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)  # "file:line: what" of records left out (skip_bad)
    files: int = 0  # files read
    ignored: list[str] = field(default_factory=list)  # files inside folders with an unsupported type
    records: int = 0  # good records read (added + duplicates)
    warnings: list[str] = field(default_factory=list)  # "[E470] title: ..." for unusually long articles


@dataclass(frozen=True, slots=True)
class _Problem:
    code: str
    where: str  # "file:line" (or just "file" for a path that cannot be read at all)
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


class _Reader:
    """Collects rows and problems while reading files; writes nothing."""

    def __init__(self, options: ImportOptions, progress: ProgressFn, cancel: CancelToken | None, total_bytes: int):
        self.o = options
        self.rows: list[tuple[Any, ...]] = []
        self.seen: set[str] = set()
        self.duplicates = 0
        self.problems: list[_Problem] = []
        self.progress = progress
        self.cancel = cancel
        self.total_bytes = total_bytes
        self.done_bytes = 0

    # -------------------------------------------------------------- common
    def problem(self, code: str, name: str, line: int, what: str) -> None:
        self.problems.append(_Problem(code, f"{name}:{line}", what))

    def tick(self, done_in_file: int, name: str) -> None:
        if self.cancel is not None:
            self.cancel.check()
        self.progress(self.done_bytes + done_in_file, self.total_bytes, f"reading {name}")

    def add(self, name: str, line: int, record: dict[str, Any], *, default_title: str = "",
            default_source: str = "") -> None:
        """Turn one record (a dict of fields) into a row, or a problem. (The hot path of an import.)"""
        o = self.o
        pop = record.pop
        text = pop(o.text_field, _MISSING)
        if text is _MISSING:
            self.problem(E_TEXT, name, line, f"missing text field {o.text_field!r}")
            return
        if type(text) is not str:
            self.problem(E_FIELD, name, line,
                         f"text field {o.text_field!r} must be a string, got {_type_name(text)}")
            return
        if not text or text.isspace():
            self.problem(E_TEXT, name, line, f"text field {o.text_field!r} is empty")
            return
        title = pop(o.title_field, None)
        source = pop(o.source_field, None)
        url = pop(o.url_field, None)
        published = pop(o.date_field, None)
        if published is None or published == "":
            for alias in o.date_aliases:
                value = pop(alias, None)
                if value is not None and value != "":
                    published = value
                    break
        if not (type(title) is str and type(source) is str and type(url) is str and type(published) is str):
            fields = self._strings(name, line, ((o.title_field, title), (o.source_field, source),
                                                (o.url_field, url), (o.date_field, published)))
            if fields is None:
                return
            title, source, url, published = fields
        meta = {k: v for k, v in record.items() if v is not None and v != ""}
        meta_json = _meta_json(meta) if meta else "{}"
        try:
            h = sha256(text.encode("utf-8")).hexdigest()  # = content_hash(text), inlined
            (title + source + url + published + meta_json).encode("utf-8")
        except UnicodeEncodeError:
            self.problem(E_FIELD, name, line, "contains an unpaired surrogate (an escape like \\ud800 alone): "
                                              "not valid Unicode text")
            return
        if h in self.seen:
            self.duplicates += 1
            return
        self.seen.add(h)
        self.rows.append((h, text, title or default_title, source or o.source or default_source, url, published,
                          meta_json))

    def _strings(self, name: str, line: int, fields: tuple[tuple[str, Any], ...]) -> list[str] | None:
        """Metadata fields as strings (absent/null: ""; a numeric date is accepted), or a problem."""
        out = []
        for i, (field_name, value) in enumerate(fields):
            if value is None:
                value = ""
            elif i == 3 and type(value) in (int, float):
                value = str(value)
            if type(value) is not str:
                self.problem(E_FIELD, name, line, f"field {field_name!r} must be a string, got {_type_name(value)}")
                return None
            out.append(value)
        return out

    def decode(self, data: bytes, name: str, *, first: bool = True, line: int = 1) -> str | None:
        """Decode bytes (dropping a leading BOM), or record where the undecodable bytes are."""
        try:
            text = data.decode(self.o.encoding)
        except UnicodeDecodeError as exc:
            at = line + data.count(b"\n", 0, exc.start)
            col_start = data.rfind(b"\n", 0, exc.start) + 1
            self.problem(E_DECODE, name, at,
                         f"undecodable bytes {data[exc.start:exc.end]!r} at byte {exc.start - col_start + 1} of the "
                         f"line (not valid {self.o.encoding}; the file must be {self.o.encoding} text)")
            return None
        if first and text.startswith(_BOM):
            text = text[1:]
        return text

    # -------------------------------------------------------------- formats
    def read_txt(self, path: Path, name: str) -> None:
        data = path.read_bytes()
        text = self.decode(data, name)
        if text is None:
            return
        if not text.strip():
            self.problem(E_EMPTY, name, 1, "empty file (no text)")
            return
        first_line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        self.add(name, 1, {self.o.text_field: text},
                 default_title=_shorten(first_line) or path.stem, default_source=path.name)

    def read_jsonl(self, path: Path, name: str) -> None:
        records = 0
        encoding = self.o.encoding
        # Fast path: orjson parses UTF-8 bytes directly; anything it refuses (a blank line, bad
        # bytes, NaN, a lone surrogate escape, a BOM...) goes through the standard library, which
        # decides and says where and what is wrong. So the result is the standard library's.
        fast = _orjson_loads if encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig") else None
        slow = self._jsonl_line
        with open(path, "rb") as fh:
            pos = 0
            for number, raw in enumerate(fh, 1):
                pos += len(raw)
                if number % 2000 == 0:
                    self.tick(pos, name)
                if fast is not None:
                    try:
                        record = fast(raw)
                    except ValueError:
                        record = slow(raw, name, number)
                else:
                    record = slow(raw, name, number)
                if record is _SKIP:
                    continue
                records += 1
                if type(record) is not dict:
                    self.problem(E_JSON, name, number,
                                 f"each line must be a JSON object with a {self.o.text_field!r} field, "
                                 f"got {_type_name(record)}")
                    continue
                self.add(name, number, record, default_source=path.name)
        if records == 0 and not any(p.where.startswith(f"{name}:") for p in self.problems):
            self.problem(E_EMPTY, name, 1, "empty file (no JSON lines)")

    def _jsonl_line(self, raw: bytes, name: str, number: int) -> Any:
        """One line through the standard library: the parsed value, or _SKIP (blank, or a problem noted)."""
        try:
            line = raw.decode(self.o.encoding)
        except UnicodeDecodeError:
            self.decode(raw, name, line=number)  # records where the bad bytes are
            return _SKIP
        if number == 1 and line.startswith(_BOM):
            line = line[1:]
        if not line or line.isspace():
            return _SKIP
        try:
            return json.loads(line)
        except json.JSONDecodeError as exc:
            self.problem(E_JSON, name, number, f"not valid JSON: {exc.msg} (column {exc.colno})")
        except RecursionError:
            self.problem(E_JSON, name, number, "not valid JSON: nested too deeply")
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            self.problem(E_JSON, name, number, f"not usable JSON: {exc}")
        return _SKIP

    def read_csv(self, path: Path, name: str) -> None:
        o = self.o
        text = self.decode(path.read_bytes(), name)
        if text is None:
            return
        if not text.strip():
            self.problem(E_EMPTY, name, 1, "empty file (no header line)")
            return
        delimiter = o.delimiter or _guess_delimiter(text, path)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        _raise_field_limit()
        try:
            header = next(reader)
        except csv.Error as exc:
            self.problem(E_ROW, name, 1, f"bad CSV header: {exc}")
            return
        header = [h.strip() for h in header]
        if o.text_field not in header:
            self.problem(E_COLUMN, name, 1,
                         f"no {o.text_field!r} column (columns: {', '.join(header)}); "
                         "name the text column with --text-field")
            return
        start = reader.line_num + 1
        rows = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                hint = " (a quoted field is never closed)" if "end of data" in str(exc) else ""
                self.problem(E_ROW, name, start, f"bad CSV row: {exc}{hint}")
                break  # the reader cannot resynchronise after a quoting error
            line, start = start, reader.line_num + 1
            if not row:
                continue  # a blank line
            rows += 1
            if rows % 2000 == 0:
                self.tick(0, name)
            if len(row) != len(header):
                self.problem(E_ROW, name, line, f"row has {len(row)} fields, the header has {len(header)}")
                continue
            self.add(name, line, dict(zip(header, row)), default_source=path.name)
        if rows == 0 and not any(p.where.startswith(f"{name}:") for p in self.problems):
            self.problem(E_EMPTY, name, 2, "no rows after the header")

    def read_html(self, path: Path, name: str) -> None:
        import trafilatura  # heavy: imported only when an HTML page is imported

        data = path.read_bytes()
        if not data.strip():
            self.problem(E_EMPTY, name, 1, "empty file")
            return
        try:
            doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, as_dict=False)
        except Exception as exc:  # trafilatura raises various parser errors on broken pages
            self.problem(E_HTML, name, 1, f"cannot parse the HTML page: {exc}")
            return
        text = getattr(doc, "text", None) if doc is not None else None
        if not text or len(text.strip()) < _MIN_HTML_TEXT:
            found = f" (only {text.strip()!r})" if text and text.strip() else ""
            self.problem(E_HTML, name, 1, f"no article text could be extracted from the HTML page{found}")
            return
        record: dict[str, Any] = {self.o.text_field: text}
        record[self.o.title_field] = doc.title or ""
        record[self.o.url_field] = doc.url or ""
        record[self.o.date_field] = doc.date or ""
        record[self.o.source_field] = doc.sitename or doc.hostname or ""
        for key in ("author", "description", "language"):
            value = getattr(doc, key, None)
            if isinstance(value, str) and value:
                record[key] = value
        self.add(name, 1, record, default_title=path.stem, default_source=path.name)


def import_paths(project: Project, paths: Sequence[str | os.PathLike[str]], *, options: ImportOptions | None = None,
                 skip_bad: bool = False, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> ImportReport:
    """Import files and folders (see the module docstring). Raises :class:`InputError` and changes
    nothing if any input is bad and ``skip_bad`` is False."""
    options = options or ImportOptions()
    _check_options(options)
    files, problems, ignored = collect_files(paths)
    total_bytes = sum(_size(p) for p, _ in files)
    reader = _Reader(options, progress, cancel, total_bytes)
    reader.problems.extend(problems)
    readers: dict[str, Callable[[Path, str], None]] = {}
    for ext in TEXT_EXT:
        readers[ext] = reader.read_txt
    for ext in JSONL_EXT:
        readers[ext] = reader.read_jsonl
    for ext in CSV_EXT:
        readers[ext] = reader.read_csv
    for ext in HTML_EXT:
        readers[ext] = reader.read_html
    for path, name in files:
        reader.tick(0, name)
        try:
            readers[path.suffix.lower()](path, name)
        except OSError as exc:
            reader.problem(E_NO_PATH, name, 1, f"cannot read the file: {exc.strerror or exc}")
        reader.done_bytes += _size(path)
    if reader.problems and not skip_bad:
        raise _input_error(reader.problems)
    report = ImportReport(files=len(files), skipped=[str(p) for p in reader.problems], ignored=ignored,
                          records=len(reader.rows) + reader.duplicates)
    rows = reader.rows
    reader.rows = []
    total = len(rows)
    added = 0
    if rows:
        from annotator.store.boilerplate import count_lines, count_new_lines
        from annotator.store.languages import detect_new_languages, fill_languages

        with project.write():
            for i in range(0, total, _BATCH):
                if cancel is not None:
                    cancel.check()
                progress(i, total, "saving")
                added += project.add_documents_bulk(rows[i : i + _BATCH])
                detect_new_languages(project, rows[i : i + _BATCH])  # from the text in memory
                count_new_lines(project, rows[i : i + _BATCH])
            fill_languages(project)  # any document still without one (none, normally)
            count_lines(project)  # any document not counted yet (none, normally)
            if cancel is not None:
                cancel.check()  # the last chance to cancel: the transaction rolls back
    progress(total, total, "saved")
    report.added = added
    report.duplicates = reader.duplicates + (total - added)
    report.warnings = long_article_warnings(rows)
    return report


LONG_ARTICLE_CHARS = 100_000
"""An article longer than this is unusual (news articles are a few thousand characters): the
import says so; pre-annotation splits its long paragraphs into bounded pieces."""


def long_article_warnings(rows: Sequence[tuple[Any, ...]]) -> list[str]:
    """A warning per imported row (hash, text, title, ...) longer than :data:`LONG_ARTICLE_CHARS`."""
    out = []
    for row in rows:
        text, title = row[1], row[2]
        if len(text) > LONG_ARTICLE_CHARS:
            paras = text.count("\n") + 1
            out.append(f"[E470] {title or '(untitled)'}: unusually long article ({len(text):,} characters in "
                       f"{paras:,} line(s)); it is imported whole, and pre-annotation works through it piece by "
                       f"piece (check it is one article, not a whole site or feed)")
    return out


def collect_files(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[tuple[Path, str]], list[_Problem], list[str]]:
    """Expand folders (recursively, in name order, hidden files left out) into ``(path, display name)``."""
    files: list[tuple[Path, str]] = []
    problems: list[_Problem] = []
    ignored: list[str] = []
    seen: set[Path] = set()

    def add(path: Path, name: str) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append((path, name))

    for raw in paths:
        path = Path(raw)
        name = str(raw)
        if path.is_dir():
            for sub in _walk(path):
                if not _regular(sub):  # a FIFO, socket or device named *.jsonl would hang or never end
                    ignored.append(f"{sub} (not a regular file)")
                elif sub.suffix.lower() in SUPPORTED:
                    add(sub, str(sub))
                else:
                    ignored.append(str(sub))
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED:
                add(path, name)
            else:
                problems.append(_Problem(E_TYPE, name, f"unsupported file type {path.suffix or '(none)'!r} "
                                         f"(expected one of {', '.join(SUPPORTED)})"))
        elif path.exists():
            problems.append(_Problem(E_TYPE, name, "not a regular file or folder"))
        else:
            problems.append(_Problem(E_NO_PATH, name, "no such file or folder"))
    return files, problems, ignored


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _walk(folder: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith("."):
                yield Path(dirpath) / f


def _input_error(problems: list[_Problem]) -> InputError:
    n = len(problems)
    if n == 1:
        message = f"{problems[0]}; nothing was imported"
    else:
        message = (f"{n} problems in the input, first {problems[0]}; nothing was imported "
                   "(fix them, or use --skip-bad to import the rest)")
    return InputError(message, problems=[str(p) for p in problems], code=problems[0].code)


def _check_options(o: ImportOptions) -> None:
    try:
        codecs.lookup(o.encoding)
    except LookupError:
        raise InputError(f"unknown text encoding {o.encoding!r} (e.g. utf-8, latin-1, cp1252)", code=E_OPTION) from None
    if o.delimiter is not None and len(o.delimiter) != 1:
        raise InputError(f"the CSV delimiter must be one character, got {o.delimiter!r}", code=E_OPTION)
    for name in ("text_field", "title_field", "source_field", "url_field", "date_field"):
        if not getattr(o, name):
            raise InputError(f"the {name.replace('_', ' ')} name is empty", code=E_OPTION)


def _guess_delimiter(text: str, path: Path) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _raise_field_limit() -> None:
    # Article texts can exceed csv's default 128 KiB field limit.
    if csv.field_size_limit() < 64 * 1024 * 1024:
        csv.field_size_limit(64 * 1024 * 1024)


def _shorten(line: str, limit: int = 200) -> str:
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number",
            type(None): "null", str: "a string"}.get(type(value), type(value).__name__)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
