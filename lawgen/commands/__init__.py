"""One module per command: reading arguments into calls on the core, and printing results."""
