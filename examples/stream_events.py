from venice import Venice

client = Venice()
with client.chat.completions.stream(
    model="zai-org-glm-5-1", messages=[{"role": "user", "content": "Tell me a short story"}]
) as stream:
    for event in stream:
        if event.type == "reasoning.delta":
            print(f"[thinking] {event.delta}", end="")
        elif event.type == "content.delta":
            print(event.delta, end="", flush=True)
        elif event.type == "tool_calls.function.arguments.done":
            print(f"\n[tool] {event.name}({event.arguments})")
    completion = stream.get_final_completion()
print("\nfinish:", completion.choices[0].finish_reason)
client.close()
