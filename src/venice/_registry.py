"""The one registry binding every operationId of the spec to its public method.

``OPERATIONS`` maps operationId -> dotted method path on a client (``Venice`` and ``AsyncVenice``
have the same paths): the one naming decision made by hand. Everything else about an operation is
in the table the pipeline writes (``venice_api.operations``), and ``operation_for`` finds the
operation of an HTTP method and spec path there (for ``venice.batch``). The contract tests check
the registry against the spec and against the methods' ``@endpoint`` declarations.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

OPERATIONS: dict[str, str] = {
    # Chat, responses, embeddings
    "createChatCompletion": "chat.completions.create",
    "createResponse": "responses.create",
    "createEmbedding": "embeddings.create",
    # Images: /image/generate is Venice-native, /images/generations the OpenAI-compatible route
    "generateImage": "images.generate",
    "simpleGenerateImage": "images.generations.create",
    "listImageStyles": "images.list_styles",
    "upscaleImage": "images.upscale",
    "editImage": "images.edit",
    "multiEditImage": "images.multi_edit",
    "backgroundRemoveImage": "images.background_remove",
    # Audio
    "createSpeech": "audio.speech.create",
    "createTranscription": "audio.transcriptions.create",
    "createClonedVoice": "audio.voices.create",
    "queueAudio": "audio.music.queue",
    "quoteAudio": "audio.music.quote",
    "retrieveAudio": "audio.music.retrieve",
    "completeAudio": "audio.music.complete",
    # Video
    "queueVideo": "video.queue",
    "quoteVideo": "video.quote",
    "retrieveVideo": "video.retrieve",
    "completeVideo": "video.complete",
    "createVideoTranscription": "video.transcriptions.create",
    # Models
    "listModels": "models.list",
    "listModelTraits": "models.traits",
    "listModelCompatibilityMapping": "models.compatibility_mapping",
    # Characters
    "listCharacters": "characters.list",
    "getCharacterBySlug": "characters.retrieve",
    "getCharacterReviews": "characters.list_reviews",
    # API keys
    "getApiKeys": "api_keys.list",
    "getApiKeyById": "api_keys.retrieve",
    "createApiKey": "api_keys.create",
    "updateApiKey": "api_keys.update",
    "deleteApiKey": "api_keys.delete",
    "getApiKeyRateLimits": "api_keys.rate_limits",
    "getApiKeyRateLimitLogs": "api_keys.rate_limit_logs",
    "getApiKeyGenerateWeb3Key": "api_keys.get_web3_token",
    "postApiKeyGenerateWeb3Key": "api_keys.create_web3_key",
    # Billing
    "getBillingBalance": "billing.balance",
    "getBillingUsage": "billing.usage",
    "getBillingUsageAnalytics": "billing.usage_analytics",
    "getBillingUsageHistory": "billing.usage_history",
    # Crypto RPC
    "listCryptoRpcNetworks": "crypto.rpc.list_networks",
    "cryptoRpcProxy": "crypto.rpc.call",
    # x402 wallet
    "getX402Balance": "x402.balance",
    "topUpX402Balance": "x402.top_up",
    "getX402Transactions": "x402.transactions",
    # Augment
    "createTextParser": "augment.text_parser",
    "webScrape": "augment.scrape",
    "webSearch": "augment.search",
}


class OperationMatch(NamedTuple):
    """The operation an HTTP method and path name, with the path parameters read from the path."""

    operation_id: str
    path_params: dict[str, str]


def operation_for(method: str, path: str) -> OperationMatch | None:
    """The operation answering ``method path`` (a spec path such as ``/characters/alan-watts``,
    without ``/api/v1`` or a query string), or ``None`` if the spec has none. A literal path
    segment wins over a template (``/api_keys/rate_limits`` is not ``/api_keys/{id}``)."""
    for operation_id, pattern in _path_patterns().get(method.upper(), ()):
        found = pattern.fullmatch(path)
        if found is not None:
            return OperationMatch(operation_id, found.groupdict())
    return None


@functools.cache
def _path_patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    by_method: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    from venice_api.operations import OPERATIONS as TABLE

    entries = sorted(TABLE.items(), key=lambda item: item[1]["path"].count("{"))
    for operation_id, entry in entries:
        parts = re.split(r"\{(\w+)\}", entry["path"])
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts)
        )
        by_method.setdefault(entry["method"].upper(), []).append((operation_id, re.compile(regex)))
    return by_method
