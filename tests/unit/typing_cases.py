"""What a type checker makes of calls into ``venice``: checked by ``mypy --strict`` from
``test_params.py``, never run (pytest does not collect it).

A trailing comment ``E: [<code>] <text>`` marks a line mypy must reject with that error code (and a
message containing ``<text>``, if given); ``R: <type>`` the type it must reveal (module paths
stripped). Every other line must pass.
"""

from __future__ import annotations

from typing import reveal_type

from venice import AsyncVenice, Venice

HI = [{"role": "user", "content": "hi"}]


def chat(client: Venice, flag: bool) -> None:
    create = client.chat.completions.create
    create(model="m", messages=HI)
    create(model="m", mesages=HI)  # E: [call-overload] Unexpected keyword argument "mesages"
    create(model=1, messages=[])  # E: [call-overload]
    create(model="m")  # E: [call-overload]
    create(model="m", messages=HI, temperature="hot")  # E: [call-overload]
    reveal_type(create(model="m", messages=HI, stream=True))  # R: Stream[ChatCompletionChunk]
    reveal_type(create(model="m", messages=HI))  # R: CreateChatCompletionResponse200
    reveal_type(create(model="m", messages=HI, stream=False))  # R: CreateChatCompletionResponse200
    either = create(model="m", messages=HI, stream=flag)
    reveal_type(either)  # R: CreateChatCompletionResponse200 | Stream[ChatCompletionChunk]
    create(model="m", messages=HI, timeout=5.0, extra_headers={"x-a": "b"}, extra_body={"n": 1})
    reveal_type(client.responses.create(model="m", input="hi", stream=True))  # R: Stream[ResponseStreamEvent]
    client.embeddings.create(model="text-embedding-bge-m3", input=["a", "b"])


def other_namespaces(client: Venice) -> None:
    client.models.list(type="image")
    client.models.list(type="imagez")  # E: [arg-type] incompatible type "Literal['imagez']"
    # The engine also takes the generated models' `type_`; the typed spelling is `type` only.
    client.models.list(type_="image")  # E: [call-arg]
    client.characters.retrieve("venice", extra_query={"a": 1})
    client.characters.retrieve()  # E: [call-arg]
    client.crypto.rpc.call("ethereum-mainnet", body={"jsonrpc": "2.0", "method": "eth_blockNumber"})
    client.video.wait(model="m", queue_id="q", poll_interval=0.5)
    client.video.wait(model="m")  # E: [call-arg] "queue_id"
    music = client.audio.music
    reveal_type(music.wait(model="m", queue_id="q"))  # R: BinaryResponse | RetrieveAudioResponse200
    client.audio.music.wait(model="m")  # E: [call-arg] "queue_id"


async def asynchronous(client: AsyncVenice) -> None:
    create = client.chat.completions.create
    reveal_type(await create(model="m", messages=HI, stream=True))  # R: AsyncStream[ChatCompletionChunk]
    reveal_type(await create(model="m", messages=HI))  # R: CreateChatCompletionResponse200
    await client.models.list(type="imagez")  # E: [arg-type]
    events = await client.responses.create(model="m", input="hi", stream=True)
    reveal_type(events)  # R: AsyncStream[ResponseStreamEvent]
    music = await client.audio.music.wait(model="m", queue_id="q")
    reveal_type(music)  # R: AsyncBinaryResponse | RetrieveAudioResponse200
