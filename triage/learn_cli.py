"""`triage learn`: retrain the symptom classifier, install it only when it is not worse."""
from __future__ import annotations

from pathlib import Path

import click

from triage.cli_help import Command


@click.command("learn", cls=Command)
@click.option("--corpus", "corpus", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Dossier étiqueté (.eml + gold.json) où apprendre ; répétable. Défaut : le "
                   "corpus du dépôt et ses jeux d'apprentissage écrits à l'aveugle.")
@click.option("--heldout", "heldout", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Dossier étiqueté tenu hors de l'apprentissage, pour comparer les modèles ; "
                   "répétable. Défaut : une correction d'agent sur cinq, tenue à l'écart.")
@click.option("--no-corrections", is_flag=True, help="Ignorer les corrections des agents.")
@click.option("--dry-run", is_flag=True, help="Comparer seulement ; ne rien installer.")
@click.pass_context
def learn(ctx: click.Context, corpus: tuple[str, ...], heldout: tuple[str, ...],
          no_corrections: bool, dry_run: bool) -> None:
    """Réapprend le classement des symptômes (corpus + corrections des agents).

    Affiche précision et rappel de chaque symptôme avant et après, sur des courriels tenus à
    l'écart, et n'installe le nouveau modèle ([reading] symptom_model) que s'il fait au moins
    aussi bien."""
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
    except ValueError as exc:          # a folder that is not a labelled one, or no mail in it
        click.echo(f"Erreur : {exc}", err=True)
        ctx.exit(2)
    click.echo(f"Corrections d'agents lues : {len(corrections)} ; apprentissage : "
               f"{outcome.training_mails} courriels ; comparaison : {outcome.heldout_mails} courriels\n")
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
