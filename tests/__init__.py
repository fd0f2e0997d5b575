"""Tests for cyanbot."""
