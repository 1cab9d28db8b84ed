from typing import Literal

import pydantic

from venice import Venice, pydantic_function_tool


class GetWeather(pydantic.BaseModel):
    """The current weather in a city."""

    city: str
    unit: Literal["c", "f"]


client = Venice()
completion = client.chat.completions.parse(
    model="venice-uncensored",
    messages=[{"role": "user", "content": "What is the weather in Paris?"}],
    tools=[pydantic_function_tool(GetWeather)],
)
for call in completion.choices[0].message.tool_calls or []:
    arguments = call.function.parsed_arguments  # a GetWeather, validated
    if isinstance(arguments, GetWeather):
        print(call.function.name, arguments.city, arguments.unit)

refusal = completion.choices[0].message.refusal
print("refused:" if refusal else "answered", refusal or "")
client.close()
