from typing import Literal

from venice import Venice


def get_weather(city: str, unit: Literal["c", "f"]) -> dict[str, object]:
    """The current weather in a city.

    Args:
        city: The city's name, e.g. "Paris".
        unit: Celsius ("c") or Fahrenheit ("f").
    """
    return {"city": city, "temperature": 21 if unit == "c" else 70, "unit": unit}


client = Venice()
result = client.chat.completions.run_tools(
    model="zai-org-glm-5-1",
    messages=[{"role": "user", "content": "What's the weather in Paris?"}],
    tools=[get_weather],
    max_iterations=5,
)
print(result.completion.choices[0].message.content)
print(len(result.rounds), "rounds,", result.usage.total_tokens, "tokens")
client.close()
