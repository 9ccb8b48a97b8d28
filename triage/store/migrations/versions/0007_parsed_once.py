"""messages.parsed (the mail parsed once) and attachments (decoded bytes, downloaded in chunks)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('messages') as batch:
        batch.add_column(sa.Column('parsed', sa.JSON(), nullable=True))
    op.create_table(
        'attachments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('filename', sa.String(length=300), nullable=False),
        sa.Column('content_type', sa.String(length=200), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('truncated', sa.Boolean(), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['message_id'], ['messages.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_attachments_message_id', 'attachments', ['message_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_attachments_message_id', table_name='attachments')
    op.drop_table('attachments')
    with op.batch_alter_table('messages') as batch:
        batch.drop_column('parsed')
