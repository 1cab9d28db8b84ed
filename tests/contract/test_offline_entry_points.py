"""How users start the offline Venice: ``python -m venice.testing`` and the pytest fixtures."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

from venice import Venice


def test_python_m_venice_testing_prints_its_base_url_first_and_serves_until_stopped() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "venice.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/api/v1", base_url), base_url
        with Venice(api_key="any-key", base_url=base_url, max_retries=0) as client:
            assert client.models.list().data
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert f"VENICE_BASE_URL={base_url}" in err


def test_a_port_in_use_is_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-m", "venice.testing", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert proc.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_pytest_fixtures_serve_a_users_tests(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["venice.testing.pytest_plugin"]\n')
    (tmp_path / "test_user_code.py").write_text(
        textwrap.dedent(
            """
            import pytest
            import venice

            def test_chat(venice_client, offline_venice):
                completion = venice_client.chat.completions.create(
                    model="zai-org-glm-5-1", messages=[{"role": "user", "content": "hi"}]
                )
                assert completion.choices[0].message.content
                assert offline_venice.requests[-1].json()["model"] == "zai-org-glm-5-1"

            def test_my_error_handling(venice_client):
                with pytest.raises(venice.RateLimitError):
                    venice_client.with_options(max_retries=0).models.list(
                        extra_headers={"x-venice-offline-error": "RATE_LIMIT_EXCEEDED"}
                    )
            """
        )
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout
