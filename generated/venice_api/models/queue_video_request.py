from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_video_request_aspect_ratio import (
    QueueVideoRequestAspectRatio,
    check_queue_video_request_aspect_ratio,
)
from ..models.queue_video_request_duration import (
    QueueVideoRequestDuration,
    check_queue_video_request_duration,
)
from ..models.queue_video_request_omni_reference_task_type import (
    QueueVideoRequestOmniReferenceTaskType,
    check_queue_video_request_omni_reference_task_type,
)
from ..models.queue_video_request_resolution import (
    QueueVideoRequestResolution,
    check_queue_video_request_resolution,
)
from ..models.queue_video_request_upscale_factor import (
    QueueVideoRequestUpscaleFactor,
    check_queue_video_request_upscale_factor,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_video_request_consents import QueueVideoRequestConsents
    from ..models.queue_video_request_elements_item import QueueVideoRequestElementsItem
    from ..models.queue_video_request_keyframes_item import (
        QueueVideoRequestKeyframesItem,
    )


T = TypeVar("T", bound="QueueVideoRequest")


@_attrs_define
class QueueVideoRequest:
    """Request body for video generation. Available fields and valid values vary by model.

    Attributes:
        model (str): The model to use for video generation. Example: seedance-2-0-text-to-video-basic.
        prompt (str): The prompt to use for video generation. Required for most models. The maximum length varies by
            model (default 2500 characters, up to 20000 for some models). Example: Commerce being conducted in the city of
            Venice, Italy..
        duration (QueueVideoRequestDuration): The duration of the video to generate. Available options vary by model.
            For Seedance 2.5 reference-to-video edit jobs, `-1` or `auto` matches output length to the source clip (requires
            reference_video_urls on queue, or reference_video_total_duration on quote; source must be 4–30s). Example: 10s.
        consents (QueueVideoRequestConsents | Unset): Optional provider-specific consent attestations. Required only for
            models that return a needs_consent response.
        negative_prompt (str | Unset): Optional negative prompt. The maximum length varies by model (default 2500
            characters, up to 20000 for some models). Example: low resolution, error, worst quality, low quality, defects.
        aspect_ratio (QueueVideoRequestAspectRatio | Unset): The aspect ratio of the video. Available options vary by
            model. Some models do not support aspect_ratio. For Seedance 2.x reference-to-video edit/extend, `adaptive` or
            `auto` matches output aspect ratio to the source clip (requires reference_video_urls on queue, or
            reference_video_total_duration on quote). Example: 16:9.
        omni_reference_task_type (QueueVideoRequestOmniReferenceTaskType | Unset): Optional Seedance 2.5 reference-to-
            video task-type hint forwarded to BytePlus (`auto` | `reference` | `edit` | `extend`). Aliases `editing`→`edit`
            and `extension`→`extend` are accepted on the queue API. Pre-guides classification to reduce async
            TaskTypeConstraint errors. The prompt must still match the chosen type. When omitted, Venice infers from the
            prompt if reference_video_urls are present. Not supported on other models. Example: edit.
        resolution (QueueVideoRequestResolution | Unset): The resolution of the video. Available options vary by model.
            Some models do not support resolution. Use upscale_factor for upscale models. Example: 720p.
        upscale_factor (QueueVideoRequestUpscaleFactor | Unset): For upscale models only. 1 = quality enhancement, 2 =
            double resolution (default), 4 = quadruple. Default: 2. Example: 2.
        audio (bool | Unset): For models which support audio generation and configuration. Defaults to true. Default:
            True. Example: True.
        image_url (str | Unset): For image-to-video models, the reference image. Must be a URL (http/https) or a data
            URL (data:image/...). Example: data:image/png;base64,iVBORw0K....
        end_image_url (str | Unset): For models that support end images or transitions, the end frame image. Must be a
            URL or data URL. Example: data:image/png;base64,iVBORw0K....
        audio_url (str | Unset): For models that support audio input, background music. Must be a URL or data URL.
            Supported: WAV, MP3. Max: 30s, 15MB. Example: data:audio/mpeg;base64,SUQzBAA....
        video_url (str | Unset): For models that support video input (video-to-video, upscale). Must be a URL or data
            URL. Supported: MP4, MOV, WebM. Example: data:video/mp4;base64,AAAAFGZ0eXA....
        reference_image_urls (list[str] | Unset): For models with reference image support, up to 30 images for
            character/style consistency. Each must be a URL or data URL. Example: ['data:image/png;base64,iVBORw0K...'].
        reference_video_urls (list[str] | Unset): For models with reference video support (e.g. Seedance 2.0 R2V), up to
            10 reference video URLs (`role: "reference_video"`) used to inherit subject motion, camera movement, and overall
            style. Per-clip 2–15 s, .mp4 or .mov, ≤50 MB; aggregate duration ≤15 s. Each must be a URL or data URL. Example:
            ['https://example.com/reference-clip.mp4'].
        reference_audio_urls (list[str] | Unset): For models with reference audio support (e.g. Seedance 2.0 R2V), up to
            10 reference audio URLs (`role: "reference_audio"`) used as donors for vocal timbre, narration, or sound
            effects. Per-clip 2–15 s, .wav or .mp3; aggregate duration ≤15 s. Must be paired with at least one reference
            image or reference video — audio-only Reference workflows are rejected at validation. Each must be a URL or data
            URL. Example: ['data:audio/mpeg;base64,SUQzBAAAAAA...'].
        reference_document_urls (list[str] | Unset): For models with document / webpage Omni-Reference (Wan 3.0), up to
            1 URL. Document files and public webpage URLs are fetched by Venice and forwarded as `type: "file"` (≤100 MB).
            Each must be a URL or data URL. Example: ['https://example.com/brief.pdf'].
        elements (list[QueueVideoRequestElementsItem] | Unset): For models with advanced element support (e.g., Kling O3
            R2V). Up to 4 elements defining characters/objects. Reference in prompt as @Element1, @Element2, etc. Example:
            [{'frontal_image_url': 'data:image/png;base64,iVBORw0K...', 'reference_image_urls':
            ['data:image/png;base64,iVBORw0K...']}].
        scene_image_urls (list[str] | Unset): For models with advanced element support. Up to 4 scene reference images.
            Reference in prompt as @Image1, @Image2, etc. Example: ['data:image/png;base64,iVBORw0K...'].
        keyframes (list[QueueVideoRequestKeyframesItem] | Unset): For keyframe-driven models. Up to 10 keyframe images
            pinned to frame positions in the generated 24 fps video. Each frame_index must be unique and no greater than
            duration × 24. Example: [{'image_url': 'data:image/png;base64,iVBORw0K...', 'frame_index': 0}, {'image_url':
            'data:image/png;base64,iVBORw0K...', 'frame_index': 120}].
    """

    model: str
    prompt: str
    duration: QueueVideoRequestDuration
    consents: QueueVideoRequestConsents | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    aspect_ratio: QueueVideoRequestAspectRatio | Unset = UNSET
    omni_reference_task_type: QueueVideoRequestOmniReferenceTaskType | Unset = UNSET
    resolution: QueueVideoRequestResolution | Unset = UNSET
    upscale_factor: QueueVideoRequestUpscaleFactor | Unset = 2
    audio: bool | Unset = True
    image_url: str | Unset = UNSET
    end_image_url: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    reference_video_urls: list[str] | Unset = UNSET
    reference_audio_urls: list[str] | Unset = UNSET
    reference_document_urls: list[str] | Unset = UNSET
    elements: list[QueueVideoRequestElementsItem] | Unset = UNSET
    scene_image_urls: list[str] | Unset = UNSET
    keyframes: list[QueueVideoRequestKeyframesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        duration: str = self.duration

        consents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = self.consents.to_dict()

        negative_prompt = self.negative_prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        omni_reference_task_type: str | Unset = UNSET
        if not isinstance(self.omni_reference_task_type, Unset):
            omni_reference_task_type = self.omni_reference_task_type

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        upscale_factor: int | Unset = UNSET
        if not isinstance(self.upscale_factor, Unset):
            upscale_factor = self.upscale_factor

        audio = self.audio

        image_url = self.image_url

        end_image_url = self.end_image_url

        audio_url = self.audio_url

        video_url = self.video_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_video_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_video_urls, Unset):
            reference_video_urls = self.reference_video_urls

        reference_audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_audio_urls, Unset):
            reference_audio_urls = self.reference_audio_urls

        reference_document_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_document_urls, Unset):
            reference_document_urls = self.reference_document_urls

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        scene_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.scene_image_urls, Unset):
            scene_image_urls = self.scene_image_urls

        keyframes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keyframes, Unset):
            keyframes = []
            for keyframes_item_data in self.keyframes:
                keyframes_item = keyframes_item_data.to_dict()
                keyframes.append(keyframes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
                "duration": duration,
            }
        )
        if consents is not UNSET:
            field_dict["consents"] = consents
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if omni_reference_task_type is not UNSET:
            field_dict["omni_reference_task_type"] = omni_reference_task_type
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor
        if audio is not UNSET:
            field_dict["audio"] = audio
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_video_urls is not UNSET:
            field_dict["reference_video_urls"] = reference_video_urls
        if reference_audio_urls is not UNSET:
            field_dict["reference_audio_urls"] = reference_audio_urls
        if reference_document_urls is not UNSET:
            field_dict["reference_document_urls"] = reference_document_urls
        if elements is not UNSET:
            field_dict["elements"] = elements
        if scene_image_urls is not UNSET:
            field_dict["scene_image_urls"] = scene_image_urls
        if keyframes is not UNSET:
            field_dict["keyframes"] = keyframes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.queue_video_request_consents import QueueVideoRequestConsents
        from ..models.queue_video_request_elements_item import (
            QueueVideoRequestElementsItem,
        )
        from ..models.queue_video_request_keyframes_item import (
            QueueVideoRequestKeyframesItem,
        )

        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        duration = check_queue_video_request_duration(d.pop("duration"))

        _consents = d.pop("consents", UNSET)
        consents: QueueVideoRequestConsents | Unset
        if isinstance(_consents, Unset):
            consents = UNSET
        else:
            consents = QueueVideoRequestConsents.from_dict(_consents)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: QueueVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_queue_video_request_aspect_ratio(_aspect_ratio)

        _omni_reference_task_type = d.pop("omni_reference_task_type", UNSET)
        omni_reference_task_type: QueueVideoRequestOmniReferenceTaskType | Unset
        if isinstance(_omni_reference_task_type, Unset):
            omni_reference_task_type = UNSET
        else:
            omni_reference_task_type = (
                check_queue_video_request_omni_reference_task_type(
                    _omni_reference_task_type
                )
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: QueueVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_queue_video_request_resolution(_resolution)

        _upscale_factor = d.pop("upscale_factor", UNSET)
        upscale_factor: QueueVideoRequestUpscaleFactor | Unset
        if isinstance(_upscale_factor, Unset):
            upscale_factor = UNSET
        else:
            upscale_factor = check_queue_video_request_upscale_factor(_upscale_factor)

        audio = d.pop("audio", UNSET)

        image_url = d.pop("image_url", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        reference_video_urls = cast(list[str], d.pop("reference_video_urls", UNSET))

        reference_audio_urls = cast(list[str], d.pop("reference_audio_urls", UNSET))

        reference_document_urls = cast(
            list[str], d.pop("reference_document_urls", UNSET)
        )

        _elements = d.pop("elements", UNSET)
        elements: list[QueueVideoRequestElementsItem] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = QueueVideoRequestElementsItem.from_dict(
                    elements_item_data
                )

                elements.append(elements_item)

        scene_image_urls = cast(list[str], d.pop("scene_image_urls", UNSET))

        _keyframes = d.pop("keyframes", UNSET)
        keyframes: list[QueueVideoRequestKeyframesItem] | Unset = UNSET
        if _keyframes is not UNSET:
            keyframes = []
            for keyframes_item_data in _keyframes:
                keyframes_item = QueueVideoRequestKeyframesItem.from_dict(
                    keyframes_item_data
                )

                keyframes.append(keyframes_item)

        queue_video_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            consents=consents,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            omni_reference_task_type=omni_reference_task_type,
            resolution=resolution,
            upscale_factor=upscale_factor,
            audio=audio,
            image_url=image_url,
            end_image_url=end_image_url,
            audio_url=audio_url,
            video_url=video_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            reference_document_urls=reference_document_urls,
            elements=elements,
            scene_image_urls=scene_image_urls,
            keyframes=keyframes,
        )

        queue_video_request.additional_properties = d
        return queue_video_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
