import json
import os
from collections.abc import Callable
from typing import Any, Literal

from openai import OpenAI
from openai.types.chat import ChatCompletionFunctionToolParam


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


TOOLS: list[ChatCompletionFunctionToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city.",
            "strict": True,
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": 'The city\'s name, e.g. "Paris".'},
                    "unit": {
                        "type": "string",
                        "enum": ["c", "f"],
                        "description": 'Celsius ("c") or Fahrenheit ("f").',
                    },
                },
                "required": ["city", "unit"],
                "additionalProperties": False,
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_time",
            "description": "The local time in a city.",
            "strict": True,
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": 'The city\'s name, e.g. "Paris".'},
                },
                "required": ["city"],
                "additionalProperties": False,
            },
        },
    },
]
FUNCTIONS: dict[str, Callable[..., object]] = {"get_weather": get_weather, "get_time": get_time}

client = OpenAI(base_url=os.environ["VENICE_BASE_URL"], api_key=os.environ["VENICE_API_KEY"])
messages: list[Any] = [{"role": "user", "content": "What's the weather and the time in Paris?"}]
total_tokens = 0
for _ in range(5):
    completion = client.chat.completions.create(model="venice-uncensored", messages=messages, tools=TOOLS)
    if completion.usage is not None:
        total_tokens += completion.usage.total_tokens
    message = completion.choices[0].message
    if not message.tool_calls:
        break
    messages.append(message.model_dump(exclude_none=True))
    for call in message.tool_calls:
        if call.type != "function":
            continue
        try:
            output = FUNCTIONS[call.function.name](**json.loads(call.function.arguments))
        except Exception as exc:
            output = f"Error: {exc}"
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(output)})
else:
    raise RuntimeError("the model still asked for tools after 5 rounds")
print(message.content)
print(total_tokens, "tokens")
client.close()
