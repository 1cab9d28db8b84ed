"""pytest fixtures for the offline Venice. Enable them in a ``conftest.py``::

    pytest_plugins = ["venice.testing.pytest_plugin"]

- ``offline_venice``: a running ``OfflineVenice`` shared by the session (``.base_url``, ``.requests``);
- ``venice_client``: a ``Venice`` bound to it, closed after the test (for ``AsyncVenice``, use
  ``offline_venice.async_client()`` in your async test).

It needs pytest (the ``[testing]`` extra); ``venice.testing`` itself needs nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from venice import Venice
from venice.testing._server import OfflineVenice


@pytest.fixture(scope="session")
def offline_venice() -> Iterator[OfflineVenice]:
    with OfflineVenice() as offline:
        yield offline


@pytest.fixture
def venice_client(offline_venice: OfflineVenice) -> Iterator[Venice]:
    with Venice(api_key="offline-key", base_url=offline_venice.base_url) as client:
        yield client
