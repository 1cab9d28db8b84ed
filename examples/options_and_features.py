import venice
from venice import Venice

client = Venice(timeout=60.0, max_retries=2)
once = client.with_options(max_retries=0, timeout=venice.Timeout(300.0, total=600.0, idle=60.0))
once.images.generate(model="venice-sd35", prompt="an expensive render")

model = venice.model_with_features("qwen3-4b", enable_web_search="on")
assert model == "qwen3-4b:enable_web_search=on"
client.close()
