"""Conversation storage on SQLite (sqlite-utils): conversations, messages, findings, timers, outbox."""
