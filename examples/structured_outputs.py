import pydantic

from venice import Venice


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathAnswer(pydantic.BaseModel):
    steps: list[Step]
    final_answer: str


client = Venice()
completion = client.chat.completions.parse(
    model="venice-uncensored",
    messages=[{"role": "user", "content": "solve 8x + 31 = 2"}],
    response_format=MathAnswer,
)
answer = completion.choices[0].message.parsed  # a MathAnswer, or None if the model refused
if answer is not None:
    print([step.output for step in answer.steps], answer.final_answer)
client.close()
