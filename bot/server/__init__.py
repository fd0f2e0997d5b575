"""The Starlette application and its routes."""
