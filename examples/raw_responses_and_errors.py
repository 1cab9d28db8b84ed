import venice
from venice import Venice

client = Venice()
raw = client.chat.completions.with_raw_response.create(
    model="zai-org-glm-5-1", messages=[{"role": "user", "content": "hi"}]
)
print(raw.headers.get("x-venice-balance-usd"), raw.rate_limits)
completion = raw.parse()

with client.models.with_streaming_response.list() as response:
    print(response.status_code, response.parse().data[0].id)

try:
    client.characters.retrieve("no-such-character")
except venice.NotFoundError as err:
    print(err.status_code, err.code, err.headers.get("x-ratelimit-remaining-requests"))
client.close()
