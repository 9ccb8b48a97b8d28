"""agents' corrections of the bot's symptom and situation

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 11:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'corrections',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=False),
        sa.Column('analysis_id', sa.Integer(), nullable=True),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('field', sa.String(length=20), nullable=False),
        sa.Column('bot_value', sa.String(length=60), nullable=False),
        sa.Column('agent_value', sa.String(length=60), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['analysis_id'], ['analyses.id']),
        sa.ForeignKeyConstraint(['message_id'], ['messages.id']),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id']),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_corrections_ticket_id', 'corrections', ['ticket_id'], unique=False)
    op.create_index('ix_corrections_at', 'corrections', ['at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_corrections_at', table_name='corrections')
    op.drop_index('ix_corrections_ticket_id', table_name='corrections')
    op.drop_table('corrections')
