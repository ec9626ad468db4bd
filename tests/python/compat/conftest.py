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


class Server:
    def __init__(self, base: str, key: str, log: list[str]):
        self.base = base
        self.key = key
        self.log = log

    def url(self, path: str) -> str:
        return self.base + path

    def get(self, path: str, key: str | None = "own", **kw) -> httpx.Response:
        return httpx.get(self.url(path), headers=self._auth(key), timeout=60, **kw)

    def post(self, path: str, body, key: str | None = "own", **kw) -> httpx.Response:
        return httpx.post(self.url(path), json=body, headers=self._auth(key), timeout=60, **kw)

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
