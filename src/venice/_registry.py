"""The one registry binding every operationId of the spec to its public method.

``OPERATIONS`` maps operationId -> dotted method path on a client (``Venice`` and ``AsyncVenice``
have the same paths): the one naming decision made by hand. Everything else about an operation is
in the table the pipeline writes (``venice_api.operations``). The contract tests check the
registry against the spec and against the methods' ``@endpoint`` declarations.
"""

from __future__ import annotations

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
