from venice import Venice

client = Venice()
job = client.video.queue(model="wan-2.5", prompt="a cat surfing", duration="5s")
video = client.video.wait(
    model=job.model,
    queue_id=job.queue_id,
    on_progress=lambda status: print(status.status, status.execution_duration),
)
video.write_to_file("cat.mp4")
client.close()
