"""Subcommands of ``lifeline``; see daemon/cli.py for the table."""
