"""The ``venice`` command line: chat, models, images, speech, transcription, embeddings, video and
music jobs, and batch runs, built on the public ``Venice`` / ``AsyncVenice`` client.

An optional extra (``pip install 'venice-bindings[cli]'`` adds ``rich`` for tables and progress bars);
``import venice`` never imports it. Exit statuses are listed in ``_app.EXIT_STATUSES``.
"""

from venice.cli._app import main
from venice.cli._common import EXIT_STATUSES

__all__ = ["EXIT_STATUSES", "main"]
