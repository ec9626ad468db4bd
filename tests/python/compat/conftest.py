"""Fixtures of the compatibility suite: one `nomina serve` (the built binary) on a free
port over a fresh data directory with the bundled lists, a `screen` key, and yente's and
watchman's groups configured as an operator serving both clients would: yente with a key
(its clients send `Authorization: ApiKey`), watchman without (its Go client sends none).

`NOMINA_BIN` names the binary (default: target/debug/nomina of this repository)."""

import os
import re
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pytest

# nomenklatura's enricher cache is a SQLite file; keep it out of the working tree. Set
# before nomenklatura is imported (it reads the variable once).
os.environ.setdefault(
    "NOMENKLATURA_DB_URL",
    f"sqlite:///{tempfile.mkdtemp(prefix='nomina-compat-nk-')}/nomenklatura.db",
)

REPO = Path(__file__).resolve().parents[3]
BIN = Path(os.environ.get("NOMINA_BIN", REPO / "target" / "debug" / "nomina"))
START_TIMEOUT = 120


def yente_model(method: str, path: str, status: int):
    """yente 5.5.0's own pydantic model for an answer on one of its paths, or None."""
    from yente.data.common import (
        AlgorithmResponse, DataCatalogModel, EntityAdjacentResponse, EntityMatchResponse,
        EntityResponse, ErrorResponse, SearchResponse)

    if not path.startswith(("/match/", "/search/", "/entities/", "/catalog", "/algorithms")):
        return None
    if status >= 400:
        return ErrorResponse
    if status != 200:
        return None
    if path.startswith("/match/"):
        return EntityMatchResponse
    if path.startswith("/search/"):
        return SearchResponse
    if path.startswith("/entities/"):
        return EntityAdjacentResponse if path.endswith("/adjacent") else EntityResponse
    return DataCatalogModel if path == "/catalog" else AlgorithmResponse


VALIDATED: list[str] = []


def validate_yente(method: str, path: str, status: int, body: bytes) -> None:
    """Validates an answer on a yente path with yente's own model (raises if invalid)."""
    model = yente_model(method, path, status)
    if model is None:
        return
    model.model_validate_json(body)
    VALIDATED.append(f"{method} {path} {status}")


class ValidatingTransport(httpx.HTTPTransport):
    """yente-client's transport: every answer on a yente path is validated with yente's
    models before the client reads it."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        validate_yente(request.method, request.url.path, response.status_code, response.content)
        return response


def validating_session():
    """A requests session (for nomenklatura's YenteEnricher) whose every answer on a yente
    path is validated with yente's models."""
    import requests
    from urllib.parse import urlparse

    session = requests.Session()

    def hook(response, *args, **kwargs):
        validate_yente(response.request.method, urlparse(response.url).path,
                       response.status_code, response.content)

    session.hooks["response"].append(hook)
    return session


class Server:
    def __init__(self, base: str, key: str, log: list[str]):
        self.base = base
        self.key = key
        self.log = log

    def url(self, path: str) -> str:
        return self.base + path

    def get(self, path: str, key: str | None = "own", **kw) -> httpx.Response:
        r = httpx.get(self.url(path), headers=self._auth(key), timeout=60, **kw)
        validate_yente("GET", r.url.path, r.status_code, r.content)
        return r

    def post(self, path: str, body, key: str | None = "own", **kw) -> httpx.Response:
        r = httpx.post(self.url(path), json=body, headers=self._auth(key), timeout=60, **kw)
        validate_yente("POST", r.url.path, r.status_code, r.content)
        return r

    def _auth(self, key: str | None) -> dict[str, str]:
        if key is None:
            return {}
        return {"Authorization": f"ApiKey {self.key if key == 'own' else key}"}


@pytest.fixture(scope="session")
def server():
    assert BIN.exists(), f"build the binary first (cargo build -p nomina): {BIN}"
    data = tempfile.mkdtemp(prefix="nomina-compat-")
    created = subprocess.run(
        [str(BIN), "--data-dir", data, "keys", "create", "--role", "screen", "--name", "compat-suite"],
        capture_output=True, text=True, check=True,
    )
    key = created.stdout.strip().splitlines()[-1].strip()
    proc = subprocess.Popen(
        [str(BIN), "--data-dir", data, "serve", "--addr", "127.0.0.1:0",
         "--compat-auth", "watchman=none"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    log: list[str] = []
    found: dict[str, str] = {}
    ready = threading.Event()

    def drain():
        for line in proc.stderr:
            log.append(line.rstrip("\n"))
            m = re.search(r"listening on (http://\S+)", line)
            if m and not ready.is_set():
                found["base"] = m.group(1).rstrip("/")
                ready.set()
        ready.set()

    threading.Thread(target=drain, daemon=True).start()
    try:
        if not ready.wait(START_TIMEOUT) or "base" not in found:
            raise RuntimeError("nomina serve did not start:\n" + "\n".join(log[-40:]))
        base = found["base"]
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            r = httpx.get(base + "/readyz", timeout=10)
            if r.status_code == 200:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"/readyz never became ready: {r.text}")
            time.sleep(0.2)
        yield Server(base, key, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
