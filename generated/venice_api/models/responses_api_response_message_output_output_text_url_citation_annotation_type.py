from typing import Literal

ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType = Literal[
    "url_citation"
]

RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_URL_CITATION_ANNOTATION_TYPE_VALUES: set[
    ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType
] = {
    "url_citation",
}


def check_responses_api_response_message_output_output_text_url_citation_annotation_type(
    value: str,
) -> ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType:
    if (
        value
        in RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_URL_CITATION_ANNOTATION_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_URL_CITATION_ANNOTATION_TYPE_VALUES!r}"
    )
