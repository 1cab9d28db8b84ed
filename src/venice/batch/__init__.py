"""Batch runs: one request per line of a JSON Lines file (OpenAI batch-file shape), sent within
Venice's rate limits, one result line each, resumable after any stop.

```python
from venice.batch import run_batch

summary = run_batch("requests.jsonl", "results.jsonl", concurrency=32)
print(summary.succeeded, summary.failed)
```

Also the ``venice batch IN.jsonl -o OUT.jsonl`` command. Not imported by ``import venice``.
"""

from venice.batch._input import BatchInputError, BatchOutputError, BatchRequest, read_requests
from venice.batch._output import BatchWriteError
from venice.batch._runner import BatchProgress, BatchSummary, arun_batch, run_batch

__all__ = [
    "BatchInputError",
    "BatchOutputError",
    "BatchProgress",
    "BatchRequest",
    "BatchSummary",
    "BatchWriteError",
    "arun_batch",
    "read_requests",
    "run_batch",
]
