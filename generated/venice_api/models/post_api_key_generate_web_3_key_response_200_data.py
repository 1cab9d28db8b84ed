from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_api_key_generate_web_3_key_response_200_data_api_key_type import (
    PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType,
    check_post_api_key_generate_web_3_key_response_200_data_api_key_type,
)
from ..models.post_api_key_generate_web_3_key_response_200_data_limit_period import (
    PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod,
    check_post_api_key_generate_web_3_key_response_200_data_limit_period,
)
from ..models.post_api_key_generate_web_3_key_response_200_data_model_privacy import (
    PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy,
    check_post_api_key_generate_web_3_key_response_200_data_model_privacy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_api_key_generate_web_3_key_response_200_data_consumption_limit import (
        PostApiKeyGenerateWeb3KeyResponse200DataConsumptionLimit,
    )


T = TypeVar("T", bound="PostApiKeyGenerateWeb3KeyResponse200Data")


@_attrs_define
class PostApiKeyGenerateWeb3KeyResponse200Data:
    """
    Attributes:
        api_key (str): The API Key. This is only shown once, so make sure to save it somewhere safe.
        api_key_type (PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType): The API Key type Example: ADMIN.
        consumption_limit (PostApiKeyGenerateWeb3KeyResponse200DataConsumptionLimit): The API Key consumption limits,
            evaluated against the window selected by `limitPeriod`. Example: {'usd': 50, 'diem': 10, 'vcu': 30}.
        limit_period (PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod): Reset window the consumption limits apply
            to. `EPOCH` resets every UTC day (legacy default). `MONTH` resets on the 1st of each UTC calendar month.
            `LIFETIME` never resets, so the limit acts as a permanent cap on the key. Example: MONTH.
        model_privacy (PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy): Which models this key may call, by privacy
            tier. `ALL` allows every model. `PRIVATE_TEXT` requires text and embedding models to be Private, TEE, or E2EE
            while other modalities may be Anonymous or Private. `PRIVATE_ONLY` requires every model to be Private, TEE, or
            E2EE; Anonymous models are rejected. Example: ALL.
        expires_at (None | str): The API Key expiration date Example: 2023-10-01T12:00:00Z.
        id (str): The API Key ID Example: e28e82dc-9df2-4b47-b726-d0a222ef2ab5.
        description (str | Unset): The API Key description Example: Example API Key.
    """

    api_key: str
    api_key_type: PostApiKeyGenerateWeb3KeyResponse200DataApiKeyType
    consumption_limit: PostApiKeyGenerateWeb3KeyResponse200DataConsumptionLimit
    limit_period: PostApiKeyGenerateWeb3KeyResponse200DataLimitPeriod
    model_privacy: PostApiKeyGenerateWeb3KeyResponse200DataModelPrivacy
    expires_at: None | str
    id: str
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_key_type: str = self.api_key_type

        consumption_limit = self.consumption_limit.to_dict()

        limit_period: str = self.limit_period

        model_privacy: str = self.model_privacy

        expires_at: None | str
        expires_at = self.expires_at

        id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "apiKey": api_key,
                "apiKeyType": api_key_type,
                "consumptionLimit": consumption_limit,
                "limitPeriod": limit_period,
                "modelPrivacy": model_privacy,
                "expiresAt": expires_at,
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_api_key_generate_web_3_key_response_200_data_consumption_limit import (
            PostApiKeyGenerateWeb3KeyResponse200DataConsumptionLimit,
        )

        d = dict(src_dict)
        api_key = d.pop("apiKey")

        api_key_type = (
            check_post_api_key_generate_web_3_key_response_200_data_api_key_type(
                d.pop("apiKeyType")
            )
        )

        consumption_limit = (
            PostApiKeyGenerateWeb3KeyResponse200DataConsumptionLimit.from_dict(
                d.pop("consumptionLimit")
            )
        )

        limit_period = (
            check_post_api_key_generate_web_3_key_response_200_data_limit_period(
                d.pop("limitPeriod")
            )
        )

        model_privacy = (
            check_post_api_key_generate_web_3_key_response_200_data_model_privacy(
                d.pop("modelPrivacy")
            )
        )

        def _parse_expires_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        id = d.pop("id")

        description = d.pop("description", UNSET)

        post_api_key_generate_web_3_key_response_200_data = cls(
            api_key=api_key,
            api_key_type=api_key_type,
            consumption_limit=consumption_limit,
            limit_period=limit_period,
            model_privacy=model_privacy,
            expires_at=expires_at,
            id=id,
            description=description,
        )

        return post_api_key_generate_web_3_key_response_200_data
