"""The engine: runs one flow step at a time per conversation, persists state with effects, performs them."""
