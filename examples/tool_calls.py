import json

from venice import Venice
from venice.types import ChatCompletion, ChatCompletionMessageToolCall

WEATHER_PARAMETERS = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}

client = Venice()
completion: ChatCompletion = client.chat.completions.create(
    model="zai-org-glm-5-1",
    messages=[{"role": "user", "content": "Weather in Paris?"}],
    tools=[{"type": "function", "function": {"name": "weather", "parameters": WEATHER_PARAMETERS}}],
)
calls: list[ChatCompletionMessageToolCall] = completion.choices[0].message.tool_calls or []
for call in calls:
    arguments = json.loads(call.function.arguments)
    print(call.id, call.function.name, arguments.get("city"))
client.close()
