"""key -> row look-ups for the store's tables, so that finding a row by its id does not
evaluate a query on every row (TinyDB's own look-ups are scans)."""

from __future__ import annotations

from typing import Callable, Hashable

from tinydb.table import Document, Table


class Index:
    """key -> doc_id for one table. Rebuilt whenever rows may have gone (start-up, rollback,
    archiving); rows are never re-keyed."""

    def __init__(self, table: Table, key: Callable[[dict], Hashable | None]) -> None:
        self.table, self.key, self.ids = table, key, {}

    def rebuild(self) -> None:
        self.ids = {}
        for doc in self.table.all():
            self.add(doc, doc.doc_id)

    def add(self, row: dict, doc_id: int) -> None:
        key = self.key(row)
        if key is not None:
            self.ids.setdefault(key, doc_id)  # the first row with a key wins, as a scan would

    def get(self, key: Hashable) -> Document | None:
        doc_id = self.ids.get(key)
        return self.table.get(doc_id=doc_id) if doc_id is not None else None

    def doc_ids(self, key: Hashable) -> list[int]:
        """The row with ``key`` as a doc-id list for TinyDB's update (empty if it is gone)."""
        doc_id = self.ids.get(key)
        return [doc_id] if doc_id is not None and self.table.contains(doc_id=doc_id) else []

    def upsert(self, row: dict) -> int:
        """Merge ``row`` into the row with its key, or insert it."""
        doc_id = self.ids.get(self.key(row))
        if doc_id is not None and self.table.contains(doc_id=doc_id):
            self.table.update(row, doc_ids=[doc_id])
            return doc_id
        doc_id = self.table.insert(row)
        self.add(row, doc_id)
        return doc_id
