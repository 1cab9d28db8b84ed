"""Try Venice with no key and no network: the offline Venice.

``OfflineVenice`` is a real HTTP server on 127.0.0.1 that answers every operation of the spec this
package was generated from, with answers built from the spec's examples and schemas (regenerated
with the bindings, so it never falls behind them):

- ``stream=True`` on chat and responses streams events;
- chat with function ``tools`` answers a call of one tool, its arguments valid for the tool's
  ``parameters`` (the tool ``tool_choice`` names, else the tools in turn, one per earlier tool-call
  round), and after ``role: "tool"`` results a sentence repeating them; with ``response_format``
  (``json_schema`` or ``json_object``) it answers JSON valid for the schema; streamed, both come
  as deltas, and ``stream_options={"include_usage": True}`` adds the usage chunk;
- speech, images and video answer bytes of the media type asked for;
- a video or music job is running on the first poll and done (its media) on the next, so
  ``client.video.wait(...)`` works;
- any API key is accepted;
- errors on demand, exactly as Venice sends them: the header ``x-venice-offline-error: <trigger>``
  (``extra_headers=...``) or the model ``offline-error-<trigger>``, where the trigger is a Venice
  error code (``RATE_LIMIT_EXCEEDED``, ``CONTENT_POLICY_VIOLATION``, ...) or an HTTP status
  (``429``, ``500``).

From a shell: ``python -m venice.testing [--host H] [--port P]`` prints its base URL first and serves
until stopped. In your tests: ``with OfflineVenice() as offline: client = offline.client()``, or the
pytest fixtures of ``venice.testing.pytest_plugin`` (``pytest_plugins = ["venice.testing.pytest_plugin"]``).
"""

from venice.testing._errors import ERROR_HEADER, ERROR_MODEL_PREFIX
from venice.testing._server import OfflineRequest, OfflineVenice

__all__ = ["ERROR_HEADER", "ERROR_MODEL_PREFIX", "OfflineRequest", "OfflineVenice"]
