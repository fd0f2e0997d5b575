"""The HTTP side of the bot: the web process (routes, webhooks, console) and how it runs beside the engine's worker."""

SIM_PREFIX = "/simcloud"  # where the web process serves the simulated Particle Cloud
