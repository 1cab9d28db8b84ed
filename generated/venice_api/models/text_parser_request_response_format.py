from typing import Literal

TextParserRequestResponseFormat = Literal["json", "text"]

TEXT_PARSER_REQUEST_RESPONSE_FORMAT_VALUES: set[TextParserRequestResponseFormat] = {
    "json",
    "text",
}


def check_text_parser_request_response_format(
    value: str,
) -> TextParserRequestResponseFormat:
    if value in TEXT_PARSER_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_PARSER_REQUEST_RESPONSE_FORMAT_VALUES!r}"
    )
