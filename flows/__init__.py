"""The troubleshooting flows: state machines, customer-facing copy and pure rules; no I/O."""
