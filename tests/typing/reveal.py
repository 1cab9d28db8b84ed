"""What a type checker makes of calls into ``venice``: an ``R: <type>`` comment marks the type mypy
must reveal on that line (module paths stripped), an ``error:`` comment a line both checkers must
reject. Every other line must pass mypy --strict and pyright. Checked by test_static.py, never run."""

from __future__ import annotations

from typing import reveal_type

import pydantic
from typing_extensions import TypedDict

import venice
from venice import AsyncVenice, Venice


def chat(client: Venice, flag: bool) -> None:
    create = client.chat.completions.create
    hi: list[dict[str, str]] = [{"role": "user", "content": "hi"}]
    reveal_type(create(model="m", messages=[{"role": "user", "content": "hi"}]))  # R: ChatCompletion
    reveal_type(create(model="m", messages=[], stream=True))  # R: Stream[ChatCompletionChunk]
    reveal_type(create(model="m", messages=[], stream=False))  # R: ChatCompletion
    either = create(model="m", messages=[], stream=flag)
    reveal_type(either)  # R: ChatCompletion | Stream[ChatCompletionChunk]
    create(model="m", messages=hi)  # error: a list of plain dicts is not a list of messages
    create(model="m", messages=[], timeout=5.0, extra_headers={"x-a": "b"}, extra_body={"n": 1})
    completion = create(model="m", messages=[{"role": "system", "content": "be brief"}])
    reveal_type(completion.choices[0].message)  # R: ChatCompletionMessage
    reveal_type(completion.choices[0].message.content)  # R: str | None
    reveal_type(completion.usage.total_tokens)  # R: int
    reveal_type(completion.object)  # R: Literal['chat.completion']
    reveal_type(client.responses.create(model="m", input="hi", stream=True))  # R: Stream[ResponseStreamEvent]
    reveal_type(client.embeddings.create(model="m", input=["a"]).data[0].embedding)  # R: list[float]


def wrappers(client: Venice) -> None:
    raw = client.embeddings.with_raw_response.create(model="m", input="a")
    reveal_type(raw)  # R: APIResponse[CreateEmbeddingResponse]
    reveal_type(raw.parse())  # R: CreateEmbeddingResponse
    reveal_type(client.chat.with_raw_response.completions.create(model="m", messages=[]).parse())  # R: ChatCompletion
    reveal_type(client.chat.completions.with_raw_response.create(model="m", messages=[], stream=True))  # R: APIResponse[Stream[ChatCompletionChunk]]
    with client.responses.with_streaming_response.create(model="m", input="hi") as streamed:
        reveal_type(streamed.parse())  # R: ResponsesAPIResponse
    reveal_type(client.characters.retrieve)  # R: def (slug: str, *, extra_headers: Mapping[str, str] | None =, extra_query: Mapping[str, object] | None =, extra_body: Mapping[str, object] | None =, timeout: float | Timeout | None | NotGiven =) -> GetCharacterBySlugResponse
    with client.models.with_streaming_response.list(type="image") as response:
        reveal_type(response)  # R: APIResponse[ModelList]
        reveal_type(response.parse().data[0].id)  # R: str


def other_namespaces(client: Venice) -> None:
    client.models.list(type="image")
    client.models.list(type_="image")  # error: the typed spelling is `type`
    client.characters.retrieve("venice", extra_query={"a": 1})
    client.characters.retrieve()  # error: the slug is required
    client.crypto.rpc.call("ethereum-mainnet", body={"jsonrpc": "2.0", "method": "eth_blockNumber"})  # [spec: POST /crypto/rpc/{network}]
    reveal_type(client.video.wait(model="m", queue_id="q", poll_interval=0.5))  # R: BinaryResponse
    client.video.wait(model="m")  # error: queue_id is required
    reveal_type(client.audio.music.wait(model="m", queue_id="q"))  # R: BinaryResponse [spec: POST /audio/retrieve]
    reveal_type(client.audio.speech.create(model="tts-kokoro", input="hi", voice="af_sky"))  # R: BinaryResponse


async def asynchronous(client: AsyncVenice) -> None:
    create = client.chat.completions.create
    reveal_type(await create(model="m", messages=[], stream=True))  # R: AsyncStream[ChatCompletionChunk]
    reveal_type(await create(model="m", messages=[]))  # R: ChatCompletion
    await client.models.list(type="imagez")  # error: unknown model type
    events = await client.responses.create(model="m", input="hi", stream=True)
    reveal_type(events)  # R: AsyncStream[ResponseStreamEvent]
    reveal_type(await client.audio.music.wait(model="m", queue_id="q"))  # R: AsyncBinaryResponse [spec: POST /audio/retrieve]
    raw = await client.models.with_raw_response.list()
    reveal_type(await raw.parse())  # R: ModelList
    async with client.models.with_streaming_response.list() as response:
        reveal_type(response)  # R: AsyncAPIResponse[ModelList]


class Answer(pydantic.BaseModel):
    final_answer: str


class Weather(TypedDict):
    city: str


def structured(client: Venice) -> None:
    result = client.chat.completions.parse(model="m", messages=[], response_format=Answer)
    reveal_type(result)  # R: ParsedChatCompletion[Answer]
    reveal_type(result.choices[0].message.parsed)  # R: Answer | None
    reveal_type(result.choices[0].message.refusal)  # R: str | None
    as_dict = client.chat.completions.parse(model="m", messages=[], response_format=Weather)
    reveal_type(as_dict.choices[0].message.parsed)  # R: TypedDict(Weather, {'city': str}) | None
    tool = venice.pydantic_function_tool(Answer)
    called = client.chat.completions.parse(model="m", messages=[], tools=[tool])
    reveal_type(called)  # R: ParsedChatCompletion[None]
    for call in called.choices[0].message.tool_calls or []:
        reveal_type(call.function.parsed_arguments)  # R: object
    reveal_type(client.responses.parse(model="m", input="x", text_format=Answer).output_parsed)  # R: Answer | None


async def structured_async(client: AsyncVenice) -> None:
    result = await client.chat.completions.parse(model="m", messages=[], response_format=Answer)
    reveal_type(result.choices[0].message.parsed)  # R: Answer | None


def weather(city: str) -> str:
    """The weather."""
    return city


def tool_loop(client: Venice) -> None:
    result = client.chat.completions.run_tools(model="m", messages=[], tools=[weather])
    reveal_type(result.completion)  # R: ChatCompletion
    reveal_type(result.completion.choices[0].message.content)  # R: str | None
    reveal_type(result.usage.total_tokens)  # R: int
