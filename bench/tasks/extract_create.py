import json

import pydantic

from venice import Venice


class Person(pydantic.BaseModel):
    name: str
    birth_year: int
    city: str
    occupation: str


client = Venice()
completion = client.chat.completions.create(
    model="venice-uncensored",
    messages=[
        {"role": "user", "content": "Ada Lovelace, born 10 December 1815 in London, mathematician"},
    ],
    response_format={
        "type": "json_schema",
        "json_schema": {
            "name": "Person",
            "strict": True,
            "schema": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "birth_year": {"type": "integer"},
                    "city": {"type": "string"},
                    "occupation": {"type": "string"},
                },
                "required": ["name", "birth_year", "city", "occupation"],
                "additionalProperties": False,
            },
        },
    },
)
content = completion.choices[0].message.content
person = None if content is None else Person.model_validate(json.loads(content))
print(person)
client.close()
