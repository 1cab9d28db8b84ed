from venice import Venice

client = (
    Venice()
)  # api_key from VENICE_API_KEY; base_url from VENICE_BASE_URL or https://api.venice.ai/api/v1
completion = client.chat.completions.create(
    model="zai-org-glm-5-1",
    messages=[{"role": "user", "content": "hi"}],
)
print(completion.choices[0].message.content)
client.close()
