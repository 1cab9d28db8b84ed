from typing import Literal

CreateEmbeddingResponse200DataItemObject = Literal["embedding"]

CREATE_EMBEDDING_RESPONSE_200_DATA_ITEM_OBJECT_VALUES: set[
    CreateEmbeddingResponse200DataItemObject
] = {
    "embedding",
}


def check_create_embedding_response_200_data_item_object(
    value: str,
) -> CreateEmbeddingResponse200DataItemObject:
    if value in CREATE_EMBEDDING_RESPONSE_200_DATA_ITEM_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_RESPONSE_200_DATA_ITEM_OBJECT_VALUES!r}"
    )
