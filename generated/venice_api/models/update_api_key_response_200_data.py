from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.update_api_key_response_200_data_api_key_type import (
    UpdateApiKeyResponse200DataApiKeyType,
    check_update_api_key_response_200_data_api_key_type,
)
from ..models.update_api_key_response_200_data_limit_period import (
    UpdateApiKeyResponse200DataLimitPeriod,
    check_update_api_key_response_200_data_limit_period,
)
from ..models.update_api_key_response_200_data_model_privacy import (
    UpdateApiKeyResponse200DataModelPrivacy,
    check_update_api_key_response_200_data_model_privacy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_api_key_response_200_data_consumption_limits import (
        UpdateApiKeyResponse200DataConsumptionLimits,
    )


T = TypeVar("T", bound="UpdateApiKeyResponse200Data")


@_attrs_define
class UpdateApiKeyResponse200Data:
    """
    Attributes:
        api_key_type (UpdateApiKeyResponse200DataApiKeyType): The API Key type Example: ADMIN.
        consumption_limits (UpdateApiKeyResponse200DataConsumptionLimits): The API Key consumption limits, evaluated
            against the window selected by `limitPeriod`. Example: {'usd': 50, 'diem': 10, 'vcu': 30}.
        limit_period (UpdateApiKeyResponse200DataLimitPeriod): Reset window the consumption limits apply to. `EPOCH`
            resets every UTC day (legacy default). `MONTH` resets on the 1st of each UTC calendar month. `LIFETIME` never
            resets, so the limit acts as a permanent cap on the key. Example: MONTH.
        model_privacy (UpdateApiKeyResponse200DataModelPrivacy): Which models this key may call, by privacy tier. `ALL`
            allows every model. `PRIVATE_TEXT` requires text and embedding models to be Private, TEE, or E2EE while other
            modalities may be Anonymous or Private. `PRIVATE_ONLY` requires every model to be Private, TEE, or E2EE;
            Anonymous models are rejected. Example: ALL.
        created_at (None | str): API Key creation date Example: 2023-10-01T12:00:00Z.
        expires_at (None | str): The API Key expiration date Example: 2023-10-01T12:00:00Z.
        id (str): The API Key ID Example: e28e82dc-9df2-4b47-b726-d0a222ef2ab5.
        last_6_chars (str): Last 6 characters of the API Key Example: 2V2jNW.
        last_used_at (None | str): API Key last used date Example: 2023-10-01T12:00:00Z.
        description (str | Unset): The API Key description Example: Updated API Key.
    """

    api_key_type: UpdateApiKeyResponse200DataApiKeyType
    consumption_limits: UpdateApiKeyResponse200DataConsumptionLimits
    limit_period: UpdateApiKeyResponse200DataLimitPeriod
    model_privacy: UpdateApiKeyResponse200DataModelPrivacy
    created_at: None | str
    expires_at: None | str
    id: str
    last_6_chars: str
    last_used_at: None | str
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        api_key_type: str = self.api_key_type

        consumption_limits = self.consumption_limits.to_dict()

        limit_period: str = self.limit_period

        model_privacy: str = self.model_privacy

        created_at: None | str
        created_at = self.created_at

        expires_at: None | str
        expires_at = self.expires_at

        id = self.id

        last_6_chars = self.last_6_chars

        last_used_at: None | str
        last_used_at = self.last_used_at

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "apiKeyType": api_key_type,
                "consumptionLimits": consumption_limits,
                "limitPeriod": limit_period,
                "modelPrivacy": model_privacy,
                "createdAt": created_at,
                "expiresAt": expires_at,
                "id": id,
                "last6Chars": last_6_chars,
                "lastUsedAt": last_used_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_api_key_response_200_data_consumption_limits import (
            UpdateApiKeyResponse200DataConsumptionLimits,
        )

        d = dict(src_dict)
        api_key_type = check_update_api_key_response_200_data_api_key_type(
            d.pop("apiKeyType")
        )

        consumption_limits = UpdateApiKeyResponse200DataConsumptionLimits.from_dict(
            d.pop("consumptionLimits")
        )

        limit_period = check_update_api_key_response_200_data_limit_period(
            d.pop("limitPeriod")
        )

        model_privacy = check_update_api_key_response_200_data_model_privacy(
            d.pop("modelPrivacy")
        )

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(d.pop("createdAt"))

        def _parse_expires_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        id = d.pop("id")

        last_6_chars = d.pop("last6Chars")

        def _parse_last_used_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_used_at = _parse_last_used_at(d.pop("lastUsedAt"))

        description = d.pop("description", UNSET)

        update_api_key_response_200_data = cls(
            api_key_type=api_key_type,
            consumption_limits=consumption_limits,
            limit_period=limit_period,
            model_privacy=model_privacy,
            created_at=created_at,
            expires_at=expires_at,
            id=id,
            last_6_chars=last_6_chars,
            last_used_at=last_used_at,
            description=description,
        )

        return update_api_key_response_200_data
