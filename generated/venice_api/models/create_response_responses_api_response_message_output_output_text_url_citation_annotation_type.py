from typing import Literal

CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType = (
    Literal["url_citation"]
)

CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_URL_CITATION_ANNOTATION_TYPE_VALUES: set[
    CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType
] = {
    "url_citation",
}


def check_create_response_responses_api_response_message_output_output_text_url_citation_annotation_type(
    value: str,
) -> CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType:
    if (
        value
        in CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_URL_CITATION_ANNOTATION_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_RESPONSES_API_RESPONSE_MESSAGE_OUTPUT_OUTPUT_TEXT_URL_CITATION_ANNOTATION_TYPE_VALUES!r}"
    )
