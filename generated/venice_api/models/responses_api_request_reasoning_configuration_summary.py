from typing import Literal

ResponsesAPIRequestReasoningConfigurationSummary = Literal[
    "auto", "concise", "detailed"
]

RESPONSES_API_REQUEST_REASONING_CONFIGURATION_SUMMARY_VALUES: set[
    ResponsesAPIRequestReasoningConfigurationSummary
] = {
    "auto",
    "concise",
    "detailed",
}


def check_responses_api_request_reasoning_configuration_summary(
    value: str,
) -> ResponsesAPIRequestReasoningConfigurationSummary:
    if value in RESPONSES_API_REQUEST_REASONING_CONFIGURATION_SUMMARY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_REASONING_CONFIGURATION_SUMMARY_VALUES!r}"
    )
