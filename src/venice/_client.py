"""``Venice`` and ``AsyncVenice``: configuration plus lazily created resource namespaces.

Each namespace module is imported on first access (``cached_property`` + local import), and
generated modules only on a namespace's first call, so ``import venice`` stays cheap.

Retries: connection errors (also in the middle of a JSON body), 408, 409, 429 and >= 500 are
retried ``max_retries`` times (default 2), never waiting longer than ``max_retry_after`` for a
server-advised delay. Retrying a POST can repeat a billable generation: pass ``max_retries=0`` (per
client or ``client.with_options(max_retries=0)``) for requests that must not run twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _constants as C
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._transport import default_async_http_client, default_http_client
from ._types import NOT_GIVEN, AsyncSignInWithX, NotGiven, SignInWithX, TimeoutTypes

if TYPE_CHECKING:
    from ._resource import Parsed
    from .resources.account import X402, ApiKeys, AsyncApiKeys, AsyncBilling, AsyncX402, Billing
    from .resources.audio import AsyncAudio, Audio
    from .resources.catalog import AsyncCharacters, AsyncModels, Characters, Models
    from .resources.chat import AsyncChat, AsyncEmbeddings, AsyncResponses, Chat, Embeddings, Responses
    from .resources.images import AsyncImages, Images
    from .resources.utility import AsyncAugment, AsyncCrypto, Augment, Crypto
    from .resources.video import AsyncVideo, Video

__all__ = ["AsyncVenice", "Venice"]

_V = TypeVar("_V", bound="Venice")
_AV = TypeVar("_AV", bound="AsyncVenice")


class Venice(SyncAPIClient):
    """Blocking client of the Venice API.

    Args:
        api_key: Bearer API key; defaults to the ``VENICE_API_KEY`` environment variable.
        sign_in_with_x: x402 wallet auth instead of a key: a ``SIGN-IN-WITH-X`` header value, or a
            callable ``(httpx.Request) -> str`` producing one for each request.
        base_url: defaults to ``VENICE_BASE_URL`` or ``https://api.venice.ai/api/v1``.
        timeout: seconds or ``httpx.Timeout``; ``None`` disables it (default 600 s, connect 5 s).
        max_retries: retries of connection errors, 408, 409, 429 and 5xx (default 2).
        max_retry_after: the longest server-advised wait (``retry-after``...) slept before a retry,
            in seconds (default 60); a longer one raises the error at once, with ``retry_after``.
        max_consecutive_failures: the failure guard: after this many consecutive failed requests
            with the same status within 30 s, requests are refused with ``CircuitOpenError`` for
            30 s, so a buggy loop cannot get the key locked out (Venice: > 20 failures in 30 s).
            Default 20; ``None`` disables it.
        default_headers / default_query: sent with every request.
        http_client: your own ``httpx.Client`` (proxies, transports, limits).

    Raises:
        MissingCredentialsError: no API key and no x402 sign-in were given (before any request).
        ValueError: a header value (the key, ``default_headers``) has whitespace at an end or a
            control character, e.g. a trailing newline (the message never shows the value).
        InvalidURLError: ``base_url`` is not an http(s) URL.
    """

    _client: httpx.Client

    def __init__(
        self,
        *,
        api_key: str | None = None,
        sign_in_with_x: SignInWithX | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        max_retry_after: float = C.MAX_RETRY_AFTER,
        max_consecutive_failures: int | None = C.MAX_CONSECUTIVE_FAILURES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        _sleep: Callable[[float], Any] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            sign_in_with_x=sign_in_with_x,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            max_consecutive_failures=max_consecutive_failures,
            default_headers=default_headers,
            default_query=default_query,
            sleep=_sleep,
        )
        self._owns_client = http_client is None
        self._client = http_client or default_http_client()

    def with_options(
        self: _V,
        *,
        api_key: str | None = None,
        sign_in_with_x: SignInWithX | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> _V:
        """A copy sharing the connection pool, with some options replaced (per-call settings)."""
        copy = type(self)(
            **self._copy_kwargs(
                api_key=api_key,
                sign_in_with_x=sign_in_with_x,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
            )
        )
        copy._inherit(self)
        return copy

    def __enter__(self: _V) -> _V:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @cached_property
    def chat(self) -> Chat[Parsed]:
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def responses(self) -> Responses[Parsed]:
        from .resources.chat import Responses

        return Responses(self)

    @cached_property
    def embeddings(self) -> Embeddings[Parsed]:
        from .resources.chat import Embeddings

        return Embeddings(self)

    @cached_property
    def images(self) -> Images[Parsed]:
        from .resources.images import Images

        return Images(self)

    @cached_property
    def audio(self) -> Audio[Parsed]:
        from .resources.audio import Audio

        return Audio(self)

    @cached_property
    def video(self) -> Video[Parsed]:
        from .resources.video import Video

        return Video(self)

    @cached_property
    def models(self) -> Models[Parsed]:
        from .resources.catalog import Models

        return Models(self)

    @cached_property
    def characters(self) -> Characters[Parsed]:
        from .resources.catalog import Characters

        return Characters(self)

    @cached_property
    def api_keys(self) -> ApiKeys[Parsed]:
        from .resources.account import ApiKeys

        return ApiKeys(self)

    @cached_property
    def billing(self) -> Billing[Parsed]:
        from .resources.account import Billing

        return Billing(self)

    @cached_property
    def x402(self) -> X402[Parsed]:
        from .resources.account import X402

        return X402(self)

    @cached_property
    def crypto(self) -> Crypto[Parsed]:
        from .resources.utility import Crypto

        return Crypto(self)

    @cached_property
    def augment(self) -> Augment[Parsed]:
        from .resources.utility import Augment

        return Augment(self)


class AsyncVenice(AsyncAPIClient):
    """Async client of the Venice API; same arguments as ``Venice`` (``sign_in_with_x`` may be an
    async callable, ``http_client`` an ``httpx.AsyncClient``)."""

    _client: httpx.AsyncClient

    def __init__(
        self,
        *,
        api_key: str | None = None,
        sign_in_with_x: AsyncSignInWithX | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        max_retry_after: float = C.MAX_RETRY_AFTER,
        max_consecutive_failures: int | None = C.MAX_CONSECUTIVE_FAILURES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        _sleep: Callable[[float], Any] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            sign_in_with_x=sign_in_with_x,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            max_consecutive_failures=max_consecutive_failures,
            default_headers=default_headers,
            default_query=default_query,
            sleep=_sleep,
        )
        self._owns_client = http_client is None
        self._client = http_client or default_async_http_client()

    def with_options(
        self: _AV,
        *,
        api_key: str | None = None,
        sign_in_with_x: AsyncSignInWithX | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> _AV:
        """A copy sharing the connection pool, with some options replaced (per-call settings)."""
        copy = type(self)(
            **self._copy_kwargs(
                api_key=api_key,
                sign_in_with_x=sign_in_with_x,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
            )
        )
        copy._inherit(self)
        return copy

    async def __aenter__(self: _AV) -> _AV:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @cached_property
    def chat(self) -> AsyncChat[Parsed]:
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def responses(self) -> AsyncResponses[Parsed]:
        from .resources.chat import AsyncResponses

        return AsyncResponses(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings[Parsed]:
        from .resources.chat import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def images(self) -> AsyncImages[Parsed]:
        from .resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def audio(self) -> AsyncAudio[Parsed]:
        from .resources.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def video(self) -> AsyncVideo[Parsed]:
        from .resources.video import AsyncVideo

        return AsyncVideo(self)

    @cached_property
    def models(self) -> AsyncModels[Parsed]:
        from .resources.catalog import AsyncModels

        return AsyncModels(self)

    @cached_property
    def characters(self) -> AsyncCharacters[Parsed]:
        from .resources.catalog import AsyncCharacters

        return AsyncCharacters(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys[Parsed]:
        from .resources.account import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def billing(self) -> AsyncBilling[Parsed]:
        from .resources.account import AsyncBilling

        return AsyncBilling(self)

    @cached_property
    def x402(self) -> AsyncX402[Parsed]:
        from .resources.account import AsyncX402

        return AsyncX402(self)

    @cached_property
    def crypto(self) -> AsyncCrypto[Parsed]:
        from .resources.utility import AsyncCrypto

        return AsyncCrypto(self)

    @cached_property
    def augment(self) -> AsyncAugment[Parsed]:
        from .resources.utility import AsyncAugment

        return AsyncAugment(self)
