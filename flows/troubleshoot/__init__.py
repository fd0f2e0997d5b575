"""The Wi-Fi troubleshooting flow."""
