"""Benchmarks for cyanbot, run by `make bench`."""
