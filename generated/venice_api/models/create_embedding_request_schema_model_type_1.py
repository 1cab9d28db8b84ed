from typing import Literal

CreateEmbeddingRequestSchemaModelType1 = Literal[
    "gemini-embedding-2-preview",
    "text-embedding-3-large",
    "text-embedding-3-small",
    "text-embedding-bge-en-icl",
    "text-embedding-bge-m3",
    "text-embedding-multilingual-e5-large-instruct",
    "text-embedding-nemotron-embed-vl-1b-v2",
    "text-embedding-qwen3-0-6b",
    "text-embedding-qwen3-8b",
]

CREATE_EMBEDDING_REQUEST_SCHEMA_MODEL_TYPE_1_VALUES: set[
    CreateEmbeddingRequestSchemaModelType1
] = {
    "gemini-embedding-2-preview",
    "text-embedding-3-large",
    "text-embedding-3-small",
    "text-embedding-bge-en-icl",
    "text-embedding-bge-m3",
    "text-embedding-multilingual-e5-large-instruct",
    "text-embedding-nemotron-embed-vl-1b-v2",
    "text-embedding-qwen3-0-6b",
    "text-embedding-qwen3-8b",
}


def check_create_embedding_request_schema_model_type_1(
    value: str,
) -> CreateEmbeddingRequestSchemaModelType1:
    if value in CREATE_EMBEDDING_REQUEST_SCHEMA_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_REQUEST_SCHEMA_MODEL_TYPE_1_VALUES!r}"
    )
