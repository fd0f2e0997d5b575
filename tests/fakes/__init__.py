"""Local fakes of the outside world: Particle Cloud, Twilio, Slack."""
