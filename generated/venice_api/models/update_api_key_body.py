from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.update_api_key_body_expires_at_type_0 import (
    UpdateApiKeyBodyExpiresAtType0,
    check_update_api_key_body_expires_at_type_0,
)
from ..models.update_api_key_body_limit_period import (
    UpdateApiKeyBodyLimitPeriod,
    check_update_api_key_body_limit_period,
)
from ..models.update_api_key_body_model_privacy import (
    UpdateApiKeyBodyModelPrivacy,
    check_update_api_key_body_model_privacy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_api_key_body_consumption_limit import (
        UpdateApiKeyBodyConsumptionLimit,
    )


T = TypeVar("T", bound="UpdateApiKeyBody")


@_attrs_define
class UpdateApiKeyBody:
    """The request body for updating an existing API key. The description, expiration date, consumption limits, limit
    period (epoch / month / lifetime), and model privacy can be updated.

        Attributes:
            id (str): The API Key ID to update Example: e28e82dc-9df2-4b47-b726-d0a222ef2ab5.
            consumption_limit (UpdateApiKeyBodyConsumptionLimit | Unset): The API Key consumption limits, evaluated against
                the window selected by `limitPeriod`. Example: {'usd': 50, 'diem': 10, 'vcu': 30}.
            limit_period (UpdateApiKeyBodyLimitPeriod | Unset): Reset window the consumption limits apply to. `EPOCH` resets
                every UTC day (legacy default). `MONTH` resets on the 1st of each UTC calendar month. `LIFETIME` never resets,
                so the limit acts as a permanent cap on the key. Example: MONTH.
            model_privacy (UpdateApiKeyBodyModelPrivacy | Unset): Which models this key may call, by privacy tier. `ALL`
                allows every model. `PRIVATE_TEXT` requires text and embedding models to be Private, TEE, or E2EE while other
                modalities may be Anonymous or Private. `PRIVATE_ONLY` requires every model to be Private, TEE, or E2EE;
                Anonymous models are rejected. Example: ALL.
            description (str | Unset): The API Key description (max 64 characters) Example: Updated API Key Name.
            expires_at (None | str | Unset | UpdateApiKeyBodyExpiresAtType0): The API Key expiration date. Set to empty
                string or null to remove expiration. Example: 2023-10-01T12:00:00Z.
    """

    id: str
    consumption_limit: UpdateApiKeyBodyConsumptionLimit | Unset = UNSET
    limit_period: UpdateApiKeyBodyLimitPeriod | Unset = UNSET
    model_privacy: UpdateApiKeyBodyModelPrivacy | Unset = UNSET
    description: str | Unset = UNSET
    expires_at: None | str | Unset | UpdateApiKeyBodyExpiresAtType0 = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        consumption_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consumption_limit, Unset):
            consumption_limit = self.consumption_limit.to_dict()

        limit_period: str | Unset = UNSET
        if not isinstance(self.limit_period, Unset):
            limit_period = self.limit_period

        model_privacy: str | Unset = UNSET
        if not isinstance(self.model_privacy, Unset):
            model_privacy = self.model_privacy

        description = self.description

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, str):
            expires_at = self.expires_at
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if consumption_limit is not UNSET:
            field_dict["consumptionLimit"] = consumption_limit
        if limit_period is not UNSET:
            field_dict["limitPeriod"] = limit_period
        if model_privacy is not UNSET:
            field_dict["modelPrivacy"] = model_privacy
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_api_key_body_consumption_limit import (
            UpdateApiKeyBodyConsumptionLimit,
        )

        d = dict(src_dict)
        id = d.pop("id")

        _consumption_limit = d.pop("consumptionLimit", UNSET)
        consumption_limit: UpdateApiKeyBodyConsumptionLimit | Unset
        if isinstance(_consumption_limit, Unset):
            consumption_limit = UNSET
        else:
            consumption_limit = UpdateApiKeyBodyConsumptionLimit.from_dict(
                _consumption_limit
            )

        _limit_period = d.pop("limitPeriod", UNSET)
        limit_period: UpdateApiKeyBodyLimitPeriod | Unset
        if isinstance(_limit_period, Unset):
            limit_period = UNSET
        else:
            limit_period = check_update_api_key_body_limit_period(_limit_period)

        _model_privacy = d.pop("modelPrivacy", UNSET)
        model_privacy: UpdateApiKeyBodyModelPrivacy | Unset
        if isinstance(_model_privacy, Unset):
            model_privacy = UNSET
        else:
            model_privacy = check_update_api_key_body_model_privacy(_model_privacy)

        description = d.pop("description", UNSET)

        def _parse_expires_at(
            data: object,
        ) -> None | str | Unset | UpdateApiKeyBodyExpiresAtType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = check_update_api_key_body_expires_at_type_0(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | UpdateApiKeyBodyExpiresAtType0, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        update_api_key_body = cls(
            id=id,
            consumption_limit=consumption_limit,
            limit_period=limit_period,
            model_privacy=model_privacy,
            description=description,
            expires_at=expires_at,
        )

        return update_api_key_body
