from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_api_key_body_api_key_type import (
    CreateApiKeyBodyApiKeyType,
    check_create_api_key_body_api_key_type,
)
from ..models.create_api_key_body_expires_at_type_0 import (
    CreateApiKeyBodyExpiresAtType0,
    check_create_api_key_body_expires_at_type_0,
)
from ..models.create_api_key_body_limit_period import (
    CreateApiKeyBodyLimitPeriod,
    check_create_api_key_body_limit_period,
)
from ..models.create_api_key_body_model_privacy import (
    CreateApiKeyBodyModelPrivacy,
    check_create_api_key_body_model_privacy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_api_key_body_consumption_limit import (
        CreateApiKeyBodyConsumptionLimit,
    )


T = TypeVar("T", bound="CreateApiKeyBody")


@_attrs_define
class CreateApiKeyBody:
    """The request body for creating a new API key. API key creation is rate limited to 20 requests per minute and a
    maximum of 500 active API keys per user. VCU (Legacy Diem) is being deprecated in favor of tokenized Diem. Please
    update your API calls to use Diem instead.

        Attributes:
            api_key_type (CreateApiKeyBodyApiKeyType): The API Key type. Admin keys have full access to the API while
                inference keys are only able to call inference endpoints. Example: ADMIN.
            description (str): The API Key description (max 64 characters) Example: Example API Key.
            consumption_limit (CreateApiKeyBodyConsumptionLimit | Unset): The API Key consumption limits, evaluated against
                the window selected by `limitPeriod`. Example: {'usd': 50, 'diem': 10, 'vcu': 30}.
            limit_period (CreateApiKeyBodyLimitPeriod | Unset): Reset window the consumption limits apply to. `EPOCH` resets
                every UTC day (legacy default). `MONTH` resets on the 1st of each UTC calendar month. `LIFETIME` never resets,
                so the limit acts as a permanent cap on the key. Example: MONTH.
            model_privacy (CreateApiKeyBodyModelPrivacy | Unset): Which models this key may call, by privacy tier. `ALL`
                allows every model. `PRIVATE_TEXT` requires text and embedding models to be Private, TEE, or E2EE while other
                modalities may be Anonymous or Private. `PRIVATE_ONLY` requires every model to be Private, TEE, or E2EE;
                Anonymous models are rejected. Example: ALL.
            expires_at (CreateApiKeyBodyExpiresAtType0 | str | Unset): The API Key expiration date. If not provided, the key
                will not expire. Example: 2023-10-01T12:00:00Z.
    """

    api_key_type: CreateApiKeyBodyApiKeyType
    description: str
    consumption_limit: CreateApiKeyBodyConsumptionLimit | Unset = UNSET
    limit_period: CreateApiKeyBodyLimitPeriod | Unset = UNSET
    model_privacy: CreateApiKeyBodyModelPrivacy | Unset = UNSET
    expires_at: CreateApiKeyBodyExpiresAtType0 | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        api_key_type: str = self.api_key_type

        description = self.description

        consumption_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consumption_limit, Unset):
            consumption_limit = self.consumption_limit.to_dict()

        limit_period: str | Unset = UNSET
        if not isinstance(self.limit_period, Unset):
            limit_period = self.limit_period

        model_privacy: str | Unset = UNSET
        if not isinstance(self.model_privacy, Unset):
            model_privacy = self.model_privacy

        expires_at: str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, str):
            expires_at = self.expires_at
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "apiKeyType": api_key_type,
                "description": description,
            }
        )
        if consumption_limit is not UNSET:
            field_dict["consumptionLimit"] = consumption_limit
        if limit_period is not UNSET:
            field_dict["limitPeriod"] = limit_period
        if model_privacy is not UNSET:
            field_dict["modelPrivacy"] = model_privacy
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_api_key_body_consumption_limit import (
            CreateApiKeyBodyConsumptionLimit,
        )

        d = dict(src_dict)
        api_key_type = check_create_api_key_body_api_key_type(d.pop("apiKeyType"))

        description = d.pop("description")

        _consumption_limit = d.pop("consumptionLimit", UNSET)
        consumption_limit: CreateApiKeyBodyConsumptionLimit | Unset
        if isinstance(_consumption_limit, Unset):
            consumption_limit = UNSET
        else:
            consumption_limit = CreateApiKeyBodyConsumptionLimit.from_dict(
                _consumption_limit
            )

        _limit_period = d.pop("limitPeriod", UNSET)
        limit_period: CreateApiKeyBodyLimitPeriod | Unset
        if isinstance(_limit_period, Unset):
            limit_period = UNSET
        else:
            limit_period = check_create_api_key_body_limit_period(_limit_period)

        _model_privacy = d.pop("modelPrivacy", UNSET)
        model_privacy: CreateApiKeyBodyModelPrivacy | Unset
        if isinstance(_model_privacy, Unset):
            model_privacy = UNSET
        else:
            model_privacy = check_create_api_key_body_model_privacy(_model_privacy)

        def _parse_expires_at(
            data: object,
        ) -> CreateApiKeyBodyExpiresAtType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = check_create_api_key_body_expires_at_type_0(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateApiKeyBodyExpiresAtType0 | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        create_api_key_body = cls(
            api_key_type=api_key_type,
            description=description,
            consumption_limit=consumption_limit,
            limit_period=limit_period,
            model_privacy=model_privacy,
            expires_at=expires_at,
        )

        return create_api_key_body
