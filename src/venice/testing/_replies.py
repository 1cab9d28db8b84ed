"""What the offline assistant says to a chat conversation that asks for tools or structured output.

Read from the request alone (``messages``, ``tools``, ``tool_choice``, ``response_format``), in order:

1. The request has function tools, ``tool_choice`` is not ``"none"``, and the conversation does not
   end with tool results: a call of one tool, with arguments valid for its ``parameters`` schema.
   The tool is the one ``tool_choice`` names, else the tools take turns: the n-th call of a
   conversation (n counted from 0, one per earlier assistant message with ``tool_calls``) calls
   tool n modulo the number of function tools, so the first call is of the first tool.
2. ``response_format`` asks for JSON: JSON text valid for its ``json_schema.schema``, or for
   ``json_object`` a JSON object.
3. The conversation ends with tool results: a sentence that repeats them.
4. Anything else: no reply (None), and the spec's example answer stands.

``UnanswerableRequest`` is a request Venice would refuse (``tool_choice`` names a function that is
not among the tools) or whose schema the offline Venice cannot build a value for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from venice.testing._instances import UnbuildableSchema, instance

__all__ = ["Reply", "ToolCall", "UnanswerableRequest", "reply_to"]

JSON_OBJECT_ANSWER = {"answer": "example"}


class UnanswerableRequest(ValueError):
    """A chat request the offline Venice answers with a 400, saying why."""


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON text


@dataclass(frozen=True)
class Reply:
    """The assistant's message: text (`content`) or one tool call."""

    content: str | None = None
    tool_call: ToolCall | None = None

    @property
    def finish_reason(self) -> str:
        return "tool_calls" if self.tool_call is not None else "stop"


def reply_to(fields: Mapping[str, Any]) -> Reply | None:
    """The reply to a chat request, or None when it asks for no tool and no structured output."""
    messages = fields.get("messages")
    if not isinstance(messages, list) or not messages:
        return None
    tools = _function_tools(fields.get("tools"))
    after_tool_results = _role(messages[-1]) == "tool"
    tool_choice = fields.get("tool_choice")
    if tools and not after_tool_results and tool_choice != "none":
        return Reply(tool_call=_tool_call(tools, tool_choice, messages))
    structured = _structured(fields.get("response_format"))
    if structured is not None:
        return Reply(content=structured)
    if after_tool_results:
        return Reply(content=_about_tool_results(messages))
    return None


def _role(message: Any) -> Any:
    return message.get("role") if isinstance(message, Mapping) else None


def _function_tools(tools: Any) -> list[Mapping[str, Any]]:
    """The `function` part of each function tool (a search tool is no function)."""
    if not isinstance(tools, list):
        return []
    return [
        tool["function"]
        for tool in tools
        if isinstance(tool, Mapping)
        and tool.get("type", "function") == "function"
        and isinstance(tool.get("function"), Mapping)
        and isinstance(tool["function"].get("name"), str)
    ]


def _tool_calls_so_far(messages: list[Any]) -> list[Mapping[str, Any]]:
    return [
        call
        for message in messages
        if _role(message) == "assistant"
        for call in (message.get("tool_calls") or [])
        if isinstance(call, Mapping)
    ]


def _tool_call(tools: list[Mapping[str, Any]], tool_choice: Any, messages: list[Any]) -> ToolCall:
    named = tool_choice.get("function", {}).get("name") if isinstance(tool_choice, Mapping) else None
    if named is not None:
        chosen = next((tool for tool in tools if tool["name"] == named), None)
        if chosen is None:
            given = ", ".join(repr(tool["name"]) for tool in tools)
            raise UnanswerableRequest(
                f"tool_choice names the function {named!r}, which is not in tools ({given})"
            )
    else:
        rounds = sum(1 for message in messages if _role(message) == "assistant" and message.get("tool_calls"))
        chosen = tools[rounds % len(tools)]
    name = str(chosen["name"])
    parameters = chosen.get("parameters")
    try:
        arguments = instance(parameters) if parameters else {}
    except UnbuildableSchema as exc:
        raise UnanswerableRequest(
            f"the offline Venice cannot build arguments for the tool {name!r}: {exc}"
        ) from exc
    seed = json.dumps([messages, name], sort_keys=True, default=str).encode()
    return ToolCall(
        id="call_" + hashlib.sha256(seed).hexdigest()[:24], name=name, arguments=json.dumps(arguments)
    )


def _structured(response_format: Any) -> str | None:
    """JSON text in the format `response_format` asks for; None for text."""
    if not isinstance(response_format, Mapping):
        return None
    if response_format.get("type") == "json_object":
        return json.dumps(JSON_OBJECT_ANSWER)
    if response_format.get("type") != "json_schema":
        return None
    json_schema = response_format.get("json_schema")
    schema = json_schema.get("schema") if isinstance(json_schema, Mapping) else None
    try:
        return json.dumps(instance(schema) if schema else {})
    except UnbuildableSchema as exc:
        raise UnanswerableRequest(
            f"the offline Venice cannot build an answer for response_format: {exc}"
        ) from exc


def _about_tool_results(messages: list[Any]) -> str:
    """A sentence repeating the tool results that end the conversation, each under its tool's name."""
    names = {
        call.get("id"): (call.get("function") or {}).get("name", "the tool")
        for call in _tool_calls_so_far(messages)
    }
    results = []
    for message in reversed(messages):
        if _role(message) != "tool":
            break
        name = message.get("name") or names.get(message.get("tool_call_id"), "the tool")
        results.append(f"{name} returned {_text(message.get('content'))}")
    return "From the tool results: " + "; ".join(reversed(results)) + "."


def _text(content: Any) -> str:
    """A message's content as text (a list of parts joined)."""
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, Mapping))
    return "" if content is None else str(content)
