"""Pure rules reading customer answers: LED descriptions, scanner readouts, yes/no, IDs."""
