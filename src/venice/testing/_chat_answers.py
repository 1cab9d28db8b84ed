"""The spec's example chat answer, made to say the assistant's reply (`_replies`) to the request.

Decided by the shape of the example, never by the operation: a JSON answer whose ``choices`` hold a
``message`` gets the reply as its first choice's message; a stream whose events' ``choices`` hold a
``delta`` gets it as deltas (content in a few pieces, or a tool call whose first fragment names the
function and whose arguments follow in a few pieces), then a last chunk with the finish reason, then,
when ``stream_options.include_usage`` asks for it, a usage chunk with no choices. Every other field
(``id``, ``created``, ``model``, ``usage``, ...) stays the example's. An answer of another shape, or
a request that asks for no tool and no structured output, keeps the example as it is.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from venice.testing._replies import Reply, reply_to

__all__ = ["chat_answer"]

PIECES = 3  # how many deltas carry a streamed content or a tool call's arguments


def chat_answer(example: Any, fields: Mapping[str, Any], usage: Any) -> Any:
    """`example` (a JSON answer, or a stream's events) answering the request `fields`; `usage` is
    what a stream's usage chunk carries."""
    if _message_choice(example) is not None:
        reply = reply_to(fields)
        return example if reply is None else _with_message(example, reply)
    if _delta_event(example) is not None:
        reply = reply_to(fields)
        if reply is None:
            return example
        options = fields.get("stream_options")
        wants_usage = isinstance(options, Mapping) and options.get("include_usage") is True
        return _with_deltas(example, reply, usage if wants_usage else None)
    return example


def _first_choice(answer: Any) -> Mapping[str, Any] | None:
    choices = answer.get("choices") if isinstance(answer, Mapping) else None
    first = choices[0] if isinstance(choices, list) and choices else None
    return first if isinstance(first, Mapping) else None


def _message_choice(example: Any) -> Mapping[str, Any] | None:
    """The first choice of a JSON chat answer, if it holds a message."""
    choice = _first_choice(example)
    return choice if choice is not None and isinstance(choice.get("message"), Mapping) else None


def _delta_event(events: Any) -> Mapping[str, Any] | None:
    """The first event of a stream whose first choice holds a delta."""
    for event in events if isinstance(events, list) else []:
        choice = _first_choice(event)
        if isinstance(event, Mapping) and choice is not None and "delta" in choice:
            return event
    return None


def _with_message(example: Mapping[str, Any], reply: Reply) -> dict[str, Any]:
    choice = _message_choice(example)
    assert choice is not None
    message = {**choice["message"], "content": reply.content}
    if reply.tool_call is not None:
        call = reply.tool_call
        message["tool_calls"] = [
            {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}
        ]
    return {**example, "choices": [{**choice, "message": message, "finish_reason": reply.finish_reason}]}


def _with_deltas(events: list[Any], reply: Reply, usage: Any) -> list[dict[str, Any]]:
    template = _delta_event(events)
    assert template is not None
    choice = template["choices"][0]
    role = choice["delta"].get("role") or "assistant"

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
        return {**template, "choices": [{**choice, "delta": delta, "finish_reason": finish_reason}]}

    if reply.tool_call is not None:
        call = reply.tool_call
        opening = {
            "index": 0,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": ""},
        }
        chunks = [chunk({"role": role, "content": None, "tool_calls": [opening]})]
        chunks += [
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
            for piece in _pieces(call.arguments)
        ]
    else:
        chunks = [chunk({"role": role, "content": ""})]
        chunks += [chunk({"content": piece}) for piece in _pieces(reply.content or "")]
    chunks.append(chunk({}, reply.finish_reason))
    if isinstance(usage, Mapping):
        chunks.append(
            {**{k: v for k, v in template.items() if k != "choices"}, "choices": [], "usage": usage}
        )
    return chunks


def _pieces(text: str) -> list[str]:
    """`text` cut into PIECES parts of about the same length (fewer for a very short text)."""
    size = max(1, math.ceil(len(text) / PIECES))
    return [text[start : start + size] for start in range(0, len(text), size)]
