"""Client-side rate limiting for Venice keys: stay under the limits Venice reports instead of
running into 429s, alone or with other processes sharing one key through Redis.

```python
import httpx
from venice import AsyncVenice
from venice.ratelimit import AsyncRateLimitedTransport, RateLimiter

limiter = RateLimiter()  # or RateLimiter.shared("redis://127.0.0.1:6379/0", api_key=key)
client = AsyncVenice(http_client=httpx.AsyncClient(transport=AsyncRateLimitedTransport(limiter)))
```

Not imported by ``import venice``; Redis is an optional extra (``venice-bindings[redis]``).
"""

from venice.ratelimit._limiter import (
    AsyncRateLimitedTransport,
    LimiterSnapshot,
    LimiterStats,
    RateLimitedTransport,
    RateLimiter,
    key_digest,
)
from venice.ratelimit._policy import LimitConfig, LimitState, parse_reset
from venice.ratelimit._stores import MemoryStore, RedisStore, Store

__all__ = [
    "AsyncRateLimitedTransport",
    "LimitConfig",
    "LimitState",
    "LimiterSnapshot",
    "LimiterStats",
    "MemoryStore",
    "RateLimitedTransport",
    "RateLimiter",
    "RedisStore",
    "Store",
    "key_digest",
    "parse_reset",
]
