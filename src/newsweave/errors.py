"""One exception tree for the library; only the CLI turns these into messages for people."""


class NewsweaveError(Exception):
    """Base of every error newsweave raises on purpose."""


class InputError(NewsweaveError):
    """An input could not be read as articles. The message names the file and the problem."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class StoreError(NewsweaveError):
    """The store could not be opened, migrated or written."""


class OptionsError(NewsweaveError, ValueError):
    """An options object was given a value it cannot work with (checked where it is made)."""


def check_options(owner: object, *rules: tuple[bool, str]) -> None:
    """Raise OptionsError naming `owner`'s type for the first rule whose condition fails."""
    for holds, message in rules:
        if not holds:
            raise OptionsError(f"{type(owner).__name__}: {message}")
