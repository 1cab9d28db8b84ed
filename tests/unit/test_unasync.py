"""The sync twins of the handwritten async classes are what ``scripts/unasync.py`` writes from them.

``make lint`` runs the same check; here it also has to fail on a twin edited by hand, and the sync
and async classes must offer the same methods (``AsyncAPIResponse`` once lacked ``iter_text``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from venice._results import _response, _streaming

ROOT = Path(__file__).resolve().parents[2]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync_script", ROOT / "scripts" / "unasync.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


unasync = load_script()


@pytest.mark.parametrize("name", unasync.TWINNED)
def test_the_sync_code_is_what_unasync_writes_from_the_async_source(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    assert unasync.differences(text, path=name) == [], f"run: python scripts/unasync.py ({name})"


def test_the_check_fails_on_a_sync_twin_edited_by_hand() -> None:
    name = "src/venice/_results/_response.py"
    text = (ROOT / name).read_text(encoding="utf-8")
    source, generated = text.split(unasync.GENERATED)
    edited = source + unasync.GENERATED + generated.replace("def iter_text(", "def iter_strings(", 1)
    assert any("iter_strings" in line for line in unasync.differences(edited, path=name))


def test_the_check_fails_on_an_async_source_changed_without_its_twin() -> None:
    name = "src/venice/_results/_streaming.py"
    text = (ROOT / name).read_text(encoding="utf-8")
    edited = text.replace("    async def close(self) -> None:", "    async def shut(self) -> None:", 1)
    assert edited != text
    assert "+    def shut(self) -> None:" in unasync.differences(edited, path=name)


def test_a_module_without_its_markers_is_refused() -> None:
    with pytest.raises(unasync.TwinError, match="needs the line"):
        unasync.render("x = 1\n", path="m.py")


def test_the_replacements() -> None:
    source = (
        "class AsyncThing(_AsyncBase):\n"
        "    async def __aenter__(self) -> AsyncThing:\n"
        "        data = await self.http_response.aread()\n"
        "        async with lock:\n"
        "            async for part in self.http_response.aiter_bytes():\n"
        "                yield part\n"
        "        g: AsyncGenerator[_T, None] = _aiterate()\n"
        "        f: Callable[[], Awaitable[_R]]\n"
        "        release_when_dropped(self, r, is_async=True)\n"
        "        await self.response.aclose()\n"
    )
    assert unasync.unasync(source) == (
        "class Thing(_Base):\n"
        "    def __enter__(self) -> Thing:\n"
        "        data = self.http_response.read()\n"
        "        with lock:\n"
        "            yield from self.http_response.iter_bytes()\n"
        "        g: Generator[_T, None, None] = _iterate()\n"
        "        f: Callable[[], _R]\n"
        "        release_when_dropped(self, r, is_async=False)\n"
        "        self.response.close()\n"
    )


def public(cls: type) -> set[str]:
    names = {name for name in dir(cls) if not name.startswith("_")}
    dunders = {
        "__enter__",
        "__exit__",
        "__iter__",
        "__next__",
        "__aenter__",
        "__aexit__",
        "__aiter__",
        "__anext__",
    }
    return names | {name.replace("__a", "__") for name in dunders if name in vars(cls)}


@pytest.mark.parametrize(
    ("sync", "async_"),
    [
        (_response.APIResponse, _response.AsyncAPIResponse),
        (_response.BinaryResponse, _response.AsyncBinaryResponse),
        (_response.ResponseContextManager, _response.AsyncResponseContextManager),
        (_streaming.Stream, _streaming.AsyncStream),
    ],
    ids=lambda cls: cls.__name__,
)
def test_sync_and_async_twins_offer_the_same_methods(sync: type, async_: type) -> None:
    assert public(sync) == public(async_)
