from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_embedding_request_schema_encoding_format import (
    CreateEmbeddingRequestSchemaEncodingFormat,
    check_create_embedding_request_schema_encoding_format,
)
from ..models.create_embedding_request_schema_model_type_1 import (
    CreateEmbeddingRequestSchemaModelType1,
    check_create_embedding_request_schema_model_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEmbeddingRequestSchema")


@_attrs_define
class CreateEmbeddingRequestSchema:
    """Create embeddings for the supplied input.

    Example:
        {'encoding_format': 'float', 'input': 'The quick brown fox jumped over the lazy dog', 'model': 'text-embedding-
            bge-m3'}

    Attributes:
        input_ (list[str] | str): Input text to embed, encoded as a string or array of strings. To embed multiple inputs
            in a single request, pass an array of strings. The input must not exceed the max input tokens for the model
            (8192 tokens), cannot be an empty string, and any array must contain 2048 items or less. Token arrays are not
            supported and return HTTP 400. LangChain OpenAIEmbeddings sends token arrays unless you set
            check_embedding_ctx_length=False. Example: The quick brown fox jumped over the lazy dog.
        model (CreateEmbeddingRequestSchemaModelType1 | str): ID of the model to use. You can use the List models API to
            see all of your available models, or see our Model overview for descriptions of them. Example: text-embedding-
            bge-m3.
        dimensions (int | Unset): The number of dimensions the resulting output embeddings should have.
        encoding_format (CreateEmbeddingRequestSchemaEncodingFormat | Unset): The format to return the embeddings in.
            Can be either `float` or `base64`. Default: 'float'. Example: float.
        user (str | Unset): This is an unused parameter and is discarded by Venice. It is supported solely for API
            compatibility with OpenAI.
    """

    input_: list[str] | str
    model: CreateEmbeddingRequestSchemaModelType1 | str
    dimensions: int | Unset = UNSET
    encoding_format: CreateEmbeddingRequestSchemaEncodingFormat | Unset = "float"
    user: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        model: str
        if isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        dimensions = self.dimensions

        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_input_(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_array = cast(list[str], data)

                return input_array
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        input_ = _parse_input_(d.pop("input"))

        def _parse_model(data: object) -> CreateEmbeddingRequestSchemaModelType1 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_create_embedding_request_schema_model_type_1(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEmbeddingRequestSchemaModelType1 | str, data)

        model = _parse_model(d.pop("model"))

        dimensions = d.pop("dimensions", UNSET)

        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: CreateEmbeddingRequestSchemaEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = check_create_embedding_request_schema_encoding_format(
                _encoding_format
            )

        user = d.pop("user", UNSET)

        create_embedding_request_schema = cls(
            input_=input_,
            model=model,
            dimensions=dimensions,
            encoding_format=encoding_format,
            user=user,
        )

        return create_embedding_request_schema
