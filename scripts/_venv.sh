# Sourced by scripts/demo and scripts/test: create (once) and reuse the project's own virtual
# environment, so nothing is ever installed into the system Python (PEP 668 refuses it on
# Debian 12/13). TRIAGE_VENV chooses another place; the default is .venv in the repository.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${TRIAGE_VENV:-$repo/.venv}"
if [ ! -x "$venv/bin/python" ]; then
  echo "Création de l'environnement virtuel du projet dans $venv"
  python3 -m venv "$venv" || {
    echo "python3 -m venv a échoué : installez le module venv de Python (Debian : apt install python3-venv)." >&2
    exit 1
  }
fi
echo "Environnement virtuel utilisé : $venv"
# Install (or refresh) the package and its dependencies when pyproject.toml changed since last time.
stamp="$venv/.ecampus-triage-$1"
if [ ! -f "$stamp" ] || [ "$repo/pyproject.toml" -nt "$stamp" ]; then
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$repo$2"
  touch "$stamp"
fi
