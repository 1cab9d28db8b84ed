"""Code written for openai-python with ``venice`` in place of ``openai``: the type names it imports
exist in ``venice.types`` with the same meaning, and what it reads off an answer has the type it has
there (``message.content`` is ``str | None``). Lines marked with an ``error:`` comment are mistakes
mypy --strict and pyright must both report; every other line must pass both. Checked by
test_static.py, never run."""

from __future__ import annotations

import json

from venice import Venice
from venice.types import (
    ChatCompletionAssistantMessageParam,
    ChatCompletionContentPartParam,
    ChatCompletionContentPartTextParam,
    ChatCompletionDeveloperMessageParam,
    ChatCompletionMessageFunctionToolCall,
    ChatCompletionMessageParam,
    ChatCompletionMessageToolCallParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionToolChoiceOptionParam,
    ChatCompletionToolMessageParam,
    ChatCompletionToolParam,
    ChatCompletionToolUnionParam,
    ChatCompletionUserMessageParam,
    FunctionDefinitionParam,
    ResponseFunctionToolCallParam,
    ResponseInputItemParam,
    ResponseInputTextParam,
    ResponseOutputMessage,
    ToolParam,
    UserMessageParam,
)

WEATHER: FunctionDefinitionParam = {
    "name": "get_weather",
    "description": "The weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}


def chat(client: Venice) -> str | None:
    messages: list[ChatCompletionMessageParam] = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "What is the weather in Paris?"},
    ]
    tools: list[ChatCompletionToolParam] = [{"type": "function", "function": WEATHER}]
    completion = client.chat.completions.create(model="m", messages=messages, tools=tools, tool_choice="auto")
    message = completion.choices[0].message
    text: str | None = completion.choices[0].message.content
    calls: list[ChatCompletionMessageToolCallParam] = [
        {
            "id": call.id,
            "type": "function",
            "function": {"name": call.function.name, "arguments": call.function.arguments},
        }
        for call in message.tool_calls or []
    ]
    earlier: ChatCompletionAssistantMessageParam = {"role": "assistant", "content": text, "tool_calls": calls}
    messages.append(earlier)
    for call in message.tool_calls or []:
        city = json.loads(call.function.arguments)["city"]
        result: ChatCompletionToolMessageParam = {
            "role": "tool",
            "tool_call_id": call.id,
            "content": f"22C in {city}",
        }
        messages.append(result)
    final = client.chat.completions.create(model="m", messages=messages)
    return final.choices[0].message.content


def parts_and_roles(client: Venice) -> None:
    parts: list[ChatCompletionContentPartParam] = [
        {"type": "text", "text": "What is in this image?"},
        {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
    ]
    user: ChatCompletionUserMessageParam = {"role": "user", "content": parts}
    same: UserMessageParam = user  # the generated name and the openai name are one type
    brief: ChatCompletionContentPartTextParam = {"type": "text", "text": "Be brief."}
    system: ChatCompletionSystemMessageParam = {"role": "system", "content": [brief]}
    developer: ChatCompletionDeveloperMessageParam = {"role": "developer", "content": "Answer in French."}
    choice: ChatCompletionToolChoiceOptionParam = {"type": "function", "function": {"name": "get_weather"}}
    tools: list[ChatCompletionToolUnionParam] = [
        {"type": "function", "function": WEATHER},
        {"type": "web_search"},
    ]
    client.chat.completions.create(
        model="m", messages=[system, developer, same], tools=tools, tool_choice=choice
    )


def streamed(client: Venice) -> str:
    pieces: list[str] = []
    for chunk in client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    ):
        delta: str | None = chunk.choices[0].delta.content if chunk.choices else None
        pieces.append(delta or "")
    return "".join(pieces)


def responses(client: Venice) -> list[str]:
    question: ResponseInputTextParam = {"type": "input_text", "text": "What is the weather in Paris?"}
    call: ResponseFunctionToolCallParam = {
        "type": "function_call",
        "call_id": "c1",
        "name": "get_weather",
        "arguments": "{}",
    }
    items: list[ResponseInputItemParam] = [
        {"type": "message", "role": "user", "content": [question]},
        call,
        {"type": "function_call_output", "call_id": "c1", "output": "22C"},
    ]
    tools: list[ToolParam] = [{"type": "web_search"}]
    response = client.responses.create(model="m", input=items, tools=tools)
    texts = []
    for item in response.output:
        if isinstance(item, ResponseOutputMessage):
            texts += [part.text for part in item.content]
    return texts


def mistakes(client: Venice, call: ChatCompletionMessageFunctionToolCall) -> None:
    create = client.chat.completions.create
    completion = create(model="m", messages=[{"role": "user", "content": "hi"}])
    n: int = completion.choices[0].message.content  # error: content is text or None
    robot: ChatCompletionMessageParam = {"role": "robot", "content": "hi"}  # error: unknown role
    create(model="m", messages=[{"role": "robot", "content": "hi"}])  # error: unknown role
    anonymous: ChatCompletionToolParam = {"type": "function", "function": {}}  # error: a function has a name
    create(model="m", messages=[], tools=[{"type": "function"}])  # error: a function tool has its function
    orphan: ChatCompletionToolMessageParam = {"role": "tool", "content": "22C"}  # error: no tool_call_id
    empty: ChatCompletionContentPartParam = {"type": "text"}  # error: a text part needs its text
    call.function.arguments["city"]  # error: arguments is JSON text
    print(n, robot, anonymous, orphan, empty)
