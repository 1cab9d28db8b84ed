from typing import Literal

from venice import Venice


def get_weather(city: str, unit: Literal["c", "f"]) -> dict[str, object]:
    """The current weather in a city.

    Args:
        city: The city's name, e.g. "Paris".
        unit: Celsius ("c") or Fahrenheit ("f").
    """
    return {"city": city, "temperature": 21 if unit == "c" else 70, "unit": unit}


def get_time(city: str) -> str:
    """The local time in a city.

    Args:
        city: The city's name, e.g. "Paris".
    """
    return f"14:05 in {city}"


client = Venice()
result = client.chat.completions.run_tools(
    model="venice-uncensored",
    messages=[{"role": "user", "content": "What's the weather and the time in Paris?"}],
    tools=[get_weather, get_time],
    max_iterations=5,
)
print(result.completion.choices[0].message.content)
print(result.usage.total_tokens, "tokens")
client.close()
