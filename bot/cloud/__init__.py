"""Particle Cloud: REST client, event stream, rate-limited device cache, and the simulated cloud."""
