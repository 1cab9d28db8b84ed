"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .background_remove_image_request import BackgroundRemoveImageRequest
    from .billing_balance_response import BillingBalanceResponse
    from .billing_balance_response_balances import BillingBalanceResponseBalances
    from .billing_balance_response_consumption_currency_type_1 import (
        BillingBalanceResponseConsumptionCurrencyType1,
    )
    from .billing_balance_response_consumption_currency_type_2_type_1 import (
        BillingBalanceResponseConsumptionCurrencyType2Type1,
    )
    from .billing_balance_response_consumption_currency_type_3_type_1 import (
        BillingBalanceResponseConsumptionCurrencyType3Type1,
    )
    from .billing_usage_analytics_request import BillingUsageAnalyticsRequest
    from .billing_usage_analytics_response import BillingUsageAnalyticsResponse
    from .billing_usage_analytics_response_by_date_item import (
        BillingUsageAnalyticsResponseByDateItem,
    )
    from .billing_usage_analytics_response_by_key_daily_item import (
        BillingUsageAnalyticsResponseByKeyDailyItem,
    )
    from .billing_usage_analytics_response_by_key_item import (
        BillingUsageAnalyticsResponseByKeyItem,
    )
    from .billing_usage_analytics_response_by_model_daily_item import (
        BillingUsageAnalyticsResponseByModelDailyItem,
    )
    from .billing_usage_analytics_response_by_model_item import (
        BillingUsageAnalyticsResponseByModelItem,
    )
    from .billing_usage_analytics_response_by_model_item_breakdown_item import (
        BillingUsageAnalyticsResponseByModelItemBreakdownItem,
    )
    from .billing_usage_history_request import BillingUsageHistoryRequest
    from .billing_usage_history_request_currency import (
        BillingUsageHistoryRequestCurrency,
    )
    from .billing_usage_history_response import BillingUsageHistoryResponse
    from .billing_usage_history_response_data_item import (
        BillingUsageHistoryResponseDataItem,
    )
    from .billing_usage_history_response_data_item_currency import (
        BillingUsageHistoryResponseDataItemCurrency,
    )
    from .billing_usage_history_response_data_item_inference_details_type_0 import (
        BillingUsageHistoryResponseDataItemInferenceDetailsType0,
    )
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_chunk_choice_logprobs_type_0 import (
        ChatCompletionChunkChoiceLogprobsType0,
    )
    from .chat_completion_chunk_delta import ChatCompletionChunkDelta
    from .chat_completion_chunk_object import ChatCompletionChunkObject
    from .chat_completion_chunk_tool_call import ChatCompletionChunkToolCall
    from .chat_completion_chunk_tool_call_function import (
        ChatCompletionChunkToolCallFunction,
    )
    from .chat_completion_chunk_usage import ChatCompletionChunkUsage
    from .chat_completion_chunk_usage_completion_tokens_details_type_0 import (
        ChatCompletionChunkUsageCompletionTokensDetailsType0,
    )
    from .chat_completion_chunk_usage_prompt_tokens_details_type_0 import (
        ChatCompletionChunkUsagePromptTokensDetailsType0,
    )
    from .chat_completion_chunk_venice_parameters import (
        ChatCompletionChunkVeniceParameters,
    )
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )
    from .chat_completion_message_tool_call_type import (
        ChatCompletionMessageToolCallType,
    )
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from .chat_completion_request_assistant_message_reasoning_details_item import (
        ChatCompletionRequestAssistantMessageReasoningDetailsItem,
    )
    from .chat_completion_request_assistant_message_role import (
        ChatCompletionRequestAssistantMessageRole,
    )
    from .chat_completion_request_assistant_message_text import (
        ChatCompletionRequestAssistantMessageText,
    )
    from .chat_completion_request_assistant_message_text_cache_control import (
        ChatCompletionRequestAssistantMessageTextCacheControl,
    )
    from .chat_completion_request_assistant_message_text_cache_control_type import (
        ChatCompletionRequestAssistantMessageTextCacheControlType,
    )
    from .chat_completion_request_assistant_message_text_text_content_string import (
        ChatCompletionRequestAssistantMessageTextTextContentString,
    )
    from .chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from .chat_completion_request_developer_message_role import (
        ChatCompletionRequestDeveloperMessageRole,
    )
    from .chat_completion_request_developer_message_text import (
        ChatCompletionRequestDeveloperMessageText,
    )
    from .chat_completion_request_developer_message_text_cache_control import (
        ChatCompletionRequestDeveloperMessageTextCacheControl,
    )
    from .chat_completion_request_developer_message_text_cache_control_type import (
        ChatCompletionRequestDeveloperMessageTextCacheControlType,
    )
    from .chat_completion_request_developer_message_text_text_content_string import (
        ChatCompletionRequestDeveloperMessageTextTextContentString,
    )
    from .chat_completion_request_fallbacks_item import (
        ChatCompletionRequestFallbacksItem,
    )
    from .chat_completion_request_metadata import ChatCompletionRequestMetadata
    from .chat_completion_request_prompt_cache_retention import (
        ChatCompletionRequestPromptCacheRetention,
    )
    from .chat_completion_request_reasoning import ChatCompletionRequestReasoning
    from .chat_completion_request_reasoning_effort import (
        ChatCompletionRequestReasoningEffort,
    )
    from .chat_completion_request_reasoning_summary import (
        ChatCompletionRequestReasoningSummary,
    )
    from .chat_completion_request_response_format_json_object import (
        ChatCompletionRequestResponseFormatJsonObject,
    )
    from .chat_completion_request_response_format_json_object_type import (
        ChatCompletionRequestResponseFormatJsonObjectType,
    )
    from .chat_completion_request_response_format_json_schema import (
        ChatCompletionRequestResponseFormatJsonSchema,
    )
    from .chat_completion_request_response_format_json_schema_json_schema import (
        ChatCompletionRequestResponseFormatJsonSchemaJsonSchema,
    )
    from .chat_completion_request_response_format_json_schema_type import (
        ChatCompletionRequestResponseFormatJsonSchemaType,
    )
    from .chat_completion_request_response_format_text import (
        ChatCompletionRequestResponseFormatText,
    )
    from .chat_completion_request_response_format_text_type import (
        ChatCompletionRequestResponseFormatTextType,
    )
    from .chat_completion_request_stream_options import (
        ChatCompletionRequestStreamOptions,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
    )
    from .chat_completion_request_system_message_role import (
        ChatCompletionRequestSystemMessageRole,
    )
    from .chat_completion_request_system_message_text import (
        ChatCompletionRequestSystemMessageText,
    )
    from .chat_completion_request_system_message_text_cache_control import (
        ChatCompletionRequestSystemMessageTextCacheControl,
    )
    from .chat_completion_request_system_message_text_cache_control_type import (
        ChatCompletionRequestSystemMessageTextCacheControlType,
    )
    from .chat_completion_request_system_message_text_text_content_string import (
        ChatCompletionRequestSystemMessageTextTextContentString,
    )
    from .chat_completion_request_text import ChatCompletionRequestText
    from .chat_completion_request_text_verbosity import (
        ChatCompletionRequestTextVerbosity,
    )
    from .chat_completion_request_tool_choice_type_0 import (
        ChatCompletionRequestToolChoiceType0,
    )
    from .chat_completion_request_tool_choice_type_0_function import (
        ChatCompletionRequestToolChoiceType0Function,
    )
    from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from .chat_completion_request_tool_message_role import (
        ChatCompletionRequestToolMessageRole,
    )
    from .chat_completion_request_tools_type_0_item_type_0 import (
        ChatCompletionRequestToolsType0ItemType0,
    )
    from .chat_completion_request_tools_type_0_item_type_0_type import (
        ChatCompletionRequestToolsType0ItemType0Type,
    )
    from .chat_completion_request_tools_type_0_item_type_1 import (
        ChatCompletionRequestToolsType0ItemType1,
    )
    from .chat_completion_request_tools_type_0_item_type_1_function import (
        ChatCompletionRequestToolsType0ItemType1Function,
    )
    from .chat_completion_request_tools_type_0_item_type_1_function_parameters import (
        ChatCompletionRequestToolsType0ItemType1FunctionParameters,
    )
    from .chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from .chat_completion_request_user_message_file import (
        ChatCompletionRequestUserMessageFile,
    )
    from .chat_completion_request_user_message_file_cache_control import (
        ChatCompletionRequestUserMessageFileCacheControl,
    )
    from .chat_completion_request_user_message_file_cache_control_type import (
        ChatCompletionRequestUserMessageFileCacheControlType,
    )
    from .chat_completion_request_user_message_file_file_object import (
        ChatCompletionRequestUserMessageFileFileObject,
    )
    from .chat_completion_request_user_message_file_type import (
        ChatCompletionRequestUserMessageFileType,
    )
    from .chat_completion_request_user_message_image_url import (
        ChatCompletionRequestUserMessageImageUrl,
    )
    from .chat_completion_request_user_message_image_url_cache_control import (
        ChatCompletionRequestUserMessageImageUrlCacheControl,
    )
    from .chat_completion_request_user_message_image_url_cache_control_type import (
        ChatCompletionRequestUserMessageImageUrlCacheControlType,
    )
    from .chat_completion_request_user_message_image_url_image_url_object import (
        ChatCompletionRequestUserMessageImageUrlImageURLObject,
    )
    from .chat_completion_request_user_message_image_url_type import (
        ChatCompletionRequestUserMessageImageUrlType,
    )
    from .chat_completion_request_user_message_input_audio import (
        ChatCompletionRequestUserMessageInputAudio,
    )
    from .chat_completion_request_user_message_input_audio_cache_control import (
        ChatCompletionRequestUserMessageInputAudioCacheControl,
    )
    from .chat_completion_request_user_message_input_audio_cache_control_type import (
        ChatCompletionRequestUserMessageInputAudioCacheControlType,
    )
    from .chat_completion_request_user_message_input_audio_input_audio_object import (
        ChatCompletionRequestUserMessageInputAudioInputAudioObject,
    )
    from .chat_completion_request_user_message_input_audio_input_audio_object_format import (
        ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat,
    )
    from .chat_completion_request_user_message_input_audio_type import (
        ChatCompletionRequestUserMessageInputAudioType,
    )
    from .chat_completion_request_user_message_role import (
        ChatCompletionRequestUserMessageRole,
    )
    from .chat_completion_request_user_message_text import (
        ChatCompletionRequestUserMessageText,
    )
    from .chat_completion_request_user_message_text_cache_control import (
        ChatCompletionRequestUserMessageTextCacheControl,
    )
    from .chat_completion_request_user_message_text_cache_control_type import (
        ChatCompletionRequestUserMessageTextCacheControlType,
    )
    from .chat_completion_request_user_message_text_text_content_string import (
        ChatCompletionRequestUserMessageTextTextContentString,
    )
    from .chat_completion_request_user_message_video_url import (
        ChatCompletionRequestUserMessageVideoUrl,
    )
    from .chat_completion_request_user_message_video_url_cache_control import (
        ChatCompletionRequestUserMessageVideoUrlCacheControl,
    )
    from .chat_completion_request_user_message_video_url_cache_control_type import (
        ChatCompletionRequestUserMessageVideoUrlCacheControlType,
    )
    from .chat_completion_request_user_message_video_url_type import (
        ChatCompletionRequestUserMessageVideoUrlType,
    )
    from .chat_completion_request_user_message_video_url_video_url_object import (
        ChatCompletionRequestUserMessageVideoUrlVideoURLObject,
    )
    from .chat_completion_request_venice_parameters import (
        ChatCompletionRequestVeniceParameters,
    )
    from .chat_completion_request_venice_parameters_enable_web_search import (
        ChatCompletionRequestVeniceParametersEnableWebSearch,
    )
    from .chat_completion_request_verbosity import ChatCompletionRequestVerbosity
    from .complete_audio_request import CompleteAudioRequest
    from .complete_audio_response_200 import CompleteAudioResponse200
    from .complete_video_request import CompleteVideoRequest
    from .complete_video_response_200 import CompleteVideoResponse200
    from .content_violation_error import ContentViolationError
    from .create_api_key_body import CreateApiKeyBody
    from .create_api_key_body_api_key_type import CreateApiKeyBodyApiKeyType
    from .create_api_key_body_consumption_limit import CreateApiKeyBodyConsumptionLimit
    from .create_api_key_body_expires_at_type_0 import CreateApiKeyBodyExpiresAtType0
    from .create_api_key_body_limit_period import CreateApiKeyBodyLimitPeriod
    from .create_api_key_body_model_privacy import CreateApiKeyBodyModelPrivacy
    from .create_api_key_response_200 import CreateApiKeyResponse200
    from .create_api_key_response_200_data import CreateApiKeyResponse200Data
    from .create_api_key_response_200_data_api_key_type import (
        CreateApiKeyResponse200DataApiKeyType,
    )
    from .create_api_key_response_200_data_consumption_limit import (
        CreateApiKeyResponse200DataConsumptionLimit,
    )
    from .create_api_key_response_200_data_limit_period import (
        CreateApiKeyResponse200DataLimitPeriod,
    )
    from .create_api_key_response_200_data_model_privacy import (
        CreateApiKeyResponse200DataModelPrivacy,
    )
    from .create_chat_completion_response_200 import CreateChatCompletionResponse200
    from .create_chat_completion_response_200_choices_item import (
        CreateChatCompletionResponse200ChoicesItem,
    )
    from .create_chat_completion_response_200_choices_item_assistant_message import (
        CreateChatCompletionResponse200ChoicesItemAssistantMessage,
    )
    from .create_chat_completion_response_200_choices_item_assistant_message_reasoning_details_item import (
        CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem,
    )
    from .create_chat_completion_response_200_choices_item_assistant_message_role import (
        CreateChatCompletionResponse200ChoicesItemAssistantMessageRole,
    )
    from .create_chat_completion_response_200_choices_item_finish_reason import (
        CreateChatCompletionResponse200ChoicesItemFinishReason,
    )
    from .create_chat_completion_response_200_choices_item_logprobs_type_0 import (
        CreateChatCompletionResponse200ChoicesItemLogprobsType0,
    )
    from .create_chat_completion_response_200_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem,
    )
    from .create_chat_completion_response_200_choices_item_stop_reason_type_1 import (
        CreateChatCompletionResponse200ChoicesItemStopReasonType1,
    )
    from .create_chat_completion_response_200_choices_item_stop_reason_type_2_type_1 import (
        CreateChatCompletionResponse200ChoicesItemStopReasonType2Type1,
    )
    from .create_chat_completion_response_200_choices_item_stop_reason_type_3_type_1 import (
        CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1,
    )
    from .create_chat_completion_response_200_cost import (
        CreateChatCompletionResponse200Cost,
    )
    from .create_chat_completion_response_200_object import (
        CreateChatCompletionResponse200Object,
    )
    from .create_chat_completion_response_200_prompt_logprobs_type_0_type_0 import (
        CreateChatCompletionResponse200PromptLogprobsType0Type0,
    )
    from .create_chat_completion_response_200_usage import (
        CreateChatCompletionResponse200Usage,
    )
    from .create_chat_completion_response_200_usage_completion_tokens_details_type_0 import (
        CreateChatCompletionResponse200UsageCompletionTokensDetailsType0,
    )
    from .create_chat_completion_response_200_usage_prompt_tokens_details_type_0 import (
        CreateChatCompletionResponse200UsagePromptTokensDetailsType0,
    )
    from .create_chat_completion_response_200_venice_parameters import (
        CreateChatCompletionResponse200VeniceParameters,
    )
    from .create_chat_completion_response_200_venice_parameters_enable_web_search import (
        CreateChatCompletionResponse200VeniceParametersEnableWebSearch,
    )
    from .create_chat_completion_response_200_venice_parameters_web_search_citations_item import (
        CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem,
    )
    from .create_cloned_voice_request_schema import CreateClonedVoiceRequestSchema
    from .create_cloned_voice_request_schema_model import (
        CreateClonedVoiceRequestSchemaModel,
    )
    from .create_cloned_voice_response_200 import CreateClonedVoiceResponse200
    from .create_embedding_request_schema import CreateEmbeddingRequestSchema
    from .create_embedding_request_schema_encoding_format import (
        CreateEmbeddingRequestSchemaEncodingFormat,
    )
    from .create_embedding_request_schema_model_type_1 import (
        CreateEmbeddingRequestSchemaModelType1,
    )
    from .create_embedding_response_200 import CreateEmbeddingResponse200
    from .create_embedding_response_200_data_item import (
        CreateEmbeddingResponse200DataItem,
    )
    from .create_embedding_response_200_data_item_object import (
        CreateEmbeddingResponse200DataItemObject,
    )
    from .create_embedding_response_200_object import CreateEmbeddingResponse200Object
    from .create_embedding_response_200_usage import CreateEmbeddingResponse200Usage
    from .create_response_responses_api_response import (
        CreateResponseResponsesAPIResponse,
    )
    from .create_response_responses_api_response_error import (
        CreateResponseResponsesAPIResponseError,
    )
    from .create_response_responses_api_response_function_call_output import (
        CreateResponseResponsesAPIResponseFunctionCallOutput,
    )
    from .create_response_responses_api_response_function_call_output_status import (
        CreateResponseResponsesAPIResponseFunctionCallOutputStatus,
    )
    from .create_response_responses_api_response_function_call_output_type import (
        CreateResponseResponsesAPIResponseFunctionCallOutputType,
    )
    from .create_response_responses_api_response_message_output import (
        CreateResponseResponsesAPIResponseMessageOutput,
    )
    from .create_response_responses_api_response_message_output_output_text import (
        CreateResponseResponsesAPIResponseMessageOutputOutputText,
    )
    from .create_response_responses_api_response_message_output_output_text_type import (
        CreateResponseResponsesAPIResponseMessageOutputOutputTextType,
    )
    from .create_response_responses_api_response_message_output_output_text_url_citation_annotation import (
        CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation,
    )
    from .create_response_responses_api_response_message_output_output_text_url_citation_annotation_type import (
        CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType,
    )
    from .create_response_responses_api_response_message_output_role import (
        CreateResponseResponsesAPIResponseMessageOutputRole,
    )
    from .create_response_responses_api_response_message_output_status import (
        CreateResponseResponsesAPIResponseMessageOutputStatus,
    )
    from .create_response_responses_api_response_message_output_type import (
        CreateResponseResponsesAPIResponseMessageOutputType,
    )
    from .create_response_responses_api_response_object import (
        CreateResponseResponsesAPIResponseObject,
    )
    from .create_response_responses_api_response_reasoning_output import (
        CreateResponseResponsesAPIResponseReasoningOutput,
    )
    from .create_response_responses_api_response_reasoning_output_type import (
        CreateResponseResponsesAPIResponseReasoningOutputType,
    )
    from .create_response_responses_api_response_status import (
        CreateResponseResponsesAPIResponseStatus,
    )
    from .create_response_responses_api_response_usage import (
        CreateResponseResponsesAPIResponseUsage,
    )
    from .create_response_responses_api_response_usage_input_tokens_details import (
        CreateResponseResponsesAPIResponseUsageInputTokensDetails,
    )
    from .create_response_responses_api_response_usage_output_tokens_details import (
        CreateResponseResponsesAPIResponseUsageOutputTokensDetails,
    )
    from .create_response_responses_api_response_web_search_call_output import (
        CreateResponseResponsesAPIResponseWebSearchCallOutput,
    )
    from .create_response_responses_api_response_web_search_call_output_status import (
        CreateResponseResponsesAPIResponseWebSearchCallOutputStatus,
    )
    from .create_response_responses_api_response_web_search_call_output_type import (
        CreateResponseResponsesAPIResponseWebSearchCallOutputType,
    )
    from .create_speech_request_schema import CreateSpeechRequestSchema
    from .create_speech_request_schema_model import CreateSpeechRequestSchemaModel
    from .create_speech_request_schema_response_format import (
        CreateSpeechRequestSchemaResponseFormat,
    )
    from .create_text_parser_body import CreateTextParserBody
    from .create_text_parser_body_response_format import (
        CreateTextParserBodyResponseFormat,
    )
    from .create_text_parser_response_200 import CreateTextParserResponse200
    from .create_transcription_request_schema import CreateTranscriptionRequestSchema
    from .create_transcription_request_schema_model import (
        CreateTranscriptionRequestSchemaModel,
    )
    from .create_transcription_request_schema_response_format import (
        CreateTranscriptionRequestSchemaResponseFormat,
    )
    from .create_transcription_response_200 import CreateTranscriptionResponse200
    from .create_transcription_response_200_timestamps import (
        CreateTranscriptionResponse200Timestamps,
    )
    from .create_transcription_response_200_timestamps_char_item import (
        CreateTranscriptionResponse200TimestampsCharItem,
    )
    from .create_transcription_response_200_timestamps_segment_item import (
        CreateTranscriptionResponse200TimestampsSegmentItem,
    )
    from .create_transcription_response_200_timestamps_word_item import (
        CreateTranscriptionResponse200TimestampsWordItem,
    )
    from .create_transcription_response_422 import CreateTranscriptionResponse422
    from .create_video_transcription_request_schema import (
        CreateVideoTranscriptionRequestSchema,
    )
    from .create_video_transcription_request_schema_response_format import (
        CreateVideoTranscriptionRequestSchemaResponseFormat,
    )
    from .create_video_transcription_response_200 import (
        CreateVideoTranscriptionResponse200,
    )
    from .crypto_rpc_proxy_body_type_0 import CryptoRpcProxyBodyType0
    from .crypto_rpc_proxy_body_type_0_jsonrpc import CryptoRpcProxyBodyType0Jsonrpc
    from .crypto_rpc_proxy_body_type_1_item import CryptoRpcProxyBodyType1Item
    from .crypto_rpc_proxy_body_type_1_item_jsonrpc import (
        CryptoRpcProxyBodyType1ItemJsonrpc,
    )
    from .crypto_rpc_proxy_response_200_type_0 import CryptoRpcProxyResponse200Type0
    from .crypto_rpc_proxy_response_200_type_0_error import (
        CryptoRpcProxyResponse200Type0Error,
    )
    from .crypto_rpc_proxy_response_200_type_1_item import (
        CryptoRpcProxyResponse200Type1Item,
    )
    from .crypto_rpc_proxy_response_200_type_1_item_error import (
        CryptoRpcProxyResponse200Type1ItemError,
    )
    from .delete_api_key_response_200 import DeleteApiKeyResponse200
    from .detailed_error import DetailedError
    from .detailed_error_details import DetailedErrorDetails
    from .edit_image_files_body import EditImageFilesBody
    from .edit_image_files_body_model_id import EditImageFilesBodyModelId
    from .edit_image_json_body import EditImageJsonBody
    from .edit_image_json_body_model_id import EditImageJsonBodyModelId
    from .edit_image_request import EditImageRequest
    from .edit_image_request_aspect_ratio import EditImageRequestAspectRatio
    from .edit_image_request_output_format import EditImageRequestOutputFormat
    from .generate_image_request import GenerateImageRequest
    from .generate_image_request_format import GenerateImageRequestFormat
    from .generate_image_request_quality import GenerateImageRequestQuality
    from .generate_image_request_style_references_item import (
        GenerateImageRequestStyleReferencesItem,
    )
    from .generate_image_response_200 import GenerateImageResponse200
    from .generate_image_response_200_timing import GenerateImageResponse200Timing
    from .get_api_key_by_id_response_200 import GetApiKeyByIdResponse200
    from .get_api_key_by_id_response_200_data import GetApiKeyByIdResponse200Data
    from .get_api_key_by_id_response_200_data_api_key_type import (
        GetApiKeyByIdResponse200DataApiKeyType,
    )
    from .get_api_key_by_id_response_200_data_consumption_limits import (
        GetApiKeyByIdResponse200DataConsumptionLimits,
    )
    from .get_api_key_by_id_response_200_data_current_period_usage import (
        GetApiKeyByIdResponse200DataCurrentPeriodUsage,
    )
    from .get_api_key_by_id_response_200_data_limit_period import (
        GetApiKeyByIdResponse200DataLimitPeriod,
    )
    from .get_api_key_by_id_response_200_data_model_privacy import (
        GetApiKeyByIdResponse200DataModelPrivacy,
    )
    from .get_api_key_by_id_response_200_data_usage import (
        GetApiKeyByIdResponse200DataUsage,
    )
    from .get_api_key_by_id_response_200_data_usage_trailing_seven_days import (
        GetApiKeyByIdResponse200DataUsageTrailingSevenDays,
    )
    from .get_api_key_generate_web_3_key_response_200 import (
        GetApiKeyGenerateWeb3KeyResponse200,
    )
    from .get_api_key_generate_web_3_key_response_200_data import (
        GetApiKeyGenerateWeb3KeyResponse200Data,
    )
    from .get_api_key_rate_limit_logs_response_200 import (
        GetApiKeyRateLimitLogsResponse200,
    )
    from .get_api_key_rate_limit_logs_response_200_data_item import (
        GetApiKeyRateLimitLogsResponse200DataItem,
    )
    from .get_api_key_rate_limit_logs_response_200_data_item_rate_limit_type import (
        GetApiKeyRateLimitLogsResponse200DataItemRateLimitType,
    )
    from .get_api_key_rate_limit_logs_response_200_object import (
        GetApiKeyRateLimitLogsResponse200Object,
    )
    from .get_api_key_rate_limits_response_200 import GetApiKeyRateLimitsResponse200
    from .get_api_key_rate_limits_response_200_data import (
        GetApiKeyRateLimitsResponse200Data,
    )
    from .get_api_key_rate_limits_response_200_data_api_tier import (
        GetApiKeyRateLimitsResponse200DataApiTier,
    )
    from .get_api_key_rate_limits_response_200_data_balances import (
        GetApiKeyRateLimitsResponse200DataBalances,
    )
    from .get_api_key_rate_limits_response_200_data_rate_limits_item import (
        GetApiKeyRateLimitsResponse200DataRateLimitsItem,
    )
    from .get_api_key_rate_limits_response_200_data_rate_limits_item_rate_limits_item import (
        GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem,
    )
    from .get_api_keys_response_200 import GetApiKeysResponse200
    from .get_api_keys_response_200_data_item import GetApiKeysResponse200DataItem
    from .get_api_keys_response_200_data_item_api_key_type import (
        GetApiKeysResponse200DataItemApiKeyType,
    )
    from .get_api_keys_response_200_data_item_consumption_limits import (
        GetApiKeysResponse200DataItemConsumptionLimits,
    )
    from .get_api_keys_response_200_data_item_current_period_usage import (
        GetApiKeysResponse200DataItemCurrentPeriodUsage,
    )
    from .get_api_keys_response_200_data_item_limit_period import (
        GetApiKeysResponse200DataItemLimitPeriod,
    )
    from .get_api_keys_response_200_data_item_model_privacy import (
        GetApiKeysResponse200DataItemModelPrivacy,
    )
    from .get_api_keys_response_200_data_item_usage import (
        GetApiKeysResponse200DataItemUsage,
    )
    from .get_api_keys_response_200_data_item_usage_trailing_seven_days import (
        GetApiKeysResponse200DataItemUsageTrailingSevenDays,
    )
    from .get_api_keys_response_200_object import GetApiKeysResponse200Object
    from .get_billing_balance_response_200 import GetBillingBalanceResponse200
    from .get_billing_balance_response_200_balances import (
        GetBillingBalanceResponse200Balances,
    )
    from .get_billing_balance_response_200_consumption_currency_type_1 import (
        GetBillingBalanceResponse200ConsumptionCurrencyType1,
    )
    from .get_billing_balance_response_200_consumption_currency_type_2_type_1 import (
        GetBillingBalanceResponse200ConsumptionCurrencyType2Type1,
    )
    from .get_billing_balance_response_200_consumption_currency_type_3_type_1 import (
        GetBillingBalanceResponse200ConsumptionCurrencyType3Type1,
    )
    from .get_billing_usage_analytics_response_200 import (
        GetBillingUsageAnalyticsResponse200,
    )
    from .get_billing_usage_analytics_response_200_by_date_item import (
        GetBillingUsageAnalyticsResponse200ByDateItem,
    )
    from .get_billing_usage_analytics_response_200_by_key_daily_item import (
        GetBillingUsageAnalyticsResponse200ByKeyDailyItem,
    )
    from .get_billing_usage_analytics_response_200_by_key_item import (
        GetBillingUsageAnalyticsResponse200ByKeyItem,
    )
    from .get_billing_usage_analytics_response_200_by_model_daily_item import (
        GetBillingUsageAnalyticsResponse200ByModelDailyItem,
    )
    from .get_billing_usage_analytics_response_200_by_model_item import (
        GetBillingUsageAnalyticsResponse200ByModelItem,
    )
    from .get_billing_usage_analytics_response_200_by_model_item_breakdown_item import (
        GetBillingUsageAnalyticsResponse200ByModelItemBreakdownItem,
    )
    from .get_billing_usage_analytics_response_504 import (
        GetBillingUsageAnalyticsResponse504,
    )
    from .get_billing_usage_history_currency import GetBillingUsageHistoryCurrency
    from .get_billing_usage_history_response_200 import (
        GetBillingUsageHistoryResponse200,
    )
    from .get_billing_usage_history_response_200_data_item import (
        GetBillingUsageHistoryResponse200DataItem,
    )
    from .get_billing_usage_history_response_200_data_item_currency import (
        GetBillingUsageHistoryResponse200DataItemCurrency,
    )
    from .get_billing_usage_history_response_200_data_item_inference_details_type_0 import (
        GetBillingUsageHistoryResponse200DataItemInferenceDetailsType0,
    )
    from .get_character_by_slug_response_200 import GetCharacterBySlugResponse200
    from .get_character_by_slug_response_200_data import (
        GetCharacterBySlugResponse200Data,
    )
    from .get_character_by_slug_response_200_data_stats import (
        GetCharacterBySlugResponse200DataStats,
    )
    from .get_character_by_slug_response_200_object import (
        GetCharacterBySlugResponse200Object,
    )
    from .get_character_reviews_response_200 import GetCharacterReviewsResponse200
    from .get_character_reviews_response_200_data_item import (
        GetCharacterReviewsResponse200DataItem,
    )
    from .get_character_reviews_response_200_object import (
        GetCharacterReviewsResponse200Object,
    )
    from .get_character_reviews_response_200_pagination import (
        GetCharacterReviewsResponse200Pagination,
    )
    from .get_character_reviews_response_200_summary import (
        GetCharacterReviewsResponse200Summary,
    )
    from .get_x402_balance_response_200 import GetX402BalanceResponse200
    from .get_x402_balance_response_200_data import GetX402BalanceResponse200Data
    from .get_x402_transactions_response_200 import GetX402TransactionsResponse200
    from .get_x402_transactions_response_200_data import (
        GetX402TransactionsResponse200Data,
    )
    from .get_x402_transactions_response_200_data_pagination import (
        GetX402TransactionsResponse200DataPagination,
    )
    from .get_x402_transactions_response_200_data_transactions_item import (
        GetX402TransactionsResponse200DataTransactionsItem,
    )
    from .input_audio import InputAudio
    from .input_audio_cache_control import InputAudioCacheControl
    from .input_audio_cache_control_type import InputAudioCacheControlType
    from .input_audio_input_audio_object import InputAudioInputAudioObject
    from .input_audio_input_audio_object_format import InputAudioInputAudioObjectFormat
    from .input_audio_type import InputAudioType
    from .list_characters_is_adult import ListCharactersIsAdult
    from .list_characters_is_pro import ListCharactersIsPro
    from .list_characters_is_web_enabled import ListCharactersIsWebEnabled
    from .list_characters_response_200 import ListCharactersResponse200
    from .list_characters_response_200_data_item import (
        ListCharactersResponse200DataItem,
    )
    from .list_characters_response_200_data_item_stats import (
        ListCharactersResponse200DataItemStats,
    )
    from .list_characters_response_200_object import ListCharactersResponse200Object
    from .list_characters_sort_by import ListCharactersSortBy
    from .list_characters_sort_order import ListCharactersSortOrder
    from .list_crypto_rpc_networks_response_200 import ListCryptoRpcNetworksResponse200
    from .list_image_styles_response_200 import ListImageStylesResponse200
    from .list_image_styles_response_200_object import ListImageStylesResponse200Object
    from .list_model_compatibility_mapping_response_200 import (
        ListModelCompatibilityMappingResponse200,
    )
    from .list_model_compatibility_mapping_response_200_object import (
        ListModelCompatibilityMappingResponse200Object,
    )
    from .list_model_compatibility_mapping_response_200_type_type_0 import (
        ListModelCompatibilityMappingResponse200TypeType0,
    )
    from .list_model_compatibility_mapping_response_200_type_type_1 import (
        ListModelCompatibilityMappingResponse200TypeType1,
    )
    from .list_model_compatibility_mapping_type import ListModelCompatibilityMappingType
    from .list_model_traits_response_200 import ListModelTraitsResponse200
    from .list_model_traits_response_200_object import ListModelTraitsResponse200Object
    from .list_model_traits_response_200_type_type_0 import (
        ListModelTraitsResponse200TypeType0,
    )
    from .list_model_traits_response_200_type_type_1 import (
        ListModelTraitsResponse200TypeType1,
    )
    from .list_model_traits_type import ListModelTraitsType
    from .list_models_response_200 import ListModelsResponse200
    from .list_models_response_200_object import ListModelsResponse200Object
    from .list_models_response_200_type_type_0 import ListModelsResponse200TypeType0
    from .list_models_response_200_type_type_1 import ListModelsResponse200TypeType1
    from .list_models_type_type_0 import ListModelsTypeType0
    from .list_models_type_type_1 import ListModelsTypeType1
    from .model_compatibility_schema import ModelCompatibilitySchema
    from .model_response import ModelResponse
    from .model_response_model_spec import ModelResponseModelSpec
    from .model_response_model_spec_asr_model_pricing import (
        ModelResponseModelSpecASRModelPricing,
    )
    from .model_response_model_spec_asr_model_pricing_per_audio_second import (
        ModelResponseModelSpecASRModelPricingPerAudioSecond,
    )
    from .model_response_model_spec_capabilities import (
        ModelResponseModelSpecCapabilities,
    )
    from .model_response_model_spec_capabilities_default_reasoning_effort import (
        ModelResponseModelSpecCapabilitiesDefaultReasoningEffort,
    )
    from .model_response_model_spec_capabilities_quantization import (
        ModelResponseModelSpecCapabilitiesQuantization,
    )
    from .model_response_model_spec_capabilities_reasoning_effort_options_item import (
        ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem,
    )
    from .model_response_model_spec_deprecation import ModelResponseModelSpecDeprecation
    from .model_response_model_spec_image_model_constraints import (
        ModelResponseModelSpecImageModelConstraints,
    )
    from .model_response_model_spec_image_model_constraints_default_quality import (
        ModelResponseModelSpecImageModelConstraintsDefaultQuality,
    )
    from .model_response_model_spec_image_model_constraints_qualities_item import (
        ModelResponseModelSpecImageModelConstraintsQualitiesItem,
    )
    from .model_response_model_spec_image_model_constraints_steps import (
        ModelResponseModelSpecImageModelConstraintsSteps,
    )
    from .model_response_model_spec_image_model_pricing import (
        ModelResponseModelSpecImageModelPricing,
    )
    from .model_response_model_spec_image_model_pricing_generation import (
        ModelResponseModelSpecImageModelPricingGeneration,
    )
    from .model_response_model_spec_image_model_pricing_quality import (
        ModelResponseModelSpecImageModelPricingQuality,
    )
    from .model_response_model_spec_image_model_pricing_quality_additional_property import (
        ModelResponseModelSpecImageModelPricingQualityAdditionalProperty,
    )
    from .model_response_model_spec_image_model_pricing_quality_additional_property_high import (
        ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh,
    )
    from .model_response_model_spec_image_model_pricing_quality_additional_property_low import (
        ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow,
    )
    from .model_response_model_spec_image_model_pricing_quality_additional_property_medium import (
        ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium,
    )
    from .model_response_model_spec_image_model_pricing_resolutions import (
        ModelResponseModelSpecImageModelPricingResolutions,
    )
    from .model_response_model_spec_image_model_pricing_resolutions_additional_property import (
        ModelResponseModelSpecImageModelPricingResolutionsAdditionalProperty,
    )
    from .model_response_model_spec_image_model_pricing_upscale import (
        ModelResponseModelSpecImageModelPricingUpscale,
    )
    from .model_response_model_spec_image_model_pricing_upscale_2x import (
        ModelResponseModelSpecImageModelPricingUpscale2X,
    )
    from .model_response_model_spec_image_model_pricing_upscale_4x import (
        ModelResponseModelSpecImageModelPricingUpscale4X,
    )
    from .model_response_model_spec_inpaint_model_constraints import (
        ModelResponseModelSpecInpaintModelConstraints,
    )
    from .model_response_model_spec_inpaint_model_constraints_default_quality import (
        ModelResponseModelSpecInpaintModelConstraintsDefaultQuality,
    )
    from .model_response_model_spec_inpaint_model_constraints_qualities_item import (
        ModelResponseModelSpecInpaintModelConstraintsQualitiesItem,
    )
    from .model_response_model_spec_inpaint_model_pricing import (
        ModelResponseModelSpecInpaintModelPricing,
    )
    from .model_response_model_spec_inpaint_model_pricing_inpaint import (
        ModelResponseModelSpecInpaintModelPricingInpaint,
    )
    from .model_response_model_spec_inpaint_model_pricing_input_images import (
        ModelResponseModelSpecInpaintModelPricingInputImages,
    )
    from .model_response_model_spec_inpaint_model_pricing_input_images_additional import (
        ModelResponseModelSpecInpaintModelPricingInputImagesAdditional,
    )
    from .model_response_model_spec_inpaint_model_pricing_quality import (
        ModelResponseModelSpecInpaintModelPricingQuality,
    )
    from .model_response_model_spec_inpaint_model_pricing_quality_additional_property import (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalProperty,
    )
    from .model_response_model_spec_inpaint_model_pricing_quality_additional_property_high import (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh,
    )
    from .model_response_model_spec_inpaint_model_pricing_quality_additional_property_low import (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow,
    )
    from .model_response_model_spec_inpaint_model_pricing_quality_additional_property_medium import (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium,
    )
    from .model_response_model_spec_inpaint_model_pricing_resolutions import (
        ModelResponseModelSpecInpaintModelPricingResolutions,
    )
    from .model_response_model_spec_inpaint_model_pricing_resolutions_additional_property import (
        ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty,
    )
    from .model_response_model_spec_llm_model_pricing import (
        ModelResponseModelSpecLLMModelPricing,
    )
    from .model_response_model_spec_llm_model_pricing_cache_input import (
        ModelResponseModelSpecLLMModelPricingCacheInput,
    )
    from .model_response_model_spec_llm_model_pricing_cache_write import (
        ModelResponseModelSpecLLMModelPricingCacheWrite,
    )
    from .model_response_model_spec_llm_model_pricing_extended import (
        ModelResponseModelSpecLLMModelPricingExtended,
    )
    from .model_response_model_spec_llm_model_pricing_extended_cache_input import (
        ModelResponseModelSpecLLMModelPricingExtendedCacheInput,
    )
    from .model_response_model_spec_llm_model_pricing_extended_cache_write import (
        ModelResponseModelSpecLLMModelPricingExtendedCacheWrite,
    )
    from .model_response_model_spec_llm_model_pricing_extended_input import (
        ModelResponseModelSpecLLMModelPricingExtendedInput,
    )
    from .model_response_model_spec_llm_model_pricing_extended_output import (
        ModelResponseModelSpecLLMModelPricingExtendedOutput,
    )
    from .model_response_model_spec_llm_model_pricing_input import (
        ModelResponseModelSpecLLMModelPricingInput,
    )
    from .model_response_model_spec_llm_model_pricing_output import (
        ModelResponseModelSpecLLMModelPricingOutput,
    )
    from .model_response_model_spec_pricing_type_5 import (
        ModelResponseModelSpecPricingType5,
    )
    from .model_response_model_spec_pricing_type_5_generation import (
        ModelResponseModelSpecPricingType5Generation,
    )
    from .model_response_model_spec_pricing_type_6 import (
        ModelResponseModelSpecPricingType6,
    )
    from .model_response_model_spec_pricing_type_6_durations import (
        ModelResponseModelSpecPricingType6Durations,
    )
    from .model_response_model_spec_pricing_type_6_durations_additional_property import (
        ModelResponseModelSpecPricingType6DurationsAdditionalProperty,
    )
    from .model_response_model_spec_pricing_type_7 import (
        ModelResponseModelSpecPricingType7,
    )
    from .model_response_model_spec_pricing_type_7_per_second import (
        ModelResponseModelSpecPricingType7PerSecond,
    )
    from .model_response_model_spec_pricing_type_8 import (
        ModelResponseModelSpecPricingType8,
    )
    from .model_response_model_spec_pricing_type_8_per_thousand_characters import (
        ModelResponseModelSpecPricingType8PerThousandCharacters,
    )
    from .model_response_model_spec_privacy import ModelResponseModelSpecPrivacy
    from .model_response_model_spec_text_model_constraints import (
        ModelResponseModelSpecTextModelConstraints,
    )
    from .model_response_model_spec_text_model_constraints_frequency_penalty import (
        ModelResponseModelSpecTextModelConstraintsFrequencyPenalty,
    )
    from .model_response_model_spec_text_model_constraints_presence_penalty import (
        ModelResponseModelSpecTextModelConstraintsPresencePenalty,
    )
    from .model_response_model_spec_text_model_constraints_repetition_penalty import (
        ModelResponseModelSpecTextModelConstraintsRepetitionPenalty,
    )
    from .model_response_model_spec_text_model_constraints_temperature import (
        ModelResponseModelSpecTextModelConstraintsTemperature,
    )
    from .model_response_model_spec_text_model_constraints_top_p import (
        ModelResponseModelSpecTextModelConstraintsTopP,
    )
    from .model_response_model_spec_tts_model_pricing import (
        ModelResponseModelSpecTTSModelPricing,
    )
    from .model_response_model_spec_tts_model_pricing_input import (
        ModelResponseModelSpecTTSModelPricingInput,
    )
    from .model_response_model_spec_tts_voice_cloning import (
        ModelResponseModelSpecTTSVoiceCloning,
    )
    from .model_response_model_spec_tts_voice_cloning_mode import (
        ModelResponseModelSpecTTSVoiceCloningMode,
    )
    from .model_response_model_spec_video_model_constraints import (
        ModelResponseModelSpecVideoModelConstraints,
    )
    from .model_response_model_spec_video_model_constraints_model_type import (
        ModelResponseModelSpecVideoModelConstraintsModelType,
    )
    from .model_response_object import ModelResponseObject
    from .model_response_owned_by import ModelResponseOwnedBy
    from .model_response_type import ModelResponseType
    from .model_trait_schema import ModelTraitSchema
    from .multi_edit_image_files_body import MultiEditImageFilesBody
    from .multi_edit_image_files_body_model_id import MultiEditImageFilesBodyModelId
    from .multi_edit_image_json_body import MultiEditImageJsonBody
    from .multi_edit_image_json_body_model_id import MultiEditImageJsonBodyModelId
    from .multi_edit_image_multipart_request import MultiEditImageMultipartRequest
    from .multi_edit_image_multipart_request_aspect_ratio import (
        MultiEditImageMultipartRequestAspectRatio,
    )
    from .multi_edit_image_multipart_request_output_format import (
        MultiEditImageMultipartRequestOutputFormat,
    )
    from .multi_edit_image_multipart_request_quality import (
        MultiEditImageMultipartRequestQuality,
    )
    from .multi_edit_image_request import MultiEditImageRequest
    from .multi_edit_image_request_aspect_ratio import MultiEditImageRequestAspectRatio
    from .multi_edit_image_request_output_format import (
        MultiEditImageRequestOutputFormat,
    )
    from .multi_edit_image_request_quality import MultiEditImageRequestQuality
    from .payload_too_large_error import PayloadTooLargeError
    from .payload_too_large_error_code import PayloadTooLargeErrorCode
    from .post_api_key_generate_web_3_key_body import PostApiKeyGenerateWeb3KeyBody
    from .post_api_key_generate_web_3_key_body_api_key_type import (
        PostApiKeyGenerateWeb3KeyBodyApiKeyType,
    )
    from .post_api_key_generate_web_3_key_body_consumption_limit import (
        PostApiKeyGenerateWeb3KeyBodyConsumptionLimit,
    )
    from .post_api_key_generate_web_3_key_body_expires_at_type_0 import (
        PostApiKeyGenerateWeb3KeyBodyExpiresAtType0,
    )
    from .post_api_key_generate_web_3_key_body_limit_period import (
        PostApiKeyGenerateWeb3KeyBodyLimitPeriod,
    )
    from .post_api_key_generate_web_3_key_body_model_privacy import (
        PostApiKeyGenerateWeb3KeyBodyModelPrivacy,
    )
    from .post_api_key_generate_web_3_key_response_200 import (
        PostApiKeyGenerateWeb3KeyResponse200,
    )
    from .post_api_key_generate_web_3_key_response_200_data import (
        PostApiKeyGenerateWeb3KeyResponse200Data,
    )
    from .post_api_key_generate_web_3_key_response_200_data_api_key_type import (
        PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType,
    )
    from .post_api_key_generate_web_3_key_response_200_data_consumption_limit import (
        PostApiKeyGenerateWeb3KeyResponse200DataConsumptionLimit,
    )
    from .post_api_key_generate_web_3_key_response_200_data_limit_period import (
        PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod,
    )
    from .post_api_key_generate_web_3_key_response_200_data_model_privacy import (
        PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy,
    )
    from .provider_content_policy_error import ProviderContentPolicyError
    from .provider_content_policy_error_error import ProviderContentPolicyErrorError
    from .provider_content_policy_error_error_type import (
        ProviderContentPolicyErrorErrorType,
    )
    from .queue_audio_request import QueueAudioRequest
    from .queue_audio_response_200 import QueueAudioResponse200
    from .queue_audio_response_200_status import QueueAudioResponse200Status
    from .queue_video_request import QueueVideoRequest
    from .queue_video_request_aspect_ratio import QueueVideoRequestAspectRatio
    from .queue_video_request_consents import QueueVideoRequestConsents
    from .queue_video_request_consents_seedance import QueueVideoRequestConsentsSeedance
    from .queue_video_request_duration import QueueVideoRequestDuration
    from .queue_video_request_elements_item import QueueVideoRequestElementsItem
    from .queue_video_request_keyframes_item import QueueVideoRequestKeyframesItem
    from .queue_video_request_omni_reference_task_type import (
        QueueVideoRequestOmniReferenceTaskType,
    )
    from .queue_video_request_resolution import QueueVideoRequestResolution
    from .queue_video_request_upscale_factor import QueueVideoRequestUpscaleFactor
    from .queue_video_response_200 import QueueVideoResponse200
    from .queue_video_response_409 import QueueVideoResponse409
    from .queue_video_response_409_consent import QueueVideoResponse409Consent
    from .queue_video_response_409_consent_flow import QueueVideoResponse409ConsentFlow
    from .queue_video_response_409_error import QueueVideoResponse409Error
    from .queue_video_response_409_error_code import QueueVideoResponse409ErrorCode
    from .queue_video_response_409_face_media_roles_item import (
        QueueVideoResponse409FaceMediaRolesItem,
    )
    from .quote_audio_request import QuoteAudioRequest
    from .quote_audio_response_200 import QuoteAudioResponse200
    from .quote_video_request import QuoteVideoRequest
    from .quote_video_request_aspect_ratio import QuoteVideoRequestAspectRatio
    from .quote_video_request_duration import QuoteVideoRequestDuration
    from .quote_video_request_resolution import QuoteVideoRequestResolution
    from .quote_video_request_upscale_factor import QuoteVideoRequestUpscaleFactor
    from .quote_video_response_200 import QuoteVideoResponse200
    from .response_stream_event import ResponseStreamEvent
    from .response_stream_event_item import ResponseStreamEventItem
    from .response_stream_event_part import ResponseStreamEventPart
    from .responses_api_request import ResponsesAPIRequest
    from .responses_api_request_code_interpreter_tool import (
        ResponsesAPIRequestCodeInterpreterTool,
    )
    from .responses_api_request_code_interpreter_tool_container import (
        ResponsesAPIRequestCodeInterpreterToolContainer,
    )
    from .responses_api_request_code_interpreter_tool_type import (
        ResponsesAPIRequestCodeInterpreterToolType,
    )
    from .responses_api_request_computer_use_tool import (
        ResponsesAPIRequestComputerUseTool,
    )
    from .responses_api_request_computer_use_tool_type import (
        ResponsesAPIRequestComputerUseToolType,
    )
    from .responses_api_request_fallbacks_item import ResponsesAPIRequestFallbacksItem
    from .responses_api_request_file_search_tool import (
        ResponsesAPIRequestFileSearchTool,
    )
    from .responses_api_request_file_search_tool_ranking_options import (
        ResponsesAPIRequestFileSearchToolRankingOptions,
    )
    from .responses_api_request_file_search_tool_type import (
        ResponsesAPIRequestFileSearchToolType,
    )
    from .responses_api_request_function_call import ResponsesAPIRequestFunctionCall
    from .responses_api_request_function_call_output import (
        ResponsesAPIRequestFunctionCallOutput,
    )
    from .responses_api_request_function_call_output_output_type_2 import (
        ResponsesAPIRequestFunctionCallOutputOutputType2,
    )
    from .responses_api_request_function_call_output_type import (
        ResponsesAPIRequestFunctionCallOutputType,
    )
    from .responses_api_request_function_call_status import (
        ResponsesAPIRequestFunctionCallStatus,
    )
    from .responses_api_request_function_call_type import (
        ResponsesAPIRequestFunctionCallType,
    )
    from .responses_api_request_function_tool import ResponsesAPIRequestFunctionTool
    from .responses_api_request_function_tool_function import (
        ResponsesAPIRequestFunctionToolFunction,
    )
    from .responses_api_request_function_tool_function_parameters import (
        ResponsesAPIRequestFunctionToolFunctionParameters,
    )
    from .responses_api_request_function_tool_type import (
        ResponsesAPIRequestFunctionToolType,
    )
    from .responses_api_request_generic_tool import ResponsesAPIRequestGenericTool
    from .responses_api_request_input_message import ResponsesAPIRequestInputMessage
    from .responses_api_request_input_message_flexible import (
        ResponsesAPIRequestInputMessageFlexible,
    )
    from .responses_api_request_input_message_flexible_content_type_1_item_type_1 import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1,
    )
    from .responses_api_request_input_message_flexible_content_type_1_item_type_1_type import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type,
    )
    from .responses_api_request_input_message_flexible_content_type_1_item_type_2 import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2,
    )
    from .responses_api_request_input_message_flexible_content_type_1_item_type_2_image_url_type_1 import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1,
    )
    from .responses_api_request_input_message_flexible_content_type_1_item_type_2_image_url_type_1_detail import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1Detail,
    )
    from .responses_api_request_input_message_flexible_content_type_1_item_type_2_type import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2Type,
    )
    from .responses_api_request_input_message_flexible_input_image import (
        ResponsesAPIRequestInputMessageFlexibleInputImage,
    )
    from .responses_api_request_input_message_flexible_input_image_image_url import (
        ResponsesAPIRequestInputMessageFlexibleInputImageImageUrl,
    )
    from .responses_api_request_input_message_flexible_input_image_image_url_detail import (
        ResponsesAPIRequestInputMessageFlexibleInputImageImageUrlDetail,
    )
    from .responses_api_request_input_message_flexible_input_image_type import (
        ResponsesAPIRequestInputMessageFlexibleInputImageType,
    )
    from .responses_api_request_input_message_flexible_input_text import (
        ResponsesAPIRequestInputMessageFlexibleInputText,
    )
    from .responses_api_request_input_message_flexible_input_text_type import (
        ResponsesAPIRequestInputMessageFlexibleInputTextType,
    )
    from .responses_api_request_input_message_flexible_output_text_for_history import (
        ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory,
    )
    from .responses_api_request_input_message_flexible_output_text_for_history_type import (
        ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType,
    )
    from .responses_api_request_input_message_flexible_role import (
        ResponsesAPIRequestInputMessageFlexibleRole,
    )
    from .responses_api_request_input_message_flexible_status import (
        ResponsesAPIRequestInputMessageFlexibleStatus,
    )
    from .responses_api_request_input_message_input_image import (
        ResponsesAPIRequestInputMessageInputImage,
    )
    from .responses_api_request_input_message_input_image_image_url import (
        ResponsesAPIRequestInputMessageInputImageImageUrl,
    )
    from .responses_api_request_input_message_input_image_image_url_detail import (
        ResponsesAPIRequestInputMessageInputImageImageUrlDetail,
    )
    from .responses_api_request_input_message_input_image_type import (
        ResponsesAPIRequestInputMessageInputImageType,
    )
    from .responses_api_request_input_message_input_text import (
        ResponsesAPIRequestInputMessageInputText,
    )
    from .responses_api_request_input_message_input_text_type import (
        ResponsesAPIRequestInputMessageInputTextType,
    )
    from .responses_api_request_input_message_output_text_for_history import (
        ResponsesAPIRequestInputMessageOutputTextForHistory,
    )
    from .responses_api_request_input_message_output_text_for_history_type import (
        ResponsesAPIRequestInputMessageOutputTextForHistoryType,
    )
    from .responses_api_request_input_message_role import (
        ResponsesAPIRequestInputMessageRole,
    )
    from .responses_api_request_input_message_status import (
        ResponsesAPIRequestInputMessageStatus,
    )
    from .responses_api_request_input_message_type import (
        ResponsesAPIRequestInputMessageType,
    )
    from .responses_api_request_item_reference import ResponsesAPIRequestItemReference
    from .responses_api_request_item_reference_type import (
        ResponsesAPIRequestItemReferenceType,
    )
    from .responses_api_request_reasoning import ResponsesAPIRequestReasoning
    from .responses_api_request_reasoning_configuration import (
        ResponsesAPIRequestReasoningConfiguration,
    )
    from .responses_api_request_reasoning_configuration_effort import (
        ResponsesAPIRequestReasoningConfigurationEffort,
    )
    from .responses_api_request_reasoning_configuration_summary import (
        ResponsesAPIRequestReasoningConfigurationSummary,
    )
    from .responses_api_request_reasoning_status_type_1 import (
        ResponsesAPIRequestReasoningStatusType1,
    )
    from .responses_api_request_reasoning_status_type_2_type_1 import (
        ResponsesAPIRequestReasoningStatusType2Type1,
    )
    from .responses_api_request_reasoning_status_type_3_type_1 import (
        ResponsesAPIRequestReasoningStatusType3Type1,
    )
    from .responses_api_request_reasoning_type import ResponsesAPIRequestReasoningType
    from .responses_api_request_tool_choice_type_0 import (
        ResponsesAPIRequestToolChoiceType0,
    )
    from .responses_api_request_tool_choice_type_1 import (
        ResponsesAPIRequestToolChoiceType1,
    )
    from .responses_api_request_tool_choice_type_2 import (
        ResponsesAPIRequestToolChoiceType2,
    )
    from .responses_api_request_tool_choice_type_3 import (
        ResponsesAPIRequestToolChoiceType3,
    )
    from .responses_api_request_tool_choice_type_3_function import (
        ResponsesAPIRequestToolChoiceType3Function,
    )
    from .responses_api_request_tool_choice_type_3_type import (
        ResponsesAPIRequestToolChoiceType3Type,
    )
    from .responses_api_request_venice_parameters import (
        ResponsesAPIRequestVeniceParameters,
    )
    from .responses_api_request_venice_parameters_enable_web_search import (
        ResponsesAPIRequestVeniceParametersEnableWebSearch,
    )
    from .responses_api_request_web_search_tool import ResponsesAPIRequestWebSearchTool
    from .responses_api_request_web_search_tool_search_context_size import (
        ResponsesAPIRequestWebSearchToolSearchContextSize,
    )
    from .responses_api_request_web_search_tool_type import (
        ResponsesAPIRequestWebSearchToolType,
    )
    from .responses_api_request_web_search_tool_user_location import (
        ResponsesAPIRequestWebSearchToolUserLocation,
    )
    from .responses_api_request_web_search_tool_user_location_type import (
        ResponsesAPIRequestWebSearchToolUserLocationType,
    )
    from .responses_api_request_x_search_tool import ResponsesAPIRequestXSearchTool
    from .responses_api_request_x_search_tool_type import (
        ResponsesAPIRequestXSearchToolType,
    )
    from .responses_api_response import ResponsesAPIResponse
    from .responses_api_response_error import ResponsesAPIResponseError
    from .responses_api_response_function_call_output import (
        ResponsesAPIResponseFunctionCallOutput,
    )
    from .responses_api_response_function_call_output_status import (
        ResponsesAPIResponseFunctionCallOutputStatus,
    )
    from .responses_api_response_function_call_output_type import (
        ResponsesAPIResponseFunctionCallOutputType,
    )
    from .responses_api_response_message_output import ResponsesAPIResponseMessageOutput
    from .responses_api_response_message_output_output_text import (
        ResponsesAPIResponseMessageOutputOutputText,
    )
    from .responses_api_response_message_output_output_text_type import (
        ResponsesAPIResponseMessageOutputOutputTextType,
    )
    from .responses_api_response_message_output_output_text_url_citation_annotation import (
        ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation,
    )
    from .responses_api_response_message_output_output_text_url_citation_annotation_type import (
        ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType,
    )
    from .responses_api_response_message_output_role import (
        ResponsesAPIResponseMessageOutputRole,
    )
    from .responses_api_response_message_output_status import (
        ResponsesAPIResponseMessageOutputStatus,
    )
    from .responses_api_response_message_output_type import (
        ResponsesAPIResponseMessageOutputType,
    )
    from .responses_api_response_object import ResponsesAPIResponseObject
    from .responses_api_response_reasoning_output import (
        ResponsesAPIResponseReasoningOutput,
    )
    from .responses_api_response_reasoning_output_type import (
        ResponsesAPIResponseReasoningOutputType,
    )
    from .responses_api_response_status import ResponsesAPIResponseStatus
    from .responses_api_response_usage import ResponsesAPIResponseUsage
    from .responses_api_response_usage_input_tokens_details import (
        ResponsesAPIResponseUsageInputTokensDetails,
    )
    from .responses_api_response_usage_output_tokens_details import (
        ResponsesAPIResponseUsageOutputTokensDetails,
    )
    from .responses_api_response_web_search_call_output import (
        ResponsesAPIResponseWebSearchCallOutput,
    )
    from .responses_api_response_web_search_call_output_status import (
        ResponsesAPIResponseWebSearchCallOutputStatus,
    )
    from .responses_api_response_web_search_call_output_type import (
        ResponsesAPIResponseWebSearchCallOutputType,
    )
    from .retrieve_audio_request import RetrieveAudioRequest
    from .retrieve_audio_response_200 import RetrieveAudioResponse200
    from .retrieve_audio_response_200_status import RetrieveAudioResponse200Status
    from .retrieve_video_request import RetrieveVideoRequest
    from .retrieve_video_response_200 import RetrieveVideoResponse200
    from .retrieve_video_response_200_status import RetrieveVideoResponse200Status
    from .simple_generate_image_request import SimpleGenerateImageRequest
    from .simple_generate_image_request_background_type_1 import (
        SimpleGenerateImageRequestBackgroundType1,
    )
    from .simple_generate_image_request_background_type_2_type_1 import (
        SimpleGenerateImageRequestBackgroundType2Type1,
    )
    from .simple_generate_image_request_background_type_3_type_1 import (
        SimpleGenerateImageRequestBackgroundType3Type1,
    )
    from .simple_generate_image_request_moderation_type_1 import (
        SimpleGenerateImageRequestModerationType1,
    )
    from .simple_generate_image_request_moderation_type_2_type_1 import (
        SimpleGenerateImageRequestModerationType2Type1,
    )
    from .simple_generate_image_request_moderation_type_3_type_1 import (
        SimpleGenerateImageRequestModerationType3Type1,
    )
    from .simple_generate_image_request_output_format import (
        SimpleGenerateImageRequestOutputFormat,
    )
    from .simple_generate_image_request_quality_type_1 import (
        SimpleGenerateImageRequestQualityType1,
    )
    from .simple_generate_image_request_quality_type_2_type_1 import (
        SimpleGenerateImageRequestQualityType2Type1,
    )
    from .simple_generate_image_request_quality_type_3_type_1 import (
        SimpleGenerateImageRequestQualityType3Type1,
    )
    from .simple_generate_image_request_response_format_type_1 import (
        SimpleGenerateImageRequestResponseFormatType1,
    )
    from .simple_generate_image_request_response_format_type_2_type_1 import (
        SimpleGenerateImageRequestResponseFormatType2Type1,
    )
    from .simple_generate_image_request_response_format_type_3_type_1 import (
        SimpleGenerateImageRequestResponseFormatType3Type1,
    )
    from .simple_generate_image_request_size_type_1 import (
        SimpleGenerateImageRequestSizeType1,
    )
    from .simple_generate_image_request_size_type_2_type_1 import (
        SimpleGenerateImageRequestSizeType2Type1,
    )
    from .simple_generate_image_request_size_type_3_type_1 import (
        SimpleGenerateImageRequestSizeType3Type1,
    )
    from .simple_generate_image_request_style_type_1 import (
        SimpleGenerateImageRequestStyleType1,
    )
    from .simple_generate_image_request_style_type_2_type_1 import (
        SimpleGenerateImageRequestStyleType2Type1,
    )
    from .simple_generate_image_request_style_type_3_type_1 import (
        SimpleGenerateImageRequestStyleType3Type1,
    )
    from .simple_generate_image_response_200 import SimpleGenerateImageResponse200
    from .simple_generate_image_response_200_data_item_type_0 import (
        SimpleGenerateImageResponse200DataItemType0,
    )
    from .simple_generate_image_response_200_data_item_type_1 import (
        SimpleGenerateImageResponse200DataItemType1,
    )
    from .standard_error import StandardError
    from .text_parser_request import TextParserRequest
    from .text_parser_request_response_format import TextParserRequestResponseFormat
    from .text_parser_response import TextParserResponse
    from .top_up_x402_balance_body import TopUpX402BalanceBody
    from .top_up_x402_balance_response_200 import TopUpX402BalanceResponse200
    from .top_up_x402_balance_response_200_data import TopUpX402BalanceResponse200Data
    from .top_up_x402_balance_response_400 import TopUpX402BalanceResponse400
    from .top_up_x402_balance_response_400_details import (
        TopUpX402BalanceResponse400Details,
    )
    from .top_up_x402_balance_response_402 import TopUpX402BalanceResponse402
    from .top_up_x402_balance_response_402_accepts_item import (
        TopUpX402BalanceResponse402AcceptsItem,
    )
    from .top_up_x402_balance_response_402_accepts_item_extra import (
        TopUpX402BalanceResponse402AcceptsItemExtra,
    )
    from .top_up_x402_balance_response_402_accepts_item_scheme import (
        TopUpX402BalanceResponse402AcceptsItemScheme,
    )
    from .top_up_x402_balance_response_500 import TopUpX402BalanceResponse500
    from .top_up_x402_balance_response_500_details import (
        TopUpX402BalanceResponse500Details,
    )
    from .update_api_key_body import UpdateApiKeyBody
    from .update_api_key_body_consumption_limit import UpdateApiKeyBodyConsumptionLimit
    from .update_api_key_body_expires_at_type_0 import UpdateApiKeyBodyExpiresAtType0
    from .update_api_key_body_limit_period import UpdateApiKeyBodyLimitPeriod
    from .update_api_key_body_model_privacy import UpdateApiKeyBodyModelPrivacy
    from .update_api_key_response_200 import UpdateApiKeyResponse200
    from .update_api_key_response_200_data import UpdateApiKeyResponse200Data
    from .update_api_key_response_200_data_api_key_type import (
        UpdateApiKeyResponse200DataApiKeyType,
    )
    from .update_api_key_response_200_data_consumption_limits import (
        UpdateApiKeyResponse200DataConsumptionLimits,
    )
    from .update_api_key_response_200_data_limit_period import (
        UpdateApiKeyResponse200DataLimitPeriod,
    )
    from .update_api_key_response_200_data_model_privacy import (
        UpdateApiKeyResponse200DataModelPrivacy,
    )
    from .upscale_image_request import UpscaleImageRequest
    from .video_url import VideoUrl
    from .video_url_cache_control import VideoUrlCacheControl
    from .video_url_cache_control_type import VideoUrlCacheControlType
    from .video_url_type import VideoUrlType
    from .video_url_video_url_object import VideoUrlVideoURLObject
    from .web_scrape_request import WebScrapeRequest
    from .web_scrape_response import WebScrapeResponse
    from .web_scrape_response_format import WebScrapeResponseFormat
    from .web_search_request import WebSearchRequest
    from .web_search_request_search_provider import WebSearchRequestSearchProvider
    from .web_search_response import WebSearchResponse
    from .web_search_response_results_item import WebSearchResponseResultsItem
    from .x402_inference_payment_required_type_0 import (
        X402InferencePaymentRequiredType0,
    )
    from .x402_inference_payment_required_type_0_accepts_item import (
        X402InferencePaymentRequiredType0AcceptsItem,
    )
    from .x402_inference_payment_required_type_0_accepts_item_extra import (
        X402InferencePaymentRequiredType0AcceptsItemExtra,
    )
    from .x402_inference_payment_required_type_0_accepts_item_scheme import (
        X402InferencePaymentRequiredType0AcceptsItemScheme,
    )
    from .x402_inference_payment_required_type_0_auth_options import (
        X402InferencePaymentRequiredType0AuthOptions,
    )
    from .x402_inference_payment_required_type_0_auth_options_api_key import (
        X402InferencePaymentRequiredType0AuthOptionsApiKey,
    )
    from .x402_inference_payment_required_type_0_auth_options_x402_wallet import (
        X402InferencePaymentRequiredType0AuthOptionsX402Wallet,
    )
    from .x402_inference_payment_required_type_0_extensions import (
        X402InferencePaymentRequiredType0Extensions,
    )
    from .x402_inference_payment_required_type_0_resource import (
        X402InferencePaymentRequiredType0Resource,
    )
    from .x402_inference_payment_required_type_1 import (
        X402InferencePaymentRequiredType1,
    )
    from .x402_inference_payment_required_type_1_code import (
        X402InferencePaymentRequiredType1Code,
    )
    from .x402_inference_payment_required_type_1_error import (
        X402InferencePaymentRequiredType1Error,
    )
    from .x402_inference_payment_required_type_1_reason import (
        X402InferencePaymentRequiredType1Reason,
    )
    from .x402_inference_payment_required_type_1_siwx_challenge import (
        X402InferencePaymentRequiredType1SiwxChallenge,
    )
    from .x402_inference_payment_required_type_1_siwx_challenge_info import (
        X402InferencePaymentRequiredType1SiwxChallengeInfo,
    )
    from .x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item import (
        X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem,
    )
    from .x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item_type import (
        X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType,
    )
    from .x402_inference_payment_required_type_1_top_up_instructions import (
        X402InferencePaymentRequiredType1TopUpInstructions,
    )

_MODULE_OF = {
    "BackgroundRemoveImageRequest": ".background_remove_image_request",
    "BillingBalanceResponse": ".billing_balance_response",
    "BillingBalanceResponseBalances": ".billing_balance_response_balances",
    "BillingBalanceResponseConsumptionCurrencyType1": ".billing_balance_response_consumption_currency_type_1",
    "BillingBalanceResponseConsumptionCurrencyType2Type1": ".billing_balance_response_consumption_currency_type_2_type_1",
    "BillingBalanceResponseConsumptionCurrencyType3Type1": ".billing_balance_response_consumption_currency_type_3_type_1",
    "BillingUsageAnalyticsRequest": ".billing_usage_analytics_request",
    "BillingUsageAnalyticsResponse": ".billing_usage_analytics_response",
    "BillingUsageAnalyticsResponseByDateItem": ".billing_usage_analytics_response_by_date_item",
    "BillingUsageAnalyticsResponseByKeyDailyItem": ".billing_usage_analytics_response_by_key_daily_item",
    "BillingUsageAnalyticsResponseByKeyItem": ".billing_usage_analytics_response_by_key_item",
    "BillingUsageAnalyticsResponseByModelDailyItem": ".billing_usage_analytics_response_by_model_daily_item",
    "BillingUsageAnalyticsResponseByModelItem": ".billing_usage_analytics_response_by_model_item",
    "BillingUsageAnalyticsResponseByModelItemBreakdownItem": ".billing_usage_analytics_response_by_model_item_breakdown_item",
    "BillingUsageHistoryRequest": ".billing_usage_history_request",
    "BillingUsageHistoryRequestCurrency": ".billing_usage_history_request_currency",
    "BillingUsageHistoryResponse": ".billing_usage_history_response",
    "BillingUsageHistoryResponseDataItem": ".billing_usage_history_response_data_item",
    "BillingUsageHistoryResponseDataItemCurrency": ".billing_usage_history_response_data_item_currency",
    "BillingUsageHistoryResponseDataItemInferenceDetailsType0": ".billing_usage_history_response_data_item_inference_details_type_0",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionChunkChoiceLogprobsType0": ".chat_completion_chunk_choice_logprobs_type_0",
    "ChatCompletionChunkDelta": ".chat_completion_chunk_delta",
    "ChatCompletionChunkObject": ".chat_completion_chunk_object",
    "ChatCompletionChunkToolCall": ".chat_completion_chunk_tool_call",
    "ChatCompletionChunkToolCallFunction": ".chat_completion_chunk_tool_call_function",
    "ChatCompletionChunkUsage": ".chat_completion_chunk_usage",
    "ChatCompletionChunkUsageCompletionTokensDetailsType0": ".chat_completion_chunk_usage_completion_tokens_details_type_0",
    "ChatCompletionChunkUsagePromptTokensDetailsType0": ".chat_completion_chunk_usage_prompt_tokens_details_type_0",
    "ChatCompletionChunkVeniceParameters": ".chat_completion_chunk_venice_parameters",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallFunction": ".chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallType": ".chat_completion_message_tool_call_type",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestAssistantMessage": ".chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageReasoningDetailsItem": ".chat_completion_request_assistant_message_reasoning_details_item",
    "ChatCompletionRequestAssistantMessageRole": ".chat_completion_request_assistant_message_role",
    "ChatCompletionRequestAssistantMessageText": ".chat_completion_request_assistant_message_text",
    "ChatCompletionRequestAssistantMessageTextCacheControl": ".chat_completion_request_assistant_message_text_cache_control",
    "ChatCompletionRequestAssistantMessageTextCacheControlType": ".chat_completion_request_assistant_message_text_cache_control_type",
    "ChatCompletionRequestAssistantMessageTextTextContentString": ".chat_completion_request_assistant_message_text_text_content_string",
    "ChatCompletionRequestDeveloperMessage": ".chat_completion_request_developer_message",
    "ChatCompletionRequestDeveloperMessageRole": ".chat_completion_request_developer_message_role",
    "ChatCompletionRequestDeveloperMessageText": ".chat_completion_request_developer_message_text",
    "ChatCompletionRequestDeveloperMessageTextCacheControl": ".chat_completion_request_developer_message_text_cache_control",
    "ChatCompletionRequestDeveloperMessageTextCacheControlType": ".chat_completion_request_developer_message_text_cache_control_type",
    "ChatCompletionRequestDeveloperMessageTextTextContentString": ".chat_completion_request_developer_message_text_text_content_string",
    "ChatCompletionRequestFallbacksItem": ".chat_completion_request_fallbacks_item",
    "ChatCompletionRequestMetadata": ".chat_completion_request_metadata",
    "ChatCompletionRequestPromptCacheRetention": ".chat_completion_request_prompt_cache_retention",
    "ChatCompletionRequestReasoning": ".chat_completion_request_reasoning",
    "ChatCompletionRequestReasoningEffort": ".chat_completion_request_reasoning_effort",
    "ChatCompletionRequestReasoningSummary": ".chat_completion_request_reasoning_summary",
    "ChatCompletionRequestResponseFormatJsonObject": ".chat_completion_request_response_format_json_object",
    "ChatCompletionRequestResponseFormatJsonObjectType": ".chat_completion_request_response_format_json_object_type",
    "ChatCompletionRequestResponseFormatJsonSchema": ".chat_completion_request_response_format_json_schema",
    "ChatCompletionRequestResponseFormatJsonSchemaJsonSchema": ".chat_completion_request_response_format_json_schema_json_schema",
    "ChatCompletionRequestResponseFormatJsonSchemaType": ".chat_completion_request_response_format_json_schema_type",
    "ChatCompletionRequestResponseFormatText": ".chat_completion_request_response_format_text",
    "ChatCompletionRequestResponseFormatTextType": ".chat_completion_request_response_format_text_type",
    "ChatCompletionRequestStreamOptions": ".chat_completion_request_stream_options",
    "ChatCompletionRequestSystemMessage": ".chat_completion_request_system_message",
    "ChatCompletionRequestSystemMessageRole": ".chat_completion_request_system_message_role",
    "ChatCompletionRequestSystemMessageText": ".chat_completion_request_system_message_text",
    "ChatCompletionRequestSystemMessageTextCacheControl": ".chat_completion_request_system_message_text_cache_control",
    "ChatCompletionRequestSystemMessageTextCacheControlType": ".chat_completion_request_system_message_text_cache_control_type",
    "ChatCompletionRequestSystemMessageTextTextContentString": ".chat_completion_request_system_message_text_text_content_string",
    "ChatCompletionRequestText": ".chat_completion_request_text",
    "ChatCompletionRequestTextVerbosity": ".chat_completion_request_text_verbosity",
    "ChatCompletionRequestToolChoiceType0": ".chat_completion_request_tool_choice_type_0",
    "ChatCompletionRequestToolChoiceType0Function": ".chat_completion_request_tool_choice_type_0_function",
    "ChatCompletionRequestToolMessage": ".chat_completion_request_tool_message",
    "ChatCompletionRequestToolMessageRole": ".chat_completion_request_tool_message_role",
    "ChatCompletionRequestToolsType0ItemType0": ".chat_completion_request_tools_type_0_item_type_0",
    "ChatCompletionRequestToolsType0ItemType0Type": ".chat_completion_request_tools_type_0_item_type_0_type",
    "ChatCompletionRequestToolsType0ItemType1": ".chat_completion_request_tools_type_0_item_type_1",
    "ChatCompletionRequestToolsType0ItemType1Function": ".chat_completion_request_tools_type_0_item_type_1_function",
    "ChatCompletionRequestToolsType0ItemType1FunctionParameters": ".chat_completion_request_tools_type_0_item_type_1_function_parameters",
    "ChatCompletionRequestUserMessage": ".chat_completion_request_user_message",
    "ChatCompletionRequestUserMessageFile": ".chat_completion_request_user_message_file",
    "ChatCompletionRequestUserMessageFileCacheControl": ".chat_completion_request_user_message_file_cache_control",
    "ChatCompletionRequestUserMessageFileCacheControlType": ".chat_completion_request_user_message_file_cache_control_type",
    "ChatCompletionRequestUserMessageFileFileObject": ".chat_completion_request_user_message_file_file_object",
    "ChatCompletionRequestUserMessageFileType": ".chat_completion_request_user_message_file_type",
    "ChatCompletionRequestUserMessageImageUrl": ".chat_completion_request_user_message_image_url",
    "ChatCompletionRequestUserMessageImageUrlCacheControl": ".chat_completion_request_user_message_image_url_cache_control",
    "ChatCompletionRequestUserMessageImageUrlCacheControlType": ".chat_completion_request_user_message_image_url_cache_control_type",
    "ChatCompletionRequestUserMessageImageUrlImageURLObject": ".chat_completion_request_user_message_image_url_image_url_object",
    "ChatCompletionRequestUserMessageImageUrlType": ".chat_completion_request_user_message_image_url_type",
    "ChatCompletionRequestUserMessageInputAudio": ".chat_completion_request_user_message_input_audio",
    "ChatCompletionRequestUserMessageInputAudioCacheControl": ".chat_completion_request_user_message_input_audio_cache_control",
    "ChatCompletionRequestUserMessageInputAudioCacheControlType": ".chat_completion_request_user_message_input_audio_cache_control_type",
    "ChatCompletionRequestUserMessageInputAudioInputAudioObject": ".chat_completion_request_user_message_input_audio_input_audio_object",
    "ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat": ".chat_completion_request_user_message_input_audio_input_audio_object_format",
    "ChatCompletionRequestUserMessageInputAudioType": ".chat_completion_request_user_message_input_audio_type",
    "ChatCompletionRequestUserMessageRole": ".chat_completion_request_user_message_role",
    "ChatCompletionRequestUserMessageText": ".chat_completion_request_user_message_text",
    "ChatCompletionRequestUserMessageTextCacheControl": ".chat_completion_request_user_message_text_cache_control",
    "ChatCompletionRequestUserMessageTextCacheControlType": ".chat_completion_request_user_message_text_cache_control_type",
    "ChatCompletionRequestUserMessageTextTextContentString": ".chat_completion_request_user_message_text_text_content_string",
    "ChatCompletionRequestUserMessageVideoUrl": ".chat_completion_request_user_message_video_url",
    "ChatCompletionRequestUserMessageVideoUrlCacheControl": ".chat_completion_request_user_message_video_url_cache_control",
    "ChatCompletionRequestUserMessageVideoUrlCacheControlType": ".chat_completion_request_user_message_video_url_cache_control_type",
    "ChatCompletionRequestUserMessageVideoUrlType": ".chat_completion_request_user_message_video_url_type",
    "ChatCompletionRequestUserMessageVideoUrlVideoURLObject": ".chat_completion_request_user_message_video_url_video_url_object",
    "ChatCompletionRequestVeniceParameters": ".chat_completion_request_venice_parameters",
    "ChatCompletionRequestVeniceParametersEnableWebSearch": ".chat_completion_request_venice_parameters_enable_web_search",
    "ChatCompletionRequestVerbosity": ".chat_completion_request_verbosity",
    "CompleteAudioRequest": ".complete_audio_request",
    "CompleteAudioResponse200": ".complete_audio_response_200",
    "CompleteVideoRequest": ".complete_video_request",
    "CompleteVideoResponse200": ".complete_video_response_200",
    "ContentViolationError": ".content_violation_error",
    "CreateApiKeyBody": ".create_api_key_body",
    "CreateApiKeyBodyApiKeyType": ".create_api_key_body_api_key_type",
    "CreateApiKeyBodyConsumptionLimit": ".create_api_key_body_consumption_limit",
    "CreateApiKeyBodyExpiresAtType0": ".create_api_key_body_expires_at_type_0",
    "CreateApiKeyBodyLimitPeriod": ".create_api_key_body_limit_period",
    "CreateApiKeyBodyModelPrivacy": ".create_api_key_body_model_privacy",
    "CreateApiKeyResponse200": ".create_api_key_response_200",
    "CreateApiKeyResponse200Data": ".create_api_key_response_200_data",
    "CreateApiKeyResponse200DataApiKeyType": ".create_api_key_response_200_data_api_key_type",
    "CreateApiKeyResponse200DataConsumptionLimit": ".create_api_key_response_200_data_consumption_limit",
    "CreateApiKeyResponse200DataLimitPeriod": ".create_api_key_response_200_data_limit_period",
    "CreateApiKeyResponse200DataModelPrivacy": ".create_api_key_response_200_data_model_privacy",
    "CreateChatCompletionResponse200": ".create_chat_completion_response_200",
    "CreateChatCompletionResponse200ChoicesItem": ".create_chat_completion_response_200_choices_item",
    "CreateChatCompletionResponse200ChoicesItemAssistantMessage": ".create_chat_completion_response_200_choices_item_assistant_message",
    "CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem": ".create_chat_completion_response_200_choices_item_assistant_message_reasoning_details_item",
    "CreateChatCompletionResponse200ChoicesItemAssistantMessageRole": ".create_chat_completion_response_200_choices_item_assistant_message_role",
    "CreateChatCompletionResponse200ChoicesItemFinishReason": ".create_chat_completion_response_200_choices_item_finish_reason",
    "CreateChatCompletionResponse200ChoicesItemLogprobsType0": ".create_chat_completion_response_200_choices_item_logprobs_type_0",
    "CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem": ".create_chat_completion_response_200_choices_item_logprobs_type_0_top_logprobs_item",
    "CreateChatCompletionResponse200ChoicesItemStopReasonType1": ".create_chat_completion_response_200_choices_item_stop_reason_type_1",
    "CreateChatCompletionResponse200ChoicesItemStopReasonType2Type1": ".create_chat_completion_response_200_choices_item_stop_reason_type_2_type_1",
    "CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1": ".create_chat_completion_response_200_choices_item_stop_reason_type_3_type_1",
    "CreateChatCompletionResponse200Cost": ".create_chat_completion_response_200_cost",
    "CreateChatCompletionResponse200Object": ".create_chat_completion_response_200_object",
    "CreateChatCompletionResponse200PromptLogprobsType0Type0": ".create_chat_completion_response_200_prompt_logprobs_type_0_type_0",
    "CreateChatCompletionResponse200Usage": ".create_chat_completion_response_200_usage",
    "CreateChatCompletionResponse200UsageCompletionTokensDetailsType0": ".create_chat_completion_response_200_usage_completion_tokens_details_type_0",
    "CreateChatCompletionResponse200UsagePromptTokensDetailsType0": ".create_chat_completion_response_200_usage_prompt_tokens_details_type_0",
    "CreateChatCompletionResponse200VeniceParameters": ".create_chat_completion_response_200_venice_parameters",
    "CreateChatCompletionResponse200VeniceParametersEnableWebSearch": ".create_chat_completion_response_200_venice_parameters_enable_web_search",
    "CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem": ".create_chat_completion_response_200_venice_parameters_web_search_citations_item",
    "CreateClonedVoiceRequestSchema": ".create_cloned_voice_request_schema",
    "CreateClonedVoiceRequestSchemaModel": ".create_cloned_voice_request_schema_model",
    "CreateClonedVoiceResponse200": ".create_cloned_voice_response_200",
    "CreateEmbeddingRequestSchema": ".create_embedding_request_schema",
    "CreateEmbeddingRequestSchemaEncodingFormat": ".create_embedding_request_schema_encoding_format",
    "CreateEmbeddingRequestSchemaModelType1": ".create_embedding_request_schema_model_type_1",
    "CreateEmbeddingResponse200": ".create_embedding_response_200",
    "CreateEmbeddingResponse200DataItem": ".create_embedding_response_200_data_item",
    "CreateEmbeddingResponse200DataItemObject": ".create_embedding_response_200_data_item_object",
    "CreateEmbeddingResponse200Object": ".create_embedding_response_200_object",
    "CreateEmbeddingResponse200Usage": ".create_embedding_response_200_usage",
    "CreateResponseResponsesAPIResponse": ".create_response_responses_api_response",
    "CreateResponseResponsesAPIResponseError": ".create_response_responses_api_response_error",
    "CreateResponseResponsesAPIResponseFunctionCallOutput": ".create_response_responses_api_response_function_call_output",
    "CreateResponseResponsesAPIResponseFunctionCallOutputStatus": ".create_response_responses_api_response_function_call_output_status",
    "CreateResponseResponsesAPIResponseFunctionCallOutputType": ".create_response_responses_api_response_function_call_output_type",
    "CreateResponseResponsesAPIResponseMessageOutput": ".create_response_responses_api_response_message_output",
    "CreateResponseResponsesAPIResponseMessageOutputOutputText": ".create_response_responses_api_response_message_output_output_text",
    "CreateResponseResponsesAPIResponseMessageOutputOutputTextType": ".create_response_responses_api_response_message_output_output_text_type",
    "CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation": ".create_response_responses_api_response_message_output_output_text_url_citation_annotation",
    "CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType": ".create_response_responses_api_response_message_output_output_text_url_citation_annotation_type",
    "CreateResponseResponsesAPIResponseMessageOutputRole": ".create_response_responses_api_response_message_output_role",
    "CreateResponseResponsesAPIResponseMessageOutputStatus": ".create_response_responses_api_response_message_output_status",
    "CreateResponseResponsesAPIResponseMessageOutputType": ".create_response_responses_api_response_message_output_type",
    "CreateResponseResponsesAPIResponseObject": ".create_response_responses_api_response_object",
    "CreateResponseResponsesAPIResponseReasoningOutput": ".create_response_responses_api_response_reasoning_output",
    "CreateResponseResponsesAPIResponseReasoningOutputType": ".create_response_responses_api_response_reasoning_output_type",
    "CreateResponseResponsesAPIResponseStatus": ".create_response_responses_api_response_status",
    "CreateResponseResponsesAPIResponseUsage": ".create_response_responses_api_response_usage",
    "CreateResponseResponsesAPIResponseUsageInputTokensDetails": ".create_response_responses_api_response_usage_input_tokens_details",
    "CreateResponseResponsesAPIResponseUsageOutputTokensDetails": ".create_response_responses_api_response_usage_output_tokens_details",
    "CreateResponseResponsesAPIResponseWebSearchCallOutput": ".create_response_responses_api_response_web_search_call_output",
    "CreateResponseResponsesAPIResponseWebSearchCallOutputStatus": ".create_response_responses_api_response_web_search_call_output_status",
    "CreateResponseResponsesAPIResponseWebSearchCallOutputType": ".create_response_responses_api_response_web_search_call_output_type",
    "CreateSpeechRequestSchema": ".create_speech_request_schema",
    "CreateSpeechRequestSchemaModel": ".create_speech_request_schema_model",
    "CreateSpeechRequestSchemaResponseFormat": ".create_speech_request_schema_response_format",
    "CreateTextParserBody": ".create_text_parser_body",
    "CreateTextParserBodyResponseFormat": ".create_text_parser_body_response_format",
    "CreateTextParserResponse200": ".create_text_parser_response_200",
    "CreateTranscriptionRequestSchema": ".create_transcription_request_schema",
    "CreateTranscriptionRequestSchemaModel": ".create_transcription_request_schema_model",
    "CreateTranscriptionRequestSchemaResponseFormat": ".create_transcription_request_schema_response_format",
    "CreateTranscriptionResponse200": ".create_transcription_response_200",
    "CreateTranscriptionResponse200Timestamps": ".create_transcription_response_200_timestamps",
    "CreateTranscriptionResponse200TimestampsCharItem": ".create_transcription_response_200_timestamps_char_item",
    "CreateTranscriptionResponse200TimestampsSegmentItem": ".create_transcription_response_200_timestamps_segment_item",
    "CreateTranscriptionResponse200TimestampsWordItem": ".create_transcription_response_200_timestamps_word_item",
    "CreateTranscriptionResponse422": ".create_transcription_response_422",
    "CreateVideoTranscriptionRequestSchema": ".create_video_transcription_request_schema",
    "CreateVideoTranscriptionRequestSchemaResponseFormat": ".create_video_transcription_request_schema_response_format",
    "CreateVideoTranscriptionResponse200": ".create_video_transcription_response_200",
    "CryptoRpcProxyBodyType0": ".crypto_rpc_proxy_body_type_0",
    "CryptoRpcProxyBodyType0Jsonrpc": ".crypto_rpc_proxy_body_type_0_jsonrpc",
    "CryptoRpcProxyBodyType1Item": ".crypto_rpc_proxy_body_type_1_item",
    "CryptoRpcProxyBodyType1ItemJsonrpc": ".crypto_rpc_proxy_body_type_1_item_jsonrpc",
    "CryptoRpcProxyResponse200Type0": ".crypto_rpc_proxy_response_200_type_0",
    "CryptoRpcProxyResponse200Type0Error": ".crypto_rpc_proxy_response_200_type_0_error",
    "CryptoRpcProxyResponse200Type1Item": ".crypto_rpc_proxy_response_200_type_1_item",
    "CryptoRpcProxyResponse200Type1ItemError": ".crypto_rpc_proxy_response_200_type_1_item_error",
    "DeleteApiKeyResponse200": ".delete_api_key_response_200",
    "DetailedError": ".detailed_error",
    "DetailedErrorDetails": ".detailed_error_details",
    "EditImageFilesBody": ".edit_image_files_body",
    "EditImageFilesBodyModelId": ".edit_image_files_body_model_id",
    "EditImageJsonBody": ".edit_image_json_body",
    "EditImageJsonBodyModelId": ".edit_image_json_body_model_id",
    "EditImageRequest": ".edit_image_request",
    "EditImageRequestAspectRatio": ".edit_image_request_aspect_ratio",
    "EditImageRequestOutputFormat": ".edit_image_request_output_format",
    "GenerateImageRequest": ".generate_image_request",
    "GenerateImageRequestFormat": ".generate_image_request_format",
    "GenerateImageRequestQuality": ".generate_image_request_quality",
    "GenerateImageRequestStyleReferencesItem": ".generate_image_request_style_references_item",
    "GenerateImageResponse200": ".generate_image_response_200",
    "GenerateImageResponse200Timing": ".generate_image_response_200_timing",
    "GetApiKeyByIdResponse200": ".get_api_key_by_id_response_200",
    "GetApiKeyByIdResponse200Data": ".get_api_key_by_id_response_200_data",
    "GetApiKeyByIdResponse200DataApiKeyType": ".get_api_key_by_id_response_200_data_api_key_type",
    "GetApiKeyByIdResponse200DataConsumptionLimits": ".get_api_key_by_id_response_200_data_consumption_limits",
    "GetApiKeyByIdResponse200DataCurrentPeriodUsage": ".get_api_key_by_id_response_200_data_current_period_usage",
    "GetApiKeyByIdResponse200DataLimitPeriod": ".get_api_key_by_id_response_200_data_limit_period",
    "GetApiKeyByIdResponse200DataModelPrivacy": ".get_api_key_by_id_response_200_data_model_privacy",
    "GetApiKeyByIdResponse200DataUsage": ".get_api_key_by_id_response_200_data_usage",
    "GetApiKeyByIdResponse200DataUsageTrailingSevenDays": ".get_api_key_by_id_response_200_data_usage_trailing_seven_days",
    "GetApiKeyGenerateWeb3KeyResponse200": ".get_api_key_generate_web_3_key_response_200",
    "GetApiKeyGenerateWeb3KeyResponse200Data": ".get_api_key_generate_web_3_key_response_200_data",
    "GetApiKeyRateLimitLogsResponse200": ".get_api_key_rate_limit_logs_response_200",
    "GetApiKeyRateLimitLogsResponse200DataItem": ".get_api_key_rate_limit_logs_response_200_data_item",
    "GetApiKeyRateLimitLogsResponse200DataItemRateLimitType": ".get_api_key_rate_limit_logs_response_200_data_item_rate_limit_type",
    "GetApiKeyRateLimitLogsResponse200Object": ".get_api_key_rate_limit_logs_response_200_object",
    "GetApiKeyRateLimitsResponse200": ".get_api_key_rate_limits_response_200",
    "GetApiKeyRateLimitsResponse200Data": ".get_api_key_rate_limits_response_200_data",
    "GetApiKeyRateLimitsResponse200DataApiTier": ".get_api_key_rate_limits_response_200_data_api_tier",
    "GetApiKeyRateLimitsResponse200DataBalances": ".get_api_key_rate_limits_response_200_data_balances",
    "GetApiKeyRateLimitsResponse200DataRateLimitsItem": ".get_api_key_rate_limits_response_200_data_rate_limits_item",
    "GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem": ".get_api_key_rate_limits_response_200_data_rate_limits_item_rate_limits_item",
    "GetApiKeysResponse200": ".get_api_keys_response_200",
    "GetApiKeysResponse200DataItem": ".get_api_keys_response_200_data_item",
    "GetApiKeysResponse200DataItemApiKeyType": ".get_api_keys_response_200_data_item_api_key_type",
    "GetApiKeysResponse200DataItemConsumptionLimits": ".get_api_keys_response_200_data_item_consumption_limits",
    "GetApiKeysResponse200DataItemCurrentPeriodUsage": ".get_api_keys_response_200_data_item_current_period_usage",
    "GetApiKeysResponse200DataItemLimitPeriod": ".get_api_keys_response_200_data_item_limit_period",
    "GetApiKeysResponse200DataItemModelPrivacy": ".get_api_keys_response_200_data_item_model_privacy",
    "GetApiKeysResponse200DataItemUsage": ".get_api_keys_response_200_data_item_usage",
    "GetApiKeysResponse200DataItemUsageTrailingSevenDays": ".get_api_keys_response_200_data_item_usage_trailing_seven_days",
    "GetApiKeysResponse200Object": ".get_api_keys_response_200_object",
    "GetBillingBalanceResponse200": ".get_billing_balance_response_200",
    "GetBillingBalanceResponse200Balances": ".get_billing_balance_response_200_balances",
    "GetBillingBalanceResponse200ConsumptionCurrencyType1": ".get_billing_balance_response_200_consumption_currency_type_1",
    "GetBillingBalanceResponse200ConsumptionCurrencyType2Type1": ".get_billing_balance_response_200_consumption_currency_type_2_type_1",
    "GetBillingBalanceResponse200ConsumptionCurrencyType3Type1": ".get_billing_balance_response_200_consumption_currency_type_3_type_1",
    "GetBillingUsageAnalyticsResponse200": ".get_billing_usage_analytics_response_200",
    "GetBillingUsageAnalyticsResponse200ByDateItem": ".get_billing_usage_analytics_response_200_by_date_item",
    "GetBillingUsageAnalyticsResponse200ByKeyDailyItem": ".get_billing_usage_analytics_response_200_by_key_daily_item",
    "GetBillingUsageAnalyticsResponse200ByKeyItem": ".get_billing_usage_analytics_response_200_by_key_item",
    "GetBillingUsageAnalyticsResponse200ByModelDailyItem": ".get_billing_usage_analytics_response_200_by_model_daily_item",
    "GetBillingUsageAnalyticsResponse200ByModelItem": ".get_billing_usage_analytics_response_200_by_model_item",
    "GetBillingUsageAnalyticsResponse200ByModelItemBreakdownItem": ".get_billing_usage_analytics_response_200_by_model_item_breakdown_item",
    "GetBillingUsageAnalyticsResponse504": ".get_billing_usage_analytics_response_504",
    "GetBillingUsageHistoryCurrency": ".get_billing_usage_history_currency",
    "GetBillingUsageHistoryResponse200": ".get_billing_usage_history_response_200",
    "GetBillingUsageHistoryResponse200DataItem": ".get_billing_usage_history_response_200_data_item",
    "GetBillingUsageHistoryResponse200DataItemCurrency": ".get_billing_usage_history_response_200_data_item_currency",
    "GetBillingUsageHistoryResponse200DataItemInferenceDetailsType0": ".get_billing_usage_history_response_200_data_item_inference_details_type_0",
    "GetCharacterBySlugResponse200": ".get_character_by_slug_response_200",
    "GetCharacterBySlugResponse200Data": ".get_character_by_slug_response_200_data",
    "GetCharacterBySlugResponse200DataStats": ".get_character_by_slug_response_200_data_stats",
    "GetCharacterBySlugResponse200Object": ".get_character_by_slug_response_200_object",
    "GetCharacterReviewsResponse200": ".get_character_reviews_response_200",
    "GetCharacterReviewsResponse200DataItem": ".get_character_reviews_response_200_data_item",
    "GetCharacterReviewsResponse200Object": ".get_character_reviews_response_200_object",
    "GetCharacterReviewsResponse200Pagination": ".get_character_reviews_response_200_pagination",
    "GetCharacterReviewsResponse200Summary": ".get_character_reviews_response_200_summary",
    "GetX402BalanceResponse200": ".get_x402_balance_response_200",
    "GetX402BalanceResponse200Data": ".get_x402_balance_response_200_data",
    "GetX402TransactionsResponse200": ".get_x402_transactions_response_200",
    "GetX402TransactionsResponse200Data": ".get_x402_transactions_response_200_data",
    "GetX402TransactionsResponse200DataPagination": ".get_x402_transactions_response_200_data_pagination",
    "GetX402TransactionsResponse200DataTransactionsItem": ".get_x402_transactions_response_200_data_transactions_item",
    "InputAudio": ".input_audio",
    "InputAudioCacheControl": ".input_audio_cache_control",
    "InputAudioCacheControlType": ".input_audio_cache_control_type",
    "InputAudioInputAudioObject": ".input_audio_input_audio_object",
    "InputAudioInputAudioObjectFormat": ".input_audio_input_audio_object_format",
    "InputAudioType": ".input_audio_type",
    "ListCharactersIsAdult": ".list_characters_is_adult",
    "ListCharactersIsPro": ".list_characters_is_pro",
    "ListCharactersIsWebEnabled": ".list_characters_is_web_enabled",
    "ListCharactersResponse200": ".list_characters_response_200",
    "ListCharactersResponse200DataItem": ".list_characters_response_200_data_item",
    "ListCharactersResponse200DataItemStats": ".list_characters_response_200_data_item_stats",
    "ListCharactersResponse200Object": ".list_characters_response_200_object",
    "ListCharactersSortBy": ".list_characters_sort_by",
    "ListCharactersSortOrder": ".list_characters_sort_order",
    "ListCryptoRpcNetworksResponse200": ".list_crypto_rpc_networks_response_200",
    "ListImageStylesResponse200": ".list_image_styles_response_200",
    "ListImageStylesResponse200Object": ".list_image_styles_response_200_object",
    "ListModelCompatibilityMappingResponse200": ".list_model_compatibility_mapping_response_200",
    "ListModelCompatibilityMappingResponse200Object": ".list_model_compatibility_mapping_response_200_object",
    "ListModelCompatibilityMappingResponse200TypeType0": ".list_model_compatibility_mapping_response_200_type_type_0",
    "ListModelCompatibilityMappingResponse200TypeType1": ".list_model_compatibility_mapping_response_200_type_type_1",
    "ListModelCompatibilityMappingType": ".list_model_compatibility_mapping_type",
    "ListModelTraitsResponse200": ".list_model_traits_response_200",
    "ListModelTraitsResponse200Object": ".list_model_traits_response_200_object",
    "ListModelTraitsResponse200TypeType0": ".list_model_traits_response_200_type_type_0",
    "ListModelTraitsResponse200TypeType1": ".list_model_traits_response_200_type_type_1",
    "ListModelTraitsType": ".list_model_traits_type",
    "ListModelsResponse200": ".list_models_response_200",
    "ListModelsResponse200Object": ".list_models_response_200_object",
    "ListModelsResponse200TypeType0": ".list_models_response_200_type_type_0",
    "ListModelsResponse200TypeType1": ".list_models_response_200_type_type_1",
    "ListModelsTypeType0": ".list_models_type_type_0",
    "ListModelsTypeType1": ".list_models_type_type_1",
    "ModelCompatibilitySchema": ".model_compatibility_schema",
    "ModelResponse": ".model_response",
    "ModelResponseModelSpec": ".model_response_model_spec",
    "ModelResponseModelSpecASRModelPricing": ".model_response_model_spec_asr_model_pricing",
    "ModelResponseModelSpecASRModelPricingPerAudioSecond": ".model_response_model_spec_asr_model_pricing_per_audio_second",
    "ModelResponseModelSpecCapabilities": ".model_response_model_spec_capabilities",
    "ModelResponseModelSpecCapabilitiesDefaultReasoningEffort": ".model_response_model_spec_capabilities_default_reasoning_effort",
    "ModelResponseModelSpecCapabilitiesQuantization": ".model_response_model_spec_capabilities_quantization",
    "ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem": ".model_response_model_spec_capabilities_reasoning_effort_options_item",
    "ModelResponseModelSpecDeprecation": ".model_response_model_spec_deprecation",
    "ModelResponseModelSpecImageModelConstraints": ".model_response_model_spec_image_model_constraints",
    "ModelResponseModelSpecImageModelConstraintsDefaultQuality": ".model_response_model_spec_image_model_constraints_default_quality",
    "ModelResponseModelSpecImageModelConstraintsQualitiesItem": ".model_response_model_spec_image_model_constraints_qualities_item",
    "ModelResponseModelSpecImageModelConstraintsSteps": ".model_response_model_spec_image_model_constraints_steps",
    "ModelResponseModelSpecImageModelPricing": ".model_response_model_spec_image_model_pricing",
    "ModelResponseModelSpecImageModelPricingGeneration": ".model_response_model_spec_image_model_pricing_generation",
    "ModelResponseModelSpecImageModelPricingQuality": ".model_response_model_spec_image_model_pricing_quality",
    "ModelResponseModelSpecImageModelPricingQualityAdditionalProperty": ".model_response_model_spec_image_model_pricing_quality_additional_property",
    "ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh": ".model_response_model_spec_image_model_pricing_quality_additional_property_high",
    "ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow": ".model_response_model_spec_image_model_pricing_quality_additional_property_low",
    "ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium": ".model_response_model_spec_image_model_pricing_quality_additional_property_medium",
    "ModelResponseModelSpecImageModelPricingResolutions": ".model_response_model_spec_image_model_pricing_resolutions",
    "ModelResponseModelSpecImageModelPricingResolutionsAdditionalProperty": ".model_response_model_spec_image_model_pricing_resolutions_additional_property",
    "ModelResponseModelSpecImageModelPricingUpscale": ".model_response_model_spec_image_model_pricing_upscale",
    "ModelResponseModelSpecImageModelPricingUpscale2X": ".model_response_model_spec_image_model_pricing_upscale_2x",
    "ModelResponseModelSpecImageModelPricingUpscale4X": ".model_response_model_spec_image_model_pricing_upscale_4x",
    "ModelResponseModelSpecInpaintModelConstraints": ".model_response_model_spec_inpaint_model_constraints",
    "ModelResponseModelSpecInpaintModelConstraintsDefaultQuality": ".model_response_model_spec_inpaint_model_constraints_default_quality",
    "ModelResponseModelSpecInpaintModelConstraintsQualitiesItem": ".model_response_model_spec_inpaint_model_constraints_qualities_item",
    "ModelResponseModelSpecInpaintModelPricing": ".model_response_model_spec_inpaint_model_pricing",
    "ModelResponseModelSpecInpaintModelPricingInpaint": ".model_response_model_spec_inpaint_model_pricing_inpaint",
    "ModelResponseModelSpecInpaintModelPricingInputImages": ".model_response_model_spec_inpaint_model_pricing_input_images",
    "ModelResponseModelSpecInpaintModelPricingInputImagesAdditional": ".model_response_model_spec_inpaint_model_pricing_input_images_additional",
    "ModelResponseModelSpecInpaintModelPricingQuality": ".model_response_model_spec_inpaint_model_pricing_quality",
    "ModelResponseModelSpecInpaintModelPricingQualityAdditionalProperty": ".model_response_model_spec_inpaint_model_pricing_quality_additional_property",
    "ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh": ".model_response_model_spec_inpaint_model_pricing_quality_additional_property_high",
    "ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow": ".model_response_model_spec_inpaint_model_pricing_quality_additional_property_low",
    "ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium": ".model_response_model_spec_inpaint_model_pricing_quality_additional_property_medium",
    "ModelResponseModelSpecInpaintModelPricingResolutions": ".model_response_model_spec_inpaint_model_pricing_resolutions",
    "ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty": ".model_response_model_spec_inpaint_model_pricing_resolutions_additional_property",
    "ModelResponseModelSpecLLMModelPricing": ".model_response_model_spec_llm_model_pricing",
    "ModelResponseModelSpecLLMModelPricingCacheInput": ".model_response_model_spec_llm_model_pricing_cache_input",
    "ModelResponseModelSpecLLMModelPricingCacheWrite": ".model_response_model_spec_llm_model_pricing_cache_write",
    "ModelResponseModelSpecLLMModelPricingExtended": ".model_response_model_spec_llm_model_pricing_extended",
    "ModelResponseModelSpecLLMModelPricingExtendedCacheInput": ".model_response_model_spec_llm_model_pricing_extended_cache_input",
    "ModelResponseModelSpecLLMModelPricingExtendedCacheWrite": ".model_response_model_spec_llm_model_pricing_extended_cache_write",
    "ModelResponseModelSpecLLMModelPricingExtendedInput": ".model_response_model_spec_llm_model_pricing_extended_input",
    "ModelResponseModelSpecLLMModelPricingExtendedOutput": ".model_response_model_spec_llm_model_pricing_extended_output",
    "ModelResponseModelSpecLLMModelPricingInput": ".model_response_model_spec_llm_model_pricing_input",
    "ModelResponseModelSpecLLMModelPricingOutput": ".model_response_model_spec_llm_model_pricing_output",
    "ModelResponseModelSpecPricingType5": ".model_response_model_spec_pricing_type_5",
    "ModelResponseModelSpecPricingType5Generation": ".model_response_model_spec_pricing_type_5_generation",
    "ModelResponseModelSpecPricingType6": ".model_response_model_spec_pricing_type_6",
    "ModelResponseModelSpecPricingType6Durations": ".model_response_model_spec_pricing_type_6_durations",
    "ModelResponseModelSpecPricingType6DurationsAdditionalProperty": ".model_response_model_spec_pricing_type_6_durations_additional_property",
    "ModelResponseModelSpecPricingType7": ".model_response_model_spec_pricing_type_7",
    "ModelResponseModelSpecPricingType7PerSecond": ".model_response_model_spec_pricing_type_7_per_second",
    "ModelResponseModelSpecPricingType8": ".model_response_model_spec_pricing_type_8",
    "ModelResponseModelSpecPricingType8PerThousandCharacters": ".model_response_model_spec_pricing_type_8_per_thousand_characters",
    "ModelResponseModelSpecPrivacy": ".model_response_model_spec_privacy",
    "ModelResponseModelSpecTextModelConstraints": ".model_response_model_spec_text_model_constraints",
    "ModelResponseModelSpecTextModelConstraintsFrequencyPenalty": ".model_response_model_spec_text_model_constraints_frequency_penalty",
    "ModelResponseModelSpecTextModelConstraintsPresencePenalty": ".model_response_model_spec_text_model_constraints_presence_penalty",
    "ModelResponseModelSpecTextModelConstraintsRepetitionPenalty": ".model_response_model_spec_text_model_constraints_repetition_penalty",
    "ModelResponseModelSpecTextModelConstraintsTemperature": ".model_response_model_spec_text_model_constraints_temperature",
    "ModelResponseModelSpecTextModelConstraintsTopP": ".model_response_model_spec_text_model_constraints_top_p",
    "ModelResponseModelSpecTTSModelPricing": ".model_response_model_spec_tts_model_pricing",
    "ModelResponseModelSpecTTSModelPricingInput": ".model_response_model_spec_tts_model_pricing_input",
    "ModelResponseModelSpecTTSVoiceCloning": ".model_response_model_spec_tts_voice_cloning",
    "ModelResponseModelSpecTTSVoiceCloningMode": ".model_response_model_spec_tts_voice_cloning_mode",
    "ModelResponseModelSpecVideoModelConstraints": ".model_response_model_spec_video_model_constraints",
    "ModelResponseModelSpecVideoModelConstraintsModelType": ".model_response_model_spec_video_model_constraints_model_type",
    "ModelResponseObject": ".model_response_object",
    "ModelResponseOwnedBy": ".model_response_owned_by",
    "ModelResponseType": ".model_response_type",
    "ModelTraitSchema": ".model_trait_schema",
    "MultiEditImageFilesBody": ".multi_edit_image_files_body",
    "MultiEditImageFilesBodyModelId": ".multi_edit_image_files_body_model_id",
    "MultiEditImageJsonBody": ".multi_edit_image_json_body",
    "MultiEditImageJsonBodyModelId": ".multi_edit_image_json_body_model_id",
    "MultiEditImageMultipartRequest": ".multi_edit_image_multipart_request",
    "MultiEditImageMultipartRequestAspectRatio": ".multi_edit_image_multipart_request_aspect_ratio",
    "MultiEditImageMultipartRequestOutputFormat": ".multi_edit_image_multipart_request_output_format",
    "MultiEditImageMultipartRequestQuality": ".multi_edit_image_multipart_request_quality",
    "MultiEditImageRequest": ".multi_edit_image_request",
    "MultiEditImageRequestAspectRatio": ".multi_edit_image_request_aspect_ratio",
    "MultiEditImageRequestOutputFormat": ".multi_edit_image_request_output_format",
    "MultiEditImageRequestQuality": ".multi_edit_image_request_quality",
    "PayloadTooLargeError": ".payload_too_large_error",
    "PayloadTooLargeErrorCode": ".payload_too_large_error_code",
    "PostApiKeyGenerateWeb3KeyBody": ".post_api_key_generate_web_3_key_body",
    "PostApiKeyGenerateWeb3KeyBodyApiKeyType": ".post_api_key_generate_web_3_key_body_api_key_type",
    "PostApiKeyGenerateWeb3KeyBodyConsumptionLimit": ".post_api_key_generate_web_3_key_body_consumption_limit",
    "PostApiKeyGenerateWeb3KeyBodyExpiresAtType0": ".post_api_key_generate_web_3_key_body_expires_at_type_0",
    "PostApiKeyGenerateWeb3KeyBodyLimitPeriod": ".post_api_key_generate_web_3_key_body_limit_period",
    "PostApiKeyGenerateWeb3KeyBodyModelPrivacy": ".post_api_key_generate_web_3_key_body_model_privacy",
    "PostApiKeyGenerateWeb3KeyResponse200": ".post_api_key_generate_web_3_key_response_200",
    "PostApiKeyGenerateWeb3KeyResponse200Data": ".post_api_key_generate_web_3_key_response_200_data",
    "PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType": ".post_api_key_generate_web_3_key_response_200_data_api_key_type",
    "PostApiKeyGenerateWeb3KeyResponse200DataConsumptionLimit": ".post_api_key_generate_web_3_key_response_200_data_consumption_limit",
    "PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod": ".post_api_key_generate_web_3_key_response_200_data_limit_period",
    "PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy": ".post_api_key_generate_web_3_key_response_200_data_model_privacy",
    "ProviderContentPolicyError": ".provider_content_policy_error",
    "ProviderContentPolicyErrorError": ".provider_content_policy_error_error",
    "ProviderContentPolicyErrorErrorType": ".provider_content_policy_error_error_type",
    "QueueAudioRequest": ".queue_audio_request",
    "QueueAudioResponse200": ".queue_audio_response_200",
    "QueueAudioResponse200Status": ".queue_audio_response_200_status",
    "QueueVideoRequest": ".queue_video_request",
    "QueueVideoRequestAspectRatio": ".queue_video_request_aspect_ratio",
    "QueueVideoRequestConsents": ".queue_video_request_consents",
    "QueueVideoRequestConsentsSeedance": ".queue_video_request_consents_seedance",
    "QueueVideoRequestDuration": ".queue_video_request_duration",
    "QueueVideoRequestElementsItem": ".queue_video_request_elements_item",
    "QueueVideoRequestKeyframesItem": ".queue_video_request_keyframes_item",
    "QueueVideoRequestOmniReferenceTaskType": ".queue_video_request_omni_reference_task_type",
    "QueueVideoRequestResolution": ".queue_video_request_resolution",
    "QueueVideoRequestUpscaleFactor": ".queue_video_request_upscale_factor",
    "QueueVideoResponse200": ".queue_video_response_200",
    "QueueVideoResponse409": ".queue_video_response_409",
    "QueueVideoResponse409Consent": ".queue_video_response_409_consent",
    "QueueVideoResponse409ConsentFlow": ".queue_video_response_409_consent_flow",
    "QueueVideoResponse409Error": ".queue_video_response_409_error",
    "QueueVideoResponse409ErrorCode": ".queue_video_response_409_error_code",
    "QueueVideoResponse409FaceMediaRolesItem": ".queue_video_response_409_face_media_roles_item",
    "QuoteAudioRequest": ".quote_audio_request",
    "QuoteAudioResponse200": ".quote_audio_response_200",
    "QuoteVideoRequest": ".quote_video_request",
    "QuoteVideoRequestAspectRatio": ".quote_video_request_aspect_ratio",
    "QuoteVideoRequestDuration": ".quote_video_request_duration",
    "QuoteVideoRequestResolution": ".quote_video_request_resolution",
    "QuoteVideoRequestUpscaleFactor": ".quote_video_request_upscale_factor",
    "QuoteVideoResponse200": ".quote_video_response_200",
    "ResponseStreamEvent": ".response_stream_event",
    "ResponseStreamEventItem": ".response_stream_event_item",
    "ResponseStreamEventPart": ".response_stream_event_part",
    "ResponsesAPIRequest": ".responses_api_request",
    "ResponsesAPIRequestCodeInterpreterTool": ".responses_api_request_code_interpreter_tool",
    "ResponsesAPIRequestCodeInterpreterToolContainer": ".responses_api_request_code_interpreter_tool_container",
    "ResponsesAPIRequestCodeInterpreterToolType": ".responses_api_request_code_interpreter_tool_type",
    "ResponsesAPIRequestComputerUseTool": ".responses_api_request_computer_use_tool",
    "ResponsesAPIRequestComputerUseToolType": ".responses_api_request_computer_use_tool_type",
    "ResponsesAPIRequestFallbacksItem": ".responses_api_request_fallbacks_item",
    "ResponsesAPIRequestFileSearchTool": ".responses_api_request_file_search_tool",
    "ResponsesAPIRequestFileSearchToolRankingOptions": ".responses_api_request_file_search_tool_ranking_options",
    "ResponsesAPIRequestFileSearchToolType": ".responses_api_request_file_search_tool_type",
    "ResponsesAPIRequestFunctionCall": ".responses_api_request_function_call",
    "ResponsesAPIRequestFunctionCallOutput": ".responses_api_request_function_call_output",
    "ResponsesAPIRequestFunctionCallOutputOutputType2": ".responses_api_request_function_call_output_output_type_2",
    "ResponsesAPIRequestFunctionCallOutputType": ".responses_api_request_function_call_output_type",
    "ResponsesAPIRequestFunctionCallStatus": ".responses_api_request_function_call_status",
    "ResponsesAPIRequestFunctionCallType": ".responses_api_request_function_call_type",
    "ResponsesAPIRequestFunctionTool": ".responses_api_request_function_tool",
    "ResponsesAPIRequestFunctionToolFunction": ".responses_api_request_function_tool_function",
    "ResponsesAPIRequestFunctionToolFunctionParameters": ".responses_api_request_function_tool_function_parameters",
    "ResponsesAPIRequestFunctionToolType": ".responses_api_request_function_tool_type",
    "ResponsesAPIRequestGenericTool": ".responses_api_request_generic_tool",
    "ResponsesAPIRequestInputMessage": ".responses_api_request_input_message",
    "ResponsesAPIRequestInputMessageFlexible": ".responses_api_request_input_message_flexible",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1": ".responses_api_request_input_message_flexible_content_type_1_item_type_1",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type": ".responses_api_request_input_message_flexible_content_type_1_item_type_1_type",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2": ".responses_api_request_input_message_flexible_content_type_1_item_type_2",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1": ".responses_api_request_input_message_flexible_content_type_1_item_type_2_image_url_type_1",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1Detail": ".responses_api_request_input_message_flexible_content_type_1_item_type_2_image_url_type_1_detail",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2Type": ".responses_api_request_input_message_flexible_content_type_1_item_type_2_type",
    "ResponsesAPIRequestInputMessageFlexibleInputImage": ".responses_api_request_input_message_flexible_input_image",
    "ResponsesAPIRequestInputMessageFlexibleInputImageImageUrl": ".responses_api_request_input_message_flexible_input_image_image_url",
    "ResponsesAPIRequestInputMessageFlexibleInputImageImageUrlDetail": ".responses_api_request_input_message_flexible_input_image_image_url_detail",
    "ResponsesAPIRequestInputMessageFlexibleInputImageType": ".responses_api_request_input_message_flexible_input_image_type",
    "ResponsesAPIRequestInputMessageFlexibleInputText": ".responses_api_request_input_message_flexible_input_text",
    "ResponsesAPIRequestInputMessageFlexibleInputTextType": ".responses_api_request_input_message_flexible_input_text_type",
    "ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory": ".responses_api_request_input_message_flexible_output_text_for_history",
    "ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType": ".responses_api_request_input_message_flexible_output_text_for_history_type",
    "ResponsesAPIRequestInputMessageFlexibleRole": ".responses_api_request_input_message_flexible_role",
    "ResponsesAPIRequestInputMessageFlexibleStatus": ".responses_api_request_input_message_flexible_status",
    "ResponsesAPIRequestInputMessageInputImage": ".responses_api_request_input_message_input_image",
    "ResponsesAPIRequestInputMessageInputImageImageUrl": ".responses_api_request_input_message_input_image_image_url",
    "ResponsesAPIRequestInputMessageInputImageImageUrlDetail": ".responses_api_request_input_message_input_image_image_url_detail",
    "ResponsesAPIRequestInputMessageInputImageType": ".responses_api_request_input_message_input_image_type",
    "ResponsesAPIRequestInputMessageInputText": ".responses_api_request_input_message_input_text",
    "ResponsesAPIRequestInputMessageInputTextType": ".responses_api_request_input_message_input_text_type",
    "ResponsesAPIRequestInputMessageOutputTextForHistory": ".responses_api_request_input_message_output_text_for_history",
    "ResponsesAPIRequestInputMessageOutputTextForHistoryType": ".responses_api_request_input_message_output_text_for_history_type",
    "ResponsesAPIRequestInputMessageRole": ".responses_api_request_input_message_role",
    "ResponsesAPIRequestInputMessageStatus": ".responses_api_request_input_message_status",
    "ResponsesAPIRequestInputMessageType": ".responses_api_request_input_message_type",
    "ResponsesAPIRequestItemReference": ".responses_api_request_item_reference",
    "ResponsesAPIRequestItemReferenceType": ".responses_api_request_item_reference_type",
    "ResponsesAPIRequestReasoning": ".responses_api_request_reasoning",
    "ResponsesAPIRequestReasoningConfiguration": ".responses_api_request_reasoning_configuration",
    "ResponsesAPIRequestReasoningConfigurationEffort": ".responses_api_request_reasoning_configuration_effort",
    "ResponsesAPIRequestReasoningConfigurationSummary": ".responses_api_request_reasoning_configuration_summary",
    "ResponsesAPIRequestReasoningStatusType1": ".responses_api_request_reasoning_status_type_1",
    "ResponsesAPIRequestReasoningStatusType2Type1": ".responses_api_request_reasoning_status_type_2_type_1",
    "ResponsesAPIRequestReasoningStatusType3Type1": ".responses_api_request_reasoning_status_type_3_type_1",
    "ResponsesAPIRequestReasoningType": ".responses_api_request_reasoning_type",
    "ResponsesAPIRequestToolChoiceType0": ".responses_api_request_tool_choice_type_0",
    "ResponsesAPIRequestToolChoiceType1": ".responses_api_request_tool_choice_type_1",
    "ResponsesAPIRequestToolChoiceType2": ".responses_api_request_tool_choice_type_2",
    "ResponsesAPIRequestToolChoiceType3": ".responses_api_request_tool_choice_type_3",
    "ResponsesAPIRequestToolChoiceType3Function": ".responses_api_request_tool_choice_type_3_function",
    "ResponsesAPIRequestToolChoiceType3Type": ".responses_api_request_tool_choice_type_3_type",
    "ResponsesAPIRequestVeniceParameters": ".responses_api_request_venice_parameters",
    "ResponsesAPIRequestVeniceParametersEnableWebSearch": ".responses_api_request_venice_parameters_enable_web_search",
    "ResponsesAPIRequestWebSearchTool": ".responses_api_request_web_search_tool",
    "ResponsesAPIRequestWebSearchToolSearchContextSize": ".responses_api_request_web_search_tool_search_context_size",
    "ResponsesAPIRequestWebSearchToolType": ".responses_api_request_web_search_tool_type",
    "ResponsesAPIRequestWebSearchToolUserLocation": ".responses_api_request_web_search_tool_user_location",
    "ResponsesAPIRequestWebSearchToolUserLocationType": ".responses_api_request_web_search_tool_user_location_type",
    "ResponsesAPIRequestXSearchTool": ".responses_api_request_x_search_tool",
    "ResponsesAPIRequestXSearchToolType": ".responses_api_request_x_search_tool_type",
    "ResponsesAPIResponse": ".responses_api_response",
    "ResponsesAPIResponseError": ".responses_api_response_error",
    "ResponsesAPIResponseFunctionCallOutput": ".responses_api_response_function_call_output",
    "ResponsesAPIResponseFunctionCallOutputStatus": ".responses_api_response_function_call_output_status",
    "ResponsesAPIResponseFunctionCallOutputType": ".responses_api_response_function_call_output_type",
    "ResponsesAPIResponseMessageOutput": ".responses_api_response_message_output",
    "ResponsesAPIResponseMessageOutputOutputText": ".responses_api_response_message_output_output_text",
    "ResponsesAPIResponseMessageOutputOutputTextType": ".responses_api_response_message_output_output_text_type",
    "ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation": ".responses_api_response_message_output_output_text_url_citation_annotation",
    "ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType": ".responses_api_response_message_output_output_text_url_citation_annotation_type",
    "ResponsesAPIResponseMessageOutputRole": ".responses_api_response_message_output_role",
    "ResponsesAPIResponseMessageOutputStatus": ".responses_api_response_message_output_status",
    "ResponsesAPIResponseMessageOutputType": ".responses_api_response_message_output_type",
    "ResponsesAPIResponseObject": ".responses_api_response_object",
    "ResponsesAPIResponseReasoningOutput": ".responses_api_response_reasoning_output",
    "ResponsesAPIResponseReasoningOutputType": ".responses_api_response_reasoning_output_type",
    "ResponsesAPIResponseStatus": ".responses_api_response_status",
    "ResponsesAPIResponseUsage": ".responses_api_response_usage",
    "ResponsesAPIResponseUsageInputTokensDetails": ".responses_api_response_usage_input_tokens_details",
    "ResponsesAPIResponseUsageOutputTokensDetails": ".responses_api_response_usage_output_tokens_details",
    "ResponsesAPIResponseWebSearchCallOutput": ".responses_api_response_web_search_call_output",
    "ResponsesAPIResponseWebSearchCallOutputStatus": ".responses_api_response_web_search_call_output_status",
    "ResponsesAPIResponseWebSearchCallOutputType": ".responses_api_response_web_search_call_output_type",
    "RetrieveAudioRequest": ".retrieve_audio_request",
    "RetrieveAudioResponse200": ".retrieve_audio_response_200",
    "RetrieveAudioResponse200Status": ".retrieve_audio_response_200_status",
    "RetrieveVideoRequest": ".retrieve_video_request",
    "RetrieveVideoResponse200": ".retrieve_video_response_200",
    "RetrieveVideoResponse200Status": ".retrieve_video_response_200_status",
    "SimpleGenerateImageRequest": ".simple_generate_image_request",
    "SimpleGenerateImageRequestBackgroundType1": ".simple_generate_image_request_background_type_1",
    "SimpleGenerateImageRequestBackgroundType2Type1": ".simple_generate_image_request_background_type_2_type_1",
    "SimpleGenerateImageRequestBackgroundType3Type1": ".simple_generate_image_request_background_type_3_type_1",
    "SimpleGenerateImageRequestModerationType1": ".simple_generate_image_request_moderation_type_1",
    "SimpleGenerateImageRequestModerationType2Type1": ".simple_generate_image_request_moderation_type_2_type_1",
    "SimpleGenerateImageRequestModerationType3Type1": ".simple_generate_image_request_moderation_type_3_type_1",
    "SimpleGenerateImageRequestOutputFormat": ".simple_generate_image_request_output_format",
    "SimpleGenerateImageRequestQualityType1": ".simple_generate_image_request_quality_type_1",
    "SimpleGenerateImageRequestQualityType2Type1": ".simple_generate_image_request_quality_type_2_type_1",
    "SimpleGenerateImageRequestQualityType3Type1": ".simple_generate_image_request_quality_type_3_type_1",
    "SimpleGenerateImageRequestResponseFormatType1": ".simple_generate_image_request_response_format_type_1",
    "SimpleGenerateImageRequestResponseFormatType2Type1": ".simple_generate_image_request_response_format_type_2_type_1",
    "SimpleGenerateImageRequestResponseFormatType3Type1": ".simple_generate_image_request_response_format_type_3_type_1",
    "SimpleGenerateImageRequestSizeType1": ".simple_generate_image_request_size_type_1",
    "SimpleGenerateImageRequestSizeType2Type1": ".simple_generate_image_request_size_type_2_type_1",
    "SimpleGenerateImageRequestSizeType3Type1": ".simple_generate_image_request_size_type_3_type_1",
    "SimpleGenerateImageRequestStyleType1": ".simple_generate_image_request_style_type_1",
    "SimpleGenerateImageRequestStyleType2Type1": ".simple_generate_image_request_style_type_2_type_1",
    "SimpleGenerateImageRequestStyleType3Type1": ".simple_generate_image_request_style_type_3_type_1",
    "SimpleGenerateImageResponse200": ".simple_generate_image_response_200",
    "SimpleGenerateImageResponse200DataItemType0": ".simple_generate_image_response_200_data_item_type_0",
    "SimpleGenerateImageResponse200DataItemType1": ".simple_generate_image_response_200_data_item_type_1",
    "StandardError": ".standard_error",
    "TextParserRequest": ".text_parser_request",
    "TextParserRequestResponseFormat": ".text_parser_request_response_format",
    "TextParserResponse": ".text_parser_response",
    "TopUpX402BalanceBody": ".top_up_x402_balance_body",
    "TopUpX402BalanceResponse200": ".top_up_x402_balance_response_200",
    "TopUpX402BalanceResponse200Data": ".top_up_x402_balance_response_200_data",
    "TopUpX402BalanceResponse400": ".top_up_x402_balance_response_400",
    "TopUpX402BalanceResponse400Details": ".top_up_x402_balance_response_400_details",
    "TopUpX402BalanceResponse402": ".top_up_x402_balance_response_402",
    "TopUpX402BalanceResponse402AcceptsItem": ".top_up_x402_balance_response_402_accepts_item",
    "TopUpX402BalanceResponse402AcceptsItemExtra": ".top_up_x402_balance_response_402_accepts_item_extra",
    "TopUpX402BalanceResponse402AcceptsItemScheme": ".top_up_x402_balance_response_402_accepts_item_scheme",
    "TopUpX402BalanceResponse500": ".top_up_x402_balance_response_500",
    "TopUpX402BalanceResponse500Details": ".top_up_x402_balance_response_500_details",
    "UpdateApiKeyBody": ".update_api_key_body",
    "UpdateApiKeyBodyConsumptionLimit": ".update_api_key_body_consumption_limit",
    "UpdateApiKeyBodyExpiresAtType0": ".update_api_key_body_expires_at_type_0",
    "UpdateApiKeyBodyLimitPeriod": ".update_api_key_body_limit_period",
    "UpdateApiKeyBodyModelPrivacy": ".update_api_key_body_model_privacy",
    "UpdateApiKeyResponse200": ".update_api_key_response_200",
    "UpdateApiKeyResponse200Data": ".update_api_key_response_200_data",
    "UpdateApiKeyResponse200DataApiKeyType": ".update_api_key_response_200_data_api_key_type",
    "UpdateApiKeyResponse200DataConsumptionLimits": ".update_api_key_response_200_data_consumption_limits",
    "UpdateApiKeyResponse200DataLimitPeriod": ".update_api_key_response_200_data_limit_period",
    "UpdateApiKeyResponse200DataModelPrivacy": ".update_api_key_response_200_data_model_privacy",
    "UpscaleImageRequest": ".upscale_image_request",
    "VideoUrl": ".video_url",
    "VideoUrlCacheControl": ".video_url_cache_control",
    "VideoUrlCacheControlType": ".video_url_cache_control_type",
    "VideoUrlType": ".video_url_type",
    "VideoUrlVideoURLObject": ".video_url_video_url_object",
    "WebScrapeRequest": ".web_scrape_request",
    "WebScrapeResponse": ".web_scrape_response",
    "WebScrapeResponseFormat": ".web_scrape_response_format",
    "WebSearchRequest": ".web_search_request",
    "WebSearchRequestSearchProvider": ".web_search_request_search_provider",
    "WebSearchResponse": ".web_search_response",
    "WebSearchResponseResultsItem": ".web_search_response_results_item",
    "X402InferencePaymentRequiredType0": ".x402_inference_payment_required_type_0",
    "X402InferencePaymentRequiredType0AcceptsItem": ".x402_inference_payment_required_type_0_accepts_item",
    "X402InferencePaymentRequiredType0AcceptsItemExtra": ".x402_inference_payment_required_type_0_accepts_item_extra",
    "X402InferencePaymentRequiredType0AcceptsItemScheme": ".x402_inference_payment_required_type_0_accepts_item_scheme",
    "X402InferencePaymentRequiredType0AuthOptions": ".x402_inference_payment_required_type_0_auth_options",
    "X402InferencePaymentRequiredType0AuthOptionsApiKey": ".x402_inference_payment_required_type_0_auth_options_api_key",
    "X402InferencePaymentRequiredType0AuthOptionsX402Wallet": ".x402_inference_payment_required_type_0_auth_options_x402_wallet",
    "X402InferencePaymentRequiredType0Extensions": ".x402_inference_payment_required_type_0_extensions",
    "X402InferencePaymentRequiredType0Resource": ".x402_inference_payment_required_type_0_resource",
    "X402InferencePaymentRequiredType1": ".x402_inference_payment_required_type_1",
    "X402InferencePaymentRequiredType1Code": ".x402_inference_payment_required_type_1_code",
    "X402InferencePaymentRequiredType1Error": ".x402_inference_payment_required_type_1_error",
    "X402InferencePaymentRequiredType1Reason": ".x402_inference_payment_required_type_1_reason",
    "X402InferencePaymentRequiredType1SiwxChallenge": ".x402_inference_payment_required_type_1_siwx_challenge",
    "X402InferencePaymentRequiredType1SiwxChallengeInfo": ".x402_inference_payment_required_type_1_siwx_challenge_info",
    "X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem": ".x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item",
    "X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType": ".x402_inference_payment_required_type_1_siwx_challenge_supported_chains_item_type",
    "X402InferencePaymentRequiredType1TopUpInstructions": ".x402_inference_payment_required_type_1_top_up_instructions",
}

__all__ = (
    "BackgroundRemoveImageRequest",
    "BillingBalanceResponse",
    "BillingBalanceResponseBalances",
    "BillingBalanceResponseConsumptionCurrencyType1",
    "BillingBalanceResponseConsumptionCurrencyType2Type1",
    "BillingBalanceResponseConsumptionCurrencyType3Type1",
    "BillingUsageAnalyticsRequest",
    "BillingUsageAnalyticsResponse",
    "BillingUsageAnalyticsResponseByDateItem",
    "BillingUsageAnalyticsResponseByKeyDailyItem",
    "BillingUsageAnalyticsResponseByKeyItem",
    "BillingUsageAnalyticsResponseByModelDailyItem",
    "BillingUsageAnalyticsResponseByModelItem",
    "BillingUsageAnalyticsResponseByModelItemBreakdownItem",
    "BillingUsageHistoryRequest",
    "BillingUsageHistoryRequestCurrency",
    "BillingUsageHistoryResponse",
    "BillingUsageHistoryResponseDataItem",
    "BillingUsageHistoryResponseDataItemCurrency",
    "BillingUsageHistoryResponseDataItemInferenceDetailsType0",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkChoiceLogprobsType0",
    "ChatCompletionChunkDelta",
    "ChatCompletionChunkObject",
    "ChatCompletionChunkToolCall",
    "ChatCompletionChunkToolCallFunction",
    "ChatCompletionChunkUsage",
    "ChatCompletionChunkUsageCompletionTokensDetailsType0",
    "ChatCompletionChunkUsagePromptTokensDetailsType0",
    "ChatCompletionChunkVeniceParameters",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallType",
    "ChatCompletionRequest",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageReasoningDetailsItem",
    "ChatCompletionRequestAssistantMessageRole",
    "ChatCompletionRequestAssistantMessageText",
    "ChatCompletionRequestAssistantMessageTextCacheControl",
    "ChatCompletionRequestAssistantMessageTextCacheControlType",
    "ChatCompletionRequestAssistantMessageTextTextContentString",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestDeveloperMessageRole",
    "ChatCompletionRequestDeveloperMessageText",
    "ChatCompletionRequestDeveloperMessageTextCacheControl",
    "ChatCompletionRequestDeveloperMessageTextCacheControlType",
    "ChatCompletionRequestDeveloperMessageTextTextContentString",
    "ChatCompletionRequestFallbacksItem",
    "ChatCompletionRequestMetadata",
    "ChatCompletionRequestPromptCacheRetention",
    "ChatCompletionRequestReasoning",
    "ChatCompletionRequestReasoningEffort",
    "ChatCompletionRequestReasoningSummary",
    "ChatCompletionRequestResponseFormatJsonObject",
    "ChatCompletionRequestResponseFormatJsonObjectType",
    "ChatCompletionRequestResponseFormatJsonSchema",
    "ChatCompletionRequestResponseFormatJsonSchemaJsonSchema",
    "ChatCompletionRequestResponseFormatJsonSchemaType",
    "ChatCompletionRequestResponseFormatText",
    "ChatCompletionRequestResponseFormatTextType",
    "ChatCompletionRequestStreamOptions",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestSystemMessageRole",
    "ChatCompletionRequestSystemMessageText",
    "ChatCompletionRequestSystemMessageTextCacheControl",
    "ChatCompletionRequestSystemMessageTextCacheControlType",
    "ChatCompletionRequestSystemMessageTextTextContentString",
    "ChatCompletionRequestText",
    "ChatCompletionRequestTextVerbosity",
    "ChatCompletionRequestToolChoiceType0",
    "ChatCompletionRequestToolChoiceType0Function",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestToolMessageRole",
    "ChatCompletionRequestToolsType0ItemType0",
    "ChatCompletionRequestToolsType0ItemType0Type",
    "ChatCompletionRequestToolsType0ItemType1",
    "ChatCompletionRequestToolsType0ItemType1Function",
    "ChatCompletionRequestToolsType0ItemType1FunctionParameters",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionRequestUserMessageFile",
    "ChatCompletionRequestUserMessageFileCacheControl",
    "ChatCompletionRequestUserMessageFileCacheControlType",
    "ChatCompletionRequestUserMessageFileFileObject",
    "ChatCompletionRequestUserMessageFileType",
    "ChatCompletionRequestUserMessageImageUrl",
    "ChatCompletionRequestUserMessageImageUrlCacheControl",
    "ChatCompletionRequestUserMessageImageUrlCacheControlType",
    "ChatCompletionRequestUserMessageImageUrlImageURLObject",
    "ChatCompletionRequestUserMessageImageUrlType",
    "ChatCompletionRequestUserMessageInputAudio",
    "ChatCompletionRequestUserMessageInputAudioCacheControl",
    "ChatCompletionRequestUserMessageInputAudioCacheControlType",
    "ChatCompletionRequestUserMessageInputAudioInputAudioObject",
    "ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat",
    "ChatCompletionRequestUserMessageInputAudioType",
    "ChatCompletionRequestUserMessageRole",
    "ChatCompletionRequestUserMessageText",
    "ChatCompletionRequestUserMessageTextCacheControl",
    "ChatCompletionRequestUserMessageTextCacheControlType",
    "ChatCompletionRequestUserMessageTextTextContentString",
    "ChatCompletionRequestUserMessageVideoUrl",
    "ChatCompletionRequestUserMessageVideoUrlCacheControl",
    "ChatCompletionRequestUserMessageVideoUrlCacheControlType",
    "ChatCompletionRequestUserMessageVideoUrlType",
    "ChatCompletionRequestUserMessageVideoUrlVideoURLObject",
    "ChatCompletionRequestVeniceParameters",
    "ChatCompletionRequestVeniceParametersEnableWebSearch",
    "ChatCompletionRequestVerbosity",
    "CompleteAudioRequest",
    "CompleteAudioResponse200",
    "CompleteVideoRequest",
    "CompleteVideoResponse200",
    "ContentViolationError",
    "CreateApiKeyBody",
    "CreateApiKeyBodyApiKeyType",
    "CreateApiKeyBodyConsumptionLimit",
    "CreateApiKeyBodyExpiresAtType0",
    "CreateApiKeyBodyLimitPeriod",
    "CreateApiKeyBodyModelPrivacy",
    "CreateApiKeyResponse200",
    "CreateApiKeyResponse200Data",
    "CreateApiKeyResponse200DataApiKeyType",
    "CreateApiKeyResponse200DataConsumptionLimit",
    "CreateApiKeyResponse200DataLimitPeriod",
    "CreateApiKeyResponse200DataModelPrivacy",
    "CreateChatCompletionResponse200",
    "CreateChatCompletionResponse200ChoicesItem",
    "CreateChatCompletionResponse200ChoicesItemAssistantMessage",
    "CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem",
    "CreateChatCompletionResponse200ChoicesItemAssistantMessageRole",
    "CreateChatCompletionResponse200ChoicesItemFinishReason",
    "CreateChatCompletionResponse200ChoicesItemLogprobsType0",
    "CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem",
    "CreateChatCompletionResponse200ChoicesItemStopReasonType1",
    "CreateChatCompletionResponse200ChoicesItemStopReasonType2Type1",
    "CreateChatCompletionResponse200ChoicesItemStopReasonType3Type1",
    "CreateChatCompletionResponse200Cost",
    "CreateChatCompletionResponse200Object",
    "CreateChatCompletionResponse200PromptLogprobsType0Type0",
    "CreateChatCompletionResponse200Usage",
    "CreateChatCompletionResponse200UsageCompletionTokensDetailsType0",
    "CreateChatCompletionResponse200UsagePromptTokensDetailsType0",
    "CreateChatCompletionResponse200VeniceParameters",
    "CreateChatCompletionResponse200VeniceParametersEnableWebSearch",
    "CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem",
    "CreateClonedVoiceRequestSchema",
    "CreateClonedVoiceRequestSchemaModel",
    "CreateClonedVoiceResponse200",
    "CreateEmbeddingRequestSchema",
    "CreateEmbeddingRequestSchemaEncodingFormat",
    "CreateEmbeddingRequestSchemaModelType1",
    "CreateEmbeddingResponse200",
    "CreateEmbeddingResponse200DataItem",
    "CreateEmbeddingResponse200DataItemObject",
    "CreateEmbeddingResponse200Object",
    "CreateEmbeddingResponse200Usage",
    "CreateResponseResponsesAPIResponse",
    "CreateResponseResponsesAPIResponseError",
    "CreateResponseResponsesAPIResponseFunctionCallOutput",
    "CreateResponseResponsesAPIResponseFunctionCallOutputStatus",
    "CreateResponseResponsesAPIResponseFunctionCallOutputType",
    "CreateResponseResponsesAPIResponseMessageOutput",
    "CreateResponseResponsesAPIResponseMessageOutputOutputText",
    "CreateResponseResponsesAPIResponseMessageOutputOutputTextType",
    "CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation",
    "CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType",
    "CreateResponseResponsesAPIResponseMessageOutputRole",
    "CreateResponseResponsesAPIResponseMessageOutputStatus",
    "CreateResponseResponsesAPIResponseMessageOutputType",
    "CreateResponseResponsesAPIResponseObject",
    "CreateResponseResponsesAPIResponseReasoningOutput",
    "CreateResponseResponsesAPIResponseReasoningOutputType",
    "CreateResponseResponsesAPIResponseStatus",
    "CreateResponseResponsesAPIResponseUsage",
    "CreateResponseResponsesAPIResponseUsageInputTokensDetails",
    "CreateResponseResponsesAPIResponseUsageOutputTokensDetails",
    "CreateResponseResponsesAPIResponseWebSearchCallOutput",
    "CreateResponseResponsesAPIResponseWebSearchCallOutputStatus",
    "CreateResponseResponsesAPIResponseWebSearchCallOutputType",
    "CreateSpeechRequestSchema",
    "CreateSpeechRequestSchemaModel",
    "CreateSpeechRequestSchemaResponseFormat",
    "CreateTextParserBody",
    "CreateTextParserBodyResponseFormat",
    "CreateTextParserResponse200",
    "CreateTranscriptionRequestSchema",
    "CreateTranscriptionRequestSchemaModel",
    "CreateTranscriptionRequestSchemaResponseFormat",
    "CreateTranscriptionResponse200",
    "CreateTranscriptionResponse200Timestamps",
    "CreateTranscriptionResponse200TimestampsCharItem",
    "CreateTranscriptionResponse200TimestampsSegmentItem",
    "CreateTranscriptionResponse200TimestampsWordItem",
    "CreateTranscriptionResponse422",
    "CreateVideoTranscriptionRequestSchema",
    "CreateVideoTranscriptionRequestSchemaResponseFormat",
    "CreateVideoTranscriptionResponse200",
    "CryptoRpcProxyBodyType0",
    "CryptoRpcProxyBodyType0Jsonrpc",
    "CryptoRpcProxyBodyType1Item",
    "CryptoRpcProxyBodyType1ItemJsonrpc",
    "CryptoRpcProxyResponse200Type0",
    "CryptoRpcProxyResponse200Type0Error",
    "CryptoRpcProxyResponse200Type1Item",
    "CryptoRpcProxyResponse200Type1ItemError",
    "DeleteApiKeyResponse200",
    "DetailedError",
    "DetailedErrorDetails",
    "EditImageFilesBody",
    "EditImageFilesBodyModelId",
    "EditImageJsonBody",
    "EditImageJsonBodyModelId",
    "EditImageRequest",
    "EditImageRequestAspectRatio",
    "EditImageRequestOutputFormat",
    "GenerateImageRequest",
    "GenerateImageRequestFormat",
    "GenerateImageRequestQuality",
    "GenerateImageRequestStyleReferencesItem",
    "GenerateImageResponse200",
    "GenerateImageResponse200Timing",
    "GetApiKeyByIdResponse200",
    "GetApiKeyByIdResponse200Data",
    "GetApiKeyByIdResponse200DataApiKeyType",
    "GetApiKeyByIdResponse200DataConsumptionLimits",
    "GetApiKeyByIdResponse200DataCurrentPeriodUsage",
    "GetApiKeyByIdResponse200DataLimitPeriod",
    "GetApiKeyByIdResponse200DataModelPrivacy",
    "GetApiKeyByIdResponse200DataUsage",
    "GetApiKeyByIdResponse200DataUsageTrailingSevenDays",
    "GetApiKeyGenerateWeb3KeyResponse200",
    "GetApiKeyGenerateWeb3KeyResponse200Data",
    "GetApiKeyRateLimitLogsResponse200",
    "GetApiKeyRateLimitLogsResponse200DataItem",
    "GetApiKeyRateLimitLogsResponse200DataItemRateLimitType",
    "GetApiKeyRateLimitLogsResponse200Object",
    "GetApiKeyRateLimitsResponse200",
    "GetApiKeyRateLimitsResponse200Data",
    "GetApiKeyRateLimitsResponse200DataApiTier",
    "GetApiKeyRateLimitsResponse200DataBalances",
    "GetApiKeyRateLimitsResponse200DataRateLimitsItem",
    "GetApiKeyRateLimitsResponse200DataRateLimitsItemRateLimitsItem",
    "GetApiKeysResponse200",
    "GetApiKeysResponse200DataItem",
    "GetApiKeysResponse200DataItemApiKeyType",
    "GetApiKeysResponse200DataItemConsumptionLimits",
    "GetApiKeysResponse200DataItemCurrentPeriodUsage",
    "GetApiKeysResponse200DataItemLimitPeriod",
    "GetApiKeysResponse200DataItemModelPrivacy",
    "GetApiKeysResponse200DataItemUsage",
    "GetApiKeysResponse200DataItemUsageTrailingSevenDays",
    "GetApiKeysResponse200Object",
    "GetBillingBalanceResponse200",
    "GetBillingBalanceResponse200Balances",
    "GetBillingBalanceResponse200ConsumptionCurrencyType1",
    "GetBillingBalanceResponse200ConsumptionCurrencyType2Type1",
    "GetBillingBalanceResponse200ConsumptionCurrencyType3Type1",
    "GetBillingUsageAnalyticsResponse200",
    "GetBillingUsageAnalyticsResponse200ByDateItem",
    "GetBillingUsageAnalyticsResponse200ByKeyDailyItem",
    "GetBillingUsageAnalyticsResponse200ByKeyItem",
    "GetBillingUsageAnalyticsResponse200ByModelDailyItem",
    "GetBillingUsageAnalyticsResponse200ByModelItem",
    "GetBillingUsageAnalyticsResponse200ByModelItemBreakdownItem",
    "GetBillingUsageAnalyticsResponse504",
    "GetBillingUsageHistoryCurrency",
    "GetBillingUsageHistoryResponse200",
    "GetBillingUsageHistoryResponse200DataItem",
    "GetBillingUsageHistoryResponse200DataItemCurrency",
    "GetBillingUsageHistoryResponse200DataItemInferenceDetailsType0",
    "GetCharacterBySlugResponse200",
    "GetCharacterBySlugResponse200Data",
    "GetCharacterBySlugResponse200DataStats",
    "GetCharacterBySlugResponse200Object",
    "GetCharacterReviewsResponse200",
    "GetCharacterReviewsResponse200DataItem",
    "GetCharacterReviewsResponse200Object",
    "GetCharacterReviewsResponse200Pagination",
    "GetCharacterReviewsResponse200Summary",
    "GetX402BalanceResponse200",
    "GetX402BalanceResponse200Data",
    "GetX402TransactionsResponse200",
    "GetX402TransactionsResponse200Data",
    "GetX402TransactionsResponse200DataPagination",
    "GetX402TransactionsResponse200DataTransactionsItem",
    "InputAudio",
    "InputAudioCacheControl",
    "InputAudioCacheControlType",
    "InputAudioInputAudioObject",
    "InputAudioInputAudioObjectFormat",
    "InputAudioType",
    "ListCharactersIsAdult",
    "ListCharactersIsPro",
    "ListCharactersIsWebEnabled",
    "ListCharactersResponse200",
    "ListCharactersResponse200DataItem",
    "ListCharactersResponse200DataItemStats",
    "ListCharactersResponse200Object",
    "ListCharactersSortBy",
    "ListCharactersSortOrder",
    "ListCryptoRpcNetworksResponse200",
    "ListImageStylesResponse200",
    "ListImageStylesResponse200Object",
    "ListModelCompatibilityMappingResponse200",
    "ListModelCompatibilityMappingResponse200Object",
    "ListModelCompatibilityMappingResponse200TypeType0",
    "ListModelCompatibilityMappingResponse200TypeType1",
    "ListModelCompatibilityMappingType",
    "ListModelTraitsResponse200",
    "ListModelTraitsResponse200Object",
    "ListModelTraitsResponse200TypeType0",
    "ListModelTraitsResponse200TypeType1",
    "ListModelTraitsType",
    "ListModelsResponse200",
    "ListModelsResponse200Object",
    "ListModelsResponse200TypeType0",
    "ListModelsResponse200TypeType1",
    "ListModelsTypeType0",
    "ListModelsTypeType1",
    "ModelCompatibilitySchema",
    "ModelResponse",
    "ModelResponseModelSpec",
    "ModelResponseModelSpecASRModelPricing",
    "ModelResponseModelSpecASRModelPricingPerAudioSecond",
    "ModelResponseModelSpecCapabilities",
    "ModelResponseModelSpecCapabilitiesDefaultReasoningEffort",
    "ModelResponseModelSpecCapabilitiesQuantization",
    "ModelResponseModelSpecCapabilitiesReasoningEffortOptionsItem",
    "ModelResponseModelSpecDeprecation",
    "ModelResponseModelSpecImageModelConstraints",
    "ModelResponseModelSpecImageModelConstraintsDefaultQuality",
    "ModelResponseModelSpecImageModelConstraintsQualitiesItem",
    "ModelResponseModelSpecImageModelConstraintsSteps",
    "ModelResponseModelSpecImageModelPricing",
    "ModelResponseModelSpecImageModelPricingGeneration",
    "ModelResponseModelSpecImageModelPricingQuality",
    "ModelResponseModelSpecImageModelPricingQualityAdditionalProperty",
    "ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh",
    "ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow",
    "ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium",
    "ModelResponseModelSpecImageModelPricingResolutions",
    "ModelResponseModelSpecImageModelPricingResolutionsAdditionalProperty",
    "ModelResponseModelSpecImageModelPricingUpscale",
    "ModelResponseModelSpecImageModelPricingUpscale2X",
    "ModelResponseModelSpecImageModelPricingUpscale4X",
    "ModelResponseModelSpecInpaintModelConstraints",
    "ModelResponseModelSpecInpaintModelConstraintsDefaultQuality",
    "ModelResponseModelSpecInpaintModelConstraintsQualitiesItem",
    "ModelResponseModelSpecInpaintModelPricing",
    "ModelResponseModelSpecInpaintModelPricingInpaint",
    "ModelResponseModelSpecInpaintModelPricingInputImages",
    "ModelResponseModelSpecInpaintModelPricingInputImagesAdditional",
    "ModelResponseModelSpecInpaintModelPricingQuality",
    "ModelResponseModelSpecInpaintModelPricingQualityAdditionalProperty",
    "ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh",
    "ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow",
    "ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium",
    "ModelResponseModelSpecInpaintModelPricingResolutions",
    "ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty",
    "ModelResponseModelSpecLLMModelPricing",
    "ModelResponseModelSpecLLMModelPricingCacheInput",
    "ModelResponseModelSpecLLMModelPricingCacheWrite",
    "ModelResponseModelSpecLLMModelPricingExtended",
    "ModelResponseModelSpecLLMModelPricingExtendedCacheInput",
    "ModelResponseModelSpecLLMModelPricingExtendedCacheWrite",
    "ModelResponseModelSpecLLMModelPricingExtendedInput",
    "ModelResponseModelSpecLLMModelPricingExtendedOutput",
    "ModelResponseModelSpecLLMModelPricingInput",
    "ModelResponseModelSpecLLMModelPricingOutput",
    "ModelResponseModelSpecPricingType5",
    "ModelResponseModelSpecPricingType5Generation",
    "ModelResponseModelSpecPricingType6",
    "ModelResponseModelSpecPricingType6Durations",
    "ModelResponseModelSpecPricingType6DurationsAdditionalProperty",
    "ModelResponseModelSpecPricingType7",
    "ModelResponseModelSpecPricingType7PerSecond",
    "ModelResponseModelSpecPricingType8",
    "ModelResponseModelSpecPricingType8PerThousandCharacters",
    "ModelResponseModelSpecPrivacy",
    "ModelResponseModelSpecTTSModelPricing",
    "ModelResponseModelSpecTTSModelPricingInput",
    "ModelResponseModelSpecTTSVoiceCloning",
    "ModelResponseModelSpecTTSVoiceCloningMode",
    "ModelResponseModelSpecTextModelConstraints",
    "ModelResponseModelSpecTextModelConstraintsFrequencyPenalty",
    "ModelResponseModelSpecTextModelConstraintsPresencePenalty",
    "ModelResponseModelSpecTextModelConstraintsRepetitionPenalty",
    "ModelResponseModelSpecTextModelConstraintsTemperature",
    "ModelResponseModelSpecTextModelConstraintsTopP",
    "ModelResponseModelSpecVideoModelConstraints",
    "ModelResponseModelSpecVideoModelConstraintsModelType",
    "ModelResponseObject",
    "ModelResponseOwnedBy",
    "ModelResponseType",
    "ModelTraitSchema",
    "MultiEditImageFilesBody",
    "MultiEditImageFilesBodyModelId",
    "MultiEditImageJsonBody",
    "MultiEditImageJsonBodyModelId",
    "MultiEditImageMultipartRequest",
    "MultiEditImageMultipartRequestAspectRatio",
    "MultiEditImageMultipartRequestOutputFormat",
    "MultiEditImageMultipartRequestQuality",
    "MultiEditImageRequest",
    "MultiEditImageRequestAspectRatio",
    "MultiEditImageRequestOutputFormat",
    "MultiEditImageRequestQuality",
    "PayloadTooLargeError",
    "PayloadTooLargeErrorCode",
    "PostApiKeyGenerateWeb3KeyBody",
    "PostApiKeyGenerateWeb3KeyBodyApiKeyType",
    "PostApiKeyGenerateWeb3KeyBodyConsumptionLimit",
    "PostApiKeyGenerateWeb3KeyBodyExpiresAtType0",
    "PostApiKeyGenerateWeb3KeyBodyLimitPeriod",
    "PostApiKeyGenerateWeb3KeyBodyModelPrivacy",
    "PostApiKeyGenerateWeb3KeyResponse200",
    "PostApiKeyGenerateWeb3KeyResponse200Data",
    "PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType",
    "PostApiKeyGenerateWeb3KeyResponse200DataConsumptionLimit",
    "PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod",
    "PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy",
    "ProviderContentPolicyError",
    "ProviderContentPolicyErrorError",
    "ProviderContentPolicyErrorErrorType",
    "QueueAudioRequest",
    "QueueAudioResponse200",
    "QueueAudioResponse200Status",
    "QueueVideoRequest",
    "QueueVideoRequestAspectRatio",
    "QueueVideoRequestConsents",
    "QueueVideoRequestConsentsSeedance",
    "QueueVideoRequestDuration",
    "QueueVideoRequestElementsItem",
    "QueueVideoRequestKeyframesItem",
    "QueueVideoRequestOmniReferenceTaskType",
    "QueueVideoRequestResolution",
    "QueueVideoRequestUpscaleFactor",
    "QueueVideoResponse200",
    "QueueVideoResponse409",
    "QueueVideoResponse409Consent",
    "QueueVideoResponse409ConsentFlow",
    "QueueVideoResponse409Error",
    "QueueVideoResponse409ErrorCode",
    "QueueVideoResponse409FaceMediaRolesItem",
    "QuoteAudioRequest",
    "QuoteAudioResponse200",
    "QuoteVideoRequest",
    "QuoteVideoRequestAspectRatio",
    "QuoteVideoRequestDuration",
    "QuoteVideoRequestResolution",
    "QuoteVideoRequestUpscaleFactor",
    "QuoteVideoResponse200",
    "ResponseStreamEvent",
    "ResponseStreamEventItem",
    "ResponseStreamEventPart",
    "ResponsesAPIRequest",
    "ResponsesAPIRequestCodeInterpreterTool",
    "ResponsesAPIRequestCodeInterpreterToolContainer",
    "ResponsesAPIRequestCodeInterpreterToolType",
    "ResponsesAPIRequestComputerUseTool",
    "ResponsesAPIRequestComputerUseToolType",
    "ResponsesAPIRequestFallbacksItem",
    "ResponsesAPIRequestFileSearchTool",
    "ResponsesAPIRequestFileSearchToolRankingOptions",
    "ResponsesAPIRequestFileSearchToolType",
    "ResponsesAPIRequestFunctionCall",
    "ResponsesAPIRequestFunctionCallOutput",
    "ResponsesAPIRequestFunctionCallOutputOutputType2",
    "ResponsesAPIRequestFunctionCallOutputType",
    "ResponsesAPIRequestFunctionCallStatus",
    "ResponsesAPIRequestFunctionCallType",
    "ResponsesAPIRequestFunctionTool",
    "ResponsesAPIRequestFunctionToolFunction",
    "ResponsesAPIRequestFunctionToolFunctionParameters",
    "ResponsesAPIRequestFunctionToolType",
    "ResponsesAPIRequestGenericTool",
    "ResponsesAPIRequestInputMessage",
    "ResponsesAPIRequestInputMessageFlexible",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1Detail",
    "ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2Type",
    "ResponsesAPIRequestInputMessageFlexibleInputImage",
    "ResponsesAPIRequestInputMessageFlexibleInputImageImageUrl",
    "ResponsesAPIRequestInputMessageFlexibleInputImageImageUrlDetail",
    "ResponsesAPIRequestInputMessageFlexibleInputImageType",
    "ResponsesAPIRequestInputMessageFlexibleInputText",
    "ResponsesAPIRequestInputMessageFlexibleInputTextType",
    "ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory",
    "ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType",
    "ResponsesAPIRequestInputMessageFlexibleRole",
    "ResponsesAPIRequestInputMessageFlexibleStatus",
    "ResponsesAPIRequestInputMessageInputImage",
    "ResponsesAPIRequestInputMessageInputImageImageUrl",
    "ResponsesAPIRequestInputMessageInputImageImageUrlDetail",
    "ResponsesAPIRequestInputMessageInputImageType",
    "ResponsesAPIRequestInputMessageInputText",
    "ResponsesAPIRequestInputMessageInputTextType",
    "ResponsesAPIRequestInputMessageOutputTextForHistory",
    "ResponsesAPIRequestInputMessageOutputTextForHistoryType",
    "ResponsesAPIRequestInputMessageRole",
    "ResponsesAPIRequestInputMessageStatus",
    "ResponsesAPIRequestInputMessageType",
    "ResponsesAPIRequestItemReference",
    "ResponsesAPIRequestItemReferenceType",
    "ResponsesAPIRequestReasoning",
    "ResponsesAPIRequestReasoningConfiguration",
    "ResponsesAPIRequestReasoningConfigurationEffort",
    "ResponsesAPIRequestReasoningConfigurationSummary",
    "ResponsesAPIRequestReasoningStatusType1",
    "ResponsesAPIRequestReasoningStatusType2Type1",
    "ResponsesAPIRequestReasoningStatusType3Type1",
    "ResponsesAPIRequestReasoningType",
    "ResponsesAPIRequestToolChoiceType0",
    "ResponsesAPIRequestToolChoiceType1",
    "ResponsesAPIRequestToolChoiceType2",
    "ResponsesAPIRequestToolChoiceType3",
    "ResponsesAPIRequestToolChoiceType3Function",
    "ResponsesAPIRequestToolChoiceType3Type",
    "ResponsesAPIRequestVeniceParameters",
    "ResponsesAPIRequestVeniceParametersEnableWebSearch",
    "ResponsesAPIRequestWebSearchTool",
    "ResponsesAPIRequestWebSearchToolSearchContextSize",
    "ResponsesAPIRequestWebSearchToolType",
    "ResponsesAPIRequestWebSearchToolUserLocation",
    "ResponsesAPIRequestWebSearchToolUserLocationType",
    "ResponsesAPIRequestXSearchTool",
    "ResponsesAPIRequestXSearchToolType",
    "ResponsesAPIResponse",
    "ResponsesAPIResponseError",
    "ResponsesAPIResponseFunctionCallOutput",
    "ResponsesAPIResponseFunctionCallOutputStatus",
    "ResponsesAPIResponseFunctionCallOutputType",
    "ResponsesAPIResponseMessageOutput",
    "ResponsesAPIResponseMessageOutputOutputText",
    "ResponsesAPIResponseMessageOutputOutputTextType",
    "ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation",
    "ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType",
    "ResponsesAPIResponseMessageOutputRole",
    "ResponsesAPIResponseMessageOutputStatus",
    "ResponsesAPIResponseMessageOutputType",
    "ResponsesAPIResponseObject",
    "ResponsesAPIResponseReasoningOutput",
    "ResponsesAPIResponseReasoningOutputType",
    "ResponsesAPIResponseStatus",
    "ResponsesAPIResponseUsage",
    "ResponsesAPIResponseUsageInputTokensDetails",
    "ResponsesAPIResponseUsageOutputTokensDetails",
    "ResponsesAPIResponseWebSearchCallOutput",
    "ResponsesAPIResponseWebSearchCallOutputStatus",
    "ResponsesAPIResponseWebSearchCallOutputType",
    "RetrieveAudioRequest",
    "RetrieveAudioResponse200",
    "RetrieveAudioResponse200Status",
    "RetrieveVideoRequest",
    "RetrieveVideoResponse200",
    "RetrieveVideoResponse200Status",
    "SimpleGenerateImageRequest",
    "SimpleGenerateImageRequestBackgroundType1",
    "SimpleGenerateImageRequestBackgroundType2Type1",
    "SimpleGenerateImageRequestBackgroundType3Type1",
    "SimpleGenerateImageRequestModerationType1",
    "SimpleGenerateImageRequestModerationType2Type1",
    "SimpleGenerateImageRequestModerationType3Type1",
    "SimpleGenerateImageRequestOutputFormat",
    "SimpleGenerateImageRequestQualityType1",
    "SimpleGenerateImageRequestQualityType2Type1",
    "SimpleGenerateImageRequestQualityType3Type1",
    "SimpleGenerateImageRequestResponseFormatType1",
    "SimpleGenerateImageRequestResponseFormatType2Type1",
    "SimpleGenerateImageRequestResponseFormatType3Type1",
    "SimpleGenerateImageRequestSizeType1",
    "SimpleGenerateImageRequestSizeType2Type1",
    "SimpleGenerateImageRequestSizeType3Type1",
    "SimpleGenerateImageRequestStyleType1",
    "SimpleGenerateImageRequestStyleType2Type1",
    "SimpleGenerateImageRequestStyleType3Type1",
    "SimpleGenerateImageResponse200",
    "SimpleGenerateImageResponse200DataItemType0",
    "SimpleGenerateImageResponse200DataItemType1",
    "StandardError",
    "TextParserRequest",
    "TextParserRequestResponseFormat",
    "TextParserResponse",
    "TopUpX402BalanceBody",
    "TopUpX402BalanceResponse200",
    "TopUpX402BalanceResponse200Data",
    "TopUpX402BalanceResponse400",
    "TopUpX402BalanceResponse400Details",
    "TopUpX402BalanceResponse402",
    "TopUpX402BalanceResponse402AcceptsItem",
    "TopUpX402BalanceResponse402AcceptsItemExtra",
    "TopUpX402BalanceResponse402AcceptsItemScheme",
    "TopUpX402BalanceResponse500",
    "TopUpX402BalanceResponse500Details",
    "UpdateApiKeyBody",
    "UpdateApiKeyBodyConsumptionLimit",
    "UpdateApiKeyBodyExpiresAtType0",
    "UpdateApiKeyBodyLimitPeriod",
    "UpdateApiKeyBodyModelPrivacy",
    "UpdateApiKeyResponse200",
    "UpdateApiKeyResponse200Data",
    "UpdateApiKeyResponse200DataApiKeyType",
    "UpdateApiKeyResponse200DataConsumptionLimits",
    "UpdateApiKeyResponse200DataLimitPeriod",
    "UpdateApiKeyResponse200DataModelPrivacy",
    "UpscaleImageRequest",
    "VideoUrl",
    "VideoUrlCacheControl",
    "VideoUrlCacheControlType",
    "VideoUrlType",
    "VideoUrlVideoURLObject",
    "WebScrapeRequest",
    "WebScrapeResponse",
    "WebScrapeResponseFormat",
    "WebSearchRequest",
    "WebSearchRequestSearchProvider",
    "WebSearchResponse",
    "WebSearchResponseResultsItem",
    "X402InferencePaymentRequiredType0",
    "X402InferencePaymentRequiredType0AcceptsItem",
    "X402InferencePaymentRequiredType0AcceptsItemExtra",
    "X402InferencePaymentRequiredType0AcceptsItemScheme",
    "X402InferencePaymentRequiredType0AuthOptions",
    "X402InferencePaymentRequiredType0AuthOptionsApiKey",
    "X402InferencePaymentRequiredType0AuthOptionsX402Wallet",
    "X402InferencePaymentRequiredType0Extensions",
    "X402InferencePaymentRequiredType0Resource",
    "X402InferencePaymentRequiredType1",
    "X402InferencePaymentRequiredType1Code",
    "X402InferencePaymentRequiredType1Error",
    "X402InferencePaymentRequiredType1Reason",
    "X402InferencePaymentRequiredType1SiwxChallenge",
    "X402InferencePaymentRequiredType1SiwxChallengeInfo",
    "X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItem",
    "X402InferencePaymentRequiredType1SiwxChallengeSupportedChainsItemType",
    "X402InferencePaymentRequiredType1TopUpInstructions",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
