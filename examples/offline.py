import venice
from venice.testing import OfflineVenice

with OfflineVenice() as offline:  # pytest fixtures: pytest_plugins = ["venice.testing.pytest_plugin"]
    client = offline.client(max_retries=0)
    reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    print(reply.choices[0].message.content)
    assert offline.requests[-1].json()["model"] == "m"  # what your code sent (credentials left out)
    try:
        client.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "hi"}],
            extra_headers={"x-venice-offline-error": "CONTENT_POLICY_VIOLATION"},
        )
    except venice.UnprocessableEntityError as err:  # Venice's error, exactly as it sends it
        print(err.status_code, err.code)
    client.close()
