import tempfile
from pathlib import Path

from venice import Venice

downloads = Path(tempfile.mkdtemp(prefix="venice-"))  # not the current directory
client = Venice()
job = client.video.queue(model="wan-2.5", prompt="a cat surfing", duration="5s")
video = client.video.wait(
    model=job.model,
    queue_id=job.queue_id,
    on_progress=lambda status: print(status.status, status.execution_duration),
)
video.write_to_file(downloads / "cat.mp4")
print("wrote", downloads / "cat.mp4")
client.close()
