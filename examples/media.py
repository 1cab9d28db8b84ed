import tempfile
from pathlib import Path

from venice import Venice

downloads = Path(tempfile.mkdtemp(prefix="venice-"))  # not the current directory
client = Venice()
vector = client.embeddings.create(model="text-embedding-bge-m3", input="text").data[0].embedding
image = client.images.generate(model="venice-sd35", prompt="a canal at sunset")
speech = client.audio.speech.create(model="tts-kokoro", input="Hello", voice="af_sky")
speech.write_to_file(downloads / "hello.mp3")
image_models = client.models.list(type="image")
print(len(vector), image_models.data[0].id, image_models.data[0].model_spec.name)
print("wrote", downloads / "hello.mp3")
client.close()
