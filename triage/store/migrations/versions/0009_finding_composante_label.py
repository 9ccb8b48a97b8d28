"""findings.composante_label: the composante's name (LIB_CMP) beside its code, for people

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 01:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('composante_label', sa.String(length=120), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_column('composante_label')
