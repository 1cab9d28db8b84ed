import os

import pydantic
from openai import OpenAI


class Person(pydantic.BaseModel):
    name: str
    birth_year: int
    city: str
    occupation: str


client = OpenAI(base_url=os.environ["VENICE_BASE_URL"], api_key=os.environ["VENICE_API_KEY"])
completion = client.chat.completions.parse(
    model="venice-uncensored",
    messages=[
        {"role": "user", "content": "Ada Lovelace, born 10 December 1815 in London, mathematician"},
    ],
    response_format=Person,
)
person = completion.choices[0].message.parsed
print(person)
client.close()
