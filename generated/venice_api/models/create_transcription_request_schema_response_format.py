from typing import Literal

CreateTranscriptionRequestSchemaResponseFormat = Literal["json", "text"]

CREATE_TRANSCRIPTION_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES: set[
    CreateTranscriptionRequestSchemaResponseFormat
] = {
    "json",
    "text",
}


def check_create_transcription_request_schema_response_format(
    value: str,
) -> CreateTranscriptionRequestSchemaResponseFormat:
    if value in CREATE_TRANSCRIPTION_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSCRIPTION_REQUEST_SCHEMA_RESPONSE_FORMAT_VALUES!r}"
    )
