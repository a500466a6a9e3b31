"""Token boundaries kept in the project (see :mod:`annotator.nlp.tokens`): the export's fast path.

Pre-annotation keeps the tokens of every document it reads (its paragraphs are tokenised
anyway); :func:`keep_tokens` tokenises the documents that have none. :func:`kept_tokens` gives
the export a lookup by document id, read ahead in batches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.store import tokens as token_store
from annotator.store.project import Project

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language


def kept_tokens(project: Project, nlp: "Language", batch: int = 500) -> Callable[[int], bytes | None] | None:
    """A lookup ``doc_id -> encoded tokens`` of ``nlp``'s tokenizer, or None when none are kept."""
    from annotator.nlp.tokens import tokenizer_id

    tok = tokenizer_id(nlp)
    if not token_store.count(project, tok):
        return None
    cache: dict[int, bytes] = {}
    window = [0, -1]  # ids [lo, hi] already read

    def get(doc_id: int) -> bytes | None:
        if not (window[0] <= doc_id <= window[1]):
            rows = project.conn.execute(
                "SELECT doc_id, data FROM doc_tokens WHERE tokenizer = ? AND doc_id >= ? ORDER BY doc_id LIMIT ?",
                (tok, doc_id, batch)).fetchall()
            cache.clear()
            cache.update(rows)
            window[0] = doc_id
            window[1] = rows[-1][0] if len(rows) == batch else 1 << 62
        return cache.get(doc_id)

    return get


def keep_tokens(project: Project, pipeline: str, *, doc_ids: Sequence[int] | None = None, batch: int = 500,
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> int:
    """Tokenise the documents (all, or ``doc_ids``) that have no tokens of ``pipeline``'s tokenizer
    and keep them; returns how many. Whole batches are written (cancel keeps those done)."""
    from annotator.nlp.loader import load
    from annotator.nlp.tokens import doc_tokens, encode, tokenizer_id

    nlp = load(pipeline, ())
    tok = tokenizer_id(nlp)
    todo = token_store.missing(project, tok)
    if doc_ids is not None:
        wanted = set(doc_ids)
        todo = [i for i in todo if i in wanted]
    tokenizer = nlp.tokenizer
    for k in range(0, len(todo), batch):
        if cancel is not None:
            cancel.check()
        rows = [(d.id, encode(doc_tokens(tokenizer(d.text)))) for d in project.documents(todo[k : k + batch])]
        token_store.put_many(project, tok, rows)  # type: ignore[arg-type]
        progress(min(k + batch, len(todo)), len(todo), "keeping token boundaries")
    return len(todo)
