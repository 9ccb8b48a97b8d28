"""Help in French, like every other output of the `triage` command (click writes its own few
words in English: the usage prefix and the help option)."""
from __future__ import annotations

import click


class FrenchHelp:
    """Mixed into click's Command and Group classes."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "Affiche cette aide et s'arrête."
        return option

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="Utilisation : ")


class Command(FrenchHelp, click.Command):
    """A `triage` command."""


class Group(FrenchHelp, click.Group):
    """A group of `triage` commands (`triage db`, `triage user`)."""
    command_class = Command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, command.get_short_help_str(70)) for name, command in
                sorted(self.commands.items()) if not command.hidden]
        if rows:
            with formatter.section("Commandes"):
                formatter.write_dl(rows)
