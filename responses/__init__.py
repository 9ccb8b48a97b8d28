"""Reply drafts: one Jinja2 template per situation and language, composed into one reply.

Templates live in responses/templates/<id>.<fr|en>.txt.j2 so that a manager can edit them
without Python; partials (_greeting, _closing, _reply, _partial) start with an underscore.
"""
from triage.responses.compose import compose
from triage.responses.render import TEMPLATE_DIR, template_ids

__all__ = ["compose", "TEMPLATE_DIR", "template_ids"]
