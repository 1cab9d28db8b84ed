"""The records of the operation table, named: what the pipeline writes and the runtime reads.

The pipeline (``scripts/pipeline/operation_table.py``) builds one ``OperationEntry`` per operation
and writes the table as JSON text in ``venice/_generated/operation_table.py``; the engine (``_operations.py``)
decodes it into its ``Operation`` objects. Both sides are type-checked against these records, so a
field renamed on one side fails ``mypy --strict`` on the other. Every field has a name: nothing is
read by position, and no slot's meaning depends on another slot.

This module imports nothing from the package and does nothing: the pipeline may import it for its
types without importing the runtime.
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

__all__ = [
    "AnswerEntry",
    "ArgumentEntry",
    "BinaryAnswer",
    "BodyEntry",
    "EventsAnswer",
    "JsonAnswer",
    "OfflineEntry",
    "OfflineMedia",
    "OperationEntry",
    "ResultKind",
    "TextAnswer",
    "Where",
]

ResultKind: TypeAlias = Any
"""How a decoded JSON value becomes a typed result (``venice._results._models.converter`` reads it): ``None``
(the value as decoded), a model class name, ``"datetime"``/``"date"``, ``["list", kind]``,
``["map", kind]`` or ``["union", [model names], list kind]``; the same encoding as the field tables
of ``venice_api.responses``."""

Where = Literal["path", "query", "header", "body"]


class ArgumentEntry(TypedDict):
    """One keyword argument of an operation."""

    name: str  # the keyword (``api_key_type``)
    where: Where
    wire: str  # its name on the wire: the JSON key, or the parameter's name
    required: bool
    schema: dict[str, Any] | None  # a parameter's validation schema; None for a body field


class BodyEntry(TypedDict):
    """One request content type of an operation."""

    media_type: str
    schema: dict[str, Any]  # the validation schema, references into ``SCHEMAS``
    keys: dict[str, str]  # keyword -> JSON key of the body's fields


class JsonAnswer(TypedDict):
    kind: Literal["json"]
    result: ResultKind
    annotation: str  # the Python type of the result, as the bindings declare it


class EventsAnswer(TypedDict):
    kind: Literal["events"]
    item: ResultKind  # one event
    end: str | None  # the data line that ends the stream (``[DONE]``), if the API sends one


class TextAnswer(TypedDict):
    kind: Literal["text"]


class BinaryAnswer(TypedDict):
    kind: Literal["binary"]


AnswerEntry: TypeAlias = JsonAnswer | EventsAnswer | TextAnswer | BinaryAnswer


class OperationEntry(TypedDict):
    """Everything the client knows about one operation."""

    method: str  # HTTP method
    path: str  # the spec path, ``{name}`` for a path parameter
    method_path: str  # where the bindings put it: ``chat.completions.create``
    params: str  # its TypedDict of keyword arguments in ``venice.types.request_params``
    arguments: list[ArgumentEntry]  # in signature order of the spec: parameters, then body fields
    bodies: list[BodyEntry]
    answers: dict[str, dict[str, AnswerEntry]]  # status -> media type -> answer


class OfflineMedia(TypedDict):
    """One media type of what the offline Venice answers to an operation."""

    media_type: str
    when: dict[str, dict[str, Any]]  # the request selecting it: {"body": {..}, "header": {..}}; {}: default
    example: Any  # a JSON body; the events of a stream; a text; None for binary media
    end: str | None  # the data line that ends an event stream, if the API sends one


class OfflineEntry(TypedDict):
    """What the offline Venice answers to one operation (``venice/_generated/offline_answers.py``)."""

    status: int
    media: list[OfflineMedia]
    polled: bool  # a wait helper polls it: the JSON status while the job runs, then the media
