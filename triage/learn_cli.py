"""`triage learn`: retrain the symptom classifier, install it only when it is not worse."""
from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("--corpus", "corpus", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Labelled folder (.eml + gold.json) to learn from; repeatable. "
                   "Default: the repository's corpus and blind-written training sets.")
@click.option("--heldout", "heldout", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Labelled folder kept out of training, to compare the models on; repeatable. "
                   "Default: the repository's development held-out set.")
@click.option("--no-corrections", is_flag=True, help="Ignore the agents' corrections in the store.")
@click.option("--dry-run", is_flag=True, help="Compare only; install nothing.")
@click.pass_context
def learn(ctx: click.Context, corpus: tuple[str, ...], heldout: tuple[str, ...],
          no_corrections: bool, dry_run: bool) -> None:
    """Retrain the symptom classifier from the corpus and the agents' corrections.

    Prints each symptom's precision/recall before and after on held-out mails, and installs the
    new model ([reading] symptom_model) only when it scores at least as well."""
    from triage import learn as learning
    services = ctx.obj["services"]
    default_train, default_held = learning.default_folders()
    train_dirs = [Path(p) for p in corpus] or default_train
    held_dirs = [Path(p) for p in heldout] or default_held
    corrections = []
    if not no_corrections:
        from triage.cli_errors import require_store
        require_store(services)
        with services.sessions() as session:
            corrections = learning.agent_symptom_corrections(session)
    model_path = Path(services.settings.reading.symptom_model)
    try:
        outcome = learning.run(train_dirs, held_dirs, corrections, model_path, dry_run=dry_run)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Apprentissage : {outcome.training_mails} courriels (dont {len(corrections)} "
               f"corrections d'agents au plus) ; comparaison : {outcome.heldout_mails} courriels\n")
    click.echo(outcome.report)
    if outcome.installed:
        click.echo(f"\nNouveau modèle installé : {model_path}")
    elif dry_run:
        click.echo("\n--dry-run : rien n'est installé.")
    else:
        click.echo("\nLe nouveau modèle fait moins bien : il n'est pas installé, l'actuel reste en service.")
        ctx.exit(1)


def register(cli: click.Group) -> None:
    cli.add_command(learn)
