"""The orchestrator: decides what is stored, diagnosed, drafted, sent or skipped.

ingest (mail -> message, ticket) -> analyse (reading -> facts -> findings -> draft)
-> review (agent's decision) -> outbox (outgoing mail). cli and web only call these.
"""
