from typing import Literal

CreateEmbeddingResponse200Object = Literal["list"]

CREATE_EMBEDDING_RESPONSE_200_OBJECT_VALUES: set[CreateEmbeddingResponse200Object] = {
    "list",
}


def check_create_embedding_response_200_object(
    value: str,
) -> CreateEmbeddingResponse200Object:
    if value in CREATE_EMBEDDING_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_RESPONSE_200_OBJECT_VALUES!r}"
    )
