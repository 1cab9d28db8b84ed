"""Mistakes an openai-python user makes, which mypy --strict and pyright must both report on each
line marked with an ``error:`` comment; every other line must pass both. Checked by
test_static.py, never run."""

from __future__ import annotations

import pydantic

from venice import AsyncVenice, Venice, pydantic_function_tool


def nested_inputs(client: Venice) -> None:
    create = client.chat.completions.create
    create(model="m", messages=[{"rol": "user", "content": "hi"}])  # error: misspelt key
    create(model="m", messages=[{"role": "usr", "content": "hi"}])  # error: unknown role
    create(model="m", messages=[{"role": "user", "content": 42}])  # error: content is text or parts
    create(model="m", messages=[], venice_parameters={"enable_web_serch": "on"})  # error: unknown key
    create(model="m", messages=[], response_format={"type": "xml"})  # error: unknown format
    create(model="m", messages=[], temperature="hot")  # error: wrong type
    create(model="m", mesages=[])  # error: misspelt argument
    create(messages=[])  # error: model is required


def results(client: Venice) -> None:
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    for call in completion.choices[0].message.tool_calls or []:
        call.function.arguments["city"]  # error: arguments is JSON text
    completion.choices[0].message.content.upper()  # error: content may be None
    completion.object_  # error: JSON names are attributes
    client.models.list().data[0].type_  # error: JSON names are attributes
    client.video.wait(model="m", queue_id="q").status  # error: wait returns the media
    client.video.retrieve(model="m", queue_id="q").write_to_file("x")  # error: status or media


def wrappers(client: Venice) -> None:
    raw = client.chat.completions.with_raw_response.create(model="m", messages=[])
    raw.choices  # error: a raw response is not the completion
    raw.parse().choices[0].message.content
    streamed = client.chat.completions.with_raw_response.create(model="m", messages=[], stream=True)
    streamed.parse().choices  # error: with stream=True, parse() gives the stream
    client.chat.completions.with_raw_response.create(model="m", messages=[], temprature=0.5)  # error: misspelt argument
    client.characters.retrieve("venice", pagee=2)  # error: misspelt argument
    client.characters.list_reviews("venice", page="2")  # error: page is a number [spec: GET /characters/{slug}/reviews]
    client.video.with_raw_response.wait(model="m", queue_id="q")  # error: a helper has no raw mode
    with client.models.with_streaming_response.list() as response:
        response.data  # error: the body is read with parse()
    client.embeddings.with_raw_response.create(model="m", input="x").parse().data[0].embeding  # error: misspelt


async def asynchronous(client: AsyncVenice) -> None:
    completion = await client.chat.completions.create(model="m", messages=[{"role": "usr", "content": "x"}])  # error: role
    await client.models.list(type="imagez")  # error: unknown model type
    music = await client.audio.music.wait(model="m", queue_id="q")  # [spec: POST /audio/retrieve]
    music.status  # error: wait returns the media [spec: POST /audio/retrieve]
    await client.chat.completions.create(model="m", mesages=[])  # error: misspelt argument
    async with client.chat.completions.with_streaming_response.create(model="m", messages=[]) as response:
        (await response.parse()).choices
        response.choices  # error: the body is read with parse()
    print(completion)


class Answer(pydantic.BaseModel):
    final_answer: str


def structured(client: Venice) -> None:
    parse = client.chat.completions.parse
    result = parse(model="m", messages=[], response_format=Answer)
    result.choices[0].message.parsed.final_answer  # error: parsed is None when the model refused
    parsed = result.choices[0].message.parsed
    if parsed is not None:
        count: int = parsed.final_answer  # error: final_answer is a str
        print(count)
    parse(model="m", messages=[], response_format=Answer, stream=True)  # error: parse does not stream
    parse(model="m", messages=[], response_format=Answer())  # error: the type, not an instance
    parse(model="m", messages=[], tools=[Answer])  # error: a model is not a tool: pydantic_function_tool(Answer)
    pydantic_function_tool(Answer, name=1)  # error: the name is text
    client.responses.parse(model="m", input="x", response_format=Answer)  # error: responses take text_format


def get_weather(city: str) -> str:
    """The weather in a city."""
    return city


def tool_loop(client: Venice) -> None:
    run = client.chat.completions.run_tools
    result = run(model="m", messages=[], tools=[get_weather])
    text: str | None = result.completion.choices[0].message.content
    result.usage.total_tokens.upper()  # error: usage counts are numbers
    run(model="m", messages=[], tools=[42])  # error: a tool is a function, not a number
    run(model="m", messages=[], tools=["get_weather"])  # error: the function itself, not its name
    run(model="m", messages=[], tools=[get_weather], max_iterations="10")  # error: a number of rounds
    run(model="m", messages=[], tools=[get_weather], stream=True)  # error: stream_tools streams
    print(text)
