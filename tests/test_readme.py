"""README.md's CLI reference is the commands' own help, so the two cannot drift apart
(as sqlite-utils keeps its CLI reference with cog). `make readme` regenerates it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from newsweave.cli.parser import COMMANDS, build_parser, reference

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = re.compile(r"<!-- cli-reference:start -->\n(.*)<!-- cli-reference:end -->", re.S)


def test_the_readme_cli_reference_is_the_commands_help() -> None:
    found = SECTION.search(README.read_text(encoding="utf-8"))
    assert found, "README.md lost its cli-reference markers"
    assert found.group(1) == reference(), "README's CLI reference is stale: run `make readme`"


def test_every_command_and_option_has_help_and_every_command_an_example() -> None:
    parser = build_parser(dict.fromkeys(COMMANDS, lambda args: 0))
    subcommands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert sorted(subcommands.choices) == sorted(COMMANDS)
    for name, command in subcommands.choices.items():
        assert command.description and "example:\n  newsweave " + name in (command.epilog or "")
        for action in command._actions:
            assert action.help, f"newsweave {name} {action.option_strings or action.dest}"
