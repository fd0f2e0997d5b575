"""cyanbot: a support bot that gets customers' Particle Wi-Fi devices online, or hands support a complete case."""
