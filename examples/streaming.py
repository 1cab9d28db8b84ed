from venice import Venice, accumulate_chat_completion

client = Venice()
with client.chat.completions.create(
    model="zai-org-glm-5-1", messages=[{"role": "user", "content": "hi"}], stream=True
) as stream:
    for chunk in stream:
        print(chunk.choices[0].delta.content, end="")

final = accumulate_chat_completion(
    client.chat.completions.create(
        model="zai-org-glm-5-1", messages=[{"role": "user", "content": "hi"}], stream=True
    )
)
assert final.choices[0].message.content == "Hello"
client.close()
