from typing import Literal

CreateEmbeddingRequestSchemaEncodingFormat = Literal["base64", "float"]

CREATE_EMBEDDING_REQUEST_SCHEMA_ENCODING_FORMAT_VALUES: set[
    CreateEmbeddingRequestSchemaEncodingFormat
] = {
    "base64",
    "float",
}


def check_create_embedding_request_schema_encoding_format(
    value: str,
) -> CreateEmbeddingRequestSchemaEncodingFormat:
    if value in CREATE_EMBEDDING_REQUEST_SCHEMA_ENCODING_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_REQUEST_SCHEMA_ENCODING_FORMAT_VALUES!r}"
    )
