"""The one interface between the generated code and the engine.

Everything the pipeline writes into this package (``venice.resources``, ``venice.types``,
``venice._generated``) imports the engine from here and from nowhere else; a test
(``tests/unit/test_layers.py``) fails on any other import. What it offers:

- the bases of the generated namespaces and clients, and the three result modes
  (``SyncAPIResource`` / ``AsyncAPIResource``, ``Raw``, ``Streamed``, ``SyncAPIClient`` /
  ``AsyncAPIClient``, ``namespace``), and the retyping of a parsed method for the raw and
  streaming modes (``to_raw``, ``to_streamed``, ``async_to_raw``, ``async_to_streamed``);
- the result types the generated signatures name (``APIResponse``, ``Stream``, ``BinaryResponse``,
  ...), the "not given" sentinel, and the default poll interval of the ``wait`` methods;
- the runtime of the generated response models (``BaseModel``, ``define`` and the field flags);
- the records of the generated tables (``OperationEntry``, ``OfflineEntry``).

In the other direction the engine reads the generated facts in exactly one place,
``venice._binding._table``, lazily.
"""

from __future__ import annotations

from venice._binding._modes import async_to_raw, async_to_streamed, to_raw, to_streamed
from venice._binding._namespace import namespace
from venice._binding._polling import DEFAULT_POLL_INTERVAL
from venice._binding._resource import AsyncAPIResource, Raw, Streamed, SyncAPIResource
from venice._binding._table_types import OfflineEntry, OperationEntry
from venice._core._base_client import AsyncAPIClient, SyncAPIClient
from venice._results._models import (
    BOOLEAN,
    DATE,
    DATETIME,
    INTEGER,
    LIST,
    MAP,
    NULLABLE,
    NUMBER,
    REQUIRED,
    STRING,
    UNION,
    BaseModel,
    define,
)
from venice._results._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncBinaryResponse,
    AsyncResponseContextManager,
    BinaryResponse,
    ResponseContextManager,
)
from venice._results._streaming import AsyncStream, Stream
from venice._types import NOT_GIVEN, NotGiven

__all__ = [
    "BOOLEAN",
    "DATE",
    "DATETIME",
    "DEFAULT_POLL_INTERVAL",
    "INTEGER",
    "LIST",
    "MAP",
    "NOT_GIVEN",
    "NULLABLE",
    "NUMBER",
    "REQUIRED",
    "STRING",
    "UNION",
    "APIResponse",
    "AsyncAPIClient",
    "AsyncAPIResource",
    "AsyncAPIResponse",
    "AsyncBinaryResponse",
    "AsyncResponseContextManager",
    "AsyncStream",
    "BaseModel",
    "BinaryResponse",
    "NotGiven",
    "OfflineEntry",
    "OperationEntry",
    "Raw",
    "ResponseContextManager",
    "Stream",
    "Streamed",
    "SyncAPIClient",
    "SyncAPIResource",
    "async_to_raw",
    "async_to_streamed",
    "define",
    "namespace",
    "to_raw",
    "to_streamed",
]
