from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_api_key_generate_web_3_key_body_api_key_type import (
    PostApiKeyGenerateWeb3KeyBodyApiKeyType,
    check_post_api_key_generate_web_3_key_body_api_key_type,
)
from ..models.post_api_key_generate_web_3_key_body_expires_at_type_0 import (
    PostApiKeyGenerateWeb3KeyBodyExpiresAtType0,
    check_post_api_key_generate_web_3_key_body_expires_at_type_0,
)
from ..models.post_api_key_generate_web_3_key_body_limit_period import (
    PostApiKeyGenerateWeb3KeyBodyLimitPeriod,
    check_post_api_key_generate_web_3_key_body_limit_period,
)
from ..models.post_api_key_generate_web_3_key_body_model_privacy import (
    PostApiKeyGenerateWeb3KeyBodyModelPrivacy,
    check_post_api_key_generate_web_3_key_body_model_privacy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_api_key_generate_web_3_key_body_consumption_limit import (
        PostApiKeyGenerateWeb3KeyBodyConsumptionLimit,
    )


T = TypeVar("T", bound="PostApiKeyGenerateWeb3KeyBody")


@_attrs_define
class PostApiKeyGenerateWeb3KeyBody:
    """
    Attributes:
        api_key_type (PostApiKeyGenerateWeb3KeyBodyApiKeyType): The API Key type. Admin keys have full access to the API
            while inference keys are only able to call inference endpoints. Example: ADMIN.
        address (str): The wallet's address Example: 0x45B73055F3aDcC4577Bb709db10B19d11b5c94eE.
        signature (str): The token, signed with the wallet's private key Example: 0xbb5ff2e177f3a97fa553057864ad892eb641
            20f3eaf9356b4742a10f9a068d42725de895b5e45160b679cbe6961dc4cb552ba10dc97bdd8258d9154810785c451c.
        token (str): The token obtained from https://api.venice.ai/api/v1/api_keys/generate_web3_key Example: eyJhbGciOi
            JIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSM
            eKKF2QT4fwpMeJf36POk6yJV_adQssw5c.
        consumption_limit (PostApiKeyGenerateWeb3KeyBodyConsumptionLimit | Unset): The API Key consumption limits,
            evaluated against the window selected by `limitPeriod`. Example: {'usd': 50, 'diem': 10, 'vcu': 30}.
        limit_period (PostApiKeyGenerateWeb3KeyBodyLimitPeriod | Unset): Reset window the consumption limits apply to.
            `EPOCH` resets every UTC day (legacy default). `MONTH` resets on the 1st of each UTC calendar month. `LIFETIME`
            never resets, so the limit acts as a permanent cap on the key. Example: MONTH.
        model_privacy (PostApiKeyGenerateWeb3KeyBodyModelPrivacy | Unset): Which models this key may call, by privacy
            tier. `ALL` allows every model. `PRIVATE_TEXT` requires text and embedding models to be Private, TEE, or E2EE
            while other modalities may be Anonymous or Private. `PRIVATE_ONLY` requires every model to be Private, TEE, or
            E2EE; Anonymous models are rejected. Example: ALL.
        description (str | Unset): The API Key description Default: 'Web3 API Key'. Example: Web3 API Key.
        expires_at (PostApiKeyGenerateWeb3KeyBodyExpiresAtType0 | str | Unset): The API Key expiration date. If not
            provided, the key will not expire. Example: 2023-10-01T12:00:00Z.
    """

    api_key_type: PostApiKeyGenerateWeb3KeyBodyApiKeyType
    address: str
    signature: str
    token: str
    consumption_limit: PostApiKeyGenerateWeb3KeyBodyConsumptionLimit | Unset = UNSET
    limit_period: PostApiKeyGenerateWeb3KeyBodyLimitPeriod | Unset = UNSET
    model_privacy: PostApiKeyGenerateWeb3KeyBodyModelPrivacy | Unset = UNSET
    description: str | Unset = "Web3 API Key"
    expires_at: PostApiKeyGenerateWeb3KeyBodyExpiresAtType0 | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        api_key_type: str = self.api_key_type

        address = self.address

        signature = self.signature

        token = self.token

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
                "address": address,
                "signature": signature,
                "token": token,
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
        from ..models.post_api_key_generate_web_3_key_body_consumption_limit import (
            PostApiKeyGenerateWeb3KeyBodyConsumptionLimit,
        )

        d = dict(src_dict)
        api_key_type = check_post_api_key_generate_web_3_key_body_api_key_type(
            d.pop("apiKeyType")
        )

        address = d.pop("address")

        signature = d.pop("signature")

        token = d.pop("token")

        _consumption_limit = d.pop("consumptionLimit", UNSET)
        consumption_limit: PostApiKeyGenerateWeb3KeyBodyConsumptionLimit | Unset
        if isinstance(_consumption_limit, Unset):
            consumption_limit = UNSET
        else:
            consumption_limit = PostApiKeyGenerateWeb3KeyBodyConsumptionLimit.from_dict(
                _consumption_limit
            )

        _limit_period = d.pop("limitPeriod", UNSET)
        limit_period: PostApiKeyGenerateWeb3KeyBodyLimitPeriod | Unset
        if isinstance(_limit_period, Unset):
            limit_period = UNSET
        else:
            limit_period = check_post_api_key_generate_web_3_key_body_limit_period(
                _limit_period
            )

        _model_privacy = d.pop("modelPrivacy", UNSET)
        model_privacy: PostApiKeyGenerateWeb3KeyBodyModelPrivacy | Unset
        if isinstance(_model_privacy, Unset):
            model_privacy = UNSET
        else:
            model_privacy = check_post_api_key_generate_web_3_key_body_model_privacy(
                _model_privacy
            )

        description = d.pop("description", UNSET)

        def _parse_expires_at(
            data: object,
        ) -> PostApiKeyGenerateWeb3KeyBodyExpiresAtType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = (
                    check_post_api_key_generate_web_3_key_body_expires_at_type_0(data)
                )

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostApiKeyGenerateWeb3KeyBodyExpiresAtType0 | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        post_api_key_generate_web_3_key_body = cls(
            api_key_type=api_key_type,
            address=address,
            signature=signature,
            token=token,
            consumption_limit=consumption_limit,
            limit_period=limit_period,
            model_privacy=model_privacy,
            description=description,
            expires_at=expires_at,
        )

        return post_api_key_generate_web_3_key_body
