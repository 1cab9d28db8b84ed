import pydantic

from venice import Venice, pydantic_function_tool


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathAnswer(pydantic.BaseModel):
    steps: list[Step]
    final_answer: str


class GetWeather(pydantic.BaseModel):
    """The current weather in a city."""

    city: str
    unit: str | None


client = Venice()
completion = client.chat.completions.parse(
    model="venice-uncensored",
    messages=[
        {"role": "system", "content": "You are a helpful math tutor."},
        {"role": "user", "content": "solve 8x + 31 = 2"},
    ],
    response_format=MathAnswer,
)
answer = completion.choices[0].message.parsed
if answer is None:
    print("refused:", completion.choices[0].message.refusal)
else:
    for step in answer.steps:
        print(step.explanation, "->", step.output)
    print("answer:", answer.final_answer)

called = client.chat.completions.parse(
    model="venice-uncensored",
    messages=[{"role": "user", "content": "What is the weather in Paris?"}],
    tools=[pydantic_function_tool(GetWeather)],
)
for call in called.choices[0].message.tool_calls or []:
    arguments = call.function.parsed_arguments
    if isinstance(arguments, GetWeather):
        print(call.function.name, arguments.city)
client.close()
