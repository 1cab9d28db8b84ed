from venice import Venice, accumulate_chat_completion

client = Venice()
with client.chat.completions.create(
    model="zai-org-glm-5-1", messages=[{"role": "user", "content": "hi"}], stream=True
) as stream:
    for chunk in stream:
        if chunk.choices:  # the last chunk may carry only usage
            print(chunk.choices[0].delta.content or "", end="", flush=True)
print()

final = accumulate_chat_completion(
    client.chat.completions.create(
        model="zai-org-glm-5-1", messages=[{"role": "user", "content": "hi"}], stream=True
    )
)
print(final.choices[0].message.content, final.choices[0].finish_reason)
client.close()
