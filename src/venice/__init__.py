"""Python bindings for the Venice.ai API: ``Venice`` / ``AsyncVenice`` over the generated
``venice_api`` package.

Importing ``venice`` imports no generated module; each namespace loads what it needs on first use.
``__spec_version__`` (the spec's ``info.version``), ``__spec_sha256__`` (the sha256 of the spec file,
which identifies it) and ``__spec_operations__`` (its operation count) say which spec the bundled
``venice_api`` was generated from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from venice._client import AsyncVenice, Venice
from venice._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from venice._errors._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BodyConsumedError,
    CircuitOpenError,
    ConflictError,
    GatewayTimeoutError,
    InternalServerError,
    InvalidURLError,
    MissingCredentialsError,
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    PoolTimeoutError,
    RateLimitError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServiceUnavailableError,
    StreamError,
    StreamIdleTimeoutError,
    StreamInterruptedError,
    TotalTimeoutError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
    VeniceError,
)
from venice._features import model_with_features
from venice._results._models import BaseModel, GenericView
from venice._results._response import APIResponse, AsyncAPIResponse, AsyncBinaryResponse, BinaryResponse
from venice._results._streaming import AsyncStream, ServerSentEvent, Stream
from venice._timeout import Timeout
from venice._types import NOT_GIVEN, NotGiven
from venice._version import __spec_operations__ as __spec_operations__
from venice._version import __spec_sha256__ as __spec_sha256__
from venice._version import __spec_version__ as __spec_version__
from venice._version import __version__
from venice.lib import (
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    MaxIterationsError,
    StructuredOutputError,
    pydantic_function_tool,
)

if _TYPE_CHECKING:
    from venice.lib import FunctionTool, function_tool
from venice.lib._accumulate import (
    ChatCompletionAccumulator,
    accumulate_chat_completion,
    async_accumulate_chat_completion,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncBinaryResponse",
    "AsyncStream",
    "AsyncVenice",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "BinaryResponse",
    "BodyConsumedError",
    "ChatCompletionAccumulator",
    "CircuitOpenError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "FunctionTool",
    "GatewayTimeoutError",
    "GenericView",
    "InternalServerError",
    "InvalidURLError",
    "LengthFinishReasonError",
    "MaxIterationsError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerSentEvent",
    "ServiceUnavailableError",
    "Stream",
    "StreamError",
    "StreamIdleTimeoutError",
    "StreamInterruptedError",
    "StructuredOutputError",
    "Timeout",
    "TotalTimeoutError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "Venice",
    "VeniceError",
    "__version__",
    "accumulate_chat_completion",
    "async_accumulate_chat_completion",
    "function_tool",
    "model_with_features",
    "pydantic_function_tool",
]


_LAZY = ("FunctionTool", "function_tool")


def __getattr__(name: str) -> _Any:
    # Loaded on first use: the tools from functions read signatures and docstrings (`inspect`).
    if name in _LAZY:
        import venice.lib

        return getattr(venice.lib, name)
    raise AttributeError(f"module 'venice' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
