import asyncio

from venice import AsyncVenice


async def main() -> None:
    async with AsyncVenice() as client:
        completion = await client.chat.completions.create(
            model="zai-org-glm-5-1", messages=[{"role": "user", "content": "hi"}]
        )
        print(completion.choices[0].message.content)
        stream = await client.chat.completions.create(
            model="zai-org-glm-5-1", messages=[{"role": "user", "content": "hi"}], stream=True
        )
        async with stream:
            async for chunk in stream:
                if chunk.choices:  # the last chunk may carry only usage
                    print(chunk.choices[0].delta.content or "", end="", flush=True)
        print()


asyncio.run(main())
