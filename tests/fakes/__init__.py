"""Local fakes of the outside world: Particle Cloud, Twilio, Slack; waiting.py is the one wait they share."""
