"""Type stubs of the nomina extension module (crates/python, see docs/python.md)."""

import datetime
import os
from typing import Any, Literal, Optional, Sequence, Union

import pyarrow

__version__: str
DEFAULT_THRESHOLD: float

class NominaError(ValueError):
    """A list that cannot be loaded, a query or document that cannot be screened, or bad
    arguments; the message is the one the `nomina` command prints."""

class ListInfo:
    """One list version a screener screens against."""

    source: str
    format: str
    published: Optional[str]
    sha256: str
    files: list[str]
    entities: int
    origin: str

class Explanation:
    """Why a hit scored what it did."""

    @property
    def matched_name(self) -> str: ...
    @property
    def name_kind(self) -> str: ...
    @property
    def query_coverage(self) -> float: ...
    @property
    def name_coverage(self) -> float: ...
    @property
    def name_score(self) -> float: ...
    @property
    def factors(self) -> list[dict[str, Any]]: ...
    @property
    def tokens(self) -> list[dict[str, Any]]: ...
    @property
    def evidence(self) -> dict[str, Any]: ...
    def to_dict(self) -> dict[str, Any]:
        """The explanation as `nomina screen --json` writes it."""
    def __str__(self) -> str:
        """The explanation as `nomina screen --explain` prints it."""

class Hit:
    """One listed entity a screened name could be."""

    @property
    def entity(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def explanation(self) -> Explanation: ...
    def to_dict(self) -> dict[str, Any]:
        """The hit as `nomina screen --json` writes it."""

class Mention:
    """One mention of a listed entity in a scanned text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def how(self) -> Literal["name", "acronym", "reference"]: ...
    @property
    def field(self) -> Optional[str]: ...
    @property
    def note(self) -> Optional[str]: ...
    @property
    def explanation(self) -> Optional[Explanation]: ...
    def to_dict(self) -> dict[str, Any]:
        """The mention as `nomina scan --json` writes it."""

class Screener:
    """Screens names, Arrow batches and documents against one set of list versions."""

    def __init__(
        self,
        lists: Optional[Sequence[Union[str, "os.PathLike[str]"]]] = None,
        data_dir: Optional[Union[str, "os.PathLike[str]"]] = None,
        index: Optional[Union[str, "os.PathLike[str]"]] = None,
    ) -> None:
        """Loads the list files given, or the lists in force (data directory, else the
        bundled ones), and builds the index; or opens the prebuilt index file `index`
        (`nomina index build`), in place of both. Raises NominaError naming a bad file."""
    @property
    def lists(self) -> list[ListInfo]:
        """The list versions screened against."""
    def screen(
        self,
        name: str,
        type: Optional[str] = None,
        dob: Union[str, int, datetime.date, None] = None,
        country: Optional[str] = None,
        ids: Optional[Sequence[str]] = None,
        min_score: float = 0.8,
        limit: int = 10,
    ) -> list[Hit]:
        """Hits scoring at least min_score, best first, at most limit."""
    def screen_batch(
        self,
        table: Union[pyarrow.Table, pyarrow.RecordBatch],
        min_score: float = 0.8,
        limit: int = 10,
        explain: bool = False,
        errors: Literal["raise", "column"] = "raise",
        threads: Optional[int] = None,
    ) -> pyarrow.Table:
        """Every row screened on all cores with the GIL released; one output row per hit:
        row, entity, name, type, score, matched_name (+ explanation, error)."""
    def scan(
        self,
        text: Union[str, bytes],
        min_score: float = 0.8,
        format: Optional[Literal["text", "mt103", "pacs008"]] = None,
    ) -> list[Mention]:
        """Mentions of listed parties in a document or payment message, with str offsets."""


def build_index(
    path: Union[str, "os.PathLike[str]"],
    lists: Optional[Sequence[Union[str, "os.PathLike[str]"]]] = None,
    data_dir: Optional[Union[str, "os.PathLike[str]"]] = None,
) -> int:
    """Writes a prebuilt index file of the lists given (or in force), as `nomina index
    build --out` does, for `Screener(index=path)`. Returns its number of entities."""
