"""Channels: how messages arrive and leave (SMS, Slack, web chat, console) and how replies are rendered."""
