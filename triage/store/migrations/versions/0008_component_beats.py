"""component_beats: signs of life of the long-running loops (/healthz, /metrics)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 23:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'component_beats',
        sa.Column('component', sa.String(length=40), nullable=False),
        sa.Column('interval_seconds', sa.Float(), nullable=False),
        sa.Column('beat_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('failing_since', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('component'),
    )


def downgrade() -> None:
    op.drop_table('component_beats')
