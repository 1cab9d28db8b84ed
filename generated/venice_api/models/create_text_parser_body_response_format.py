from typing import Literal

CreateTextParserBodyResponseFormat = Literal["json", "text"]

CREATE_TEXT_PARSER_BODY_RESPONSE_FORMAT_VALUES: set[
    CreateTextParserBodyResponseFormat
] = {
    "json",
    "text",
}


def check_create_text_parser_body_response_format(
    value: str,
) -> CreateTextParserBodyResponseFormat:
    if value in CREATE_TEXT_PARSER_BODY_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TEXT_PARSER_BODY_RESPONSE_FORMAT_VALUES!r}"
    )
