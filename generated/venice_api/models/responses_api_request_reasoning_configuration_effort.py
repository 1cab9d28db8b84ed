from typing import Literal

ResponsesAPIRequestReasoningConfigurationEffort = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

RESPONSES_API_REQUEST_REASONING_CONFIGURATION_EFFORT_VALUES: set[
    ResponsesAPIRequestReasoningConfigurationEffort
] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_responses_api_request_reasoning_configuration_effort(
    value: str,
) -> ResponsesAPIRequestReasoningConfigurationEffort:
    if value in RESPONSES_API_REQUEST_REASONING_CONFIGURATION_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_REASONING_CONFIGURATION_EFFORT_VALUES!r}"
    )
