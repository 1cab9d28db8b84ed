"""The one registry binding every operationId of the spec to its public method.

``OPERATIONS`` maps operationId -> dotted method path on a client (``Venice`` and ``AsyncVenice``
have the same paths); ``MODULES`` maps operationId -> generated endpoint module under
``venice_api.api``. The contract tests check both against the spec. Pure data, no imports.
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

MODULES: dict[str, str] = {
    "createChatCompletion": "chat.create_chat_completion",
    "createResponse": "responses_alpha.create_response",
    "createEmbedding": "embeddings.create_embedding",
    "generateImage": "image.generate_image",
    "simpleGenerateImage": "image.simple_generate_image",
    "listImageStyles": "image.list_image_styles",
    "upscaleImage": "image.upscale_image",
    "editImage": "image.edit_image",
    "multiEditImage": "image.multi_edit_image",
    "backgroundRemoveImage": "image.background_remove_image",
    "createSpeech": "audio.create_speech",
    "createTranscription": "audio.create_transcription",
    "createClonedVoice": "audio.create_cloned_voice",
    "queueAudio": "audio.queue_audio",
    "quoteAudio": "audio.quote_audio",
    "retrieveAudio": "audio.retrieve_audio",
    "completeAudio": "audio.complete_audio",
    "queueVideo": "video.queue_video",
    "quoteVideo": "video.quote_video",
    "retrieveVideo": "video.retrieve_video",
    "completeVideo": "video.complete_video",
    "createVideoTranscription": "video.create_video_transcription",
    "listModels": "models.list_models",
    "listModelTraits": "models.list_model_traits",
    "listModelCompatibilityMapping": "models.list_model_compatibility_mapping",
    "listCharacters": "characters.list_characters",
    "getCharacterBySlug": "characters.get_character_by_slug",
    "getCharacterReviews": "characters.get_character_reviews",
    "getApiKeys": "api_keys.get_api_keys",
    "getApiKeyById": "api_keys.get_api_key_by_id",
    "createApiKey": "api_keys.create_api_key",
    "updateApiKey": "api_keys.update_api_key",
    "deleteApiKey": "api_keys.delete_api_key",
    "getApiKeyRateLimits": "api_keys.get_api_key_rate_limits",
    "getApiKeyRateLimitLogs": "api_keys.get_api_key_rate_limit_logs",
    "getApiKeyGenerateWeb3Key": "api_keys.get_api_key_generate_web_3_key",
    "postApiKeyGenerateWeb3Key": "api_keys.post_api_key_generate_web_3_key",
    "getBillingBalance": "billing.get_billing_balance",
    "getBillingUsage": "billing.get_billing_usage",
    "getBillingUsageAnalytics": "billing.get_billing_usage_analytics",
    "getBillingUsageHistory": "billing.get_billing_usage_history",
    "listCryptoRpcNetworks": "crypto_rpc.list_crypto_rpc_networks",
    "cryptoRpcProxy": "crypto_rpc.crypto_rpc_proxy",
    "getX402Balance": "x402.get_x402_balance",
    "topUpX402Balance": "x402.top_up_x402_balance",
    "getX402Transactions": "x402.get_x402_transactions",
    "createTextParser": "augment.create_text_parser",
    "webScrape": "augment.web_scrape",
    "webSearch": "augment.web_search",
}

# SSE item models (generated classes) for operations that stream; a missing name means
# events are exposed as untyped GenericView objects.
STREAM_ITEMS: dict[str, str | None] = {
    "createChatCompletion": "ChatCompletionChunk",
    "createResponse": "ResponseStreamEvent",
}
# Streams that must end with "data: [DONE]" (an end without it is a cut connection). A /responses
# stream ends after its `response.completed` (or `response.failed`) event, with no [DONE].
STREAMS_END_WITH_DONE = frozenset({"createChatCompletion"})
